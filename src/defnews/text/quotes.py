"""Direct quotations, their speakers, and the scare quotes that are not quotations.

Quote marks are paired inside one paragraph with a small state machine that looks at each
mark's neighbours (a mark after a space and before a word opens, one after a word closes), so
straight, curly, low-high and guillemet styles all work and an apostrophe is never a quote.
Each pair is then attributed from a bounded window on either side: ``"...," X said``,
``"...," said X``, ``X said: "..."``, ``according to X``; failing that a quotation that
stands alone inherits the speaker of the quotation or sentence just before it. Short quoted
terms without attribution are scare quotes and are reported apart.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from defnews.models import Span
from defnews.text import _patterns as pat
from defnews.text._patterns import Token
from defnews.text.sentences import split_sentences

__all__ = ["Quote", "find_quotes", "find_scare_quotes"]


@attrs.frozen
class Quote:
    """A direct quotation.

    Attributes:
        span: the whole quotation including its quote marks (to the paragraph end when the
            closing mark is missing, as when a quotation runs on into the next paragraph); for
            dialogue in the dash style (``– We will build it – said X.``) from the opening
            dash to the end of the words.
        content: the words inside the marks, without a trailing comma.
        speaker: the words that name the speaker, possibly in an earlier sentence of the same
            paragraph (for ``he said`` or a quotation that stands alone); None when unknown.
        attribution: the attribution clause (``Havryliuk stated``, ``said the minister``,
            ``according to X``), or None.
        speaker_is_role: True when the speaker words describe a role (``the minister``).
        continues: True when the quotation goes on from the one before it after the
            attribution that split it (``"A," X said. "B."``): one quotation in two parts.
    """

    span: Span
    content: Span
    speaker: Span | None
    attribution: Span | None
    speaker_is_role: bool
    continues: bool = False


@attrs.frozen
class _Pair:
    open: int
    close: int | None  # index of the closing mark; None when the paragraph ends first
    single: bool


@attrs.frozen
class _Attribution:
    clause: Span
    speaker: Span | None
    role: bool
    pronoun: bool
    colon: bool = False


_MARK = re.compile(r"[\"“”„«»‘‚']|’(?![^\W_])")
_BLANK = re.compile(r"\n[^\S\n]*\n")
_WORD = re.compile(r"[^\W_][\w'’\-]{0,40}")
_OPEN_CONTEXT = "([{—–-/:;,‘'\"“„«"
_CLOSE_CONTEXT = ".,;:!?)]}—–-’'…\"”»"
_WINDOW = 120
_FIRST_WORD = re.compile(r"\s{0,3},?\s{0,3}(?:[-–—]\s{0,3})?([^\W\d_][\w'’]{0,30})")
_OBJECT_PRONOUNS = pat.word_set("him her them")
_SENTENCE_END = ".!?…"

_QUOTE_VERBS = pat.word_set("""
    said says say stated states added adds noted notes told tells explained explains
    emphasised emphasized emphasises emphasizes stressed stresses asked asks wrote writes
    declared declares insisted insists continued continues remarked commented announced
    warned warns argued argues claimed claims admitted acknowledged concluded replied
    responded recalled underlined underscored highlighted affirmed assured confirmed
    reiterated revealed observed quipped joked predicted promised vowed pledged urged
    suggested clarified countered lamented conceded elaborated posted tweeted pointed quoted
    answered reported
    """)
_INVERTING = pat.word_set("""
    said says added adds stated noted explained continued wrote asked insisted declared
    remarked replied concluded warned stressed emphasised emphasized recalled commented
    observed argued claimed underlined underscored highlighted reported informed
    """)
# Verbs that make a quoted fragment later in their sentence the speaker's words.
_PARTIAL_VERBS = _QUOTE_VERBS | pat.word_set("""
    called calls describes described dubbed branded spoke spoken characterised characterized
    labelled labeled
    """)
_TERM_DETERMINERS = pat.word_set("a an the its their his her our this that these so-called")
_LISTENER_VERBS = pat.word_set("told tells assured reminded informed briefed")
_AUX = pat.word_set(
    "has have had was also later then again further once previously earlier recently"
)


def find_quotes(text: str, paragraphs: Sequence[Span] | None = None) -> list[Quote]:
    """Direct quotations of ``text``, in text order.

    With ``paragraphs`` given, quotations and attributions never cross their boundaries;
    otherwise blank lines delimit paragraphs.
    """
    out: list[Quote] = []
    for lo, hi in _paragraph_bounds(text, paragraphs):
        if text[lo] in _DASHES:
            dashed = _dash_quote(text, lo, hi)
            if dashed is not None:
                out.append(dashed)
                continue
        if _MARK.search(text, lo, hi) is not None:
            out.extend(_Paragraph(text, lo, hi).quotes())
    return out


_DASHES = "–—-"
_DASH_SEPARATOR = re.compile(r"\s[–—-]\s")


def _dash_quote(text: str, lo: int, hi: int) -> Quote | None:
    """A paragraph of dialogue in the dash style of translated outlets:
    ``– Poland is and will be in the first line of support. – underlined the minister.``

    The words between the opening dash and the last `` – `` are the quotation when an
    attribution (a quoting verb and a speaker, either way round) ends the paragraph.
    """
    opening = re.match(r"[–—-]\s{1,3}(?=\S)", text[lo : min(hi, lo + 5)])
    if opening is None:
        return None
    separators = list(_DASH_SEPARATOR.finditer(text, lo + opening.end(), hi))
    if not separators:
        return None
    separator = separators[-1]
    toks = pat.tokens(text, separator.end(), hi)
    while toks and toks[-1].text in ".!":
        toks.pop()
    if len(toks) < 2:
        return None
    if toks[0].text.lower() in _QUOTE_VERBS:  # ``– underlined the head of the Ministry``
        first, end = 1, pat.speaker_forward(toks, 1)
        complete = end == len(toks)
    else:  # ``– Umerov said``
        first, end = 0, pat.speaker_forward(toks, 0)
        complete = (
            end is not None and end + 1 == len(toks) and toks[end].text.lower() in _QUOTE_VERBS
        )
    if not complete or end is None:
        return None
    content_start = lo + opening.end()
    content_end = separator.start()
    while content_end > content_start and text[content_end - 1] in " ,":
        content_end -= 1
    if content_end - content_start < 2:
        return None
    speaker = Span.of(text, toks[first].start, toks[end - 1].end)
    words = [t.text for t in toks[first:end]]
    return Quote(
        span=Span.of(text, lo, content_end),
        content=Span.of(text, content_start, content_end),
        speaker=speaker,
        attribution=Span.of(text, toks[0].start, toks[-1].end),
        speaker_is_role=pat.phrase_is_role(words),
    )


def find_scare_quotes(text: str, paragraphs: Sequence[Span] | None = None) -> list[Span]:
    """Content spans of short quoted terms that are not quotations (a "special regime").

    ``paragraphs`` works as in `find_quotes`.
    """
    out: list[Span] = []
    for lo, hi in _paragraph_bounds(text, paragraphs):
        if _MARK.search(text, lo, hi) is not None:
            out.extend(_Paragraph(text, lo, hi).scare_quotes())
    return out


def _paragraph_bounds(text: str, paragraphs: Sequence[Span] | None) -> list[tuple[int, int]]:
    if paragraphs is not None:
        size = len(text)
        bounds = sorted((min(p.start, size), min(p.end, size)) for p in paragraphs)
        return [(lo, hi) for lo, hi in bounds if lo < hi]
    out: list[tuple[int, int]] = []
    begin = 0
    for match in _BLANK.finditer(text):
        out.append((begin, match.start()))
        begin = match.end()
    out.append((begin, len(text)))
    return [(lo, hi) for lo, hi in out if lo < hi]


class _Paragraph:
    """One paragraph's quote pairs, classified and attributed in order."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text = text
        self.lo = lo
        self.hi = hi
        self.pairs = _pair_marks(text, lo, hi)
        self._sentences: list[Span] | None = None
        self._starts: list[int] = []

    # -- classification -------------------------------------------------------------------

    def scare_quotes(self) -> list[Span]:
        out: list[Span] = []
        for index, pair in enumerate(self.pairs):
            content = self._content(pair)
            if content is None or pair.close is None:
                continue
            attribution = self._attribution(index)
            if (
                attribution is None
                and not _is_quotation(content.text, pair.single)
                and self._partial(pair, content) is None  # else a quoted fragment
            ):
                term = _scare_term(self.text, content)
                if term is not None:
                    out.append(term)
        return out

    def quotes(self) -> list[Quote]:
        out: list[Quote] = []
        previous: Quote | None = None
        for index, pair in enumerate(self.pairs):
            content = self._content(pair)
            if content is None:
                continue
            attribution = self._attribution(index)
            if attribution is None and not _is_quotation(content.text, pair.single):
                attribution = self._partial(pair, content)
                if attribution is None:
                    continue
            quote = self._quote(pair, content, attribution, previous)
            if self._continues(previous, attribution, pair.open):
                quote = attrs.evolve(quote, continues=True)
            out.append(quote)
            previous = quote
        return out

    def _continues(self, previous: Quote | None, own: _Attribution | None, open_at: int) -> bool:
        """Whether a quotation without an attribution of its own resumes the previous one
        right after the attribution that followed it (``"A," X said. "B."``, ``"A," X told
        them, "B."``): news copy splits one quotation around its speaker."""
        clause = None if previous is None else previous.attribution
        if previous is None or clause is None or clause.start < previous.span.end:
            return False
        if own is not None and own.clause != clause:
            return False
        if not 0 <= open_at - clause.end <= _WINDOW // 2:
            return False
        if self.text[clause.end : open_at].strip() == ",":
            return True  # ``"We will," X said, "not build on hope."``: one sentence
        # A new sentence continues a quotation attributed by name; after ``she said`` news
        # copy more often starts a fresh quotation.
        return previous.speaker is not None and previous.speaker.start >= clause.start

    def _quote(
        self,
        pair: _Pair,
        content: Span,
        attribution: _Attribution | None,
        previous: Quote | None,
    ) -> Quote:
        end = self.hi if pair.close is None else pair.close + 1
        span = Span.of(self.text, pair.open, end)
        speaker: Span | None = None
        role = False
        if attribution is None and not self._stands_alone(pair.open):
            # A partial quotation inside reported speech: 'Austin said the allies "will ..."'
            attribution = self._reporter_before(pair.open, _PARTIAL_VERBS)
        if attribution is not None and not attribution.pronoun:
            speaker, role = attribution.speaker, attribution.role
        elif attribution is not None or self._stands_alone(pair.open):
            speaker, role = self._earlier_speaker(pair.open, previous, attribution is None)
        clause = None if attribution is None else attribution.clause
        return Quote(span, content, speaker, clause, role)

    def _content(self, pair: _Pair) -> Span | None:
        stop = self.hi if pair.close is None else pair.close
        raw = self.text[pair.open + 1 : stop]
        stripped = raw.strip()
        if stripped.endswith(","):
            stripped = stripped[:-1].rstrip()
        if not _has_alnum(stripped):
            return None
        first = pair.open + 1 + len(raw) - len(raw.lstrip())
        return Span.of(self.text, first, first + len(stripped))

    # -- attribution ----------------------------------------------------------------------

    def _attribution(self, index: int) -> _Attribution | None:
        pair = self.pairs[index]
        before_lo = self.lo if index == 0 else _pair_end(self.pairs[index - 1], self.hi)
        before_lo = max(before_lo, pair.open - _WINDOW)
        before = _before(self.text, before_lo, pair.open)
        if before is not None and (before.colon or self._complete(pair)):
            return before
        if pair.close is not None:
            after_hi = self.hi if index + 1 == len(self.pairs) else self.pairs[index + 1].open
            after_hi = min(after_hi, pair.close + 1 + _WINDOW)
            after = _after(self.text, pair.close + 1, after_hi)
            if after is not None and not self._introduces_more(after.clause.end):
                return after
        return before

    def _complete(self, pair: _Pair) -> bool:
        """Whether the quoted words end a sentence (so no attribution need follow them)."""
        stop = self.hi if pair.close is None else pair.close
        tail = self.text[max(pair.open + 1, stop - 4) : stop].rstrip()
        return bool(tail) and tail[-1] in _SENTENCE_END

    def _introduces_more(self, at: int) -> bool:
        """Whether a clause that looks like an attribution goes on to report something else."""
        rest = self.text[at : min(self.hi, at + 12)].lstrip()
        if not rest:
            return False
        return rest[0] in ":" + pat.OPEN_QUOTES or rest.startswith("that ")

    def _stands_alone(self, open_at: int) -> bool:
        """Whether the quotation opens a sentence that follows another in this paragraph."""
        head = self.text[max(self.lo, open_at - 8) : open_at].rstrip()
        if not head:
            return False
        last = head[-1]
        if last in _SENTENCE_END or last == ":":
            return True
        return last in pat.CLOSE_QUOTES and len(head) > 1 and head[-2] in _SENTENCE_END + ","

    def _earlier_speaker(
        self, open_at: int, previous: Quote | None, alone: bool
    ) -> tuple[Span | None, bool]:
        """The speaker of the previous quotation, or the subject of the sentence before."""
        if (
            previous is not None
            and previous.speaker is not None
            and open_at - previous.span.end <= _WINDOW * 2
        ):
            return previous.speaker, previous.speaker_is_role
        sentences = self._sentence_list()
        index = bisect.bisect_right(self._starts, open_at) - 1
        # The sentence holding the quotation when it does not open it ("X was blunt: ..."),
        # else the one before; for "he said" up to two more before that.
        first = index if index >= 0 and sentences[index].start < open_at else index - 1
        reach = 1 if alone else 3
        for k in range(first, first - reach, -1):
            if k < 0:
                break
            found = _subject(self.text, sentences[k]) or _reporter(self.text, sentences[k])
            if found is not None:
                return found
        return None, False

    def _reporter_before(
        self, open_at: int, verbs: frozenset[str] = _QUOTE_VERBS
    ) -> _Attribution | None:
        """``X said`` earlier in the sentence that holds the quotation, if any."""
        sentences = self._sentence_list()
        index = bisect.bisect_right(self._starts, open_at) - 1
        if index < 0 or sentences[index].start >= open_at:
            return None
        lo = max(sentences[index].start, open_at - 2 * _WINDOW)
        return _reporter_clause(self.text, pat.tokens(self.text, lo, open_at), verbs)

    def _partial(self, pair: _Pair, content: Span) -> _Attribution | None:
        """A quoted fragment inside reported speech (``X called it "a security win"``,
        ``he said Ukraine would be 'at the centre of it'``): the reporter's words, not a scare
        quote. Capitalised terms stay names; a single word needs ``as`` before it."""
        if pair.close is None or self._stands_alone(pair.open):
            return None
        words = _WORD.findall(content.text[:400])
        if not words or _title_like(words):
            return None
        before = _WORD.findall(self.text[max(self.lo, pair.open - 12) : pair.open])
        last = before[-1].lower() if before else ""
        if last in _TERM_DETERMINERS or (len(words) < 2 and last != "as"):
            return None  # 'promised a "special regime"': a named term, not the speaker's words
        return self._reporter_before(pair.open, _PARTIAL_VERBS)

    def _sentence_list(self) -> list[Span]:
        if self._sentences is None:
            self._sentences = split_sentences(self.text, self.lo, self.hi)
            self._starts = [s.start for s in self._sentences]
        return self._sentences


