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
        "Denmark's defence ministry said the first contract was signed. A Slovenian defence "
        "ministry official said more would follow."
    )
    found = orgs(result)
    assert "org/danish-ministry-of-defence" in found
    slovenian = found["org/slovenian-ministry-of-defence"]
    assert slovenian.country == "Slovenia"
    assert slovenian.attributes["source"] == "pattern"


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


# --- owners inside other names, bare institutions, outlets, regional bodies -----------------


def test_an_owner_named_inside_a_fund_form_is_found() -> None:
    result = run("The start-up won a Brave1 grant last spring and hired ten engineers.")
    assert texts(orgs(result)["org/brave1"]) == ["Brave1"]


def test_a_company_sharing_a_word_with_a_fund_is_not_cut_out_of_it() -> None:
    result = run("The Army of Drones programme bought 200 quadcopters.")
    assert "org/army" not in orgs(result)


def test_bare_institutions_belong_to_the_home_country() -> None:
    result = run(
        "Ukraine will order more shells, Ukraine's officials said. The Ministry of Defence "
        "signed the contracts, the General Staff asked for more and the Defence Forces "
        "received the first batch, according to the defence ministry."
    )
    found = orgs(result)
    assert texts(found["org/ministry-of-defence-of-ukraine"]) == [
        "Ministry of Defence",
        "defence ministry",
    ]
    assert "org/general-staff-of-ukraine" in found
    assert "org/defence-forces-of-ukraine" in found


def test_qualified_or_unknown_bare_institutions_are_left_alone() -> None:
    result = run(
        "Estonia is buying radars. The Estonian Defence Forces tested them and the Ministry of "
        "Defence of Estonia paid. Peru's Ministry of Defence stayed out of it."
    )
    found = orgs(result)
    assert "org/defence-forces-of-ukraine" not in found
    assert "org/ministry-of-defence-of-ukraine" not in found


def test_two_countries_defence_ministries_in_one_phrase() -> None:
    result = run("The German and Ukrainian defence ministries signed a memorandum in Berlin.")
    found = orgs(result)
    assert "org/german-ministry-of-defence" in found
    assert "org/ministry-of-defence-of-ukraine" in found


def test_a_pair_without_countries_names_no_ministry() -> None:
    result = run("The old and new defence ministries share a building.")
    assert not any(e.attributes.get("type") == "ministry" for e in orgs(result).values())


def test_wire_dateline_names_the_outlet() -> None:
    found = _org_names(
        "ODESA, Aug. 4 (Black Sea Wire) - Ukraine signed a repair deal on Friday.\n\n"
        "WARSAW (Reuters) - Poland ordered more tanks."
    )
    assert found.get("Black Sea Wire") == "media"
    assert "Reuters" in found


def test_a_parenthesis_inside_a_sentence_is_no_dateline() -> None:
    found = _org_names("The plant (Horyn Plant) - built in 2019 - was hit again.")
    assert not any(t == "media" for t in found.values())


def test_masthead_names_the_outlet() -> None:
    result = run("KYIV INDUSTRY POST | Business\n\nSome news.\n\nKyiv Industry Post learned that.")
    outlet = orgs(result)["org/kyiv-industry-post"]
    assert outlet.name == "Kyiv Industry Post"
    assert texts(outlet) == ["KYIV INDUSTRY POST", "Kyiv Industry Post"]
    mixed = _org_names("DefenceWire — news of the arms industry\n\nSome news.")
    assert mixed.get("DefenceWire") == "media"


@pytest.mark.parametrize(
    "first_line",
    ["OSLO MARKET NOTE — shares jump", "OPINION", "LIVE UPDATES | Day 3", "Home | World | Europe"],
)
def test_story_labels_are_no_masthead(first_line: str) -> None:
    found = _org_names(f"{first_line}\n\nThe factory opened on Monday.")
    assert not any(t == "media" for t in found.values())


def test_a_lower_case_regional_body_and_its_later_bare_form() -> None:
    result = run(
        "The head of the Kharkiv regional military administration said the plant would open. "
        "The regional council allocated the land."
    )
    found = {e.name: texts(e) for e in orgs(result).values()}
    assert found["Kharkiv Regional Military Administration"] == [
        "Kharkiv regional military administration"
    ]
    assert found["Kharkiv Regional Council"] == ["regional council"]


def test_a_bare_regional_body_without_a_named_region_is_left_alone() -> None:
    found = _org_names("The regional council allocated the land. The city council agreed.")
    assert not any("Council" in name for name in found)


