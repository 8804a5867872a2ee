"""Quote and statement claims of the officials plugin: speakers resolved to entities."""

from __future__ import annotations

from pathlib import Path

from defnews_officials.speech import SpeakerResolver
from hypothesis import given
from hypothesis import strategies as st

import defnews
from defnews import Claim, Extraction
from defnews.context import ExtractionContext
from tests.plugins import pipeline, run


def quotes(result: Extraction) -> list[Claim]:
    return list(result.claims_of("quote"))


def statements(result: Extraction) -> list[Claim]:
    return list(result.claims_of("statement"))


def test_quote_speaker_by_surname() -> None:
    body = (
        'Deputy Defence Minister Ivan Havryliuk visited a plant. "We are doing everything we '
        'can," Havryliuk stated.'
    )
    [quote] = quotes(run(body))
    assert quote.speaker == "person/ivan-havryliuk"
    assert quote.quote is not None
    assert quote.quote.text.startswith("We are doing everything")
    assert quote.modality == "fact"
    assert "Havryliuk stated" in quote.evidence.text
    assert quote.evidence.text.startswith('"We are')


def test_quote_speaker_by_role() -> None:
    body = (
        'NATO Secretary General Mark Rutte spoke in The Hague. "Every euro counts," said '
        "the secretary general."
    )
    [quote] = quotes(run(body, date="2025-06-26"))
    assert quote.speaker == "person/mark-rutte"


def test_statement_with_modality() -> None:
    body = (
        "Ukrainian Defence Minister Rustem Umerov highlighted that approximately 50% of arms "
        "shipments from allies arrive late."
    )
    [statement] = statements(run(body, date="2024-02-29"))
    assert statement.speaker == "person/rustem-umerov"
    assert statement.modality == "fact"
    assert statement.evidence.text.startswith("highlighted that approximately 50%")


def test_statement_by_an_organization() -> None:
    body = "The Ministry of Defence of Ukraine informs that 37 new drones were approved."
    [statement] = statements(run(body))
    assert statement.speaker == "org/ministry-of-defence-of-ukraine"


def test_no_claim_without_a_known_speaker() -> None:
    body = '"We will keep going," a diplomat said. Officials said that talks went on.'
    result = run(body)
    assert not quotes(result)
    assert not statements(result)


def test_claim_ids_are_stable_and_spans_check() -> None:
    body = 'President Volodymyr Zelenskyy said: "This is a historic day for our industry."'
    first, second = run(body), run(body)
    assert [c.id for c in first.claims] == [c.id for c in second.claims]
    for claim in first.claims:
        assert first.article.checks(claim.evidence)
        assert claim.extractor == "officials"


def test_pronoun_speaker_is_the_latest_person_named() -> None:
    article = defnews.parse(
        " date 2022-07-22\nNATO Secretary General Jens Stoltenberg warned allies. He said the "
        "alliance was discussing new arms."
    )
    result = pipeline().extract(article)
    ctx = ExtractionContext(article, pipeline().gazetteer)
    resolver = SpeakerResolver(article.text, result.entities)
    he = article.text.index("He said")
    assert resolver.resolve(ctx.span(he, he + 2)) == "person/jens-stoltenberg"


def test_seed_000_quote_and_statements(seeds: Path) -> None:
    result = defnews.extract(defnews.parse_file(seeds / "000_e5330e9d66f18cb1.txt"))
    assert [q.speaker for q in quotes(result)] == ["person/ivan-havryliuk"]
    speakers = {s.speaker for s in statements(result)}
    assert speakers == {"person/ivan-havryliuk", "person/rustem-umerov"}


def test_he_said_reaches_the_person_of_the_previous_paragraph() -> None:
    body = (
        "The first batch covers 200 launchers, Deputy Defence Minister Ivan Havryliuk told "
        'reporters.\n\n"The plant will be running by the spring," he said.'
    )
    [quote] = [q for q in quotes(run(body)) if q.quote and q.quote.text.startswith("The plant")]
    assert quote.speaker == "person/ivan-havryliuk"


def test_transcript_label_in_capitals() -> None:
    body = (
        "With me is Deputy Defence Minister Ivan Havryliuk.\n\n"
        "HAVRYLIUK: We have doubled shell output since the spring and we will double it again."
    )
    answers = [q for q in quotes(run(body)) if q.attributes.get("interview")]
    assert [q.speaker for q in answers] == ["person/ivan-havryliuk"]
    assert answers[0].quote is not None
    assert answers[0].quote.text.startswith("We have doubled")


def test_the_holding_names_the_latest_company() -> None:
    body = (
        "Ukroboronprom rejected reports of a sale on Tuesday. No stake was sold, the holding "
        "said in a statement."
    )
    found = statements(run(body))
    assert [s.speaker for s in found] == ["org/ukroboronprom"]


