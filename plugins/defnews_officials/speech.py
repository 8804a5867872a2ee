"""``quote`` and ``statement`` claims: who said what, directly or in reported speech.

The text services find the quotations (``ctx.quotes()``) and the reported speech
(``ctx.statements()``) with the words that name the speaker; this module decides which entity
those words are. In order: an entity mention overlapping the speaker words (a person before an
organization, and among people the mention ending nearest the end of the words, so
``Rheinmetall CEO Armin Papperger`` is Papperger); a surname of a person already named; a title
(``the minister``) fitting the latest person named before with that role; a pronoun (``he``,
``she``) standing for the latest person named before it in the same or previous paragraph. A
quotation or statement whose speaker stays unknown gives no claim.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from defnews import Claim, Entity, Span, stable_id
from defnews.context import ExtractionContext
from defnews_officials.roles import content_words

__all__ = ["SpeakerResolver", "claims"]

PLUGIN = "officials"
_PEOPLE = ("official", "person")
_SPEAKER_KINDS = (*_PEOPLE, "organization", "country")
_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "they", "them"])
_ARTICLES = frozenset(["the", "a", "an"])
_RANK = {"official": 0, "person": 0, "organization": 1, "country": 2}
_LOOKBACK = 400
_COMPANIES = frozenset({"company", "state company"})
_DESCRIPTIONS: dict[str, frozenset[str]] = {
    "ministry": frozenset({"ministry"}),
    "company": _COMPANIES,
    "firm": _COMPANIES,
    "group": _COMPANIES,
    "manufacturer": _COMPANIES,
    "maker": _COMPANIES,
    "holding": _COMPANIES,
    "conglomerate": _COMPANIES,
    "concern": _COMPANIES,
    "producer": _COMPANIES,
    "agency": frozenset({"agency"}),
    "alliance": frozenset({"alliance"}),
}
# Unnamed voices of an organization (``the press service``, ``a spokesperson``).
_PRESS_HEADS = frozenset(
    ["spokesperson", "spokesman", "spokeswoman", "service", "office", "representative"]
)
# the words after a sentence's subject: its verb, past auxiliaries, or an apposition
_VERB_NEXT = re.compile(
    r"(?:\s{1,3}(?:has|had|have|also|then|later|again))*\s{1,3}"
    r"(?:said|says|told|tells|added|adds|noted|stated|announced|[a-z]{2,20}ed)\b|,\s{1,3}(?:who|the|a)\s"
)
# verbs of a wish or an expectation, which a country (``Kyiv hopes``) has but does not say
_HOPES = frozenset(["hopes", "hoped", "expects", "fears", "feared", "thinks", "feels", "considers"])
# verbs of a request or a proposal, which from a body (``EU leaders asked ministers to``) is
# a decision taken, and from a person is what they said
_REQUESTS = frozenset(["asked", "asks", "proposed", "proposes"])
_INTERVIEW_LABEL = 40
# How far before the first question the introduction naming the interviewee may start.
_INTRO_WINDOW = 2000
_INTERVIEW_CUES = ("interview", "spoke to", "spoke with", "talked to", "talked with")
_OPENING_MARKS = frozenset('"“‘«')
_CLOSING_MARKS = frozenset('"”’»')
_BYLINE = "by "
# Head nouns naming a body, not a person: ``the regional administration`` is no official.
_BODIES = frozenset(
    ["administration", "ministry", "office", "service", "committee", "agency", "department"]
)


# Capitals that news uses for their governments (``Kyiv and Berlin agreed``).
_CAPITALS = {
    "Kyiv": "UA",
    "Kiev": "UA",
    "Prague": "CZ",
    "Berlin": "DE",
    "Paris": "FR",
    "London": "GB",
    "Washington": "US",
    "Warsaw": "PL",
    "Moscow": "RU",
    "Vilnius": "LT",
    "Riga": "LV",
    "Tallinn": "EE",
    "Copenhagen": "DK",
    "Stockholm": "SE",
    "Oslo": "NO",
    "Helsinki": "FI",
    "Rome": "IT",
    "Madrid": "ES",
    "Ankara": "TR",
    "Beijing": "CN",
    "Tokyo": "JP",
    "Ottawa": "CA",
    "Canberra": "AU",
    "The Hague": "NL",
    "Budapest": "HU",
    "Bratislava": "SK",
    "Bucharest": "RO",
    "Sofia": "BG",
    "Lisbon": "PT",
    "Athens": "GR",
    "Vienna": "AT",
    "Dublin": "IE",
    "Seoul": "KR",
    "Tehran": "IR",
    "Minsk": "BY",
    "Chisinau": "MD",
}
_start_end = operator.itemgetter(0, 1)
_HEAD_WORDS = frozenset(["head", "chief", "leader"])
# The office that heads each kind of body: ``the head of the ministry`` is its minister.
_BODY_HEADS = {
    "ministry": frozenset(["minister"]),
    "agency": frozenset(["director", "head", "chief"]),
    "department": frozenset(["director", "head", "chief"]),
    # ``the Head of Government`` (translated releases) is the prime minister
    "government": frozenset(["prime", "premier"]),
    "state": frozenset(["president"]),
}
_NOT_HEAD = frozenset(["deputy", "vice", "assistant", "acting", "former", "under"])
_OFFICE_SPLIT = re.compile(r",|;|\band\b|\s[–—-]\s")


@lru_cache(maxsize=1024)
def _heads(role: str, offices: frozenset[str]) -> bool:
    """Whether one of the offices joined in ``role`` is ``offices`` itself, not a deputy's
    (``Deputy Prime Minister, Minister of National Defence`` heads a ministry)."""
    for part in _OFFICE_SPLIT.split(role.lower()):
        words = part.split()
        if words and not _NOT_HEAD & set(words) and offices & {words[0], words[-1]}:
            return True
    return False


@lru_cache(maxsize=4096)
def _surname_word(name: str) -> str | None:
    """The last word of a person's name or mention, when it can name the person alone
    (cached: the same names recur in every article about them)."""
    words = name.replace("’", "'").split()
    if words and words[0][:1].isupper() and words[0].lower() not in _ARTICLES:
        return words[-1]
    return None


def _blank_lines(text: str) -> list[int]:
    """Every offset where ``"\\n\\n"`` starts, overlapping ones included."""
    found = []
    at = text.find("\n\n")
    while at >= 0:
        found.append(at)
        at = text.find("\n\n", at + 1)
    return found


class SpeakerResolver:
    """Finds the entity that a speaker phrase names, from the article's merged entities."""

    def __init__(
        self,
        text: str,
        entities: Sequence[Entity],
        sentence_at: Callable[[int], Span | None] | None = None,
    ) -> None:
        self.text = text
        self._sentence_at = sentence_at
        mentions: list[tuple[int, int, Entity]] = []
        surnames: dict[str, dict[str, int]] = {}
        for entity in entities:
            if entity.kind not in _SPEAKER_KINDS:
                continue
            mentions += [(m.start, m.end, entity) for m in entity.mentions]
            if entity.kind in _PEOPLE:
                # a name repeated by many mentions counts once (the order of names is moot:
                # each one only adds this entity, with the same first offset)
                names = {m.text for m in entity.mentions}
                names.add(entity.name)
                for name in names:
                    surname = _surname_word(name)
                    if surname is not None:
                        first = entity.mentions[0].start
                        surnames.setdefault(surname, {}).setdefault(entity.id, first)
        mentions.sort(key=_start_end)
        self.mentions = mentions
        self.starts = [start for start, _end, _entity in mentions]
        self.surnames = surnames
        self._entities = entities
        self._entity_ids = {entity.id for entity in entities}
        self._breaks: list[int] | None = None
        self._all_role_words: frozenset[str] | None = None

    def resolve(self, speaker: Span) -> str | None:
        """The id of the entity the speaker words name, or None."""
        overlapping = self._overlapping(speaker.start, speaker.end)
        if (overlapping is None or overlapping.kind not in _PEOPLE) and self.text[
            speaker.end : speaker.end + 1
        ] == ",":
            # ``The company's chief executive, Fiona Grant, said``, ``Ukraine's minister for
            # industry, Jane Roe, said``: the apposition names her, not the body or country
            named = self._overlapping(speaker.end + 1, speaker.end + 3, people_only=True)
            overlapping = named or overlapping
        if overlapping is not None:
            return overlapping.id
        words = speaker.text.replace("’", "'").split()
        if not words:
            return None
        if len(words) == 1 and words[0].lower() in _PRONOUNS:
            return self.latest_person_before(speaker.start)
        by_surname = self._by_surname(words[-1], speaker.start)
        if by_surname is not None:
            return by_surname
        return (
            self._head_of_body(words, speaker.start)
            or self._by_role(speaker)
            or self._by_description(words, speaker.start)
            or self._press_office(words, speaker.start)
        )

    def by_capital(self, speaker: Span) -> str | None:
        """``according to Prague``, ``Berlin said``: a capital speaks for its country, when
        the article names that country (for reported speech: a quotation's ``Kyiv says`` is
        more often a label than its speaker)."""
        code = _CAPITALS.get(speaker.text.replace("’", "'").removesuffix("'s"))
        if code is None:
            return None
        wanted = f"country/{code}"
        return wanted if wanted in self._entity_ids else None

    def resolve_words(self, words_text: str, offset: int) -> str | None:
        """A person named by ``words_text`` (a surname or full name) before or after ``offset``."""
        words = words_text.replace("’", "'").split()
        if not words:
            return None
        return self._by_surname(words[-1], offset)

    def _overlapping(self, start: int, end: int, *, people_only: bool = False) -> Entity | None:
        right = bisect.bisect_left(self.starts, end)
        best: tuple[int, int, Entity] | None = None
        for m_start, m_end, entity in self.mentions[max(0, right - 12) : right]:
            if m_end <= start or m_start >= end:
                continue
            rank = _RANK.get(entity.kind, 3)
            if people_only and rank:
                continue
            distance = abs(end - m_end)
            if best is None or (rank, distance) < (best[0], best[1]):
                best = (rank, distance, entity)
        return best[2] if best else None

    def _previous_paragraph_floor(self, offset: int) -> int:
        """Where the paragraph before the one holding ``offset`` begins (its blank line), as
        two ``rfind("\\n\\n")`` steps back would say, from the blank lines found once per
        article: a search back from every offset was quadratic on long paragraphs."""
        if self._breaks is None:
            self._breaks = _blank_lines(self.text)
        breaks = self._breaks
        last = bisect.bisect_right(breaks, offset - 2) - 1
        if last < 0 or breaks[last] <= 0:
            return 0
        before = bisect.bisect_right(breaks, breaks[last] - 2) - 1
        return breaks[before] if before >= 0 else -1

    def latest_person_before(self, offset: int) -> str | None:
        """The person named last before ``offset`` in this or the previous paragraph."""
        floor = self._previous_paragraph_floor(offset)
        index = bisect.bisect_left(self.starts, offset)
        for start, _end, entity in reversed(self.mentions[max(0, index - _LOOKBACK) : index]):
            if start < floor:
                break
            if entity.kind in _PEOPLE:
                return entity.id
        return None

    def last_person_in(self, lo: int, hi: int) -> str | None:
        """The person named last in ``[lo, hi)``, a byline (``Interview by X``) aside."""
        index = bisect.bisect_left(self.starts, hi)
        for start, _end, entity in reversed(self.mentions[max(0, index - _LOOKBACK) : index]):
            if start < lo:
                break
            byline = self.text[max(0, start - len(_BYLINE)) : start].lower() == _BYLINE
            if entity.kind in _PEOPLE and not byline:
                return entity.id
        return None

    def sentence_subject(self, person: str, sentence: Span) -> str:
        """The first person named in ``sentence`` (where ``person`` is named), else ``person``:
        ``Rutte, who took over from Stoltenberg, said ... He told`` stands for Rutte."""
        lo = bisect.bisect_left(self.starts, sentence.start)
        hi = bisect.bisect_left(self.starts, sentence.end)
        people = [(end, e) for _start, end, e in self.mentions[lo:hi] if e.kind in _PEOPLE]
        # ``Speaking with X in Prague, Pavel said ...``: the person a verb follows is the
        # subject; a person in a fronted phrase only when no other is
        for end, entity in people:
            if _VERB_NEXT.match(self.text, end, min(sentence.end, end + 40)):
                return entity.id
        return people[0][1].id if people else person

    def latest_mention_before(self, offset: int) -> int | None:
        """Where the person named last before ``offset`` is named (see `latest_person_before`)."""
        floor = self._previous_paragraph_floor(offset)
        index = bisect.bisect_left(self.starts, offset)
        for start, _end, entity in reversed(self.mentions[max(0, index - _LOOKBACK) : index]):
            if start < floor:
                break
            if entity.kind in _PEOPLE:
                return start
        return None

    def in_sentence(self, sentence: Span, inside: Span) -> str | None:
        """The person (else organization) named in ``sentence`` outside ``inside``, nearest to
        it: who a quotation without an attribution clause belongs to."""
        lo = bisect.bisect_left(self.starts, sentence.start)
        hi = bisect.bisect_left(self.starts, sentence.end)
        best: tuple[int, int, Entity] | None = None
        for start, end, entity in self.mentions[lo:hi]:
            if end > sentence.end or (start < inside.end and inside.start < end):
                continue
            rank = _RANK.get(entity.kind, 3)
            if rank > 1:
                continue
            distance = inside.start - end if end <= inside.start else start - inside.end
            if best is None or (rank, distance) < (best[0], best[1]):
                best = (rank, distance, entity)
        return best[2].id if best else None

    def _by_surname(self, word: str, offset: int) -> str | None:
        word = word.removesuffix("'s")
        if not word[:1].isupper():
            return None
        owners = self.surnames.get(word, {})
        return next(iter(owners)) if len(owners) == 1 else None

    def _head_of_body(self, words: list[str], offset: int) -> str | None:
        """``the head of the Ministry``: the latest person named before whose role heads that
        kind of body (a minister, not a deputy minister), not the body itself."""
        lowered = [w.lower() for w in words if w.lower() not in _ARTICLES]
        if len(lowered) != 3 or lowered[0] not in _HEAD_WORDS or lowered[1] != "of":
            return None
        offices = _BODY_HEADS.get(lowered[2])
        if offices is None:
            return None
        index = bisect.bisect_left(self.starts, offset)
        for _start, _end, entity in reversed(self.mentions[max(0, index - _LOOKBACK) : index]):
            if entity.kind in _PEOPLE and entity.role and _heads(entity.role, offices):
                return entity.id
        return None

    def _by_role(self, speaker: Span) -> str | None:
        wanted = content_words(speaker.text)
        if not wanted or speaker.text.split()[-1].lower() in _BODIES:
            return None
        if not wanted <= self._role_words():
            return None  # no person's role has all these words: the look back finds none
        index = bisect.bisect_left(self.starts, speaker.start)
        for _start, _end, entity in reversed(self.mentions[max(0, index - _LOOKBACK) : index]):
            if entity.kind in _PEOPLE and entity.role and wanted <= content_words(entity.role):
                return entity.id
        return None

    def _role_words(self) -> frozenset[str]:
        """The content words of every person's role (computed on the first look back by
        role, which most speaker phrases never need)."""
        if self._all_role_words is None:
            words: set[str] = set()
            for entity in self._entities:
                if entity.kind in _PEOPLE and entity.role:
                    words |= content_words(entity.role)
            self._all_role_words = frozenset(words)
        return self._all_role_words

    def _by_description(self, words: list[str], offset: int) -> str | None:
        """``the ministry``, ``a company spokesperson``: the organization of that type named
        last before ``offset``."""
        lowered = [w.lower().removesuffix("'s") for w in words]
        types = next((_DESCRIPTIONS[w] for w in lowered if w in _DESCRIPTIONS), None)
        if types is None:
            return None
        index = bisect.bisect_left(self.starts, offset)
        for start, _end, entity in reversed(self.mentions[max(0, index - _LOOKBACK) : index]):
            if entity.kind == "organization" and entity.attributes.get("type") in types:
                return self._subject_of_type(start, types) or entity.id
        return None

    def _press_office(self, words: list[str], offset: int) -> str | None:
        """``the press service``, ``a spokesperson``: an unnamed voice of the organization
        that the sentence naming the latest organization (this or the previous paragraph)
        opens with: ``X denied the reports. "...," the press service said.``"""
        lowered = [w.lower().strip(",.") for w in words]
        if not lowered or lowered[-1] not in _PRESS_HEADS:
            return None
        if lowered[-1] in _BODIES and "press" not in lowered:
            return None
        if any(w[:1].isupper() for w in words if w.lower() not in _ARTICLES):
            return None  # a named office (``the Kremlin press service``) resolves by name
        floor = self._previous_paragraph_floor(offset)
        index = bisect.bisect_left(self.starts, offset)
        for start, _end, entity in reversed(self.mentions[max(0, index - _LOOKBACK) : index]):
            if start < floor:
                break
            if entity.kind == "organization":
                return self._first_organization(start) or entity.id
        return None

    def _first_organization(self, offset: int) -> str | None:
        """The first organization named in the sentence that holds ``offset``."""
        sentence = self._sentence_at(offset) if self._sentence_at is not None else None
        if sentence is None:
            return None
        lo = bisect.bisect_left(self.starts, sentence.start)
        for start, _end, entity in self.mentions[lo : lo + _LOOKBACK]:
            if start > offset:
                break
            if entity.kind == "organization":
                return entity.id
        return None

    def _subject_of_type(self, offset: int, types: frozenset[str]) -> str | None:
        """The first organization of ``types`` in the sentence naming one at ``offset``:
        ``Arex denied a deal with Ukroboronprom. "...," a company spokesman said`` is Arex's."""
        sentence = self._sentence_at(offset) if self._sentence_at is not None else None
        if sentence is None:
            return None
        lo = bisect.bisect_left(self.starts, sentence.start)
        for start, _end, entity in self.mentions[lo : lo + _LOOKBACK]:
            if start >= offset:
                break
            if entity.kind == "organization" and entity.attributes.get("type") in types:
                return entity.id
        return None


