"""The typed, immutable data model every part of defnews speaks.

Every object that points into an article carries the triple ``start``, ``end``, ``text`` so that
a reader can check the evidence: ``article.text[start:end] == text`` always holds for output
produced by defnews (the pipeline rejects plugin output that breaks it).

Kinds and modalities are open string vocabularies: the core values are listed in
`ENTITY_KINDS`, `CLAIM_KINDS` and `MODALITIES`; plugins may add their own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

import attrs

__all__ = [
    "CLAIM_KINDS",
    "ENTITY_KINDS",
    "MODALITIES",
    "Amount",
    "Article",
    "Claim",
    "Diagnostic",
    "Entity",
    "Extraction",
    "FaqPair",
    "Span",
    "TimeRef",
    "article_id",
]

ENTITY_KINDS: tuple[str, ...] = ("official", "person", "organization", "country", "fund")
"""Core entity kinds. ``official`` holds public office; ``person`` is any other named person."""

CLAIM_KINDS: tuple[str, ...] = ("contract", "fund", "quote", "statement")
"""Core claim kinds: deals and production plans, financing pools, direct and indirect speech."""

MODALITIES: tuple[str, ...] = (
    "fact",
    "announced",
    "planned",
    "promised",
    "considered",
    "denied",
)
"""Core modalities: how firmly the text asserts a claim."""

GRANULARITIES: tuple[str, ...] = ("day", "week", "month", "quarter", "half", "year", "range")
"""How precise a resolved `TimeRef` is."""


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _end_after_start(inst: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < inst.start:
        raise ValueError(f"end must be >= start, got start={inst.start} end={value}")


def _text_fits(inst: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if len(value) != inst.end - inst.start:
        raise ValueError(
            f"text has {len(value)} characters but the span {inst.start}..{inst.end} "
            f"covers {inst.end - inst.start}: {value[:40]!r}"
        )


def _unit_interval(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be within 0..1, got {value}")


def _span_tuple(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value or {}))


def _start_field() -> Any:
    return attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])


def _end_field() -> Any:
    return attrs.field(validator=[attrs.validators.instance_of(int), _end_after_start])


def _text_field() -> Any:
    return attrs.field(validator=[attrs.validators.instance_of(str), _text_fits])


def _attributes_field() -> Any:
    return attrs.field(factory=dict, converter=_frozen_mapping, eq=False, hash=False)


@attrs.frozen
class Span:
    """A stretch of an article's text, with the text it covers so the evidence can be checked.

    Attributes:
        start: offset of the first character in ``Article.text``.
        end: offset one past the last character.
        text: ``Article.text[start:end]``.
    """

    start: int = _start_field()
    end: int = _end_field()
    text: str = _text_field()

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span ``start..end`` of ``source``, with its text sliced from it.

        The hot path of every extractor: the text is exact by construction, so only the bounds
        are checked here and the per-field validators are skipped.
        """
        if not 0 <= start <= end <= len(source):
            raise ValueError(f"span {start}..{end} is outside a text of length {len(source)}")
        return _trusted_span(start, end, source[start:end])

    @staticmethod
    def trusted(start: int, end: int, text: str) -> Span:
        """A span built without any checks, for callers that took ``text`` from
        ``source[start:end]`` themselves; anything else must use `Span.of` or `Span`."""
        return _trusted_span(start, end, text)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span | int) -> bool:
        """Whether ``other`` (a span or an offset) lies within this span."""
        if isinstance(other, int):
            return self.start <= other < self.end
        return self.start <= other.start and other.end <= self.end


_SET_START = Span.__dict__["start"].__set__  # the slots' own setters: no frozen check, no lookup
_SET_END = Span.__dict__["end"].__set__
_SET_TEXT = Span.__dict__["text"].__set__
_new_object = object.__new__


