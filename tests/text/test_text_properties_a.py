"""Properties of the sentence, quote, statement and modality services.

Every span they return must point exactly into the text, no input may make them raise, and
their running time must grow linearly: each is timed on adversarial input of size n and 8n.
"""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from defnews.models import Span
from defnews.text.modality import MODALITY_VALUES, modality_of
from defnews.text.quantities import find_quantities
from defnews.text.quotes import find_quotes, find_scare_quotes
from defnews.text.sentences import split_sentences
from defnews.text.statements import find_statements

_WORDS = """
    the a minister ministry company said says told reporters that has promised pledged
    not only but also will be created could may plans to announced signed did sign
    denied reports according Umerov Havryliuk Rheinmetall's CEO Armin Papperger Deputy
    Defence Minister Ukraine's U.S. U.K. Gen. Lt. Col. Inc. e.g. etc. a.m. J. R. 1.5
    2024 No. adding noting he she it which who
"""
VOCAB = [
    *_WORDS.split(),
    *list("\"“”‘’„«»'.,;:!?…()[]—–-"),
    "\n",
    "\n\n",
    "\r\n",
    "\x00",
    "...",
]
SEPARATORS = ["", " ", " ", " ", "  ", "\n", "\t"]

vocab_text = st.lists(
    st.tuples(st.sampled_from(VOCAB), st.sampled_from(SEPARATORS)), max_size=80
).map(lambda pairs: "".join(word + sep for word, sep in pairs))
any_text = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from(list('"“”‘’.!? \n\r\x00'))),
    max_size=200,
)
texts = st.one_of(vocab_text, any_text)
bounds = st.tuples(st.integers(-5, 300), st.one_of(st.none(), st.integers(-5, 300)))

SETTINGS = settings(max_examples=100, deadline=None)


def _exact(text: str, span: Span) -> None:
    assert 0 <= span.start <= span.end <= len(text)
    assert text[span.start : span.end] == span.text


def _clamp(text: str, start: int, end: int | None) -> tuple[int, int]:
    hi = len(text) if end is None else min(max(end, 0), len(text))
    return min(max(start, 0), hi), hi


# -- properties ----------------------------------------------------------------------------


@SETTINGS
@given(texts, bounds)
def test_sentences_are_exact_ordered_and_cover_the_text(
    text: str, where: tuple[int, int | None]
) -> None:
    start, end = where
    lo, hi = _clamp(text, start, end)
    spans = split_sentences(text, start, end)
    previous_end = lo
    for span in spans:
        _exact(text, span)
        assert previous_end <= span.start < span.end <= hi
        assert span.text == span.text.strip()
        previous_end = span.end
    covered = "".join(s.text for s in spans)
    assert "".join(covered.split()) == "".join(text[lo:hi].split())


@SETTINGS
@given(texts)
def test_quotes_are_exact(text: str) -> None:
    for quote in find_quotes(text):
        _exact(text, quote.span)
        _exact(text, quote.content)
        assert quote.span.start < quote.content.start <= quote.content.end <= quote.span.end
        for part in (quote.speaker, quote.attribution):
            if part is not None:
                _exact(text, part)
        if quote.speaker is None:
            assert not quote.speaker_is_role
    for term in find_scare_quotes(text):
        _exact(text, term)


@SETTINGS
@given(texts, st.data())
def test_quotes_stay_inside_given_paragraphs(text: str, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(text)))
    paragraphs = [Span.of(text, 0, cut), Span.of(text, cut, len(text))]
    for quote in find_quotes(text, paragraphs):
        inside = [p for p in paragraphs if p.start <= quote.span.start < p.end]
        assert len(inside) == 1
        paragraph = inside[0]
        for part in (quote.span, quote.content, quote.speaker, quote.attribution):
            if part is not None:
                _exact(text, part)
                assert paragraph.start <= part.start <= part.end <= paragraph.end


@SETTINGS
@given(texts)
def test_statements_are_exact(text: str) -> None:
    for given_sentences in (None, split_sentences(text)):
        for found in find_statements(text, given_sentences):
            for span in (found.speaker, found.verb, found.content, found.evidence):
                _exact(text, span)
                assert span.text
            assert found.evidence.start <= found.verb.start
            assert found.evidence.start <= found.content.start
            assert found.content.end <= found.evidence.end


@SETTINGS
@given(texts, bounds)
def test_modality_is_known_and_cue_is_exact(text: str, where: tuple[int, int | None]) -> None:
    start, end = where
    lo, hi = _clamp(text, start, end)
    result = modality_of(text, start, end)
    assert result.modality in MODALITY_VALUES
    if result.cue is None:
        assert result.modality == "fact"
    else:
        _exact(text, result.cue)
        assert lo <= result.cue.start < result.cue.end <= hi


