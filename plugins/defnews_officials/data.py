"""The bundled officials data: one JSON object per line in ``data/officials.jsonl``.

Each line holds ``id``, ``name``, ``country``, ``aliases`` (full alternative spellings),
``short`` (surnames distinctive enough to be matched alone) and ``roles`` (``title``, ``of``,
``start``, ``end``; ISO dates, ``null`` for an open end). An optional ``kind`` overrides the
default: everyone in the file holds or held public office, so the default kind is ``official``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from defnews import GazetteerEntry, Role
from defnews.ids import ascii_slug

__all__ = ["PERSON_PREFIX", "ascii_slug", "entries", "entry", "load_lines", "person_id"]

PERSON_PREFIX = "person/"


@lru_cache(maxsize=4096)
def person_id(name: str) -> str:
    """The canonical id of a person not in the data, from the name as written (cached: the
    slug folds Unicode character by character, and the same names recur)."""
    return PERSON_PREFIX + ascii_slug(name)


def _date(value: Any) -> dt.date | None:
    return None if value in (None, "") else dt.date.fromisoformat(str(value))


def load_lines() -> Iterator[dict[str, Any]]:
    """The raw records of ``data/officials.jsonl``, blank lines skipped."""
    source = resources.files(__package__).joinpath("data").joinpath("officials.jsonl")
    with source.open("r", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record: dict[str, Any] = json.loads(line)
                yield record


def _entry(record: dict[str, Any]) -> GazetteerEntry:
    roles = tuple(
        Role(
            title=str(role["title"]),
            of=role.get("of"),
            start=_date(role.get("start")),
            end=_date(role.get("end")),
        )
        for role in record.get("roles", ())
    )
    kind = str(record.get("kind") or ("official" if roles else "person"))
    return _gazetteer_entry(
        id=str(record["id"]),
        kind=kind,
        name=str(record["name"]),
        aliases=tuple(record.get("aliases", ())),
        short=tuple(record.get("short", ())),
        country=record.get("country"),
        roles=roles,
        attributes={"source": "officials-data"},
    )


@cache
def entries() -> tuple[GazetteerEntry, ...]:
    """Every person in the bundled data, loaded once."""
    return tuple(_entry(record) for record in load_lines())


@cache
def _by_id() -> dict[str, GazetteerEntry]:
    return {item.id: item for item in entries()}


def entry(entity_id: str) -> GazetteerEntry | None:
    """The bundled entry with that id, if any."""
    return _by_id().get(entity_id)


def _gazetteer_entry(**fields: Any) -> GazetteerEntry:
    """Build an entry (keywords keep the tuple converters of the model simple to type)."""
    return GazetteerEntry(**fields)
