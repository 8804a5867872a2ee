"""Validators of the models: bad spans and values are refused with a clear message."""

from __future__ import annotations

import attrs
import pytest

from defnews import Amount, Entity, Span, TimeRef
from defnews.models import Claim


def test_span_rejects_negative_and_reversed_offsets() -> None:
    with pytest.raises(ValueError, match="start must be >= 0"):
        Span(-1, 2, "abc")
    with pytest.raises(ValueError, match="end must be >= start"):
        Span(5, 2, "")
    with pytest.raises(ValueError, match="text has 2 characters"):
        Span(0, 3, "ab")


def test_span_of_slices_and_contains() -> None:
    span = Span.of("Rheinmetall AG", 0, 11)
    assert span.text == "Rheinmetall"
    assert span.contains(Span.of("Rheinmetall AG", 2, 5))
    assert span.contains(0)
    assert not span.contains(11)


def test_models_are_frozen() -> None:
    span = Span(0, 1, "a")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]


def test_entity_needs_a_mention_and_sane_confidence() -> None:
    with pytest.raises(ValueError, match="'mentions' must be"):
        Entity(id="org/x", kind="organization", name="X", mentions=())
    with pytest.raises(ValueError, match=r"within 0\.\.1"):
        Entity(
            id="org/x", kind="organization", name="X", mentions=[Span(0, 1, "X")], confidence=1.5
        )


def test_attributes_are_read_only() -> None:
    entity = Entity(
        id="org/x",
        kind="organization",
        name="X",
        mentions=[Span(0, 1, "X")],
        attributes={"type": "company"},
    )
    with pytest.raises(TypeError):
        entity.attributes["type"] = "other"  # type: ignore[index]


def test_timeref_bounds_must_be_ordered() -> None:
    import datetime as dt

    with pytest.raises(ValueError, match="before"):
        TimeRef(start=0, end=4, text="2024", from_=dt.date(2024, 2, 1), until=dt.date(2024, 1, 1))


def test_claim_lists_its_spans() -> None:
    evidence = Span(0, 10, "a" * 10)
    amount = Amount(start=2, end=4, text="aa", value=2.0)
    claim = Claim(id="c1", kind="contract", modality="fact", evidence=evidence, amount=amount)
    assert list(claim.spans()) == [evidence, amount]
