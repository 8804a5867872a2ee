"""The bundled organizations and countries: ``data/organizations.jsonl`` and
``data/countries.jsonl``, one JSON object per line.

An organization has ``id``, ``name``, ``type``, ``country``, ``aliases`` and ``acronyms``. A
country has ``id`` (``country/XX``), ``name``, ``iso2``, ``aliases``, ``adjectives``
(``German``), ``demonyms`` (``Germans``), ``capital``, ``capital_aliases`` and
``capital_metonym`` (whether the capital is used in news to stand for the government).
Adjectives and demonyms are matched as aliases; capitals are not in the gazetteer at all and
are judged in context (`defnews_organizations.countries`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from defnews import GazetteerEntry
from defnews.ids import ascii_slug

__all__ = [
    "ORG_PREFIX",
    "ascii_slug",
    "countries",
    "country_records",
    "entries",
    "org_id",
    "organizations",
]

ORG_PREFIX = "org/"


def org_id(name: str) -> str:
    """The canonical id of an organization not in the data."""
    return ORG_PREFIX + ascii_slug(name)


def _lines(name: str) -> Iterator[dict[str, Any]]:
    source = resources.files(__package__).joinpath("data").joinpath(name)
    with source.open("r", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record: dict[str, Any] = json.loads(line)
                yield record


@cache
def country_records() -> tuple[dict[str, Any], ...]:
    """The raw country records."""
    return tuple(_lines("countries.jsonl"))


@cache
def organizations() -> tuple[GazetteerEntry, ...]:
    """Every organization of the bundled data."""
    out = []
    for record in _lines("organizations.jsonl"):
        acronyms = tuple(record.get("acronyms", ()))
        out.append(
            _gazetteer_entry(
                id=str(record["id"]),
                kind="organization",
                name=str(record["name"]),
                aliases=tuple(a for a in record.get("aliases", ()) if a not in acronyms),
                acronyms=acronyms,
                country=record.get("country"),
                attributes={
                    "type": record.get("type"),
                    "acronyms": list(acronyms),
                    "source": "organizations-data",
                },
            )
        )
    return tuple(out)


@cache
def countries() -> tuple[GazetteerEntry, ...]:
    """Every country, with adjectives and demonyms among its aliases."""
    out = []
    for record in country_records():
        adjectives = list(record.get("adjectives", ()))
        demonyms = list(record.get("demonyms", ()))
        capitals = [c for c in (record.get("capital"), *record.get("capital_aliases", ())) if c]
        out.append(
            _gazetteer_entry(
                id=str(record["id"]),
                kind="country",
                name=str(record["name"]),
                aliases=tuple(dict.fromkeys([*record.get("aliases", ()), *adjectives, *demonyms])),
                country=str(record["name"]),
                attributes={
                    "iso2": record.get("iso2"),
                    "adjectives": adjectives,
                    "demonyms": demonyms,
                    "capitals": capitals,
                    "capital_metonym": bool(record.get("capital_metonym")),
                },
            )
        )
    return tuple(out)


def entries() -> tuple[GazetteerEntry, ...]:
    """Organizations, then countries."""
    return organizations() + countries()


def _gazetteer_entry(**fields: Any) -> GazetteerEntry:
    """Build an entry (keywords keep the tuple converters of the model simple to type)."""
    return GazetteerEntry(**fields)
