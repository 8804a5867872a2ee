"""Table-driven tests of modality_of on clauses from defence-industry news."""

from __future__ import annotations

import pytest

from defnews.models import MODALITIES
from defnews.text.modality import MODALITY_VALUES, modality_of

# Each case: clause -> (modality, cue text or None)
CASES = [
    pytest.param(
        "Rheinmetall signed a contract with Ukraine's defence ministry",
        ("fact", "signed"),
        id="signed",
    ),
    pytest.param(
        "The two companies inked a joint venture agreement",
        ("fact", "inked"),
        id="inked",
    ),
    pytest.param(
        "Germany delivered 18 Leopard tanks to the brigade",
        ("fact", "delivered"),
        id="delivered",
    ),
    pytest.param(
        "The first batch of vehicles was handed over to the army",
        ("fact", "handed over"),
        id="handed-over",
    ),
    pytest.param(
        "The parties concluded a framework agreement on repairs",
        ("fact", "concluded"),
        id="concluded",
    ),
    pytest.param(
        "Ukraine's army uses the system on the southern front",
        ("fact", None),
        id="no-cue",
    ),
    pytest.param(
        "German defence giant Rheinmetall announced plans to establish an ammunition "
        "factory in Ukraine",
        ("planned", "announced plans to"),
        id="announced-plans-to",
    ),
    pytest.param(
        "The company plans to open a repair hub near the border",
        ("planned", "plans to"),
        id="plans-to",
    ),
    pytest.param(
        "Baykar intends to build a drone factory near Kyiv",
        ("planned", "intends to"),
        id="intends-to",
    ),
    pytest.param(
        "The factory will be built by 2026",
        ("planned", "will be built"),
        id="will-be-built",
    ),
    pytest.param(
        "Additionally, a special defence fund will be created to support production",
        ("planned", "will be created"),
        id="will-be-created",
    ),
    pytest.param(
        "The plant is set to open next year",
        ("planned", "is set to"),
        id="is-set-to",
    ),
    pytest.param(
        "The alliance aims to increase output of shells",
        ("planned", "aims to"),
        id="aims-to",
    ),
    pytest.param(
        "The ministry is expected to sign the deal in May",
        ("planned", "is expected to"),
        id="is-expected-to",
    ),
    pytest.param(
        "The new plant is to produce 150,000 rounds a year",
        ("planned", "is to produce"),
        id="is-to",
    ),
    pytest.param(
        "The EU is considering a new defence industry fund",
        ("considered", "is considering"),
        id="is-considering",
    ),
    pytest.param(
        "the European Union's consideration of a massive defence industry fund",
        ("considered", "consideration of"),
        id="consideration-of",
    ),
    pytest.param(
        "Frozen Russian assets could finance the purchases",
        ("considered", "could finance"),
        id="could",
    ),
    pytest.param(
        "The EU may use windfall profits from frozen assets",
        ("considered", "may use"),
        id="may",
    ),
    pytest.param(
        "the potential use of frozen Russian assets",
        ("considered", "potential"),
        id="potential",
    ),
    pytest.param(
        "Officials are discussing a joint venture with Kongsberg",
        ("considered", "discussing"),
        id="discussing",
    ),
    pytest.param(
        "Ukraine is in talks with Saab over Gripen jets",
        ("considered", "in talks"),
        id="in-talks",
    ),
    pytest.param(
        "The relocation of arms makers was discussed during the visit",
        ("considered", "discussed"),
        id="discussed",
    ),
    pytest.param(
        "Zelenskyy has promised a special economic regime for investors",
        ("promised", "has promised"),
        id="has-promised",
    ),
    pytest.param(
        "Germany pledged another 500 million euros for air defence",
        ("promised", "pledged"),
        id="pledged",
    ),
    pytest.param(
        "The allies vowed to keep supplying artillery shells",
        ("promised", "vowed"),
        id="vowed",
    ),
    pytest.param(
        "The government committed to doubling drone production",
        ("promised", "committed to"),
        id="committed-to",
    ),
    pytest.param(
        "The ministry announced a new tender for armoured vehicles",
        ("announced", "announced"),
        id="announced",
    ),
    pytest.param(
        "The company unveiled a new long-range drone",
        ("announced", "unveiled"),
        id="unveiled",
    ),
    pytest.param(
        "Ukraine did not sign the agreement with the supplier",
        ("denied", "did not sign"),
        id="did-not-sign",
    ),
    pytest.param(
        "Kyiv denied reports that it had signed a deal with the company",
        ("denied", "denied"),
        id="denied-reports",
    ),
    pytest.param(
        "No agreement was reached on the price of the shells",
        ("denied", "No agreement was"),
        id="no-agreement",
    ),
    pytest.param(
        "The company has not received any orders from Kyiv",
        ("denied", "has not received"),
        id="has-not",
    ),
    pytest.param(
        "The plant has never produced artillery shells",
        ("denied", "never produced"),
        id="never",
    ),
    pytest.param(
        "Officials rejected reports of a secret arms deal",
        ("denied", "rejected reports"),
        id="rejected-reports",
    ),
    pytest.param(
        "The ministry didn’t sign the memorandum",
        ("denied", "didn’t sign"),
        id="didnt-curly",
    ),
    pytest.param(
        "These partnerships are not only critical for Ukraine's defence needs but also for "
        "its industry",
        ("fact", None),
        id="not-only",
    ),
    pytest.param(
        "Rheinmetall, which has not disclosed the price, signed a deal with the ministry",
        ("fact", "signed"),
        id="parenthetical-negation",
    ),
    pytest.param(
        "The firm announced that it will build a second plant in Lviv",
        ("planned", "will build"),
        id="announced-then-will",
    ),
    pytest.param(
        "The company signed a deal but did not disclose its value",
        ("fact", "signed"),
        id="signed-but-not",
    ),
    pytest.param(
        "Rheinmetall plans to build a plant that could produce 100,000 shells a year",
        ("planned", "plans to"),
        id="plans-then-could",
    ),
    pytest.param(
        "In May the company signed a contract for radar systems",
        ("fact", "signed"),
        id="may-month",
    ),
    pytest.param(
        "There is political will to continue the support",
        ("fact", None),
        id="will-noun",
    ),
    pytest.param(
        "Deliveries are due to start in June",
        ("planned", "are due to"),
        id="due-to-start",
    ),
    pytest.param(
        "Prices rose due to the war",
        ("fact", None),
        id="due-to-cause",
    ),
    pytest.param(
        "The contract was signed in 2023 and will run until 2026",
        ("fact", "signed"),
        id="signed-and-will",
    ),
    pytest.param(
        "Kyiv will not sign any deal that limits production",
        ("denied", "will not sign"),
        id="will-not",
    ),
    pytest.param(
        "Signed in March, the deal covers 40 vehicles",
        ("fact", "Signed"),
        id="capital-first",
    ),
]


@pytest.mark.parametrize(("clause", "expected"), CASES)
def test_modality_of(clause: str, expected: tuple[str, str | None]) -> None:
    result = modality_of(clause)
    assert (result.modality, None if result.cue is None else result.cue.text) == expected
    if result.cue is not None:
        assert clause[result.cue.start : result.cue.end] == result.cue.text


def test_bounds_select_the_clause() -> None:
    text = "Saab delivered two radars, and Kyiv plans to order four more."
    start = text.index("Kyiv")
    result = modality_of(text, start)
    assert result.modality == "planned"
    assert result.cue is not None
    assert (result.cue.start, result.cue.text) == (text.index("plans"), "plans to")
    first = modality_of(text, 0, text.index(","))
    assert (first.modality, first.cue and first.cue.text) == ("fact", "delivered")


def test_cue_outside_bounds_is_ignored() -> None:
    text = "Kyiv plans to order radars. Saab makes them."
    result = modality_of(text, text.index("Saab"))
    assert (result.modality, result.cue) == ("fact", None)


def test_values_match_the_model() -> None:
    assert MODALITY_VALUES == MODALITIES