def test_pronoun_statement_after_an_adjunct() -> None:
    body = (
        "Deputy Defence Minister Ivan Havryliuk visited Lviv. In a briefing on Tuesday, he said "
        "the ministry had signed three new orders."
    )
    found = statements(run(body))
    assert [s.speaker for s in found] == ["person/ivan-havryliuk"]


def test_sentence_initial_he_is_the_subject_of_the_sentence_before() -> None:
    body = (
        "NATO Secretary General Mark Rutte, who took over from Jens Stoltenberg this month, "
        "visited a shell plant on Monday. He told reporters that allies were considering joint "
        "purchases of Ukrainian drones."
    )
    found = statements(run(body, date="2024-10-21"))
    assert [s.speaker for s in found] == ["person/mark-rutte"]


def test_a_body_is_not_resolved_to_an_official_by_role() -> None:
    body = (
        "Petro Savchuk, deputy head of the Zaporizhzhia Regional Military Administration, "
        "visited a plant. Local firms received orders worth UAH 900 million, informed the "
        "regional military administration."
    )
    found = statements(run(body))
    assert "person/petro-savchuk" not in [s.speaker for s in found]


# --- interviews -------------------------------------------------------------------------------


_INTERVIEW = (
    "“We build where the missiles cannot reach”: Hrim Aero founder on moving abroad\n\n"
    "Interview by Mark Ellison\n\n"
    "Hrim Aero, a Kharkiv maker of reconnaissance drones, opened a line in Poland this year. "
    "We spoke to its founder, Dmytro Bondar, about money and exports.\n\n"
    "Q: Why Poland?\n\n"
    "A: Because it is close and it is safe. Our engineers can drive there in a day.\n\n"
    "Q: Who pays?\n\n"
    "A: Mostly Ukrainian state contracts, and a Polish bank loan for the building."
)


def test_interview_answers_belong_to_the_interviewee() -> None:
    answers = [q for q in quotes(run(_INTERVIEW)) if q.attributes.get("interview")]
    starts = {q.quote.text.split(":")[0][:20] for q in answers if q.quote is not None}
    assert {q.speaker for q in answers} == {"person/dmytro-bondar"}
    assert "Because it is close " in starts
    assert "Mostly Ukrainian sta" in starts


def test_interview_headline_quote_belongs_to_the_interviewee() -> None:
    found = [q for q in quotes(run(_INTERVIEW)) if q.quote is not None]
    [headline] = [q for q in found if q.quote is not None and q.quote.text.startswith("We build")]
    assert headline.speaker == "person/dmytro-bondar"


def test_explainer_faq_answers_belong_to_nobody() -> None:
    body = (
        "Explainer: how the new drone fund works\n\n"
        "Defence Minister Rustem Umerov announced the fund in March. Here are the main "
        "questions.\n\n"
        "Q: Who pays?\n\n"
        "A: Mostly the partners, through a pooled account at the central bank."
    )
    assert not [q for q in quotes(run(body)) if q.attributes.get("interview")]


def test_labelled_answer_with_an_inner_quotation_is_still_an_answer() -> None:
    body = (
        "Stepove Robotics chief executive Lesya Hordiienko spoke to us about orders.\n\n"
        'Hordiienko: Longer contracts. "Give us two years, not two months," is what I tell '
        "every official."
    )
    answers = [q for q in quotes(run(body)) if q.attributes.get("interview")]
    assert [q.speaker for q in answers] == ["person/lesya-hordiienko"]
    assert answers[0].quote is not None
    assert answers[0].quote.text.startswith("Longer contracts")


# --- spokespeople, pronouns and heads of bodies -------------------------------------------------


def test_company_spokesman_speaks_for_the_subject_of_the_sentence_before() -> None:
    body = (
        "Rheinmetall denied that it had bought a stake in Ukroboronprom. "
        '"There is no such deal," a company spokesman said.'
    )
    [quote] = quotes(run(body))
    assert quote.speaker == "org/rheinmetall"


def test_company_spokesman_skips_a_ministry_that_opens_the_sentence() -> None:
    body = (
        "The Ministry of Defence of Ukraine said Rheinmetall had delivered the first lot. "
        '"The rest follows in June," a company spokesman said.'
    )
    [quote] = quotes(run(body))
    assert quote.speaker == "org/rheinmetall"


def test_he_told_is_a_person_not_the_company_named_before() -> None:
    body = (
        "Rheinmetall board member Karl Dorner said the unit was registered last month. "
        "“The parts must be close to the front. That is the whole point,” he told reporters."
    )
    [quote] = quotes(run(body))
    assert quote.speaker == "person/karl-dorner"


def test_it_said_stays_with_the_company() -> None:
    body = (
        "Rheinmetall said the unit was registered last month. "
        '"The parts must be close to the front," the company said.'
    )
    [quote] = quotes(run(body))
    assert quote.speaker == "org/rheinmetall"


