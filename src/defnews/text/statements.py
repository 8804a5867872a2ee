"""Indirect speech: who said what, without quotation marks.

A trie-compiled pattern finds reporting verbs (``revealed``, ``highlighted``, ``told``,
``according to``...) anywhere in the text; only sentences that hold one are examined, each
verb in bounded windows. The speaker is the name-like phrase right before the verb (past
auxiliaries such as ``has`` and an apposition between commas); the content is the ``that``
clause, the object of a promise, or a zero-``that`` clause, up to the end of its clause.
Wire copy's trailing attributions (``..., the ministry said.``, ``..., said Papperger.``),
``according to X``, stance phrases (``expressed confidence that``, ``is convinced that``) and
the passive frames (``was quoted as saying``, ``As noted by X, ...``) are read too.
Direct-quote attributions are left to `defnews.text.quotes`, and unnamed sources (``a senior
official``, ``he``) are skipped.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

import attrs

from defnews.models import Span
from defnews.text import _patterns as pat
from defnews.text._patterns import Token
from defnews.text.sentences import split_sentences

__all__ = ["Statement", "find_statements"]


@attrs.frozen
class Statement:
    """One piece of indirect speech.

    Attributes:
        speaker: the words naming who spoke (``Deputy Defence Minister Ivan Havryliuk``).
        verb: the reporting verb with its auxiliary or listener (``has promised``,
            ``told reporters``, ``according to``).
        content: what was said, to the end of its clause, without the final full stop.
        evidence: from the verb to the end of the content; when the content comes first
            (``..., the ministry said``, ``..., according to X``) from the content to the end
            of the attribution.
    """

    speaker: Span
    verb: Span
    content: Span
    evidence: Span

    @property
    def pronoun(self) -> bool:
        """Whether the speaker is ``he`` or ``she``, for the caller to resolve."""
        return self.speaker.text.lower() in _PERSONAL


_THAT_VERBS = pat.word_list("""
    revealed reveals said says say stated states highlighted highlights announced announces
    warned warns told tells noted notes stressed stresses emphasised emphasized emphasises
    emphasizes confirmed confirms added adds explained explains reported reports claimed
    claims denied denies promised promises pledged pledges insisted insists argued argues
    assured assures informed informs underlined underlines underscored underscores pointed
    acknowledged acknowledges admitted admits indicated indicates suggested suggests
    reiterated reiterates vowed vows declared declares disclosed discloses signalled signaled
    maintained maintains asserted asserts mentioned mentions specified clarified recalled
    believes believed estimated estimates predicted predicts reminded reaffirmed affirmed
    proposed conceded observed rejected rejects refuted refutes recommended recommends urged
    urges pressed presses called calls put puts wrote writes replied replies answered
    described describes characterised characterized branded dubbed termed
""")
# verbs that report a view or a request more than an utterance; they open no statement of
# their own inside another's content (``X said that ... and hoped that ...`` stays one)
_VIEW_VERBS = pat.word_list("""
    hinted hints assessed assesses forecast forecasts commented comments complained complains
    cautioned cautions lamented laments remarked remarks contended contends hoped hopes
    recognised recognized alleged alleges feared fears expects
    thinks considers feels asked asks
""")
_PARTICIPLES = pat.word_list("""
    adding noting stressing emphasising emphasizing saying warning explaining insisting
    arguing claiming stating revealing confirming pointing highlighting underscoring
    underlining acknowledging admitting assuring promising pledging urging calling
