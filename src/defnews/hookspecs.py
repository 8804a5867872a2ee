"""The hooks an extractor plugin can implement.

Implement any subset, with any subset of each hook's arguments (pluggy passes only the ones a
function names), and mark each with `defnews.hookimpl`::

    from defnews import hookimpl

    @hookimpl
    def defnews_entities(ctx, config):
        ...

Order of a run, per article: ``defnews_entities`` of every plugin, then the entities are merged
by canonical id, then ``defnews_claims`` of every plugin (seeing all merged entities). Each plugin's
call is isolated: if it raises or returns something invalid, a diagnostic names it and every other
plugin's results are kept. ``defnews_process_article`` wraps the whole run for plugins that need
to see or adjust the final `Extraction` (use ``wrapper=True``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from defnews.context import ExtractionContext
    from defnews.gazetteer import GazetteerEntry
    from defnews.models import Claim, Entity, Extraction

PROJECT = "defnews"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)

__all__ = ["PROJECT", "hookimpl", "hookspec"]


@hookspec
def defnews_gazetteer(config: Mapping[str, Any]) -> Iterable[GazetteerEntry]:
    """Contribute known names (people with dated roles, organizations, countries, funds).

    Called once when a pipeline is built. Every plugin's entries go into one shared
    `Gazetteer` that all plugins query through ``ctx.gazetteer``.

    Args:
        config: this plugin's own configuration mapping.
    """
    return ()  # a specification: pluggy never calls this body


@hookspec
def defnews_entities(ctx: ExtractionContext, config: Mapping[str, Any]) -> Iterable[Entity]:
    """Return the entities this plugin finds in ``ctx.article``.

    Entities from several plugins with the same canonical ``id`` are merged into one entity
    holding all mentions. Every mention must satisfy ``article.text[start:end] == text``.

    Args:
        ctx: the article, its date, the gazetteer and the core text services.
        config: this plugin's own configuration mapping.
    """
    return ()  # a specification: pluggy never calls this body


@hookspec
def defnews_claims(
    ctx: ExtractionContext, entities: tuple[Entity, ...], config: Mapping[str, Any]
) -> Iterable[Claim]:
    """Return the claims this plugin finds; runs after every plugin's entity hook.

    ``parties``, ``subject`` and ``speaker`` must be ids of entities in ``entities``: a claim
    pointing at an unknown id is dropped with a diagnostic.

    Args:
        entities: every plugin's entities, merged, in output order.
    """
    return ()  # a specification: pluggy never calls this body


@hookspec(firstresult=True)
def defnews_role_at(entity_id: str, date: dt.date) -> str | None:
    """The role the entity held on ``date``, from a plugin's dated data.

    Stops at the first plugin that returns a value other than None (``firstresult``); use
    ``tryfirst=True`` to take precedence over the built-in officials data.
    """


@hookspec(firstresult=True)
def defnews_process_article(ctx: ExtractionContext) -> Extraction | None:
    """Run the extraction of one article and return the result.

    The core implements it (``trylast``); plugins wrap it with ``@hookimpl(wrapper=True)``
    to observe, filter or enrich the final extraction (``result = yield``; return a value).
    """