def _has_alnum(text: str) -> bool:
    return _WORD.search(text) is not None


def _pair_end(pair: _Pair, hi: int) -> int:
    return hi if pair.close is None else pair.close + 1


# -- pairing -------------------------------------------------------------------------------


def _pair_marks(text: str, lo: int, hi: int) -> list[_Pair]:
    """Pair the quote marks of one paragraph; nested and crossing pairs are dropped."""
    doubles: list[_Pair] = []
    singles: list[_Pair] = []
    d_open: int | None = None
    s_open: int | None = None
    s_weak: int | None = None
    for match in _MARK.finditer(text, lo, hi):
        i = match.start()
        char = text[i]
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if char == "'":
            # A straight single quote (British style): an apostrophe inside a word or after
            # a letter before a space is not a mark; one before a word opens, one after a
            # word closes.
            if prev.isalnum() and nxt.isalnum():
                continue
            if not prev.isalnum() and prev not in ".,;:!?’”" and not nxt.isspace():
                char = "‘"
            elif not prev.isspace() and not nxt.isalnum():
                char = "’"
            else:
                continue
        elif char == "‚":
            char = "‘"  # the low single opening mark of German and Polish copy
        if char in "‘’":
            if char == "‘" and s_open is not None and not prev.isspace() and not nxt.isalnum():
                char = "’"  # ‚...‘: the German and Polish closing mark
            if char == "‘":
                if prev.isalnum():
                    continue
                if s_open is not None and s_weak is not None:
                    singles.append(_Pair(s_open, s_weak, True))
                s_open, s_weak = i, None
            elif s_open is not None and not prev.isspace():
                if _weak_close(text, i, hi):
                    s_weak = i if s_weak is None else s_weak
                    continue
                singles.append(_Pair(s_open, i, True))
                s_open, s_weak = None, None
            continue
        opener = (prev.isspace() or prev in _OPEN_CONTEXT) and not nxt.isspace()
        closer = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_CONTEXT)
        if d_open is None:
            if closer and not opener:
                continue
            d_open = i
        elif opener and not closer and char in '"„«“':
            d_open = i  # the earlier mark never closed; start again here
        else:
            doubles.append(_Pair(d_open, i, False))
            d_open = None
    if d_open is not None and _runs_on(text, d_open, hi):
        doubles.append(_Pair(d_open, None, False))
    if s_open is not None and s_weak is not None:
        singles.append(_Pair(s_open, s_weak, True))
    return _outermost(doubles, singles)


