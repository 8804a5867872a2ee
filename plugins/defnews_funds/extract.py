"""Fund entities and fund claims for one article.

Entities: every named fund the gazetteer finds (kind ``fund``, canonical id from the data);
every described fund and money pool (`.described`) that is not inside another known name
(the International Monetary Fund is an organization), does not just restate a named fund of
its sentence ("SAFE ... up to €150 billion in long-term loans") and is not the financing source
of a fund in its sentence; every sum of money a funding verb gives a purpose ("allocated UAH
150 million to ...", `.money_verbs`) unless another fund stands next to it; and later
references ("the fund", "this facility", "the scheme") to the latest fund before them. A bare
description ("this new tranche") is the latest fund with the same head; a shorter description
that ends a longer one ("innovation fund" in a headline, "Defence Innovation Fund" in the text)
is the longer one.

Claims: one ``fund`` claim per fund entity, from the mention whose sentence says most about it:
a financing source counts most, then a sum of money next to the name, then the fund standing
as subject; a headline counts against, a question is never used; ties go to the first
mention. The claim carries the fund as ``subject``, its owners as ``parties``
(`.owners`), the financing source (`.financing`) in ``attributes["financing"]`` and
``attributes["financing_span"]``, the nearest sum of money and time in the clause, and a
status from the core modality of the clause that introduces the fund -- its first mention
that is neither a headline, a question nor a bare "the fund" -- since that is where the text
says whether the fund exists, is planned or is only considered (a fact is ``active``; see
`_status`). A sum or a grant takes its status from the verb that gives it; a fund the text only
applies for, seeks or is in talks on is ``considered``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Protocol, TypeVar

from defnews import Amount, Claim, Entity, Span, TimeRef, stable_id
from defnews.text.ranges import Ranges, words
from defnews_funds.described import Described, find_described, pool_assets, slug
from defnews_funds.financing import financing_after
from defnews_funds.money_verbs import allocation_at, find_allocations, grant_status
from defnews_funds.owners import Actors, owner_ids
from defnews_funds.starts import word_starts

if TYPE_CHECKING:
    from defnews.context import ExtractionContext
    from defnews.gazetteer import GazetteerMatch
    from defnews.text import ModalityCue

__all__ = ["EXTRACTOR", "find_fund_claims", "find_fund_entities"]

EXTRACTOR = "funds"

_ANY_FUND = frozenset({"scheme", "initiative", "mechanism"})
_MONEY = "money"
"""The kind of a sum a funding verb makes a fund (`.money_verbs`)."""
_VERB_KINDS = frozenset({_MONEY, "grant"})
"""Kinds whose status is the verb that gives the money, and that "the fund" never means."""
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:(?:while|whereas|but|although|though)\b"
    r"|and\s+(?=(?:the|a|an|its|their|this|it|they|[A-Z][\w'’-]*)\b))"
    r"|\s(?:[—–]\s|\s*but\s+)"
)
"""A semicolon, a dash between spaces, ", while", " but ", ", and the...": the branches
grouped by their first character, so that each offset tries one group."""
_CLAUSE_REACH = 400
_BORROWED_HEADS = frozenset({"loan", "package", "tranche"})
_STATUS = {"fact": "active"}
_REACH = 1500
"""How far back (in characters) a reference may point."""


class _Found(NamedTuple):
    start: int
    end: int
    np_start: int
    entity_id: str
    name: str
    kind: str


def _is_question(sentence: Span) -> bool:
    return sentence.text.rstrip(" \"'”’»)").endswith("?")


def _clashes(described: Described, known: Ranges[str], named: Ranges[str]) -> bool:
    """Whether a known name holds the phrase's head ("International Monetary Fund") or a named
    fund sits inside the phrase ("the first SAFE loan agreements")."""
    if named.within(described.np_start, described.end):
        return True
    if known.overlaps(described.head_start, described.end):
        return True
    return any(
        lo < described.np_start
        for lo, _hi in known.spans_overlapping(described.np_start, described.end)
    )


def _in_named_sentence(ctx: ExtractionContext, named: Ranges[str], described: Described) -> bool:
    """Whether a loan, package or tranche shares its sentence with a named fund ("a $15.6
    billion loan for Ukraine under its Extended Fund Facility")."""
    sentence = ctx.sentence_at(described.start)
    if sentence is None:
        return False
    return bool(named.within(sentence.start, sentence.end))


def _mentions(ctx: ExtractionContext) -> list[_Found]:
    """Every fund mention: named, described, and back-references."""
    text = ctx.text
    named: list[_Found] = []
    others: list[GazetteerMatch] = []
    for m in ctx.gazetteer_matches():
        if m.entry.kind == "fund":
            named.append(
                _Found(m.span.start, m.span.end, m.span.start, m.entry.id, m.entry.name, "named")
            )
        else:
            others.append(m)
    named_at: Ranges[str] = Ranges((f.start, f.end, f.entity_id) for f in named)
    found = named + _described(ctx, named_at, others)
    found += _allocations(ctx, Ranges((f.start, f.end, f.entity_id) for f in found))
    found.sort(key=_text_order)
    kept: list[_Found] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            continue  # nested in a longer phrase
        kept.append(item)
    references = _back_references(text)
    # "the fund would be financed from the state budget": a back-reference's source counts too
    anchors = [f for f in _with_back_references(text, kept, references) if f.kind == "ref"]
    kept = _without_sources(ctx, kept, anchors)
    return _with_back_references(text, _merge_short_forms(kept), references)


def _described(
    ctx: ExtractionContext, named_at: Ranges[str], others: list[GazetteerMatch]
) -> list[_Found]:
    """The described funds that no known name holds, with their entity ids (``others``: the
    gazetteer matches that are not funds, indexed only when some description needs them)."""
    found: list[_Found] = []
    descriptions = find_described(ctx.text)
    if not descriptions:
        return found
    known: Ranges[str] = Ranges((m.span.start, m.span.end, m.entry.id) for m in others)
    latest_by_kind: dict[str, _Found] = {}
    for described in descriptions:
        if described.end <= described.start or _clashes(described, known, named_at):
            continue
        if described.kind in _BORROWED_HEADS and _in_named_sentence(ctx, named_at, described):
            continue  # "SAFE ... offers up to €150 billion in long-term loans": SAFE itself
        entity_id = f"fund/{described.slug}"
        earlier = latest_by_kind.get(described.kind)
        if described.bare and earlier is not None and described.start - earlier.end < _REACH:
            entity_id = earlier.entity_id  # "this new tranche": the tranche just reported
        item = _Found(
            described.start,
            described.end,
            described.np_start,
            entity_id,
            described.name,
            described.kind,
        )
        latest_by_kind[described.kind] = item
        found.append(item)
    return found


_NEAR_BEFORE = 25
_NEAR_AFTER = 80
"""How close to its verb and sum a fund makes the sum that fund's money, not a fund of its own
("allocated €500 million under the European Peace Facility")."""
_CURRENCY_WORD = re.compile(
    r"\s*(?:(?:Swedish|Norwegian|Danish|Czech|Polish|Ukrainian)\s+)?"
    r"(?:kronor|kroner|krona|koruna|korun|zloty|zlotys|hryvnias?|hryvnyas?)\b",
    re.IGNORECASE,
)
"""Currencies the core may leave as bare numbers ("500 million kronor")."""


def _money(ctx: ExtractionContext) -> list[tuple[int, int]]:
    """Spans of the sums of money in the article, with a currency the core does not know."""
    text = ctx.text
    spans: list[tuple[int, int]] = []
    for q in ctx.quantities():
        if q.currency is not None:
            spans.append((q.start, q.end))
        elif not q.unit:
            word = _CURRENCY_WORD.match(text, q.end, q.end + 30)
            if word is not None:
                spans.append((q.start, word.end()))
    return spans


def _allocations(ctx: ExtractionContext, funds: Ranges[str]) -> list[_Found]:
    """Sums of money a funding verb gives a purpose ("allocated UAH 150 million to ..."), unless
    another fund stands next to the verb and the sum, or the sentence is a question or a
    headline."""
    text = ctx.text
    found: list[_Found] = []
    headings: Ranges[None] = Ranges((h.start, h.end, None) for h in ctx.article.headings)
    for item in find_allocations(text, _money(ctx)):
        sentence = ctx.sentence_at(item.start)
        if sentence is None or _is_question(sentence):
            continue
        if headings.overlaps(item.start, item.end) or _is_headline(sentence):
            continue
        lo = max(sentence.start, min(item.start, item.cue[0]) - _NEAR_BEFORE)
        hi = min(sentence.end, max(item.end, item.cue[1]) + _NEAR_AFTER)
        if funds.overlaps(lo, hi):
            continue
        entity_id = f"fund/{slug(item.name)}"
        found.append(_Found(item.start, item.end, item.start, entity_id, item.name, _MONEY))
    return found


def _is_headline(sentence: Span) -> bool:
    """A line that does not end as a sentence does: a title, not a report."""
    return not sentence.text.rstrip().endswith(_HEADLINE_END)


def _merge_short_forms(found: list[_Found]) -> list[_Found]:
    """A shorter description that ends a longer one with the same head is the same fund."""
    kinds = {f.entity_id: f.kind for f in found if f.kind not in ("named", "ref")}
    by_tail: dict[tuple[str, str], list[str]] = {}  # every "-word-word" ending, in id order
    for other, kind in kinds.items():
        slug_text = other.removeprefix("fund/")
        at = slug_text.find("-")
        while at >= 0:
            by_tail.setdefault((kind, slug_text[at:]), []).append(other)
            at = slug_text.find("-", at + 1)
    longer: dict[str, str] = {}
    for short, kind in sorted(kinds.items()):
        matches = by_tail.get((kind, "-" + short.removeprefix("fund/")))
        if matches:
            longer[short] = min(matches, key=len)
    if not longer:
        return found
    return [f._replace(entity_id=longer.get(f.entity_id, f.entity_id)) for f in found]


def _without_sources(
    ctx: ExtractionContext, found: list[_Found], anchors: Sequence[_Found] = ()
) -> list[_Found]:
    """Drop described phrases that only name where another fund's money comes from, and the
    other mentions of a money pool that is such a source ("financed from the windfall profits
    of immobilised Russian assets" ... "A: From the windfall profits of ...")."""
    text = ctx.text
    sources: list[tuple[int, int, None]] = []
    for item in (*found, *anchors):
        sentence = ctx.sentence_at(item.start)
        if sentence is not None:
            span = financing_after(text, item.end, min(sentence.end, item.end + _CLAUSE_REACH))
            if span is not None:
                sources.append((span[0], span[1], None))
    if not sources:
        return found
    inside: Ranges[None] = Ranges(sources)
    dropped = {f.entity_id for f in found if f.kind != "named" and inside.overlaps(f.start, f.end)}

    def keep(item: _Found) -> bool:
        if item.kind == "named":
            return True
        if inside.overlaps(item.start, item.end):
            return False
        return not (item.kind == "pool" and item.entity_id in dropped)  # the same pool again

    return [f for f in found if keep(f)]


class _Reference(NamedTuple):
    start: int  # the determiner
    noun_start: int
    end: int
    noun: str


_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")
_REFERENCE_NOUN = re.compile(
    r"(?:fund|facility|instrument|loan|scheme|initiative|mechanism|programme|program)\b"
)


def _back_references(text: str) -> list[_Reference]:
    """ "The fund", "this facility": tried only where a keyword of the plugin starts a word."""
    found: list[_Reference] = []
    match_noun = _REFERENCE_NOUN.match
    for at in word_starts(text):
        noun = match_noun(text, at)
        if noun is None:
            continue
        determiner = _DETERMINER_BEFORE.search(text, max(0, at - 12), at)
        if determiner is not None:
            found.append(_Reference(determiner.start(), at, noun.end(), noun.group()))
    return found


def _with_back_references(
    text: str, found: list[_Found], references: Sequence[_Reference] | None = None
) -> list[_Found]:
    """Add "the fund", "this facility", "the scheme" as mentions of the latest fund.

    ``found`` is in text order and its mentions do not overlap (nested ones are dropped
    before), so the only one that can hold an offset is the last one starting at or before
    it. ``references``: `_back_references` of ``text``, when the caller has them already.
    """
    if not found:
        return found
    if references is None:
        references = _back_references(text)
    starts = [f.start for f in found]
    extra: list[_Found] = []
    index = -1
    for ref in references:
        holder = bisect_right(starts, ref.noun_start) - 1
        if holder >= 0 and ref.noun_start < found[holder].end:
            continue  # part of a longer phrase
        while index + 1 < len(found) and found[index + 1].start < ref.start:
            index += 1
        back = index
        while back >= 0 and ref.start - found[back].end <= _REACH:
            target = found[back]
            if target.kind in _VERB_KINDS:
                back -= 1
                continue
            if ref.noun in _ANY_FUND or ref.noun in target.name.lower():
                extra.append(
                    _Found(ref.noun_start, ref.end, ref.start, target.entity_id, target.name, "ref")
                )
                break
            back -= 1
    return sorted(found + extra, key=_text_order)


def _text_order(found: _Found) -> tuple[int, int]:
    """Mentions in text order, a longer one before a shorter one at the same offset."""
    return found.start, -found.end


def _spans(ctx: ExtractionContext, items: list[_Found]) -> Any:
    """The mentions of one fund (typed loosely for the attrs converter of ``Entity``)."""
    return [ctx.span(i.start, i.end) for i in items]


def find_fund_entities(ctx: ExtractionContext, config: Mapping[str, Any]) -> list[Entity]:
    """The fund entities of one article."""
    by_id: dict[str, list[_Found]] = {}
    for item in _mentions(ctx):
        by_id.setdefault(item.entity_id, []).append(item)
    entities: list[Entity] = []
    for entity_id, items in by_id.items():
        first = next((i for i in items if i.kind != "ref"), items[0])
        entry = ctx.gazetteer.get(entity_id) if first.kind == "named" else None
        attributes: dict[str, Any] = {"described": entry is None}
        if entry is None:
            attributes["head"] = first.kind
        else:
            attributes.update(dict(entry.attributes))
        entities.append(
            Entity(
                id=entity_id,
                kind="fund",
                name=entry.name if entry is not None else first.name,
                mentions=_spans(ctx, items),
                confidence=0.95 if entry is not None else 0.7,
                attributes=attributes,
            )
        )
    return entities


def _clause(text: str, sentence: Span, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` around ``start..end``, at most a few hundred characters."""
    left = max(sentence.start, start - _CLAUSE_REACH)
    right = min(sentence.end, end + _CLAUSE_REACH)
    for found in _CLAUSE_BREAK.finditer(text, left, right):
        if found.end() <= start:
            left = found.end()
        elif found.start() >= end:
            right = found.start()
            break
    while left < right and text[left].isspace():
        left += 1
    while right > left and (text[right - 1].isspace() or text[right - 1] in ".,;:"):
        right -= 1
    return left, right


def _nearest(values: _ByStart[Any], lo: int, hi: int, start: int, end: int, limit: int) -> Any:
    """The value inside ``lo..hi`` closest to ``start..end`` and at most ``limit`` away."""
    best = None
    best_gap = limit + 1
    for value in values.within(lo, hi):
        if value.end > hi:
            continue
        gap = max(0, value.start - end, start - value.end)
        if gap < best_gap:
            best, best_gap = value, gap
    return best


class _Candidate(NamedTuple):
    score: int
    mention: Span
    np_start: int
    clause: tuple[int, int]
    financing: tuple[int, int] | None
    amount: Amount | None
    plain: bool
    """Not a headline, a question or a bare back-reference: a statement about the fund."""


_HEADLINE_END = (".", "!", "?", "…", '"', "”", "’", "'", ")")
_DETERMINERS = ("the ", "an ", "a ", "the “", "a “", 'a "', 'the "', "its ", "their ")
_MAX_AMOUNT_GAP = 80
_REFERENCE_WORDS = words(
    """
    fund facility instrument loan scheme initiative mechanism programme program
    """
)


class _Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_L = TypeVar("_L", bound=_Located)
_START_END = attrgetter("start", "end")


class _ByStart(Generic[_L]):
    """Items sorted by ``(start, end)`` for `Ranges.within`-style lookups, built with one sort
    and no Python loop per item (sums of money and times are many; few are looked up)."""

    def __init__(self, items: Iterable[_L]) -> None:
        self._items = sorted(items, key=_START_END)
        self._starts = [item.start for item in self._items]

    def within(self, start: int, end: int) -> list[_L]:
        """Items that start inside ``start..end``, in order."""
        starts = self._starts
        return self._items[bisect_left(starts, start) : bisect_left(starts, end)]


class _Article:
    """Per-article lookups shared by the funds."""

    def __init__(self, ctx: ExtractionContext, entities: tuple[Entity, ...]) -> None:
        self.ctx = ctx
        money = [q for q in ctx.quantities() if q.currency is not None]
        self.money: _ByStart[Amount] = _ByStart(money)
        self.times: _ByStart[TimeRef] = _ByStart(ctx.times())
        self.headings: Ranges[Span] = Ranges((h.start, h.end, h) for h in ctx.article.headings)
        self.actors = Actors(ctx.text, entities, [(q.start, q.end) for q in money])


def _candidate(art: _Article, fund: Entity, mention: Span) -> _Candidate | None:
    """What one mention's sentence says about the fund, with a score for how much."""
    ctx = art.ctx
    text = ctx.text
    sentence = ctx.sentence_at(mention.start)
    if sentence is None:
        return None
    np_start = mention.start
    lead = text[max(sentence.start, mention.start - 6) : mention.start].lower()
    if lead.endswith(_DETERMINERS):  # then the first that fits, as listed
        for determiner in _DETERMINERS:
            if lead.endswith(determiner):
                np_start = mention.start - len(determiner)
                break
    clause = _clause(text, sentence, np_start, mention.end)
    financing = financing_after(text, mention.end, clause[1])
    if financing is None and fund.attributes.get("head") == "pool":
        financing = pool_assets(text, mention.start, mention.end)
    amount = _nearest(art.money, clause[0], clause[1], np_start, mention.end, _MAX_AMOUNT_GAP)
    headline = art.headings.at(mention.start) is not None or not (
        sentence.text.rstrip().endswith(_HEADLINE_END)
    )
    subject = len(text[clause[0] : np_start].split()) <= 2
    reference = mention.text.lower() in _REFERENCE_WORDS
    full_name = mention.text == fund.name
    score = 3 * (financing is not None) + (amount is not None) + subject + full_name
    score -= 3 * headline
    question = _is_question(sentence)
    score -= reference + 5 * question
    plain = not (headline or reference or question)
    return _Candidate(score, mention, np_start, clause, financing, amount, plain)


_GOVERNS = re.compile(
    r"\b(?:propos\w*|consider\w*|plan\w*|creat\w*|set(?:ting)?\s+up|establish\w*|launch\w*"
    r"|introduc\w*|discuss\w*|negotiat\w*|present\w*|unveil\w*|(?:would|will)\s+open)"
    r"(?:\s+[\w’'$€£-][\w’'.,-]*){0,7}\s+$",
    re.IGNORECASE,
)


class _Cue(NamedTuple):
    """A modality decided by the plugin's own fund cues, shaped like the core's cue."""

    modality: str
    cue: Span | None


def _status(ctx: ExtractionContext, best: _Candidate, described: bool) -> ModalityCue | _Cue:
    """The modality cue of a fund claim.

    A described fund takes the modality of its clause ("a special defense fund will be
    created"). A named fund exists: it takes a modality only from words right before its name
    that create, propose or weigh it ("proposed to set up the ...", "would present a second
    call under its ..."), and is otherwise a fact.
    """
    text = ctx.text
    window = max(best.clause[0], best.np_start - 60)
    seeking = _SEEKING.search(text, max(best.clause[0], best.np_start - 80), best.np_start)
    if seeking is not None and not _UNDER.search(text, seeking.end(1), best.np_start):
        # "applied for a loan from ...", "talks were under way on a fund"; but "applied for
        # support under the SAFE programme": the programme exists
        return _Cue(modality="considered", cue=ctx.span(*seeking.span(1)))
    if described:
        lead = _PREPARING.search(text, window, best.np_start)
        if lead is not None:  # "Vilnius and Kyiv are preparing a new defence fund"
            return _Cue(modality="planned", cue=ctx.span(*lead.span(1)))
        means = _MEANS_BEFORE.search(text, window, best.np_start)
        if means is not None and _FROM_LENDER.match(text, best.mention.end, best.clause[1]):
            # "paid for with a loan from UK Export Finance": a named lender's loan that pays
            return _Cue(modality="fact", cue=ctx.span(*means.span(1)))
        aside = _SETTLED_ASIDE.match(text, best.mention.end, best.clause[1])
        if aside is not None:  # "The EU's loan ..., agreed by leaders in December, ..."
            return _Cue(modality="fact", cue=ctx.span(*aside.span(1)))
        return _modality(ctx, *best.clause)
    after = _DEBATED_AFTER.match(text, best.mention.end, best.clause[1])
    if after is not None:  # "EDIP, was proposed a year ago and is still stuck in negotiations"
        return _Cue(modality="considered", cue=ctx.span(*after.span(1)))
    if _GOVERNS.search(ctx.text, window, best.np_start):
        return _modality(ctx, window, best.mention.end)
    return ctx.modality(best.mention.start, best.mention.start)


_SEEKING = re.compile(
    r"\b((?:appl(?:y|ies|ied|ying)|asked|asking|bidding|lobbying)\s+for|seek(?:s|ing)?|sought"
    r"|request(?:s|ed|ing)?|(?:talks|negotiations)\s+(?:(?:were|are|is|was)\s+)?"
    r"(?:under\s+way\s+|underway\s+|continue\s+)?(?:on|about|over|for))"
    r"(?:\s+[\w’'$€£-][\w’'.,-]*){0,8}\s+$",
    re.IGNORECASE,
)
"""Words that ask for money not yet given: the fund after them is only considered."""
_UNDER = re.compile(r"\bunder\b", re.IGNORECASE)
_PREPARING = re.compile(
    r"\b((?:is|are|was|were|be|been)\s+(?:also\s+|now\s+|still\s+)?(?:preparing|drafting|designing"
    r"|working\s+on|setting\s+up|creating|establishing))(?:\s+[\w’'-]+){0,5}\s+$",
    re.IGNORECASE,
)
_MEANS_BEFORE = re.compile(
    r"\b((?:paid\s+for|financed|funded|bankrolled|covered)\s+(?:with|by|through|from|out\s+of))"
    r"\s+(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)
_FROM_LENDER = re.compile(r"\s+from\s+(?:the\s+)?[A-Z]")
_SETTLED_ASIDE = re.compile(
    r"(?:\s+[^,;.]{0,80})?,\s+((?:agreed|approved|adopted|endorsed|set\s+up|established"
    r"|created|launched)\b)[^,;]{0,100},",
    re.IGNORECASE,
)
_DEBATED_AFTER = re.compile(
    r"[^.;]{0,40}?\b((?:was|were|has\s+been|have\s+been)\s+(?:first\s+)?proposed"
    r"|(?:is|are)\s+(?:still\s+)?(?:stuck\s+in|under|in)\s+negotiations?"
    r"|(?:is|are)\s+(?:still\s+)?being\s+(?:negotiated|discussed|debated))\b",
    re.IGNORECASE,
)
_ALLOCATED_FROM = re.compile(
    r"\b(?:allocated|earmarked)\b(?:[^.;:!?]|\.(?=\d)){0,80}?\b(?:from|out\s+of)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
_PARENTHETICAL = re.compile(
    r",\s+(?:(?:[a-z]+ed|set\s+up|known\s+as|announced|agreed|signed)\b)[^,;]{0,100},"
)


def _allocated_from(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in "allocated from the ..." (`_ALLOCATED_FROM`); tried
    only when the lower-cased window has one of its verbs (every character that matches one of
    their letters when case is ignored lower-cases to that letter)."""
    window = text[start:end].lower()
    if "allocated" not in window and "earmarked" not in window:
        return False
    return _ALLOCATED_FROM.search(text, start, end) is not None


def _modality(ctx: ExtractionContext, start: int, end: int) -> ModalityCue:
    """The core modality of ``start..end``, read past a parenthetical participle ("A package
    from a group of countries, announced in the spring, is being spent...")."""
    cue = ctx.modality(start, end)
    if cue.cue is None:
        return cue
    for aside in _PARENTHETICAL.finditer(ctx.text, start, end):
        if aside.start() <= cue.cue.start < aside.end():
            return ctx.modality(aside.end(), end)
    return cue


_MODALITY = {"allocated": "fact", "approved": "fact"}


def _given(text: str, fund: Entity, mention: Span) -> tuple[str, tuple[int, int]] | None:
    """The status and cue of a fund made by a verb of giving: a sum or a grant."""
    head = fund.attributes.get("head")
    if head == "grant":
        return grant_status(text, mention.start, mention.end)
    if head == _MONEY:
        allocation = allocation_at(text, mention.start, mention.end)
        return None if allocation is None else (allocation.status, allocation.cue)
    return None


def _claim(art: _Article, fund: Entity, best: _Candidate, intro: _Candidate) -> Claim:
    ctx = art.ctx
    text = ctx.text
    described = bool(fund.attributes.get("described"))
    paragraph = ctx.paragraph_at(best.mention.start)
    parties, owner_rule = owner_ids(
        art.actors,
        ctx.gazetteer,
        fund.attributes,
        best.np_start,
        best.mention.end,
        best.clause[0],
        paragraph.start if paragraph is not None else best.clause[0],
    )
    cue = _status(ctx, intro, described)
    status = _STATUS.get(cue.modality, cue.modality)
    given = _given(text, fund, intro.mention)
    if given is not None:
        status, cue = given[0], _Cue(_MODALITY.get(given[0], given[0]), ctx.span(*given[1]))
    elif status == "active" and _allocated_from(
        text, max(intro.clause[0], intro.np_start - 120), intro.np_start
    ):
        status = "allocated"  # "UAH 3.5 billion has been allocated from the reserve fund"
    time = _nearest(
        art.times, best.clause[0], best.clause[1], best.mention.start, best.mention.end, 10**6
    )
    confidence = (0.6 if described else 0.8) + (0.1 if best.financing else 0.0)
    confidence += 0.05 if parties else 0.0
    attributes: dict[str, Any] = {
        "status": status,
        "owner_rule": owner_rule,
        "described": described,
    }
    if best.financing is not None:
        attributes["financing"] = text[best.financing[0] : best.financing[1]]
        attributes["financing_span"] = list(best.financing)
    elif isinstance(fund.attributes.get("financing"), str):
        attributes["financing_known"] = fund.attributes["financing"]
    if isinstance(fund.attributes.get("owner"), str):
        attributes["owner"] = fund.attributes["owner"]
    if cue.cue is not None:
        attributes["modality_cue"] = cue.cue.text
    evidence = ctx.span(*best.clause)
    return Claim(
        id=stable_id(EXTRACTOR, ctx.article.id, fund.id, evidence.start, evidence.end),
        kind="fund",
        modality=cue.modality,
        evidence=evidence,
        parties=parties,
        subject=fund.id,
        item=best.mention,
        amount=best.amount,
        time=time,
        confidence=round(min(confidence, 0.95), 2),
        attributes=attributes,
    )


def find_fund_claims(
    ctx: ExtractionContext, entities: tuple[Entity, ...], config: Mapping[str, Any]
) -> list[Claim]:
    """One fund claim per fund entity of the article."""
    funds = [e for e in entities if e.kind == "fund"]
    if not funds:
        return []
    art = _Article(ctx, entities)
    minimum = float(config.get("min_confidence", 0.0))
    claims: list[Claim] = []
    for fund in funds:
        candidates = [c for m in fund.mentions if (c := _candidate(art, fund, m)) is not None]
        if not candidates:
            continue
        best = max(candidates, key=lambda c: (c.score, -c.mention.start))
        intro = next((c for c in candidates if c.plain), best)
        claim = _claim(art, fund, best, intro)
        if claim.confidence >= minimum:
            claims.append(claim)
    return claims
