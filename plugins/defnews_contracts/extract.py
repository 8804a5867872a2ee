"""Contract claims: one per clause that names a deal with at least one party.

The steps, for each article:

1. find every deal cue (`.triggers`) and group the cues by clause (`.clauses`); a
   question ("Is the agency involved in...?") asserts nothing and is skipped;
2. take the clause's type from its most specific cue, and its item from the first cue that has
   one (`.subjects`);
3. collect the parties (`.parties`): actors named in the clause, a resolved subject ("the
   country", "the agency", "the two companies", "it" when a company speaks), and the speaker
   when the clause has no actor of its own;
4. keep the clause only if it names a real deal: at least one party outside the item, and a
   strong cue with a verb of dealing, an amount, an item or a partner, or a weak cue with the
   evidence it needs; a back-reference ("the deal", "its contracts") must say what it is about;
5. attach the status (core modality plus deal cues, `.status`), the amount and time from
   the core services, and the speaker from the core statements and quotes;
6. drop repeats: the same deal restated, and a headline whose deal the body reports.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from defnews import Amount, Claim, Entity, Span, TimeRef, stable_id
from defnews.text.ranges import Ranges
from defnews_contracts.clauses import Clauses
from defnews_contracts.hints import Hints, hint
from defnews_contracts.parties import ActorIndex, Mention, anaphor_before, pronoun_subject
from defnews_contracts.status import (
    clause_modality,
    has_own_signing,
    is_venture_apposition,
    status_of,
)
from defnews_contracts.subjects import (
    NOT_GOODS,
    NOT_THINGS,
    after_count,
    head_word,
    item_after,
    item_around,
    item_of_cue,
    process_item,
)
from defnews_contracts.triggers import PRIORITY, Trigger, find_triggers

if TYPE_CHECKING:
    from defnews.context import ExtractionContext

__all__ = ["EXTRACTOR", "find_contracts"]

EXTRACTOR = "contracts"

_DEAL_VERB = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclud\w*|agree[ds]?|agreeing|award\w*|w[io]n"
    r"|wins|placed?|plac(?:es|ing)|secur(?:e|es|ed|ing)|form(?:s|ed|ing)?|set(?:s|ting)?\s+up"
    r"|launch\w*|establish\w*|receiv\w*|negotiat\w*|discuss\w*|explor\w*|consider\w*|talks|expect\w*"
    r"|plan(?:s|ned|ning)?|announc\w*|den(?:y|ies|ied)|struck|strike|reach\w*|approv\w*"
    r"|finali[sz]\w*|seal\w*|extend\w*|renew\w*|clos(?:e|ed|es|ing)|under\s+consideration"
    r"|on\s+the\s+table|contracted|ordered|worth|valued|cover(?:s|ed|ing)?|foresees?"
    r"|commits?)\b",
    re.IGNORECASE,
)
_INTENT = re.compile(
    r"\b(?:build\w*|built|construct\w*|establish\w*|set(?:s|ting)?\s+up|open(?:s|ed|ing)?"
    r"|launch\w*|start\w*(?:\s+\w+)?\s+(?:production|assembly|output|manufacturing)"
    r"|locali[sz]\w*|plan(?:s|ned|ning)?|consider\w*|discuss\w*|agreed|invest\w*|expand\w*"
    r"|ready\s+to|intend\w*|aim(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
_INTENT_WORDS = hint(
    "buil",
    "construct",
    "establish",
    "set",
    "open",
    "launch",
    "start",
    "locali",
    "plan",
    "consider",
    "discuss",
    "agreed",
    "invest",
    "expand",
    "ready",
    "intend",
    "aim",
)
_DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|our|his|her|[\w-]+['’]s)\s+"
    r"(?:(?!(?:had|has|have|is|was|were|are|will|would|been|be|to|and|or)\s)[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*|several|numerous"
    r"|many|new|first|second|further|additional)\s+(?:[\w-]+\s+){0,2}$)",
    re.IGNORECASE,
)
_GROUP_SUBJECT = re.compile(
    r"\b(?:the|both)\s+(?:two\s+|three\s+)?(sides|parties|partners|companies|firms|countries"
    r"|governments)\b",
    re.IGNORECASE,
)
_VERB_FORMS = re.compile(
    r"(?:delivered|supplied|shipped|handed\s+over|transferred|bought|purchased|acquired|donated"
    r"|delivers|supplies|ordered|promised|pledged|hand(?:s|ing)?\s+over)$",
    re.IGNORECASE,
)
_TO_VERB = re.compile(
    r"\b(?:to|will|would|can|could|should|may|might|must|plans?\s+to)\s+$", re.IGNORECASE
)
_INVESTMENT_ITEM = re.compile(
    r"(?:(?:a|an|the|its|their|his|her|our|one|two|three|\d+|first|second|third)\s"
    r"|.*\bin\s+[A-Z])",
    re.IGNORECASE,
)
_NOT_AN_AMOUNT = frozenset({"percent", "%", "per cent", "mm", "cm", "km", "kg", "m", "calibre"})
_PARTICIPANTS = re.compile(
    r"^(?:\w+\s+)?(?:compan(?:y|ies)|countr(?:y|ies)|enterprises?|firms?|people|workers"
    r"|employees|partners?|members?|states?|nations?|allies|proposals?|projects?"
    r"|applications?|manufacturers?|producers?|brigades?|export\s+offices?|offices?)\b",
    re.IGNORECASE,
)
_TIME_UNITS = re.compile(r"^(?:years?|months?|weeks?|days?|hours?|-year|-month)", re.IGNORECASE)
_TOTAL = re.compile(r"(?:a\s+)?total\s+of\b", re.IGNORECASE)
_ITEM_WORD = re.compile(r"[A-Za-z]{3,}")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+([^,;.]{2,80})")
_NEAR = 200
"""How far before a clause to look for its attribution ("According to the ministry, ...")."""
_COMMAND = re.compile(r"\s+to\s+[a-z]")
_SIGNED_BY = re.compile(
    r",?\s+(?:was\s+|were\s+)?(?:signed|inked|sealed|concluded)\b[^,;]{0,80}?\bby\s",
    re.IGNORECASE,
)
_VENTURE_OF = re.compile(r"\s+(?:of|between)\s+(?:the\s+)?")
_WITH = re.compile(r"\s+(?:with|between)\s+(?:the\s+)?")
_LEADING_DETERMINER = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_GENERIC = re.compile(
    r"(?<!\bof\s)\b(?:each|every|all|any\s+future)\s+(?!(?:types?|kinds?|sorts?)\b)"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""A rule about deals in general ("each contract"), not "drones of all types were contracted"."""
