"""Walking word by word from a position in the text, without tokenising the whole article.

Title and name patterns start at a trigger word and look a few words to the left and right, so
only the neighbourhood of each trigger is ever read. A word is a run of letters and digits with
inner apostrophes, hyphens, ampersands and abbreviation dots (``O'Brien``, ``Kosiniak-Kamysz``,
``U.S.``, ``S.A.``, ``Inc.``). Between two words only spaces are skipped, plus at most one comma;
other punctuation and line breaks end a walk.
"""

from __future__ import annotations

import re

__all__ = ["Word", "next_word", "possessive", "prev_word", "strip_possessive", "word_at"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


Word = tuple[str, int, int]
"""``(separator, start, end)``: separator is ``""`` or ``","`` (what stood between words)."""

_WORD = re.compile(r"[^\W_](?:[\w&-]|['’.](?=[^\W_]))*")
_ABBREVIATIONS = _words(
    """
    jr sr st dr mr mrs ms gen lt col maj capt adm sgt co inc ltd corp bros prof no mt ft rep
    sen gov pres plc spa s.p.a sa s.a nv n.v bv b.v a.s s.r.o kg
    """
)
_DOTTED = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_SPACES = " \t\u00a0\u202f"
_WORD_CHARS_EXTRA = "&-'’"


def _takes_dot(token: str) -> bool:
    return bool(_DOTTED.fullmatch(token)) or token.lower() in _ABBREVIATIONS


def next_word(text: str, pos: int, limit: int | None = None) -> Word | None:
    """The word starting after ``pos`` (after spaces and at most one comma), or None."""
    end_limit = len(text) if limit is None else limit
    i = pos
    while i < end_limit and text[i] in _SPACES:
        i += 1
    sep = ""
    if i < end_limit and text[i] == ",":
        sep = ","
        i += 1
        while i < end_limit and text[i] in _SPACES:
            i += 1
    if sep == "" and i == pos and pos > 0:
        return None  # words must be separated
    match = _WORD.match(text, i, end_limit)
    if match is None:
        return None
    end = match.end()
    if end < end_limit and text[end] == "." and _takes_dot(match.group()):
        end += 1
    return sep, i, end


def prev_word(text: str, pos: int, floor: int = 0) -> Word | None:
    """The word ending before ``pos`` (before spaces and at most one comma), or None."""
    i = pos
    while i > floor and text[i - 1] in _SPACES:
        i -= 1
    sep = ""
    if i > floor and text[i - 1] == ",":
        sep = ","
        i -= 1
        while i > floor and text[i - 1] in _SPACES:
            i -= 1
    if sep == "" and i == pos and pos < len(text):
        return None
    end = i
    dotted = False
    if i > floor and text[i - 1] == ".":
        dotted = True
        i -= 1
    j = i
    while j > floor:
        ch = text[j - 1]
        if ch.isalnum() or (
            (ch in _WORD_CHARS_EXTRA or ch == ".") and j - 2 >= floor and text[j - 2].isalnum()
        ):
            j -= 1
        else:
            break
    while j < i and not text[j].isalnum():
        j += 1
    if j >= i:
        return None
    if dotted and not _takes_dot(text[j:i]):
        return None  # a full stop, not an abbreviation
    return sep, j, end


def possessive(token: str) -> bool:
    """Whether a word ends in ``'s`` or ``’s``."""
    return len(token) > 2 and token[-2] in "'’" and token[-1] in "sS"


def strip_possessive(token: str) -> str:
    """The word without a final ``'s``."""
    return token[:-2] if possessive(token) else token


def word_at(text: str, start: int) -> tuple[int, int] | None:
    """The word starting exactly at ``start``."""
    match = _WORD.match(text, start)
    if match is None:
        return None
    end = match.end()
    if end < len(text) and text[end] == "." and _takes_dot(match.group()):
        end += 1
    return start, end
