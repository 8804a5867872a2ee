"""Cutting a sentence into clauses, so that one deal's parties and money stay with that deal.

A clause ends at a semicolon, colon or dash, before ``, while`` / ``, but`` / ``, whereas`` /
``, as`` / ``, which``, before ``, and`` when a new subject follows (``, and the two companies
signed...``), before ``and`` followed by a verb of its own (``... won an order and would
assemble...``), before a participle phrase (``, marking a...``, ``, saying...``; not
``, including``) and before a trailing attribution (``..., informed the ministry``, ``...,
chief executive Armin Papperger said``). A leading ``According to X,`` and a first line without
letters (a live blog's ``17:55``) are left out.
"""

from __future__ import annotations

import re

__all__ = ["clause_around"]

_BOUNDARY = re.compile(
    r";|:\s|\s[—–]\s|\s-\s"
    r"|,\s+(?:while|whereas|but|although|though|however|yet|as(?!\s+well)|which|after|before|because"
    r"|since|when|whereby|whilst|unless)\b"
    r"|\s+but\s+|\s+(?=(?:if|unless)\s)"
    r"|,\s+and\s+(?=(?:the|a|an|its|his|her|their|this|that|these|those|it|he|she|they|we"
    r"|[A-Z][\w'’-]*)\b)"
    r"|\s+and\s+(?=(?:would|will|could|can|should|may|might|is|was|are|were|has|have|had"
    r"|said|says|told|plans?|planned|intends?|expects?|hopes?|wants?|aims?)\b)"
    r"|,\s+(?=(?:said|says|told|informed|informs|reported|reports|announced|added|noted"
    r"|according\s+to)\b)"
    r"|,(?=(?:\s+[\w.'’-]+){1,6}\s+(?:said|says|told|informed|reported|added|stated)[\s.,])"
    r"|,\s+(?=(?!including\b|excluding\b|according\b|during\b|following\b|regarding\b"
    r"|concerning\b|pending\b|notwithstanding\b|bring\b|thing\b|king\b)[a-z]+ing\b)"
)
_ACCORDING = re.compile(r"\s*(?:According|according)\s+to\s+[^,]{1,80},\s*")


def clause_around(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of ``lo..hi`` (a sentence) that holds ``start..end`` (a cue)."""
    left, right = lo, hi
    for found in _BOUNDARY.finditer(text, lo, hi):
        if found.end() <= start:
            left = found.end()
        elif found.start() >= end:
            right = found.start()
            break
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