def test_eu_council_and_parliament_alone_in_an_eu_article() -> None:
    result = run(
        "The European Commission proposed the plan. It needs a deal with Parliament and "
        "Council by June. The UN Security Council was not involved."
    )
    found = orgs(result)
    assert texts(found["org/european-parliament"]) == ["Parliament"]
    assert texts(found["org/council-of-the-eu"]) == ["Council"]
    assert not any(e.name == "Parliament and Council" for e in found.values())


def test_council_alone_outside_an_eu_article_is_left_alone() -> None:
    found = orgs(run("The Council met in Ottawa and Parliament voted on Monday."))
    assert "org/council-of-the-eu" not in found
    assert "org/european-parliament" not in found


def test_ordnance_ends_a_company_name_and_a_consultancy_is_a_company() -> None:
    found = _org_names(
        "Slovak shell maker Tatra Ordnance will supply fuses, said Marek Hudak of the "
        "Vienna consultancy Arvenor."
    )
    assert found.get("Tatra Ordnance") == "company"
    assert found.get("Arvenor") == "company"
    assert "Marek Hudak" not in found


def test_a_bare_institution_falls_back_to_the_nearest_country_that_has_one() -> None:
    result = run(
        "Ukraine gets the loan, Ukraine's officials said, and Ukraine will spend it on shells. "
        "Britain's share is £2bn, which the Treasury said would go to arms. The plant took an "
        "order from the defence ministry for 50,000 rounds."
    )
    found = orgs(result)
    assert texts(found["org/hm-treasury"]) == ["Treasury"]
    assert "defence ministry" in texts(found["org/ministry-of-defence-of-ukraine"])


def test_a_bare_word_opening_a_longer_name_is_left_alone() -> None:
    found = orgs(run("Ukraine was told. Treasury Secretary Janet Yellen spoke in Kyiv."))
    assert "org/us-treasury" not in found
    assert "org/hm-treasury" not in found


def test_an_appositive_descriptor_names_the_company_before_it() -> None:
    found = _org_names(
        "Kaunas Avia, a Lithuanian drone producer, will build 500 units, and Skyforge, the "
        "Estonian software developer, will write the code."
    )
    assert found.get("Kaunas Avia") == "company"
    assert found.get("Skyforge") == "company"


def test_an_appositive_after_a_person_or_a_country_is_left_alone() -> None:
    found = _org_names(
        "The deal was praised by Taras Melnyk, a drone maker. Ukraine, a country at war, "
        "signed it. Oleh, the youngest developer, agreed."
    )
    assert found == {}


def test_state_owned_descriptor_and_chained_legal_forms() -> None:
    found = _org_names(
        "The state-owned Zbroyar will deliver rifles under a deal with Nordfjell AS and "
        "Tallinn Drones OÜ and Hrom JSC."
    )
    for name in ("Zbroyar", "Nordfjell AS", "Tallinn Drones OÜ", "Hrom JSC"):
        assert found.get(name) == "company", name
    assert not any(" and " in name for name in found)


def test_state_owned_before_a_country_word_is_no_new_company() -> None:
    assert _org_names("The state-owned Ukrainian railway carried the shells.") == {}


def test_a_country_named_inside_a_fund_form_is_found() -> None:
    result = run("Kyiv wants more partners to join the Danish model of financing.")
    assert texts(countries(result)["country/DK"]) == ["Danish"]


def test_korean_alone_is_south_korea_but_north_korean_is_not() -> None:
    found = countries(run("Europe buys Korean kit, while North Korean shells reach Russia."))
    assert texts(found["country/KR"]) == ["Korean"]
    assert texts(found["country/KP"]) == ["North Korean"]


def test_a_head_first_association_keeps_its_nationality() -> None:
    found = _org_names(
        "Exports grew, according to the Polish Council of Armoured Vehicle Makers and the "
        "Czech Association of Defence Exporters."
    )
    assert found.get("Polish Council of Armoured Vehicle Makers") == "association"
    assert "Czech Association of Defence Exporters" in found


def test_a_council_of_generic_words_is_no_new_organization() -> None:
    found = _org_names("The Council of Ministers met and the Council of Defence spoke.")
    assert not any(name.startswith("Council") for name in found)


def test_a_section_label_is_no_organization_but_a_name_in_a_sentence_is() -> None:
    found = _org_names("Thunder Systems | Euronaval 2024\n\nThe contract went to Kryla Systems.")
    assert "Thunder Systems" not in found
    assert "Kryla Systems" in found


