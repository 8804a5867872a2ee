"""The contracts plugin: one example per rule, fixture articles, the seeds, conformance."""

from __future__ import annotations

import json
from pathlib import Path

import defnews_contracts
import pytest
from defnews_contracts.clauses import Clauses

import defnews
from defnews import Claim, Extraction
from tests.plugins_claims import actors, article, run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "claims"


def contracts(body: str | defnews.Article) -> tuple[Claim, ...]:
    return run(body, defnews_contracts).claims_of("contract")


def only(body: str) -> Claim:
    found = contracts(body)
    assert len(found) == 1, [c.evidence.text for c in found]
    return found[0]


def status(claim: Claim) -> str:
    return str(claim.attributes["status"])


# --- what counts as a deal, and its type ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Rheinmetall signed a EUR 250 million contract with Ukraine for 155mm shells.",
            "contract",
        ),
        (
            "Vatra Robotics and Kryla Systems signed a memorandum of understanding on joint "
            "production of reconnaissance drones.",
            "memorandum",
        ),
        (
            "Germany and Ukraine signed a letter of intent to produce drones together.",
            "letter of intent",
        ),
        (
            "Kryla Systems and Nordhavn Defence have set up a joint venture in Lviv to repair "
            "armoured vehicles.",
            "joint venture",
        ),
        ("Kryla Systems won an order for 2,000 drones from the Polish army.", "order"),
        ("Poland and Ukraine signed a defence-industrial agreement in Warsaw.", "agreement"),
        ("Rheinmetall plans to build an ammunition plant in western Ukraine.", "investment"),
        ("Latvia delivered 500 FPV drones to Ukraine last week.", "delivery"),
        ("Norway will donate 20 howitzers to Ukraine.", "delivery"),
        ("Poland ordered 96 attack helicopters from the United States.", "order"),
        (
            "Nordhavn Defence received a licence for the production of military goods "
            "from Denmark.",
            "licence",
        ),
    ],
)
def test_each_kind_of_deal_has_its_type(sentence: str, kind: str) -> None:
    assert only(sentence).attributes["type"] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "In order to speed up deliveries, Ukraine changed its procurement rules.",
        "The minister said the army needs a great deal of ammunition.",
        "Each contract will be approved by the state commission.",
        "Producers could make far more if they received stable contracts from Ukraine.",
        "Q: Will Rheinmetall sign a contract with Ukraine?",
        "Rheinmetall's order backlog stood at about €38 billion at the end of June.",
        "Ivan Petrenko ordered troops to withdraw from the Kharkiv border area.",
        "Ivan Petrenko ordered an investigation into the procurement of winter jackets.",
        "Ukraine will have to deal with Rheinmetall directly, the minister said.",
        "Ukraine and Russia discussed a ceasefire agreement.",
        "A nuclear power plant in Ukraine was shelled overnight.",
    ],
)
def test_no_deal_in_figures_of_speech_rules_and_questions(sentence: str) -> None:
    assert contracts(sentence) == ()


def test_a_deal_needs_a_party() -> None:
    assert contracts("A contract for 155mm shells was signed last week.") == ()


# --- parties ------------------------------------------------------------------------------------


def test_parties_are_the_actors_of_the_clause_without_nationality_adjectives() -> None:
    claim = only("German arms maker Rheinmetall signed a contract with Ukraine for 155mm shells.")
    assert claim.parties == ("org/rheinmetall", "country/UA")


def test_a_place_named_in_the_item_is_a_party() -> None:
    claim = only("Rheinmetall announced plans to establish an ammunition factory in Ukraine.")
    assert claim.parties == ("org/rheinmetall", "country/UA")
    assert claim.item is not None
    assert claim.item.text == "an ammunition factory in Ukraine"


def test_an_official_stands_for_the_government() -> None:
    claim = only(
        "Ukraine and Germany met in Berlin. Ivan Petrenko and Hans Vogel signed a memorandum "
        "on drone production."
    )
    assert claim.parties == ("country/UA", "country/DE")