def _opens_at(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a quotation (by its sorted start offsets) opens in ``[lo, hi)``."""
    at = bisect.bisect_left(starts, lo)
    return at < len(starts) and starts[at] < hi


def _interview_answers(
    ctx: ExtractionContext, resolver: SpeakerResolver, quoted: list[Span]
) -> list[Claim]:
    """``Melnyk: We have about 400 people...``: a paragraph opened by a person's name and a
    colon is that person's answer in an interview."""
    text = ctx.text
    out: list[Claim] = []
    quote_starts = sorted(q.start for q in quoted)
    for paragraph in ctx.article.paragraphs:
        colon = text.find(": ", paragraph.start, paragraph.start + _INTERVIEW_LABEL)
        if colon < 0:
            continue
        label = text[paragraph.start : colon]
        words = label.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        if "\n" in label or _opens_at(quote_starts, colon + 1, colon + 4):
            continue  # ``Shmyhal: "We will..."``: the quotation itself is the claim
        speaker_span = Span.of(text, paragraph.start, colon)
        speaker = resolver.resolve(speaker_span)
        if speaker is None and label.isupper():
            # a transcript's speaker label in capitals: ``KUBILIUS: It is real...``
            speaker = resolver.resolve_words(label.title(), speaker_span.start)
        if speaker is None or not speaker.startswith("person/"):
            continue
        content = Span.of(text, colon + 2, paragraph.end)
        evidence = Span.of(text, paragraph.start, paragraph.end)
        out.append(_quote_claim(text, content, evidence, speaker, label))
    return out


def _quote_claim(text: str, content: Span, evidence: Span, speaker: str, label: str) -> Claim:
    """An interview answer (or an interview's headline quotation) as a quote claim."""
    return Claim(
        id=stable_id(PLUGIN, "quote", evidence.start, evidence.end, speaker),
        kind="quote",
        modality="fact",
        evidence=evidence,
        speaker=speaker,
        quote=content,
        confidence=0.8,
        attributes={"speaker_text": label, "interview": True},
    )


def _interviewee(ctx: ExtractionContext, resolver: SpeakerResolver) -> str | None:
    """The person a ``Q:``/``A:`` interview is with: the last person named in the introduction,
    which must say it is an interview (an explainer's FAQ answers belong to nobody)."""
    if not ctx.article.faq:
        return None
    first_question = ctx.article.faq[0].question.start
    floor = max(0, first_question - _INTRO_WINDOW)
    intro = ctx.text[floor:first_question].lower()
    if not any(cue in intro for cue in _INTERVIEW_CUES):
        return None
    return resolver.last_person_in(floor, first_question)


def _headline_quote(text: str, heading: Span) -> Span | None:
    """The quotation opening a headline: ``“We sell licences”: X on Y``."""
    if heading.text[:1] not in _OPENING_MARKS:
        return None
    close = next((i for i, ch in enumerate(heading.text[1:], 1) if ch in _CLOSING_MARKS), -1)
    if close < 2:
        return None
    return Span.of(text, heading.start + 1, heading.start + close)


def _faq_answers(ctx: ExtractionContext, resolver: SpeakerResolver) -> list[Claim]:
    """The ``A:`` answers of an interview, and a quotation heading it, are the interviewee's."""
    speaker = _interviewee(ctx, resolver)
    if speaker is None:
        return []
    text = ctx.text
    first_question = ctx.article.faq[0].question.start
    out: list[Claim] = []
    for heading in ctx.article.headings:
        content = _headline_quote(text, heading) if heading.start < first_question else None
        if content is not None:
            out.append(_quote_claim(text, content, heading, speaker, "headline"))
    for pair in ctx.article.faq:
        out.append(_quote_claim(text, pair.answer, pair.answer, speaker, "A"))
    return out


_PERSONAL_PRONOUNS = frozenset(["he", "she"])


def _may_say(speaker: str, verb: str) -> bool:
    """Whether the entity ``speaker`` reports what the verb says: a country's wish (``Kyiv
    hopes that ...``) and a body's request are not anybody's words."""
    words = verb.lower().split()
    last = words[-1] if words else ""
    if last in _HOPES:
        return not speaker.startswith("country/")
    if last in _REQUESTS:
        return speaker.startswith("person/")
    return True


def _pronoun_clause(clause: Span | None) -> bool:
    """Whether an attribution clause names its speaker by ``he`` or ``she``."""
    if clause is None:
        return False
    words = clause.text.lower().replace(",", " ").split()
    return bool(words) and (words[0] in _PERSONAL_PRONOUNS or words[-1] in _PERSONAL_PRONOUNS)


def _cover(text: str, span: Span, other: Span | None) -> Span:
    """The span from the first to the last character of ``span`` and ``other``."""
    if other is None:
        return Span.of(text, span.start, span.end)
    return Span.of(text, min(span.start, other.start), max(span.end, other.end))


def claims(
    ctx: ExtractionContext, entities: tuple[Entity, ...], config: Mapping[str, Any]
) -> list[Claim]:
    """Quote and statement claims whose speaker is an entity of the article."""
    text = ctx.text
    resolver = SpeakerResolver(text, entities, ctx.sentence_at)
    out: list[Claim] = []
    quoted: list[Span] = []
    for quote in ctx.quotes():
        quoted.append(quote.span)
        if quote.continues:
            continue  # the second part of a quotation split by its attribution
        confidence = 0.9 if quote.attribution is not None else 0.7
        speaker = resolver.resolve(quote.speaker) if quote.speaker is not None else None
        pronoun = _pronoun_clause(quote.attribution)
        if pronoun and (speaker is None or not speaker.startswith("person/")):
            # ``he told`` stands for a person, not the company or the unresolved subject
            # (``The army received ...``) named before; else the latest person named
            speaker = resolver.latest_person_before(quote.span.start)
        elif quote.speaker is None:
            sentence = ctx.sentence_at(quote.span.start)
            if sentence is not None:
                speaker = resolver.in_sentence(sentence, quote.span)
                confidence = 0.6
        if speaker is None:
            continue
        evidence = _cover(text, quote.span, quote.attribution)
        out.append(
            Claim(
                id=stable_id(PLUGIN, "quote", evidence.start, evidence.end, speaker),
                kind="quote",
                modality="fact",
                evidence=evidence,
                speaker=speaker,
                quote=quote.content,
                confidence=confidence,
                attributes={
                    "speaker_text": quote.speaker.text if quote.speaker else None,
                    "speaker_is_role": bool(quote.speaker_is_role),
                },
            )
        )
    out.extend(_interview_answers(ctx, resolver, quoted))
    out.extend(_faq_answers(ctx, resolver))
    for statement in ctx.statements():
        speaker = resolver.resolve(statement.speaker) or resolver.by_capital(statement.speaker)
        if speaker is not None and statement.pronoun:
            # a pronoun stands for the subject of the sentence naming the latest person
            named = resolver.latest_mention_before(statement.speaker.start)
            sentence = ctx.sentence_at(named) if named is not None else None
            if sentence is not None:
                speaker = resolver.sentence_subject(speaker, sentence)
        if speaker is None or not _may_say(speaker, statement.verb.text):
            continue
        evidence = statement.evidence
        cue = ctx.modality(statement.content.start, statement.content.end)
        attributes: dict[str, Any] = {
            "speaker_text": statement.speaker.text,
            "verb": statement.verb.text,
            "content": statement.content.text,
        }
        if cue.cue is not None:
            attributes["modality_cue"] = cue.cue.text
        out.append(
            Claim(
                id=stable_id(PLUGIN, "statement", evidence.start, evidence.end, speaker),
                kind="statement",
                modality=cue.modality,
                evidence=evidence,
                speaker=speaker,
                confidence=0.8,
                attributes=attributes,
            )
        )
    return out
