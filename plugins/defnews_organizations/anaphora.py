"""Further mentions by a common noun: ``the ministry``, ``the agency``.

Once an article has named a ministry, ``the ministry said`` speaks for it again; so for an
agency. The noun names the body only when exactly one body of that kind was named before it
(two ministries make ``the ministry`` ambiguous, and it is left alone). An article that names
no ministry before it but a defence minister (``Defence Minister Denys Shmyhal: the ministry
has contracts``) means the nearest such minister's ministry. A possessive (``the ministry's
agencies``) is a modifier, not the body acting, and is left alone.

``the alliance`` for NATO would fit the same rule, but the contracts plugin reads ``the
alliance was discussing ...`` as a considered contract, so it is left out for now.
"""

from __future__ import annotations

from defnews.text.words import next_word
from defnews_organizations.spans import Claimed

__all__ = ["BLOCKERS", "NOUNS", "noun_hits"]

NOUNS = {
    "ministry": frozenset(["ministry"]),
    "agency": frozenset(["agency"]),
}
"""The noun and the organization types it refers back to."""
BLOCKERS = {"agency": frozenset(["news agency"])}
"""Types that make the noun ambiguous once named (``the agency reported`` after Reuters)."""
_GOES_ON = frozenset(["of", "for", "and", "or", "in", "at", "on"])
"""Words after the noun that make it the head of a longer description (``the ministry of
health``, ``the agency in charge of``: may be another body)."""


def noun_hits(text: str, taken: Claimed) -> list[tuple[int, int, str]]:
    """Free ``the <noun>`` phrases that stand alone: the noun's span and the noun, in text
    order (str.find per noun: much faster than a regular expression)."""
    hits: list[tuple[int, int, str]] = []
    for noun in NOUNS:
        needle = f"he {noun}"
        at = text.find(needle, 1)
        while at >= 0:
            start = at + 3
            end = start + len(noun)
            at = text.find(needle, end)
            if text[start - 4] not in "Tt" or (start > 4 and text[start - 5].isalnum()):
                continue
            if end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
                continue  # ``the ministry's agencies``: a modifier, not the body acting
            if taken.overlaps(start, end):
                continue
            after = next_word(text, end)
            if after is not None and not after[0]:
                following = text[after[1] : after[2]]
                if following[:1].isupper() or following in _GOES_ON:
                    continue
            hits.append((start, end, noun))
    hits.sort()
    return hits