def test_the_head_of_the_ministry_is_its_minister() -> None:
    body = (
        "Deputy Defence Minister Ivan Havryliuk and Defence Minister Rustem Umerov visited the "
        "plant.\n\n– We will buy everything this plant makes – said the head of the Ministry."
    )
    found = [q for q in quotes(run(body, date="2024-03-01")) if q.quote is not None]
    assert [q.speaker for q in found] == ["person/rustem-umerov"]


def test_the_head_of_the_ministry_is_not_a_deputy_minister() -> None:
    body = (
        "Deputy Defence Minister Ivan Havryliuk visited the plant.\n\n"
        "– We will buy everything this plant makes – said the head of the Ministry."
    )
    found = [q for q in quotes(run(body, date="2024-03-01")) if q.quote is not None]
    assert "person/ivan-havryliuk" not in [q.speaker for q in found]


def test_a_capital_speaks_for_its_country_named_in_the_article() -> None:
    body = (
        "Poland and Ukraine discussed ammunition on Monday. The joint plant delivered 40,000 "
        "rounds last year, according to Warsaw."
    )
    found = statements(run(body))
    assert [s.speaker for s in found] == ["country/PL"]


def test_a_capital_without_its_country_in_the_article_names_nobody() -> None:
    body = "The joint plant delivered 40,000 rounds last year, according to Warsaw."
    assert statements(run(body)) == []


def test_the_person_in_apposition_speaks_not_the_country_before_the_role() -> None:
    body = (
        "Ukraine's minister for industry, Olena Hrytsenko, called the plan \"a signal to "
        'investors" on Monday.'
    )
    found = quotes(run(body))
    assert [q.speaker for q in found] == ["person/olena-hrytsenko"]


# -- round 2 ---------------------------------------------------------------------------------


def test_split_quotation_is_one_claim() -> None:
    body = (
        'Defence Minister Rustem Umerov visited the plant. "We have doubled output," Umerov '
        'said. "Next year we will double it again."'
    )
    [quote] = quotes(run(body))
    assert quote.speaker == "person/rustem-umerov"
    assert quote.quote is not None
    assert quote.quote.text.startswith("We have doubled output")


def test_press_service_speaks_for_the_organization_named_before() -> None:
    body = (
        "The Ministry of Defence of Ukraine denied reports that drone payments were frozen. "
        '"All payments continue on schedule," the press service said.'
    )
    [quote] = quotes(run(body))
    assert quote.speaker == "org/ministry-of-defence-of-ukraine"


def test_press_service_without_an_organization_names_nobody() -> None:
    body = 'Payments were said to be frozen. "All payments continue," the press service said.'
    assert quotes(run(body)) == []


def test_pronoun_statement_skips_a_person_in_a_fronted_phrase() -> None:
    body = (
        "Speaking at a joint press conference with Latvian President Edgars Rinkevics in "
        "Prague, Czech President Petr Pavel said the first shells would arrive in weeks. "
        "He did not name the suppliers, explaining that publicity could raise prices."
    )
    found = statements(run(body, date="2024-03-07"))
    explaining = [s for s in found if "publicity" in s.evidence.text]
    assert [s.speaker for s in explaining] == ["person/petr-pavel"]


# -- round 3 ---------------------------------------------------------------------------------


def test_stance_phrase_statement_resolves_the_person() -> None:
    body = (
        "Ukraine's Minister of Defence Rustem Umerov met industry leaders in Kyiv on Tuesday. "
        "Umerov expressed confidence that the joint venture would start producing shells this "
        "year."
    )
    found = statements(run(body))
    assert [s.speaker for s in found] == ["person/rustem-umerov"]
    assert found[0].evidence.text.startswith("expressed confidence that")


def test_a_country_hoping_is_no_statement_but_a_person_is() -> None:
    body = (
        "Kyiv hopes that more partners will adopt the Danish model of financing. "
        "Deputy Minister Olena Sydorenko hopes that half of the projects will be financed."
    )
    found = statements(run(body))
    assert [s.speaker for s in found] == ["person/olena-sydorenko"]


def test_a_request_speaks_for_a_person_not_a_body() -> None:
    body = (
        "At their summit in Brussels, EU leaders asked ministers to take the work forward. "
        "Defence Minister Jan Kowalski has asked partners to fund Ukrainian weapons production."
    )
    found = statements(run(body))
    assert [s.speaker for s in found] == ["person/jan-kowalski"]


@given(st.text(alphabet="\na ", max_size=40), st.data())
def test_previous_paragraph_floor_is_two_blank_lines_back(text: str, data: st.DataObject) -> None:
    """The blank-line index answers as two ``rfind`` steps back would, for every offset."""
    offset = data.draw(st.integers(0, len(text)))
    resolver = SpeakerResolver(text, [])
    paragraph = text.rfind("\n\n", 0, offset)
    expected = text.rfind("\n\n", 0, paragraph) if paragraph > 0 else 0
    assert resolver._previous_paragraph_floor(offset) == expected