_NUMBERED = re.compile(
    r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?\s+of"
    r"|several|numerous)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""A number of deals ("at least 10 new joint ventures"): a deal in view, whatever the verb."""
_HYPOTHETICAL = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_HYPOTHETICAL_WORDS = hint("if", "unless")
_GENERIC_WORDS = hint("each", "every", "all", "any")
_RECOMMENDED_WORDS = hint("must", "should", "ought")
_GROUP_WORDS = hint(
    "sides", "parties", "partners", "companies", "firms", "countries", "governments"
)
_WHETHER_WORDS = hint("whether")
_SIGNING_WORDS = hint("sign", "ink", "conclud", "award", "placed", "secured", "won", "agreed")
_PASSIVE_DEAL = re.compile(
    r"\b(?:have|has|had|was|were|is|are|been|be)\s+(?:\w+ly\s+)?(?:concluded|signed|awarded"
    r"|placed|agreed|inked)\b(?!\s+by\b)",
    re.IGNORECASE,
)
_SIGNING = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|award(?:s|ed|ing)?"
    r"|placed|secured|won|agreed)\b",
    re.IGNORECASE,
)
_OFFER = re.compile(
    r"\b(?:ready|willing|prepared|able|offer(?:s|ed|ing)?)\s+to\s+(?:\w+\s+)?$", re.IGNORECASE
)
_TO_RECIPIENT = re.compile(
    r"\s+to\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?=(?:more|less|over|about|some|up|nearly"
    r"|around|almost|several|dozens|hundreds|thousands|a|an|the|its)\b|\d)"
    r"|\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}with\s+(?=\S)"
)
"""A recipient before the object: "handed over to Ukraine 320 tanks", "supply Ukraine with
100,000 drones"."""
_BARE_RECIPIENT = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?=(?:more|over|about|some|up|nearly|around"
    r"|almost|several|dozens|hundreds|thousands|a|an|another|one|two|three|four|five|six"
    r"|seven|eight|nine|ten)\b|\d)"
)
"""A recipient right after a pledge: "promised Ukraine one million shells"."""
_PLEDGE = re.compile(r"promised|pledged", re.IGNORECASE)
_RECOMMENDED = re.compile(
    r"\b(?:must|should|ought\s+to)\s+(?:(?:not|also|now|finally|urgently)\s+)?(?:[\w-]+\s+){0,12}?"
    r"(?:sign|place|conclude|strike|award)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_APPEAL = re.compile(
    r"\b(?:call(?:s|ed|ing)?(?:\s+(?:on|upon))?|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to"
    r"|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|ask(?:s|ed|ing)?)\s+"
    r"(?:(?!(?:that|plans?|said|says|about|it|they|we)\b)[\w'’-]+\s+){0,4}?to\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_APPEAL_WORDS = hint("call", "urg", "appeal", "encourag", "invit", "ask")
_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)
_DELIBERATE = re.compile(
    r"\b(?:weigh\w*|consider\w*|discuss\w*|decid\w*|debat\w*|explor\w*|mull\w*|assess\w*"
    r"|stud(?:y|ies|ying)|analy[sz]\w*|examin\w*|deliberat\w*|talks?)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_HEADLINE_END = (".", "!", "?", "…", '"', "”", "’", "'", ")", ":")


class _Group(NamedTuple):
    lo: int
    hi: int
    sentence: Span
    triggers: list[Trigger]
    statement: Any


def _in_range(values: Sequence[Any], starts: list[int], lo: int, hi: int) -> list[Any]:
    index = bisect.bisect_left(starts, lo)
    out: list[Any] = []
    while index < len(values) and values[index].start < hi:
        if values[index].end <= hi:
            out.append(values[index])
        index += 1
    return out


def _nearest(values: Sequence[Any], anchor: int) -> Any:
    return min(values, key=lambda v: (abs(v.start - anchor), v.start), default=None)


_CURRENCY_WORDS = re.compile(
    r"(?:euros?|dollars?|hryvnias?|hryvnia|pounds?|kroner|krone|zlotys?|francs?)$", re.IGNORECASE
)


def _is_money(amount: Amount) -> bool:
    return amount.currency is not None or bool(_CURRENCY_WORDS.search(amount.unit or ""))


def _year_like(amount: Amount) -> bool:
    return (
        amount.currency is None
        and amount.value.is_integer()
        and 1900 <= amount.value <= 2100
        and "," not in amount.text
    )


