"""Where a fund's money comes from: the phrase after "financed by", "repaid from", "backed
by", "filled from", "with financing provided in part by", or a source noun after "from" /
"through" ("from the donations of citizens", "through member-state contributions").

The source is read from the cue to the end of its clause (a comma, semicolon, colon, full stop
or bracket, or a word that opens another clause: "to support...", "which", "while"), without a
leading "the": "with financing provided in part by the profits from the sale of confiscated
Russian assets" gives "profits from the sale of confiscated Russian assets".
"""

from __future__ import annotations

import re

__all__ = ["financing_after"]

_MODIFIERS_AND_PREPOSITION = (
    r"(?:\s+(?:will|would|is|are|be|been|provided|in\s+part|partly|partially|mainly|largely"
    r"|primarily|entirely|mostly|fully|jointly|directly|chiefly|principally)){0,3}"
    r"\s+(?:by|from|through|with|out\s+of|via)\s+"
)
_SOURCE_AHEAD = (
    r"\s+(?=(?:the\s+)?(?:(?:windfall|voluntary|public|private"
    r"|partner|member[- ]states?|national|state|EU|regional|personal)\s+)?(?:donations?"
    r"|contributions?|profits?|proceeds|revenues?|income|interest|taxe?s?|budget|assets"
    r"|sale|borrowing|bonds?)\b)"
)
_CUE = re.compile(
    # One verb of financing ("financed", "paid for", "topped up"...) before "by", "from",
    # "with"...; or "from", "through", "out of", "via" before a source noun. No two of these
    # words can start at the same offset, so they are grouped by their first letter: the
    # pattern opens with that letter as a class (which lets the engine skip to the offsets
    # that can start a cue), checks that it starts a word (``\b``), and then tries only the
    # words of that letter.
    r"[fpbrsctov](?<!\w.)(?:"
    r"(?<=f)(?:inanc(?:ed|es|ing)|und(?:ed|ing)|illed)"
    + _MODIFIERS_AND_PREPOSITION
    + r"|(?<=f)rom"
    + _SOURCE_AHEAD
    + r"|(?<=p)aid\s+for"
    + _MODIFIERS_AND_PREPOSITION
    + r"|(?<=b)(?:acked|ankrolled)"
    + _MODIFIERS_AND_PREPOSITION
    + r"|(?<=r)e(?:paid|sourced|plenished)"
    + _MODIFIERS_AND_PREPOSITION
    + r"|(?<=s)(?:erviced|upported)"
    + _MODIFIERS_AND_PREPOSITION
    + r"|(?<=c)(?:overed|apitali[sz]ed)"
    + _MODIFIERS_AND_PREPOSITION
    + r"|(?<=t)opped\s+up"
    + _MODIFIERS_AND_PREPOSITION
    + r"|(?<=t)hrough"
    + _SOURCE_AHEAD
    + r"|(?<=o)ut\s+of"
    + _SOURCE_AHEAD
    + r"|(?<=v)ia"
    + _SOURCE_AHEAD
    + r")",
    re.IGNORECASE,
)
_END = re.compile(
    r"\s*[,;:.()\[\]]|\s+(?:to|which|that|who|while|whereas|but|so|as|will|would|is|are|was"
    r"|were|has|have|had|said|says|according)\b|\s+[–—-]\s"
)
_LEADING = re.compile(
    r"(?:the\s+|a\s+|an\s+)?(?:(?:in\s+part|partly|partially|mainly|largely)\s+(?:by\s+|from\s+)"
    r"(?:the\s+)?)?",
    re.IGNORECASE,
)
_MAX = 160


_HINTS = re.compile(
    r"f(?:inanc|und|illed|rom)|paid|b(?:acked|ankroll)|re(?:paid|sourc|plenish)"
    r"|s(?:ervic|upport)|c(?:over|apitali)|t(?:opped|hrough)|via"
)
"""The words a source is introduced by ("financ", "fund", "paid", "from"...), in lower case:
one search of the lower-cased window instead of a test per word."""


def financing_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first financing source named in ``text[start:end]``, as offsets."""
    window = text[start:end].lower()
    if _HINTS.search(window) is None:
        return None  # none of the words a source is introduced by: skip the pattern
    cue = _CUE.search(text, start, end)
    if cue is None:
        return None
    begin = cue.end()
    lead = _LEADING.match(text, begin, end)
    if lead is not None:
        begin = lead.end()
    stop = _END.search(text, begin, min(end, begin + _MAX))
    finish = stop.start() if stop is not None else min(end, begin + _MAX)
    while finish > begin and text[finish - 1] in " \t\n\"'”’":
        finish -= 1
    if finish - begin < 3:
        return None
    return begin, finish
