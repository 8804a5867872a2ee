"""Hypothesis strategies for defnews: documents in the dated format and every model.

`documents` builds a document block by block and, alongside, the `Article` it must
parse to (structure spans computed while writing, not by the parser), then adds the noise real
files carry: a BOM, leading blanks, CRLF or CR line ends, trailing blanks, repeated blank lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
from hypothesis import strategies as st

from defnews.models import (
    Amount,
    Article,
    Claim,
    Entity,
    Extraction,
    FaqPair,
    Span,
    TimeRef,
    article_id,
)
from defnews.text.sentences import split_sentences

__all__ = [
    "Document",
    "any_amounts",
    "any_claims",
    "any_entities",
    "any_times",
    "article_objects",
    "claims",
    "documents",
    "entities",
    "extractions",
    "spans",
]

NAMES = (
    "Volodymyr Zelenskyy",
    "Zelenskiy",
    "Rustem Umerov",
    "Oleksii Reznikov",
    "Oleksiy",
    "Mark Rutte",
    "Boris Pistorius",
    "Rheinmetall",
    "BAE Systems",
    "Ukroboronprom",
    "KNDS",
    "Baykar",
    "NATO",
    "the European Commission",
    "Kyiv",
    "Ukraine",
    "Germany",
    "Poland",
    "Brave1",
    "the European Peace Facility",
    "Ярослав",
    "Łukasz",
    "Ørsted",
)
WORDS = (
    "signed",
    "a",
    "contract",
    "for",
    "shells",
    "drones",
    "the",
    "ministry",
    "said",
    "fund",
    "joint",
    "venture",
    "will",
    "build",
    "plant",
    "in",
    "production",
    "deliveries",
    "of",
    "defence",
    "defense",
    "announced",
    "plans",
    "to",
    "with",
    "about",
    "€1.5 billion",
    "$300 million",
    "UAH 20 billion",
    "46 types",
    "approximately 50%",
    "last year",
    "next month",
    "17 February",
    "2024",
    "155mm",
    "“special regime”",
    '"quoted"',
    "‘term’",
    "don’t",
    "naïve",
    "—",
    "(",
    ")",
    "U.S.",
    "Dr.",
    "e.g.",
)
_WORD = st.one_of(st.sampled_from(WORDS), st.sampled_from(NAMES))
_HEADING_WORD = st.sampled_from(
    ("Strategic", "Shift", "New", "Orders", "Funds", "Joint", "Production", "Outlook", "Drones")
)


@attrs.frozen
class Document:
    """A document in the dated text format and the article it must parse to."""

    raw: str
    article: Article


def _sentence(words: Sequence[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


@st.composite
def _blocks(draw: st.DrawFn) -> list[tuple[str, str]]:
    """(kind, text) blocks: heading, paragraph, or faq (question and answer)."""
    blocks: list[tuple[str, str]] = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(("heading", "paragraph", "paragraph", "faq")))
        if kind == "heading":
            blocks.append((kind, " ".join(draw(st.lists(_HEADING_WORD, min_size=1, max_size=6)))))
        elif kind == "faq":
            question = " ".join(draw(st.lists(_WORD, min_size=1, max_size=8))) + "?"
            answer = _sentence(draw(st.lists(_WORD, min_size=1, max_size=12)))
            blocks.append((kind, f"{question}\n{answer}"))
        else:
            sentences = draw(
                st.lists(st.lists(_WORD, min_size=1, max_size=10), min_size=1, max_size=3)
            )
            blocks.append((kind, " ".join(_sentence(s) for s in sentences)))
    return blocks


def _assemble(date: dt.date, blocks: list[tuple[str, str]], gaps: list[str]) -> Article:
    """The text and structure of ``blocks`` joined by ``gaps`` (blank-line separators)."""
    text = ""
    paragraphs: list[Span] = []
    headings: list[Span] = []
    faq: list[FaqPair] = []
    for index, (kind, body) in enumerate(blocks):
        if index:
            text += gaps[index - 1]
        start = len(text)
        if kind == "faq":
            question, answer = body.split("\n")
            text += f"Q: {question}\nA: {answer}"
            q_start = start + 3
            a_start = q_start + len(question) + 4
            faq.append(
                FaqPair(
                    Span.of(text, q_start, q_start + len(question)),
                    Span.of(text, a_start, a_start + len(answer)),
                )
            )
            paragraphs.append(Span.of(text, start, len(text)))
        else:
            text += body
            (headings if kind == "heading" else paragraphs).append(Span.of(text, start, len(text)))
    first_kind = blocks[0][0]
    if first_kind == "heading":
        title = blocks[0][1]
    else:
        first = paragraphs[0]
        sentences = split_sentences(text, first.start, first.end)
        title = sentences[0].text if sentences else first.text
    return Article(
        id=article_id(date, text),
        date=date,
        text=text,
        title=title,
        paragraphs=tuple(paragraphs),
        headings=tuple(headings),
        faq=tuple(faq),
    )


@st.composite
def documents(
    draw: st.DrawFn,
    min_date: dt.date = dt.date(2000, 1, 1),
    max_date: dt.date = dt.date(2035, 12, 31),
) -> Document:
    """A dated-format document with headings, paragraphs, FAQ, Unicode, money, dates and names,
    in odd whitespace and line ends, together with the `Article` it must parse to."""
    date = draw(st.dates(min_date, max_date))
    blocks = draw(_blocks())
    gaps = [draw(st.sampled_from(("\n\n", "\n\n\n", "\n \t\n", "\n\n\n\n"))) for _ in blocks[1:]]
    article = _assemble(date, blocks, gaps)
    newline = draw(st.sampled_from(("\n", "\r\n", "\r")))
    lead = draw(st.sampled_from(("", " ", "\ufeff", "\ufeff ", "\n\t ")))
    same_line = draw(st.booleans())
    header = f"{lead}date {date.isoformat()}{' ' if same_line else ' ' + newline}"
    tail = draw(st.sampled_from(("", "\n", "\n\n", "  \n")))
    raw = (header + article.text + tail).replace("\n", newline)
    return Document(raw=raw, article=article)


def article_objects() -> st.SearchStrategy[Article]:
    """Articles, as parsed from `documents`."""
    return documents().map(lambda document: document.article)


def spans(article: Article, *, min_size: int = 0) -> st.SearchStrategy[Span]:
    """Spans inside ``article.text`` with their exact text."""
    size = len(article.text)

    @st.composite
    def build(draw: st.DrawFn) -> Span:
        start = draw(st.integers(0, max(0, size - min_size)))
        end = draw(st.integers(min(size, start + min_size), size))
        return article.span(start, end)

    return build()


_SLUGS = st.builds(
    "{}{}".format,
    st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", max_size=10),
)
_KINDS = st.sampled_from(("official", "person", "organization", "country", "fund"))
_CONFIDENCE = st.floats(0.0, 1.0, allow_nan=False)


@st.composite
def entities(draw: st.DrawFn, article: Article) -> Entity:
    """An entity whose mentions are real spans of ``article``."""
    mentions = draw(st.lists(spans(article), min_size=1, max_size=4, unique=True))
    mentions.sort(key=lambda s: (s.start, s.end))
    slug = draw(_SLUGS)
    kind = draw(_KINDS)
    return Entity(
        id=f"{kind}/{slug}",
        kind=kind,
        name=mentions[0].text or slug,
        mentions=mentions,
        role=draw(st.none() | st.sampled_from(("President",))),
        country=draw(st.none() | st.just("Ukraine")),
        extractor="hypothesis",
        confidence=draw(_CONFIDENCE),
        attributes={"n": draw(st.integers(0, 9))},
    )


@st.composite
def amounts(draw: st.DrawFn, article: Article) -> Amount:
    """An amount anchored on a real span of ``article``."""
    span = draw(spans(article))
    value = draw(st.floats(0, 1e12, allow_nan=False, allow_infinity=False))
    return Amount(
        start=span.start,
        end=span.end,
        text=span.text,
        value=value,
        unit=draw(st.sampled_from(("EUR", "percent", "drones"))),
        currency=draw(st.none() | st.just("EUR")),
        approx=draw(st.booleans()),
    )


@st.composite
def times(draw: st.DrawFn, article: Article) -> TimeRef:
    """A time reference anchored on a real span of ``article``."""
    span = draw(spans(article))
    start = draw(st.dates(dt.date(1990, 1, 1), dt.date(2040, 1, 1)))
    length = draw(st.integers(0, 400))
    return TimeRef(
        start=span.start,
        end=span.end,
        text=span.text,
        from_=start,
        until=start + dt.timedelta(days=length),
        granularity=draw(st.sampled_from(("day", "month", "year", "range"))),
        relative=draw(st.booleans()),
    )


@st.composite
def claims(draw: st.DrawFn, article: Article, entity_ids: Sequence[str] = ()) -> Claim:
    """A claim on ``article`` whose references are drawn from ``entity_ids``."""
    ids = st.sampled_from(list(entity_ids)) if entity_ids else None
    return Claim(
        id=draw(st.integers(0, 2**64 - 1).map("{:016x}".format)),
        kind=draw(st.sampled_from(("contract", "fund", "quote", "statement"))),
        modality=draw(
            st.sampled_from(("fact", "announced", "planned", "promised", "considered", "denied"))
        ),
        evidence=draw(spans(article)),
        parties=draw(st.lists(ids, max_size=3, unique=True)) if ids is not None else [],
        speaker=draw(st.none() | ids) if ids is not None else None,
        quote=draw(st.none() | spans(article)),
        amount=draw(st.none() | amounts(article)),
        time=draw(st.none() | times(article)),
        extractor="hypothesis",
        confidence=draw(_CONFIDENCE),
        attributes={"status": draw(st.sampled_from(("signed", "planned")))},
    )


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    """A consistent extraction: every span exact, every reference to an entity present."""
    article = draw(article_objects())
    found = draw(st.lists(entities(article), max_size=4, unique_by=lambda e: e.id))
    ids = [e.id for e in found]
    return Extraction(
        article=article,
        entities=tuple(found),
        claims=tuple(draw(st.lists(claims(article, ids), max_size=3, unique_by=lambda c: c.id))),
        quantities=tuple(draw(st.lists(amounts(article), max_size=3))),
        times=tuple(draw(st.lists(times(article), max_size=3))),
    )


def any_entities() -> st.SearchStrategy[Entity]:
    """Entities on some article."""
    return article_objects().flatmap(entities)


def any_claims() -> st.SearchStrategy[Claim]:
    """Claims (without references) on some article."""
    return article_objects().flatmap(claims)


def any_amounts() -> st.SearchStrategy[Amount]:
    """Amounts on some article."""
    return article_objects().flatmap(amounts)


def any_times() -> st.SearchStrategy[TimeRef]:
    """Time references on some article."""
    return article_objects().flatmap(times)