def _weak_close(text: str, i: int, hi: int) -> bool:
    """A ’ after an s and before a lowercase word is more likely a plural possessive."""
    if text[i - 1] not in "sS" or i + 2 >= hi:
        return False
    return text[i + 1] == " " and text[i + 2].islower()


def _runs_on(text: str, open_at: int, hi: int) -> bool:
    """An unclosed opening mark counts only before a word and when the paragraph ends a sentence."""
    tail = text[max(open_at + 1, hi - 4) : hi].rstrip()
    nxt = text[open_at + 1] if open_at + 1 < hi else " "
    return bool(tail) and tail[-1] in _SENTENCE_END and nxt.isalpha() and nxt.isupper()


def _outermost(doubles: list[_Pair], singles: list[_Pair]) -> list[_Pair]:
    """Keep pairs not nested in another; where a double and a single cross, keep the double."""
    kept: list[_Pair] = []
    for pair in sorted(doubles + singles, key=lambda p: p.open):
        end = pair.close if pair.close is not None else 1 << 62
        if kept:
            last = kept[-1]
            last_end = last.close if last.close is not None else 1 << 62
            if pair.open < last_end:
                if end > last_end and last.single and not pair.single:
                    kept[-1] = pair
                continue
        kept.append(pair)
    return kept