def test_an_official_whose_country_is_not_named_stays_a_person() -> None:
    claim = only("Ivan Petrenko and Hans Vogel signed a memorandum on drone production.")
    assert claim.parties == ("person/ivan-petrenko", "person/hans-vogel")


def test_the_country_refers_back_to_the_latest_country() -> None:
    text = (
        "Ukraine is seeking more partners abroad. The country has inked numerous contracts "
        "for joint production and technology exchanges with Western allies."
    )
    claim = only(text)
    assert claim.parties == ("country/UA",)
    assert status(claim) == "signed"


def test_the_agency_refers_back_to_the_agency_named_before() -> None:
    text = (
        "The Defence Procurement Agency buys lethal equipment for the army. Last month the "
        "agency signed a contract worth EUR 300 million for 155mm shells with a European "
        "manufacturer."
    )
    claim = only(text)
    assert claim.parties == ("org/defence-procurement-agency",)
    assert claim.amount is not None
    assert claim.amount.currency == "EUR"


def test_the_two_companies_are_the_sides_of_the_previous_deal() -> None:
    text = (
        "Rheinmetall and Kryla Systems have set up a joint venture in Kyiv. In May the two "
        "companies signed a cooperation agreement that paved the way for the venture."
    )
    _venture, agreement = contracts(text)
    assert agreement.attributes["type"] == "agreement"
    assert set(agreement.parties) >= {"org/rheinmetall", "org/kryla-systems"}


def test_it_in_a_company_statement_is_the_company() -> None:
    claim = only("Kryla Systems said that it had won an order for 2,000 drones from Poland.")
    assert claim.parties == ("org/kryla-systems", "country/PL")
    assert claim.speaker == "org/kryla-systems"


def test_a_currency_sign_is_not_a_country() -> None:
    claim = only("Kryla Systems signed a contract worth US$ 40 mln with Poland.")
    assert "country/US" not in claim.parties
    assert claim.amount is not None
    assert claim.amount.currency == "USD"


def test_a_berlin_based_firm_is_not_the_german_government() -> None:
    claim = only("A Berlin-based consultancy signed a contract with Ukraine for drone training.")
    assert claim.parties == ("country/UA",)


# --- item, amount, time, speaker, evidence -----------------------------------------------------


def test_item_amount_and_time_of_a_contract() -> None:
    claim = only(
        "In October the Ministry of Defence of Ukraine signed 11 contracts for a total of "
        "1.2 billion hryvnias for the supply of 82 mm and 120 mm mortar rounds."
    )
    assert claim.item is not None
    assert claim.item.text == "82 mm and 120 mm mortar rounds"
    assert claim.amount is not None
    assert claim.amount.value == 1.2e9
    assert claim.amount.currency == "UAH"
    assert claim.time is not None
    assert claim.time.text.endswith("October")


def test_a_count_is_the_amount_and_the_counted_thing_the_item() -> None:
    claim = only("The Defence Procurement Agency signed a contract for up to 50,000 drones.")
    assert claim.item is not None
    assert claim.item.text == "drones"
    assert claim.amount is not None
    assert claim.amount.value == 50_000


def test_a_calibre_is_part_of_the_item_not_a_count() -> None:
    claim = only("Rheinmetall signed a contract with Ukraine for 155mm shells.")
    assert claim.item is not None
    assert claim.item.text == "155mm shells"
    assert claim.amount is None


def test_speaker_of_a_reported_deal() -> None:
    claim = only(
        "Deputy Defence Minister Ivan Petrenko said that Rheinmetall had signed a contract "
        "with Ukraine for armoured vehicles."
    )
    assert claim.speaker == "person/ivan-petrenko"
    assert claim.parties == ("org/rheinmetall", "country/UA")