""")
# participles that report an appeal (``urging allies to``) or a clause without ``that``
_URGING = pat.word_set("urging calling")
_ZERO_THAT_PARTICIPLES = pat.word_set("""
    saying adding noting warning arguing insisting claiming explaining stating
    """)
_CLAUSE_SUBJECTS = pat.word_set("""
    it he she they we this there the its his her their our some all no more most
    """)
# Phrases that report a stance and need ``that`` after them: a copula and an adjective
# (``is convinced``, ``was adamant``), a verb and a noun (``expressed hope``, ``voiced
# confidence``, ``made it clear``, ``gave assurances``), a possessive view (``X's assessment
# is that``); and the passive of quotation (``was quoted as saying``, ``is reported to have
# said``), which may also take a clause without ``that``. Each is matched as a tail of its
# first word, so the common ``is`` or ``made`` costs one failed branch of the trie.
_STANCE_ADJECTIVES = "confident|convinced|certain|sure|adamant|hopeful|optimistic"
_STANCE_NOUNS = (
    "hope|confidence|conviction|concern|belief|regret|fear|optimism|certainty|doubts?"
    "|view|opinion|satisfaction"
)
_QUOTED = r"(?:quoted|cited)\s{1,3}as\s{1,3}saying|reported\s{1,3}to\s{1,3}have\s{1,3}said"
_COPULA_TAIL = (
    r"\s{1,3}(?:(?:still|also|now|very|quite|[a-z]{2,12}ly)\s{1,3})?(?:" + _STANCE_ADJECTIVES + ")"
)
_PASSIVE_TAIL = r"\s{1,3}(?:" + _QUOTED + r"|that(?=\s))|" + _COPULA_TAIL
_EXPRESS_TAIL = (
    r"\s{1,3}(?:(?:the|his|her|its|their)\s{1,3})?(?:[a-z]{3,12}\s{1,3})?(?:" + _STANCE_NOUNS + ")"
)
_PHRASE_TAILS = {
    **dict.fromkeys(["is", "was", "are", "were"], _PASSIVE_TAIL),
    **dict.fromkeys(["remains", "remained", "been"], _COPULA_TAIL),
    **dict.fromkeys(["expressed", "expresses", "voiced", "voices"], _EXPRESS_TAIL),
    **dict.fromkeys(["made", "makes"], r"\s{1,3}(?:it\s{1,3})?clear"),
    **dict.fromkeys(["gave", "gives"], r"\s{1,3}assurances?"),
    **dict.fromkeys(
        ["went", "goes"],
        r"\s{1,3}on\s{1,3}to\s{1,3}(?:say|explain|add|note|stress|warn|argue|insist)",
    ),
    # translated copy: ``drew attention to the fact that ...``
    **dict.fromkeys(["drew", "draws"], r"\s{1,3}attention\s{1,3}to\s{1,3}the\s{1,3}fact"),
}
# A separator before the verb (instead of ``\b``) lets the regex engine skip ahead quickly.
_VERB_BODY = (
    "(?:"
    + pat.word_alternation(
        [*_THAT_VERBS, *_VIEW_VERBS, *_PARTICIPLES, "according", "According", *_PHRASE_TAILS],
        _PHRASE_TAILS,
    )
    + r")\b"
)
_VERB = re.compile(r"[ \n\t(\[\"“‘'—–/-]" + _VERB_BODY)
_VERB_AT = re.compile(_VERB_BODY)
_PARTICIPLE_SET = frozenset(_PARTICIPLES)
_THAT_SET = frozenset(_THAT_VERBS + _VIEW_VERBS)
_ZERO_THAT = pat.word_set("""
    said says say stated states added adds noted notes told tells explained explains claimed
    claims argued argues insisted insists warned warns believes believed estimated estimates
    predicted predicts
    """)
_PROMISE = pat.word_set("promised promises pledged pledges vowed vows")
_LISTENER_VERBS = pat.word_set("told tells assured assures informed informs reminded warned warns")
_HAVE = pat.word_set("has have had")
_EMPHASIS = pat.word_set("""
    emphasised emphasized emphasises emphasizes stressed stresses highlighted highlights
    underlined underlines underscored underscores reiterated reiterates reaffirmed
    """)
_EMPHASIS_NOUNS = pat.word_set("""
    importance need necessity significance role urgency value commitment readiness
    determination intention intent priority
    """)
_DETERMINER_POSSESSIVES = pat.word_set("the his her its their our")
_ADVERBS = pat.word_set("""
    also previously earlier recently repeatedly reportedly publicly officially already again
    then later once firmly openly strongly clearly further subsequently separately directly
    personally formally initially originally now first since
    """)
_ADJUNCT_STARTERS = pat.word_set("""
    on in at during after before last this earlier late following while via through over
    with , however also yesterday today recently separately then again publicly repeatedly
    previously for from to when
    """)
# words opening a subordinate clause after a trailing attribution (``..., he said, as ...``)
_SUBORDINATORS = pat.word_set("as while after when because since although though amid and but")
_REPORT_NOUNS = pat.word_set("""
    reports report claims allegations rumours rumors suggestions speculation information
    media
    """)
_FINITE = pat.word_set("""
    is are was were will would has have had could can may might should must plans intends
    remains needs expects wants aims seeks does did cannot makes produces holds owns employs
    builds delivers supplies accounts lacks faces
    """)
_CLAUSE_ENDERS = pat.word_set("""
    underscoring highlighting emphasising emphasizing stressing noting adding saying
    pointing reflecting citing signalling signaling marking suggesting indicating calling
    urging arguing insisting explaining warning according referring describing claiming
    stating revealing confirming acknowledging admitting praising thanking welcoming
    assuring promising pledging underlining
    """)
# irregular past and common present forms that make a clause finite (``said costs rose``)
_IRREGULAR = pat.word_set("""
    rose fell grew came went made took gave got won lost saw began became kept left paid
    sold spent built sent brought bought met ran stood found set cut hit stands comes goes
    gets takes gives shows means covers includes exceeds
    """)
_FINITE_RE = re.compile(
    r"\s(?:" + pat.word_alternation(sorted(_FINITE | _IRREGULAR)) + r")\b|\s[a-z]{3,30}ed\b"
)
_CLAUSE_END = re.compile(
    # an unspaced en dash joins a range (``July–September``), not two clauses
    r";|—|\s–|–\s|\s-\s|,\s{1,3}(?:"
    + pat.word_alternation(sorted(_CLAUSE_ENDERS))
    + r"|as(?!\s+well)|but|while|whereas|although|though|amid)\b"
    # ``... and revealed that ...``: a second reporting verb opens a statement of its own
    + r"|\s(?:and|but)\s{1,3}(?:also\s{1,3})?(?:"
    + pat.word_alternation(_THAT_VERBS)
    + r")\s{1,3}that\b"
)
_TRAILING = pat.word_set(
    """
    said says told tells added adds noted notes stated states explained wrote writes
    reported reports confirmed confirms announced warned argued claimed insisted estimated
    predicted believes
    """
)
# Verb-first attributions may also use these (``..., informed the Ministry.``).
_INVERTED = _TRAILING | pat.word_set("informed promised stressed emphasised emphasized")
# ``urged allies to``, ``called on partners to``, ``pressed X to``: an object and an infinitive.
_URGE = pat.word_set("urged urges pressed presses called calls asked asks")
# ``put the value at EUR 31 million``: an estimate with ``at``.
_PUT = pat.word_set("put puts")
# ``estimated capacity at $35bn``: an estimate whose object may go without a determiner
_ESTIMATE = pat.word_set("estimated estimates")
# ``proposed to create a budget line``: a proposal with a bare infinitive (translated copy)
_PROPOSE = pat.word_set("proposed proposes")
# verbs that name or judge an object (``called the deal "historic"``)
_DESCRIBE = pat.word_set("described describes characterised characterized")
_NAMING = _DESCRIBE | pat.word_set("called calls branded dubbed termed")
_QUESTION_WORDS = pat.word_set("what how why where who")
_DECISION_NOUNS = pat.word_set("decision plan")
_ANNOUNCE = pat.word_set("announced announces")
_THAT = re.compile(r"\s{1,3}that\s{1,3}(?=[^\s\"“”„«»‘’])")
_NEEDS_TOKENS = _LISTENER_VERBS | {"pointed"}
_TIME_PLACE = pat.word_set("on in at during last this earlier late")
_THAT_WINDOW = 10
_BEFORE_VERB = _HAVE | _ADVERBS
_BEFORE_CHARS = 100
_SHORT_BEFORE = 48
_AFTER_CHARS = 64
# words an attribution's trailing adjunct may hold (``said at a news conference in Kyiv``)
_TRAILING_ADJUNCT = 12
_NOT_ADJUNCT = _FINITE | {"that", "and", "but", "which", "who"}


def find_statements(text: str, sentences: Sequence[Span] | None = None) -> list[Statement]:
    """Indirect speech in ``text``, in text order.

    ``sentences`` limits the search to those sentences (spans into ``text``); by default the
    sentences of every blank-line separated paragraph that holds a reporting verb are used.
    """
    hits = _verb_hits(text)
    if sentences is not None:
        spans = sorted(sentences, key=_key)
    else:
        anchors = sorted([*hits, *(m.start() for m in _COLON.finditer(text))])
        if not anchors:
            return []
        spans = _sentences_for(text, anchors)
    starts = [s.start for s in spans]
    out: list[Statement] = []
    index = 0
    while index < len(hits):
        k = bisect.bisect_right(starts, hits[index]) - 1
        if k < 0 or hits[index] >= spans[k].end:
            index += 1
            continue
        sentence = spans[k]
        group = []
        while index < len(hits) and hits[index] < sentence.end:
            group.append(hits[index])
            index += 1
        out.extend(_Sentence(text, sentence).statements(group))
    headlined = _colon_statements(text, spans, out)
    if headlined:
        out = sorted([*out, *headlined], key=lambda found: found.evidence.start)
    return out


_COLON = re.compile(r":\s")
# page labels that a colon follows but that name nobody (``Update: ...``, ``Photo: ...``)
_COLON_LABELS = pat.word_set("""
    note update updated photo photos source sources read related breaking exclusive analysis
    opinion watch video live correction disclaimer tags share editor editors background
    context summary key why what how when where who q a question answer
    """)


def _colon_statements(
    text: str, sentences: Sequence[Span], found: Sequence[Statement]
) -> list[Statement]:
    """``Defence Minister Denys Shmyhal: the ministry has contracts with ...``: the digest and
    headline style, a speaker and a colon opening a line, in sentences without another
    statement. Headlines (no full stop) and questions are left out, and so are labels opening
    several lines, which make a transcript (``Melnyk: ...`` answering ``Reporter: ...``)."""
    taken = [(f.evidence.start, f.evidence.end) for f in found]
    candidates: list[tuple[list[Token], int, _Sentence]] = []
    for sentence in sentences:
        colon = text.find(":", sentence.start + 2, min(sentence.end, sentence.start + 120))
        if (
            colon < 0
            or text[sentence.end - 1] not in ".!"
            or any(s < sentence.end and sentence.start < e for s, e in taken)
        ):
            continue
        here = _Sentence(text, sentence)
        line_start = max(here.first, text.rfind("\n", sentence.start, colon) + 1)
        if colon - line_start > 90:
            continue
        toks = pat.tokens(text, line_start, colon)
        if (
            toks
            and toks[0].text.lower() not in _COLON_LABELS
            and pat.speaker_forward(toks, 0) == len(toks)
        ):
            candidates.append((toks, colon, here))
    labels = Counter(" ".join(t.text for t in toks) for toks, _, _ in candidates)
    out: list[Statement] = []
    for toks, colon, here in candidates:
        content = _trimmed(text, colon + 1, here._clause_end(colon + 1))
        if (
            content is None
            or labels[" ".join(t.text for t in toks)] > 1
            or content.text[0] in pat.QUOTE_CHARS
            or " " not in content.text
            or text[content.end : content.end + 1] == "?"
        ):
            continue
        speaker = Span.of(text, toks[0].start, toks[-1].end)
        verb = Span.of(text, colon, colon + 1)
        out.append(Statement(speaker, verb, content, Span.of(text, speaker.start, content.end)))
    return out


def _verb_hits(text: str) -> list[int]:
    """Offsets of every reporting verb (and ``according``) in the text."""
    hits = [m.start() + 1 for m in _VERB.finditer(text)]
    if _VERB_AT.match(text) is not None:
        hits.insert(0, 0)
    framed = _source_hits(text)
    return sorted({*hits, *framed}) if framed else hits


def _source_hits(text: str) -> list[int]:
    """Offsets of the source frames (`_SOURCE`): their rare head nouns are found with
    ``str.find`` and the frame is matched in a short window before each, which is much
    cheaper than scanning for every ``in`` and ``by``."""
    out: set[int] = set()
    for noun in _SOURCE_NOUNS:
        at = text.find(noun)
        seen = 0  # no window reaches back before the previous occurrence: linear time
        while at >= 0:
            lo = max(seen, at - _SOURCE_REACH)
            seen = at
            for prefix in _SOURCE_PREFIXES:
                k = text.rfind(prefix, lo, at)
                if k < 0 or text[k - 1 : k].isalnum():
                    continue
                m = _SOURCE.match(text, k)
                if m is not None and m.end() > at:
                    out.add(k)
            at = text.find(noun, at + len(noun))
    return sorted(out)


def _key(span: Span) -> int:
    return span.start


def _sentences_for(text: str, hits: list[int]) -> list[Span]:
    """Sentences of the blank-line separated paragraphs that hold a hit."""
    out: list[Span] = []
    seen_to = 0
    for hit in hits:
        if hit < seen_to:
            continue
        lo = text.rfind("\n\n", seen_to, hit)
        lo = seen_to if lo < 0 else lo + 2
        hi = text.find("\n\n", hit)
        hi = len(text) if hi < 0 else hi
        out.extend(split_sentences(text, lo, hi))
        seen_to = hi
    return out


class _Sentence:
    """One sentence holding reporting verbs; each verb is examined in bounded windows."""

    def __init__(self, text: str, sentence: Span) -> None:
        self.text = text
        self.lo = sentence.start
        self.hi = sentence.end
        end = self.hi - 1 if text[self.hi - 1 : self.hi] == "." else self.hi
        self.body_end = self.lo + len(text[self.lo : end].rstrip())
        dateline = pat.DATELINE.match(text, self.lo, self.hi)
        self.first = self.lo if dateline is None else dateline.end()

    def statements(self, hits: list[int]) -> list[Statement]:
        out: list[Statement] = []
        covered = -1
        last_speaker: Span | None = None
        previous: int | None = None
        for hit in hits:
            if hit < covered or hit < self.lo:
                continue
            found = self._at(hit, last_speaker, previous)
            previous = hit
            if found is not None:
                out.append(found)
                last_speaker = found.speaker
                covered = max(covered, found.content.end)
                if found.content.start < hit:
                    covered = self.hi  # the content came first: the sentence is used up
        return out

    def _at(self, hit: int, last_speaker: Span | None, previous: int | None) -> Statement | None:
        """The statement whose verb (or source frame) stands at ``hit``, if any."""
        verb = _VERB_AT.match(self.text, hit, self.hi)
        if verb is None:
            return self._source(hit)
        low = verb.group().lower()
        if low == "according":
            return self._according(hit)
        if low.endswith(" that"):
            return self._view(hit, verb.end())
        if low in _PARTICIPLE_SET:
            if last_speaker is not None:
                return self._participle(hit, last_speaker, True)
            return self._participle(hit, self._participle_speaker(hit, previous), False)
        if low in _AS_BY_VERBS and self.text.startswith(" by ", verb.end()):
            framed = self._as_by(hit)
            if framed is not None:
                return framed
        head = self.text[max(self.lo, hit - 40) : hit]
        found = self._reported(hit) if _may_have_speaker(head) else None
        if found is not None:
            return found
        if last_speaker is not None and _after_and(head):
            return self._continued(hit, last_speaker)  # ``X warned that ... and said ...``
        if _after_and(head, _AND_BUT):
            subject = self._subject(hit)  # ``X thanked Denmark and said ...``
            return None if subject is None else self._continued(hit, subject)
        return None

    def _after(self, hit: int, chars: int = _AFTER_CHARS) -> list[Token]:
        return pat.tokens(self.text, hit, min(self.hi, hit + chars))

    def _clause_end(self, at: int, limit: int | None = None) -> int:
        """Character offset where the clause that goes on from ``at`` ends (at most ``limit``)."""
        stop = self.body_end if limit is None else min(self.body_end, limit)
        match = _CLAUSE_END.search(self.text, at, stop)
        return stop if match is None else match.start()

    # -- X (has) verb (listener) (adjunct) that ... ----------------------------------------

    def _reported(self, hit: int) -> Statement | None:
        found = self._speaker_before(hit)
        if found is None:
            if hit - 4 >= self.lo and self.text[hit - 4 : hit].rstrip().endswith(","):
                after = self._after(hit)
                if after[0].text.lower() in _INVERTED:
                    return self._inverted(self.text.rindex(",", hit - 4, hit), after)
            return self._bare_source(hit)
        verb_start, speaker, comma = found
        if self._hypothetical(speaker.start):
            return None
        start = hit if verb_start is None else verb_start
        if self._comma_after(hit):
            clause = self._comma_clause(speaker, start, hit)
            if clause is not None:
                return clause
        verb_word = _VERB_AT.match(self.text, hit, self.hi)
        if verb_word is not None:
            that = _THAT.match(self.text, verb_word.end(), self.hi)
            if that is not None and verb_word.group().lower() not in _NEEDS_TOKENS:
                # The common "X said that ...", decided without tokenising what follows.
                return self._build(speaker, start, verb_word.end(), that.end())
            if " " in verb_word.group():  # a stance or passive phrase (``is convinced``)
                return self._quoted_clause(speaker, start, verb_word.end())
        after = self._after(hit)
        low = after[0].text.lower()
        if low == "pointed":
            if len(after) < 2 or after[1].text != "out":
                return None
            verb_end = 2
        elif low in _LISTENER_VERBS:
            verb_end = _listener_end(after)
        else:
            verb_end = 1
        content_at = self._content_start(low, after, verb_end)
        if content_at is None and low in _LISTENER_VERBS:
            # ``told reporters Russia would respond``: the name opens the clause, not the
            # listener
            shorter = _plain_listener(after, verb_end)
            if shorter is not None:
                verb_end = shorter
                content_at = self._content_start(low, after, verb_end)
        if content_at is not None:
            return self._build(speaker, start, after[verb_end - 1].end, after[content_at].start)
        if comma is not None and low in _TRAILING and self._ends_after(after, verb_end):
            return self._trailing(speaker, comma, start, after[verb_end - 1].end)
        return None

    def _as_by(self, hit: int) -> Statement | None:
        """``As noted by the minister, CONTENT``: the passive of the ``As X noted, ...`` frame
        of translated copy, the speaker after ``by`` and a comma before the content."""
        verb = _VERB_AT.match(self.text, hit, self.hi)
        if verb is None:
            return None
        lo = max(self.first, hit - 12)
        head = self.text[lo:hit].strip().lower()
        if lo > self.first:
            head = head.rpartition(",")[2].strip() if "," in head else ""
        if head not in ("as", "as also"):
            return None
        after = self._after(verb.end(), 3 * _AFTER_CHARS)
        if len(after) < 4 or after[0].text != "by":
            return None
        j = pat.speaker_forward(after, 1)
        if j is None or j + 1 >= len(after) or after[j].text != ",":
            return None
        if after[1].text.lower() in ("a", "an"):
            return None
        built = self._build(
            Span.of(self.text, after[1].start, after[j - 1].end),
            hit,
            after[0].end,
            after[j + 1].start,
        )
        if built is None:
            return None
        frame = pat.tokens(self.text, max(self.first, hit - 12), hit)
        start = next(t.start for t in reversed(frame) if t.text.lower() == "as")
        return attrs.evolve(built, evidence=Span.of(self.text, start, built.content.end))

    def _view(self, hit: int, that: int) -> Statement | None:
        """``Papperger's assessment is that ...``, ``the ministry's position was that ...``:
        a possessive speaker and a noun of view before ``is that``."""
        toks = pat.tokens(self.text, max(self.first, hit - _SHORT_BEFORE), hit)
        if len(toks) < 2 or toks[-1].text.lower() not in _VIEW_NOUNS:
            return None
        noun, owner = toks[-1], toks[-2]
        if not owner.text.endswith(("'s", "’s")):
            return None
        toks = [*toks[:-2], Token(owner.start, owner.end - 2, owner.text[:-2])]
        start = pat.speaker_backward(toks, len(toks))
        if start is None or toks[start].text.lower() in ("a", "an"):
            return None
        speaker = Span.of(self.text, toks[start].start, owner.end - 2)
        copula = self.text.index(" ", hit)  # ``is`` or ``was``
        first = _skip_space(self.text, that, self.body_end)
        return None if first is None else self._build(speaker, noun.start, copula, first)

    def _hypothetical(self, speaker: int) -> bool:
        """Whether a conditional clause holds the speaker (``If X said ...``); after its
        comma (``If talks fail, X said, ...``) the attribution is real."""
        if speaker - self.first > _BEFORE_CHARS:
            return False
        head = self.text[self.first : speaker]
        words = head.split(maxsplit=1)
        return bool(words) and words[0].lower() in _CONDITIONALS and "," not in head

    def _quoted_clause(self, speaker: Span, start: int, verb_end: int) -> Statement | None:
        """``X was quoted as saying the plant ...``: the passive of quotation without
        ``that``, read like ``said``; a clause must follow (a quote is left to the quotes)."""
        if not self.text[start:verb_end].lower().endswith(("saying", "said", "say")):
            return None
        after = self._after(verb_end)
        first = _skip_adjunct(after, 0) if after else None
        if first is None or first >= len(after) or not self._has_finite(after, first):
            return None
        return self._build(speaker, start, verb_end, after[first].start)

    def _speaker_before(self, hit: int) -> tuple[int | None, Span, int | None] | None:
        """The speaker before the verb at ``hit``, from a short window widened when needed."""
        lo = max(self.lo, hit - _SHORT_BEFORE)
        toks = pat.tokens(self.text, lo, hit)
        found = _speaker_before(self.text, toks, lo <= self.first)
        cut = lo > self.lo and bool(toks)
        if cut and (_may_go_on(toks, found[1].start) if found else _comma_before_verb(toks)):
            # The phrase may go on before the short window: look again with a wider one.
            lo = max(self.lo, hit - _BEFORE_CHARS)
            toks = pat.tokens(self.text, lo, hit)
            found = _speaker_before(self.text, toks, lo <= self.first)
        return found

    def _comma_after(self, hit: int) -> bool:
        """Whether a comma follows the verb at ``hit`` (``As X noted, ...``, ``X said, ...``)."""
        verb = _VERB_AT.match(self.text, hit, self.hi)
        return verb is not None and self.text[verb.end() : verb.end() + 1] == ","

    def _comma_clause(self, speaker: Span, start: int, hit: int) -> Statement | None:
        """``As X informed, CONTENT`` (wire and translated copy) and, when the speaker opens
        the sentence with a name, the translated ``X said, CONTENT`` without ``that``. The
        content must open with a subject and hold a finite verb, so ``X said, however, ...``,
        ``X said, adding ...`` and ``X said, "..."`` stay out."""
        verb = _VERB_AT.match(self.text, hit, self.hi)
        if verb is None or verb.group().lower() not in _COMMA_VERBS:
            return None
        head = self.text[self.first : speaker.start].strip()
        framed = head.lower() in ("as", "as also") or head.lower().endswith((", as", ", as also"))
        opening = not head and speaker.text[:1].isupper() and not speaker.text.startswith("The ")
        if not (framed or (opening and verb.group().lower() in _ZERO_THAT)):
            return None
        after = pat.tokens(self.text, verb.end() + 1, min(self.hi, verb.end() + _AFTER_CHARS))
        if len(after) < 3:
            return None
        first = after[0].text
        if not (first.lower() in _CLAUSE_SUBJECTS or (first[:1].isupper() and first.isalpha())):
            return None
        if not self._has_finite(after, 0):
            return None
        evidence_start = self.first if framed else start
        built = self._build(speaker, start, verb.end(), after[0].start)
        if built is None:
            return None
        return attrs.evolve(built, evidence=Span.of(self.text, evidence_start, built.content.end))

    def _bare_source(self, hit: int) -> Statement | None:
        """``..., company said.``: telegram and wire copy drop the article before the body
        that speaks; the noun is resolved like ``the company``."""
        match = _BARE_SOURCE.search(self.text, max(self.first, hit - 40), hit)
        if match is None:
            return None
        after = self._after(hit)
        if after[0].text.lower() not in _TRAILING or not self._ends_after(after, 1):
            return None
        speaker = Span.of(self.text, match.start(1), match.end(1))
        return self._trailing(speaker, match.start(), hit, after[0].end)

    def _ends_after(self, after: list[Token], i: int) -> bool:
        """Whether only a short adjunct (``on Friday``, ``last week``) ends the sentence, or a
        comma and a subordinate clause (``..., X said, as troops ration ammunition``)."""
        rest = [t for t in after[i:] if t.start < self.body_end]
        if not rest:
            return True
        if len(rest) >= 3 and rest[0].text == "," and rest[1].text.lower() in _SUBORDINATORS:
            return True
        if len(rest) > _TRAILING_ADJUNCT or rest[0].text.lower() not in _ADJUNCT_STARTERS:
            return False
        # a longer adjunct (``on the sidelines of the NATO summit in Vilnius``) holds no clause
        return all(
            t.text[0].isalnum() and (len(rest) <= 6 or t.text.lower() not in _NOT_ADJUNCT)
            for t in rest
        )

    def _trailing(
        self, speaker: Span, comma: int, verb_start: int, verb_end: int
    ) -> Statement | None:
        """``The plant will open in 2025, the company said.``: the content comes first."""
        content = _trimmed(self.text, self.first, comma)
        if content is None or content.text[0] in pat.QUOTE_CHARS:
            return None
        verb = Span.of(self.text, verb_start, verb_end)
        return Statement(speaker, verb, content, Span.of(self.text, content.start, verb_end))

    def _inverted(self, comma: int, after: list[Token]) -> Statement | None:
        """``The plant will open in 2025, said Papperger.``"""
        j = pat.speaker_forward(after, 1)
        if j is None or after[1].text.lower() in ("a", "an"):
            return None
        if j < len(after) and after[j].start < self.body_end and after[j].text != ",":
            return None
        content = _trimmed(self.text, self.first, comma)
        if content is None or content.text[0] in pat.QUOTE_CHARS:
            return None
        text = self.text
        speaker = Span.of(text, after[1].start, after[j - 1].end)
        verb = Span.of(text, after[0].start, after[0].end)
        return Statement(speaker, verb, content, Span.of(text, content.start, speaker.end))

    def _content_start(self, low: str, after: list[Token], verb_end: int) -> int | None:
        """Index in ``after`` where the content starts, or None when nothing is reported."""
        n = len(after)
        that = _find_that(after, verb_end)
        if that is not None:
            return that + 1 if that + 1 < n else None
        if verb_end >= n:
            return None
        first = after[verb_end].text
        if first == ":" and verb_end + 1 < n and not self._label(after[0].start):
            return verb_end + 1
        colon = _colon_after_adjunct(after, verb_end)
        if colon is not None:
            return colon
        if low in _PROMISE:
            return verb_end
        if low in _URGE:
            found = _urge_object(after, verb_end, low)
            if found is not None or low not in _NAMING:
                return found
        if low in _NAMING:
            return _naming_object(after, verb_end, low)
        if low in _PUT or low in _ESTIMATE:
            found = _put_object(after, verb_end, low in _ESTIMATE)
            if found is not None or low in _PUT:
                return found
        if low in _PROPOSE and first == "to" and _bare_infinitive(after, verb_end + 1):
            return verb_end
        if low in _ANNOUNCE and _decision_object(after, verb_end):
            return verb_end
        if low in _EMPHASIS and _emphasis_object(after, verb_end):
            return verb_end
        if low in _EARLY_FINITE_VERBS:
            return _early_clause(after, verb_end)
        if low not in _ZERO_THAT:
            return None
        start = _skip_adjunct(after, verb_end)
        if start is None or start >= n:
            return None
        return start if self._has_finite(after, start) else None

    def _label(self, verb: int) -> bool:
        """Whether the verb at ``verb`` ends a section label (``What Kyiv says:``), opened by
        a question word, whose colon introduces the reports that follow, not one statement."""
        words = self.text[max(self.first, verb - 60) : verb].split()
        return any(w.lower() in _QUESTION_WORDS for w in words[-5:-1])

    def _has_finite(self, after: list[Token], i: int) -> bool:
        """Whether the words after ``after[i]`` look like a clause (hold a finite verb)."""
        start = after[i].end
        end = self._clause_end(start, start + 160)
        return _FINITE_RE.search(self.text, start, end) is not None

    def _build(self, speaker: Span, verb_start: int, verb_end: int, first: int) -> Statement | None:
        if self.text[first] in pat.QUOTE_CHARS:
            return None
        clause = first
        if self.text[first] == ",":
            # ``said that, according to preliminary data, three ...``: the clause goes on
            # after the parenthetical
            close = self.text.find(",", first + 1, min(self.body_end, first + 80))
            if close < 0:
                return None
            first, clause = first + 1, close + 1
        content = _trimmed(self.text, first, self._clause_end(clause))
        if content is None or content.text.endswith("?"):
            return None  # nothing, or a question (``Did X say that ...?``)
        text = self.text
        verb = Span.of(text, verb_start, verb_end)
        return Statement(speaker, verb, content, Span.of(text, verb_start, content.end))

    def _continued(self, hit: int, speaker: Span) -> Statement | None:
        """``X warned that ... and said that ...``: the second verb keeps the speaker."""
        verb_word = _VERB_AT.match(self.text, hit, self.hi)
        if verb_word is None:
            return None
        low = verb_word.group().lower()
        if low not in _ZERO_THAT and low not in _THAT_SET and " " not in low:
            return None
        follows = _THAT.match(self.text, verb_word.end(), self.hi)
        if follows is not None:
            return self._build(speaker, hit, verb_word.end(), follows.end())
        if low not in _ZERO_THAT:
            return None
        after = self._after(hit)  # ``... and said it intends to ...``
        content_at = self._content_start(low, after, 1)
        if content_at is None:
            return None
        return self._build(speaker, hit, verb_word.end(), after[content_at].start)

    def _subject(self, hit: int) -> Span | None:
        """The speaker opening the sentence when a verb follows it: ``Defence Minister X
        thanked Denmark and said that ...``, ``He did not disclose the value but said ...``."""
        toks = pat.tokens(self.text, self.first, min(hit, self.first + _BEFORE_CHARS))
        if len(toks) < 2:
            return None
        if toks[0].text.lower() in _PERSONAL:
            end = 1
        else:
            found = pat.speaker_forward(toks, 0)
            if found is None or found >= len(toks):
                return None
            end = found
        verb = toks[end].text
        if not (verb.islower() and (verb in _SUBJECT_VERBS or verb.endswith("ed"))):
            return None
        return Span.of(self.text, toks[0].start, toks[end - 1].end)

    # -- ..., adding that ... ----------------------------------------------------------------

    def _participle(self, hit: int, speaker: Span | None, continues: bool) -> Statement | None:
        """``..., adding that ...`` continues the statement before it with the same speaker
        (``continues``); after a clause that made none, ``..., saying ...`` also reports a
        clause without ``that`` (after a statement it mostly restates the same claim)."""
        if speaker is None or not self.text[max(self.lo, hit - 8) : hit].rstrip().endswith(","):
            return None
        verb_word = _VERB_AT.match(self.text, hit, self.hi)
        if verb_word is not None and verb_word.group().lower() != "pointing":
            follows = _THAT.match(self.text, verb_word.end(), self.hi)
            if follows is not None:
                return self._build(speaker, hit, verb_word.end(), follows.end())
        after = self._after(hit)
        low = after[0].text.lower()
        verb_end = 1
        if low == "pointing":
            if len(after) < 2 or after[1].text != "out":
                return None
            verb_end = 2
        that = _find_that(after, verb_end)
        if that is not None and that + 1 < len(after):
            return self._build(speaker, hit, after[verb_end - 1].end, after[that + 1].start)
        start = self._participle_content(low, after, continues)
        if start is None:
            return None
        return self._build(speaker, hit, after[0].end, after[start].start)

    def _participle_content(self, low: str, after: list[Token], continues: bool) -> int | None:
        """``..., urging allies to ...`` and ``..., saying it would ...`` (no ``that``): where
        the content starts. A zero-``that`` clause must open with a subject (a pronoun, a
        determiner or a name), so ``adding 300 jobs`` is not speech."""
        if low in _URGING:
            return _urge_object(after, 1, "calls" if low == "calling" else "urges")
        if continues or low not in _ZERO_THAT_PARTICIPLES or len(after) < 3:
            return None
        first = after[1].text
        if not (first.lower() in _CLAUSE_SUBJECTS or (first[0].isupper() and first.isalpha())):
            return None
        return 1 if self._has_finite(after, 1) else None

    def _participle_speaker(self, hit: int, previous: int | None) -> Span | None:
        """Who a participle after a clause that made no statement speaks for: the speaker of
        the attribution before it (``"...," X said on Monday, urging ...``) or the sentence's
        subject (``X announced the scheme in Munich, saying ...``)."""
        if previous is not None and hit - previous < _BEFORE_CHARS:
            toks = pat.tokens(self.text, max(self.lo, previous - _SHORT_BEFORE), previous)
            b = len(toks)
            while b > 0 and len(toks) - b < 2 and toks[b - 1].text.lower() in _BEFORE_VERB:
                b -= 1
            if b and toks[b - 1].text.lower() in _PERSONAL:
                return Span.of(self.text, toks[b - 1].start, toks[b - 1].end)
            start = pat.speaker_backward(toks, b) if b else None
            if start is not None and toks[start].text.lower() in ("a", "an"):
                # ``a company spokesperson said``: the organization speaks; else nobody named
                spokesperson = b - start >= 3 and toks[b - 1].text.lower() in _SPOKESPEOPLE
                start = start + 1 if spokesperson else None
            if start is None:
                return None
            return Span.of(self.text, toks[start].start, toks[b - 1].end)
        return self._subject(hit)

    # -- according to X ----------------------------------------------------------------------

    def _according(self, hit: int) -> Statement | None:
        """``According to X, ...``, ``..., according to X.`` and the parenthetical form."""
        after = self._after(hit)
        if len(after) < 3 or after[1].text != "to":
            return None
        first = 2 + _words_of(after, 2)  # ``according to (the) words of X``: translated news
        j = _speaker_end(after, first)
        if j is not None and j >= len(after) - 1 and hit + _AFTER_CHARS < self.hi:
            # the name runs on, or the window cut its last word: look further
            after = self._after(hit, 3 * _AFTER_CHARS)
            j = _speaker_end(after, first)
        if (
            j is None
            or after[first].text.lower() in ("a", "an")
            or any(t.text in pat.QUOTE_CHARS for t in after[j : j + 2])
        ):
            return None
        text = self.text
        head = text[max(self.first, hit - 40) : hit].rstrip()
        if any(c in head[-3:] for c in pat.QUOTE_CHARS):
            return None
        speaker = Span.of(text, after[first].start, after[j - 1].end)
        if j + 1 < len(after) and after[j].text == ",":
            # ``according to the head of the region, Maksym Kozytskyi, ...``: the name speaks
            close = next(
                (k for k in range(j + 1, min(len(after), j + 6)) if after[k].text == ","), None
            )
            named = _named_apposition(after, j, close) if close is not None else None
            if named is not None and close is not None:
                speaker = Span.of(text, after[named].start, after[close - 1].end)
                j = close
        if j + 1 < len(after) and after[j].text == "," and after[j + 1].text in _RELATIVES:
            # ``according to X, who spoke on television, ...``: the relative clause is not
            # what X said
            if len(after) < 3 * _AFTER_CHARS // 8:
                after = pat.tokens(text, after[0].start, min(self.hi, hit + 3 * _AFTER_CHARS))
            close = next(
                (k for k in range(j + 2, min(len(after), j + 24)) if after[k].text == ","), None
            )
            if close is None:
                return None
            j = close
        return self._framed(hit, head, speaker, Span.of(text, hit, after[1].end), after, j)

    def _framed(
        self, hit: int, head: str, speaker: Span, verb: Span, after: list[Token], j: int
    ) -> Statement | None:
        """The content that a source frame (``according to X``, ``by his words``) opening or
        closing the sentence attributes; ``after[j]`` is the token after the source."""
        text = self.text
        followed = j < len(after) and after[j].text == ","
        ends = j >= len(after) or after[j].start >= self.body_end
        # At the start of the sentence, or after a short opener such as "Meanwhile,".
        words = head.split() if hit - self.first <= 40 else []
        opening = not head or (
            head.endswith(",")
            and 0 < len(words) <= 3
            and (len(words) == 1 or words[0].lower() in _ADJUNCT_STARTERS)
        )
        if followed and opening:
            if j + 1 >= len(after):
                return None
            content = _trimmed(text, after[j + 1].start, self._clause_end(after[j + 1].start))
            start = verb.start
        elif head.endswith(",") and (followed or ends):
            # "..., according to X." or the parenthetical "The plant, according to X, will ..."
            stop = self.body_end if followed else text.rindex(",", self.first, hit)
            content = _trimmed(text, self.first, stop)
            start = self.first
        else:
            return None
        if content is None or content.text[0] in pat.QUOTE_CHARS:
            return None
        end = max(content.end, speaker.end)
        return Statement(speaker, verb, content, Span.of(text, min(start, content.start), end))

    def _source(self, hit: int) -> Statement | None:
        """Translated and possessive source frames: ``By his words, ...``, ``..., by the data
        of the Ministry``, ``In the words of X, ...``, ``By X's own count, ...``."""
        match = _SOURCE.match(self.text, hit, self.hi)
        head = self.text[max(self.first, hit - 40) : hit].rstrip()
        if match is None or any(c in head[-3:] for c in pat.QUOTE_CHARS):
            return None
        text = self.text
        named = match.group("owner") is not None
        if named or match.group("pronoun") is not None:
            group = "owner" if named else "pronoun"
            speaker = Span.of(text, match.start(group), match.end(group))
            after = pat.tokens(text, match.end(), min(self.hi, match.end() + 16))
        else:
            toks = self._after(match.end())
            end = pat.speaker_forward(toks, 0)
            if end is not None and end >= len(toks) - 1 and match.end() + _AFTER_CHARS < self.hi:
                toks = self._after(match.end(), 3 * _AFTER_CHARS)  # the name may run on
                end = pat.speaker_forward(toks, 0)
            if end is None:
                return None
            speaker = Span.of(text, toks[0].start, toks[end - 1].end)
            after = toks[end:]
        return self._framed(hit, head, speaker, Span.of(text, hit, match.end()), after, 0)


