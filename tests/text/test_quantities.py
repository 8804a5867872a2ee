"""Table-driven tests for :func:`defnews.text.quantities.find_quantities`.

Each case is a sentence written for this suite in the style of wire, ministry and translated
defence news, and the exact quantities it must give (or none, for the negative cases).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from defnews.text.quantities import find_quantities


class Q(NamedTuple):
    """The expected reading of one quantity."""

    text: str
    value: float
    unit: str = ""
    high: float | None = None
    currency: str | None = None
    approx: bool = False
    qualifier: str | None = None


def money(text: str, value: float, code: str, **kw: object) -> Q:
    return Q(text, value, code, currency=code, **kw)  # type: ignore[arg-type]


CASES = [
    # --- counts with their counted noun -------------------------------------------------
    pytest.param(
        "The army took delivery of 46 types of locally built equipment in March.",
        [Q("46 types of locally built equipment", 46, "types of equipment")],
        id="classifier-of-complement",
    ),
    pytest.param(
        "The forum gathered 252 defense sector companies from around 30 countries.",
        [
            Q("252 defense sector companies", 252, "companies"),
            Q("around 30 countries", 30, "countries", approx=True, qualifier="around"),
        ],
        id="modifiers-and-hedged-count",
    ),
    pytest.param(
        "Volunteers bought 1,000 FPV drones for the brigade.",
        [Q("1,000 FPV drones", 1000, "drones")],
        id="acronym-modifier",
    ),
    pytest.param(
        "Kyiv received 12 Patriot launchers and 4,500 Stinger missiles.",
        [Q("12 Patriot launchers", 12, "launchers"), Q("4,500 Stinger missiles", 4500, "missiles")],
        id="two-counts-proper-modifiers",
    ),
    pytest.param(
        "The plant will turn out 150 armoured personnel carriers by December.",
        [Q("150 armoured personnel carriers", 150, "carriers")],
        id="plural-run-head-is-last",
    ),
    pytest.param(
        "Norway will donate 30 aircraft and train 1,200 personnel.",
        [Q("30 aircraft", 30, "aircraft"), Q("1,200 personnel", 1200, "personnel")],
        id="irregular-plurals",
    ),
    pytest.param(
        "The order covers 24 F-16s and 8 Gripen jets.",
        [Q("24 F-16s", 24, "F-16s"), Q("8 Gripen jets", 8, "jets")],
        id="designation-plural-as-unit",
    ),
    pytest.param(
        "Factories shipped 2 million rounds of artillery ammunition last year.",
        [Q("2 million rounds of artillery ammunition", 2e6, "rounds of ammunition")],
        id="multiplier-count-with-complement",
    ),
    pytest.param(
        "Only one tank was lost, one diplomat said, and not one hryvnia was wasted.",
        [],  # "one" as a word is an article, not a figure
        id="one-as-a-word-is-not-a-count",
    ),
    pytest.param(
        "The army received 1 tank and one million rounds.",
        [Q("1 tank", 1, "tank"), Q("one million rounds", 1e6, "rounds")],
        id="one-in-digits-or-scaled-still-counts",
    ),
    pytest.param(
        "The minister gave three reasons and two ways forward; two brigades got 12 howitzers.",
        [Q("two brigades", 2, "brigades"), Q("12 howitzers", 12, "howitzers")],
        id="discourse-nouns-are-not-counted",
    ),
    # --- rates and elided nouns ---------------------------------------------------------------
    pytest.param(
        "Output will rise from 150 airframes a month to 400 shells per week next year.",
        [
            Q("150 airframes a month", 150, "airframes per month"),
            Q("400 shells per week", 400, "shells per week"),
        ],
        id="rates-with-their-noun",
    ),
    pytest.param(
        '"Last spring we built six a month. Now we build four hundred a day," she said.',
        [Q("six a month", 6, "per month"), Q("four hundred a day", 400, "per day")],
        id="rates-with-elided-noun",
    ),
    pytest.param(
        "The plant runs 24 hours a day, seven days a week, and he calls twice a month.",
        [],
        id="durations-with-a-rate-are-not-counts",
    ),
    pytest.param(
        "Five firms bid; three of them qualified, and only two of those offers were signed.",
        [
            Q("Five firms", 5, "firms"),
            Q("three of them", 3, ""),
            Q("two of those offers", 2, "offers"),
        ],
        id="partitive-counts",
    ),
    pytest.param(
        "The two of them met in Brussels; ten of the 27 member states and one of them agreed.",
        [Q("27 member states", 27, "states")],
        id="partitive-after-the-or-before-a-number-is-not-a-count",
    ),
    pytest.param(
        "The firm has 140 staff and will hire 60 more by June. Last year there were 90.",
        [Q("140 staff", 140, "staff"), Q("60 more", 60, ""), Q("90", 90, "")],
        id="elided-noun-after-more-or-there-were",
    ),
    pytest.param(
        "Two years ago they made ten; now they make more than twenty and at least 30.",
        [
            Q("more than twenty", 20, "", approx=True, qualifier="more than"),
            Q("at least 30", 30, "", approx=True, qualifier="at least"),
        ],
        id="hedged-number-word-without-noun",
    ),
    pytest.param(
        "The first batch of 100 arrived in May, rising to 400 by December.",
        [Q("100", 100, ""), Q("400", 400, "")],
        id="batch-of-and-rising-to",
    ),
    pytest.param(
        "A handful of larger grants went out, but crews drove hundreds of kilometres for parts.",
        [Q("A handful of larger grants", 5, "grants", approx=True, qualifier="a handful of")],
        id="handful-and-vague-distances",
    ),
    pytest.param(
        "Spending rose to 2.5 in 2024 and two said the ten were ready.",
        [],
        id="bare-numbers-without-count-signal",
    ),
    pytest.param(
        "Six howitzers and twenty-five armoured vehicles arrived.",
        [Q("Six howitzers", 6, "howitzers"), Q("twenty-five armoured vehicles", 25, "vehicles")],
        id="number-words",
    ),
    pytest.param(
        "A dozen engineers and a hundred mechanics were sent to the depot.",
        [Q("A dozen engineers", 12, "engineers"), Q("a hundred mechanics", 100, "mechanics")],
        id="a-dozen-a-hundred",
    ),
    pytest.param(
        "The parliament approved three hundred and fifty new positions.",
        [Q("three hundred and fifty new positions", 350, "positions")],
        id="compound-number-words",
    ),
    pytest.param(
        "The unit trained 1 000 soldiers; the survey polled 2,004 adults.",
        [Q("1 000 soldiers", 1000, "soldiers"), Q("2,004 adults", 2004, "adults")],
        id="space-thousands-and-year-like-count",
    ),
    pytest.param(
        "Drone makers delivered 1.000.000 units under the programme.",
        [Q("1.000.000 units", 1e6, "units")],
        id="european-grouping",
    ),
    # --- approximations and vague amounts -------------------------------------------------
    pytest.param(
        "More than 1,000 drones, at least 200 vehicles and up to 30 aircraft were pledged.",
        [
            Q("More than 1,000 drones", 1000, "drones", approx=True, qualifier="more than"),
            Q("at least 200 vehicles", 200, "vehicles", approx=True, qualifier="at least"),
            Q("up to 30 aircraft", 30, "aircraft", approx=True, qualifier="up to"),
        ],
        id="hedges",
    ),
    pytest.param(
        "Nearly 40 countries sent observers, and some 15 firms bid.",
        [
            Q("Nearly 40 countries", 40, "countries", approx=True, qualifier="nearly"),
            Q("some 15 firms", 15, "firms", approx=True, qualifier="some"),
        ],
        id="nearly-some",
    ),
    pytest.param(
        "Rescuers found roughly 1.1 million tonnes of debris.",
        [
            Q(
                "roughly 1.1 million tonnes of debris",
                1.1e6,
                "tonnes of debris",
                approx=True,
                qualifier="roughly",
            )
        ],
        id="roughly-tonnes-of",
    ),
    pytest.param(
        "Dozens of missiles and hundreds of drones struck the grid overnight.",
        [
            Q("Dozens of missiles", 12, "missiles", approx=True, qualifier="dozens of"),
            Q("hundreds of drones", 100, "drones", approx=True, qualifier="hundreds of"),
        ],
        id="dozens-hundreds-of",
    ),
    pytest.param(
        "Tens of thousands of recruits and thousands of volunteers joined.",
        [
            Q(
                "Tens of thousands of recruits",
                10000,
                "recruits",
                approx=True,
                qualifier="tens of thousands of",
            ),
            Q("thousands of volunteers", 1000, "volunteers", approx=True, qualifier="thousands of"),
        ],
        id="tens-of-thousands",
    ),
    pytest.param(
        "Several hundred troops and a few thousand rounds were moved.",
        [
            Q("Several hundred troops", 300, "troops", approx=True, qualifier="several"),
            Q("a few thousand rounds", 3000, "rounds", approx=True, qualifier="a few"),
        ],
        id="several-hundred-a-few-thousand",
    ),
    pytest.param(
        "The consultant was paid a six-figure sum for the study.",
        [Q("a six-figure sum", 1e5, high=999999.0, approx=True, qualifier="six-figure")],
        id="six-figure-sum",
    ),
    pytest.param(
        "The ministry spent hundreds of millions of dollars on drones.",
        [
            money(
                "hundreds of millions of dollars",
                1e8,
                "USD",
                approx=True,
                qualifier="hundreds of millions of",
            )
        ],
        id="vague-money",
    ),
    # --- percentages ------------------------------------------------------------------------
    pytest.param(
        "The minister said approximately 50% of arms shipments from allies arrive late.",
        [Q("approximately 50%", 50, "percent", approx=True, qualifier="approximately")],
        id="approx-percent-sign",
    ),
    pytest.param(
        "Output rose 60 per cent, then 12.5 percent, and the share is 3%.",
        [
            Q("60 per cent", 60, "percent"),
            Q("12.5 percent", 12.5, "percent"),
            Q("3%", 3, "percent"),
        ],
        id="percent-spellings",
    ),
    pytest.param(
        "Allies cover between 5% and 7% of needs, or 3-4 percent of GDP.",
        [
            Q("between 5% and 7%", 5, "percent", high=7.0),
            Q("3-4 percent", 3, "percent", high=4.0),
        ],
        id="percent-ranges",
    ),
    pytest.param(
        "Half of the shells and two-thirds of the fuel came from abroad.",
        [Q("Half", 50, "percent"), Q("two-thirds", 67, "percent")],
        id="fractions-as-percent",
    ),
    pytest.param(
        "The state covers roughly a third. About a fifth of revenue and barely half arrived.",
        [
            Q("roughly a third", 33, "percent", approx=True, qualifier="roughly"),
            Q("About a fifth", 20, "percent", approx=True, qualifier="about"),
            Q("barely half", 50, "percent", approx=True, qualifier="barely"),
        ],
        id="fractions-rounded-and-hedged",
    ),
    pytest.param(
        "He won a third time in the third quarter; a quarter of a million shells came.",
        [Q("a quarter of a million shells", 250000, "shells")],
        id="fraction-as-ordinal-or-of-a-scale",
    ),
    pytest.param(
        "Nearly half of all aid arrived late.",
        [Q("Nearly half", 50, "percent", approx=True, qualifier="nearly")],
        id="nearly-half",
    ),
    # --- money --------------------------------------------------------------------------------
    pytest.param(
        "The EU approved EUR 1.5 billion for ammunition.",
        [money("EUR 1.5 billion", 1.5e9, "EUR")],
        id="eur-code-billion",
    ),
    pytest.param(
        "Washington pledged $2bn and London £500m.",
        [money("$2bn", 2e9, "USD"), money("£500m", 5e8, "GBP")],
        id="glued-multipliers",
    ),
    pytest.param(
        "The budget sets aside UAH 20 billion, or about 3.5 billion hryvnias per quarter.",
        [
            money("UAH 20 billion", 2e10, "UAH"),
            money("about 3.5 billion hryvnias", 3.5e9, "UAH", approx=True, qualifier="about"),
        ],
        id="hryvnia",
    ),
    pytest.param(
        "Germany added €7 billion while France offered 3 bn euros.",
        [money("€7 billion", 7e9, "EUR"), money("3 bn euros", 3e9, "EUR")],
        id="euro-sign-and-word",
    ),
    pytest.param(
        "The sale is worth up to US$1.2 billion, the agency said.",
        [money("up to US$1.2 billion", 1.2e9, "USD", approx=True, qualifier="up to")],
        id="us-dollar-prefix",
    ),
    pytest.param(
        "Warsaw signed a PLN 2.1 billion deal; Oslo added NOK 1.5bn and Copenhagen "
        "DKK 800 million.",
        [
            money("PLN 2.1 billion", 2.1e9, "PLN"),
            money("NOK 1.5bn", 1.5e9, "NOK"),
            money("DKK 800 million", 8e8, "DKK"),
        ],
        id="nordic-and-polish-codes",
    ),
    pytest.param(
        "Sweden will spend SEK 20bn and Switzerland CHF 500 million.",
        [money("SEK 20bn", 2e10, "SEK"), money("CHF 500 million", 5e8, "CHF")],
        id="sek-chf",
    ),
    pytest.param(
        "Each missile costs $178,000; the launcher 1.5 million pounds sterling.",
        [money("$178,000", 178000, "USD"), money("1.5 million pounds sterling", 1.5e6, "GBP")],
        id="plain-dollars-and-sterling",
    ),
    pytest.param(
        "The fund will grow to EUR 20-30 million, and the second to $2bn-$3bn.",
        [
            money("EUR 20-30 million", 2e7, "EUR", high=3e7),
            money("$2bn-$3bn", 2e9, "USD", high=3e9),
        ],
        id="money-ranges",
    ),
    pytest.param(
        "Grants range between UAH 500,000 and UAH 8 million; shares rose 9.6% to NOK 412.40.",
        [
            money("between UAH 500,000 and UAH 8 million", 5e5, "UAH", high=8e6),
            Q("9.6%", 9.6, "percent"),
            money("NOK 412.40", 412.4, "NOK"),
        ],
        id="range-scale-only-when-first-is-smaller-and-no-percent-to-price",
    ),
    pytest.param(
        "Copenhagen adds 1.3 billion Danish crowns, Stockholm 500 million kronor and Prague "
        "CZK 2 bn; Warsaw gives 4 mln zł and € 1,2 mld.",
        [
            money("1.3 billion Danish crowns", 1.3e9, "DKK"),
            money("500 million kronor", 5e8, "SEK"),
            money("CZK 2 bn", 2e9, "CZK"),
            money("4 mln zł", 4e6, "PLN"),
            money("€ 1,2 mld", 1.2e9, "EUR"),
        ],
        id="nordic-czech-polish-words-and-mld",
    ),
    pytest.param(
        "Seoul set aside 1.5 trillion won and ₩200 billion; Ankara TRY 3bn, Tokyo ¥40 billion.",
        [
            money("1.5 trillion won", 1.5e12, "KRW"),
            money("₩200 billion", 2e11, "KRW"),
            money("TRY 3bn", 3e9, "TRY"),
            money("¥40 billion", 4e10, "JPY"),
        ],
        id="asian-and-turkish-currencies",
    ),
    pytest.param(
        "The team of 3 won the bid in Seoul.",
        [],
        id="won-is-a-verb-without-a-scale",
    ),
    pytest.param(
        "Berlin will pay a three-digit million sum; a six-digit number of shells came.",
        [
            Q("a three-digit million sum", 1e8, high=9.99e8, approx=True, qualifier="three-digit"),
            Q("a six-digit number", 1e5, high=999999, approx=True, qualifier="six-digit"),
        ],
        id="digit-count-sums",
    ),
    pytest.param(
        "Payments reached 2,5 million euros in the Dutch filing.",
        [money("2,5 million euros", 2.5e6, "EUR")],
        id="decimal-comma-with-multiplier",
    ),
    pytest.param(
        "The company booked 1.000.000,50 EUR in fees.",
        [money("1.000.000,50 EUR", 1000000.5, "EUR")],
        id="european-decimal-and-code-after",
    ),
    # --- ranges of counts ------------------------------------------------------------------
    pytest.param(
        "Between 20 and 30 units were delivered, and 40-50 drones are planned.",
        [
            Q("Between 20 and 30 units", 20, "units", high=30.0),
            Q("40-50 drones", 40, "drones", high=50.0),
        ],
        id="count-ranges",
    ),
    pytest.param(
        "Minister Kamyshin: 6 agreements signed today. In Lviv, 40 drones were handed over.",
        [Q("6 agreements", 6, "agreements"), Q("40 drones", 40, "drones")],
        id="a-number-after-a-colon-or-comma-is-not-a-name",
    ),
    pytest.param(
        "The ministry signed seven memoranda on co-production.",
        [Q("seven memoranda", 7, "memoranda")],
        id="latin-plural",
    ),
    pytest.param(
        "Berlin will pay 4 Mrd. Euro, and Kyiv adds 300 Mio. euros.",
        [money("4 Mrd. Euro", 4e9, "EUR"), money("300 Mio. euros", 3e8, "EUR")],
        id="german-multipliers-in-translated-text",
    ),
    # --- multiples --------------------------------------------------------------------------
    pytest.param(
        "Shell output has tripled since 2022 and drone output grew more than tenfold.",
        [
            Q("tripled", 3, "times"),
            Q("more than tenfold", 10, "times", approx=True, qualifier="more than"),
        ],
        id="multiples-as-verbs-and-fold",
    ),
    pytest.param(
        "The plant now makes three times more rounds, 1.5 times higher than planned.",
        [Q("three times more", 3, "times"), Q("1.5 times higher", 1.5, "times")],
        id="multiples-with-a-comparison",
    ),
    pytest.param(
        "The ministry spent roughly twice as much as in 2023.",
        [Q("roughly twice as much", 2, "times", approx=True, qualifier="roughly")],
        id="twice-as-much",
    ),
    pytest.param(
        "The minister visited the plant three times and met the workers twice. The firm "
        "doubled down on exports; the hangar doubled as a workshop.",
        [],
        id="repetitions-and-idioms-are-not-multiples",
    ),
    pytest.param(
        "The envoy visited three times the plant; output is three times the size it was and "
        "grew more than\u00a0tenfold.",
        [
            Q("three times the size", 3, "times"),
            Q("more than\u00a0tenfold", 10, "times", approx=True, qualifier="more than"),
        ],
        id="times-the-needs-a-measure-and-no-break-spaces-count",
    ),
    # --- calibres and measures ------------------------------------------------------------
    pytest.param(
        "The plant makes 155mm shells and 120 mm mortar bombs.",
        [],
        id="calibre-neither-a-count-nor-a-quantity",
    ),
    pytest.param(
        "The plant will make 3,000 155mm shells a month.",
        [Q("3,000 155mm shells a month", 3000, "shells per month")],
        id="count-before-a-calibre",
    ),
    pytest.param(
        "Kyiv expects 400 122-mm rounds and 300 120-millimetre mortar bombs by May.",
        [Q("400 122-mm rounds", 400, "rounds"), Q("300 120-millimetre mortar bombs", 300, "bombs")],
        id="count-before-a-calibre-is-not-a-spaced-thousand",
    ),
    pytest.param(
        "The brigade received 1 500 drones and 12 000 rounds.",
        [Q("1 500 drones", 1500, "drones"), Q("12 000 rounds", 12000, "rounds")],
        id="spaced-thousands-still-read",
    ),
    pytest.param(
        "The missile has a range of 300 km.",
        [Q("300 km", 300, "km")],
        id="kilometres",
    ),
    pytest.param(
        "The government allocated funds for 10 thousand FPV drones.",
        [Q("10 thousand FPV drones", 1e4, "drones")],
        id="thousand-as-word-multiplier",
    ),
    pytest.param(
        "Saab won an order worth SEK 1.7 billion (approximately USD 160 million).",
        [
            money("SEK 1.7 billion", 1.7e9, "SEK"),
            money(
                "approximately USD 160 million",
                1.6e8,
                "USD",
                approx=True,
                qualifier="approximately",
            ),
        ],
        id="amount-with-converted-amount",
    ),
    # --- negatives ---------------------------------------------------------------------------
    pytest.param(
        "Leopard 2A6, F-16, T-72, M777, CV90 and Patriot PAC-3 systems were shown.",
        [],
        id="model-names",
    ),
    pytest.param(
        "Crews of Leopard 2 tanks and PzH 2000 howitzers trained together.",
        [],
        id="model-number-after-name",
    ),
    pytest.param(
        "In 2022 Russian troops advanced, and since 2014 the war has gone on.",
        [],
        id="years-are-not-counts",
    ),
    pytest.param(
        "The 47th brigade held the line; one of the officers spoke at 10:30.",
        [],
        id="ordinal-pronoun-clock",
    ),
    pytest.param(
        "The talks ended on 17 February 2024 and resumed on 14.11.2023.",
        [],
        id="dates",
    ),
    pytest.param(
        "Call +380 44 123 45 67 or (044) 123-45-67 for accreditation.",
        [],
        id="phone-numbers",
    ),
    pytest.param(
        "Article 5 and Resolution 2231 were cited, as was the G7 statement.",
        [],
        id="labels",
    ),
    pytest.param(
        "The mission lasted two years and the trial 35 days.",
        [],
        id="durations-are-not-amounts",
    ),
    pytest.param(
        "Output doubled to 20 from 10, the 2024 budget says.",
        [Q("doubled", 2, "times")],  # the multiple is an amount; the bare numbers are not
        id="bare-small-numbers",
    ),
    pytest.param(
        "A 10-year contract and a two-week pause were agreed.",
        [],
        id="compound-modifiers",
    ),
    pytest.param(
        "The first half of 2024 was calm; the second half was not.",
        [],
        id="half-as-time",
    ),
    pytest.param(
        "He served 20 years; she visited 3 times.",
        [],
        id="duration-and-times",
    ),
    pytest.param(
        "Output is 2.5 times higher and almost 10 times more than before.",
        [
            Q("2.5 times higher", 2.5, "times"),
            Q("almost 10 times more", 10, "times", approx=True, qualifier="almost"),
        ],
        id="ratios-are-multiples",
    ),
    pytest.param(
        "the budget for 2023 provides more, and the agency's 2024 contracts are audited.",
        [],
        id="years-after-for-or-a-possessive",
    ),
    # --- page furniture -------------------------------------------------------------------------
    pytest.param(
        "We and our 214 partners use cookies to store information.\n"
        "NEWS ☰ Menu 🔍 Search | Subscribe from $1\n"
        "USD 41.21 ▲  EUR 44.63 ▼  | Kyiv +27°C\n"
        "👁 4 812   💬 17\n"
        "Read also: Kyiv needs 25 Patriot systems\n"
        "Solar stations with 0% instalment ▸\n"
        "The ministry ordered 40 howitzers for $20 million.",
        [Q("40 howitzers", 40, "howitzers"), money("$20 million", 2e7, "USD")],
        id="page-furniture-is-skipped",
    ),
    pytest.param(
        "🇺🇦 Kyiv receives 100 tanks\n"
        "Order intake | NOK 3.4 billion | NOK 2.1 billion\n"
        "Ukraine said there were 300 | 400 a year ago.",
        [
            Q("100 tanks", 100, "tanks"),
            money("NOK 3.4 billion", 3.4e9, "NOK"),
            money("NOK 2.1 billion", 2.1e9, "NOK"),
            Q("300", 300, ""),
            Q("400 a year", 400, "per year"),
        ],
        id="headlines-and-tables-are-not-furniture",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_quantities(text: str, expected: list[Q]) -> None:
    found = find_quantities(text)
    got = [Q(a.text, a.value, a.unit, a.high, a.currency, a.approx, a.qualifier) for a in found]
    assert [g.text for g in got] == [e.text for e in expected]
    for got_one, want in zip(got, expected, strict=True):
        assert got_one.value == pytest.approx(want.value)
        if want.high is None:
            assert got_one.high is None
        else:
            assert got_one.high == pytest.approx(want.high)
        assert (got_one.unit, got_one.currency, got_one.approx) == (
            want.unit,
            want.currency,
            want.approx,
        )
        if want.approx:
            assert got_one.qualifier == want.qualifier
    for amount in found:
        assert text[amount.start : amount.end] == amount.text


def test_spans_are_offsets_into_the_whole_text() -> None:
    text = "Intro.\n\nThe EU approved EUR 1.5 billion; Kyiv got 300 drones."
    found = find_quantities(text)
    assert [text[a.start : a.end] for a in found] == ["EUR 1.5 billion", "300 drones"]


def test_empty_text() -> None:
    assert find_quantities("") == []