def test_evidence_is_the_clause_of_the_deal() -> None:
    text = (
        "Kryla Systems won an order for 300 drones from Poland, and Rheinmetall signed a "
        "contract with Ukraine for 155mm shells."
    )
    order, contract = contracts(text)
    assert order.parties == ("org/kryla-systems", "country/PL")
    assert contract.parties == ("org/rheinmetall", "country/UA")
    assert order.evidence.end <= contract.evidence.start
    for claim in (order, contract):
        assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text


def test_ids_are_stable_across_runs() -> None:
    text = "Rheinmetall signed a contract with Ukraine for 155mm shells."
    assert [c.id for c in contracts(text)] == [c.id for c in contracts(text)]


# --- status ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rheinmetall signed a contract with Ukraine for 155mm shells.", "signed"),
        ("Latvia delivered 500 FPV drones to Ukraine.", "delivered"),
        ("Rheinmetall announced plans to establish an ammunition factory in Ukraine.", "planned"),
        ("Rheinmetall is discussing a plant for 155mm artillery shells in Ukraine.", "considered"),
        (
            "Kryla Systems is in talks with Poland about a licence for local production of "
            "interceptors.",
            "considered",
        ),
        ("Rheinmetall is ready to build a tank factory in Ukraine.", "considered"),
        ("Germany is weighing whether to deliver cruise missiles to Ukraine.", "considered"),
        (
            "The Defence Ministry of Ukraine denied reports that it had signed a contract with "
            "a Turkish broker for mortar rounds.",
            "denied",
        ),
        ("Germany did not sign any contract with Ukraine for cruise missiles.", "denied"),
        (
            "Kryla Systems denied reports that it had pulled out of its planned joint venture "
            "with Vatra Robotics.",
            "planned",
        ),
        ("Ukraine wants at least 10 new joint ventures with Poland this year.", "planned"),
        (
            "The plant, agreed with Rheinmetall in February, is designed to produce shells "
            "in Ukraine.",
            "signed",
        ),
    ],
)
def test_status_from_modality_and_deal_cues(sentence: str, expected: str) -> None:
    claims = contracts(sentence)
    assert [status(c) for c in claims] == [expected]


def test_modality_is_fact_for_signed_and_delivered() -> None:
    assert only("Latvia delivered 500 FPV drones to Ukraine.").modality == "fact"
    assert only("Poland and Ukraine signed an agreement on drones.").modality == "fact"


def test_a_joint_venture_planning_a_plant_is_two_deals() -> None:
    claims = contracts(
        "Joint venture of Kryla Systems and Nordhavn Defence plans to build a second plant "
        "in Denmark."
    )
    assert [(c.attributes["type"], status(c)) for c in claims] == [
        ("joint venture", "signed"),
        ("investment", "planned"),
    ]


def test_a_conditional_order_is_not_a_deal_but_the_offer_is() -> None:
    claims = contracts(
        "Nordhavn Defence is ready to build a third plant in Poland if the Polish government "
        "places a firm order."
    )
    assert [(c.attributes["type"], status(c)) for c in claims] == [("investment", "considered")]


# --- repeats -----------------------------------------------------------------------------------


def test_a_headline_repeating_the_body_gives_one_claim() -> None:
    text = (
        "Poland and Ukraine sign drone agreement\n\n"
        "Poland and Ukraine signed an agreement on joint production of drones on Monday."
    )
    claim = only(text)
    assert claim.evidence.text.startswith("Poland and Ukraine signed an agreement")


def test_a_back_reference_to_the_deal_just_reported_is_not_a_new_deal() -> None:
    text = (
        "The Ministry of Defence of Ukraine concluded contracts worth UAH 20 billion with "
        "domestic producers. According to the minister, the contracts cover armoured vehicles "
        "and drones."
    )
    assert len(contracts(text)) == 1


# --- fixture articles --------------------------------------------------------------------------


def _summary(result: Extraction) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(str(c.attributes["type"]), status(c), c.parties) for c in result.claims_of("contract")]


