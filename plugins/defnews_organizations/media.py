"""News outlets named by the page furniture around a story.

Three places name the outlet in almost every article: a wire dateline (``KYIV, March 3
(Reuters) -``), a copyright footer (``© 2024 Kyiv Chronicle.``) and a masthead, the first
line of a page or newsletter (``KYIV POST | Business``, ``THE FORGE – weekly briefing``,
``DefenceWire — news of the industry``, ``Baltic Monitor › Industry``, after an emoji or
two). None needs the outlet to be known beforehand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["copyright_holders", "dateline_sources", "masthead", "title_case"]

_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{1,30}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? \(([A-Z][\w.&'’ -]{1,40}?)\) [-–—]"
)
_DATELINE_END = re.compile(r"\) [-–—]")
_CAPS_WORD = r"[A-Z][A-Z0-9&'’.-]*"
_CAPS = re.compile(
    rf"({_CAPS_WORD}(?: {_CAPS_WORD}){{1,3}})(?:[ \t]*$| [|—–›»] |[ \t]{{2,}}[^\w\s])",
    re.MULTILINE,
)
_NAMED = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?: [|—–] [a-z]| [›»] [A-Z])")
_LEAD = re.compile(r"[^\w\n\"“«„'‘(]{1,6} ?")
"""Emoji or bullets before a masthead (``🔥 DEFENCE PULSE | digest``)."""
_COPYRIGHT = re.compile(
    r"© ?(?:\d{4}(?:[-–]\d{4})? )?"
    r"([A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})(?=[.,|\n]| All rights| \d{4}|$)"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NOT_OUTLET = _words(
    """
    LIVE UPDATE UPDATES OPINION INTERVIEW ANALYSIS EXCLUSIVE BREAKING TRANSCRIPT NOTE REPORT
    BRIEFING EXPLAINER COMMENT EDITORIAL FEATURE URGENT PRESS RELEASE STATEMENT NEWS HOME
    PHOTO VIDEO WATCH READ MORE Q&A FAQ
    """
)
"""Words of section labels and story kinds, which a first line may hold instead."""


def dateline_sources(text: str) -> Iterator[tuple[int, int]]:
    """The outlet of each wire dateline at a line start: its start and end (the cheap search
    for ``) -`` comes first, then the line before it is matched, within 100 characters)."""
    for close in _DATELINE_END.finditer(text):
        end = close.end()
        line = text.rfind("\n", max(0, end - 100), end) + 1
        if line == 0 and end > 100:
            continue
        match = _DATELINE.fullmatch(text, line, end)
        if match is not None:
            yield match.start(1), match.end(1)


def masthead(text: str) -> tuple[int, int] | None:
    """The outlet named by the first line, all in capitals (two to four words, alone or
    before a separator), or in mixed case before a separator and a lower-case tagline."""
    end = text.find("\n")
    line_end = len(text) if end < 0 else end
    line_end = min(line_end, 200)
    lead = _LEAD.match(text, 0, line_end)
    begin = lead.end() if lead is not None else 0
    caps = _CAPS.match(text, begin, line_end)
    if caps is not None:
        words = caps.group(1).split()
        if any(w.strip(".") in _NOT_OUTLET for w in words):
            return None
        return caps.span(1)
    named = _NAMED.match(text, begin, line_end)
    if named is not None and not any(w.upper() in _NOT_OUTLET for w in named.group(1).split()):
        return named.span(1)
    return None


def title_case(name: str) -> str:
    """``THE FORGE`` as ``The Forge``; a mixed-case name stays as it is."""
    if not name.isupper():
        return name
    return " ".join(w[:1] + w[1:].lower() for w in name.split())


def copyright_holders(text: str) -> Iterator[tuple[int, int]]:
    """The outlet of a copyright line in the page footer (``© 2024 Kyiv Chronicle. All
    rights reserved.``): each ``©`` within the last 3,000 characters, looked at once."""
    tail = max(0, len(text) - 3000)
    at = text.find("©", tail)
    seen = 0
    while at >= 0 and seen < 5:
        seen += 1
        match = _COPYRIGHT.match(text, at, min(len(text), at + 80))
        if match is not None and not any(w.upper() in _NOT_OUTLET for w in match.group(1).split()):
            yield match.span(1)
        at = text.find("©", at + 1)
