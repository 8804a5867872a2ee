"""JSON records: field names, schema validation, round trips and version refusal."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest

import defnews
from defnews import Amount, Claim, Entity, Extraction, Span, TimeRef
from defnews.models import Diagnostic


def sample_extraction() -> Extraction:
    article = defnews.parse(
        " date 2024-02-29\nRheinmetall will build a plant in Ukraine for €1 bn."
    )
    text = article.text
    entity = Entity(
        id="org/rheinmetall",
        kind="organization",
        name="Rheinmetall",
        mentions=[Span.of(text, 0, 11)],
        country="Germany",
        attributes={"type": "company"},
        extractor="organizations",
    )
    amount = Amount(
        start=text.index("€"),
        end=len(text) - 1,
        text="€1 bn",
        value=1e9,
        unit="EUR",
        currency="EUR",
    )
    time = TimeRef(
        start=0,
        end=4,
        text=text[:4],
        from_=dt.date(2024, 1, 1),
        until=dt.date(2024, 12, 31),
        granularity="year",
        relative=True,
    )
    claim = Claim(
        id="c1",
        kind="contract",
        modality="planned",
        evidence=article.paragraphs[0],
        parties=["org/rheinmetall"],
        amount=amount,
        time=time,
        item=Span.of(text, text.index("a plant"), text.index(" for")),
        attributes={"type": "investment"},
    )
    return Extraction(
        article=article,
        entities=(entity,),
        claims=(claim,),
        quantities=(amount,),
        times=(time,),
        diagnostics=(Diagnostic(level="info", code="x", message="note"),),
    )


def test_record_has_the_documented_field_names() -> None:
    record = defnews.dump_record(sample_extraction())
    assert list(record) == [
        "schema",
        "article",
        "entities",
        "claims",
        "quantities",
        "times",
        "diagnostics",
    ]
    assert record["schema"] == "defnews/1"
    assert {"id", "date", "source"} <= set(record["article"])
    assert record["entities"][0]["mentions"][0] == {"start": 0, "end": 11, "text": "Rheinmetall"}
    claim = record["claims"][0]
    for key in (
        "id",
        "kind",
        "modality",
        "evidence",
        "parties",
        "subject",
        "speaker",
        "quote",
        "amount",
        "time",
        "extractor",
        "confidence",
        "attributes",
    ):
        assert key in claim
    assert record["times"][0]["from"] == "2024-01-01"
    assert record["times"][0]["until"] == "2024-12-31"
    assert record["quantities"][0]["currency"] == "EUR"


def test_record_validates_against_the_shipped_schema() -> None:
    jsonschema.validate(defnews.dump_record(sample_extraction()), defnews.record_schema())


def test_round_trip_through_json_lines() -> None:
    original = sample_extraction()
    line = defnews.dumps_record(original)
    assert "\n" not in line
    assert defnews.loads_record(line) == original


def test_unknown_major_version_is_refused_clearly() -> None:
    record = defnews.dump_record(sample_extraction())
    record["schema"] = "defnews/2"
    with pytest.raises(defnews.SchemaError, match="major version 2"):
        defnews.load_record(record)
    record["schema"] = "defnews/1.3"
    assert defnews.load_record(record).article.id == sample_extraction().article.id


def test_invalid_record_names_the_problem() -> None:
    record = json.loads(defnews.dumps_record(sample_extraction()))
    record["entities"][0]["mentions"][0]["end"] = -3
    with pytest.raises(defnews.SchemaError, match="invalid defnews/1 record"):
        defnews.load_record(record)