# ``by his words``, ``in the words of``, ``by the data of``, ``by X's own count``: the source
# frames of translated copy and explainers, read like ``according to``
_SOURCE = re.compile(
    r"(?:[Bb]y|[Ii]n)\s{1,3}(?:(?P<pronoun>his|her|their)\s{1,3}(?:own\s{1,3})?words"
    r"|the\s{1,3}(?:words|data|estimates?|figures|opinion|view)\s{1,3}of(?=\s)"
    r"|(?P<owner>[A-Z][\w.&-]{0,40}(?:\s{1,3}[A-Z][\w.&-]{0,40}){0,3})['’]s\s{1,3}"
    r"(?:own\s{1,3})?(?:count|estimates?|data|figures|calculations|tally|words|view|opinion"
    r"|assessment))\b"
)


_SOURCE_NOUNS = (
    "words",
    "data",
    "count",
    "estimate",
    "figures",
    "calculations",
    "tally",
    "opinion",
    "view",
    "assessment",
)
_SOURCE_REACH = 200
_SOURCE_PREFIXES = ("by ", "By ", "in ", "In ")


# verbs that a comma and the content may follow (``As X informed, ...``, ``X said, ...``)
_COMMA_VERBS = _ZERO_THAT | pat.word_set("""
    informed informs reported reports announced announces stressed emphasised emphasized
    underlined pointed wrote writes specified clarified
    """)
