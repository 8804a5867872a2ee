"""Cheap substring tests that let a case-insensitive pattern be skipped where it cannot match.

Most clause-level patterns need one of a few literal words ("if", "unless", "whether"...), and
most clauses contain none of them, while the regex engine pays dearly for every character
of a case-insensitive alternation that starts with ``\\b``. So each article is lower-cased
once, and a plain literal alternation of the words (which the engine skips through by first
letter) is tried on the lower-cased range first; the pattern itself runs only where one of
its words occurs.

The test is exact: it is used only when lower-casing keeps every offset and the text holds
none of the four characters that ``re.IGNORECASE`` takes for an ASCII letter while
``str.lower`` does not (or that lower-case to two characters); otherwise it answers "maybe".
"""

from __future__ import annotations

import re

__all__ = ["Hints", "hint", "lowered"]

_FOLDED = ("\u0130", "\u0131", "\u017f", "\u212a")
"""İ, dotless ı, long ſ and the Kelvin sign: ``re.IGNORECASE`` matches them as i, i, s, k."""


def lowered(text: str) -> str | None:
    """``text`` lower-cased offset for offset, or None when a substring test on it could
    disagree with a case-insensitive pattern on ``text``."""
    if any(ch in text for ch in _FOLDED):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def hint(*words: str) -> re.Pattern[str]:
    """One case-sensitive scan for any of ``words`` (lower case) in the lower-cased text: a
    literal alternation, which the regex engine skips through by its first letters."""
    return re.compile("|".join(re.escape(word) for word in words))


class Hints:
    """One article lower-cased for the hint tests."""

    def __init__(self, text: str) -> None:
        self.low = lowered(text)

    def may(self, words: re.Pattern[str], start: int, end: int) -> bool:
        """Whether one of the ``words`` of a `hint` may occur inside ``start..end``: False only
        when none does, so that a pattern needing one of them cannot match there."""
        return self.low is None or words.search(self.low, start, end) is not None