@pytest.mark.parametrize("space", [" ", "\t", "\u00a0"])
def test_a_country_word_is_cut_off_whatever_space_follows_it(space: str) -> None:
    result = run(f"The shells come from Czech{space}Moravia Ordnance Works, the ministry said.")
    names = {entity.name: texts(entity) for entity in orgs(result).values()}
    assert names.get("Moravia Ordnance Works") == ["Moravia Ordnance Works"]


def names(result: Extraction) -> set[str]:
    return {t for e in orgs(result).values() for t in texts(e)}


def test_an_institute_for_a_subject_keeps_its_subject() -> None:
    result = run(
        "Analysts at the Odesa Institute for Maritime Studies expect more orders.\n\n"
        "The Lutsk Institute said nothing."
    )
    assert "Odesa Institute for Maritime Studies" in names(result)
    assert "Odesa Institute" not in names(result)


def test_a_based_word_ends_a_run_after_and() -> None:
    result = run(
        "Ukraine's state-owned Poltava Tractor Works and Texas-based Lone Star Munitions "
        "will build a shell line together, officials said."
    )
    found = names(result)
    assert "Poltava Tractor Works" in found
    assert not any(" and " in name for name in found)


def test_a_sentence_adverb_is_not_part_of_a_name() -> None:
    result = run("Separately Ternopil Dynamics hired 40 engineers for its new line in spring.")
    assert "Ternopil Dynamics" in names(result)
    assert not any(name.startswith("Separately") for name in names(result))


def test_a_specialist_needs_an_organization_word() -> None:
    result = run(
        "Belgian avionics specialist Lumen Avionique will supply sights, while cyber specialist "
        "Petrenko advised the ministry on the tender."
    )
    assert "Lumen Avionique" in names(result)
    assert "Petrenko" not in names(result)


def test_a_long_appositive_names_an_association() -> None:
    result = run(
        "The board includes the head of ARMEX, the Spanish land and naval defence industry "
        "association. The association of retired officers, the old veterans group, did not."
    )
    assert "ARMEX" in names(result)


def test_a_copyright_footer_names_the_outlet() -> None:
    result = run(
        "Kharkiv Armoured Plant repaired 40 vehicles in May, its director said.\n\n"
        "© 2025 Slobozhansky Herald. All rights reserved. | Contacts"
    )
    assert "Slobozhansky Herald" in names(result)
    assert not any(name.startswith("2025") for name in names(result))


def test_a_masthead_after_an_emoji_and_a_breadcrumb_masthead() -> None:
    emoji = run("⚡ FRONTLINE FORGE | evening digest\n\nSix plants got new orders on Monday.")
    assert "FRONTLINE FORGE" in names(emoji)
    crumb = run("Baltic Arms Monitor › Industry\n\nA Latvian plant got a new order on Monday.")
    assert "Baltic Arms Monitor" in names(crumb)
    plain = run("Six Plants Get Orders\n\nA Latvian plant got a new order on Monday.")
    assert not names(plain)


def test_a_country_word_and_a_service_name_the_armed_forces() -> None:
    result = run(
        "The deal will equip the Moldovan army and Georgia's own navy, while the Ukrainian "
        "army gets the first batch. A spokesperson for the Swiss embassy in Kyiv declined "
        "to comment. The Moldovan army chief and the Swiss armed forces ministry did not."
    )
    found = orgs(result)
    assert "Moldovan army" in texts(found["org/moldovan-armed-forces"])
    assert "Georgia's own navy" in texts(found["org/georgian-navy"])
    assert "Ukrainian army" in texts(found["org/armed-forces-of-ukraine"])
    embassy = next(e for e in found.values() if e.name == "Embassy of Switzerland in Kyiv")
    assert texts(embassy) == ["Swiss embassy in Kyiv"]
    assert "Swiss armed forces" not in names(result)


def test_a_service_before_a_capitalised_word_is_a_longer_name() -> None:
    result = run("The Estonian Army Cadet Corps held a parade in Tartu on Sunday.")
    assert "Estonian Army" not in names(result)


def test_real_defence_organizations_are_known() -> None:
    result = run(
        "Analysts at RUSI and Redburn said Textron and Navantia would win, the SPD and the "
        "Greens agreed, Defense Express reported. The IRIS-T launchers arrived."
    )
    found = orgs(result)
    for org_id in ("org/rusi", "org/redburn", "org/textron", "org/navantia", "org/spd"):
        assert org_id in found
    assert "org/alliance-90-the-greens" in found
    assert "org/iris" not in found