def test_wire_story(fixtures: Path) -> None:
    result = run(
        defnews.parse_file(fixtures / "claims" / "wire_shells_contract.txt"), defnews_contracts
    )
    assert _summary(result) == [
        ("contract", "signed", ("org/defence-procurement-agency", "org/rheinmetall")),
        ("investment", "planned", ("org/rheinmetall", "country/UA")),
        ("licence", "considered", ("country/UA", "org/kryla-systems", "country/PL")),
        ("delivery", "delivered", ("country/LV", "country/UA")),
        ("contract", "denied", ("country/TR",)),
    ]
    contract = result.claims_of("contract")[0]
    assert contract.amount is not None
    assert contract.amount.value == 420e6
    assert contract.item is not None
    assert contract.item.text == "155mm artillery shells"


def test_translated_article_with_a_truncated_ending(fixtures: Path) -> None:
    result = run(defnews.parse_file(fixtures / "claims" / "truncated_jv.txt"), defnews_contracts)
    assert _summary(result) == [
        ("joint venture", "signed", ("org/kryla-systems", "org/nordhavn-defence", "country/DK")),
        ("investment", "planned", ("org/kryla-systems", "org/nordhavn-defence", "country/DK")),
        ("agreement", "signed", ("org/kryla-systems", "org/nordhavn-defence", "country/DK")),
        # "the first plant ... already transferred more than 3,000 airframes": a delivery
        # (the reporting ministry stands in for the unnamed supplier)
        ("delivery", "delivered", ("org/ministry-of-defence-of-ukraine",)),
        ("investment", "considered", ("org/nordhavn-defence", "country/PL")),
        ("joint venture", "planned", ("org/kryla-systems", "org/vatra-robotics")),
    ]


def test_a_press_release_about_a_fund_has_no_deal(fixtures: Path) -> None:
    result = run(
        defnews.parse_file(fixtures / "claims" / "ministry_release_fund.txt"), defnews_contracts
    )
    assert result.claims_of("contract") == ()


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
    path = next(seeds.glob(f"{prefix}_*.txt"))
    return pipeline.extract(defnews.parse_file(path))


def test_seed_000_factory_and_contracts(seeds: Path, installed: defnews.Pipeline) -> None:
    result = _seed(seeds, "000", installed)
    by_item = {c.item.text: c for c in result.claims_of("contract") if c.item is not None}
    factory = by_item["an ammunition factory in Ukraine"]
    assert factory.modality == "planned"
    assert status(factory) == "planned"
    names = {result.entity(p).name for p in factory.parties if result.entity(p)}
    assert {"Rheinmetall", "Ukraine"} <= names
    allies = by_item["joint production and technology exchanges"]
    assert allies.modality == "fact"
    assert status(allies) == "signed"
    assert [result.entity(p).name for p in allies.parties if result.entity(p)] == ["Ukraine"]


def test_seed_002_has_no_contract(seeds: Path, installed: defnews.Pipeline) -> None:
    assert _seed(seeds, "002", installed).claims_of("contract") == ()


def test_gold_contracts_of_the_seeds_are_found(seeds: Path, installed: defnews.Pipeline) -> None:
    from defnews.evaluation import evaluate, load_gold

    gold = load_gold(seeds / "gold.jsonl")
    results = [installed.extract(defnews.parse_file(seeds / record["file"])) for record in gold]
    score = evaluate(gold, results)["all"]["contracts"]
    assert (score.matched, score.predicted, score.gold) == (2, 2, 2)


# --- plugin conformance ------------------------------------------------------------------------


def test_entry_point_is_declared() -> None:
    assert "contracts" in defnews.Pipeline(["contracts"]).plugin_names


def test_conformance_kit() -> None:
    from defnews.testing import check_plugin

    check_plugin(defnews_contracts, max_examples=25)


