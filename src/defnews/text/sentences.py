"""Sentence splitting tuned for news prose.

A regex finds the few places where a sentence may end (a run of ``.``, ``!``, ``?`` or ``…``,
with any closing quotes or brackets, followed by white space; a blank line; a bulleted line)
and small rules decide each one by looking at the word before and the word after. The rules
are the ones a reader uses: an abbreviation or an initial does not end a sentence unless the
next word plainly starts one, a lowercase word continues the sentence, and a quotation that
closes with a full stop keeps its attribution (``"... weapons." Havryliuk said.``).

The scan is linear: the pattern has no nested repetition, every look-around is bounded and
each candidate is decided from a fixed-size window.
"""

from __future__ import annotations

import re

from defnews.models import Span
from defnews.text import _patterns as pat
from defnews.text._patterns import (
    SENTENCE_STARTERS,
    TITLE_ABBREVIATIONS,
    word_alternation,
)

__all__ = ["split_sentences"]

_CLOSERS = "\"'”’»)]"
_QUOTE_CLOSERS = "\"'”’»"

# The lookbehind sits after the first character so the pattern starts with a character set,
# which the regex engine scans for quickly; it also makes a long run of dots match only once.
_TERMINATOR = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*[\"'”’»)\]]*(?=\s|\Z)")
_HARD_BREAK = re.compile(r"\n(?:[^\S\n]*\n|(?=[^\S\n]{0,8}[•▪●◦‣*–—-][^\S\n]))")
_NEXT = re.compile(r"\s*([\"'“‘«„(\[]{0,3})([^\W_][\w'’\-]{0,40})?")

_NEVER_END = frozenset(
    TITLE_ABBREVIATIONS - {"st", "jr", "sr"}
    | {"e.g", "i.e", "vs", "cf", "viz", "approx", "ca", "sec", "art", "fig", "nos", "vol"}
)
"""Abbreviations that are always followed by more of the same sentence."""

_AMBIGUOUS = pat.word_set("""
    inc ltd co corp plc llc bros jr sr st dept govt est al mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m mrd mio
    """)
"""Abbreviations that may also end a sentence; a following starter word decides."""

_ABBREV = _NEVER_END | _AMBIGUOUS

_INITIALISM = re.compile(r"(?:[^\W\d_]{1,3}\.){1,5}[^\W\d_]{1,3}")

_SPEECH_VERBS = word_alternation(
    pat.word_list(
        """
        said says stated added noted told explained emphasised emphasized stressed asked
        wrote declared insisted continued remarked commented announced warned argued claimed
        admitted acknowledged concluded replied responded recalled underlined underscored
        highlighted affirmed assured confirmed reiterated revealed observed quipped predicted
        promised vowed pledged urged suggested clarified countered conceded posted answered
        """
    )
)
_ATTRIBUTION = re.compile(r"(?:[A-Z][\w'’.\-]{0,30}\s+){1,5}(?:" + _SPEECH_VERBS + r")\b")

_WINDOW = 10

