"""Table-driven tests of split_sentences on defence-industry news prose."""

from __future__ import annotations

import pytest

from defnews.text.sentences import split_sentences

CASES = [
    pytest.param(
        "Berlin pays 4 Mrd. Euro for the missiles. Kyiv adds 300 Mio. The rest follows.",
        ["Berlin pays 4 Mrd. Euro for the missiles.", "Kyiv adds 300 Mio.", "The rest follows."],
        id="german-multiplier-abbreviations",
    ),
    pytest.param(
        "Rheinmetall opened a shell plant in Lithuania. Output starts next year.",
        ["Rheinmetall opened a shell plant in Lithuania.", "Output starts next year."],
        id="two-plain",
    ),
    pytest.param(
        "The U.S. Army ordered 500 loitering drones. Deliveries begin in May.",
        ["The U.S. Army ordered 500 loitering drones.", "Deliveries begin in May."],
        id="us-mid-sentence",
    ),
    pytest.param(
        "The shells were shipped from the U.S. The contract runs until 2026.",
        ["The shells were shipped from the U.S.", "The contract runs until 2026."],
        id="us-end-then-starter",
    ),
    pytest.param(
        "The U.K. Ministry of Defence confirmed the order. It gave no value.",
        ["The U.K. Ministry of Defence confirmed the order.", "It gave no value."],
        id="uk",
    ),
    pytest.param(
        "A U.N. report criticised the strikes. Kyiv rejected it.",
        ["A U.N. report criticised the strikes.", "Kyiv rejected it."],
        id="un",
    ),
    pytest.param(
        "E.U. defence ministers met in Brussels. They agreed a new package.",
        ["E.U. defence ministers met in Brussels.", "They agreed a new package."],
        id="eu",
    ),
    pytest.param(
        "Gen. Oleksandr Syrskyi toured the drone workshop. He praised the engineers.",
        ["Gen. Oleksandr Syrskyi toured the drone workshop.", "He praised the engineers."],
        id="general",
    ),
    pytest.param(
        "Lt. Col. Petro Kovalenko runs the pilot school. His unit trains 300 operators.",
        ["Lt. Col. Petro Kovalenko runs the pilot school.", "His unit trains 300 operators."],
        id="lt-col",
    ),
    pytest.param(
        "Col. Bondar and Maj. Hrytsenko met Capt. Ellis at the depot. The meeting was brief.",
        [
            "Col. Bondar and Maj. Hrytsenko met Capt. Ellis at the depot.",
            "The meeting was brief.",
        ],
        id="col-maj-capt",
    ),
    pytest.param(
        "Mr. Lindqvist and Mrs. Orban joined Ms. Kaur and Dr. Weiss. Prof. Adler chaired.",
        ["Mr. Lindqvist and Mrs. Orban joined Ms. Kaur and Dr. Weiss.", "Prof. Adler chaired."],
        id="honorifics",
    ),
    pytest.param(
        "The forum took place in St. Gallen. Few buyers attended.",
        ["The forum took place in St. Gallen.", "Few buyers attended."],
        id="saint",
    ),
    pytest.param(
        "Order No. 412 covers 155mm rounds. It was approved in March.",
        ["Order No. 412 covers 155mm rounds.", "It was approved in March."],
        id="number-abbreviation",
    ),
    pytest.param(
        "The package is worth approx. 300 million euros. Payment is due in 2025.",
        ["The package is worth approx. 300 million euros.", "Payment is due in 2025."],
        id="approx",
    ),
    pytest.param(
        "Several systems, e.g. IRIS-T and NASAMS, arrived. More are expected.",
        ["Several systems, e.g. IRIS-T and NASAMS, arrived.", "More are expected."],
        id="eg",
    ),
    pytest.param(
        "Air defence, i.e. Patriot batteries, tops the list. Shells come second.",
        ["Air defence, i.e. Patriot batteries, tops the list.", "Shells come second."],
        id="ie",
    ),
    pytest.param(
        "Drones, radars, etc. are covered by the deal. The full list is classified.",
        ["Drones, radars, etc. are covered by the deal.", "The full list is classified."],
        id="etc-mid-sentence",
    ),
    pytest.param(
        "The fund buys fuses, charges, etc. The first tranche is 200 million euros.",
        ["The fund buys fuses, charges, etc.", "The first tranche is 200 million euros."],
        id="etc-end",
    ),
    pytest.param(
        "Northrop Grumman Inc. won the tender. The award was announced on Friday.",
        ["Northrop Grumman Inc. won the tender.", "The award was announced on Friday."],
        id="inc",
    ),
    pytest.param(
        "Hanwha Aerospace Co. and Babcock Ltd. signed a memorandum. Details were not given.",
        [
            "Hanwha Aerospace Co. and Babcock Ltd. signed a memorandum.",
            "Details were not given.",
        ],
        id="co-ltd",
    ),
    pytest.param(
        "Leidos Corp. Chief Executive Tom Bell visited Kyiv.",
        ["Leidos Corp. Chief Executive Tom Bell visited Kyiv."],
        id="corp-before-title",
    ),
    pytest.param(
        "The talks were led by Robert Hale Jr. The next round is in June.",
        ["The talks were led by Robert Hale Jr.", "The next round is in June."],
        id="junior-end",
    ),
    pytest.param(
        "Output reached 2,000 rounds a day vs. 800 a year earlier. Kyiv wants more.",
        ["Output reached 2,000 rounds a day vs. 800 a year earlier.", "Kyiv wants more."],
        id="versus",
    ),
    pytest.param(
        "The contract was signed on Sept. 12 in Kyiv. Deliveries begin in Jan. 2025.",
        ["The contract was signed on Sept. 12 in Kyiv.", "Deliveries begin in Jan. 2025."],
        id="months",
    ),
    pytest.param(
        "The decree was published on Dec. 3. It takes effect at once.",
        ["The decree was published on Dec. 3.", "It takes effect at once."],
        id="december",
    ),
    pytest.param(
        "The ministry briefed reporters at 10 a.m. The minister spoke at 3 p.m. on Tuesday.",
        ["The ministry briefed reporters at 10 a.m.", "The minister spoke at 3 p.m. on Tuesday."],
        id="am-pm",
    ),
    pytest.param(
        "J. R. Halvorsen, a NATO adviser, attended. He spoke briefly.",
        ["J. R. Halvorsen, a NATO adviser, attended.", "He spoke briefly."],
        id="initials",
    ),
    pytest.param(
        "Rheinmetall will invest EUR 1.5 billion. The plant opens in 2.5 years.",
        ["Rheinmetall will invest EUR 1.5 billion.", "The plant opens in 2.5 years."],
        id="decimals",
    ),
    pytest.param(
        '"We will ... keep every line running," he said. Nobody disagreed.',
        ['"We will ... keep every line running," he said.', "Nobody disagreed."],
        id="ellipsis-omission",
    ),
    pytest.param(
        "The talks dragged on... Then the minister left the room.",
        ["The talks dragged on...", "Then the minister left the room."],
        id="ellipsis-end",
    ),
    pytest.param(
        "Production kept rising… The army still wants more.",
        ["Production kept rising…", "The army still wants more."],
        id="unicode-ellipsis",
    ),
    pytest.param(
        '"We are ready to build the plant." Papperger said. Work starts soon.',
        ['"We are ready to build the plant." Papperger said.', "Work starts soon."],
        id="full-stop-quote-attribution",
    ),
    pytest.param(
        "“We will supply the brigades with everything they need,” the minister stated. "
        "The plan is funded.",
        [
            "“We will supply the brigades with everything they need,” the minister stated.",
            "The plan is funded.",
        ],
        id="comma-quote-attribution",
    ),
    pytest.param(
        "“The first line is ready.” the company said in a statement. Output starts in June.",
        [
            "“The first line is ready.” the company said in a statement.",
            "Output starts in June.",
        ],
        id="quote-then-lowercase",
    ),
    pytest.param(
        "Will the plant open in 2025? The company did not say.",
        ["Will the plant open in 2025?", "The company did not say."],
        id="question",
    ),
    pytest.param(
        "Glory to the defenders! The crowd cheered.",
        ["Glory to the defenders!", "The crowd cheered."],
        id="exclamation",
    ),
    pytest.param(
        '"Why should we wait?" Umerov asked. Nobody answered.',
        ['"Why should we wait?" Umerov asked.', "Nobody answered."],
        id="question-quote-attribution",
    ),
    pytest.param(
        "The deal was signed in May. (Its value was not disclosed.) Deliveries start soon.",
        [
            "The deal was signed in May.",
            "(Its value was not disclosed.)",
            "Deliveries start soon.",
        ],
        id="parenthesised-sentence",
    ),
    pytest.param(
        "Defence Industry Update\n\nUkraine signed a drone deal.",
        ["Defence Industry Update", "Ukraine signed a drone deal."],
        id="blank-line",
    ),
    pytest.param(
        "The contract is worth 50 million euros",
        ["The contract is worth 50 million euros"],
        id="no-final-stop",
    ),
    pytest.param("   \n\t  ", [], id="only-space"),
    pytest.param(
        "1. Rheinmetall builds the plant. 2. Ukraine buys the shells.",
        ["1. Rheinmetall builds the plant.", "2. Ukraine buys the shells."],
        id="numbered-items",
    ),
    pytest.param(
        "Key points:\n- Kyiv signs the deal\n- Berlin pays for it",
        ["Key points:", "- Kyiv signs the deal", "- Berlin pays for it"],
        id="bullets",
    ),
    pytest.param(
        "The order was placed in 2023. 155mm shells remain scarce.",
        ["The order was placed in 2023.", "155mm shells remain scarce."],
        id="digit-start",
    ),
    pytest.param(
        'Kamyshin was blunt. "We need shells, not promises."',
        ["Kamyshin was blunt.", '"We need shells, not promises."'],
        id="quote-opens-sentence",
    ),
    pytest.param(
        "The first sentence ends here.\r\nThe second follows on a new line.",
        ["The first sentence ends here.", "The second follows on a new line."],
        id="crlf",
    ),
    pytest.param(
        "Kyiv joined the so-called ‘Drone Coalition’. The coalition has 18 members.",
        ["Kyiv joined the so-called ‘Drone Coalition’.", "The coalition has 18 members."],
        id="single-quoted-term",
    ),
    pytest.param(
        "The U.S.-made launchers arrived. Crews were trained in Germany.",
        ["The U.S.-made launchers arrived.", "Crews were trained in Germany."],
        id="us-hyphen",
    ),
    pytest.param(
        "NATO allies met in Vilnius.   Ukraine's minister attended.",
        ["NATO allies met in Vilnius.", "Ukraine's minister attended."],
        id="extra-spaces",
    ),
    pytest.param(
        "Saab said it would expand output. Exports rose 40%. The order book is full.",
        ["Saab said it would expand output.", "Exports rose 40%.", "The order book is full."],
        id="three-sentences",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert [s.text for s in spans] == expected
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_bounds_select_one_paragraph() -> None:
    text = "Intro line.\n\nKNDS signed a deal. Deliveries follow in 2026.\n\nOutro."
    start = text.index("KNDS")
    end = text.index("\n\nOutro")
    spans = split_sentences(text, start, end)
    assert [s.text for s in spans] == ["KNDS signed a deal.", "Deliveries follow in 2026."]
    assert spans[0].start == start
    assert spans[-1].end == end


def test_bounds_are_clamped() -> None:
    text = "Saab delivered radars. Kyiv paid."
    assert [s.text for s in split_sentences(text, -5, 10_000)] == [
        "Saab delivered radars.",
        "Kyiv paid.",
    ]
    assert split_sentences(text, 20, 5) == []
