"""How firmly a clause asserts what it reports: fact, announced, planned, promised, considered
or denied.

One pattern holds every cue; the earliest cue in the clause decides, because the main
predicate of a news clause usually comes first (``plans to build a plant that could
produce`` is planned). Three refinements keep that rule honest: ``announced`` yields to a
plan, promise or deliberation that follows it (``announced plans to``); negations inside a
parenthetical (``, which has not ...,``) or of the ``not only ... but also`` kind are skipped;
and ``May`` or ``Will`` with a capital are names, not modals.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs

from defnews.models import Span
from defnews.text import _patterns as pat
from defnews.text._patterns import word_alternation

__all__ = ["MODALITY_VALUES", "ModalityCue", "modality_of"]

MODALITY_VALUES: tuple[str, ...] = (
    "fact",
    "announced",
    "planned",
    "promised",
    "considered",
    "denied",
)


@attrs.frozen
class ModalityCue:
    """The modality of a clause and the words that decided it.

    Attributes:
        modality: one of `MODALITY_VALUES`.
        cue: the deciding words (``announced plans to``, ``is considering``, ``did not sign``),
            or None when nothing marked the clause and it defaults to ``fact``.
    """

    modality: str
    cue: Span | None


_AUX = "did does do has have had was were is are will would could can should shall must"
_AUX_NT = " ".join(
    f"{w}{apostrophe}t"
    for w in pat.word_list(
        "didn doesn don hasn haven hadn wasn weren isn aren won wouldn couldn can shouldn"
    )
    for apostrophe in "'’"
)
_W = r"[a-z]{1,40}(?:-[a-z]{1,20})?"  # a lowercase word, possibly hyphenated
_AFTER_NOT = r"(?:\s+(?:yet|be|been|have|even|formally|officially)){0,2}\s+" + _W
_DEAL = r"(?:agreement|contract|deal|decision|memorandum|order|plans?|talks|negotiations)"
_REPORTS = (
    r"(?:the\s+)?(?:media\s+)?"
    r"(?:reports?|claims?|allegations?|suggestions?|speculation|rumou?rs?)"
)
_FUTURE_TAIL = (
    r"(?:\s+(?:also|soon|now|then|not|be|have|been|jointly|eventually|likely)){0,3}"
    r"\s+" + _W
)
_WORD = r"\s+" + _W

# (modality, the words a cue starts with, what must follow them). Order matters: for a given
# first word the first entry whose tail matches wins, so longer cues come first.
_CUES: tuple[tuple[str, str, str], ...] = (
    (
        "planned",
        "announced announces announcing",
        r"\s+(?:(?:its|their|the|a|an|new)\s+)?(?:plans?|intentions?|decision)\s+to",
    ),
    ("denied", _AUX, r"\s+not" + _AFTER_NOT),
    ("denied", _AUX_NT, _AFTER_NOT),
    ("denied", "cannot", _WORD),
    ("denied", "never", r"(?:\s+" + _W + ")?"),
    ("denied", "denied denies deny denying denial", ""),
    ("denied", "rejected dismissed refuted rebuffed rejects dismisses", r"\s+" + _REPORTS),
    ("denied", "no", r"\s+" + _DEAL + r"(?:\s+(?:was|were|has|have|had|is|are|will)(?:\s+been)?)?"),
    ("promised", "has have had", r"\s+(?:also\s+)?(?:promised|pledged|vowed|committed)"),
    ("promised", "promised promises promise pledged pledges pledge vowed vows", ""),
    ("promised", "committed commits", r"\s+to"),
    ("promised", "guaranteed guarantees", ""),
    (
        "planned",
        "is are was were",
        r"\s+(?:set|scheduled|due|expected|slated|poised|going|planned)\s+to",
    ),
    ("planned", "is are", r"\s+to\s+be" + _WORD + r"|\s+to" + _WORD),
    (
        "planned",
        "to",
        r"\s+be\s+(?:built|created|established|set\s+up|launched|opened|produced|"
        r"constructed|delivered|signed|located|completed)",
    ),
    ("planned", "planned planning intend intends intended intending intention", r"\s+to"),
    ("planned", "plan plans", r"\s+(?:to|for)"),
    ("planned", "aim aims aimed aiming seek seeks seeking sought", r"\s+to"),
    ("planned", "expect expects expected expecting prepares prepared preparing", r"\s+to"),
    ("planned", "will would", _FUTURE_TAIL),
    ("planned", "shall", _WORD),
    ("planned", "upcoming forthcoming", ""),
    ("considered", "is are was were", r"\s+(?:still\s+)?considering"),
    ("considered", "considering considers", ""),
    ("considered", "being", r"\s+considered"),
    ("considered", "under", r"\s+consideration"),
    ("considered", "consideration", r"(?:\s+of)?"),
    ("considered", "to", r"\s+consider"),
    ("considered", "could may might", _FUTURE_TAIL),
    ("considered", "potential potentially possible possibly possibility", ""),
    ("considered", "proposed proposes proposal proposals proposing", ""),
    ("considered", "discussed discusses discussing discussion discussions", ""),
    ("considered", "in held holding hold", r"\s+talks"),
    ("considered", "talks", r"\s+(?:with|on|about)"),
    (
        "considered",
        "negotiate negotiates negotiated negotiating negotiation negotiations explore "
        "explores explored exploring weighs weighed weighing mulls mulled mulling",
        "",
    ),
    ("considered", "hopes hoped hoping", r"\s+to"),
    ("considered", "prospect prospects", r"\s+(?:of|for)"),
    ("announced", "announced announces announcing announcement unveiled unveils unveiling", ""),
    ("fact", "handed hands", r"\s+over"),
    ("fact", "set", r"\s+up"),
    (
        "fact",
        "signed signs signing inked concluded delivered delivers supplied received "
        "transferred completed launched opened established agreed awarded secured ordered "
        "purchased acquired bought sealed finalised finalized approved began started produced "
        "manufactured dispatched shipped won",
        "",
    ),
)


def _variants(words: str) -> list[str]:
    """Each word as written and with a capital, for sentence-initial cues."""
    return [v for w in words.split() for v in (w, w[:1].upper() + w[1:])]


def _cue_body() -> str:
    tails: dict[str, list[str]] = {}
    for _modality, words, tail in _CUES:
        for word in _variants(words):
            tails.setdefault(word, []).append(tail)
    joined = {word: "|".join(parts) if any(parts) else "" for word, parts in tails.items()}
    return word_alternation(tails, joined) + r"\b"


# A cue after a separator: starting the pattern with a character set lets the regex engine
# skip ahead quickly instead of trying every cue at every position.
_CUE_BODY = _cue_body()
_CUE_AFTER = re.compile(r"[ \n\t(\[\"“‘'—–/-]" + _CUE_BODY)
_CUE_AT = re.compile(_CUE_BODY)


def _entries_by_word() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """For each first word, the entries that start with it, each with its own pattern."""
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for modality, words, tail in _CUES:
        for word in _variants(words):
            pattern = re.compile(re.escape(word) + "(?:" + tail + r")\b")
            out.setdefault(word, []).append((modality, pattern))
    return out


_BY_WORD = _entries_by_word()
_NOT_NEGATING = pat.word_set(
    "only just merely simply least less more fewer necessarily unlike without"
)
_NOT_MODAL = pat.word_set("to of and or for the a an with from in on by as at that this than")
_PARENTHETICAL = re.compile(
    r",\s*(?:which|who|whose|where|while)\b[^,;()]{0,200},|\([^()]{0,200}\)"
)


_FACT = ModalityCue("fact", None)
_NOT_OVERRIDING = ("fact", "announced")


def modality_of(text: str, start: int = 0, end: int | None = None) -> ModalityCue:
    """Classify the clause ``text[start:end]``; the cue span points into ``text``."""
    size = len(text)
    hi = size if end is None or end > size else max(end, 0)
    lo = start if start > 0 else 0
    if lo > hi:
        lo = hi
    hidden: _Hidden | None = None  # built at the first cue: most clauses have none
    cues = _cues(text, lo, hi)
    for first, last, kind in cues:
        if hidden is None:
            hidden = _Hidden(text, lo, hi)
        if hidden.covers(first):
            continue
        if kind == "announced":
            # "announced" yields to a plan, promise, deliberation or denial after it.
            for first2, last2, kind2 in cues:
                if kind2 not in _NOT_OVERRIDING and not hidden.covers(first2):
                    return ModalityCue(kind2, Span.of(text, first2, last2))
        return ModalityCue(kind, Span.of(text, first, last))
    return _FACT


def _cues(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """Every cue of ``text[lo:hi]`` in text order, as (start, end, modality)."""
    pos = lo
    if lo < hi and (lo == 0 or not text[lo - 1].isalnum()):
        match = _CUE_AT.match(text, lo, hi)
        if match is not None:
            kind = _kind(text, lo, match.end(), hi)
            if _counts(match.group(), kind):
                yield lo, match.end(), kind
                pos = match.end()
    while True:
        match = _CUE_AFTER.search(text, pos, hi)
        if match is None:
            return
        first, last = match.start() + 1, match.end()
        kind = _kind(text, first, last, hi)
        if _counts(text[first:last], kind):
            yield first, last, kind
            pos = last
        else:
            pos = first


class _Hidden:
    """Parenthetical stretches of a clause (``, which has not ...,``), found only when needed."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text = text
        self.lo = lo
        self.hi = hi
        self.first_mark: int | None = None
        self.regions: list[tuple[int, int]] | None = None

    def covers(self, at: int) -> bool:
        first_mark = self.first_mark
        if first_mark is None:
            comma = self.text.find(",", self.lo, self.hi)
            paren = self.text.find("(", self.lo, self.hi)
            if comma < 0:
                first_mark = self.hi if paren < 0 else paren
            else:
                first_mark = comma if paren < 0 or comma < paren else paren
            self.first_mark = first_mark
        if at <= first_mark:
            return False
        if self.regions is None:
            found = _PARENTHETICAL.finditer(self.text, self.lo, self.hi)
            self.regions = [(m.start(), m.end()) for m in found]
        index = bisect.bisect_right(self.regions, (at, self.hi + 1)) - 1
        return index >= 0 and self.regions[index][0] <= at < self.regions[index][1]


def _kind(text: str, first: int, last: int, hi: int) -> str:
    """The modality of the table entry that produced the cue (the first entry that matches)."""
    cue = text[first:last]
    word = cue.split(None, 1)[0]
    for modality, pattern in _BY_WORD.get(word, ()):
        found = pattern.match(text, first, hi)
        if found is not None and found.end() == last:
            return modality
    return "fact"


def _counts(cue: str, kind: str) -> bool:
    """Reject cues that only look like cues: ``not only``, ``May``, ``political will to``."""
    words = cue.split()
    first = words[0]
    if first in ("May", "Will") or (first == "Might" and len(words) > 1):
        return False
    if kind == "denied" and len(words) >= 3 and words[1].lower() == "not":
        return words[2].lower() not in _NOT_NEGATING
    if kind == "denied" and len(words) >= 2 and first.lower().endswith(("n't", "n’t")):
        return words[1].lower() not in _NOT_NEGATING
    if first.lower() in ("will", "would", "could", "may", "might") and len(words) > 1:
        return words[-1].lower() not in _NOT_MODAL
    return True