# -- linear growth on adversarial input ----------------------------------------------------

QUOTE_MARKS = '"“”‘’'
BLOCK = 4096  # adversarial inputs repeat a block of this many units, so building them is cheap


def _repeat(block: list[str], n: int, joiner: str = "") -> str:
    """``n`` units taken cyclically from ``block``."""
    whole, rest = divmod(n, len(block))
    return joiner.join(block * whole + block[:rest])


def _no_punctuation(n: int) -> str:
    words = ["ukraine", "Rheinmetall", "shells", "plant", "Minister", "said", "that", "brigade"]
    return _repeat(words, n, " ")


def _quote_marks(n: int) -> str:
    rng = random.Random(7)
    glue = ["", "", " ", "a", "We ", ", "]
    return _repeat([rng.choice(QUOTE_MARKS) + rng.choice(glue) for _ in range(BLOCK)], n)


def _capitalised(n: int) -> str:
    names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"]
    return _repeat(names, n, " ")


def _nested(n: int) -> str:
    return "(" * n + "Rheinmetall said that it will build" + ")" * n


def _dots(n: int) -> str:
    return _repeat(["U.S.", ".", ".", " a."], n)


def _speech_chain(n: int) -> str:
    return _repeat(["Minister Umerov said that "], n // 4) + "it works."


def _zero_that_chain(n: int) -> str:
    return _repeat(["Umerov said the plan "], n // 4) + "works."


def _multiples_among_counts(n: int) -> str:
    return _repeat(["The army bought 5 tanks and output tripled. "], n // 8)


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "no-punctuation": _no_punctuation,
    "quote-marks": _quote_marks,
    "capitalised-words": _capitalised,
    "nested-brackets": _nested,
    "dots": _dots,
    "speech-chain": _speech_chain,
    "zero-that-chain": _zero_that_chain,
    "multiples-among-counts": _multiples_among_counts,
}
SERVICES: dict[str, Callable[[str], object]] = {
    "sentences": split_sentences,
    "quotes": find_quotes,
    "statements": find_statements,
    "modality": modality_of,
}
# services checked on particular shapes only (the brief's shapes run against SERVICES above)
SHAPE_SERVICES: dict[str, Callable[[str], object]] = {**SERVICES, "quantities": find_quantities}
FIRST_N = 12_500  # so that 8n reaches the 100,000 marks or words the inputs are judged at
MAX_N = 400_000
TARGET_SECONDS = 0.02
RATIO_LIMIT = 24.0  # linear growth gives about 8, quadratic about 64


def _timed(fn: Callable[[str], object], text: str) -> float:
    gc.collect()
    gc.disable()
    try:
        began = time.perf_counter()
        fn(text)
        return time.perf_counter() - began
    finally:
        gc.enable()


def _best_of_3(fn: Callable[[str], object], text: str) -> float:
    return min(_timed(fn, text) for _ in range(3))


def _growth(
    fn: Callable[[str], object], make: Callable[[int], str], n: int
) -> tuple[int, float, float]:
    """(n, best time at n, best time at 8n) with n grown until one run takes the target time.

    The slow 8n size is run a second and third time only when the first run looks too slow,
    which keeps the best-of-3 answer and most of the time.
    """
    # best of 3 here too: one run slowed by a busy machine must not stop the growth at an n
    # too small to show anything but cache effects
    while _best_of_3(fn, make(n)) < TARGET_SECONDS and n < MAX_N:
        n *= 2
    small = _best_of_3(fn, make(n))
    big = make(8 * n)
    large = _timed(fn, big)
    for _ in range(2):
        if large / max(small, 1e-6) < RATIO_LIMIT:
            break
        large = min(large, _timed(fn, big))
    return n, small, large


BRIEF_SHAPES = ("no-punctuation", "quote-marks", "capitalised-words", "nested-brackets")
PAIRS = [(shape, service) for shape in BRIEF_SHAPES for service in SERVICES] + [
    ("dots", "sentences"),
    ("dots", "modality"),
    ("speech-chain", "statements"),
    ("speech-chain", "modality"),
    ("zero-that-chain", "statements"),
    ("multiples-among-counts", "quantities"),
]


@pytest.mark.parametrize(("shape", "service"), PAIRS)
def test_time_grows_linearly(shape: str, service: str) -> None:
    first = FIRST_N if shape in BRIEF_SHAPES else 1_000
    n, small, large = _growth(SHAPE_SERVICES[service], ADVERSARIAL[shape], first)
    # A service that stays under the target even at 8n has nothing quadratic to show.
    assert large < TARGET_SECONDS or large / max(small, 1e-6) < RATIO_LIMIT, (
        f"{service} on {shape}: n={n} took {small:.4f}s, 8n took {large:.4f}s"
    )
