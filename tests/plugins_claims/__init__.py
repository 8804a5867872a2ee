"""Tests of the contracts and funds plugins, with a small stand-in for the actor plugins.

The claim plugins only see the entities other plugins found. To test their rules on their own,
:func:`actors` builds an in-process plugin that knows a handful of names (with the gazetteer
and ``ctx.gazetteer_matches`` a real actor plugin would use) and reports each as an entity, so
a test states exactly which actors exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any

import defnews
from defnews import Entity, Extraction, GazetteerEntry, hookimpl

__all__ = ["ACTORS", "Actor", "actors", "article", "run"]


class Actor(SimpleNamespace):
    """A known name: id, kind, canonical name, other written forms, country, attributes."""

    def __init__(
        self,
        id: str,
        kind: str,
        name: str,
        forms: Iterable[str] = (),
        country: str | None = None,
        **attributes: Any,
    ) -> None:
        super().__init__(
            id=id, kind=kind, name=name, forms=tuple(forms), country=country, attributes=attributes
        )


ACTORS: tuple[Actor, ...] = (
    Actor("country/UA", "country", "Ukraine", ["Ukrainian", "Ukraine's", "Ukraine’s", "Kyiv"]),
    Actor("country/DE", "country", "Germany", ["German", "Germany's", "Berlin"]),
    Actor("country/PL", "country", "Poland", ["Polish", "Warsaw"]),
    Actor("country/LV", "country", "Latvia", ["Latvian"]),
    Actor("country/DK", "country", "Denmark", ["Danish", "Denmark's", "Denmark’s"]),
    Actor("country/US", "country", "United States", ["US", "U.S.", "American", "Washington"]),
    Actor("country/RU", "country", "Russia", ["Russian", "Russia's"]),
    Actor("country/NO", "country", "Norway", ["Norwegian"]),
    Actor("country/TR", "country", "Turkey", ["Turkish"]),
    Actor("org/european-union", "organization", "European Union", ["EU", "EU's"]),
    Actor("org/rheinmetall", "organization", "Rheinmetall", [], type="company"),
    Actor("org/kryla-systems", "organization", "Kryla Systems", [], type="company"),
    Actor("org/nordhavn-defence", "organization", "Nordhavn Defence", [], type="company"),
    Actor("org/vatra-robotics", "organization", "Vatra Robotics", [], type="company"),
    Actor("org/imf", "organization", "International Monetary Fund", ["IMF"], type="bank"),
    Actor(
        "org/defence-procurement-agency",
        "organization",
        "Defence Procurement Agency",
        ["Defense Procurement Agency"],
        type="agency",
    ),
    Actor(
        "org/ministry-of-defence-of-ukraine",
        "organization",
        "Ministry of Defence of Ukraine",
        ["Defence Ministry of Ukraine"],
        type="ministry",
    ),
    Actor(
        "person/ivan-petrenko",
        "official",
        "Ivan Petrenko",
        ["Petrenko"],
        country="Ukraine",
    ),
    Actor("person/oksana-bilyk", "official", "Oksana Bilyk", ["Bilyk"], country="Ukraine"),
    Actor("person/hans-vogel", "official", "Hans Vogel", ["Vogel"], country="Germany"),
)


def actors(known: Iterable[Actor] = ACTORS) -> SimpleNamespace:
    """A plugin object that knows ``known`` and reports every one it finds as an entity."""
    table = {a.id: a for a in known}

    def defnews_gazetteer() -> list[GazetteerEntry]:
        return [
            GazetteerEntry(id=a.id, kind=a.kind, name=a.name, aliases=a.forms, country=a.country)
            for a in table.values()
        ]

    def defnews_entities(ctx: Any) -> list[Entity]:
        found: dict[str, list[Any]] = {}
        for match in ctx.gazetteer_matches(*{a.kind for a in table.values()}):
            if match.entry.id in table:
                found.setdefault(match.entry.id, []).append(match.span)
        return [
            Entity(
                id=key,
                kind=table[key].kind,
                name=table[key].name,
                mentions=spans,
                country=table[key].country,
                attributes=table[key].attributes,
            )
            for key, spans in found.items()
        ]

    return SimpleNamespace(
        __name__="test_actors",
        defnews_gazetteer=hookimpl(defnews_gazetteer),
        defnews_entities=hookimpl(defnews_entities),
    )


def article(body: str, date: dt.date = dt.date(2024, 3, 14)) -> defnews.Article:
    """An article dated ``date`` with ``body`` as its text."""
    return defnews.parse(f" date {date.isoformat()}\n{body}")


def run(
    body: str | defnews.Article, *plugins: object, known: Iterable[Actor] = ACTORS
) -> Extraction:
    """Extract ``body`` with the stand-in actors and ``plugins``; fail on any plugin error."""
    doc = article(body) if isinstance(body, str) else body
    result = defnews.Pipeline(plugins=[actors(known), *plugins]).extract(doc)
    errors = [d.message for d in result.diagnostics if d.level == "error"]
    assert not errors, errors
    return result
