"""The plugin pipeline: isolation, validation, merging, ordering, configuration, strictness."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from types import SimpleNamespace
from typing import Any

import pytest

import defnews
from defnews import Claim, Entity, Extraction, GazetteerEntry, Role, Span, hookimpl
from defnews.context import ExtractionContext

TEXT = " date 2024-03-01\nAcme Arms signed a deal with Ukraine. Acme Arms is based in Oslo."


def make_plugin(name: str, **hooks: Any) -> SimpleNamespace:
    """A plugin object named ``name`` with the given hook functions."""
    return SimpleNamespace(__name__=name, **{k: hookimpl(v) for k, v in hooks.items()})


def acme_entities(ctx: ExtractionContext) -> list[Entity]:
    text = ctx.text
    spans = [Span.of(text, i, i + 9) for i in range(len(text)) if text.startswith("Acme Arms", i)]
    return [Entity(id="org/acme", kind="organization", name="Acme Arms", mentions=spans)]


def ukraine_entity(ctx: ExtractionContext) -> list[Entity]:
    at = ctx.text.index("Ukraine")
    return [
        Entity(id="country/UA", kind="country", name="Ukraine", mentions=[ctx.span(at, at + 7)])
    ]


def deal_claims(ctx: ExtractionContext, entities: tuple[Entity, ...]) -> Iterator[Claim]:
    sentence = ctx.sentences()[0]
    yield Claim(
        id="deal",
        kind="contract",
        modality="fact",
        evidence=sentence,
        parties=[e.id for e in entities if e.kind in ("organization", "country")],
    )


GOOD = make_plugin("good", defnews_entities=acme_entities, defnews_claims=deal_claims)
COUNTRY = make_plugin("country", defnews_entities=ukraine_entity)


def raising(ctx: ExtractionContext) -> list[Entity]:
    raise RuntimeError("boom")


def lying(ctx: ExtractionContext) -> list[object]:
    return [
        Entity(id="org/bad", kind="organization", name="Bad", mentions=[Span(0, 4, "Nope")]),
        Entity(id="org/far", kind="organization", name="Far", mentions=[Span(999, 1002, "abc")]),
        "not an entity",
        Entity(
            id="org/acme",
            kind="organization",
            name="Acme Arms",
            mentions=[ctx.span(0, 9)],
            attributes={"from": "liar"},
        ),
    ]


def test_results_of_several_plugins_are_merged_by_id() -> None:
    liar = make_plugin("liar", defnews_entities=lying)
    result = defnews.extract(defnews.parse(TEXT), plugins=[GOOD, COUNTRY, liar])
    acme = result.entity("org/acme")
    assert acme is not None
    assert [m.start for m in acme.mentions] == [0, 38]
    assert set(acme.extractor.split("+")) == {"good", "liar"}
    assert [c.parties for c in result.claims] == [("org/acme", "country/UA")]


def test_a_raising_plugin_costs_only_itself() -> None:
    broken = make_plugin("broken", defnews_entities=raising)
    result = defnews.extract(defnews.parse(TEXT), plugins=[GOOD, broken, COUNTRY])
    assert {e.id for e in result.entities} == {"org/acme", "country/UA"}
    [problem] = [d for d in result.diagnostics if d.code == "plugin-raised"]
    assert problem.plugin == "broken"
    assert problem.hook == "defnews_entities"
    assert problem.article == result.article.id
    assert "boom" in problem.message


def test_invalid_items_are_dropped_with_a_diagnostic_each() -> None:
    liar = make_plugin("liar", defnews_entities=lying)
    result = defnews.extract(defnews.parse(TEXT), plugins=[liar])
    assert [e.id for e in result.entities] == ["org/acme"]
    messages = [d.message for d in result.diagnostics if d.code == "invalid-item"]
    assert len(messages) == 3
    assert "claims 'Nope' but the text there is 'Acme'" in messages[0]
    assert "999..1002" in messages[1]
    assert "returned str, not Entity" in messages[2]


def test_claims_pointing_at_unknown_entities_are_dropped() -> None:
    def dangling(ctx: ExtractionContext) -> list[Claim]:
        return [
            Claim(
                id="x",
                kind="contract",
                modality="fact",
                evidence=ctx.sentences()[0],
                parties=["org/ghost"],
            )
        ]

    plugin = make_plugin("dangling", defnews_claims=dangling)
    result = defnews.extract(defnews.parse(TEXT), plugins=[plugin])
    assert result.claims == ()
    assert "unknown entity ids ['org/ghost']" in result.diagnostics[0].message


def test_strict_mode_raises_on_misbehaviour() -> None:
    broken = make_plugin("broken", defnews_entities=raising)
    with pytest.raises(defnews.ExtractionError, match="broken"):
        defnews.extract(defnews.parse(TEXT), plugins=[GOOD, broken], strict=True)


def test_output_is_deterministic_whatever_the_plugin_order() -> None:
    article = defnews.parse(TEXT)
    one = defnews.dumps_record(defnews.extract(article, plugins=[GOOD, COUNTRY]))
    two = defnews.dumps_record(defnews.extract(article, plugins=[COUNTRY, GOOD]))
    assert one == two
    assert [e.id for e in defnews.loads_record(one).entities] == ["org/acme", "country/UA"]


def test_each_plugin_gets_its_own_config_and_the_context() -> None:
    seen: dict[str, Any] = {}

    def configured(ctx: ExtractionContext, config: Mapping[str, Any]) -> list[Entity]:
        seen.update(config)
        seen["date"] = ctx.date
        return []

    plugin = make_plugin("configured", defnews_entities=configured)
    defnews.extract(
        defnews.parse(TEXT),
        plugins=[plugin],
        config={"configured": {"threshold": 3}, "other": {"x": 1}},
    )
    assert seen == {"threshold": 3, "date": dt.date(2024, 3, 1)}


def test_gazetteer_entries_are_shared_and_roles_answered_first_result() -> None:
    entry = GazetteerEntry(
        id="person/jane-roe",
        kind="official",
        name="Jane Roe",
        roles=[Role(title="Minister", start=dt.date(2020, 1, 1))],
    )

    def gazetteer() -> list[GazetteerEntry]:
        return [entry]

    def role_at(entity_id: str, date: dt.date) -> str | None:
        found = entry.role_on(date) if entity_id == entry.id else None
        return found.title if found else None

    def people(ctx: ExtractionContext) -> list[Entity]:
        return [
            Entity(
                id=m.entry.id,
                kind="official",
                name=m.entry.name,
                mentions=[m.span],
                role=ctx.role_at(m.entry.id),
            )
            for m in ctx.gazetteer_matches("official")
        ]

    data = make_plugin("data", defnews_gazetteer=gazetteer, defnews_role_at=role_at)
    user = make_plugin("user", defnews_entities=people)
    article = defnews.parse(" date 2024-03-01\nMinister Jane Roe spoke. Jane Roes is no match.")
    result = defnews.extract(article, plugins=[data, user])
    [person] = result.entities
    assert person.role == "Minister"
    assert len(person.mentions) == 1


def test_a_wrapper_sees_and_can_change_the_final_extraction() -> None:
    class Wrapper:
        __name__ = "wrapper"

        @hookimpl(wrapper=True)
        def defnews_process_article(self, ctx: ExtractionContext) -> Iterator[None]:
            result: Extraction = yield
            return Extraction(article=result.article, entities=result.entities[:1])

    result = defnews.extract(defnews.parse(TEXT), plugins=[GOOD, COUNTRY, Wrapper()])
    assert [e.id for e in result.entities] == ["org/acme"]


def test_a_broken_wrapper_falls_back_to_the_core_result() -> None:
    class Broken:
        __name__ = "broken-wrapper"

        @hookimpl(wrapper=True)
        def defnews_process_article(self, ctx: ExtractionContext) -> Iterator[None]:
            yield
            raise RuntimeError("wrapper bug")

    result = defnews.extract(defnews.parse(TEXT), plugins=[GOOD, Broken()])
    assert [e.id for e in result.entities] == ["org/acme"]
    assert any("wrapper bug" in d.message for d in result.diagnostics)


def test_unknown_plugin_names_are_refused() -> None:
    with pytest.raises(ValueError, match="no installed defnews plugin named nosuch"):
        defnews.Pipeline(["nosuch"])
