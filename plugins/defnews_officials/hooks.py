"""The hook implementations of the officials plugin."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from defnews import Claim, Entity, GazetteerEntry, hookimpl
from defnews.context import ExtractionContext
from defnews_officials import data, extract, speech

__all__ = ["defnews_claims", "defnews_entities", "defnews_gazetteer", "defnews_role_at"]


@hookimpl
def defnews_gazetteer(config: Mapping[str, Any]) -> Iterable[GazetteerEntry]:
    """Every person of the bundled data, with aliases, distinctive surnames and dated roles."""
    return data.entries()


@hookimpl
def defnews_role_at(entity_id: str, date: dt.date) -> str | None:
    """The role the bundled data gives ``entity_id`` on ``date``."""
    entry = data.entry(entity_id)
    if entry is None:
        return None
    role = entry.role_on(date)
    return role.title if role is not None else None


@hookimpl
def defnews_entities(ctx: ExtractionContext, config: Mapping[str, Any]) -> list[Entity]:
    """Officials and other named people of the article."""
    return extract.entities(ctx, config)


@hookimpl
def defnews_claims(
    ctx: ExtractionContext, entities: tuple[Entity, ...], config: Mapping[str, Any]
) -> list[Claim]:
    """Direct quotations and indirect statements with their speakers."""
    return speech.claims(ctx, entities, config)