# a body named without an article at the end of a wire sentence (``..., company said.``)
_BARE_SOURCE = re.compile(
    r",\s{1,3}(company|ministry|agency|government|army|firm|group|manufacturer|producer)"
    r"\s{1,3}$"
)


def _words_of(toks: Sequence[Token], i: int) -> int:
    """How many tokens of ``(the) words of`` or ``a statement from`` stand at ``i`` (0 when
    they do not): the source is whoever follows them."""
    lowered = [t.text.lower() for t in toks[i : i + 6]]
    k = 1 if lowered[:1] and lowered[0] in _SOURCE_DETERMINERS else 0
    if k + 1 < len(lowered) and lowered[k] in _SOURCE_QUALIFIERS:
        k += 1  # ``a press release from``, ``the latest data from``
    if len(lowered) <= k + 1 or lowered[k] not in _SOURCE_DOCUMENTS:
        return 0
    if lowered[k + 1] in _RELEASED and k + 2 < len(lowered):
        k += 1  # ``figures released by``
    return k + 2 if lowered[k + 1] in _FROM else 0


_SOURCE_DETERMINERS = pat.word_set("the a an")
_SOURCE_DOCUMENTS = pat.word_set("""
    words statement release message post communique data estimates estimate figures
    assessment information calculations
    """)
