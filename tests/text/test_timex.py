"""Table-driven tests for :func:`defnews.text.timex.find_times`.

Each case is a sentence written for this suite in the style of defence news, the article
date it is read against, and the exact time expressions it must give with their resolution.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from defnews.text.timex import find_times

D = dt.date
FEB29 = D(2024, 2, 29)  # a Thursday
NOV14 = D(2023, 11, 14)  # a Tuesday
MAR04 = D(2024, 3, 4)  # a Monday


class T(NamedTuple):
    """The expected reading of one time expression."""

    text: str
    from_: dt.date | None
    until: dt.date | None
    granularity: str


CASES = [
    # --- ends of seasons, vague and counted stretches ahead ----------------------------------
    pytest.param(
        "The line must be running by the end of the summer, the minister said.",
        FEB29,
        [T("by the end of the summer", D(2024, 2, 29), D(2024, 8, 31), "range")],
        id="by-the-end-of-a-season",
    ),
    pytest.param(
        "The line will be ready by the end of the winter.",
        D(2024, 1, 15),
        [T("by the end of the winter", D(2024, 1, 15), D(2024, 2, 29), "range")],
        id="end-of-the-winter-under-way",
    ),
    pytest.param(
        "Deliveries resume at the start of winter 2025.",
        FEB29,
        [T("the start of winter 2025", D(2025, 12, 1), D(2025, 12, 31), "month")],
        id="start-of-a-named-season",
    ),
    pytest.param(
        "The money has to be spent before the end of the year.",
        NOV14,
        [T("before the end of the year", D(2023, 11, 14), D(2023, 12, 31), "range")],
        id="before-the-end-is-by-the-end",
    ),
    pytest.param(
        "A decision is expected within days, and the contract within weeks.",
        FEB29,
        [
            T("within days", D(2024, 2, 29), D(2024, 3, 7), "range"),
            T("within weeks", D(2024, 2, 29), D(2024, 3, 28), "range"),
        ],
        id="within-uncounted-units",
    ),
    pytest.param(
        "Talks will continue in the next weeks and the nearest months.",
        FEB29,
        [
            T("the next weeks", D(2024, 2, 29), D(2024, 3, 28), "range"),
            T("the nearest months", D(2024, 2, 29), D(2024, 8, 29), "range"),
        ],
        id="next-and-nearest-plural-units",
    ),
    pytest.param(
        "The first batch will arrive in two weeks and the rest in three months' time.",
        FEB29,
        [
            T("two weeks", D(2024, 3, 11), D(2024, 3, 17), "week"),
            T("three months' time", D(2024, 5, 1), D(2024, 5, 31), "month"),
        ],
        id="in-a-counted-stretch-ahead",
    ),
    pytest.param(
        "Output doubled in two years, and in three years of war the plant never stopped.",
        FEB29,
        [],
        id="in-a-stretch-without-a-future-cue-is-a-duration",
    ),
    # --- absolute dates and periods -------------------------------------------------------
    pytest.param(
        "The deal was signed on Feb. 17, 2024 in Kyiv.",
        FEB29,
        [T("Feb. 17, 2024", D(2024, 2, 17), D(2024, 2, 17), "day")],
        id="month-day-year",
    ),
    pytest.param(
        "The brigade was formed on 17 February.",
        FEB29,
        [T("17 February", D(2024, 2, 17), D(2024, 2, 17), "day")],
        id="day-month-anchor-year",
    ),
    pytest.param(
        "Talks were held on 14 December.",
        FEB29,
        [T("14 December", D(2023, 12, 14), D(2023, 12, 14), "day")],
        id="day-month-previous-year",
    ),
    pytest.param(
        "The first shipment is due on 20 January.",
        NOV14,
        [T("20 January", D(2024, 1, 20), D(2024, 1, 20), "day")],
        id="day-month-next-year",
    ),
    pytest.param(
        "Production began in February 2024.",
        MAR04,
        [T("February 2024", D(2024, 2, 1), D(2024, 2, 29), "month")],
        id="month-year",
    ),
    pytest.param(
        "The agency published figures in 2022.",
        MAR04,
        [T("2022", D(2022, 1, 1), D(2022, 12, 31), "year")],
        id="in-year",
    ),
    pytest.param(
        "The statement is dated 2023-11-14.",
        NOV14,
        [T("2023-11-14", D(2023, 11, 14), D(2023, 11, 14), "day")],
        id="iso-date",
    ),
    pytest.param(
        "The decree of 31.10.2023 set new quotas.",
        NOV14,
        [T("31.10.2023", D(2023, 10, 31), D(2023, 10, 31), "day")],
        id="dotted-date",
    ),
    pytest.param(
        "Exercises ran on 14-16 October near the border.",
        NOV14,
        [T("14-16 October", D(2023, 10, 14), D(2023, 10, 16), "range")],
        id="day-range",
    ),
    pytest.param(
        "The minister spoke on Tuesday, 27 February, in Brussels.",
        FEB29,
        [T("Tuesday, 27 February", D(2024, 2, 27), D(2024, 2, 27), "day")],
        id="weekday-and-date",
    ),
    pytest.param(
        "Deliveries ran from January to March 2024.",
        MAR04,
        [T("from January to March 2024", D(2024, 1, 1), D(2024, 3, 31), "range")],
        id="month-range-shared-year",
    ),
    pytest.param(
        "Spending grew between 2019 and 2023, the institute said.",
        MAR04,
        [T("between 2019 and 2023", D(2019, 1, 1), D(2023, 12, 31), "range")],
        id="between-years",
    ),
    pytest.param(
        "The 2024-2025 plan was approved.",
        MAR04,
        [T("2024-2025", D(2024, 1, 1), D(2025, 12, 31), "range")],
        id="year-range",
    ),
    pytest.param(
        "Supplies will run from 2024 to 2026.",
        MAR04,
        [T("from 2024 to 2026", D(2024, 1, 1), D(2026, 12, 31), "range")],
        id="from-to-years",
    ),
    pytest.param(
        "In the 1990s the industry collapsed.",
        MAR04,
        [T("the 1990s", D(1990, 1, 1), D(1999, 12, 31), "range")],
        id="decade",
    ),
    pytest.param(
        "Revenue in FY2024 beat forecasts.",
        MAR04,
        [T("FY2024", D(2024, 1, 1), D(2024, 12, 31), "year")],
        id="fiscal-year",
    ),
    # --- quarters, halves, vague parts -----------------------------------------------------
    pytest.param(
        "Exports fell in Q1 2024 and in the first quarter of 2023.",
        MAR04,
        [
            T("Q1 2024", D(2024, 1, 1), D(2024, 3, 31), "quarter"),
            T("the first quarter of 2023", D(2023, 1, 1), D(2023, 3, 31), "quarter"),
        ],
        id="quarters",
    ),
    pytest.param(
        "Orders doubled in the first half of the year.",
        MAR04,
        [T("the first half of the year", D(2024, 1, 1), D(2024, 6, 30), "half")],
        id="first-half-of-the-year",
    ),
    pytest.param(
        "Results for H2 2023 are due.",
        MAR04,
        [T("H2 2023", D(2023, 7, 1), D(2023, 12, 31), "half")],
        id="h2-year",
    ),
    pytest.param(
        "Deliveries are expected in early 2025, mid-2025 and late 2025.",
        MAR04,
        [
            T("early 2025", D(2025, 1, 1), D(2025, 4, 30), "range"),
            T("mid-2025", D(2025, 5, 1), D(2025, 8, 31), "range"),
            T("late 2025", D(2025, 9, 1), D(2025, 12, 31), "range"),
        ],
        id="early-mid-late",
    ),
    pytest.param(
        "The line should open at the end of 2025.",
        MAR04,
        [T("the end of 2025", D(2025, 9, 1), D(2025, 12, 31), "range")],
        id="end-of-year",
    ),
    pytest.param(
        "The contract will be fulfilled by the end of the year.",
        MAR04,
        [T("by the end of the year", D(2024, 3, 4), D(2024, 12, 31), "range")],
        id="by-the-end-of-the-year",
    ),
    pytest.param(
        "Shelling intensified in mid-October.",
        NOV14,
        [T("mid-October", D(2023, 10, 11), D(2023, 10, 20), "range")],
        id="mid-month",
    ),
    pytest.param(
        "The factory dispatched 46 types of kit during the initial months of 2024.",
        FEB29,
        [T("the initial months of 2024", D(2024, 1, 1), D(2024, 2, 29), "range")],
        id="initial-months-clipped-to-anchor",
    ),
    pytest.param(
        "In the first nine months of 2023 output tripled.",
        MAR04,
        [T("the first nine months of 2023", D(2023, 1, 1), D(2023, 9, 30), "range")],
        id="first-nine-months",
    ),
    pytest.param(
        "Output in the first months of 2024 rose, compared with the corresponding period "
        "in the previous year.",
        FEB29,
        [
            T("the first months of 2024", D(2024, 1, 1), D(2024, 2, 29), "range"),
            T(
                "the corresponding period in the previous year",
                D(2023, 1, 1),
                D(2023, 2, 28),
                "range",
            ),
        ],
        id="corresponding-period-shifts-the-last-period",
    ),
    pytest.param(
        "Sales were higher than in the same period last year.",
        MAR04,
        [T("the same period last year", D(2023, 1, 1), D(2023, 12, 31), "year")],
        id="same-period-without-earlier-period",
    ),
    # --- relative to the article date -------------------------------------------------------
    pytest.param(
        "Last year the ministry signed 30 contracts; this year it expects more.",
        MAR04,
        [
            T("Last year", D(2023, 1, 1), D(2023, 12, 31), "year"),
            T("this year", D(2024, 1, 1), D(2024, 12, 31), "year"),
        ],
        id="last-year-this-year",
    ),
    pytest.param(
        "The previous year was calmer; next month will tell.",
        MAR04,
        [
            T("The previous year", D(2023, 1, 1), D(2023, 12, 31), "year"),
            T("next month", D(2024, 4, 1), D(2024, 4, 30), "month"),
        ],
        id="previous-year-next-month",
    ),
    pytest.param(
        "The drones arrived last week, the minister said on Tuesday.",
        FEB29,
        [
            T("last week", D(2024, 2, 19), D(2024, 2, 25), "week"),
            T("Tuesday", D(2024, 2, 27), D(2024, 2, 27), "day"),
        ],
        id="last-week-on-weekday",
    ),
    pytest.param(
        "Yesterday the plant was hit; today it is working again.",
        FEB29,
        [
            T("Yesterday", D(2024, 2, 28), D(2024, 2, 28), "day"),
            T("today", D(2024, 2, 29), D(2024, 2, 29), "day"),
        ],
        id="yesterday-today",
    ),
    pytest.param(
        "The first batch landed two weeks ago and a second three days ago.",
        FEB29,
        [
            T("two weeks ago", D(2024, 2, 12), D(2024, 2, 18), "week"),
            T("three days ago", D(2024, 2, 26), D(2024, 2, 26), "day"),
        ],
        id="ago",
    ),
    pytest.param(
        "Kyiv has recently stepped up production.",
        FEB29,
        [T("recently", D(2024, 1, 30), D(2024, 2, 29), "range")],
        id="recently",
    ),
    pytest.param(
        "The order was placed earlier this month and will ship later this year.",
        FEB29,
        [
            T("earlier this month", D(2024, 2, 1), D(2024, 2, 29), "range"),
            T("later this year", D(2024, 2, 29), D(2024, 12, 31), "range"),
        ],
        id="earlier-later-this",
    ),
    pytest.param(
        "More contracts are expected in the coming months.",
        FEB29,
        [T("the coming months", D(2024, 2, 29), D(2024, 8, 29), "range")],
        id="coming-months",
    ),
    pytest.param(
        "The plan covers spending over the next two years.",
        MAR04,
        [T("the next two years", D(2024, 3, 4), D(2026, 3, 4), "range")],
        id="next-two-years",
    ),
    pytest.param(
        "Over the past decade, procurement tripled.",
        NOV14,
        [T("the past decade", D(2013, 11, 14), D(2023, 11, 14), "range")],
        id="past-decade",
    ),
    pytest.param(
        "Casualties fell in recent weeks.",
        NOV14,
        [T("recent weeks", D(2023, 10, 17), D(2023, 11, 14), "range")],
        id="recent-weeks",
    ),
    pytest.param(
        "The factory reached full capacity this summer.",
        NOV14,
        [T("this summer", D(2023, 6, 1), D(2023, 8, 31), "range")],
        id="this-summer",
    ),
    pytest.param(
        "Prices were lower last May than next March.",
        NOV14,
        [
            T("last May", D(2023, 5, 1), D(2023, 5, 31), "month"),
            T("next March", D(2024, 3, 1), D(2024, 3, 31), "month"),
        ],
        id="last-may-next-march",
    ),
    pytest.param(
        "The second tranche will be paid in September, the fund said.",
        MAR04,
        [T("September", D(2024, 9, 1), D(2024, 9, 30), "month")],
        id="future-cue-picks-coming-month",
    ),
    pytest.param(
        "The first lot arrived in June.",
        NOV14,
        [T("June", D(2023, 6, 1), D(2023, 6, 30), "month")],
        id="bare-month-after-in",
    ),
    # --- prepositions that make ranges ------------------------------------------------------
    pytest.param(
        "Since the start of Russia's invasion in 2022, imports have grown.",
        NOV14,
        [
            T(
                "Since the start of Russia's invasion in 2022",
                D(2022, 2, 24),
                D(2023, 11, 14),
                "range",
            )
        ],
        id="since-start-of-invasion",
    ),
    pytest.param(
        "Since the full-scale invasion, the industry has tripled output.",
        MAR04,
        [T("Since the full-scale invasion", D(2022, 2, 24), D(2024, 3, 4), "range")],
        id="since-full-scale-invasion",
    ),
    pytest.param(
        "The agreement runs until 2028, and Kyiv aims to be self-sufficient by 2027.",
        MAR04,
        [
            T("until 2028", D(2024, 3, 4), D(2028, 12, 31), "range"),
            T("by 2027", D(2024, 3, 4), D(2027, 12, 31), "range"),
        ],
        id="until-by-year",
    ),
    pytest.param(
        "Since March, and before 2022, and after 2025.",
        NOV14,
        [
            T("Since March", D(2023, 3, 1), D(2023, 11, 14), "range"),
            T("before 2022", None, D(2021, 12, 31), "range"),
            T("after 2025", D(2026, 1, 1), None, "range"),
        ],
        id="since-before-after",
    ),
    pytest.param(
        "Since the beginning of the year, 40% more shells arrived.",
        NOV14,
        [T("Since the beginning of the year", D(2023, 1, 1), D(2023, 11, 14), "range")],
        id="since-beginning-of-year",
    ),
    pytest.param(
        "Contracts were signed in 2023 and 2024.",
        MAR04,
        [
            T("2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
            T("2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
        ],
        id="listed-years",
    ),
    pytest.param(
        "Serial output will start from mid-2025.",
        MAR04,
        [T("from mid-2025", D(2025, 5, 1), None, "range")],
        id="from-without-end-is-open",
    ),
    pytest.param(
        "Russia has lost 6,500 tanks since 24.02.2022, the General Staff said.",
        MAR04,
        [T("since 24.02.2022", D(2022, 2, 24), D(2024, 3, 4), "range")],
        id="since-dotted-date",
    ),
    pytest.param(
        "Orders in the first two months of this year beat the same period a year ago.",
        MAR04,
        [
            T("the first two months of this year", D(2024, 1, 1), D(2024, 2, 29), "range"),
            T("the same period a year ago", D(2023, 1, 1), D(2023, 2, 28), "range"),
        ],
        id="first-two-months-and-same-period",
    ),
    pytest.param(
        "As of March 1, 2024, more than 500 firms were registered.",
        MAR04,
        [T("March 1, 2024", D(2024, 3, 1), D(2024, 3, 1), "day")],
        id="as-of-date",
    ),
    # --- negatives -----------------------------------------------------------------------------
    pytest.param(
        "The plant made 2,000 shells and 155 drones; 2024 units remain.",
        MAR04,
        [],
        id="numbers-are-not-years",
    ),
    pytest.param(
        "Prices may fall and officials march on; Russian aggression continues.",
        MAR04,
        [],
        id="may-march-fall-aggression",
    ),
    pytest.param(
        "The war is long, and the invasion displaced millions.",
        MAR04,
        [],
        id="war-as-an-actor",
    ),
    pytest.param(
        "The fall of Avdiivka shook the front. Now, currently, the line holds.",
        MAR04,
        [],
        id="fall-of-now-currently",
    ),
    pytest.param(
        "The 47th brigade fired 300 rounds in 2 hours at 10:30.",
        MAR04,
        [],
        id="ordinal-count-clock",
    ),
    pytest.param(
        "Out of 2000 shells, the crews fired half; the spring offensive stalled.",
        MAR04,
        [],
        id="count-after-of-and-spring-as-adjective",
    ),
    # --- anaphoric days, counted from the last day the text named ---------------------------
    pytest.param(
        "Ministers met in Riga on Tuesday. On the same day, parliament approved the budget.",
        FEB29,
        [
            T("Tuesday", D(2024, 2, 27), D(2024, 2, 27), "day"),
            T("the same day", D(2024, 2, 27), D(2024, 2, 27), "day"),
        ],
        id="the-same-day",
    ),
    pytest.param(
        "The contract was signed on 12 February. Three days later, the first batch left"
        " the plant, and the following day it crossed the border.",
        FEB29,
        [
            T("12 February", D(2024, 2, 12), D(2024, 2, 12), "day"),
            T("Three days later", D(2024, 2, 15), D(2024, 2, 15), "day"),
            T("the following day", D(2024, 2, 16), D(2024, 2, 16), "day"),
        ],
        id="days-later-and-the-following-day",
    ),
    pytest.param(
        "Ministers gathered in Brussels on Thursday, a day after the envoy stayed away.",
        FEB29,
        [
            T("Thursday", D(2024, 2, 29), D(2024, 2, 29), "day"),
            T("a day after", D(2024, 2, 28), D(2024, 2, 28), "day"),
        ],
        id="a-day-after-an-event",
    ),
    pytest.param(
        "Payments start the same day the money arrives; he resigned two days after the vote"
        " on 12 February.",
        FEB29,
        [T("12 February", D(2024, 2, 12), D(2024, 2, 12), "day")],
        id="anaphors-without-a-day-before-them",
    ),
    pytest.param(
        "The memorandum was signed last Wednesday in Berlin.",
        FEB29,
        [T("last Wednesday", D(2024, 2, 21), D(2024, 2, 21), "day")],
        id="last-weekday-is-the-previous-week",
    ),
    pytest.param(
        "Umerov spoke after yesterday's meeting in Copenhagen.",
        NOV14,
        [T("yesterday", D(2023, 11, 13), D(2023, 11, 13), "day")],
        id="after-yesterday-as-adjective",
    ),
    pytest.param(
        "Polish industry must today produce for the front, not for warehouses.",
        FEB29,
        [],
        id="today-after-a-modal-is-nowadays",
    ),
    # --- future cues, past perfect, fiscal years, seasons, anniversaries --------------------
    pytest.param(
        '"We expect to sign in the first quarter," the spokesman said.',
        FEB29,
        [T("the first quarter", D(2024, 1, 1), D(2024, 3, 31), "quarter")],
        id="future-quarter-under-way",
    ),
    pytest.param(
        "A new target is expected at the summit in June. The old one was agreed in June.",
        NOV14,
        [
            T("June", D(2024, 6, 1), D(2024, 6, 30), "month"),
            T("June", D(2023, 6, 1), D(2023, 6, 30), "month"),
        ],
        id="is-expected-is-a-future-cue",
    ),
    pytest.param(
        "Britain will supply 100,000 drones this financial year, twice as many as in last"
        " fiscal year.",
        FEB29,
        [
            T("this financial year", D(2024, 1, 1), D(2024, 12, 31), "year"),
            T("last fiscal year", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ],
        id="relative-financial-year",
    ),
    pytest.param(
        "Around EUR 1.3bn had been contracted this way by April. The plant will be finished"
        " by April.",
        NOV14,
        [
            T("by April", None, D(2023, 4, 30), "range"),
            T("by April", D(2023, 11, 14), D(2024, 4, 30), "range"),
        ],
        id="by-month-after-past-perfect",
    ),
    pytest.param(
        "We learned this winter that a factory needs its own power.",
        D(2024, 6, 11),
        [T("this winter", D(2023, 12, 1), D(2024, 2, 29), "range")],
        id="this-winter-in-june-is-the-nearer-past-one",
    ),
    pytest.param(
        "Ukraine braces for strikes this winter.",
        D(2024, 10, 15),
        [T("this winter", D(2024, 12, 1), D(2025, 2, 28), "range")],
        id="this-winter-in-october-is-ahead",
    ),
    pytest.param(
        "On the third anniversary of Russia's full-scale invasion, Kyiv hosted the summit."
        " The firm marked the third anniversary of its founding.",
        D(2025, 2, 24),
        [
            T(
                "the third anniversary of Russia's full-scale invasion",
                D(2025, 2, 24),
                D(2025, 2, 24),
                "day",
            )
        ],
        id="anniversary-of-the-invasion",
    ),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), CASES)
def test_find_times(text: str, anchor: dt.date, expected: list[T]) -> None:
    found = find_times(text, anchor)
    got = [T(t.text, t.from_, t.until, t.granularity) for t in found]
    assert got == expected
    for ref in found:
        assert text[ref.start : ref.end] == ref.text


def test_relative_flag() -> None:
    refs = find_times("In 2022 and last year.", MAR04)
    assert [(r.text, r.relative) for r in refs] == [("2022", False), ("last year", True)]


def test_invasion_needs_a_date_after_it() -> None:
    assert find_times("Since the full-scale invasion, prices rose.", D(2021, 6, 1)) == []


def test_empty_text() -> None:
    assert find_times("", MAR04) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "14 September 2023, 11:20\n\nThe plant opened on 14 September 2023.",
            ["14 September 2023"],
        ),
        ("Press service | 20.11.2024 | 16:45\n\nThe agency signed on Monday.", ["Monday"]),
        ("30.09.2023 08:14\n\nTalks continue.", []),
        ("KYIV, Sept. 14 (Wire) - The plant opened.", ["Sept. 14"]),
        ("Wisłoka told Lviv Today that the plant would open today.", ["today"]),
        ("LVIV TODAY | Region\n\nToday the plant opened.", ["Today"]),
        ("The biggest capacity in Europe today is in Ukraine.", ["today"]),
    ],
)
def test_publication_bylines_and_outlet_names_are_not_times(text: str, kept: list[str]) -> None:
    found = find_times(text, dt.date(2023, 9, 14))
    assert [t.text for t in found] == kept
    if kept and kept[0] == "14 September 2023":
        assert found[0].start > text.index("\n")  # the one in the story, not the byline