def _trusted_span(start: int, end: int, text: str) -> Span:
    span: Span = _new_object(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    _SET_TEXT(span, text)
    return span


@attrs.frozen
class FaqPair:
    """A ``Q:``/``A:`` block: the spans cover the question and answer without their markers."""

    question: Span
    answer: Span


def article_id(date: dt.date, text: str) -> str:
    """Stable content hash of an article: the same date and text give the same id everywhere."""
    digest = hashlib.sha256(f"{date.isoformat()}\n{text}".encode()).hexdigest()
    return digest[:16]


@attrs.frozen(kw_only=True)
class Article:
    """One dated news article, parsed from the dated text format.

    Attributes:
        id: content hash of date and text (`article_id`); stable across machines.
        date: the publication date from the header line.
        text: the body with line ends normalised to ``\\n`` and outer whitespace stripped;
            every offset in defnews points into this string.
        title: the leading heading, or else the first sentence.
        paragraphs: blank-line separated blocks that are not headings (FAQ blocks included).
        headings: short lines without final punctuation standing alone.
        faq: question/answer pairs from ``Q:``/``A:`` blocks.
        source: the file the article came from, or None.
    """

    id: str
    date: dt.date = attrs.field(validator=attrs.validators.instance_of(dt.date))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    title: str = ""
    paragraphs: tuple[Span, ...] = ()
    headings: tuple[Span, ...] = ()
    faq: tuple[FaqPair, ...] = ()
    source: str | None = None

    def span(self, start: int, end: int) -> Span:
        """A `Span` of this article's text."""
        return Span.of(self.text, start, end)

    def checks(self, span: Span | Amount | TimeRef) -> bool:
        """Whether ``span`` is in bounds and its text matches this article's text."""
        return 0 <= span.start <= span.end <= len(self.text) and (
            self.text[span.start : span.end] == span.text
        )

    def all_spans(self) -> Iterator[Span]:
        """Every structural span the article holds."""
        yield from self.paragraphs
        yield from self.headings
        for pair in self.faq:
            yield pair.question
            yield pair.answer


@attrs.frozen(kw_only=True)
class Entity:
    """Something the article names: an official, person, organization, country or fund.

    Attributes:
        id: canonical id, stable across articles and spellings (``person/volodymyr-zelenskyy``).
        kind: one of `ENTITY_KINDS` or a plugin's own kind.
        name: canonical name.
        mentions: every place the article names it, in text order.
        role: the role at the article's date (``Deputy Defence Minister``), if any.
        country: the country it belongs to, if known.
        extractor: the plugin that produced it (several joined by ``+`` after a merge).
        confidence: 0..1.
        attributes: open, JSON-serialisable details (organization type, role source...).
    """

    id: str = attrs.field(validator=attrs.validators.min_len(1))
    kind: str = attrs.field(validator=attrs.validators.min_len(1))
    name: str
    mentions: tuple[Span, ...] = attrs.field(
        converter=_span_tuple, validator=attrs.validators.min_len(1)
    )
    role: str | None = None
    country: str | None = None
    extractor: str = ""
    confidence: float = attrs.field(default=1.0, validator=_unit_interval)
    attributes: Mapping[str, Any] = _attributes_field()


@attrs.frozen(kw_only=True)
class Amount:
    """A quantity found in the text: money, a count, a percentage.

    Attributes:
        start, end, text: where it stands in the article.
        value: the number (for ranges, the low end), already multiplied out (EUR 1.5 billion
            gives 1500000000.0).
        high: the high end of a range, else None.
        unit: ``percent``, a currency code, or the counted noun (``types of equipment``).
        currency: ISO code for money (``EUR``, ``USD``, ``GBP``, ``UAH``), else None.
        approx: True when hedged ("approximately", "around", "more than", "hundreds of").
        qualifier: the hedge word itself when there is one (``more than``).
    """

    start: int = _start_field()
    end: int = _end_field()
    text: str = _text_field()
    value: float
    high: float | None = None
    unit: str = ""
    currency: str | None = None
    approx: bool = False
    qualifier: str | None = None


@attrs.frozen(kw_only=True)
class TimeRef:
    """A time expression resolved against the article date.

    Attributes:
        start, end, text: where it stands in the article.
        from_: first day it may denote (serialised as ``from``), or None when open.
        until: last day it may denote, or None when open.
        granularity: one of `GRANULARITIES`.
        relative: True when it was resolved against the article date.
    """

    start: int = _start_field()
    end: int = _end_field()
    text: str = _text_field()
    from_: dt.date | None = None
    until: dt.date | None = None
    granularity: str = "day"
    relative: bool = False

    def __attrs_post_init__(self) -> None:
        if self.from_ is not None and self.until is not None and self.until < self.from_:
            raise ValueError(f"until {self.until} is before from {self.from_}")


@attrs.frozen(kw_only=True)
class Claim:
    """Something the article asserts: a contract, a fund, a quote, a statement.

    Attributes:
        id: deterministic id (hash of kind, evidence and extractor).
        kind: one of `CLAIM_KINDS` or a plugin's own kind.
        modality: one of `MODALITIES` or a plugin's own; how firmly it is asserted.
        evidence: the clause or sentence that supports it.
        parties: entity ids of the parties (contracting sides, a fund's owner).
        subject: entity id the claim is about (a named fund), if any.
        item: the text of what is produced, built, delivered or financed, if stated.
        speaker: entity id of who said it, if attributed.
        quote: the quoted words, for direct speech.
        amount: money or units involved.
        time: when it happened or will happen.
        extractor: the plugin that produced it.
        confidence: 0..1.
        attributes: open, JSON-serialisable details (contract type, financing source...).
    """

    id: str = attrs.field(validator=attrs.validators.min_len(1))
    kind: str = attrs.field(validator=attrs.validators.min_len(1))
    modality: str
    evidence: Span
    parties: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    subject: str | None = None
    item: Span | None = None
    speaker: str | None = None
    quote: Span | None = None
    amount: Amount | None = None
    time: TimeRef | None = None
    extractor: str = ""
    confidence: float = attrs.field(default=1.0, validator=_unit_interval)
    attributes: Mapping[str, Any] = _attributes_field()

    def spans(self) -> Iterator[Span | Amount | TimeRef]:
        """Every span-like value the claim holds, for evidence checks."""
        yield self.evidence
        for value in (self.item, self.quote, self.amount, self.time):
            if value is not None:
                yield value


@attrs.frozen(kw_only=True)
class Diagnostic:
    """A problem noticed while parsing or extracting, kept beside the results.

    Attributes:
        level: ``info``, ``warning`` or ``error``.
        code: short stable identifier (``plugin-raised``, ``invalid-span``, ``role-conflict``).
        message: a sentence for a person.
        plugin, hook: where it came from, when a plugin is involved.
        article: the article id.
        line, column: position in the source file when known (1-based).
    """

    level: str
    code: str
    message: str
    plugin: str | None = None
    hook: str | None = None
    article: str | None = None
    line: int | None = None
    column: int | None = None


@attrs.frozen(kw_only=True)
class Extraction:
    """Everything defnews found in one article, with the article itself."""

    article: Article
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    quantities: tuple[Amount, ...] = ()
    times: tuple[TimeRef, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with that id, if present."""
        return next((e for e in self.entities if e.id == entity_id), None)

    def by_kind(self, kind: str) -> tuple[Entity, ...]:
        """The entities of one kind, in output order."""
        return tuple(e for e in self.entities if e.kind == kind)

    def claims_of(self, kind: str) -> tuple[Claim, ...]:
        """The claims of one kind, in output order."""
        return tuple(c for c in self.claims if c.kind == kind)