def test_claims_only_point_at_known_entities_in_every_fixture(fixtures: Path) -> None:
    pipeline = defnews.Pipeline(plugins=[actors(), defnews_contracts], strict=True)
    for path in sorted((fixtures / "claims").glob("*.txt")):
        result = pipeline.extract(defnews.parse_file(path))
        known = {e.id for e in result.entities}
        for claim in result.claims_of("contract"):
            assert set(claim.parties) <= known
            json.dumps(dict(claim.attributes))  # attributes stay JSON-serialisable


def test_article_helper_parses_the_date() -> None:
    assert article("Text.").date.year == 2024


# --- generalisation rules (wire, translated, trade-press and briefing styles) ----------------


@pytest.mark.parametrize(
    ("sentence", "kind", "wanted"),
    [
        (  # a past signing verb right before the cue decides, whatever follows
            "Kryla Systems and Nordhavn Defence inked a joint venture to make drone engines, "
            "with output expected to begin next year.",
            "joint venture",
            "signed",
        ),
        (  # a participle right after the cue
            "Vatra Robotics will supply 500 drones to Latvia under a contract signed with the "
            "Defence Procurement Agency in March.",
            "contract",
            "signed",
        ),
        (  # an apposition that names a going concern
            "Kryla Systems, a joint venture of Vatra Robotics and Nordhavn Defence, will open a "
            "sales office in Warsaw.",
            "joint venture",
            "signed",
        ),
        (  # a passive denial
            "A long-term contract between Rheinmetall and Ukraine for 155mm shells has not been "
            "signed.",
            "contract",
            "denied",
        ),
        (
            "Talks between Vatra Robotics and Nordhavn Defence ended, and no agreement was "
            "reached on the price of the engines.",
            "agreement",
            "denied",
        ),
        (
            "Nordhavn Defence is exploring a licence deal with Ukraine for drone airframes.",
            "licence",
            "considered",
        ),
    ],
)
def test_status_cues_that_generalise(sentence: str, kind: str, wanted: str) -> None:
    claim = next(c for c in contracts(sentence) if c.attributes["type"] == kind)
    assert status(claim) == wanted


def test_a_joint_company_is_a_joint_venture_and_the_possibility_is_considered() -> None:
    claim = only(
        "Kryla Systems and Vatra Robotics will study the possibility to establish a joint "
        "company in Poland."
    )
    assert (claim.attributes["type"], status(claim)) == ("joint venture", "considered")


def test_the_joint_company_refers_back_and_does_not_outrank_a_licence() -> None:
    claim = only("Rheinmetall has granted the joint company a licence for its fuze design.")
    assert claim.attributes["type"] == "licence"


def test_a_deal_between_two_named_sides_is_kept_without_an_item() -> None:
    claim = only(
        "In Warsaw was signed the letter of intent between Vatra Robotics and the Danish "
        "company Nordhavn Defence."
    )
    assert claim.attributes["type"] == "letter of intent"
    assert {"org/vatra-robotics", "org/nordhavn-defence"} <= set(claim.parties)


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Poland handed over to Ukraine more than 200 tanks since 2022.", "tanks"),
        ("Norway would supply Ukraine with 5,000 drones this year.", "drones"),
        ("Latvia handed over an air defence system earlier this month.", "an air defence system"),
    ],
)
def test_deliveries_with_the_recipient_first_or_a_trailing_time(sentence: str, item: str) -> None:
    claim = only(sentence)
    assert claim.attributes["type"] == "delivery"
    assert claim.item is not None
    assert claim.item.text == item


def test_two_sides_that_agreed_make_an_agreement() -> None:
    claim = only("Warsaw and Kyiv agreed on Friday to speed up joint repair projects.")
    assert claim.attributes["type"] == "agreement"
    assert set(claim.parties) == {"country/PL", "country/UA"}


