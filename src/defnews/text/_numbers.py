"""Number words, month names and small text helpers shared by the quantity and time finders.

Everything here is pure and cheap: the finders call these helpers only at candidate positions,
never once per character, so the scans stay fast on long articles.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TypeAlias

__all__ = [
    "HEDGES",
    "MONTHS",
    "NUMBER_WORDS",
    "SCALES",
    "WEEKDAYS",
    "lower_text",
    "parse_number_words",
    "word_alternation",
]

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, float] = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
NUMBER_WORDS: dict[str, int] = {**UNITS, **TENS}
"""Cardinal words below one hundred (scales are in `SCALES`)."""

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
"""Month names and their usual English abbreviations, lower case."""

HEDGES: tuple[str, ...] = (
    "approximately",
    "approx.",
    "approx",
    "around",
    "about",
    "nearly",
    "almost",
    "roughly",
    "some",
    "more than",
    "over",
    "at least",
    "up to",
    "less than",
    "fewer than",
    "under",
    "as many as",
    "as much as",
    "as few as",
    "in excess of",
    "upwards of",
    "close to",
    "just over",
    "just under",
    "well over",
    "an estimated",
    "estimated",
    "no more than",
    "no less than",
    "not more than",
    "not less than",
    "at most",
    "circa",
    "ca.",
    "an approximate",
    "some estimated",
)
"""Words that hedge the amount after them ("approximately 50%", "more than tenfold")."""


WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@functools.lru_cache(maxsize=4)
def lower_text(text: str) -> str:
    """Lower-case ``text`` without changing its length, so offsets stay valid.

    Cached because both finders lower the same article one after the other.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters (such as 'İ') grow when lowered; fall back to ASCII-only lowering.
    return text.translate(_ASCII_LOWER)


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored into a trie.

    Factoring shared prefixes lets the regex engine reject a position after one or two
    character tests instead of trying every word, which keeps the scans fast.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


_Trie: TypeAlias = "dict[str, _Trie]"


def _trie_regex(node: _Trie) -> str:
    ends_here = "" in node
    branches = [
        re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return "(?:" + body + ")?"
    return body


_WORD_SPLIT = re.compile(r"[\s\-]+")


def parse_number_words(phrase: str) -> tuple[float, int] | None:
    """Value of a run of English number words and how many words it used.

    ``"twenty-five"`` gives ``(25.0, 2)``; ``"two hundred and fifty thousand"`` gives
    ``(250000.0, 6)``. Parsing stops at the first word that cannot continue the number
    ("one two" stops after "one"), so a list of numbers is never fused into one.
    """
    words = [w for w in _WORD_SPLIT.split(phrase.lower()) if w]
    total = 0.0
    current = 0.0
    used = 0
    last = ""  # kind of the previous word: "unit", "teen", "tens", "hundred", "scale", "and"
    for word in words:
        kind, value = _word_kind(word)
        if not _may_follow(last, kind, current):
            break
        if kind == "and":
            last = "and"
            used += 1
            continue
        if kind in ("unit", "teen", "tens"):
            current += value
        elif kind == "hundred":
            current = (current or 1.0) * 100.0
        elif kind == "scale":
            total += (current or 1.0) * value
            current = 0.0
        else:
            break
        last = kind
        used += 1
    if last == "and":
        used -= 1
    if used == 0:
        return None
    return total + current, used


def _word_kind(word: str) -> tuple[str, float]:
    if word == "and":
        return "and", 0.0
    if word in UNITS:
        value = UNITS[word]
        return ("unit" if value < 10 else "teen"), float(value)
    if word in TENS:
        return "tens", float(TENS[word])
    if word in ("a", "an"):
        return "unit", 1.0
    if word == "hundred":
        return "hundred", 100.0
    if word in SCALES:
        return "scale", SCALES[word]
    return "other", 0.0


_FOLLOWS: dict[str, frozenset[str]] = {
    "": frozenset({"unit", "teen", "tens", "hundred", "scale"}),
    "unit": frozenset({"hundred", "scale"}),
    "teen": frozenset({"hundred", "scale"}),
    "tens": frozenset({"unit", "hundred", "scale"}),
    "hundred": frozenset({"unit", "teen", "tens", "scale", "and"}),
    "scale": frozenset({"unit", "teen", "tens", "and"}),
    "and": frozenset({"unit", "teen", "tens"}),
}


def _may_follow(last: str, kind: str, current: float) -> bool:
    if kind == "other":
        return False
    if last == "" and kind in ("hundred", "scale"):
        return False  # a bare "million" is a multiplier, handled by the caller
    if last == "scale" and kind in ("unit", "teen", "tens") and current:
        return False
    return kind in _FOLLOWS.get(last, frozenset())