_SOURCE_QUALIFIERS = pat.word_set("press latest preliminary official updated new recent")
_RELEASED = pat.word_set("released published provided compiled")
_FROM = pat.word_set("of from by")


def _speaker_end(toks: Sequence[Token], i: int) -> int | None:
    """End of the speaker phrase at ``i``: a name or role, or ``him``/``her`` (resolved by the
    caller like ``he``)."""
    if i < len(toks) and toks[i].text.lower() in _OBJECT_PRONOUNS:
        return i + 1
    return pat.speaker_forward(toks, i)


_OBJECT_PRONOUNS = pat.word_set("him her")


def _may_have_speaker(head: str) -> bool:
    """Cheap test of the words before a verb, before tokenising the window.

    The word before the verb (past auxiliaries) must be capitalised, a role word or end an
    apposition; and a closing quote mark followed only by capitalised words means a
    direct-quote attribution (``," Havryliuk stated``), which is not indirect speech.
    """
    words = head.split()
    while words and words[-1].lower() in _BEFORE_VERB:
        words.pop()
    if not words:
        return False
    word = words[-1].strip(".\"'“”‘’()[]")
    if not word:
        return False
    if word.lower() in _PERSONAL:
        return True
    if not (word.endswith((",", ")")) or word[0].isupper() or _bare_lower(word) in pat.ROLE_WORDS):
        return _coordinated(words)
    for earlier in reversed(words):
        if earlier[0] in pat.QUOTE_CHARS or earlier[-1] in pat.QUOTE_CHARS:
            return False
        if not earlier[0].isupper():
            return True
    return True


