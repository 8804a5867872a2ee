"""The funds plugin: data, named and described funds, owners, financing, status, seeds."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import defnews_funds
import pytest
from defnews_funds.data import records, spelling_variants
from defnews_funds.described import find_described, slug

import defnews
from defnews import Claim, Entity, Extraction
from tests.plugins_claims import run


def extract(body: str | defnews.Article) -> Extraction:
    return run(body, defnews_funds)


def funds(body: str | defnews.Article) -> dict[str, Claim]:
    """The fund claims of ``body`` by fund id."""
    return {str(c.subject): c for c in extract(body).claims_of("fund")}


def status(claim: Claim) -> str:
    return str(claim.attributes["status"])


# --- bundled data ------------------------------------------------------------------------------


def test_records_are_well_formed() -> None:
    ids = [r["id"] for r in records()]
    assert len(ids) == len(set(ids)) >= 30
    for record in records():
        assert re.fullmatch(r"fund/[a-z0-9]+(?:-[a-z0-9]+)*", record["id"]), record["id"]
        assert record["name"]
        assert isinstance(record["aliases"], list)
        if record.get("established"):
            dt.date.fromisoformat(record["established"])


def test_spelling_variants_cover_defence_and_programme() -> None:
    assert spelling_variants("European Defence Industry Programme") == [
        "European Defence Industry Programme",
        "European Defense Industry Programme",
        "European Defence Industry Program",
        "European Defense Industry Program",
    ]


def test_gazetteer_entries() -> None:
    entries = {e.id: e for e in defnews_funds.defnews_gazetteer({})}
    epf = entries["fund/european-peace-facility"]
    assert epf.kind == "fund"
    assert "EPF" in epf.acronyms
    assert epf.attributes["owner"] == "European Union"
    assert "European Defense Fund" in entries["fund/european-defence-fund"].aliases
    assert "European Defence Industry Program" in entries["fund/edip"].aliases


# --- named funds -------------------------------------------------------------------------------


def test_named_fund_with_owner_amount_and_status() -> None:
    claim = funds(
        "European Union governments on Friday approved another €500 million in military aid "
        "for Ukraine under the European Peace Facility."
    )["fund/european-peace-facility"]
    assert claim.parties == ("org/european-union",)
    assert claim.amount is not None
    assert claim.amount.value == 500e6
    assert claim.modality == "fact"
    assert status(claim) == "active"
    assert claim.item is not None
    assert claim.item.text == "European Peace Facility"


def test_defense_spelling_finds_the_same_fund() -> None:
    result = extract("The European Defense Fund pays for research, the EU said.")
    assert [e.id for e in result.by_kind("fund")] == ["fund/european-defence-fund"]


def test_a_loan_under_a_named_fund_is_that_fund() -> None:
    result = extract(
        "The International Monetary Fund approved a $15.6 billion loan for Ukraine under its "
        "Extended Fund Facility."
    )
    assert [e.id for e in result.by_kind("fund")] == ["fund/imf-eff-ukraine"]
    (claim,) = result.claims_of("fund")
    assert claim.parties == ("org/imf",)
    assert claim.amount is not None
    assert claim.amount.value == 15.6e9


def test_owner_is_left_out_when_the_article_does_not_name_it() -> None:
    claim = funds("Kyiv received new money from the European Peace Facility.")[
        "fund/european-peace-facility"
    ]
    assert "org/european-union" not in claim.parties
    assert claim.attributes["owner"] == "European Union"


def test_a_named_fund_is_planned_only_when_the_text_plans_it() -> None:
    planned = funds("The EU would present a second call under its Ukraine Support Instrument.")
    assert status(planned["fund/ukraine-support-instrument"]) == "planned"
    existing = funds("Kyiv hopes that more partners will adopt the Danish model.")
    assert status(existing["fund/danish-model"]) == "active"


# --- described funds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("a massive defense industry fund", "defense industry fund"),
        ("a “special defense fund”", "special defense fund"),
        ("a new defence fund", "defence fund"),
        ("a financing facility", "financing facility"),
        ("a fund for defence innovation", "defence innovation fund"),
        ("the reserve fund of the State Budget", "reserve fund of the State Budget"),
        ("a $50bn loan", "loan"),
        ("a German government guarantee", "German government guarantee"),
        ("the fifth tranche", "fifth tranche"),
        ("a grant programme", "grant programme"),
    ],
)
def test_described_funds_are_named_by_their_description(phrase: str, name: str) -> None:
    found = find_described(f"Officials discussed {phrase} on Monday.")
    assert [d.name for d in found] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Danish pension funds will cover part of the investment.",
        "Denmark has also pledged funds for the purchase.",
        "Construction of the production facility is under way.",
        "We sold nothing to an American fund.",
        "The EU's part will be paid out in several tranches.",
        "Companies may take loans of their own.",
        "Nobody wants to fund the war for ever.",
    ],
)
def test_not_a_fund(sentence: str) -> None:
    assert find_described(sentence) == []


def test_a_known_organization_holding_the_head_is_not_a_fund() -> None:
    result = extract("The International Monetary Fund approved a review of Ukraine's programme.")
    assert result.by_kind("fund") == ()


def test_slugs_spell_defence_as_defense() -> None:
    assert slug("special defence fund") == slug("Special Defense Fund") == "special-defense-fund"


def test_the_same_description_is_one_entity_with_its_references() -> None:
    result = extract(
        "Ukraine will create a special defence fund. The special defence fund will buy drones. "
        "The fund is expected to start work in June."
    )
    (fund,) = result.by_kind("fund")
    assert fund.id == "fund/special-defense-fund"
    assert [m.text for m in fund.mentions] == [
        "special defence fund",
        "special defence fund",
        "fund",
    ]


def test_a_headline_short_form_joins_the_longer_description() -> None:
    result = extract(
        "Kyiv sets up innovation fund\n\nUkraine approved the creation of a national Defence "
        "Innovation Fund with an initial UAH 20 billion."
    )
    (fund,) = result.by_kind("fund")
    assert fund.id == "fund/defense-innovation-fund"
    claim = result.claims_of("fund")[0]
    assert claim.amount is not None
    assert claim.amount.currency == "UAH"
    assert not claim.evidence.text.startswith("Kyiv sets up")


def test_this_new_tranche_is_the_tranche_just_reported() -> None:
    result = extract(
        'The fifth tranche was adopted by the Council on Friday. "This new tranche shows our '
        'support," the EU said.'
    )
    assert [e.id for e in result.by_kind("fund")] == ["fund/fifth-tranche"]


# --- financing ---------------------------------------------------------------------------------


def _financing(claim: Claim, text: str) -> str:
    start, end = claim.attributes["financing_span"]
    assert text[start:end] == claim.attributes["financing"]
    return str(claim.attributes["financing"])


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Additionally, a special defense fund will be created, with financing provided in "
            "part by the profits from the sale of confiscated Russian assets.",
            "profits from the sale of confiscated Russian assets",
        ),
        (
            "A special defence fund will be financed from the windfall profits of frozen "
            "Russian assets and from contributions of partners.",
            "windfall profits of frozen Russian assets and from contributions of partners",
        ),
        (
            "The special fund of the state budget is filled from the personal income tax of "
            "servicemen.",
            "personal income tax of servicemen",
        ),
    ],
)
def test_financing_source(sentence: str, source: str) -> None:
    (claim,) = extract(sentence).claims_of("fund")
    assert _financing(claim, sentence) == source


def test_a_loan_repaid_from_asset_profits_is_one_fund_not_two() -> None:
    text = (
        "Leaders of the Group of Seven agreed to provide Ukraine with around $50bn in loans "
        "that will be repaid from the windfall profits of immobilised Russian assets."
    )
    (claim,) = extract(text).claims_of("fund")
    assert claim.amount is not None
    assert claim.amount.value == 50e9
    assert _financing(claim, text) == "windfall profits of immobilised Russian assets"


def test_a_pool_of_asset_profits_is_a_fund_of_its_own() -> None:
    text = "The EU is considering the use of windfall profits from immobilised Russian assets."
    (claim,) = extract(text).claims_of("fund")
    assert status(claim) == "considered"
    assert claim.parties == ("org/european-union",)
    assert _financing(claim, text) == "immobilised Russian assets"


# --- owners and status -------------------------------------------------------------------------


def test_possessive_owner_and_considered_status() -> None:
    claim = funds(
        "Amid these challenges, the European Union's consideration of a massive defense "
        "industry fund signals support for Ukraine."
    )["fund/defense-industry-fund"]
    assert claim.parties == ("org/european-union",)
    assert claim.modality == "considered"
    assert status(claim) == "considered"


def test_owner_inside_the_phrase() -> None:
    claim = funds("Part of the plant will be covered by a German government guarantee.")[
        "fund/german-government-guarantee"
    ]
    assert claim.parties == ("country/DE",)


def test_owner_from_the_paragraph_when_the_sentence_has_none() -> None:
    claim = funds(
        "Ukraine wants to attract foreign manufacturers. Additionally, a special defense fund "
        "will be created to support military production."
    )["fund/special-defense-fund"]
    assert claim.parties == ("country/UA",)
    assert status(claim) == "planned"


def test_status_comes_from_where_the_fund_is_introduced() -> None:
    claim = funds(
        "Ukraine's government approved the creation of a special defence fund. The special "
        "defence fund will be financed from contributions of partners."
    )["fund/special-defense-fund"]
    assert status(claim) == "active"
    assert claim.attributes["financing"] == "contributions of partners"


def test_a_parenthetical_announcement_does_not_decide_the_status() -> None:
    claim = funds(
        "A US$ 300 mln package from Norway, announced in the spring, is being spent on drones."
    )["fund/package"]
    assert status(claim) == "active"
    assert claim.amount is not None
    assert claim.amount.currency == "USD"
    assert "country/US" not in claim.parties


def test_a_fund_named_only_in_a_question_still_gets_a_claim() -> None:
    (claim,) = extract("Q: What about the windfall profits from frozen Russian assets?").claims_of(
        "fund"
    )
    assert claim.subject == "fund/frozen-russian-assets"


# --- fixture article ---------------------------------------------------------------------------


def test_ministry_press_release(fixtures: Path) -> None:
    path = fixtures / "claims" / "ministry_release_fund.txt"
    result = extract(defnews.parse_file(path))
    claims = {str(c.subject): c for c in result.claims_of("fund")}
    assert sorted(claims) == [
        "fund/european-defence-fund",
        "fund/financing-facility",
        "fund/special-defense-fund",
    ]
    special = claims["fund/special-defense-fund"]
    assert status(special) == "active"
    assert special.attributes["financing"].startswith("windfall profits of immobilised Russian")
    facility = claims["fund/financing-facility"]
    assert (status(facility), facility.parties) == ("considered", ("org/european-union",))
    assert claims["fund/european-defence-fund"].parties == ("org/european-union",)
    fund: Entity | None = result.entity("fund/special-defense-fund")
    assert fund is not None
    assert len(fund.mentions) >= 4


# --- seeds, with the real actor plugins --------------------------------------------------------


@pytest.fixture(scope="module")
def installed() -> defnews.Pipeline:
    wanted = {"officials", "organizations", "funds", "contracts"}
    try:
        pipeline = defnews.Pipeline(sorted(wanted))
    except ValueError:
        pytest.skip("the actor plugins are not installed")
    assert set(pipeline.plugin_names) == wanted
    return pipeline


def _seed(seeds: Path, prefix: str, pipeline: defnews.Pipeline) -> Extraction:
    return pipeline.extract(defnews.parse_file(next(seeds.glob(f"{prefix}_*.txt"))))


def test_seed_000_eu_fund_is_considered(seeds: Path, installed: defnews.Pipeline) -> None:
    result = _seed(seeds, "000", installed)
    claim = next(c for c in result.claims_of("fund") if c.subject == "fund/defense-industry-fund")
    assert claim.modality == "considered"
    owner = result.entity(claim.parties[0])
    assert owner is not None
    assert owner.name == "European Union"


def test_seed_002_special_fund_is_planned_and_financed(
    seeds: Path, installed: defnews.Pipeline
) -> None:
    result = _seed(seeds, "002", installed)
    (claim,) = result.claims_of("fund")
    assert claim.subject == "fund/special-defense-fund"
    assert claim.modality == "planned"
    assert status(claim) == "planned"
    assert claim.attributes["financing"] == "profits from the sale of confiscated Russian assets"
    owner = result.entity(claim.parties[0])
    assert owner is not None
    assert owner.name == "Ukraine"


def test_gold_funds_of_the_seeds_are_found(seeds: Path, installed: defnews.Pipeline) -> None:
    from defnews.evaluation import evaluate, load_gold

    gold = load_gold(seeds / "gold.jsonl")
    results = [installed.extract(defnews.parse_file(seeds / r["file"])) for r in gold]
    score = evaluate(gold, results)["all"]["funds"]
    assert (score.matched, score.predicted, score.gold) == (3, 3, 3)


# --- plugin conformance ------------------------------------------------------------------------


def test_entry_point_is_declared() -> None:
    assert "funds" in defnews.Pipeline(["funds"]).plugin_names


def test_conformance_kit() -> None:
    from defnews.testing import check_plugin

    check_plugin(defnews_funds, max_examples=25)


# --- generalisation rules: more heads, lenders and status cues ------------------------------


@pytest.mark.parametrize(
    ("sentence", "fund_id", "wanted"),
    [
        (
            "Germany earmarked a EUR 2bn envelope for Ukrainian drone makers in its budget.",
            "fund/envelope",
            "active",
        ),
        (
            "Germany's state bank is said to be preparing a financing window for firms that "
            "build plants in Ukraine.",
            "fund/financing-window",
            "planned",
        ),
        (
            "The EU proposed a loan instrument of 150 billion euros for joint procurement.",
            "fund/loan-instrument",
            "considered",
        ),
        (
            "Ukraine's parliament approved an additional budget allocation of UAH 3.5 bn for "
            "long-range drones.",
            "fund/budget-allocation",
            "active",
        ),
        (
            "Ministers said the alliance was discussing common funding for air defence stocks.",
            "fund/common-funding",
            "considered",
        ),
        (
            "The EU's €20 billion loan to Ukraine, agreed by leaders in May, is expected to pay "
            "for drones.",
            "fund/eu-loan",
            "active",
        ),
        (
            "Denmark and Norway are also preparing a new defence fund to co-finance drone "
            "production.",
            "fund/defense-fund",
            "planned",
        ),
    ],
)
def test_more_fund_heads_and_status_cues(sentence: str, fund_id: str, wanted: str) -> None:
    claims = funds(sentence)
    assert fund_id in claims, sorted(claims)
    assert status(claims[fund_id]) == wanted


def test_a_loan_from_a_named_lender_is_a_fund() -> None:
    (claim,) = extract(
        "The patrol boats will be paid for with a loan from the Nordic Investment Bank."
    ).claims_of("fund")
    assert claim.subject == "fund/loan"


def test_a_paper_envelope_is_not_a_fund() -> None:
    assert funds("The minister handed Petrenko an envelope with the draft.") == {}


def test_a_named_fund_still_being_negotiated_is_considered() -> None:
    claim = funds(
        "The European Peace Facility top-up was proposed a year ago and is still stuck in "
        "negotiations."
    )["fund/european-peace-facility"]
    assert status(claim) == "considered"


def test_a_fund_that_pays_for_a_planned_deal_exists() -> None:
    (claim,) = extract(
        "Rheinmetall will build 300 howitzers for Ukraine, paid for with a loan from the "
        "Nordic Investment Bank."
    ).claims_of("fund")
    assert status(claim) == "active"


def test_a_budget_that_finances_a_fund_named_by_reference_is_not_a_fund() -> None:
    claims = funds(
        "Denmark and Norway are also preparing a new defence fund for drones. According to "
        "the ministry, the fund would be financed from the Danish state budget and from "
        "partner contributions."
    )
    assert "fund/danish-state-budget" not in claims
    assert status(claims["fund/defense-fund"]) == "planned"
    assert claims["fund/defense-fund"].attributes["financing"].startswith("Danish state budget")


def test_a_fund_purpose_does_not_run_into_the_next_line() -> None:
    claims = funds(
        "A fund for joint production\n\nNorway approved a defence fund for drones in March."
    )
    assert all("norway" not in fund_id for fund_id in claims), sorted(claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional administration allocated 1.2 billion hryvnias from the regional budget "
        "for the purchase of drones this year.",
        "UAH 3.5 billion has been allocated from the reserve fund of the State Budget for "
        "the purchase of drones.",
    ],
)
def test_money_allocated_from_a_fund_is_allocated(sentence: str) -> None:
    found = funds(sentence)
    assert [status(c) for c in found.values()] == ["allocated"]


def test_a_fund_that_exists_without_an_allocation_stays_active() -> None:
    found = funds("The reserve fund of the State Budget financed the purchase of drones last year.")
    assert [status(c) for c in found.values()] == ["active"]


# --- funds named only through a verb and a sum, grants, requests --------------------------------


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "The city council allocated UAH 80 million to a programme for local drone makers.",
            "allocated",
        ),
        (
            "Oslo is setting aside 400 million kroner to buy equipment from Ukrainian plants.",
            "allocated",
        ),
        (
            "Canada pledged CAD 500 million a year to the coalition for artillery shells.",
            "promised",
        ),
        (
            "The Belgian government will give €200 million to finance air-defence production.",
            "announced",
        ),
        ("Japan agreed in May to lend Ukraine about $3 billion for the budget.", "approved"),
        (
            "The partners intend to provide at least €10 billion of military aid to Ukraine.",
            "promised",
        ),
        ("The alliance could channel up to $2bn into local production next year.", "considered"),
    ],
)
def test_a_sum_a_verb_gives_a_purpose_is_a_fund(sentence: str, wanted: str) -> None:
    found = funds(sentence)
    assert [status(c) for c in found.values()] == [wanted], sorted(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company gives €5 million to charity every year.",  # no future, no purpose
        "Will the ministry allocate EUR 50 million to the programme?",  # a question
        "The firm reported revenue of €300 million in 2024.",  # no verb of funding
        "Allies pledge €40bn for Ukraine",  # a headline, not a report
    ],
)
def test_a_sum_without_a_funding_verb_in_a_report_is_not_a_fund(sentence: str) -> None:
    assert not [fund_id for fund_id in funds(sentence) if "of-" in fund_id], sorted(funds(sentence))


def test_a_sum_allocated_to_a_named_fund_is_not_a_second_fund() -> None:
    found = funds("Brussels allocated €500 million under the European Peace Facility last week.")
    assert sorted(found) == ["fund/european-peace-facility"]


def test_a_currency_the_core_leaves_bare_still_counts() -> None:
    found = funds("Stockholm earmarked 300 million kronor for Ukrainian long-range drones.")
    assert [status(c) for c in found.values()] == ["allocated"]


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("Thirty start-ups received grants under the Dronefront cluster in May.", "approved"),
        ("The agency had awarded grants worth UAH 90 million by June.", "allocated"),
        (
            "Several larger grants for serial production have been approved since spring.",
            "approved",
        ),
        ("It runs a platform which will give grants to developers of robots.", "planned"),
        ("Ministry data: grants under Dronefront in July - UAH 120 million.", "approved"),
    ],
)
def test_grants_a_text_reports_as_given_are_funds(sentence: str, wanted: str) -> None:
    found = funds(sentence)
    assert [status(c) for c in found.values()] == [wanted], sorted(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The new law grants tax relief to arms makers.",
        "Researchers often apply for grants from foundations.",
    ],
)
def test_grants_without_money_given_are_not_funds(sentence: str) -> None:
    assert funds(sentence) == {}


def test_a_fund_a_company_applies_for_is_considered() -> None:
    found = funds(
        "The company was applying for a loan from the Nordic Investment Bank to cover the cost."
    )
    assert [status(c) for c in found.values()] == ["considered"]


def test_money_sought_under_an_existing_programme_leaves_it_active() -> None:
    found = funds("The partners applied for support under the European Peace Facility in May.")
    assert status(found["fund/european-peace-facility"]) == "active"
    sought = funds(
        "Poland applied for the reimbursement of € 900 mln from the European Peace Facility."
    )
    assert status(sought["fund/european-peace-facility"]) == "considered"


def test_a_proposal_a_few_words_before_a_named_fund_makes_it_considered() -> None:
    found = funds(
        "A proposal to put €5 billion into a dedicated Ukraine Assistance Fund has stalled."
    )
    assert status(found["fund/ukraine-assistance-fund"]) in ("considered", "proposed")


def test_profits_a_depository_earns_on_frozen_assets_are_a_pool() -> None:
    found = find_described(
        "The Council ruled that the depository must set aside the windfall profits it earns on "
        "immobilised Russian central bank assets."
    )
    assert [d.kind for d in found] == ["pool"]
    assert not find_described("Traders keep the profits they make on Russian oil cargoes.")