_new = object.__new__
_set = object.__setattr__


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` (one paragraph, typically), trimmed of white space.

    Blank lines always separate sentences; the spans are ordered, disjoint and lie inside
    ``start..end``.
    """
    if end is not None and 0 <= start <= end <= len(text):
        lo, hi = start, end  # the usual call: one paragraph of the text
    else:
        lo, hi = _bounds(text, start, end)
    spans: list[Span] = []
    if text.find("\n", lo, hi) < 0:  # every hard break starts with a line end
        _split_block(text, lo, hi, spans)
        return spans
    block = lo
    for brk in _HARD_BREAK.finditer(text, lo, hi):
        _split_block(text, block, brk.start(), spans)
        block = brk.end()
    _split_block(text, block, hi, spans)
    return spans


def _split_block(text: str, lo: int, hi: int, spans: list[Span]) -> None:
    """Split a stretch without blank lines at the terminators that end a sentence."""
    begin = lo
    for match in _TERMINATOR.finditer(text, lo, hi):
        stop = match.end()
        if stop + 1 < hi and text[stop] == " ":
            after = text[stop + 1]
            if after.islower():
                continue  # a lowercase word always continues the sentence
            if after.isupper() and match.start() + 1 == stop:
                # A lone full stop after a plain lowercase word, before a capital, ends the
                # sentence: the common case, decided without further calls.
                space = text.rfind(" ", begin if stop - 12 < begin else stop - 12, stop)
                word = text[space + 1 : stop - 1] if space >= 0 else ""
                if word.isalpha() and word.islower() and word not in _ABBREV:
                    _emit(text, begin, stop, spans)
                    begin = stop
                    continue
        if _ends_here(text, match, begin, hi):
            _emit(text, begin, stop, spans)
            begin = stop
    _emit(text, begin, hi, spans)


def _bounds(text: str, start: int, end: int | None) -> tuple[int, int]:
    hi = len(text) if end is None else min(max(end, 0), len(text))
    lo = min(max(start, 0), hi)
    return lo, hi


def _emit(text: str, begin: int, stop: int, spans: list[Span]) -> None:
    """Append the trimmed ``text[begin:stop]`` unless it is only white space."""
    if begin >= stop:
        return
    chunk = text[begin:stop]
    if chunk[0].isspace() or chunk[-1].isspace():
        stripped = chunk.strip()
        if not stripped:
            return
        begin += len(chunk) - len(chunk.lstrip())
        stop = begin + len(stripped)
        chunk = stripped
    # The bounds lie inside ``text`` and ``chunk`` is its slice, so the validators of
    # ``Span`` have nothing to check: build it directly, as ``Span.of`` does.
    span = _new(Span)
    _set(span, "start", begin)
    _set(span, "end", stop)
    _set(span, "text", chunk)
    spans.append(span)


def _ends_here(text: str, match: re.Match[str], begin: int, hi: int) -> bool:
    """Decide whether the terminator run ``match`` ends the sentence that began at ``begin``."""
    run = match.group()
    stop = match.end()
    if run == "." and stop + 1 < hi and text[stop] == " " and text[stop + 1].isupper():
        return _period_ends(text, match.start(), begin, hi)  # the common case, decided fast
    term = run.rstrip(_CLOSERS)
    quoted = any(c in _QUOTE_CLOSERS for c in run[len(term) :])
    nxt = _NEXT.match(text, stop, hi)
    if nxt is None or nxt.end(1) >= hi:
        return True
    first = text[nxt.end(1)]
    if first.islower() or first in ",;:":
        return False
    if quoted and nxt.group(2) and _ATTRIBUTION.match(text, nxt.start(2), hi):
        return False
    if term == ".":
        return _period_ends(text, match.start(), begin, hi)
    if "?" in term or "!" in term:
        return True
    # An ellipsis after a space marks words left out of a quotation, not a sentence end.
    return match.start() == begin or not text[match.start() - 1].isspace()


def _period_ends(text: str, dot: int, begin: int, hi: int) -> bool:
    """Decide a single full stop from the word before it and, if need be, the word after it."""
    window = dot - _WINDOW
    space = text.rfind(" ", max(begin, window), dot)
    if space < 0:
        if window > begin:
            return True  # a word longer than any abbreviation
        space = begin - 1
    token = text[space + 1 : dot]
    if not token.isalpha():
        parts = token.split()
        token = parts[-1].lstrip("\"'“‘«„([") if parts else ""
    low = token.lower()
    if low in _NEVER_END:
        return False
    if low in _AMBIGUOUS or token == "No" or _is_initial(token):
        return _starts_sentence(text, dot + 1, hi)
    # "1." or "a." opening a paragraph numbers a list item; it is not a sentence.
    if dot - begin <= 8 and len(token) <= 3 and (token.isdigit() or len(token) == 1):
        return bool(text[begin:dot].strip(" \t\n\r\"'“‘«„([").replace(token, "", 1))
    return True


def _starts_sentence(text: str, at: int, hi: int) -> bool:
    """Whether the words after an ambiguous abbreviation plainly open a new sentence."""
    nxt = _NEXT.match(text, at, hi)
    if nxt is None:
        return True
    return bool(nxt.group(1)) or (nxt.group(2) or "") in SENTENCE_STARTERS


def _is_initial(token: str) -> bool:
    """A single capital letter or a dotted initialism such as ``U.S`` (its last dot removed)."""
    if len(token) == 1:
        return token.isupper()
    return "." in token and _INITIALISM.fullmatch(token) is not None
