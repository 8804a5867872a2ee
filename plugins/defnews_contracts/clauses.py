"""Cutting a sentence into clauses, so that one deal's parties and money stay with that deal.

A clause ends at a semicolon, a colon or a dash; before ``, while`` / ``, but`` / ``, whereas``
/ ``, as`` / ``, which`` and their kin; before ``, and`` when a new subject follows (``, and the
two companies signed...``); before ``and`` followed by a verb of its own (``... won an order and
would assemble...``); before ``but``, ``if`` and ``unless``; before a participle phrase
(``, marking a...``, ``, saying...``; not ``, including``); and before a trailing attribution
(``..., informed the ministry``, ``..., chief executive Armin Papperger said``). A leading
``According to X,`` and a first line without letters (a live blog's ``17:55``) are left out.

Candidates are found with a character class (punctuation) and ``str.find`` (the few words), and
each is confirmed by a pattern anchored at it, so a sentence is read once; the boundaries of a
sentence are computed once and reused for every cue in it.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["Clauses"]

_PUNCTUATION = re.compile(r"[;:,—–-]")
_AFTER_COMMA = re.compile(
    r"\s+(?:(?:while|whereas|but|although|though|however|yet|as(?!\s+well)|which|after"
    r"|before|because|since|when|whereby|whilst|unless)\b"
    r"|and\s+(?=(?:the|a|an|its|his|her|their|this|that|these|those|it|he|she|they|we"
    r"|[A-Z][\w'’-]*)\b)"
    r"|(?=(?:said|says|told|informed|informs|reported|reports|announced|added|noted"
    r"|according\s+to)\b)"
    r"|(?=(?!including\b|excluding\b|according\b|during\b|following\b|regarding\b"
    r"|concerning\b|pending\b|notwithstanding\b|bring\b|thing\b|king\b)[a-z]+ing\b))"
    r"|(?=(?:\s+[\w.'’-]+){1,6}\s+(?:said|says|told|informed|reported|added|stated)[\s.,])"
)
_AND_VERB = re.compile(
    r"(?:would|will|could|can|should|may|might|is|was|are|were|has|have|had|said|says|told"
    r"|plans?|planned|intends?|expects?|hopes?|wants?|aims?)\b"
)
_WORDS = (" but ", " if ", " unless ", " and ")
_ACCORDING = re.compile(r"\s*(?:According|according)\s+to\s+[^,]{1,80},\s*")


def _boundaries(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Every clause boundary in ``lo..hi`` as (start, end), in order."""
    found: list[tuple[int, int]] = []
    for mark in _PUNCTUATION.finditer(text, lo, hi):
        at = mark.start()
        char = text[at]
        if char == ";":
            found.append((at, at + 1))
        elif char == ":":
            if at + 1 < hi and text[at + 1].isspace():
                found.append((at, at + 2))
        elif char in "—–-":
            if 0 < at < hi - 1 and text[at - 1].isspace() and text[at + 1].isspace():
                found.append((at - 1, at + 2))
        elif at + 1 < hi and text[at + 1].isspace():  # both branches open with ``\s+``
            after = _AFTER_COMMA.match(text, at + 1, hi)
            if after is not None:
                found.append((at, after.end()))
    lowered = text[lo:hi].lower()
    if len(lowered) != hi - lo:  # a few letters grow when lower-cased ("İ"): keep offsets
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text[lo:hi])
    for word in _WORDS:
        at = lowered.find(word)
        while at != -1:
            start, end = lo + at, lo + at + len(word)
            if word != " and " or _AND_VERB.match(text, end, hi):
                found.append((start, end if word != " if " and word != " unless " else start + 1))
            at = lowered.find(word, at + 1)
    found.sort()
    return found


class Clauses:
    """Clause lookups for one article, with each sentence's boundaries computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cache: dict[tuple[int, int], tuple[list[int], list[tuple[int, int]]]] = {}

    def around(self, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
        """The clause of ``lo..hi`` (a sentence) that holds ``start..end`` (a cue)."""
        text = self.text
        cached = self._cache.get((lo, hi))
        if cached is None:
            marks = _boundaries(text, lo, hi)
            cached = ([m[0] for m in marks], marks)
            self._cache[(lo, hi)] = cached
        starts, marks = cached
        left, right = lo, hi
        index = bisect.bisect_left(starts, start)
        back = index - 1
        while back >= 0 and marks[back][1] > start:  # a mark overlapping the cue
            back -= 1
        if back >= 0:
            left = marks[back][1]
        ahead = index
        while ahead < len(marks) and marks[ahead][0] < end:
            ahead += 1
        if ahead < len(marks):
            right = marks[ahead][0]
        lead = _ACCORDING.match(text, left, right)
        if lead is not None and lead.end() <= start:
            left = lead.end()
        while left < right and text[left].isspace():
            left += 1
        newline = text.find("\n", left, start)
        if newline != -1 and not any(ch.isalpha() for ch in text[left:newline]):
            left = newline + 1
        while right > left and (text[right - 1].isspace() or text[right - 1] in ".,;:"):
            right -= 1
        return left, right