class _Article:
    """Per-article state shared by the clauses."""

    def __init__(self, ctx: ExtractionContext, entities: tuple[Entity, ...]) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.hints = Hints(ctx.text)
        self.clauses = Clauses(ctx.text)
        self.statements = tuple(ctx.statements())
        self.quotes = tuple(ctx.quotes())
        self.quantities = tuple(sorted(ctx.quantities(), key=lambda a: a.start))
        self.times = tuple(sorted(ctx.times(), key=lambda t: t.start))
        self._q_starts = [q.start for q in self.quantities]
        self._t_starts = [t.start for t in self.times]
        blocked = [(t.start, t.end) for t in self.times]
        blocked += [(q.start, q.end) for q in self.quantities if q.currency is not None]
        self.actors = ActorIndex(ctx.text, entities, blocked)
        self._link_lines: dict[int, bool] = {}
        self.headings: Ranges[Span] = Ranges((h.start, h.end, h) for h in ctx.article.headings)
        self.statements_at: Ranges[Any] = Ranges(
            (s.content.start, s.content.end, s) for s in self.statements
        )
        self.quotes_at: Ranges[Any] = Ranges(
            (q.content.start, q.content.end, q) for q in self.quotes
        )

    def in_link_list(self, at: int) -> bool:
        """Whether ``at`` lies on a line of page clutter that links to other stories ("» Kyiv
        wants arms makers to open factories", "Related: ..."): another article's headline, not
        a deal of this one. Only 300 characters before ``at`` are read: such lines are short.
        The answer is kept per line (a paragraph holds several cues)."""
        text = self.text
        line = text.rfind("\n", max(0, at - 300), at) + 1
        if line == 0 and at >= 300:
            return False
        known = self._link_lines.get(line)
        if known is None:
            known = line < len(text) and text[line] in _LINK_STARTS
            known = known and _LINK_LINE.match(text, line, at) is not None
            self._link_lines[line] = known
        return known

    def counted(self, lo: int, hi: int) -> bool:
        """Whether some quantity lies inside ``lo..hi``."""
        return bool(_in_range(self.quantities, self._q_starts, lo, hi))

    def amounts(self, lo: int, hi: int) -> list[Amount]:
        found = []
        for amount in _in_range(self.quantities, self._q_starts, lo, hi):
            unit = (amount.unit or "").strip().lower()
            if not _is_money(amount) and (
                unit in _NOT_AN_AMOUNT
                or not unit
                or _TIME_UNITS.match(unit)
                or _PARTICIPANTS.match(unit)
                or _year_like(amount)
            ):
                continue
            if unit in ("percent", "%", "per cent"):
                continue
            found.append(amount)
        return found

    def time_refs(self, lo: int, hi: int) -> list[TimeRef]:
        return list(_in_range(self.times, self._t_starts, lo, hi))

    def is_heading(self, group: _Group) -> bool:
        """A heading, or a headline-like line: short, unpunctuated, alone on its line (a live
        blog's entry title; not an article cut off mid-sentence)."""
        if self.headings.at(group.lo) is not None:
            return True
        sentence = group.sentence
        line_end = self.text.startswith("\n", sentence.end) or sentence.end == len(self.text)
        return (
            len(sentence) <= 200
            and not sentence.text.rstrip().endswith(_HEADLINE_END)
            and len(sentence.text.split()) <= 14
            and line_end
            and sentence.end < len(self.text)
        )

    def reject_item(self, start: int, end: int) -> bool:
        """Whether a candidate item is really an amount, a time, an actor or a non-thing."""
        words = self.text[start:end]
        if not _ITEM_WORD.search(words) or _TOTAL.match(words):
            return True
        if head_word(self.text, (start, end)).strip(".") in NOT_THINGS:
            return True
        if words.rsplit(None, 1)[-1].lower().strip(".") in NOT_GOODS:
            return True
        for amount in _in_range(self.quantities, self._q_starts, start, end):
            if _is_money(amount):
                return True  # money is a price, not a thing
        for time in self.time_refs(max(0, start - 40), end):
            if time.start <= start < time.end:
                return True
            if start <= time.start and time.end >= end - 1 and not self._words_before(start, time):
                return True
        bare = _LEADING_DETERMINER.match(words)
        first = start + (bare.end() if bare is not None else 0)
        mention = self.actors.at(Span.trusted(first, end, self.text[first:end]))  # in bounds
        return mention is not None and mention.start <= first and mention.end >= end

    def _words_before(self, start: int, time: TimeRef) -> bool:
        """Whether an item has a thing of its own before a trailing time ("drones this year")."""
        return _ITEM_WORD.search(self.text, start, time.start) is not None

    def trim(self, item: tuple[int, int] | None) -> tuple[int, int] | None:
        """An item without a trailing time expression ("100,000 drones this year")."""
        if item is None:
            return None
        for time in self.time_refs(item[0] + 1, item[1] + 1):
            end = time.start
            while end > item[0] and self.text[end - 1] in " ,":
                end -= 1
            return (item[0], end) if end > item[0] else None
        return item

    def count_item(self, item: tuple[int, int]) -> tuple[tuple[int, int], Amount | None]:
        """An item that starts with a count: the counted thing, and the count as the amount."""
        head = after_count(self.text, item)
        if head == item[0]:
            return item, None
        for amount in _in_range(self.quantities, self._q_starts, item[0], item[1] + 1):
            if not _is_money(amount) and amount.start < head:
                return (head, item[1]), amount
        return (head, item[1]), None


def _groups(art: _Article, triggers: list[Trigger]) -> list[_Group]:
    """The cues grouped by clause, in text order (questions and hopeless sentences left out)."""
    groups: dict[tuple[int, int], _Group] = {}
    for sentence, cues in _by_sentence(art, triggers):
        if sentence.text.rstrip(" \"'”’»)").endswith("?") or _hopeless(art, cues, sentence):
            continue
        for trig in cues:
            statement = art.statements_at.at(trig.start)
            lo, hi = sentence.start, sentence.end
            if statement is not None and sentence.contains(statement.content.start):
                lo = statement.content.start
                hi = min(hi, statement.content.end)
            c_lo, c_hi = art.clauses.around(trig.start, trig.end, lo, hi)
            if not c_lo <= trig.start < c_hi:
                continue
            key = (c_lo, c_hi)
            if key not in groups:
                groups[key] = _Group(c_lo, c_hi, sentence, [], statement)
            groups[key].triggers.append(trig)
    return sorted(groups.values(), key=lambda g: g.lo)


_LINK_LINE = re.compile(  # a bullet of a link list, or its header ("Related stories:")
    r"[ \t]*(?:[»›▸►]|(?:Related(?:\s+(?:stories|articles|news|coverage))?|Read\s+(?:more|also)"
    r"|See\s+also|Also\s+read|Recommended|Most\s+read)\s*:)",
    re.IGNORECASE,
)


_LINK_STARTS = frozenset("»›▸►RrSsAaMm \t")
"""The characters a line of links can start with (see `_LINK_LINE`): a cheap test first."""


