"""Shared helpers for the built-in actor plugins' tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import defnews
from defnews import Article, Entity, Extraction

ACTORS = Path(__file__).resolve().parents[1] / "fixtures" / "actors"


@cache
def pipeline() -> defnews.Pipeline:
    """The officials and organizations plugins, found through their entry points."""
    return defnews.Pipeline(["officials", "organizations"])


def run(body: str, date: str = "2024-03-01") -> Extraction:
    """Extract from a body text dated ``date``."""
    return pipeline().extract(defnews.parse(f" date {date}\n{body}"))


def actor_article(name: str) -> Article:
    """One of the fixture articles of tests/fixtures/actors, parsed."""
    return defnews.parse_file(ACTORS / name)


def texts(entity: Entity) -> list[str]:
    """The mention texts of an entity, in order."""
    return [m.text for m in entity.mentions]


def people(result: Extraction) -> dict[str, Entity]:
    """People (officials and other persons) by id."""
    return {e.id: e for e in result.entities if e.kind in ("official", "person")}
