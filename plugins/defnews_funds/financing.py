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

_CUE = re.compile(
    r"\b(?:financ(?:ed|es|ing)|fund(?:ed|ing)|paid\s+for|backed|repaid|serviced|filled"
    r"|covered|bankrolled|resourced|supported|replenished|topped\s+up|capitali[sz]ed)"
    r"(?:\s+(?:will|would|is|are|be|been|provided|in\s+part|partly|partially|mainly|largely"
    r"|primarily|entirely|mostly|fully|jointly|directly|chiefly|principally)){0,3}"
    r"\s+(?:by|from|through|with|out\s+of|via)\s+"
    r"|\b(?:from|through|out\s+of|via)\s+(?=(?:the\s+)?(?:(?:windfall|voluntary|public|private"
    r"|partner|member[- ]states?|national|state|EU|regional|personal)\s+)?(?:donations?"
    r"|contributions?|profits?|proceeds|revenues?|income|interest|taxe?s?|budget|assets"
    r"|sale|borrowing|bonds?)\b)",
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


_HINTS = (
    "financ",
    "fund",
    "paid",
    "backed",
    "repaid",
    "servic",
    "filled",
    "cover",
    "bankroll",
    "resourc",
    "support",
    "replenish",
    "topped",
    "capitali",
    "from",
    "through",
    "via",
)


def financing_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first financing source named in ``text[start:end]``, as offsets."""
    window = text[start:end].lower()
    if not any(hint in window for hint in _HINTS):
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