def _by_sentence(art: _Article, triggers: list[Trigger]) -> list[tuple[Span, list[Trigger]]]:
    """The cues of each sentence (cues outside any sentence left out), in text order."""
    out: list[tuple[Span, list[Trigger]]] = []
    for trig in triggers:
        sentence = art.ctx.sentence_at(trig.start)
        if sentence is None:
            continue
        if out and out[-1][0] is sentence:
            out[-1][1].append(trig)
        else:
            out.append((sentence, [trig]))
    return out


def _hopeless(art: _Article, cues: list[Trigger], sentence: Span) -> bool:
    """Whether no clause of ``sentence`` can make a claim from its cues: all are weak and each
    lacks, in the whole sentence, what `_weak_may_stand` needs in its clause. A cheap test
    that spares the clause cutting for sentences that only say "delivered" or "plant"."""
    if any(t.strong for t in cues):
        return False
    wide = _SentenceWide(art, sentence)
    return not any(_may_stand_in(art, t, wide) for t in cues)


class _SentenceWide:
    """Sentence-wide answers for `_may_stand_in`, each found once per sentence (so a long
    sentence with many cues is still read a bounded number of times)."""

    def __init__(self, art: _Article, sentence: Span) -> None:
        self.art = art
        self.sentence = sentence
        self._words: dict[re.Pattern[str], bool] = {}
        self._first_and: int | None = None

    def has(self, words: re.Pattern[str]) -> bool:
        """Whether one of a hint's ``words`` may occur in the sentence."""
        found = self._words.get(words)
        if found is None:
            found = self._words[words] = self.art.hints.may(
                words, self.sentence.start, self.sentence.end
            )
        return found

    def and_before(self, at: int) -> bool:
        """Whether " and " occurs between the sentence start and ``at``."""
        if self._first_and is None:
            sentence = self.sentence
            self._first_and = self.art.text.find(" and ", sentence.start, sentence.end)
        return self._first_and != -1 and self._first_and + len(" and ") <= at


def _may_stand_in(art: _Article, trig: Trigger, wide: _SentenceWide) -> bool:
    """The part of `_weak_may_stand` that the clause's sentence already decides: False only
    when no clause of the sentence can let the weak cue ``trig`` stand."""
    if trig.type in ("purchase", "delivery"):
        return _acts(art, trig)
    if trig.type != "agreement":
        return wide.has(_INTENT_WORDS)
    text = art.text
    if text[trig.start : trig.end].lower() != "agreed":
        return wide.has(_SIGNING_WORDS)
    return _AGREED_ON.match(text, trig.end) is not None and wide.and_before(trig.start)


_DELIBERATED = re.compile(
    r"\b(?:consider(?:s|ed|ing)?|discuss(?:es|ed|ing)?|negotiat(?:e|es|ed|ing)|weigh(?:s|ed|ing)?"
    r"|explor(?:e|es|ed|ing)|mull(?:s|ed|ing)?)\s+(?:(?:the|a|an|possible|joint|further|new"
    r"|more|additional|direct)\s+){0,2}$",
    re.IGNORECASE,
)


_DELIBERATED_WORDS = hint("consider", "discuss", "negotiat", "weigh", "explor", "mull")


def _acts(art: _Article, trig: Trigger) -> bool:
    """Whether a purchase or delivery cue names an act: a verb ("bought", "will supply"), or
    a noun that sides deliberate on ("were considering joint purchases of drones")."""
    if _is_verb(art, trig):
        return True
    lead = max(0, trig.start - 40)
    return (
        art.hints.may(_DELIBERATED_WORDS, lead, trig.start)
        and _DELIBERATED.search(art.text, lead, trig.start) is not None
    )


def _is_verb(art: _Article, trig: Trigger) -> bool:
    cue = art.text[trig.start : trig.end]
    if _VERB_FORMS.search(cue):
        return True
    return _TO_VERB.search(art.text, max(0, trig.start - 12), trig.start) is not None


def _item_for(art: _Article, trig: Trigger, lo: int, hi: int) -> tuple[int, int] | None:
    return art.trim(_item_raw(art, trig, lo, hi))


def _item_raw(art: _Article, trig: Trigger, lo: int, hi: int) -> tuple[int, int] | None:
    text = art.text
    cue = text[trig.start : trig.end].lower()
    if text.startswith(" of ", trig.end) and trig.type in (
        "production",
        "purchase",
        "delivery",
    ):
        return item_of_cue(text, trig.end + 3, hi, art.reject_item)
    if trig.type == "investment":
        if cue.startswith("invest"):
            return None
        span = item_around(text, trig.start, trig.end, lo, hi)
        words = text[span[0] : span[1]]
        if art.reject_item(*span) or not _INVESTMENT_ITEM.match(words):
            return None
        return span
    if trig.type == "production":
        return item_after(text, trig.end, hi, art.reject_item) if trig.strong else None
    if trig.type == "order" and _is_verb(art, trig):
        item = item_of_cue(text, trig.end, hi, art.reject_item)
        if item is not None and _COMMAND.match(text, item[1]):
            return None  # "ordered troops to withdraw": a command, not a purchase
        return item
    if trig.type in ("purchase", "delivery"):
        recipient = _TO_RECIPIENT.match(text, trig.end, hi)
        if recipient is None and _PLEDGE.fullmatch(cue):
            recipient = _BARE_RECIPIENT.match(text, trig.end, hi)
            if recipient is None:
                return _counted_item(art, item_of_cue(text, trig.end, hi, art.reject_item))
        if recipient is not None:  # "handed over to Ukraine more than 320 tanks"
            return item_of_cue(text, recipient.end() - 1, hi, art.reject_item)
        return item_of_cue(text, trig.end, hi, art.reject_item)
    return item_after(text, trig.end, hi, art.reject_item)


def _counted_item(art: _Article, item: tuple[int, int] | None) -> tuple[int, int] | None:
    """A pledged item only when it is counted ("pledged 20 howitzers"): a bare pledge names
    intentions ("promised a new round of calls"), not goods."""
    if item is None or not art.counted(*item):
        return None
    return item