def test_a_partnership_needs_a_signing_verb() -> None:
    claim = only("Germany and Ukraine signed a long-term security partnership in January.")
    assert claim.attributes["type"] == "agreement"
    assert contracts("Germany praised its partnership with Ukraine.") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The commissioner hopes to have an agreement with Parliament and Council by June.",
        "Ukraine was ready to supply 10,000 drones a year to Denmark.",
    ],
)
def test_legislative_agreements_and_offers_are_not_deals(sentence: str) -> None:
    assert contracts(sentence) == ()


def test_a_promise_reported_with_would_is_promised() -> None:
    claim = only("Vogel promised that Germany would deliver a third air defence system to Ukraine.")
    assert (claim.attributes["type"], status(claim)) == ("delivery", "promised")


def test_a_back_reference_that_reports_the_signing_is_kept() -> None:
    found = contracts(
        "Germany and Ukraine are working on a memorandum on drones. The memorandum, signed in "
        "Kyiv on Friday by Vogel and Petrenko, commits Germany to pay for Ukrainian drones."
    )
    signed = [c for c in found if status(c) == "signed"]
    assert [c.attributes["type"] for c in signed] == ["memorandum"]
    assert "signed in Kyiv" in signed[0].evidence.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Investors will watch whether Ukraine places repeat orders with Kryla Systems.",
        "On the platform, Ukrainian units can order drones tested by Vatra Robotics.",
    ],
)
def test_open_questions_and_abilities_are_not_deals(sentence: str) -> None:
    assert contracts(sentence) == ()


def test_weighing_whether_is_still_a_considered_deal() -> None:
    claim = only("Norway is weighing whether to deliver 20 howitzers to Ukraine.")
    assert status(claim) == "considered"


def test_a_recommendation_to_sign_is_not_a_deal() -> None:
    assert (
        contracts(
            "Poland should stop buying shells one batch at a time and sign multi-year orders "
            "with Rheinmetall, the committee said."
        )
        == ()
    )


def test_a_venture_in_apposition_beside_a_signed_contract_is_two_deals() -> None:
    found = contracts(
        "Kryla Systems, a joint venture of Vatra Robotics and Nordhavn Defence, will supply "
        "2,000 drones to Latvia under a contract signed with the Defence Procurement Agency "
        "last month."
    )
    kinds = sorted((str(c.attributes["type"]), status(c)) for c in found)
    assert kinds == [("contract", "signed"), ("joint venture", "signed")]


def test_a_venture_in_apposition_without_a_second_signing_stays_one_deal() -> None:
    found = contracts(
        "Kryla Systems, a joint venture of Vatra Robotics and Nordhavn Defence, will supply "
        "2,000 drones to Latvia under a contract."
    )
    assert len(found) == 1


def test_a_plan_reported_as_announced_is_announced() -> None:
    claim = only(
        "The ministry announced in February that Rheinmetall would build a plant for 155mm "
        "shells in Ukraine."
    )
    assert (claim.attributes["type"], status(claim)) == ("investment", "announced")


def test_adding_a_production_line_is_an_investment() -> None:
    claim = only("Vatra Robotics plans to add a second assembly line in Latvia by year-end.")
    assert (claim.attributes["type"], status(claim)) == ("investment", "planned")
    assert claim.item is not None
    assert "assembly line" in claim.item.text


def test_added_as_a_reporting_verb_is_not_a_build() -> None:
    assert contracts("Vatra Robotics added that the plant in Latvia runs at full capacity.") == ()


# --- subjects and speakers that point back ------------------------------------------------------


def test_a_company_described_as_speaker_is_the_subject_of_it() -> None:
    text = (
        "Shares in Kryla Systems rose 4% on Tuesday. The company said it is in talks with a "
        "Polish customer about a follow-on order worth up to EUR 90 million."
    )
    claim = only(text)
    assert "org/kryla-systems" in claim.parties
    assert claim.speaker == "org/kryla-systems"
    assert status(claim) == "considered"


def test_we_said_by_an_official_is_their_government() -> None:
    claim = only('"We are discussing a joint venture with Rheinmetall," Petrenko said in Kyiv.')
    assert set(claim.parties) == {"country/UA", "org/rheinmetall"}


def test_a_passive_deal_reported_by_an_official_includes_their_government() -> None:
    text = (
        "Ukraine hosted an arms fair. About 15 agreements were signed during the day with "
        "companies from Poland and Latvia, Bilyk said."
    )
    claim = only(text)
    assert "country/UA" in claim.parties


def test_an_active_deal_reported_by_an_official_keeps_its_own_sides() -> None:
    text = (
        "Ukraine hosted an arms fair. Bilyk said Kryla Systems had signed a contract with "
        "Latvia for 500 drones."
    )
    assert only(text).parties == ("org/kryla-systems", "country/LV")


def test_a_coordinated_clause_without_subject_shares_the_first_actor() -> None:
    text = (
        "Kryla Systems has signed a letter of intent with Latvia to supply drone engines, "
        "and is exploring a licence that would let Polish plants build the airframes."
    )
    found = contracts(text)
    licence = [c for c in found if c.attributes["type"] == "licence"]
    assert len(licence) == 1
    assert licence[0].parties[0] == "org/kryla-systems"
    assert status(licence[0]) == "considered"


def test_a_clause_with_its_own_subject_does_not_share_the_first_actor() -> None:
    text = (
        "Kryla Systems opened an office in Riga, and Nordhavn Defence signed a contract with "
        "Latvia for 40 radars."
    )
    claim = only(text)
    assert "org/kryla-systems" not in claim.parties


# --- pledges and appeals ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Last spring Germany promised Ukraine 18 self-propelled howitzers.",
        "The Danish government pledged 20 Leopard tanks to Ukraine in May.",
        "Vogel said Germany would hand over another air defence system to Ukraine by winter.",
        "Kryla Systems pledged to deliver the remaining drones to Latvia by the summer.",
    ],
)
def test_pledged_deliveries_are_promised(sentence: str) -> None:
    claim = only(sentence)
    assert (claim.attributes["type"], status(claim)) == ("delivery", "promised")


def test_a_company_future_delivery_under_contract_stays_planned() -> None:
    claim = only("Kryla Systems will supply 2,000 drones to Latvia next year.")
    assert status(claim) == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "Petrenko has promised a new round of grant calls in the autumn for Ukraine.",
        "Germany and Denmark each pledged a similar amount within weeks.",
        "Germany was pledged support by its allies.",
    ],
)
def test_pledges_of_intentions_or_money_are_not_deliveries(sentence: str) -> None:
    assert contracts(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "In May Petrenko called the partners to invest $6 billion into drone production in "
        "Ukraine.",
        "Vogel urged German companies to build ammunition plants in Ukraine.",
        "Petrenko called on Rheinmetall to sign a contract for 155mm shells.",
    ],
)
def test_an_appeal_to_deal_is_not_a_deal(sentence: str) -> None:
    assert contracts(sentence) == ()


def test_a_plan_reported_by_a_press_service_is_not_an_appeal() -> None:
    claim = only("The press service said Rheinmetall plans to build a shell plant in Ukraine.")
    assert claim.attributes["type"] == "investment"


# --- transcripts --------------------------------------------------------------------------------


def test_we_on_a_transcript_line_is_the_labelled_official_or_the_company() -> None:
    text = (
        "Kryla Systems makes interceptors. Its chief executive spoke to us, and so did "
        "Deputy Minister Ivan Petrenko.\n\n"
        "Q: Are you talking to other partners?\n\n"
        "A: We are in talks with a Polish company about a licence for our interceptor.\n\n"
        "QUESTION (Radio Kyiv): Is there progress on the plant?\n\n"
        "PETRENKO: We are discussing a joint venture with Rheinmetall."
    )
    licence, venture = contracts(text)
    assert licence.parties[0] == "org/kryla-systems"
    assert set(venture.parties) == {"country/UA", "org/rheinmetall"}


