"""Names defined with an acronym in brackets, and names in brackets after a person.

News defines an acronym once and then uses it alone: ``the NATO Support and Procurement
Agency (NSPA)``, or the other way round, ``NSPA (NATO Support and Procurement Agency)``. The
acronym names the same organization wherever it recurs. A name in brackets after a person is
the person's employer or party: ``Daniel Weiss (Baader Bank)``, ``Boris Pistorius (SPD)``.

Everything here reads a bounded window around each bracket, so the scan stays linear.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from defnews.text.words import prev_word
from defnews_organizations.patterns import HEAD_FIRST, LEGAL_FORMS, TAIL_TYPES

__all__ = [
    "Bracket",
    "affiliation",
    "brackets",
    "initials_match",
    "is_acronym",
    "name_before",
    "org_type",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WINDOW = 120
"""The longest bracketed text or name before a bracket that is read."""
_CONNECTORS = frozenset(["of", "for", "and", "the", "&", "de", "du", "des", "di", "der", "für"])
_ORG_WORDS: dict[str, str] = {
    **{w: TAIL_TYPES[w] for w in TAIL_TYPES if TAIL_TYPES[w] != "company"},
    **HEAD_FIRST,
    **dict.fromkeys(
        _words(
            """
        industries industry works shipyard shipyards group holding holdings corporation
        company concern enterprise plant factory partners ventures consortium labs
        laboratories zbrojovka gruppe werft
        """
        ),
        "company",
    ),
    **dict.fromkeys(
        _words(
            """
        command office forces guard staff authority board cabinet secretariat inspectorate
        corps service directorate bureau
        """
        ),
        "agency",
    ),
    **dict.fromkeys(["party"], "political party"),
}
"""Words that make a name an organization's (a product's name ends in ``Systems`` or
``Defence`` as often as a company's, so those words do not count here)."""
_NOT_AFFILIATIONS = _words(
    "CEO CFO COO CTO CIO CMO MP MEP MD PHD JR SR II III IV RET USN KC QC OBE MBE CBE LIVE NEWS FILE"
)
"""All-caps words in brackets after a name that are titles, honours or flags, not
employers."""


class Bracket(NamedTuple):
    """A bracketed text: where the brackets open and close."""

    open: int
    close: int


def brackets(text: str) -> Iterator[Bracket]:
    """Every ``( ... )`` holding at most ``_WINDOW`` characters on one line."""
    at = text.find("(")
    while at >= 0:
        close = text.find(")", at + 1, at + 2 + _WINDOW)
        if close > at + 1:
            inner = text.find("(", at + 1, close)
            if inner < 0 and text.find("\n", at + 1, close) < 0:
                yield Bracket(at, close)
        at = text.find("(", at + 1)


def is_acronym(token: str) -> bool:
    """``NSPA``, ``MoD``, ``R&D``: 2 to 10 characters, capitalised, mostly capitals."""
    if not 2 <= len(token) <= 10 or not token[0].isupper():
        return False
    if not all(c.isalnum() or c in "&-." for c in token):
        return False
    upper = sum(1 for c in token if c.isupper())
    lower = sum(1 for c in token if c.islower())
    return upper >= 2 and upper >= lower


def _letters(acronym: str) -> str:
    return "".join(c.lower() for c in acronym if c.isupper())


def _initials(word: str) -> str:
    """``Quantum-Systems`` gives ``qs``; a lower-case word gives nothing."""
    return "".join(part[0].lower() for part in word.split("-") if part[:1].isupper())


@lru_cache(maxsize=2048)
def initials_match(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether the acronym's capitals are the initials of ``words`` in order, every
    capitalised word giving one (connectors may give theirs or not: ``MOD``, ``MoD``)."""
    letters = _letters(acronym)
    if not letters:
        return False
    reach = {0}
    for word in words:
        initials = _initials(word)
        optional = word.lower() in _CONNECTORS
        if optional:
            initials = word[0].lower()
        nxt = set(reach) if optional else set()
        for i in reach:
            if letters.startswith(initials, i):
                nxt.add(i + len(initials))
        reach = nxt
        if not reach:
            return False
    return len(letters) in reach


def org_type(words: list[str]) -> str | None:
    """The type given by the last organization word of a name, if it has one."""
    for word in reversed(words):
        for part in reversed(word.lower().split("-")):
            kind = _ORG_WORDS.get(part)
            if kind is not None:
                return kind
        if word in LEGAL_FORMS:
            return "company"
    return None


def name_before(text: str, pos: int, acronym: str) -> tuple[int, list[str]] | None:
    """The shortest run of capitalised words and connectors ending before the space at
    ``pos`` whose initials are the acronym's: its start and words."""
    floor = max(0, pos - _WINDOW)
    words: list[tuple[int, str]] = []
    at = pos
    for _step in range(12):
        word = prev_word(text, at, floor)
        if word is None or word[0]:
            break
        token = text[word[1] : word[2]]
        if not (token[:1].isupper() or token.lower() in _CONNECTORS):
            break
        words.append((word[1], token))
        at = word[1]
        if token[:1].isupper():
            tokens = tuple(t for _s, t in reversed(words))
            if initials_match(acronym, tokens):
                return word[1], list(tokens)
    return None


def affiliation(text: str, bracket: Bracket) -> bool:
    """Whether the bracket follows a person's name (two capitalised words, not its own
    acronym) and holds one all-caps name that is not a title: ``Friedrich Merz (CDU)``."""
    content = text[bracket.open + 1 : bracket.close]
    if not content.isalpha() or not content.isupper() or content in _NOT_AFFILIATIONS:
        return False
    if not 2 <= len(content) <= 4:
        return False  # ``(URGENT)``, ``(UPDATE)``: a wire flag, not a party
    last = prev_word(text, bracket.open, max(0, bracket.open - 60))
    if last is None or last[0] or last[2] != bracket.open - 1:
        return False
    first = prev_word(text, last[1], max(0, last[1] - 60))
    if first is None or first[0]:
        return False
    names = (text[first[1] : first[2]], text[last[1] : last[2]])
    if not all(_name_word(n) for n in names):
        return False
    return not initials_match(content, names)


def _name_word(token: str) -> bool:
    """``Pistorius``, ``Kovalenko``: a capitalised word, not in capitals."""
    return token[:1].isupper() and token[1:].islower() and token.isalpha()