def _coordinated(words: list[str]) -> bool:
    """``X and several governments have said``: a named speaker joined with a short plural."""
    tail = words[-5:-1]
    if "and" not in tail or words[-1] == "and":
        return False
    k = max(0, len(words) - 5) + tail.index("and")
    # the word before ``and`` is capitalised, or the window may have cut it
    return k == 1 or (k > 1 and words[k - 1][:1].isupper())


def _bare_lower(word: str) -> str:
    low = word.lower()
    return low[:-2] if low.endswith(("'s", "’s")) else low


def _speaker_before(
    text: str, toks: list[Token], opens: bool = False
) -> tuple[int | None, Span, int | None] | None:
    """The speaker right before a verb, or None.

    Returns the start of the verb group when it has an auxiliary (``has also``), the speaker,
    and the offset of a comma just before the speaker (``..., the ministry said``).
    """
    b = len(toks)
    verb_start: int | None = None
    while b > 0 and len(toks) - b < 3 and toks[b - 1].text.lower() in _BEFORE_VERB:
        b -= 1
        if toks[b].text.lower() in _HAVE:
            verb_start = toks[b].start
    b -= _day_adjunct(toks, b)  # ``the ministry on Monday denied``
    if b > 0 and toks[b - 1].text.lower() in _PERSONAL and _clause_opens(toks, b - 1, opens):
        # ``He said allies had ...``: the pronoun is the speaker, resolved by the caller
        comma = toks[b - 2].start if b > 1 and toks[b - 2].text == "," else None
        return verb_start, Span.of(text, toks[b - 1].start, toks[b - 1].end), comma
    if b > 0 and toks[b - 1].text == ")":
        # ``Tomas Rimkus (CEO of Skydra) said``: the bracketed role is skipped
        opened = _bracket_start(toks, b - 1)
        if opened is None:
            return None
        b = opened
    end: int | None = b
    if b > 0 and toks[b - 1].text == ",":
        end = _apposition_start(toks, b - 1)
        named = _named_apposition(toks, end, b - 1)
        if named is not None:
            # ``NATO's assistant secretary general, Henrik Lautrup, said``: the name between
            # the commas is the speaker
            speaker = Span.of(text, toks[named].start, toks[b - 2].end)
            return verb_start, speaker, _comma_before_role(toks, end)
    if end is None:
        return None
    start = pat.speaker_backward(toks, end)
    if start is not None:
        start = _affiliated_person(toks, start)
    else:
        end, start = _first_conjunct(toks, end)
    if start is None or _quoted_before(toks, start):
        return None  # no speaker, or a direct-quote attribution
    if toks[start].text.lower() in ("a", "an"):
        if end - start < 3 or toks[end - 1].text.lower() not in _SPOKESPEOPLE:
            return None  # an unnamed one ("a senior official")
        start += 1  # ``a Thales spokesperson``: the organization speaks
    comma = toks[start - 1].start if start > 0 and toks[start - 1].text == "," else None
    return verb_start, Span.of(text, toks[start].start, toks[end - 1].end), comma