# -- classification ------------------------------------------------------------------------


def _is_quotation(content: str, single: bool) -> bool:
    """Whether unattributed quoted words are a quotation rather than a quoted term."""
    words = _WORD.findall(content[:400])
    count = len(words)
    tail = content.rstrip("\"”’'»)")
    final = bool(tail) and tail[-1] in _SENTENCE_END
    if single:
        return count >= 8 and final
    if count > 5:
        return not _title_like(words) or final
    return final and count >= 2


def _title_like(words: list[str]) -> bool:
    """Mostly capitalised words: a name or a title, not a sentence."""
    caps = sum(1 for w in words if w[0].isupper())
    return caps * 3 >= len(words) * 2


def _scare_term(text: str, content: Span) -> Span | None:
    """The quoted term without trailing punctuation, if it is short enough to be one."""
    words = _WORD.findall(content.text[:400])
    if not words or len(words) > 8:
        return None
    stripped = content.text.rstrip(".,;:!? ")
    if not stripped:
        return None
    return Span.of(text, content.start, content.start + len(stripped))


# -- attribution windows -------------------------------------------------------------------


def _after(text: str, lo: int, hi: int) -> _Attribution | None:
    """An attribution right after a closing mark: ``, X said`` / ``said X`` / ``according to X``."""
    first = _FIRST_WORD.match(text, lo, hi)
    if first is None or not _may_open_attribution(first.group(1)):
        return None
    toks = pat.tokens(text, lo, hi)
    k = 0
    # '", X said' and, in translated copy, '", – X said'
    while k < len(toks) and k < 2 and toks[k].text in ",-–—":
        k += 1
    if k >= len(toks):
        return None
    low = toks[k].text.lower()
    if low == "according" and k + 1 < len(toks) and toks[k + 1].text == "to":
        return _according(text, toks, k)
    if low in _INVERTING:
        j = pat.speaker_forward(toks, k + 1)
        return None if j is None else _make(text, toks, k, j, k + 1, j)
    if pat.is_pronoun(toks[k].text):
        verb = _verb_at(toks, k + 1)
        if verb is not None:
            return _make(text, toks, k, verb, k, k + 1, pronoun=True)
        return None
    j = pat.speaker_forward(toks, k)
    if j is None:
        return None
    verb = _verb_at(toks, j)
    if verb is None and j < len(toks) and toks[j].text == ",":
        verb = _after_apposition(toks, j)
    if verb is None:
        return None
    return _make(text, toks, k, verb, k, j)