# --- acronyms and brackets -------------------------------------------------------------------


def _named(result: Extraction, name: str) -> Entity:
    return next(e for e in orgs(result).values() if e.name == name)


def test_an_acronym_defined_after_a_name_by_shape_names_it_again() -> None:
    result = run(
        "Orders will go through the Lithuanian Defence Materiel Agency (LDMA) from May. The "
        "LDMA said Tatra Works (TW) would deliver first, and TW confirmed it on Friday."
    )
    agency = _named(result, "Lithuanian Defence Materiel Agency")
    assert texts(agency).count("LDMA") == 2
    assert texts(_named(result, "Tatra Works")).count("TW") == 2


def test_an_acronym_makes_a_generic_national_name_an_organization() -> None:
    result = run("Estonian Defence Industry (EDI) will supply shells; EDI signed on Monday.")
    industry = _named(result, "Estonian Defence Industry")
    assert texts(industry) == ["Estonian Defence Industry", "EDI", "EDI"]
    assert industry.country == "Estonia"


def test_an_acronym_of_a_known_name_is_its_mention() -> None:
    result = run(
        "Ukraine needs shells. The Ministry of Defence (MoD) signed the order. Later the MoD "
        "published the list."
    )
    ministry = orgs(result)["org/ministry-of-defence-of-ukraine"]
    assert texts(ministry).count("MoD") == 2


def test_an_acronym_before_its_name_in_brackets() -> None:
    result = run(
        "LDPA (Lithuanian Defence Procurement Authority) opened the tender. LDPA expects bids."
    )
    authority = _named(result, "Lithuanian Defence Procurement Authority")
    assert texts(authority).count("LDPA") == 2


def test_an_acronym_of_a_thing_or_a_mismatch_is_no_organization() -> None:
    result = run(
        "The Memorandum of Understanding (MoU) covers Main Battle Tanks (MBT) and the "
        "Windfall Revenue Mechanism (WRM). LITHUANIA (URGENT) Kyiv Forge (DENIAL) said."
    )
    assert not {"MoU", "MBT", "WRM", "URGENT", "DENIAL"} & set(names(result))
    assert "Memorandum of Understanding" not in names(result)
    assert "Windfall Revenue Mechanism" not in names(result)


def test_an_all_caps_affiliation_after_a_person_is_an_organization() -> None:
    result = run(
        "Deputies Marek Nowak (PSL) and Ingrid Holm (CEO) spoke, as did Olena Petrenko (MP) "
        "and the Joint Revenue Account (JRA)."
    )
    assert "PSL" in names(result)
    assert not {"CEO", "MP", "JRA"} & set(names(result))


# --- bare state bodies ------------------------------------------------------------------------


def test_a_federal_ministry_goes_to_a_country_that_has_one() -> None:
    result = run(
        "Germany will pay for the missiles. Ukraine welcomed it, Ukraine said, and Ukraine "
        "thanked Berlin. The Federal Ministry of Defence confirmed the Chancellery approved "
        "the plan and the federal government would fund it."
    )
    found = orgs(result)
    assert "Federal Ministry of Defence" in texts(found["org/german-ministry-of-defence"])
    assert "Chancellery" in texts(found["org/federal-chancellery-germany"])
    assert "federal government" in texts(found["org/federal-government-of-germany"])
    assert "org/ministry-of-defence-of-ukraine" not in found


def test_a_ministry_of_national_defence_is_not_any_ministry() -> None:
    result = run(
        "Ukraine's drones go to Ukraine and Ukraine again. A Lithuanian daily wrote about it; "
        "the Ministry of National Defence denied the report."
    )
    found = orgs(result)
    assert "org/ministry-of-national-defence-of-lithuania" in found
    assert "org/ministry-of-defence-of-ukraine" not in found


def test_a_national_currency_tells_the_home_country() -> None:
    result = run(
        "The regional council added UAH 40 million for drones for the National Guard, and "
        "UAH 12 million for the Defence Forces."
    )
    found = orgs(result)
    assert "org/national-guard-of-ukraine" in found
    assert "org/defence-forces-of-ukraine" in found
    nowhere = run("The council added 40 million for drones for the National Guard.")
    assert "org/national-guard-of-ukraine" not in orgs(nowhere)