def _first_conjunct(toks: Sequence[Token], end: int) -> tuple[int, int | None]:
    """``NATO chief X and several governments have said``: the named first conjunct speaks
    for the others (end and start of its phrase); after ``and`` only a few plain words."""
    for k in range(end - 1, max(0, end - 4), -1):
        word = toks[k].text
        if word == "and":
            start = pat.speaker_backward(toks, k)
            return (k, start) if start is not None and k < end - 1 else (end, None)
        if not word.isalpha():
            break
    return end, None


def _affiliated_person(toks: Sequence[Token], start: int) -> int:
    """Start of a person named before an affiliation that ends at ``start``: in ``Analyst Jane
    Roe of the Paris consultancy Strateos said`` the speaker is Jane Roe, not Strateos."""
    for k in range(start - 1, max(-1, start - 5), -1):
        word = toks[k].text
        if word == "of" and k > 0:
            person = pat.speaker_backward(toks, k)
            if person is None or not any(t.text[:1].isupper() for t in toks[person:k]):
                return start
            return person
        if not word.isalpha():
            return start
    return start


def _comma_before_role(toks: Sequence[Token], end: int | None) -> int | None:
    """Offset of the comma before the role that a named apposition follows: in ``..., the
    agency's director, Jane Roe, said`` the words before that comma are what was said."""
    start = pat.speaker_backward(toks, end) if end is not None else None
    if start is None or start == 0 or toks[start - 1].text != ",":
        return None
    return toks[start - 1].start


_SPOKESPEOPLE = pat.word_set("spokesperson spokesman spokeswoman representative")


def _may_go_on(toks: Sequence[Token], start: int) -> bool:
    """Whether a speaker found at ``start`` in a cut window may go on before it: it opens
    the window (after the word the cut fell in), or a joiner does (``Minister | of Strategic
    Industries X said``)."""
    if start <= toks[min(1, len(toks) - 1)].end:
        return True
    return len(toks) > 2 and toks[2].start == start and toks[1].text.lower() in _JOINERS


_JOINERS = pat.word_set("of for and the")


def _comma_before_verb(toks: Sequence[Token]) -> bool:
    """Whether a comma ends the words before the verb and its auxiliaries (``X, the
    ministry's head, has since said``): the speaker stands before an apposition."""
    b = len(toks)
    while b > 0 and len(toks) - b < 3 and toks[b - 1].text.lower() in _BEFORE_VERB:
        b -= 1
    return b > 0 and toks[b - 1].text == ","


def _day_adjunct(toks: Sequence[Token], b: int) -> int:
    """How many tokens before ``b`` say when (``on Monday``, ``yesterday``), else 0."""
    if b >= 2 and toks[b - 2].text.lower() == "on" and toks[b - 1].text.lower() in _WEEKDAYS:
        return 2
    if b >= 1 and toks[b - 1].text.lower() in _DAY_WORDS:
        return 1
    return 0


_WEEKDAYS = pat.word_set("monday tuesday wednesday thursday friday saturday sunday")
_DAY_WORDS = pat.word_set("yesterday today")


def _quoted_before(toks: Sequence[Token], start: int) -> bool:
    """Whether the speaker follows a closing quote mark (a direct-quote attribution)."""
    k = start - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    return k >= 0 and toks[k].text in pat.CLOSE_QUOTES


def _find_that(toks: Sequence[Token], i: int) -> int | None:
    """Index of the ``that`` opening the reported clause within a few adjunct words of ``i``.

    Between the verb and ``that`` only an adjunct (``in a statement``, ``on Monday``) or a
    report noun (``denied reports that``) may stand, so ``said the deal that ...`` is not read
    as a that-clause.
    """
    n = len(toks)
    if i >= n:
        return None
    if toks[i].text.lower() != "that" and not _may_precede_that(toks, i):
        return None
    for k in range(i, min(n, i + _THAT_WINDOW)):
        word = toks[k].text
        low = word.lower()
        if low == "that":
            return k
        if word in ".;:!?" or word in pat.QUOTE_CHARS or (k > i and low in _ZERO_THAT):
            return None
    return None


def _may_precede_that(toks: Sequence[Token], i: int) -> bool:
    low = toks[i].text.lower()
    if low in _ADJUNCT_STARTERS or low in _REPORT_NOUNS:
        return True
    nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    return low in _REPORT_MODIFIERS and nxt in _REPORT_NOUNS


_REPORT_MODIFIERS = pat.word_set("the a media press news")


def _colon_after_adjunct(toks: Sequence[Token], i: int) -> int | None:
    """``wrote on Telegram: ...``, ``said in a statement: ...``: a short place adjunct and a
    colon between the verb and the content; the index after the colon."""
    if toks[i].text.lower() not in _COLON_ADJUNCTS:
        return None
    for k in range(i + 1, min(len(toks) - 1, i + 5)):
        word = toks[k].text
        if word == ":":
            return k + 1 if k > i + 1 else None
        if not word[:1].isalnum():
            return None
    return None


_COLON_ADJUNCTS = pat.word_set("on in via at during")


def _listener_end(toks: Sequence[Token]) -> int:
    """End of the listener after ``told`` (at index 0): a named one runs on through ``of``
    (``the House of Commons``), and a plain plural noun may be one too (``told
    shareholders``); 1 when there is none."""
    end = pat.listener_end(toks, 1)
    if end == 1:
        end = _described_listener(toks)
    if end == 1 and len(toks) > 2 and toks[1].text.lower() in _MORE_LISTENERS:
        return 2
    if end == 1 and len(toks) > 2 and toks[1].text.lower() == "our" and toks[2].text in _OUTLETS:
        return 3  # ``told our outlet``: regional copy naming itself
    while (
        end > 1
        and end + 1 < len(toks)
        and toks[end].text == "of"
        and toks[end - 1].text[:1].isupper()
        and toks[end + 1].text[:1].isupper()
    ):
        end += 2
        while end < len(toks) and toks[end].text[:1].isupper() and end < 12:
            end += 1
    return end


# plural nouns ``told`` takes as its listener besides those of `pat.LISTENERS`
_MORE_LISTENERS = pat.word_set("""
    shareholders analysts legislators senators diplomats officials ministers soldiers troops
    workers employees residents members deputies voters viewers readers congress
    """)


_OUTLETS = pat.word_set("""
    outlet newspaper publication correspondent reporter journalist website portal edition
    agency channel magazine
    """)


def _plain_listener(toks: Sequence[Token], end: int) -> int | None:
    """A shorter listener when a name was taken into it (``told reporters | Russia ...``):
    the index after its lower-case listener noun, when a capitalised word follows it."""
    for k in range(1, min(end, 4)):
        word = toks[k].text
        if word in pat.LISTENERS and k + 1 < end and toks[k + 1].text[:1].isupper():
            return k + 1
    return None


def _described_listener(toks: Sequence[Token]) -> int:
    """End of a listener like ``the committee`` or ``the visiting delegation`` after ``told`` /
    ``informed`` (at index 0), when ``that`` follows it; 1 (no listener) otherwise."""
    if len(toks) < 3 or toks[1].text.lower() not in _DETERMINER_POSSESSIVES:
        return 1
    for k in range(2, min(len(toks), 6)):
        word = toks[k].text
        if word.lower() == "that":
            return k if k > 2 else 1
        if not (word.isalpha() and word.islower()):
            return 1
    return 1


def _early_clause(toks: Sequence[Token], i: int) -> int | None:
    """``announced it will ...``, ``stressed no decision had been taken``: a clause without
    ``that`` after a verb that mostly takes an object (``announced a package``) counts only
    when a subject word opens it and a finite verb follows within two words."""
    if i + 2 >= len(toks):
        return None
    first = toks[i].text
    if not (first.lower() in _CLAUSE_SUBJECTS or (first[:1].isupper() and first.isalpha())):
        return None
    if first.lower() in _DETERMINERS_ONLY:
        return None
    following = [t.text.lower() for t in toks[i + 1 : i + 4]]
    return i if any(w in _EARLY_FINITE for w in following) else None