def _may_open_attribution(word: str) -> bool:
    """Cheap test of the first word after a quotation before tokenising the window."""
    if word[0].isupper():
        return True
    low = word.lower()
    return low in _QUOTE_VERBS or low in ("according", "he", "she", "they", "it", "the", "a", "an")


def _after_apposition(toks: Sequence[Token], comma: int) -> int | None:
    """``X, the company's chief executive, said``: the verb end after the second comma."""
    for m in range(comma + 1, min(len(toks), comma + 14)):
        word = toks[m].text
        if word == ",":
            return _verb_at(toks, m + 1)
        if word in ".;:!?" or word in pat.QUOTE_CHARS:
            return None
    return None


def _verb_at(toks: Sequence[Token], i: int) -> int | None:
    """End index (exclusive) of a speech verb at ``i`` after optional auxiliaries, or None."""
    n = len(toks)
    k = i
    while k < n and k - i < 3 and toks[k].text.lower() in _AUX:
        k += 1
    if k >= n:
        return None
    low = toks[k].text.lower()
    if low not in _QUOTE_VERBS:
        return None
    if low == "pointed":
        return k + 2 if k + 1 < n and toks[k + 1].text == "out" else None
    if low == "quoted":
        if k + 2 < n and toks[k + 1].text == "as" and toks[k + 2].text == "saying":
            return k + 3
        return None
    if low in _LISTENER_VERBS:
        return pat.listener_end(toks, k + 1)
    return k + 1


def _before(text: str, lo: int, hi: int) -> _Attribution | None:
    """An attribution right before an opening mark: ``X said: "`` / ``according to X, "``."""
    if not _may_close_attribution(text[max(lo, hi - 40) : hi]):
        return None
    toks = pat.tokens(text, lo, hi)
    k = len(toks)
    if k and toks[k - 1].text.lower() == "that":
        k -= 1
    colon = False
    if k and toks[k - 1].text in ":,":
        colon = toks[k - 1].text == ":"
        k -= 1
    if k == 0:
        return None
    if (
        k >= 3
        and toks[k - 1].text.lower() in _OBJECT_PRONOUNS
        and toks[k - 2].text == "to"
        and toks[k - 3].text.lower() == "according"
    ):
        return _make(text, toks, k - 3, k, k - 1, k, True, colon)
    start = pat.speaker_backward(toks, k)
    if (
        start is not None
        and start >= 2
        and toks[start - 1].text == "to"
        and toks[start - 2].text.lower() == "according"
    ):
        speaker = Span.of(text, toks[start].start, toks[k - 1].end)
        clause = Span.of(text, toks[start - 2].start, toks[k - 1].end)
        words = [t.text for t in toks[start:k]]
        return _Attribution(clause, speaker, pat.phrase_is_role(words), False, colon)
    reach = 8 if colon else 5
    for v in range(k - 1, max(-1, k - 1 - reach), -1):
        word = toks[v].text
        if word in ".;!?" or word in pat.QUOTE_CHARS:
            return None
        found = _before_verb(text, toks, v, k, colon)
        if found is not None:
            return found
    return None


def _may_close_attribution(head: str) -> bool:
    """Cheap test of the last word before a quotation before tokenising the window."""
    head = head.rstrip().rstrip(":,").rstrip()
    if head.endswith(" that"):
        head = head[:-5].rstrip()
    if not head or head[-1] in _SENTENCE_END:
        return False
    word = head.rsplit(None, 1)[-1].strip(".,;:()[]\"'“”‘’")
    if not word:
        return False
    low = word.lower()
    return (
        word[0].isupper()
        or low in _QUOTE_VERBS
        or low in pat.LISTENERS
        or low in pat.ROLE_WORDS
        or low in _OBJECT_PRONOUNS
    )


