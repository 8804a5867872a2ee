"""The officials plugin: people in public office with dated roles, and other named people.

It contributes every person of its bundled data to the gazetteer, answers ``defnews_role_at``
from that data, finds people in articles (known names, titled introductions, given names,
surnames and title references) and turns quotations and reported speech into ``quote`` and
``statement`` claims. See ``docs/plugins/officials.md``.
"""

from defnews_officials.hooks import (
    defnews_claims,
    defnews_entities,
    defnews_gazetteer,
    defnews_role_at,
)

__all__ = ["defnews_claims", "defnews_entities", "defnews_gazetteer", "defnews_role_at"]
