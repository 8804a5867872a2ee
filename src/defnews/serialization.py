"""JSON Lines records: one converter, one schema version, checked on load.

A record is ``{"schema": "defnews/1", "article": ..., "entities": [...], "claims": [...],
"quantities": [...], "times": [...], "diagnostics": [...]}``; the JSON Schema ships as
``defnews/schema/record-1.json``. Minor additions keep the major version; a record whose major
version this defnews does not know is refused with `SchemaError`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import make_converter

from defnews.errors import SchemaError
from defnews.models import Extraction, TimeRef

__all__ = [
    "SCHEMA",
    "SCHEMA_MAJOR",
    "converter",
    "dump_record",
    "dumps_record",
    "load_record",
    "loads_record",
    "record_schema",
]

SCHEMA_MAJOR = 1
SCHEMA = f"defnews/{SCHEMA_MAJOR}"
_RECORD_KEYS = ("article", "entities", "claims", "quantities", "times", "diagnostics")


def _make_converter() -> cattrs.Converter:
    conv = make_converter()
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    conv.register_unstructure_hook(
        TimeRef, make_dict_unstructure_fn(TimeRef, conv, from_=override(rename="from"))
    )
    conv.register_structure_hook(
        TimeRef, make_dict_structure_fn(TimeRef, conv, from_=override(rename="from"))
    )
    conv.register_unstructure_hook_func(
        lambda t: t is Mapping or getattr(t, "__origin__", None) is Mapping,
        lambda m: {str(k): v for k, v in m.items()},
    )
    return conv


converter: cattrs.Converter = _make_converter()
"""The cattrs converter for every defnews model (dates as ISO strings, ``TimeRef.from``)."""


def dump_record(extraction: Extraction) -> dict[str, Any]:
    """The JSON-ready record of one extraction."""
    data = converter.unstructure(extraction, Extraction)
    return {"schema": SCHEMA, **{key: data[key] for key in _RECORD_KEYS}}


def dumps_record(extraction: Extraction) -> str:
    """One JSON Lines line (without the newline); key order fixed, non-ASCII kept."""
    return json.dumps(dump_record(extraction), ensure_ascii=False, separators=(",", ":"))


def load_record(record: Mapping[str, Any]) -> Extraction:
    """The `Extraction` of a record; refuses unknown major schema versions."""
    schema = record.get("schema")
    if not isinstance(schema, str) or not schema.startswith("defnews/"):
        raise SchemaError(f"not a defnews record: schema is {schema!r}, expected {SCHEMA!r}")
    major = schema.removeprefix("defnews/").split(".", 1)[0]
    if major != str(SCHEMA_MAJOR):
        raise SchemaError(
            f"record schema {schema!r} has major version {major}; this defnews reads "
            f"{SCHEMA!r} only — upgrade defnews to read it"
        )
    body = {key: record.get(key, []) for key in _RECORD_KEYS}
    try:
        return converter.structure(body, Extraction)
    except cattrs.BaseValidationError as error:
        details = "; ".join(cattrs.transform_error(error))
        raise SchemaError(f"invalid {SCHEMA} record: {details}") from error


def loads_record(line: str | bytes) -> Extraction:
    """The `Extraction` of one JSON Lines line."""
    return load_record(json.loads(line))


@cache
def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every record validates against."""
    text = (
        resources.files("defnews")
        .joinpath(f"schema/record-{SCHEMA_MAJOR}.json")
        .read_text(encoding="utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema
