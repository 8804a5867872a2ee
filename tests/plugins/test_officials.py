"""The officials plugin: data, titled introductions, coreference, roles, and what it must not do."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from defnews_officials import data, defnews_role_at
from defnews_officials.roles import compatible, matches_any

import defnews
from defnews import Extraction
from tests.plugins import actor_article, people, run, texts

# --- the data -------------------------------------------------------------------------------


def test_every_data_id_follows_the_slug_rule() -> None:
    for record in data.load_lines():
        assert record["id"] == data.person_id(record["name"]), record["name"]


def test_slug_rule_folds_letters_and_drops_apostrophes() -> None:
    assert data.ascii_slug("Bjørn Arild Gram") == "bjorn-arild-gram"
    assert data.ascii_slug("Robert O'Brien") == "robert-obrien"
    assert data.ascii_slug("Radosław Sikorski") == "radoslaw-sikorski"
    assert data.ascii_slug("Charles Q. Brown Jr.") == "charles-q-brown-jr"


def test_data_roles_are_dated_and_ordered() -> None:
    for entry in data.entries():
        for role in entry.roles:
            if role.start and role.end:
                assert role.start <= role.end, (entry.id, role)


def test_role_at_answers_from_the_data() -> None:
    assert defnews_role_at("person/rustem-umerov", dt.date(2024, 2, 29)) == "Defence Minister"
    assert defnews_role_at("person/rustem-umerov", dt.date(2022, 12, 1)) == (
        "Head of the State Property Fund"
    )
    assert defnews_role_at("person/ivan-havryliuk", dt.date(2019, 1, 1)) is None
    assert defnews_role_at("org/rheinmetall", dt.date(2024, 1, 1)) is None


def test_gazetteer_entries_are_officials_with_aliases_and_short_forms() -> None:
    zelenskyy = data.entry("person/volodymyr-zelenskyy")
    assert zelenskyy is not None
    assert zelenskyy.kind == "official"
    assert "Volodymyr Zelenskiy" in zelenskyy.aliases
    assert {"Zelenskyy", "Zelensky", "Zelenskiy"} <= set(zelenskyy.short)


def test_data_file_is_json_lines_with_the_documented_keys() -> None:
    keys = {"id", "name", "country", "aliases", "short", "roles"}
    for record in data.load_lines():
        assert keys <= set(record), record["id"]
        json.dumps(record)


# --- known people ---------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["Zelenskiy", "Zelenskyy", "Zelensky"])
def test_transliterations_share_one_id_and_role(spelling: str) -> None:
    result = run(f"President Volodymyr {spelling} visited a tank repair plant on Friday.")
    person = people(result)["person/volodymyr-zelenskyy"]
    assert person.role == "President"
    assert person.country == "Ukraine"
    assert person.kind == "official"


def test_role_from_data_when_the_text_states_none() -> None:
    result = run("Rustem Umerov met arms makers in Kyiv on Tuesday.", date="2024-02-29")
    umerov = people(result)["person/rustem-umerov"]
    assert umerov.role == "Defence Minister"
    assert umerov.attributes["role_source"] == "data"


def test_bare_head_takes_the_fuller_data_role() -> None:
    result = run("Minister Smetanin said recently that output could double.", date="2024-12-10")
    smetanin = people(result)["person/herman-smetanin"]
    assert smetanin.role == "Minister for Strategic Industries"
    assert smetanin.attributes["text_role"] == "Minister"


def test_stated_role_wins_and_a_conflict_is_recorded() -> None:
    result = run("Foreign Minister Rustem Umerov also attended the briefing.", date="2025-03-10")
    umerov = people(result)["person/rustem-umerov"]
    assert umerov.role == "Foreign Minister"
    assert umerov.attributes["role_source"] == "text"
    conflicts = [d for d in result.diagnostics if d.code == "role-conflict"]
    assert len(conflicts) == 1
    assert conflicts[0].plugin == "officials"


def test_equivalent_wording_is_not_a_conflict() -> None:
    body = (
        "The Minister of Defence of Ukraine Rustem Umerov took part in the meeting. "
        "Secretary of State for Defence of the United Kingdom John Healey chaired it."
    )
    result = run(body, date="2025-02-12")
    assert not [d for d in result.diagnostics if d.code == "role-conflict"]
    umerov = people(result)["person/rustem-umerov"]
    assert umerov.role == "Minister of Defence"
    assert umerov.country == "Ukraine"


def test_surname_of_another_first_name_is_another_person() -> None:
    result = run("Jill Biden opened the exhibition in Kyiv on Sunday.")
    found = people(result)
    assert "person/joe-biden" not in found
    assert texts(found["person/jill-biden"]) == ["Jill Biden"]


# --- people introduced by a title -----------------------------------------------------------


def test_unknown_official_introduced_by_title() -> None:
    result = defnews.extract(actor_article("unknown_officials.txt"))
    levchenko = people(result)["person/oksana-levchenko"]
    assert levchenko.kind == "official"
    assert levchenko.role == "Deputy Minister for Strategic Industries"
    assert levchenko.attributes["role_source"] == "text"
    assert texts(levchenko)[:2] == ["Oksana Levchenko", "Levchenko"]


def test_country_comes_from_the_title() -> None:
    result = defnews.extract(actor_article("unknown_officials.txt"))
    kalnins = people(result)["person/arvis-kalnins"]
    assert kalnins.role == "Deputy Defence Minister"
    assert kalnins.country == "Latvia"


def test_apposition_with_department_and_organization() -> None:
    result = defnews.extract(actor_article("unknown_officials.txt"))
    bondar = people(result)["person/dmytro-bondar"]
    assert bondar.role == "Head of the Contracts Department at the Defence Procurement Agency"
    assert bondar.attributes["org"] == "Defence Procurement Agency"
    assert bondar.kind == "official"  # a department head at a state agency


def test_title_comma_name() -> None:
    body = (
        "Ukraine's Minister for Strategic Industries, Oleksandr Kamyshin, called the deal a "
        "signal. Rheinmetall's CEO, Armin Papperger, said work would start within weeks."
    )
    result = run(body, date="2023-10-25")
    found = people(result)
    assert found["person/oleksandr-kamyshin"].role == "Minister for Strategic Industries"
    papperger = found["person/armin-papperger"]
    assert papperger.kind == "person"
    assert papperger.role == "CEO"
    assert papperger.attributes["org"] == "Rheinmetall"


def test_company_name_before_a_corporate_title() -> None:
    result = defnews.extract(actor_article("company_people.txt"))
    found = people(result)
    solberg = found["person/ingrid-solberg"]
    assert solberg.role == "Chief Executive"
    assert solberg.attributes["org"] == "Fjordline Munitions"
    assert found["person/pieter-vos"].role == "Chief Financial Officer"
    assert found["person/andriy-kovalenko"].attributes["org"] == "Skyraven"
    assert texts(found["person/andriy-kovalenko"]) == ["Andriy Kovalenko", "Kovalenko"]


def test_known_person_after_a_title_with_an_organization() -> None:
    result = run("General Director of Ukroboronprom Oleh Huliak visited the plant.", "2025-01-10")
    huliak = people(result)["person/oleh-huliak"]
    assert huliak.role == "General Director of Ukroboronprom"
    assert huliak.attributes["org"] == "Ukroboronprom"
    assert huliak.kind == "person"  # the head of a state-owned company holds no public office
    assert not [d for d in result.diagnostics if d.code == "role-conflict"]


def test_appointed_and_now_clauses_state_roles() -> None:
    body = (
        "Shmyhal's predecessor, Rustem Umerov, now Secretary of the National Security and "
        "Defense Council, is leading talks with Washington."
    )
    umerov = people(run(body, date="2025-09-17"))["person/rustem-umerov"]
    assert umerov.role == "Secretary of the National Security and Defense Council"


def test_military_rank_is_not_a_role() -> None:
    body = (
        "Colonel General Oleksandr Syrskyi, appointed commander-in-chief of Ukraine's armed "
        "forces on Feb. 8, said shells were short."
    )
    syrskyi = people(run(body, date="2024-02-28"))["person/oleksandr-syrskyi"]
    assert syrskyi.attributes["rank"] == "Colonel General"
    assert syrskyi.role == "Commander-in-Chief of Ukraine's Armed Forces"  # as written
    assert syrskyi.attributes["org"] == "Armed Forces of Ukraine"


def test_untitled_name_with_a_known_given_name() -> None:
    result = run("We spoke to drone maker Taras Melnyk about exports. Melnyk was blunt.")
    melnyk = people(result)["person/taras-melnyk"]
    assert melnyk.kind == "person"
    assert texts(melnyk) == ["Taras Melnyk", "Melnyk"]


def test_unknown_person_id_is_stable_across_articles() -> None:
    first = run("Deputy Defence Minister Ivanna Kostiuk signed the memorandum.")
    second = run("Ivanna Kostiuk, a deputy defence minister, visited Oslo.", date="2025-05-01")
    assert "person/ivanna-kostiuk" in people(first)
    assert "person/ivanna-kostiuk" in people(second)


# --- coreference ----------------------------------------------------------------------------


def test_surname_after_full_mention_joins_the_entity() -> None:
    body = (
        "Mykhailo Fedorov, the Minister of Digital Transformation, announced new grants. "
        "Most of the money went to drone makers, Fedorov said."
    )
    fedorov = people(run(body, date="2024-06-13"))["person/mykhailo-fedorov"]
    assert texts(fedorov) == ["Mykhailo Fedorov", "Fedorov"]
    assert fedorov.role == "Minister of Digital Transformation"


def test_surname_before_any_full_mention_is_not_taken() -> None:
    result = run("Brenner said talks went well. Later, Lukas Brenner, a consultant, left.")
    brenner = people(result)["person/lukas-brenner"]
    assert texts(brenner) == ["Lukas Brenner"]


def test_role_reference_resolves_to_latest_fitting_person() -> None:
    body = (
        "The Minister of Defence of Ukraine Rustem Umerov met Secretary of State for Defence "
        "John Healey. During the meeting, the Minister informed partners about the front."
    )
    found = people(run(body, date="2025-02-12"))
    assert "the Minister" in texts(found["person/rustem-umerov"])
    assert "the Minister" not in texts(found["person/john-healey"])


def test_role_reference_with_a_country_picks_that_country() -> None:
    body = (
        "Minister of Defence of Ukraine Rustem Umerov met the Minister of Defence of Denmark "
        "Troels Lund Poulsen. The Minister of Defence of Ukraine also met the press."
    )
    found = people(run(body, date="2025-02-12"))
    assert "The Minister of Defence of Ukraine" in texts(found["person/rustem-umerov"])


def test_company_role_reference() -> None:
    body = (
        "Skyraven's CEO, Andriy Kovalenko, presented the drone. Asked about exports, the "
        "company's CEO said the licence was pending."
    )
    kovalenko = people(run(body))["person/andriy-kovalenko"]
    assert "the company's CEO" in texts(kovalenko)


# --- what must not become a person ----------------------------------------------------------


def test_no_person_from_headings_or_sentence_starts() -> None:
    body = (
        "Strategic Shift Towards Domestic Production\n\n"
        "Meanwhile Rheinmetall expanded. Notably, German defense giant Rheinmetall announced "
        "plans. Kyiv Post reported it. Challenges and Future Prospects remain.\n\n"
        "Frequently Asked Questions"
    )
    assert people(run(body)) == {}


def test_no_person_from_an_organization_name() -> None:
    body = (
        "Nordhavn Defence CEO Soren Holm said Kryla Systems would supply engines. "
        "Taras Shevchenko University hosted the event."
    )
    found = people(run(body))
    assert set(found) == {"person/soren-holm"}
    assert found["person/soren-holm"].attributes["org"] == "Nordhavn Defence"


def test_indefinite_titles_are_not_references() -> None:
    body = "Defence Minister Rustem Umerov spoke first. A ministry spokesman said no more."
    umerov = people(run(body, date="2024-03-01"))["person/rustem-umerov"]
    assert texts(umerov) == ["Rustem Umerov"]


# --- roles compared -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "known", "same"),
    [
        ("Minister of Defence", "Defence Minister", True),
        ("Defense Minister", "Defence Minister", True),
        ("Deputy Defence Minister", "Defence Minister", False),
        ("Secretary of State for Defence", "Defence Secretary", True),
        ("Commission President", "President of the European Commission", True),
        ("Foreign Minister", "Defence Minister", False),
        ("Vice Prime Minister", "Deputy Prime Minister", True),
        ("Prime Minister", "Minister for Strategic Industries", False),
    ],
)
def test_role_compatibility(stated: str, known: str, same: bool) -> None:
    assert compatible(stated, known) is same


def test_joined_roles_must_each_fit() -> None:
    held = ["Minister of Digital Transformation", "Deputy Prime Minister"]
    assert matches_any("Vice Prime Minister and Minister of Digital Transformation", held)
    assert not matches_any("Prime Minister and Minister of Digital Transformation", held)


# --- the seeds ------------------------------------------------------------------------------


def _seed(seeds: object, name: str) -> Extraction:
    from pathlib import Path

    assert isinstance(seeds, Path)
    return defnews.extract(defnews.parse_file(seeds / name), plugins=["officials", "organizations"])


def test_seed_000_officials(seeds: object) -> None:
    found = people(_seed(seeds, "000_e5330e9d66f18cb1.txt"))
    assert found["person/volodymyr-zelenskyy"].role == "President"
    havryliuk = found["person/ivan-havryliuk"]
    assert havryliuk.role == "Deputy Defence Minister"
    assert texts(havryliuk) == ["Ivan Havryliuk", "Havryliuk"]
    assert found["person/rustem-umerov"].role == "Defence Minister"
    assert set(found) == {
        "person/volodymyr-zelenskyy",
        "person/ivan-havryliuk",
        "person/rustem-umerov",
    }


def test_seed_002_same_id_as_000(seeds: object) -> None:
    found = people(_seed(seeds, "002_07d339b944c374a7.txt"))
    assert set(found) == {"person/volodymyr-zelenskyy"}
    zelenskyy = found["person/volodymyr-zelenskyy"]
    assert zelenskyy.role == "President"
    assert texts(zelenskyy)[0] == "Volodymyr Zelenskyy"
    assert "Zelenskyy" in texts(zelenskyy)


def test_conformance_kit() -> None:
    from defnews.testing import check_plugin

    check_plugin("officials", with_plugins=("organizations",), max_examples=20)


def test_possessive_country_inside_a_complement_is_dropped() -> None:
    body = "Oleh Marchenko, appointed commander-in-chief of Ukraine's navy on Monday, spoke."
    marchenko = people(run(body))["person/oleh-marchenko"]
    assert marchenko.role == "Commander-in-Chief of Navy"
    assert marchenko.country == "Ukraine"


# --- private roles, committee members, joint titles, credit lines, unsortable titles -------


def _kinds(body: str, date: str = "2025-03-05") -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.kind, e.role) for e in people(run(body, date)).values()}


def test_an_economist_or_analyst_is_a_person_even_with_a_public_word() -> None:
    found = _kinds(
        "From Lisbon we have the defence economist Henrik Dahl. Later, security analyst "
        "Marta Kowalczyk joined."
    )
    assert found["Henrik Dahl"] == ("person", "Defence Economist")
    assert found["Marta Kowalczyk"][0] == "person"


def test_a_member_of_a_parliamentary_committee_is_an_official() -> None:
    found = _kinds(
        "'The orders are not there,' said Catherine Hollis, a member of parliament's defence "
        "committee. Ivan Petrenko, a board member of Kryla Systems, disagreed."
    )
    kind, role = found["Catherine Hollis"]
    assert kind == "official"
    assert role is not None
    assert role.lower() == "member of parliament's defence committee"
    assert found["Ivan Petrenko"][0] == "person"


def test_a_joint_office_listed_with_a_comma_is_one_role() -> None:
    found = _kinds(
        "The document was signed in the presence of Deputy Prime Minister, Minister of "
        "National Defence Tadeusz Wrona."
    )
    assert found["Tadeusz Wrona"] == (
        "official",
        "Deputy Prime Minister, Minister of National Defence",
    )


def test_a_name_before_a_comma_is_not_a_joint_office() -> None:
    found = _kinds("Ivan Petrenko, Minister of Defence Oleh Kovalenko and others met.")
    assert found["Oleh Kovalenko"] == ("official", "Minister of Defence")


@pytest.mark.parametrize(
    "body",
    [
        "Text of the story.\n\n(Reporting by Ivan Petrenko; Editing by Clare Whitmore)",
        "OPINION\n\nBy Clare Whitmore\n\nThe frozen assets could arm Ukraine.",
        "[Photo: ministers arrive. Photo credit: Clare Whitmore / Polar Images]",
    ],
)
def test_credit_lines_name_their_authors(body: str) -> None:
    assert _kinds(body).get("Clare Whitmore") == ("person", None)


def test_by_inside_a_sentence_is_not_a_credit() -> None:
    assert "Clare Whitmore" not in _kinds("The budget was approved by Clare Whitmore yesterday.")


def test_two_titles_at_one_offset_do_not_break_the_article() -> None:
    result = run(
        "A: Politically, Mykhailo Fedorov, the deputy prime minister who also heads the digital "
        "transformation ministry. Fedorov said in March that grants would grow.",
        "2025-04-15",
    )
    assert not [d for d in result.diagnostics if d.code == "plugin-raised"]
    assert "person/mykhailo-fedorov" in people(result)


def test_who_heads_a_public_department_gives_an_official_with_that_role() -> None:
    found = _kinds(
        "Production will double.\n\nOksana Melnyk, who heads the Department of Defence "
        "Procurement Policy of the Ministry, said that 20 companies had applied."
    )
    assert found["Oksana Melnyk"] == (
        "official",
        "head of the Department of Defence Procurement Policy",
    )


def test_who_heads_adds_a_role_to_a_name_introduced_by_a_rank() -> None:
    found = _kinds(
        "Colonel Piotr Nowak, who heads the Department of Armaments Policy of the Ministry, "
        "said the first deliveries would come in June."
    )
    assert found["Piotr Nowak"] == ("official", "head of the Department of Armaments Policy")


def test_who_runs_an_unnamed_body_gives_no_role() -> None:
    found = _kinds("Ivan Petrenko, who runs the Kryla Systems plant in Lviv, said so.")
    assert found["Ivan Petrenko"] == ("person", None)


# --- compound and lower-case titles -----------------------------------------------------------


def test_title_comma_name_with_an_open_lower_case_complement() -> None:
    body = (
        "According to the head of the Kherson regional military administration, Petro "
        "Danylchuk, the repair yard will reopen in May."
    )
    found = people(run(body))["person/petro-danylchuk"]
    assert found.kind == "official"
    assert found.role == "Head of the Kherson Regional Military Administration"


def test_open_complement_stops_at_a_clause_word() -> None:
    body = "The head of the plant said on Monday, Petro Danylchuk reported, that work resumed."
    found = people(run(body)).get("person/petro-danylchuk")
    assert found is None or found.role is None or "Plant" not in found.role


def test_apposition_with_an_open_complement_keeps_it_in_the_role() -> None:
    body = (
        "Ostap Hrytsai, head of the parliamentary committee on national security, said the "
        "bill would pass."
    )
    found = people(run(body))["person/ostap-hrytsai"]
    assert found.kind == "official"
    assert found.role == "Head of the Parliamentary Committee on National Security"


def test_open_apposition_does_not_swallow_a_day() -> None:
    body = "Ostap Hrytsai, head of the delegation on Monday, said the talks went well."
    found = people(run(body))["person/ostap-hrytsai"]
    assert found.role is None or "Monday" not in found.role


def test_lower_case_modifier_run_reaches_its_head() -> None:
    body = "Ivan Kovalchuk, the deputy prime minister, opened the plant."
    found = people(run(body))["person/ivan-kovalchuk"]
    assert found.kind == "official"
    assert found.role == "Deputy Prime Minister"


def test_a_deputy_before_a_name_stays_a_deputy_title() -> None:
    body = "Deputy Minister of Strategic Industries Ivan Kovalchuk opened the plant."
    found = people(run(body))["person/ivan-kovalchuk"]
    assert found.role == "Deputy Minister of Strategic Industries"


def test_the_countrys_minister_is_a_public_office_both_ways() -> None:
    before = people(run("The country's defence minister, Ivan Kovalchuk, visited Lviv."))
    after = people(run("Ivan Kovalchuk, the country's defence minister, visited Lviv."))
    for found in (before["person/ivan-kovalchuk"], after["person/ivan-kovalchuk"]):
        assert found.kind == "official"
        assert found.role == "Defence Minister"


def test_the_companys_executive_stays_a_private_person() -> None:
    body = "Ivan Kovalchuk, the company's chief executive, visited Lviv."
    found = people(run(body))["person/ivan-kovalchuk"]
    assert found.kind == "person"
    assert found.role == "Chief Executive"


def test_a_capitalised_particle_inside_a_name() -> None:
    body = "Foreign Minister Pieter De Smedt said Belgium would sign. De Smedt spoke in Ghent."
    assert "person/pieter-de-smedt" in people(run(body))


def test_a_trailing_particle_is_not_part_of_the_name() -> None:
    body = "Analyst Pieter Peeters De said nothing about the order."
    assert "person/pieter-peeters" in people(run(body))


def test_belgian_officials_of_the_data() -> None:
    assert defnews_role_at("person/bart-de-wever", dt.date(2025, 6, 1)) == "Prime Minister"
    assert defnews_role_at("person/theo-francken", dt.date(2025, 6, 1)) == "Defence Minister"
    assert defnews_role_at("person/bart-de-wever", dt.date(2024, 6, 1)) != "Prime Minister"


# --- deputies, former offices, open complements, envoys, bylines -----------------------------


def test_his_first_deputy_takes_the_office_of_the_official_before() -> None:
    body = (
        "Defence Minister Rustem Umerov said the ministry would buy more shells. "
        "Ivan Havryliuk, his first deputy, said talks with partners continued."
    )
    found = people(run(body, date="2024-08-01"))["person/ivan-havryliuk"]
    assert found.role == "First Deputy Defence Minister"


def test_a_deputy_of_an_unnamed_person_stays_a_deputy() -> None:
    body = "The plant was inspected on Monday. His deputy, Taras Bondar, said output would rise."
    found = people(run(body))["person/taras-bondar"]
    assert found.role == "Deputy"


def test_a_former_office_from_the_data_when_the_text_names_none() -> None:
    body = "Rustem Umerov, who replaced Oleksii Reznikov, promised audits of every contract."
    found = people(run(body, date="2024-02-29"))
    assert found["person/oleksii-reznikov"].role == "former Defence Minister"
    assert found["person/rustem-umerov"].role == "Defence Minister"


def test_a_former_office_of_an_international_body_names_the_body() -> None:
    body = "Mark Rutte took over from Jens Stoltenberg at the start of the month."
    found = people(run(body, date="2024-10-20"))["person/jens-stoltenberg"]
    assert found.role == "former NATO Secretary General"


def test_a_lower_case_title_with_an_open_complement_before_a_name() -> None:
    body = (
        "The head of the district state administration Ivan Petrenko said the money was "
        "already spent. The chair of the city council Olha Marchuk added that drones come first."
    )
    found = people(run(body))
    assert found["person/ivan-petrenko"].kind == "official"
    assert found["person/ivan-petrenko"].role == "Head of the District State Administration"
    assert found["person/olha-marchuk"].role == "Chair of the City Council"


def test_an_open_complement_ending_in_a_verb_is_no_title() -> None:
    body = "The head of the delegation met Ivan Petrenko in Lviv on Tuesday."
    found = people(run(body))["person/ivan-petrenko"]
    assert found.role is None


def test_an_ambassador_to_a_country_keeps_the_country_in_the_role() -> None:
    before = people(run("Ambassador to Germany Oleksii Makeiev said the talks went well."))
    after = people(run("Poland's envoy to NATO, Jacek Najder, said the allies agreed."))
    assert before["person/oleksii-makeiev"].role == "Ambassador to Germany"
    assert before["person/oleksii-makeiev"].kind == "official"
    assert after["person/jacek-najder"].role == "Envoy to NATO"
    assert after["person/jacek-najder"].country == "Poland"


def test_a_letter_to_a_person_is_no_posting() -> None:
    found = people(run("The minister sent a letter to Ivan Petrenko on Monday."))
    assert found["person/ivan-petrenko"].role is None


def test_federal_stays_in_a_title() -> None:
    body = "Federal Chancellor Friedrich Merz received the delegation in Berlin."
    found = people(run(body, date="2025-06-01"))["person/friedrich-merz"]
    assert found.role == "Federal Chancellor"


@pytest.mark.parametrize("spelling", ["Rustem Umjerow", "Rustem Umierow"])
def test_german_and_polish_spellings_of_a_minister(spelling: str) -> None:
    found = people(run(f"{spelling} signed the declaration in Berlin.", date="2025-05-29"))
    assert found["person/rustem-umerov"].role == "Defence Minister"


def test_a_name_only_in_a_read_also_line_is_not_in_the_article() -> None:
    body = (
        "Kyiv ordered more shells on Monday.\n\n"
        "Read also: Zelensky: Ukraine needs more air defence\n\n"
        "The order is worth UAH 2 billion."
    )
    assert "person/volodymyr-zelenskyy" not in people(run(body))


def test_a_name_in_a_read_also_line_and_in_the_text_stays() -> None:
    body = "Read also: Zelensky visits Odesa\n\nPresident Volodymyr Zelensky opened the plant."
    found = people(run(body))["person/volodymyr-zelenskyy"]
    assert texts(found) == ["Volodymyr Zelensky"]


def test_bylines_after_a_date_and_after_and() -> None:
    body = (
        "REGION ONLINE\n\nDrones for the brigades\n\n22 August 2024, 17:40 | Oksana Marchuk\n\n"
        "Live coverage by Eva Kranz and Nils Berg\n\nThe council voted on Tuesday."
    )
    found = people(run(body))
    assert {"person/oksana-marchuk", "person/eva-kranz", "person/nils-berg"} <= set(found)


def test_a_menu_line_with_a_pipe_is_no_byline() -> None:
    body = "KYIV NEWS\n\nMain | Region | Oksana Marchuk\n\nThe council voted on Tuesday."
    assert not people(run(body))


def test_a_company_boss_hyphenated_before_a_name() -> None:
    body = "Rheinmetall-boss Armin Papperger said the plant could open within a year."
    assert "person/armin-papperger" in people(run(body))


def test_a_city_before_mayor_or_governor_stays_in_the_role() -> None:
    mayor = people(run("Odesa mayor Hennadii Trukhanov signed the land lease."))
    governor = people(run("Texas Governor Greg Abbott visited the plant."))
    assert mayor["person/hennadii-trukhanov"].role == "Odesa Mayor"
    assert mayor["person/hennadii-trukhanov"].kind == "official"
    assert governor["person/greg-abbott"].role == "Texas Governor"


def test_a_day_before_mayor_is_no_city() -> None:
    found = people(run("On Monday Mayor Serhiy Ostapenko opened the shelter."))
    assert found["person/serhiy-ostapenko"].role == "Mayor"


def test_two_offices_joined_by_a_dash_make_one_role() -> None:
    body = "The First vice prime minister – Minister of economy Oksana Petrenko wrote on Telegram."
    found = people(run(body))["person/oksana-petrenko"]
    assert found.role == "First Vice Prime Minister, Minister of Economy"


def test_a_dash_after_a_clause_joins_no_office() -> None:
    body = "Kyiv wants more money – Minister of Economy Oksana Petrenko said so on Monday."
    found = people(run(body))["person/oksana-petrenko"]
    assert found.role == "Minister of Economy"


# --- round 2: roles as the article states them ---------------------------------------------


def test_a_possessive_body_before_a_generic_office_is_the_org_not_the_role() -> None:
    body = (
        "NATO's assistant secretary general for defence investment, Henrik Lautrup, said "
        "capacity was no longer the bottleneck. Mark Rutte, NATO's secretary general, agreed."
    )
    found = people(run(body, "2025-06-05"))
    assert (
        found["person/henrik-lautrup"].role == "Assistant Secretary General for Defence Investment"
    )
    assert found["person/henrik-lautrup"].kind == "official"
    assert found["person/henrik-lautrup"].attributes["org"] == "NATO"
    assert found["person/mark-rutte"].role == "Secretary General"


def test_a_possessive_body_stays_in_a_descriptive_role() -> None:
    body = "Josep Borrell, the EU's foreign policy chief, has since admitted the delay."
    found = people(run(body, "2024-03-01"))["person/josep-borrell"]
    assert found.role == "EU's Foreign Policy Chief"


def test_an_unknown_word_leaves_an_apposition_complement_open() -> None:
    body = "Ivan Petrenko, deputy minister for defence investment, said the plan was ready."
    found = people(run(body))["person/ivan-petrenko"]
    assert found.role == "Deputy Minister for Defence Investment"


def test_an_open_complement_does_not_swallow_a_clause() -> None:
    body = "The minister for defence visited Kyiv, Ukraine, on Monday and left."
    assert not people(run(body))


def test_the_agencys_director_is_the_director_of_the_agency_named_before() -> None:
    body = (
        "Neris will supply 2,400 drones under a contract signed with the Defence Materiel "
        "Agency last month, the agency's director, Vaida Mazeikiene, told reporters."
    )
    found = people(run(body, "2025-06-01"))["person/vaida-mazeikiene"]
    assert found.kind == "official"
    assert found.role == "Director of the Defence Materiel Agency"


def test_a_company_or_ministry_possessive_names_no_agency() -> None:
    body = (
        "Kryla Systems signed a deal with the Defence Materiel Agency. The company's director, "
        "Ivan Petrenko, said output would double. The ministry's spokesperson, Olha Bondar, "
        "declined to comment."
    )
    found = people(run(body))
    assert found["person/ivan-petrenko"].role == "Director"
    assert found["person/olha-bondar"].kind == "person"


def test_an_administration_acronym_is_spelt_out_in_the_role() -> None:
    body = "Four plants got orders worth UAH 900 mln, says the head of the RMA Maksym Kozytskyi."
    found = people(run(body, "2024-06-11"))["person/maksym-kozytskyi"]
    assert found.kind == "official"
    assert found.role == "Head of the Regional Military Administration"


def test_an_acronym_the_article_defines_is_spelt_out_in_the_role() -> None:
    body = (
        "The State Special Transport Service (SSTS) repairs bridges. "
        "The head of the SSTS Ivan Petrenko said work would resume."
    )
    found = people(run(body))["person/ivan-petrenko"]
    assert found.role == "Head of the State Special Transport Service"


def test_an_unknown_acronym_is_no_complement() -> None:
    body = "Contracts were signed, says the head of the XYZ Ivan Petrenko."
    assert "person/ivan-petrenko" not in people(run(body))


def test_a_chair_named_without_the_committee_takes_the_office_from_the_data() -> None:
    found = people(run("The chair Oleksandr Zavitnevych asked about the tax.", "2024-10-15"))
    zavitnevych = found["person/oleksandr-zavitnevych"]
    assert zavitnevych.kind == "official"
    assert zavitnevych.role == (
        "Chair of the Committee on National Security, Defence and Intelligence"
    )
    dhesi = people(run("The committee, chaired by Labour's Tan Dhesi, met.", "2025-03-20"))
    assert dhesi["person/tan-dhesi"].role == "Chair of the Commons Defence Committee"


def test_a_party_and_portfolio_politician_is_an_official() -> None:
    body = "The Greens-defence politician Agnieszka Brugger demanded answers."
    found = people(run(body))["person/agnieszka-brugger"]
    assert found.kind == "official"
    assert found.role == "Greens-Defence Politician"


def test_a_party_word_does_not_join_other_offices() -> None:
    found = people(run("Labour MP Jane Smith asked about the order."))["person/jane-smith"]
    assert found.role == "MP"


def test_per_is_a_given_name_at_the_start_of_a_sentence_before_an_apposition() -> None:
    body = "Shares rose 4%. Per Aasen, an analyst at Fjellstad Securities, raised his target."
    found = people(run(body))
    assert texts(found["person/per-aasen"]) == ["Per Aasen"]
    assert found["person/per-aasen"].kind == "person"


def test_per_inside_a_sentence_is_a_preposition() -> None:
    body = "The deal, per Reuters, the largest this year, closed on Friday."
    assert not people(run(body))


def test_upper_case_speaker_labels_of_a_transcript_are_mentions() -> None:
    body = (
        "With me is Henrik Voss, a defence economist.\n\n"
        "KLEIN: Is this money real?\n\nVOSS: Not in the short run.\n\n"
        "KLEIN: And the assets?\n\nVOSS: That is for leaders to decide."
    )
    found = people(run(body))
    assert texts(found["person/henrik-voss"]) == ["Henrik Voss", "VOSS", "VOSS"]
    assert "person/klein" not in found  # the host is named by no sentence


def test_a_single_upper_case_label_is_no_transcript() -> None:
    body = "Henrik Voss spoke on Monday.\n\nVOSS: a note left by the editor."
    assert texts(people(run(body))["person/henrik-voss"]) == ["Henrik Voss"]


def test_jan_before_a_surname_is_a_given_name() -> None:
    body = "Ministers met in Brussels.\n\n[Photo credit: Jan Verhoeven / Lumen Images]"
    assert texts(people(run(body))["person/jan-verhoeven"]) == ["Jan Verhoeven"]


def test_jan_before_a_day_or_a_country_is_a_month() -> None:
    body = "Talks resumed on Jan 5 in Kyiv. In Jan Ukraine received 40 tanks, the minister said."
    assert not people(run(body))