def _may_have_party(art: _Article, group: _Group, head: Trigger) -> bool:
    """A cheap test before the work: an actor named in the sentence, a speaker, or a subject
    that may point back to one ("the country", "the two companies", "it")."""
    sentence = group.sentence
    if art.actors.any_within(sentence.start, sentence.end) or group.statement is not None:
        return True
    if art.quotes_at.at(head.start) is not None:
        return True
    text = art.text
    return (
        anaphor_before(text, group.lo, head.start, art.hints) is not None
        or _group_subject(art, group.lo, head.start) is not None
        or pronoun_subject(text, group.lo, head.start) is not None
        or _according_to(text, max(sentence.start, group.lo - _NEAR), group.hi) is not None
    )


def _group_subject(art: _Article, lo: int, hi: int) -> re.Match[str] | None:
    """A subject made of earlier sides ("the two companies"), looked for only where one of
    its nouns occurs."""
    if not art.hints.may(_GROUP_WORDS, lo, hi):
        return None
    return _GROUP_SUBJECT.search(art.text, lo, hi)


def _according_to(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """An attribution ("according to the ministry"), looked for only where its word occurs."""
    if text.find("ccording", lo, hi) == -1:
        return None
    return _ACCORDING_TO.search(text, lo, hi)


def _has_intent(art: _Article, lo: int, hi: int) -> bool:
    """Whether ``lo..hi`` has a word of intent, looked for only where one of its stems occurs."""
    return art.hints.may(_INTENT_WORDS, lo, hi) and bool(_INTENT.search(art.text, lo, hi))


def _weak_may_stand(art: _Article, group: _Group, trig: Trigger) -> bool:
    """The cheap half of `_weak_ok`: a verb of buying or supplying, or a facility or joint
    production with a word of intent in the clause."""
    if trig.type in ("purchase", "delivery"):
        if _OFFER.search(art.text, max(group.lo, trig.start - 30), trig.start):
            return False  # "was ready to supply drones": an offer, not a deal
        return _acts(art, trig)
    if trig.type == "agreement":
        return _agreed_may_stand(art, group, trig)
    return _has_intent(art, group.lo, group.hi)


_AGREED_ON = re.compile(r"\s+(?:on|to|upon|with)\b", re.IGNORECASE)


def _agreed_may_stand(art: _Article, group: _Group, trig: Trigger) -> bool:
    """A weak agreement: a partnership with a signing verb ("the partnership signed in
    January"), or two sides that agreed ("Kyiv and Berlin agreed to...")."""
    text = art.text
    if text[trig.start : trig.end].lower() != "agreed":
        return _SIGNING.search(text, group.lo, group.hi) is not None
    if _AGREED_ON.match(text, trig.end) is None or " and " not in text[group.lo : trig.start]:
        return False
    return len(art.actors.parties(group.lo, trig.start, [])) >= 2


def _weak_ok(art: _Article, group: _Group, trig: Trigger, item: Any, parties: list[str]) -> bool:
    text = art.text
    cue = text[trig.start : trig.end].lower()
    if trig.type == "agreement":
        return bool(parties) and _agreed_may_stand(art, group, trig)
    if trig.type == "investment":
        if cue.startswith("invest"):
            return bool(art.amounts(trig.end, group.hi)) and _is_verb(art, trig)
        return item is not None and _has_intent(art, group.lo, group.hi)
    if trig.type == "production":
        return len(parties) >= 2 and _has_intent(art, group.lo, group.hi)
    if not _acts(art, trig) or item is None:
        return False
    words = text[item[0] : item[1]].split()
    return len(words) >= 2 or bool(art.amounts(item[0], item[1]))


def _speaker(art: _Article, group: _Group, at: int) -> Mention | None:
    span = None
    if group.statement is not None:
        span = group.statement.speaker
    else:
        quote = art.quotes_at.at(at)
        if quote is not None:
            span = quote.speaker
    if span is None:
        according = _according_to(art.text, max(group.sentence.start, group.lo - _NEAR), group.hi)
        if according is not None:
            span = art.ctx.span(*according.span(1))
    if span is None:
        return None
    inside = art.actors.within(span.start, span.end) or [m for m in [art.actors.at(span)] if m]
    if not inside:
        anaphor = anaphor_before(art.text, span.start, span.end, art.hints, whole=True)
        if anaphor is not None:
            found = art.actors.latest(anaphor[2], anaphor[0], anaphor[1])
            return found
    for kinds in (("official", "person"), ("organization",)):
        for mention in reversed(inside):
            if mention.entity.kind in kinds:
                return mention
    for mention in inside:
        words = span.text.strip().lower().removeprefix("the ")
        if mention.entity.kind == "country" and len(words) <= mention.end - mention.start + 8:
            return mention
    return None


def _speaker_is_subject(art: _Article, group: _Group, head: Trigger, speaker: Mention) -> bool:
    """Whether the clause's subject is the speaker: a pronoun, or a passive without agent."""
    text = art.text
    pronoun = pronoun_subject(text, group.lo, head.start)
    if pronoun in ("it", "they"):
        return speaker.entity.kind in ("organization", "country")
    if pronoun in ("he", "she", "i", "we"):
        return True  # "we" said by an executive or a minister: their company or government
    passive = _PASSIVE_DEAL.search(text, group.lo, group.hi)
    if passive is None:
        return False
    if speaker.entity.kind in ("organization", "country"):
        return True
    return _official_reports_passive(passive, speaker)


def _official_reports_passive(passive: re.Match[str], speaker: Mention) -> bool:
    """Whether an official reports a deal in the passive without its signer ("20 agreements
    were signed today, the minister said"): their government is a side."""
    if speaker.entity.kind != "official" or not (speaker.party or "").startswith("country/"):
        return False
    return passive.group(0).split(None, 1)[0].lower() in ("was", "were", "is", "are", "been", "be")


def _previous_of_type(history: list[tuple[int, list[str], str]], at: int, kind: str) -> list[str]:
    """Parties of the latest earlier deal of one type, close before ``at``."""
    for start, parties, earlier in reversed(history):
        if at - start > 1500:
            break
        if earlier == kind:
            return parties
    return []


def _previous_parties(history: list[tuple[int, list[str], str]], at: int, noun: str) -> list[str]:
    """Parties of the latest earlier deal with two or more sides ("the two companies")."""
    for start, parties, _type in reversed(history):
        if at - start > 2500:
            break
        if len(parties) < 2:
            continue
        if noun in ("countries", "governments"):
            parties = [p for p in parties if p.startswith("country/")]
        elif noun in ("companies", "firms"):
            parties = [p for p in parties if not p.startswith("country/")]
        if len(parties) >= 2:
            return parties
    return []


def _parties(
    art: _Article,
    group: _Group,
    head: Trigger,
    speaker: Mention | None,
    history: list[tuple[int, list[str], str]],
) -> list[str]:
    text = art.text
    skip: list[tuple[int, int]] = []
    if group.statement is not None:
        skip.append((group.statement.speaker.start, group.statement.speaker.end))
    parties = art.actors.parties(group.lo, group.hi, skip)
    subject: list[str] = []
    anaphor = anaphor_before(text, group.lo, head.start, art.hints)
    unresolved = False
    if anaphor is not None:
        wanted, noun, offset = anaphor
        found = art.actors.latest(offset, wanted, noun)
        if found is not None and found.party is not None:
            subject.append(found.party)
        else:
            unresolved = True  # "the ministry" said by its own official: the speaker's side
    subject.extend(_shared_subject(art, group))
    together = _group_subject(art, group.lo, head.start)
    if together is not None:
        subject.extend(_previous_parties(history, group.lo, together.group(1).lower()))
    if head.type == "investment" and _DEFINITE.search(
        text, max(group.lo, head.start - 40), head.start
    ):
        subject.extend(_previous_of_type(history, group.lo, "investment"))  # "The plant, ..."
    parties.extend(art.actors.financiers(group.lo, group.hi))
    if (
        speaker is not None
        and speaker.party is not None
        and (
            unresolved
            or (not (parties or subject) and speaker.entity.kind in ("organization", "country"))
            or _speaker_is_subject(art, group, head, speaker)
        )
    ):
        subject.append(speaker.party)
    elif text.startswith(("we ", "We "), group.lo):
        subject.extend(_we_in_transcript(art, group.lo))
    out: list[str] = []
    for party in (*subject, *parties):
        if party not in out:
            out.append(party)
    return out


_COORDINATED = re.compile(r"(?:,\s*)?\b(?:and|but)\s+(?:also\s+)?$")
_BARE_VERB = re.compile(
    r"(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|also|plans?"
    r"|intends?|expects?|aims?|wants?|signed|agreed|won|received|placed|inked|sealed"
    r"|concluded|secured)\b"
)


def _shared_subject(art: _Article, group: _Group) -> list[str]:
    """The subject of a verb-initial clause coordinated with the one before it: the first
    actor of the sentence ("Lahnwerk will hold 51% and has granted the venture a licence")."""
    text, sentence = art.text, group.sentence
    if group.lo <= sentence.start:
        return []
    before = max(sentence.start, group.lo - 12)
    if text.find("and ", before, group.lo) == -1 and text.find("but ", before, group.lo) == -1:
        return []  # a cheap test first
    if not _BARE_VERB.match(text, group.lo, group.hi):
        return []
    if not _COORDINATED.search(text, before, group.lo):
        return []
    first = art.actors.first_party(sentence.start, group.lo)
    return [first] if first is not None else []


_LABEL = re.compile(r"([A-Z][\w'’.-]{0,30})(?:[ \t]\([^)\n]{0,60}\))?:[ \t]")
_ASKING = frozenset({"q", "question", "moderator", "interviewer", "host", "anchor", "reporter"})


def _we_in_transcript(art: _Article, at: int) -> list[str]:
    """Who "we" is on a transcript line ("KAMYSHIN: We are discussing...", "A: We are in
    talks..."): a labelled official's government, else the company the interview is about."""
    text = art.text
    line = text.rfind("\n", max(0, at - 2000), at) + 1
    label = _LABEL.match(text, line, at) if line > 0 or at < 2000 else None
    if label is None or label.group(1).lower() in _ASKING:
        return []
    named = art.actors.person_named(label.group(1))
    if named is not None and named.entity.kind == "official":
        return [named.party] if named.party is not None else []
    company = art.actors.main_company()
    return [company] if company is not None else []


def _outside(art: _Article, group: _Group, item: tuple[int, int] | None, n_subject: int) -> bool:
    """Whether some party is named outside the item (or comes from the subject or speaker)."""
    if item is None or n_subject > 0:
        return True
    return any(
        not item[0] <= m.start < item[1]
        for m in art.actors.within(group.lo, group.hi)
        if m.party is not None and not art.actors.is_modifier(m)
    )


def _confidence(strong: bool, parties: int, item: bool, amount: bool) -> float:
    score = 0.45 + (0.2 if strong else 0.0) + (0.1 if parties >= 2 else 0.0)
    score += (0.1 if item else 0.0) + (0.05 if amount else 0.0)
    return round(min(score, 0.95), 2)


def _reported_just_before(history: list[tuple[int, list[str], str]], at: int, kind: str) -> bool:
    for start, _parties, earlier in reversed(history):
        if at - start >= 600:
            return False
        if earlier == kind:
            return True
    return False


def _rank(art: _Article, trig: Trigger) -> tuple[int, int, int]:
    if not trig.strong and trig.type == "agreement":
        return (True, 2, len(PRIORITY))  # "agreed", "partnership": only when nothing else
    verb_first = 0 if trig.strong or _is_verb(art, trig) else 1
    return (not trig.strong, verb_first, PRIORITY.index(trig.type))


def _widen(art: _Article, group: _Group) -> _Group:
    """The whole sentence (or reported content) around a clause, at most a few hundred
    characters either side."""
    lo, hi = group.sentence.start, group.sentence.end
    if group.statement is not None:
        lo, hi = group.statement.content.start, min(hi, group.statement.content.end)
    return group._replace(lo=max(lo, group.lo - 2 * _NEAR), hi=min(hi, group.hi + 2 * _NEAR))


def _clause_claim(
    art: _Article,
    group: _Group,
    history: list[tuple[int, list[str], str]],
    minimum: float,
    existing: bool = False,
) -> Claim | None:
    """The claim of one clause, or None; ``existing`` marks a deal named as a going concern
    (the subject of "Joint venture of A and B plans to build a plant") as signed."""
    ctx, text = art.ctx, art.text
    if not any(t.strong for t in group.triggers) and not any(
        _weak_may_stand(art, group, t) for t in group.triggers
    ):
        return None  # only nouns like "purchases", "deliveries", "plants": nothing to report
    triggers = group.triggers
    ranked = triggers if len(triggers) == 1 else sorted(triggers, key=lambda t: _rank(art, t))
    head = ranked[0]
    hints = art.hints
    lead_at = max(group.lo, head.start - 40)
    lead = text[lead_at : head.start]
    if hints.may(_HYPOTHETICAL_WORDS, group.lo, head.start) and _HYPOTHETICAL.search(
        text, group.lo, head.start
    ):
        return None  # "if they received stable contracts"
    recommended_at = max(group.lo, head.start - 120)
    if hints.may(_RECOMMENDED_WORDS, recommended_at, head.start) and _RECOMMENDED.search(
        text, recommended_at, head.start
    ):
        return None  # "Britain must ... sign multi-year orders": a recommendation, not a deal
    open_question = (
        _WHETHER.search(text, group.lo, head.start)
        if hints.may(_WHETHER_WORDS, group.lo, head.start)
        else None
    )
    if open_question is not None and not _DELIBERATE.search(
        text, max(group.sentence.start, open_question.start() - 40), open_question.start()
    ):
        return None  # "analysts watch whether Kyiv places repeat orders": nothing asserted
    if head.strong and hints.may(_GENERIC_WORDS, lead_at, head.start) and _GENERIC.search(lead):
        return None  # "each contract will be approved...": a rule, not a deal
    if not _may_have_party(art, group, head):
        return None
    head_item = _item_for(art, head, group.lo, group.hi)
    if head.strong:
        cue = text[head.start : head.end].lower()
        if (
            head_item is None
            and _DEFINITE.search(lead)
            and not _with_partner(art, head, group)
            and not _signed_with_signatories(art, head, group)
        ):
            if _reported_just_before(history, group.lo, head.type):
                return None  # "the contracts cover...": the deal just reported
            group = _widen(art, group)
            head_item = item_after(text, head.end, group.hi, art.reject_item)
            if head_item is None:
                head_item = process_item(text, group.lo, group.hi, art.reject_item)
            if head_item is None:
                return None
        elif (
            head_item is None
            and cue.endswith("s")
            and not _COUNTED.search(lead)
            and not _SIGNING.search(text, group.lo, group.hi)
            and not any(_is_money(a) for a in art.amounts(head.end, group.hi))
        ):
            return None  # "state orders", "contracts above a certain value": no deal in view
    item = head_item
    if head.type == "order" and item is None and _is_verb(art, head):
        return None  # "ordered troops to withdraw", "ordered an investigation": a command
    if item is None:
        for trig in ranked[1:]:
            item = _item_for(art, trig, group.lo, group.hi)
            if item is not None:
                break
    speaker = _speaker(art, group, head.start)
    parties = _parties(art, group, head, speaker, history)
    if not parties:
        return None
    appeal_at = max(group.sentence.start, head.start - 120)  # "urged" may report the clause
    if hints.may(_APPEAL_WORDS, appeal_at, head.start) and _APPEAL.search(
        text, appeal_at, head.start
    ):
        return None  # "called on the partners to invest": an appeal, not a deal
    named = art.actors.parties(group.lo, group.hi)
    if not _outside(art, group, item, len(set(parties) - set(named))):
        return None
    if (
        head.type == "production"
        and len(parties) < 2
        and all(p.startswith(("country/", "person/")) for p in parties)
    ):
        return None  # "the importance of localising production": a policy, not a deal
    count = None
    if item is not None:
        item, count = art.count_item(item)
    amounts = [a for a in art.amounts(group.lo, group.hi) if a.end > head.start - 60]
    money = [a for a in amounts if _is_money(a)]
    if money:
        amount = _nearest(money, head.start)
    elif count is not None:
        amount = count
    else:
        near = [a for a in amounts if head.end <= a.start <= head.end + 30]
        amount = _nearest(near, head.end)
    if head.strong:
        anchored = (
            item is not None
            or amount is not None
            or _with_partner(art, head, group)
            or _DEAL_VERB.search(text, group.lo, group.hi) is not None
            or _NUMBERED.search(text, lead_at, head.start) is not None
        )
        if not anchored:
            return None
    elif (count is None or head.type == "agreement") and not _weak_ok(
        art, group, head, item, parties
    ):
        return None
    lead_in = group.lo
    if group.statement is not None and group.lo == group.statement.content.start:
        lead_in = min(lead_in, group.statement.verb.start)
    cue = clause_modality(ctx, lead_in, group.hi)
    reporting = None
    if group.statement is not None:
        verb = group.statement.verb
        reporting = text[verb.start : verb.end]
    modality, status = status_of(
        text,
        lead_in,
        group.hi,
        cue.modality,
        head.type,
        head.start,
        head.end,
        reporting,
        art.hints,
    )
    if existing:
        modality, status = "fact", "signed"
    elif head.type == "delivery" and _pledged(art, group, head, status, parties):
        modality, status = "promised", "promised"
    time = _nearest(art.time_refs(group.lo, group.hi), head.start)
    confidence = _confidence(head.strong, len(parties), item is not None, amount is not None)
    if confidence < minimum:
        return None
    evidence = ctx.span(group.lo, group.hi)
    attributes: dict[str, Any] = {
        "type": head.type,
        "status": status,
        "cue": text[head.start : head.end],
    }
    if cue.cue is not None:
        attributes["modality_cue"] = cue.cue.text
    return Claim(
        id=stable_id(EXTRACTOR, ctx.article.id, evidence.start, evidence.end, head.type),
        kind="contract",
        modality=modality,
        evidence=evidence,
        parties=parties,
        item=ctx.span(*item) if item is not None else None,
        speaker=speaker.entity.id if speaker is not None else None,
        amount=amount,
        time=time,
        confidence=confidence,
        attributes=attributes,
    )


def find_contracts(
    ctx: ExtractionContext, entities: tuple[Entity, ...], config: Mapping[str, Any]
) -> list[Claim]:
    """The contract claims of one article."""
    triggers = find_triggers(ctx.text)
    if not triggers:
        return []
    art = _Article(ctx, entities)
    minimum = float(config.get("min_confidence", 0.0))
    claims: list[tuple[bool, Claim]] = []
    history: list[tuple[int, list[str], str]] = []
    for group in _groups(art, triggers):
        for part, existing in _split(art, group):
            claim = _clause_claim(art, part, history, minimum, existing)
            if claim is None or art.in_link_list(part.lo):
                continue
            claims.append((art.is_heading(group), claim))
            history.append((group.lo, list(claim.parties), str(claim.attributes["type"])))
    return _deduplicated(claims)


def _split(art: _Article, group: _Group) -> list[tuple[_Group, bool]]:
    """A joint venture that is the subject of a plan to build is two deals: the venture,
    which exists, and the plant it plans ("Joint venture of A and B plans to build a plant").
    So is a venture in apposition beside a second deal with a signing cue of its own ("X, a
    joint venture of A and B, will supply ... under a contract signed last month")."""
    ventures = [t for t in group.triggers if t.type == "joint venture"]
    if ventures and is_venture_apposition(art.text, group.lo, ventures[0].start, ventures[0].end):
        text, lo = art.text, group.lo
        second = [
            t
            for t in group.triggers
            if t.strong
            and t.type not in ("joint venture", "investment")
            and t.start > ventures[0].end
            and has_own_signing(text, max(lo, ventures[0].end), t.start, t.end)
        ]
        if second:
            rest = [t for t in group.triggers if t.type != "joint venture"]
            return [
                (group._replace(triggers=[ventures[0]]), True),
                (group._replace(triggers=rest), False),
            ]
    builds = [t for t in group.triggers if t.type == "investment" and t.strong]
    if not ventures or not builds or ventures[0].start > builds[0].start:
        return [(group, False)]
    if len(art.text[group.lo : ventures[0].start].split()) > 2:
        return [(group, False)]
    rest = [t for t in group.triggers if t.type != "joint venture"]
    return [
        (group._replace(triggers=[ventures[0]]), True),
        (group._replace(triggers=rest), False),
    ]


_PROMISED_TO = re.compile(
    r"\b(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?)\s+to\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_PLEDGE_WORDS = hint("promis", "pledg", "vow")


def _pledged(art: _Article, group: _Group, head: Trigger, status: str, parties: list[str]) -> bool:
    """Whether a delivery is a pledge: named one ("promised Ukraine 20 tanks", "pledged to
    deliver"), or a state's own future delivery ("Germany will deliver a third Patriot
    system"), which is a government's promise rather than a contract."""
    if status not in ("signed", "delivered", "planned", "announced"):
        return False
    text = art.text
    if _PLEDGE.fullmatch(text, head.start, head.end):
        return True
    lead = max(group.lo, head.start - 40)
    if art.hints.may(_PLEDGE_WORDS, lead, head.start) and _PROMISED_TO.search(
        text, lead, head.start
    ):
        return True
    return status == "planned" and bool(parties) and parties[0].startswith("country/")


def _signed_with_signatories(art: _Article, head: Trigger, group: _Group) -> bool:
    """Whether a back-reference is the report of the signing itself: a participle with its
    signatories ("The memorandum, signed in Berlin last week by Pistorius and Umerov, ...")."""
    signed = _SIGNED_BY.match(art.text, head.end, group.hi)
    return signed is not None and len(art.actors.parties(signed.end(), group.hi)) >= 2


def _with_partner(art: _Article, head: Trigger, group: _Group) -> bool:
    """Whether a back-reference names its partner ("its joint venture with UDI")."""
    after = _WITH.match(art.text, head.end, group.hi)
    if after is None and head.type == "joint venture":
        after = _VENTURE_OF.match(art.text, head.end, group.hi)  # "a joint venture of A and B"
    return after is not None and bool(art.actors.within(after.end(), after.end() + 40))


def _richness(claim: Claim) -> int:
    return (claim.item is not None) + (claim.amount is not None) + (claim.time is not None)


def _same_deal(a: Claim, b: Claim) -> bool:
    if a.attributes["type"] != b.attributes["type"]:
        return False
    if a.attributes["status"] != b.attributes["status"]:
        return False
    pa, pb = set(a.parties), set(b.parties)
    if not (pa <= pb or pb <= pa):
        return False
    for x, y in ((a.amount, b.amount), (a.time, b.time)):
        if x is not None and y is not None and x.text != y.text:
            return False
    if a.item is not None and b.item is not None:
        return a.item.text.lower() == b.item.text.lower()
    return True


def _deduplicated(claims: list[tuple[bool, Claim]]) -> list[Claim]:
    """Drop repeats: the same deal restated, and a headline whose deal the body reports."""
    body_types = {str(c.attributes["type"]) for heading, c in claims if not heading}
    kept: list[Claim] = []
    for heading, claim in claims:
        if heading and claim.attributes["type"] in body_types:
            continue
        twin = next((i for i, k in enumerate(kept) if _same_deal(k, claim)), None)
        if twin is None:
            kept.append(claim)
        elif _richness(claim) > _richness(kept[twin]):
            kept[twin] = claim
    return kept
