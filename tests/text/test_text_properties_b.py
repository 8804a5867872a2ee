"""Properties of the quantity and time finders that must hold for any input.

Hypothesis feeds arbitrary text (digits, currency signs, newlines, and the words the finders
react to) and arbitrary article dates; the timing checks feed adversarial text and check
that the work grows linearly with the length of the input.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from defnews.models import Amount, TimeRef
from defnews.text._numbers import lower_text
from defnews.text.quantities import find_quantities
from defnews.text.timex import find_times

# Words and marks that reach deep into both finders, mixed with arbitrary characters.
_TOKEN_BLOCK = (
    "0 1 7 12 17 24 30 46 155 2000 2022 2024 2100 1,000 1.5 2,5 1 000 1.000.000 10:30 "
    "14.11.2023 2023-11-14 Q1 H2 FY24 $ € £ ₴ US$ EUR USD UAH PLN % mm bn m k million "
    "billion thousand per cent percent one two six twenty-five a dozen dozens hundreds of "
    "thousands tens half third quarter several few six-figure sum approximately around "
    "about nearly more than up to at least between and to from since by until before after "
    "in on of the this last next previous past coming early mid late end start beginning "
    "first second year years month months week weeks day days decade ago today yesterday "
    "recently earlier later January February March May Feb. Sept. Tuesday Friday summer "
    "fall winter invasion full-scale war Russia's corresponding same period tanks drones "
    "types companies countries shells rounds equipment F-16 T-72 Leopard 2A6 Article - – "
    ", . ; ( ) “ ” ' ’ \n \n\n \t"
)
_TOKENS = _TOKEN_BLOCK.split(" ")
_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_TOKENS),
        st.text(max_size=6),
        st.text(alphabet="0123456789,. $€£₴%-–\n", max_size=6),
    ),
    max_size=40,
).map(" ".join)
_ANCHORS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_spans(text: str, spans: Sequence[Amount | TimeRef]) -> None:
    previous_end = 0
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert span.start >= previous_end, "sorted and non-overlapping"
        assert span.end > span.start
        previous_end = span.end


@_SETTINGS
@given(_TEXT)
def test_quantity_spans_are_exact_sorted_and_disjoint(text: str) -> None:
    _check_spans(text, find_quantities(text))


@_SETTINGS
@given(st.text())
def test_quantities_never_fail_on_any_text(text: str) -> None:
    _check_spans(text, find_quantities(text))


@_SETTINGS
@given(_TEXT)
def test_money_is_non_negative_and_ranges_are_ordered(text: str) -> None:
    for amount in find_quantities(text):
        assert amount.value >= 0
        if amount.currency is not None:
            assert amount.unit == amount.currency
        if amount.high is not None:
            assert amount.high >= amount.value
        assert amount.approx == (amount.qualifier is not None)


@_SETTINGS
@given(_TEXT, _ANCHORS)
def test_time_spans_are_exact_sorted_and_disjoint(text: str, anchor: dt.date) -> None:
    _check_spans(text, find_times(text, anchor))


@_SETTINGS
@given(st.text(), _ANCHORS)
def test_times_never_fail_on_any_text(text: str, anchor: dt.date) -> None:
    _check_spans(text, find_times(text, anchor))


@settings(max_examples=50, deadline=None)
@given(_TEXT, st.dates())
def test_times_never_fail_for_any_date_python_holds(text: str, anchor: dt.date) -> None:
    _check_spans(text, find_times(text, anchor))


@_SETTINGS
@given(_TEXT, _ANCHORS)
def test_times_are_ordered_and_well_formed(text: str, anchor: dt.date) -> None:
    for ref in find_times(text, anchor):
        assert ref.from_ is not None or ref.until is not None
        if ref.from_ is not None and ref.until is not None:
            assert ref.from_ <= ref.until
        assert ref.granularity in ("day", "week", "month", "quarter", "half", "year", "range")
        if ref.granularity == "day":
            assert ref.from_ == ref.until


@_SETTINGS
@given(_TEXT, _ANCHORS)
def test_finders_are_deterministic(text: str, anchor: dt.date) -> None:
    assert find_quantities(text) == find_quantities(text)
    assert find_times(text, anchor) == find_times(text, anchor)


@_SETTINGS
@given(_TEXT, _ANCHORS)
def test_a_neutral_paragraph_before_only_shifts_the_spans(text: str, anchor: dt.date) -> None:
    """Offsets are absolute: the same findings, moved by the length of the prefix."""
    prefix = "Intro.\n\n"
    moved = len(prefix)
    assert [(a.start + moved, a.text, a.value) for a in find_quantities(text)] == [
        (a.start, a.text, a.value) for a in find_quantities(prefix + text)
    ]
    assert [(t.start + moved, t.text, t.from_, t.until) for t in find_times(text, anchor)] == [
        (t.start, t.text, t.from_, t.until) for t in find_times(prefix + text, anchor)
    ]


# --- linear growth on adversarial input -----------------------------------------------------

_ANCHOR = dt.date(2024, 3, 4)
_FINDERS: dict[str, Callable[[str], object]] = {
    "quantities": find_quantities,
    "times": lambda text: find_times(text, _ANCHOR),
}
_ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digit-line": lambda n: "7" * n,
    "capitalised-words": lambda n: "Alpha " * (n // 6),
    "comma-ones": lambda n: "1," * (n // 2),
    "pound-signs": lambda n: "£" * n,
    "no-punctuation": lambda n: (
        (
            "the ministry said in the first half of the year some one two million early may "
            "since last month over the next two years about 30 countries "
        )
        * (n // 120)
    ),
    "number-words": lambda n: "one " * (n // 4),
    "digit-groups": lambda n: "12 " * (n // 3),
}


def _best_of_three(finder: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        lower_text.cache_clear()  # do not let the cache hide the lowering work
        start = time.perf_counter()
        finder(text)
        best = min(best, time.perf_counter() - start)
    return best


def _size_for(finder: Callable[[str], object], make: Callable[[int], str]) -> int:
    """The smallest power-of-two size (from 8 KB) that takes about 20 ms (one run each)."""
    size = 8192
    while size < 1 << 20:
        start = time.perf_counter()
        finder(make(size))
        if time.perf_counter() - start >= 0.02:
            break
        size *= 2
    return size


@pytest.mark.parametrize("finder_name", sorted(_FINDERS))
@pytest.mark.parametrize("input_name", sorted(_ADVERSARIAL))
def test_work_grows_linearly(finder_name: str, input_name: str) -> None:
    finder = _FINDERS[finder_name]
    make = _ADVERSARIAL[input_name]
    size = _size_for(finder, make)
    small = _best_of_three(finder, make(size))
    large = _best_of_three(finder, make(8 * size))
    assert large / max(small, 1e-4) < 24, (size, small, large)


@pytest.mark.parametrize("finder_name", sorted(_FINDERS))
def test_one_megabyte_line_of_digits_and_capitalised_words(finder_name: str) -> None:
    finder = _FINDERS[finder_name]
    for text in ("9" * (1 << 20), "Word " * 100_000):
        start = time.perf_counter()
        assert finder(text) == []
        assert time.perf_counter() - start < 2.0
