"""The named funds bundled with the plugin, as gazetteer entries of kind ``fund``.

``data/funds.jsonl`` holds one fund a line: ``id`` (``fund/<slug>``), ``name``, ``aliases``,
``owner`` (a name), ``financing`` (a short description of where the money comes from) and
``established`` (ISO date or null). Every written form is matched as is and in its spelling
variants (Defence/Defense, Programme/Program, -ise/-ize, Organisation/Organization), and
all-capital forms (``EPF``, ``SAFE``) are entered as acronyms.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

from defnews import GazetteerEntry

__all__ = ["FUNDS_FILE", "FundRecord", "entries", "records", "spelling_variants"]

FUNDS_FILE = "funds.jsonl"

FundRecord = dict[str, Any]

_VARIANTS: tuple[tuple[str, str], ...] = (
    ("Defence", "Defense"),
    ("defence", "defense"),
    ("Programme", "Program"),
    ("programme", "program"),
    ("Prioritised", "Prioritized"),
    ("Immobilised", "Immobilized"),
    ("Organisation", "Organization"),
    ("Centre", "Center"),
)
_ACRONYM = re.compile(r"[A-Z0-9][A-Z0-9+&-]*[A-Z0-9+]")


def spelling_variants(form: str) -> list[str]:
    """``form`` and its British/American spelling variants, without repeats."""
    found = [form]
    for british, american in _VARIANTS:
        for have in list(found):
            for old, new in ((british, american), (american, british)):
                variant = re.sub(rf"\b{old}\b", new, have)
                if variant != have and variant not in found:
                    found.append(variant)
    return found


@lru_cache(maxsize=1)
def records() -> tuple[FundRecord, ...]:
    """The bundled fund records, read once through importlib.resources."""
    text = resources.files("defnews_funds").joinpath("data").joinpath(FUNDS_FILE).read_text("utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


def _entry(record: FundRecord) -> GazetteerEntry:
    name = str(record["name"])
    forms: list[str] = []
    for written in (name, *record.get("aliases", ())):
        forms.extend(spelling_variants(str(written)))
    aliases = tuple(f for f in dict.fromkeys(forms) if f != name and not _ACRONYM.fullmatch(f))
    acronyms = tuple(f for f in dict.fromkeys(forms) if _ACRONYM.fullmatch(f))
    attributes = {
        key: record[key] for key in ("owner", "financing", "established") if record.get(key)
    }
    fields: dict[str, Any] = {  # keyword arguments typed loosely for the attrs converters
        "id": str(record["id"]),
        "kind": "fund",
        "name": name,
        "aliases": aliases,
        "acronyms": acronyms,
        "attributes": attributes,
    }
    return GazetteerEntry(**fields)


def entries() -> Iterator[GazetteerEntry]:
    """One ``fund`` gazetteer entry per bundled record."""
    for record in records():
        yield _entry(record)