# --- contract bulletins, central banks, installations -------------------------------------


def test_a_service_heading_over_a_contract_notice() -> None:
    result = run(
        "CONTRACTS FOR MARCH 1, 2024\n\nNAVY\n\nHarbor Optics Inc., Norfolk, Virginia, is "
        "awarded a $12,400,000 firm-fixed-price contract for periscope repairs."
    )
    assert "NAVY" in texts(orgs(result)["org/united-states-navy"])
    sports = run("SPORTS\n\nNAVY\n\nThe cadets beat the visitors 3-1 on Saturday.")
    assert "org/united-states-navy" not in orgs(sports)


def test_a_country_and_its_central_bank() -> None:
    result = run("The Polish central bank said rates would hold, while Norway's central bank cut.")
    found = orgs(result)
    assert "Polish central bank" in texts(found["org/national-bank-of-poland"])
    assert "Norway's central bank" in texts(found["org/norges-bank"])
    assets = run("The loan is repaid from frozen Russian central bank assets.")
    assert "org/central-bank-of-russia" not in orgs(assets)


def test_an_arsenal_in_an_address_is_a_place() -> None:
    result = run(
        "Army Contracting Command, Rock Island Arsenal, Illinois, is the contracting activity. "
        "Workers of the Kharkiv Arsenal plant went on strike."
    )
    assert "Rock Island Arsenal" not in names(result)
    assert "Kharkiv Arsenal" in names(result)


def test_a_country_and_a_common_name_name_its_known_body() -> None:
    result = run(
        "Poland's armament agency signed the deal. The defence ministry of Lithuania will "
        "join, and Sweden's Defence Materiel Administration (FMV) ordered more."
    )
    found = orgs(result)
    assert texts(found["org/polish-armament-agency"]) == ["Poland's armament agency"]
    assert texts(found["org/ministry-of-national-defence-of-lithuania"]) == [
        "defence ministry of Lithuania"
    ]
    sweden = found["org/fmv"]
    assert "Sweden's Defence Materiel Administration" in texts(sweden)
    assert "org/defence-materiel-administration" not in found


def test_a_sector_or_assets_after_a_country_are_no_body() -> None:
    result = run(
        "Ukraine's defence industry grew, and profits on Russian central bank assets will "
        "pay. A Lithuanian bank lent the money."
    )
    found = orgs(result)
    assert "org/ukrainian-defense-industry-jsc" not in found
    assert "org/central-bank-of-russia" not in found
    assert "org/bank-of-lithuania" not in found


def test_a_capitalised_office_after_a_possessive_country_is_a_new_body() -> None:
    result = run(
        "Estonia's Joint Procurement Office said it would join. Estonia's Big Plans were announced."
    )
    office = orgs(result)["org/joint-procurement-office"]
    assert texts(office) == ["Joint Procurement Office"]
    assert office.country == "Estonia"
    assert all("Plans" not in e.name for e in orgs(result).values())


def test_the_ministry_refers_back_to_the_one_ministry_named() -> None:
    result = run(
        "Latvia's defence ministry ordered radars. The ministry said deliveries start in May. "
        "The NATO Support and Procurement Agency welcomed it, and the agency will pay part."
    )
    found = orgs(result)
    assert texts(found["org/latvian-ministry-of-defence"]) == [
        "Latvia's defence ministry",
        "ministry",
    ]
    assert texts(found["org/nspa"])[-1] == "agency"


def test_the_ministry_after_two_ministries_or_of_something_is_left_alone() -> None:
    result = run(
        "Latvia's defence ministry and Estonia's defence ministry agreed. The ministry said "
        "more. The ministry of health was not involved."
    )
    for entity in orgs(result).values():
        assert "ministry" not in texts(entity)


def test_the_ministry_after_a_defence_minister_is_his_ministry() -> None:
    result = run(
        "Ukraine's Defence Minister Rustem Umerov spoke in Kyiv. Denmark's defence minister "
        "Troels Lund Poulsen said the ministry would pay for Ukrainian howitzers."
    )
    denmark = orgs(result)["org/danish-ministry-of-defence"]
    assert texts(denmark) == ["ministry"]


def test_the_agency_after_a_news_agency_is_left_alone() -> None:
    result = run(
        "The European Defence Agency met, Reuters reported. The agency said more talks follow."
    )
    assert texts(orgs(result)["org/european-defence-agency"]) == ["European Defence Agency"]
