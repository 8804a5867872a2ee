"""Funds, facilities and financing arrangements as ``fund`` entities and ``fund`` claims.

Named funds (European Peace Facility, Ukraine Facility, PURL, SAFE...) come from the bundled
``data/funds.jsonl`` through the gazetteer; described ones ("a special defense fund", "a
financing facility", "a $50bn loan") and money pools ("the windfall profits of frozen Russian
assets") are found in the text. Each fund gets one claim with its owner, financing source,
amount, time and status.

A built-in defnews plugin, written against the public API only and found through the
``defnews`` entry point ``funds``. See ``docs/plugins/funds.md`` for the rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from defnews import Claim, Entity, GazetteerEntry, hookimpl
from defnews_funds.data import entries, records
from defnews_funds.extract import EXTRACTOR, find_fund_claims, find_fund_entities

if TYPE_CHECKING:
    from defnews.context import ExtractionContext

__all__ = [
    "EXTRACTOR",
    "defnews_claims",
    "defnews_entities",
    "defnews_gazetteer",
    "find_fund_claims",
    "find_fund_entities",
    "records",
]


@hookimpl
def defnews_gazetteer(config: Mapping[str, Any]) -> Iterable[GazetteerEntry]:
    """The bundled named funds, with Defence/Defense and Programme/Program variants."""
    return list(entries())


@hookimpl
def defnews_entities(ctx: ExtractionContext, config: Mapping[str, Any]) -> list[Entity]:
    """Named and described funds found in the article."""
    return find_fund_entities(ctx, config)


@hookimpl
def defnews_claims(
    ctx: ExtractionContext, entities: tuple[Entity, ...], config: Mapping[str, Any]
) -> list[Claim]:
    """One ``fund`` claim per fund entity; ``config``: ``min_confidence`` (default 0)."""
    return find_fund_claims(ctx, entities, config)
