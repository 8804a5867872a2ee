"""The organizations plugin: known names, countries and capitals, organizations by pattern."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from defnews_organizations import data

import defnews
from defnews import Entity, Extraction
from tests.plugins import actor_article, run, texts


def orgs(result: Extraction) -> dict[str, Entity]:
    return {e.id: e for e in result.entities if e.kind == "organization"}


def countries(result: Extraction) -> dict[str, Entity]:
    return {e.id: e for e in result.entities if e.kind == "country"}


# --- the data -------------------------------------------------------------------------------


def test_organizations_and_countries_load() -> None:
    organizations = data.organizations()
    assert len(organizations) >= 80
    assert all(e.kind == "organization" and e.id.startswith("org/") for e in organizations)
    world = data.countries()
    assert len(world) >= 190
    germany = next(e for e in world if e.id == "country/DE")
    assert "German" in germany.aliases
    assert germany.attributes["capitals"] == ["Berlin"]


def test_data_files_are_json_lines() -> None:
    for record in data.country_records():
        assert record["id"] == f"country/{record['iso2']}"
        json.dumps(record)


def test_ids_are_unique_across_both_files() -> None:
    ids = [e.id for e in data.entries()]
    assert len(ids) == len(set(ids))


# --- known organizations --------------------------------------------------------------------


def test_defence_and_defense_spellings_share_an_id() -> None:
    result = run(
        "The Ministry of Defense of Ukraine signed the order. The Ministry of Defence of "
        "Ukraine confirmed it."
    )
    ministry = orgs(result)["org/ministry-of-defence-of-ukraine"]
    assert len(ministry.mentions) == 2
    assert ministry.attributes["type"] == "ministry"
    assert ministry.country == "Ukraine"


def test_acronyms_are_case_sensitive() -> None:
    result = run("NATO allies met. The eu of the word and nato in lower case are not names.")
    assert texts(orgs(result)["org/nato"]) == ["NATO"]
    assert "org/european-union" not in orgs(result)


def test_the_commission_in_an_eu_article() -> None:
    result = run("The European Union agreed the package. The Commission will pay in May.")
    assert texts(orgs(result)["org/european-commission"]) == ["Commission"]


def test_the_commission_without_eu_context_is_left_alone() -> None:
    result = run("The Commission on Arms Exports will meet in Ottawa.")
    assert "org/european-commission" not in orgs(result)


def test_country_ministry_by_qualifier() -> None:
    result = run(
        "Denmark's defence ministry said the first contract was signed. A Latvian defence "
        "ministry official said more would follow."
    )
    found = orgs(result)
    assert "org/danish-ministry-of-defence" in found
    latvian = found["org/latvian-ministry-of-defence"]
    assert latvian.country == "Latvia"
    assert latvian.attributes["source"] == "pattern"


# --- countries ------------------------------------------------------------------------------


def test_adjectives_and_possessives_mention_countries() -> None:
    result = run("German defense giant Rheinmetall will build a plant. Ukraine's army waits.")
    found = countries(result)
    assert texts(found["country/DE"]) == ["German"]
    assert texts(found["country/UA"]) == ["Ukraine"]
    assert orgs(result)["org/rheinmetall"].country == "Germany"


def test_capitals_stand_for_governments_only_in_context() -> None:
    result = defnews.extract(actor_article("capitals.txt"), plugins=["organizations"])
    text = result.article.text
    found = countries(result)
    kyiv = [m.start for m in found["country/UA"].mentions]
    washington = [m.start for m in found["country/US"].mentions]
    assert text.index("Kyiv hopes") in kyiv
    assert text.index("Kyiv and Washington on") in kyiv
    assert text.index("Washington on industrial") in washington
    assert text.index("Kyiv's negotiators") in kyiv
    assert text.index("Washington has asked") in washington
    assert text.index("Washington on Monday") not in washington  # arrived in Washington
    assert text.index("Kyiv next month") not in kyiv  # planned in Kyiv
    assert text.index("Kyiv Post") not in kyiv
    assert text.index("Kyiv-based") not in kyiv
    assert texts(found["country/DE"]) == ["Berlin"]  # Berlin would watch


def test_currency_sign_is_not_a_country() -> None:
    result = run("The deal is worth about US$ 40 mln, the company said.")
    assert "country/US" not in countries(result)


def test_america_inside_a_region_name() -> None:
    result = run("Exports to Latin America grew, while America bought more shells.")
    assert texts(countries(result)["country/US"]) == ["America"]


# --- organizations by pattern ---------------------------------------------------------------


def test_legal_form_and_head_word_patterns() -> None:
    result = defnews.extract(actor_article("company_people.txt"))
    found = orgs(result)
    fjordline = found["org/fjordline-munitions"]
    assert texts(fjordline) == ["Fjordline Munitions AS", "Fjordline Munitions"]
    assert fjordline.country == "Norway"
    assert fjordline.attributes["type"] == "company"
    assert texts(found["org/baltwerk-systems"]) == ["Baltwerk Systems GmbH"]
    assert found["org/centre-for-strategic-industry-studies"].attributes["type"] == "institute"


def test_descriptor_pattern() -> None:
    result = defnews.extract(actor_article("company_people.txt"))
    skyraven = orgs(result)["org/skyraven"]
    assert skyraven.country == "Ukraine"
    assert skyraven.attributes["pattern"] == "descriptor"


def test_a_person_after_a_descriptor_is_not_an_organization() -> None:
    result = run("We spoke to drone maker Taras Melnyk about exports.")
    assert not orgs(result)


def test_generic_words_alone_are_not_organizations() -> None:
    result = run(
        "The Defence Ministry said the Contact Group would meet. Ukrainian Defence Minister "
        "Rustem Umerov attended the Regional Military Administration briefing."
    )
    assert not [o for o in orgs(result).values() if o.attributes.get("source") == "pattern"]


def test_short_form_after_the_full_name() -> None:
    body = (
        "Kyiv-based Kryla Systems started in a garage. How big is Kryla today? "
        "Engineers joined Kryla from other firms."
    )
    kryla = orgs(run(body))["org/kryla-systems"]
    assert texts(kryla) == ["Kryla Systems", "Kryla", "Kryla"]
    assert kryla.country == "Ukraine"


def test_title_case_headlines_give_no_pattern_organizations() -> None:
    body = "Ukrainian Drone Joint Venture Will Build Second Plant\n\nThe plant opens in May."
    assert not orgs(run(body))


def test_city_name_alone_is_not_a_short_form_after_a_preposition() -> None:
    body = "Dnipro Armour Works repairs carriers. Shelling hit a depot in Dnipro overnight."
    works = orgs(run(body))["org/dnipro-armour-works"]
    assert texts(works) == ["Dnipro Armour Works"]


# --- the seeds ------------------------------------------------------------------------------


def test_seed_000_organizations_and_countries(seeds: Path) -> None:
    result = defnews.extract(defnews.parse_file(seeds / "000_e5330e9d66f18cb1.txt"))
    found = orgs(result)
    assert found["org/rheinmetall"].attributes["type"] == "company"
    assert found["org/european-union"].attributes["type"] == "international organization"
    assert {"country/UA", "country/RU", "country/US", "country/DE"} <= set(countries(result))


def test_seed_002_alliance_and_capitals(seeds: Path) -> None:
    result = defnews.extract(defnews.parse_file(seeds / "002_07d339b944c374a7.txt"))
    assert "Alliance of Defense Industries" in texts(
        orgs(result)["org/alliance-of-defence-industries"]
    )
    found = countries(result)
    assert "Washington" in texts(found["country/US"])  # between Kyiv and Washington
    assert found["country/UA"].mentions[0].text == "Ukraine"


@pytest.mark.parametrize("plugin", ["organizations"])
def test_conformance_kit(plugin: str) -> None:
    from defnews.testing import check_plugin

    check_plugin(plugin, max_examples=20)


# --- names without a descriptor-free head, national names, departments, banks --------------


def _org_names(body: str) -> dict[str, str]:
    return {e.name: str(e.attributes.get("type")) for e in orgs(run(body)).values()}


def test_industry_words_end_a_company_name() -> None:
    found = _org_names(
        "Czech energetics house Dolina Energetics has signed a letter of intent. A second "
        "German firm, Harzer Avionik, is in talks. One of the bidders, Vistula Aero, has moved "
        "fastest, and Sarek Propulsion supplies the engines."
    )
    for name in ("Dolina Energetics", "Harzer Avionik", "Vistula Aero", "Sarek Propulsion"):
        assert found.get(name) == "company", name


def test_brokerages_and_photo_agencies_are_found() -> None:
    found = _org_names(
        "Ola Berg, an analyst at Nordkapp Securities, raised his target price. "
        "[Photo: soldiers at a range. Photo credit: Polar Images]"
    )
    assert found.get("Nordkapp Securities") == "company"
    assert found.get("Polar Images") == "media"


def test_a_national_agency_keeps_its_country_word() -> None:
    found = _org_names(
        "The company signed a maintenance agreement with the Finnish Defence Materiel Agency "
        "and presented it at the Ukraine Reconstruction Conference in Rome."
    )
    assert "Finnish Defence Materiel Agency" in found
    assert "Ukraine Reconstruction Conference" in found
    assert "Defence Materiel Agency" not in found


def test_a_company_keeps_dropping_a_leading_country_word() -> None:
    assert "Kryla Systems" in _org_names("The order went to Ukrainian Kryla Systems last week.")


def test_a_based_descriptor_is_not_part_of_the_name() -> None:
    found = _org_names("A joint venture of Kyiv-based Dnipro Airframe was announced on Monday.")
    assert "Dnipro Airframe" in found


def test_described_compound_industry_name_is_a_company_but_a_person_is_not() -> None:
    found = _org_names(
        "German ammunition maker Weserwerk Munitionstechnik and Ukraine's Horyn Plant signed "
        "a deal, said drone maker Taras Melnyk."
    )
    assert found.get("Weserwerk Munitionstechnik") == "company"
    assert "Taras Melnyk" not in found


def test_a_lender_descriptor_gives_a_bank() -> None:
    found = _org_names("The state development bank Vestbank is preparing a financing window.")
    assert found.get("Vestbank") == "bank"


def test_ministry_departments_need_a_distinctive_word() -> None:
    found = _org_names(
        "Colonel Jan Nowak, who heads the Department of Armaments Policy of the Ministry, "
        "spoke after the Department of Defense and the Department of State had."
    )
    assert found.get("Department of Armaments Policy") == "ministry department"
    assert not any(name in found for name in ("Department of Defense", "Department of State"))


def test_a_department_named_by_a_list_of_areas_goes_on_after_the_comma() -> None:
    found = _org_names(
        "Proposals go to the Department of Military-Technical Policy, Development of Armaments "
        "and Military Equipment of the Ministry of Defence of Ukraine."
    )
    assert (
        "Department of Military-Technical Policy, Development of Armaments and Military "
        "Equipment" in found
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("President Zelenskyy asked the Bundestag for more air defence.", "Bundestag"),
        ("The deal was finalised only after Downing Street intervened.", "Downing Street"),
        ("Germany's development bank KfW is preparing a financing window.", "KfW"),
        ("The fund is managed by Bank Gospodarstwa Krajowego.", "Bank Gospodarstwa Krajowego"),
        ("The missiles were paid for with a loan from UK Export Finance.", "UK Export Finance"),
    ],
)
def test_bodies_and_banks_named_alone_are_known(sentence: str, name: str) -> None:
    assert name in _org_names(sentence)