def _before_verb(
    text: str, toks: Sequence[Token], v: int, k: int, colon: bool
) -> _Attribution | None:
    """The attribution whose speech verb is token ``v`` in a before-window, if any."""
    low = toks[v].text.lower()
    if low == "out" and v > 0 and toks[v - 1].text.lower() == "pointed":
        v -= 1
        low = "pointed"
    if low not in _QUOTE_VERBS:
        return None
    end = _verb_at(toks, v)
    if end is None:
        end = v + 1
    if end < k and not colon and low not in _LISTENER_VERBS:
        return None
    subject_end = v
    while subject_end > 0 and v - subject_end < 3 and toks[subject_end - 1].text.lower() in _AUX:
        subject_end -= 1
    if subject_end > 0 and pat.is_pronoun(toks[subject_end - 1].text):
        return _make(text, toks, subject_end - 1, end, subject_end - 1, subject_end, True, colon)
    start = pat.speaker_backward(toks, subject_end)
    if start is None:
        return None
    return _make(text, toks, start, end, start, subject_end, False, colon)


def _according(text: str, toks: Sequence[Token], k: int) -> _Attribution | None:
    """``according to X`` after a quotation; ``according to him`` points back."""
    if k + 2 < len(toks) and toks[k + 2].text.lower() in _OBJECT_PRONOUNS:
        return _make(text, toks, k, k + 3, k + 2, k + 3, pronoun=True)
    j = pat.speaker_forward(toks, k + 2)
    if j is None:
        return None
    return _make(text, toks, k, j, k + 2, j)


def _make(
    text: str,
    toks: Sequence[Token],
    first: int,
    last: int,
    speaker_first: int,
    speaker_last: int,
    pronoun: bool = False,
    colon: bool = False,
) -> _Attribution:
    """Build an attribution from token index ranges (ends exclusive)."""
    clause = Span.of(text, toks[first].start, toks[last - 1].end)
    speaker = Span.of(text, toks[speaker_first].start, toks[speaker_last - 1].end)
    words = [t.text for t in toks[speaker_first:speaker_last]]
    role = not pronoun and pat.phrase_is_role(words)
    return _Attribution(clause, None if pronoun else speaker, role, pronoun, colon)


def _reporter(text: str, sentence: Span) -> tuple[Span, bool] | None:
    """A named speaker before a speech verb inside a sentence (``..., Zelenskiy said that``)."""
    toks = pat.tokens(text, sentence.start, min(sentence.end, sentence.start + 2 * _WINDOW))
    found = _reporter_clause(text, toks)
    if found is None or found.speaker is None:
        return None
    return found.speaker, found.role


def _reporter_clause(
    text: str, toks: Sequence[Token], verbs: frozenset[str] = _QUOTE_VERBS
) -> _Attribution | None:
    """The first ``X said`` among ``toks`` whose X names a speaker; X may be a pronoun, left
    for the caller to resolve, or stand before an apposition (``X, who met Y, called``)."""
    for v, tok in enumerate(toks):
        if v == 0 or tok.text not in verbs:
            continue
        end = v
        while end > 0 and v - end < 3 and toks[end - 1].text.lower() in _AUX:
            end -= 1
        if end > 0 and toks[end - 1].text.lower() in _SUBJECT_PRONOUNS:
            return _make(text, toks, end - 1, v + 1, end - 1, end, pronoun=True)
        if end > 1 and toks[end - 1].text == ",":
            end = _apposition_open(toks, end - 1)
        start = pat.speaker_backward(toks, end) if end else None
        if start is not None:
            return _make(text, toks, start, v + 1, start, end)
    return None


_SUBJECT_PRONOUNS = pat.word_set("he she")


def _apposition_open(toks: Sequence[Token], comma: int) -> int:
    """For ``X, who met Y on Feb. 8, said`` the index of the comma after X, else 0."""
    for k in range(comma - 1, max(0, comma - 16), -1):
        word = toks[k].text
        if word == ",":
            return k
        if word in ".;:!?" and not (k > 0 and pat.is_abbreviation(toks[k - 1].text)):
            return 0
        if word in pat.QUOTE_CHARS:
            return 0
    return 0


def _subject(text: str, sentence: Span) -> tuple[Span, bool] | None:
    """The speaker-like subject that opens a sentence (``Kamyshin was blunt.``), if any."""
    toks = pat.tokens(text, sentence.start, min(sentence.end, sentence.start + _WINDOW))
    k = 0
    while k < len(toks) and toks[k].text in pat.QUOTE_CHARS:
        k += 1
    j = pat.speaker_forward(toks, k)
    if j is None or j >= len(toks):
        return None
    follower = toks[j].text
    if not (follower[0].islower() or follower == ","):
        return None
    words = [t.text for t in toks[k:j]]
    speaker = Span.of(text, toks[k].start, toks[j - 1].end)
    return speaker, pat.phrase_is_role(words)