def test_we_in_a_question_is_nobody() -> None:
    text = (
        "Kryla Systems makes interceptors.\n\n"
        "Q: Should we expect a licence deal with a Polish company soon?"
    )
    assert contracts(text) == ()


# --- counted deals, generic phrases and page clutter -------------------------------------------


def test_a_number_of_deals_wanted_is_a_planned_deal() -> None:
    claim = only("Ukraine said that it wants at least 10 new joint ventures abroad this year.")
    assert (claim.attributes["type"], status(claim)) == ("joint venture", "planned")


def test_a_deal_without_number_verb_or_item_is_not_anchored() -> None:
    assert contracts("Ukraine said that it wants new joint ventures.") == ()


def test_of_all_types_is_not_a_rule_about_every_contract() -> None:
    text = (
        "According to the Ministry of Defence of Ukraine, more than 900,000 drones of all types "
        "were contracted since January."
    )
    assert only(text).parties == ("org/ministry-of-defence-of-ukraine",)


@pytest.mark.parametrize(
    "text",
    [
        "Kryla Systems opened a new site.\n\nRelated stories:\n» Rheinmetall and Ukraine: what "
        "the joint venture will do\n» Kyiv wants arms makers to open factories in Ukraine\n",
        "Kryla Systems opened a new site.\n\nRelated: Rheinmetall signs a contract with "
        "Ukraine for shells\n",
    ],
)
def test_links_to_other_stories_are_not_deals(text: str) -> None:
    assert contracts(text) == ()


def test_a_quoted_guillemet_inside_a_line_is_not_a_link_list() -> None:
    text = "Kryla Systems said «we signed a contract with Poland for 300 drones» on Monday."
    assert only(text).attributes["type"] == "contract"


def test_a_purchase_that_sides_are_considering_is_a_considered_deal() -> None:
    claim = only("Poland and Latvia are considering joint purchases of Kryla Systems drones.")
    assert (claim.attributes["type"], status(claim)) == ("purchase", "considered")


def test_a_purchase_noun_without_an_act_is_not_a_deal() -> None:
    assert contracts("Poland and Latvia praised joint purchases of drones.") == ()


@pytest.mark.parametrize("count", ["100", "2,500", "7"])
def test_a_recipient_before_a_count_of_any_length_is_a_party(count: str) -> None:
    claim = only(
        f"Germany will deliver to Ukraine {count} Skyranger air defence systems next year."
    )
    assert set(claim.parties) == {"country/DE", "country/UA"}


def test_clause_offsets_hold_when_lower_casing_grows_a_letter() -> None:
    text = (
        "İstanbul-based Baykar said it would build a plant in Ukraine but the Ukrainian side "
        "said that the contract was not signed."
    )
    side = text.index("side")
    start, _end = Clauses(text).around(side, side + 4, 0, len(text))
    assert text[start:].startswith("the Ukrainian side")  # "İ" lower-cases to two characters


# --- procurement as a purchase cue --------------------------------------------------------


def test_a_government_that_will_procure_goods_plans_a_purchase() -> None:
    claim = only("The Dutch government will procure 300 Vatra Robotics ground robots for Ukraine.")
    assert (claim.attributes["type"], status(claim)) == ("purchase", "planned")
    assert "country/UA" in claim.parties


def test_a_joint_procurement_that_delivered_rounds_is_a_delivered_deal() -> None:
    claim = only(
        "The joint procurement of 155mm shells by Poland and Latvia delivered 20,000 rounds, "
        "the ministry said."
    )
    assert status(claim) == "delivered"
    assert set(claim.parties) == {"country/PL", "country/LV"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Procurement rules in the European Union remain slow, analysts said.",
        "Latvia has reformed its procurement agency.",
    ],
)
def test_procurement_as_a_practice_is_not_a_deal(sentence: str) -> None:
    assert contracts(sentence) == ()
