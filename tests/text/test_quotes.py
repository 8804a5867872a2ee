"""Table-driven tests of find_quotes and find_scare_quotes on defence-industry news prose."""

from __future__ import annotations

import pytest

from defnews.models import Span
from defnews.text.quotes import find_quotes, find_scare_quotes

# Each case: text -> [(content, speaker, attribution, speaker_is_role), ...]
CASES = [
    pytest.param(
        "'We will not let the yards fall idle,' the Defence Secretary said on Monday.",
        [
            (
                "We will not let the yards fall idle",
                "the Defence Secretary",
                "the Defence Secretary said",
                True,
            )
        ],
        id="british-single-straight",
    ),
    pytest.param(
        "The minister said Britain's suppliers' order books were full. 'We will not wait,' "
        "Grant said.",
        [("We will not wait", "Grant", "Grant said", False)],
        id="british-single-apostrophes-ignored",
    ),
    pytest.param(
        "The deputy minister told reporters: ‚We will deliver everything we have promised to "
        "our partners.‘",
        [
            (
                "We will deliver everything we have promised to our partners.",
                "The deputy minister",
                "The deputy minister told reporters",
                True,
            )
        ],
        id="low-single-german",
    ),
    pytest.param(
        "The chancellor called the package „a turning point for European air defence“ on Friday.",
        [
            (
                "a turning point for European air defence",
                "The chancellor",
                "The chancellor called",
                True,
            )
        ],
        id="partial-after-called",
    ),
    pytest.param(
        "Sikorski described the talks as 'constructive' after the meeting.",
        [("constructive", "Sikorski", "Sikorski described", False)],
        id="partial-single-word-after-as",
    ),
    pytest.param(
        "Kallas said the bloc would send Kyiv shells 'as fast as the plants can make them'.",
        [("as fast as the plants can make them", "Kallas", "Kallas said", False)],
        id="partial-in-reported-speech",
    ),
    pytest.param(
        "Officials promised the 'rapid procurement track' for small firms.",
        [],
        id="determiner-term-is-scare",
    ),
    pytest.param(
        '"We will keep every production line running," Havryliuk said.',
        [("We will keep every production line running", "Havryliuk", "Havryliuk said", False)],
        id="comma-said-after",
    ),
    pytest.param(
        'Output doubled this year. "We are doing everything we can to arm our brigades," '
        "Havryliuk stated, pointing to new contracts.",
        [
            (
                "We are doing everything we can to arm our brigades",
                "Havryliuk",
                "Havryliuk stated",
                False,
            )
        ],
        id="stated-after",
    ),
    pytest.param(
        '"The order book is full until 2027," said the minister.',
        [("The order book is full until 2027", "the minister", "said the minister", True)],
        id="said-the-minister",
    ),
    pytest.param(
        'Umerov said: "The front needs drones more than anything else."',
        [("The front needs drones more than anything else.", "Umerov", "Umerov said", False)],
        id="colon-before",
    ),
    pytest.param(
        'Papperger said "the plant will be ready by autumn" during the visit.',
        [("the plant will be ready by autumn", "Papperger", "Papperger said", False)],
        id="no-punct-before",
    ),
    pytest.param(
        'The minister told reporters, "We expect the first rounds in March."',
        [
            (
                "We expect the first rounds in March.",
                "The minister",
                "The minister told reporters",
                True,
            )
        ],
        id="comma-before",
    ),
    pytest.param(
        '"Ukraine will receive the first batch in spring," according to the ministry.',
        [
            (
                "Ukraine will receive the first batch in spring",
                "the ministry",
                "according to the ministry",
                True,
            )
        ],
        id="according-after",
    ),
    pytest.param(
        'According to Kubilius, "Europe must produce far more ammunition than it does today."',
        [
            (
                "Europe must produce far more ammunition than it does today.",
                "Kubilius",
                "According to Kubilius",
                False,
            )
        ],
        id="according-before",
    ),
    pytest.param(
        'Rheinmetall CEO Armin Papperger told reporters in Kyiv: "We are ready to start."',
        [
            (
                "We are ready to start.",
                "Rheinmetall CEO Armin Papperger",
                "Rheinmetall CEO Armin Papperger told reporters",
                False,
            )
        ],
        id="told-reporters-colon",
    ),
    pytest.param(
        '"We are ready to start production," Papperger told reporters.',
        [("We are ready to start production", "Papperger", "Papperger told reporters", False)],
        id="told-reporters-after",
    ),
    pytest.param(
        '"This is a strategic investment," Rheinmetall\'s CEO Armin Papperger said.',
        [
            (
                "This is a strategic investment",
                "Rheinmetall's CEO Armin Papperger",
                "Rheinmetall's CEO Armin Papperger said",
                False,
            )
        ],
        id="possessive-title",
    ),
    pytest.param(
        '"Demand has never been higher," the company\'s chief executive said.',
        [
            (
                "Demand has never been higher",
                "the company's chief executive",
                "the company's chief executive said",
                True,
            )
        ],
        id="role-speaker",
    ),
    pytest.param(
        "“We have signed eleven contracts this month,” Smetanin said.",
        [("We have signed eleven contracts this month", "Smetanin", "Smetanin said", False)],
        id="curly",
    ),
    pytest.param(
        "‘Our partners have delivered every system they promised,’ the minister said.",
        [
            (
                "Our partners have delivered every system they promised",
                "the minister",
                "the minister said",
                True,
            )
        ],
        id="single-attributed",
    ),
    pytest.param(
        '"We will build it. We will run it. And we will pay for it," Kamyshin said.',
        [
            (
                "We will build it. We will run it. And we will pay for it",
                "Kamyshin",
                "Kamyshin said",
                False,
            )
        ],
        id="multi-sentence",
    ),
    pytest.param(
        'Kamyshin was blunt. "We need shells, not promises, and we need them this winter."',
        [("We need shells, not promises, and we need them this winter.", "Kamyshin", None, False)],
        id="standalone-after-intro",
    ),
    pytest.param(
        '"The first line is ready," Papperger said. "The second one will follow in the autumn."',
        [
            ("The first line is ready", "Papperger", "Papperger said", False),
            ("The second one will follow in the autumn.", "Papperger", None, False),
        ],
        id="continuation",
    ),
    pytest.param(
        'Umerov visited the plant on Monday. "We are impressed by the pace of work," he said.',
        [("We are impressed by the pace of work", "Umerov", "he said", False)],
        id="pronoun",
    ),
    pytest.param(
        '"We will not slow down," Papperger, the company\'s chief executive, said.',
        [
            (
                "We will not slow down",
                "Papperger",
                "Papperger, the company's chief executive, said",
                False,
            )
        ],
        id="apposition",
    ),
    pytest.param(
        "Zelenskyy promised a “special economic regime” for investors.",
        [],
        id="scare-double",
    ),
    pytest.param(
        "Firms joined the so-called ‘Alliance of Defence Industries’ last year.",
        [],
        id="scare-single",
    ),
    pytest.param(
        'The plan, called "a fundamental shift in how Europe buys its ammunition" by '
        "officials, was adopted.",
        [("a fundamental shift in how Europe buys its ammunition", None, None, False)],
        id="unattributed-long",
    ),
    pytest.param(
        "\"Ukraine's army can't wait for next year's deliveries,\" Syrskyi said.",
        [
            (
                "Ukraine's army can't wait for next year's deliveries",
                "Syrskyi",
                "Syrskyi said",
                False,
            )
        ],
        id="apostrophes-inside",
    ),
    pytest.param(
        "Ukraine’s ministry said the allies’ deliveries were late.",
        [],
        id="apostrophes-only",
    ),
    pytest.param(
        'Papperger said: "We will build the plant in western Ukraine. It will employ 500 people.',
        [
            (
                "We will build the plant in western Ukraine. It will employ 500 people.",
                "Papperger",
                "Papperger said",
                False,
            )
        ],
        id="unclosed-runs-on",
    ),
    pytest.param(
        'Umerov spoke first.\n\n"We are ready to start right now, today."',
        [("We are ready to start right now, today.", None, None, False)],
        id="paragraph-break",
    ),
    pytest.param(
        "„We are ready to deliver the first vehicles,“ said Papperger.",
        [("We are ready to deliver the first vehicles", "Papperger", "said Papperger", False)],
        id="low-high",
    ),
    pytest.param(
        "«We will not retreat from this region,» the general said.",
        [("We will not retreat from this region", "the general", "the general said", True)],
        id="guillemets",
    ),
    pytest.param(
        '"Why should we wait for permission?" Umerov asked.',
        [("Why should we wait for permission?", "Umerov", "Umerov asked", False)],
        id="question-asked",
    ),
    pytest.param(
        '"Exports are not our priority," Smetanin added.',
        [("Exports are not our priority", "Smetanin", "Smetanin added", False)],
        id="added",
    ),
    pytest.param(
        '"Every drone counts," Fedorov emphasised.',
        [("Every drone counts", "Fedorov", "Fedorov emphasised", False)],
        id="emphasised",
    ),
    pytest.param(
        '"Never," the minister said.',
        [("Never", "the minister", "the minister said", True)],
        id="short-attributed",
    ),
    pytest.param(
        'Umerov said that "the situation at the front is difficult".',
        [("the situation at the front is difficult", "Umerov", "Umerov said", False)],
        id="said-that-partial",
    ),
    pytest.param(
        '"We are ready," said Papperger. "So are we," said Smetanin.',
        [
            ("We are ready", "Papperger", "said Papperger", False),
            ("So are we", "Smetanin", "said Smetanin", False),
        ],
        id="two-speakers",
    ),
    pytest.param(
        '"Deliveries are on schedule," said Deputy Defence Minister Ivan Havryliuk.',
        [
            (
                "Deliveries are on schedule",
                "Deputy Defence Minister Ivan Havryliuk",
                "said Deputy Defence Minister Ivan Havryliuk",
                False,
            )
        ],
        id="full-title-after",
    ),
    pytest.param(
        '"We call it the ‘drone line’ and it works," Fedorov said.',
        [("We call it the ‘drone line’ and it works", "Fedorov", "Fedorov said", False)],
        id="nested-single",
    ),
    pytest.param(
        'Umerov spoke in Kyiv. "Our army will win this war." He added that more shells '
        "were coming.",
        [("Our army will win this war.", "Umerov", None, False)],
        id="new-sentence-not-attribution",
    ),
    pytest.param(
        '"We are doing everything we can." Havryliuk said.',
        [("We are doing everything we can.", "Havryliuk", "Havryliuk said", False)],
        id="full-stop-then-attribution",
    ),
    pytest.param(
        '"The contract has been fulfilled in full," Rheinmetall said in a statement.',
        [("The contract has been fulfilled in full", "Rheinmetall", "Rheinmetall said", False)],
        id="org-statement",
    ),
    pytest.param(
        '"The talks were constructive," Umerov said on Tuesday.',
        [("The talks were constructive", "Umerov", "Umerov said", False)],
        id="on-tuesday",
    ),
    pytest.param(
        'Defence Minister Hanna Virtanen met the brigade. "They need more trucks," she '
        "told the Kyiv Independent.",
        [
            (
                "They need more trucks",
                "Defence Minister Hanna Virtanen",
                "she told the Kyiv Independent",
                False,
            )
        ],
        id="she-told",
    ),
    pytest.param(
        'The file was named "" by mistake.',
        [],
        id="empty-quotes",
    ),
    pytest.param(
        'The 12" guns were replaced by newer systems.',
        [],
        id="inches",
    ),
    pytest.param(
        '"We expect a decision soon." The company’s spokesperson said “no” when asked.',
        [
            ("We expect a decision soon.", None, None, False),
            ("no", "The company’s spokesperson", "The company’s spokesperson said", True),
        ],
        id="quote-then-according",
    ),
    pytest.param(
        '"The plant is on schedule," a spokesperson for the ministry said.',
        [
            (
                "The plant is on schedule",
                "a spokesperson for the ministry",
                "a spokesperson for the ministry said",
                True,
            )
        ],
        id="named-role-not-name",
    ),
    pytest.param(
        "“Production has tripled,” said Ukraine’s strategic industries minister.",
        [
            (
                "Production has tripled",
                "Ukraine’s strategic industries minister",
                "said Ukraine’s strategic industries minister",
                True,
            )
        ],
        id="said-x-inverted-role",
    ),
    pytest.param(
        "“Ukraine needs more air defence systems”, – Rustem Umerov emphasized.",
        [
            (
                "Ukraine needs more air defence systems",
                "Rustem Umerov",
                "Rustem Umerov emphasized",
                False,
            )
        ],
        id="dash-attribution",
    ),
    pytest.param(
        'Umerov spoke to the troops. According to him, "the front needs drones every single day."',
        [("the front needs drones every single day.", "Umerov", "According to him", False)],
        id="according-to-him",
    ),
    pytest.param(
        "Speaking in Kyiv, President Volodymyr Zelenskiy said that 252 companies took "
        'part. He added: "This is only the beginning."',
        [("This is only the beginning.", "President Volodymyr Zelenskiy", "He added", False)],
        id="he-added-reporter",
    ),
    pytest.param(
        'US Defense Secretary Lloyd Austin said the allies "will do whatever it takes."',
        [
            (
                "will do whatever it takes.",
                "US Defense Secretary Lloyd Austin",
                "US Defense Secretary Lloyd Austin said",
                False,
            )
        ],
        id="partial-quote-reporter",
    ),
    pytest.param(
        "One executive asked about the risks. Umerov answered: “Because the market is here.”",
        [("Because the market is here.", "Umerov", "Umerov answered", False)],
        id="answered-colon",
    ),
    pytest.param(
        "“We are building a new industry from scratch,” said Kamyshin. “Two years ago we "
        "produced almost nothing.",
        [
            ("We are building a new industry from scratch", "Kamyshin", "said Kamyshin", False),
            ("Two years ago we produced almost nothing.", "Kamyshin", None, False),
        ],
        id="runs-on-unclosed-continuation",
    ),
    pytest.param(
        "– Poland is and will be in the first line of support for Ukraine. Industry must "
        "produce for the front – underlined the head of the Ministry.",
        [
            (
                "Poland is and will be in the first line of support for Ukraine. Industry must "
                "produce for the front",
                "the head of the Ministry",
                "underlined the head of the Ministry",
                True,
            )
        ],
        id="dash-dialogue-verb-first",
    ),
    pytest.param(
        "— We will build the plant next year — Umerov said.",
        [("We will build the plant next year", "Umerov", "Umerov said", False)],
        id="dash-dialogue-speaker-first",
    ),
    pytest.param(
        "- Prices rose in May - with more to come.",
        [],
        id="dash-list-item-without-attribution-is-no-quote",
    ),
    pytest.param(
        "– The plan is clear – said Defence Minister Rustem Umerov, adding more.",
        [],
        id="dash-attribution-must-end-the-paragraph",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_quotes(text: str, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    quotes = find_quotes(text)
    got = [
        (
            q.content.text,
            None if q.speaker is None else q.speaker.text,
            None if q.attribution is None else q.attribution.text,
            q.speaker_is_role,
        )
        for q in quotes
    ]
    assert got == expected
    for quote in quotes:
        assert quote.span.start <= quote.content.start <= quote.content.end <= quote.span.end
        assert text[quote.span.start] in "\"“„«‘‚'–—-"  # a quote mark or a dialogue dash


SCARE_CASES = [
    pytest.param(
        "Zelenskyy promised a “special economic regime” to firms that join the "
        "so-called ‘Alliance of Defence Industries’.",
        ["special economic regime", "Alliance of Defence Industries"],
        id="double-and-single",
    ),
    pytest.param(
        'Critics doubt that the plan is "historic." Kyiv agreed.',
        ["historic"],
        id="trailing-stop-dropped",
    ),
    pytest.param(
        '"We are ready to deliver," Papperger said of the "drone wall" plan.',
        ["drone wall"],
        id="quotation-is-not-scare",
    ),
    pytest.param(
        "Officials spoke of a ‘coalition of capabilities’ and a “ramp-up”.",
        ["coalition of capabilities", "ramp-up"],
        id="two-terms",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCARE_CASES)
def test_find_scare_quotes(text: str, expected: list[str]) -> None:
    spans = find_scare_quotes(text)
    assert [s.text for s in spans] == expected
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_scare_quotes_are_not_quotes() -> None:
    text = "Zelenskyy promised a “special economic regime” for investors."
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'The ministry described the deal as "historic." Kyiv agreed.',
        "President Volodymyr Zelenskiy, who met U.S. President Joe Biden on the sidelines, "
        'called the outcome "a significant security win" despite the lack of a timetable.',
        "John Healey spoke. In a response this week, he said the government would set out a "
        "strategy and that Ukraine would be 'at the centre of it'.",
    ],
)
def test_quoted_fragments_of_a_speaker_are_quotes_not_scare_quotes(text: str) -> None:
    fragments = [quote.content.text.rstrip(".") for quote in find_quotes(text)]
    assert len(fragments) == 1
    assert fragments[0] in text
    assert find_scare_quotes(text) == []


def test_span_covers_the_marks() -> None:
    text = 'Earlier. "We will win," Umerov said.'
    (quote,) = find_quotes(text)
    assert quote.span.text == '"We will win,"'
    assert quote.content.text == "We will win"


def test_paragraphs_limit_attribution() -> None:
    text = 'Umerov said:\n"We will keep every line running through the winter."'
    # With the whole text as one paragraph the colon introduces the quotation...
    whole = find_quotes(text, [Span.of(text, 0, len(text))])
    assert [q.speaker.text if q.speaker else None for q in whole] == ["Umerov"]
    # ...but not across a paragraph boundary.
    cut = text.index("\n")
    parts = [Span.of(text, 0, cut), Span.of(text, cut + 1, len(text))]
    split = find_quotes(text, parts)
    assert [(q.content.text, q.speaker) for q in split] == [
        ("We will keep every line running through the winter.", None)
    ]


def test_blank_lines_delimit_paragraphs_by_default() -> None:
    text = 'Umerov said:\n\n"We will keep every line running through the winter."'
    assert [q.speaker for q in find_quotes(text)] == [None]


# -- round 2: quotations split by their attribution ----------------------------------------


def test_quotation_resumed_after_a_named_attribution() -> None:
    text = '"We have tripled output since spring," Dahl said. "Next year we will triple it again."'
    first, second = find_quotes(text)
    assert not first.continues
    assert second.continues
    assert second.speaker is not None
    assert second.speaker.text == "Dahl"


def test_quotation_resumed_mid_sentence() -> None:
    text = '"We will," Dahl told investors, "not build capacity on promises."'
    assert [q.continues for q in find_quotes(text)] == [False, True]


def test_a_new_attributed_quotation_does_not_continue() -> None:
    text = '"We are ready," Dahl said. "So are we," Berg replied.'
    assert [q.continues for q in find_quotes(text)] == [False, False]


def test_quotation_after_a_pronoun_attribution_stands_apart() -> None:
    text = (
        'Analyst Mia Berg doubts the plan. "It is a memo," she said. '
        '"The question is who pays for the factory."'
    )
    assert [q.continues for q in find_quotes(text)] == [False, False]


def test_verb_first_attribution_with_underlined() -> None:
    text = '"No hryvnia of taxpayers\' money will be spent," underlined the Prime Minister.'
    [quote] = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.text == "the Prime Minister"
