"""The hook implementations of the organizations plugin."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from defnews import Entity, GazetteerEntry, hookimpl
from defnews.context import ExtractionContext
from defnews_organizations import data, extract

__all__ = ["defnews_entities", "defnews_gazetteer"]


@hookimpl
def defnews_gazetteer(config: Mapping[str, Any]) -> Iterable[GazetteerEntry]:
    """Every organization and country of the bundled data."""
    return data.entries()


@hookimpl
def defnews_entities(ctx: ExtractionContext, config: Mapping[str, Any]) -> list[Entity]:
    """Organizations and countries of the article."""
    return extract.entities(ctx, config)