_EARLY_FINITE_VERBS = pat.word_set("""
    announced announces stressed stresses confirmed confirms revealed reveals acknowledged
    admitted reiterated emphasised emphasized
    """)
_EARLY_FINITE = _FINITE | pat.word_set("""
    would had has was were will is are could might should must can cannot won't wouldn't
    """)
_DETERMINERS_ONLY = pat.word_set("the its his her their our")


def _urge_object(toks: Sequence[Token], i: int, low: str) -> int | None:
    """``urged allies to ...``, ``called on partners to ...``: where the object starts.

    ``called`` also takes ``for`` (``called for more air defence``) and, in translated copy,
    an object or a bare infinitive without ``on`` (``called the partners to invest``,
    ``called to create``)."""
    if low in ("called", "calls"):
        if i >= len(toks):
            return None
        word = toks[i].text
        if word == "for" and i + 1 < len(toks) and toks[i + 1].text[:1].isalnum():
            return i
        if word == "to":
            return i if _bare_infinitive(toks, i + 1) else None
        if word == "on":
            i += 1
        elif word.lower() not in _DETERMINER_POSSESSIVES:
            return None
    for k in range(i + 1, min(len(toks), i + 6)):
        word = toks[k].text
        if word == "to":
            return i if _bare_infinitive(toks, k + 1) else None
        if not word[:1].isalnum():
            return None
    return None


def _bare_infinitive(toks: Sequence[Token], i: int) -> bool:
    """Whether a lower-case verb-like word (not an article or a number) stands at ``i``."""
    if i >= len(toks):
        return False
    word = toks[i].text
    return word.isalpha() and word.islower() and word not in _NOT_INFINITIVE


_NOT_INFINITIVE = pat.word_set("the a an this that these those his her its their our order")


def _naming_object(toks: Sequence[Token], i: int, low: str) -> int | None:
    """``called the deal "a signal ..."``, ``described the plan as ...``: the speaker's
    verdict on an object a few words long; where the object starts."""
    if i >= len(toks) or not toks[i].text[:1].isalnum():
        return None
    for k in range(i + 1, min(len(toks), i + 7)):
        word = toks[k].text
        if word in pat.QUOTE_CHARS:
            # a verdict (``"historic"``), not a name given (``called the drone "Falcon"``)
            verdict = k + 1 < len(toks) and toks[k + 1].text.islower()
            return i if verdict and low not in _DESCRIBE else None
        if word == "as":
            return i if low in _DESCRIBE else None
        if not word[:1].isalnum():
            return None
    return None


def _put_object(toks: Sequence[Token], i: int, bare: bool = False) -> int | None:
    """``put the value at EUR 31 million``: a determiner, a noun or two and ``at``; with
    ``bare`` the noun may stand alone (``estimates capacity at``)."""
    if i + 2 >= len(toks):
        return None
    word = toks[i].text
    first = i + 2  # ``at`` follows the determiner and a noun
    if word.lower() not in _DETERMINER_POSSESSIVES:
        if not (bare and word.isalpha() and word.islower()):
            return None
        first = i + 1  # the noun itself opens the object
    for k in range(first, min(len(toks) - 1, i + 5)):
        if toks[k].text == "at":
            return i
        if not toks[k].text.isalpha():
            return None
    return None


def _decision_object(toks: Sequence[Token], i: int) -> bool:
    """``announced the decision ...``: the object names the decision itself."""
    return (
        i + 1 < len(toks)
        and toks[i].text.lower() in _DETERMINER_POSSESSIVES
        and toks[i + 1].text.lower() in _DECISION_NOUNS
    )


def _emphasis_object(toks: Sequence[Token], i: int) -> bool:
    """``stressed the importance of ...``: an object that carries the message itself."""
    if i + 1 >= len(toks):
        return False
    return (
        toks[i].text.lower() in _DETERMINER_POSSESSIVES
        and toks[i + 1].text.lower() in _EMPHASIS_NOUNS
    )


def _skip_adjunct(toks: Sequence[Token], i: int) -> int | None:
    """Index after a short time or place adjunct (``on Monday``, ``in a statement``).

    Returns ``i`` when there is none, and None when the words cannot open a reported clause
    (another preposition or punctuation follows).
    """
    low = toks[i].text.lower()
    if low not in _ADJUNCT_STARTERS:
        return i if toks[i].text[0].isalnum() else None
    if low not in _TIME_PLACE:
        return None
    k = i + 1
    if k < len(toks) and toks[k].text.lower() in ("a", "an", "the", "its", "his", "her"):
        k += 1
    k += 1  # the head word: "Monday", "statement", "week"
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if k >= len(toks) or not toks[k].text[0].isalnum() or toks[k].text.lower() in _ADJUNCT_STARTERS:
        return None
    return k


_PERSONAL = pat.word_set("he she")
_CONDITIONALS = pat.word_set("if unless whether should were")
_RELATIVES = frozenset(["who", "which"])
_VIEW_NOUNS = pat.word_set("""
    assessment position view opinion belief conclusion expectation argument message stance
    understanding
    """)
# verbs of the ``As noted by X, ...`` frame (``reported by`` mostly credits a news outlet)
_AS_BY_VERBS = pat.word_set("""
    noted stated said emphasised emphasized stressed explained informed announced
    highlighted underlined indicated specified clarified
    """)


def _clause_opens(toks: Sequence[Token], i: int, opens: bool) -> bool:
    """Whether token ``i`` opens a clause: after an adjunct and a comma (``In a letter on
    Tuesday, she said``) or at the start of the sentence (``He said``, when ``opens`` says the
    tokens start there); the caller resolves the pronoun to the person named last."""
    return (i > 0 and toks[i - 1].text in (",", ";")) or (i == 0 and opens)


def _after_and(head: str, joiners: frozenset[str] = frozenset({"and"})) -> bool:
    """Whether the words before a verb end with ``and`` (past adverbs): ``... and said``."""
    words = head.split()
    while words and words[-1].lower() in _ADVERBS:
        words.pop()
    return bool(words) and words[-1] in joiners


_AND_BUT = frozenset({"and", "but"})
# finite verbs that may follow a sentence's subject besides the regular ``-ed`` forms
_SUBJECT_VERBS = pat.word_set("""
    did does has had is was met made gave took spoke sent held paid led told went wrote
    visited thanked welcomed
    """)


def _bracket_start(toks: Sequence[Token], close: int) -> int | None:
    """Index of the ``(`` that opens the bracket closed at ``close`` (a short one), or None."""
    for k in range(close - 1, max(-1, close - 12), -1):
        if toks[k].text == "(":
            return k
        if toks[k].text in ").;:!?":
            return None
    return None


def _named_apposition(toks: Sequence[Token], first: int | None, second: int) -> int | None:
    """Start of a personal name of two to four capitalised words filling ``, Name,``."""
    if first is None or not 2 <= second - first - 1 <= 4:
        return None
    words = [t.text for t in toks[first + 1 : second]]
    if all(w[:1].isupper() and w[:1].isalpha() and not w.isupper() for w in words):
        return first + 1
    return None


def _apposition_start(toks: Sequence[Token], comma: int) -> int | None:
    """For ``X, who ..., said`` the index just after X, found from the second comma."""
    for k in range(comma - 1, max(-1, comma - 16), -1):
        word = toks[k].text
        if word == ",":
            return k
        if word == "." and k > 0 and pat.is_abbreviation(toks[k - 1].text):
            continue  # ``on Feb. 8``, ``Gen. X``: an abbreviation, not the sentence's end
        if word in ".;:!?" or word in pat.QUOTE_CHARS:
            return None
    return None


def _skip_space(text: str, at: int, end: int) -> int | None:
    """Offset of the first character after white space from ``at`` (before ``end``)."""
    while at < end and text[at].isspace():
        at += 1
    return at if at < end else None


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """The span ``start..end`` without outer white space, or None if nothing is left."""
    chunk = text[start:end]
    stripped = chunk.strip().rstrip(",").rstrip()  # ``..., and added that``: not the comma
    if not stripped:
        return None
    first = start + len(chunk) - len(chunk.lstrip())
    return Span.of(text, first, first + len(stripped))
