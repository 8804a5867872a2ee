"""Multiplicative amounts: "tripled", "fourfold", "ten times more", "twice as much".

Growth told as a multiple is how defence news reports output ("shell production has grown
threefold"), so each is an `Amount` with unit ``times``. A bare "three times" ("visited three
times") counts occurrences, not growth, so a count needs a comparison after it.
"""

from __future__ import annotations

import re

from defnews.models import Amount
from defnews.text._numbers import HEDGES, NUMBER_WORDS, word_alternation

__all__ = ["find_multiples"]

_VERBS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0}
_COUNT_WORDS = {**{word: float(n) for word, n in NUMBER_WORDS.items() if n >= 2}, "hundred": 100.0}
_S = "[ \u00a0\u202f]"  # the spaces a number and its words may be written with
_COUNT = r"(?P<n>\d{1,3}(?:[.,]\d)?|" + word_alternation(_COUNT_WORDS) + ")"
_COMPARISON = (
    r"(?:more|less|fewer|over|higher|larger|bigger|greater|faster|lower|smaller"
    rf"|the{_S}(?:size|number|amount|cost|level|rate|capacity|volume|output|value)"
    rf"|as{_S}(?:much|many|large|big|high|fast|long))"
)
_MULTIPLE = re.compile(
    r"(?<![a-z\d.,\-])(?:"
    rf"(?P<verb>{word_alternation(_VERBS)})(?!{_S}(?:down|up|back|as)(?![a-z]))"
    rf"|{_COUNT}(?:-|{_S})?fold"
    rf"|(?P<n2>\d{{1,3}}(?:[.,]\d)?|{word_alternation(_COUNT_WORDS)}){_S}times{_S}{_COMPARISON}"
    rf"|(?P<twice>twice){_S}{_COMPARISON}"
    r")(?![a-z])"
)
_HEDGE = re.compile(r"(?<![a-z])(?P<q>" + word_alternation(HEDGES) + rf"){_S}\Z")


def find_multiples(text: str, lowered: str) -> list[Amount]:
    """Every multiplicative amount in ``text`` (``lowered`` is its lower-cased twin of the
    same length), sorted by start, each with a hedge before it ("more than tenfold")."""
    found: list[Amount] = []
    for match in _MULTIPLE.finditer(lowered):
        value = _value(match)
        if value is None:
            continue
        start, qualifier = match.start(), None
        hedge = _HEDGE.search(lowered, max(0, start - 20), start)
        if hedge is not None:
            start, qualifier = hedge.start(), hedge.group("q")
        end = match.end()
        found.append(
            Amount(
                start=start,
                end=end,
                text=text[start:end],
                value=value,
                unit="times",
                approx=qualifier is not None,
                qualifier=qualifier,
            )
        )
    return found


def _value(match: re.Match[str]) -> float | None:
    verb = match.group("verb")
    if verb is not None:
        return _VERBS[verb]
    if match.group("twice") is not None:
        return 2.0
    count = match.group("n") or match.group("n2")
    if count in _COUNT_WORDS:
        return _COUNT_WORDS[count]
    value = float(count.replace(",", "."))
    return value if value >= 1.5 else None
