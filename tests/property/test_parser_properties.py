"""Properties of the parser: round trips, exact spans, only ParseError on any input, stable ids."""

from __future__ import annotations

import datetime as dt
import io
import re
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

import defnews
from defnews import parser
from defnews.parser import ParsedArticle, build_article, parse_with_diagnostics

WORDS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12
).filter(lambda w: w.strip() == w and w != "")
LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def dated_documents(draw: st.DrawFn) -> tuple[str, dt.date]:
    """A document in the dated format with headings, paragraphs, FAQ and odd whitespace."""
    date = draw(st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)))
    end = draw(LINE_ENDS)
    blocks = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["heading", "paragraph", "faq"]))
        words = draw(st.lists(WORDS, min_size=1, max_size=20))
        body = " ".join(words)
        if kind == "heading":
            blocks.append(body[:60])
        elif kind == "faq":
            blocks.append(f"Q: {body}?{end}A: {body}.")
        else:
            blocks.append(body + draw(st.sampled_from([".", "!", "", " \t"])))
    separator = end + draw(st.sampled_from(["", "  ", "\t"])) + end
    lead = draw(st.sampled_from(["", " ", "\ufeff", "\n\n "]))
    return f"{lead} date {date.isoformat()} {end}{separator.join(blocks)}{end}", date


@settings(max_examples=300)
@given(dated_documents())
def test_render_parse_round_trip(document: tuple[str, dt.date]) -> None:
    text, date = document
    try:
        article = defnews.parse(text)
    except defnews.ParseError:
        return  # e.g. a body of whitespace-like characters only
    assert article.date == date
    assert defnews.parse(defnews.render(article)) == article


@settings(max_examples=300)
@given(dated_documents())
def test_every_span_is_in_bounds_and_exact(document: tuple[str, dt.date]) -> None:
    try:
        article = defnews.parse(document[0])
    except defnews.ParseError:
        return
    for span in article.all_spans():
        assert 0 <= span.start <= span.end <= len(article.text)
        assert article.text[span.start : span.end] == span.text
    starts = [s.start for s in sorted(article.all_spans(), key=lambda s: s.start)]
    assert starts == sorted(starts)


@settings(max_examples=500)
@given(st.one_of(st.text(), st.binary(), st.text().map(lambda t: " date 2024-01-01 " + t)))
def test_arbitrary_input_raises_only_parse_error(data: str | bytes) -> None:
    error: defnews.ParseError | None = None
    try:
        article = defnews.parse(data)
    except defnews.ParseError as caught:
        error = caught
    if error is not None:
        assert min(error.line, error.column) >= 1
        assert str(error).startswith("<text>:")
    else:
        assert article.text
        assert article.text == article.text.strip()


@settings(max_examples=200)
@given(st.binary(max_size=400))
def test_streams_yield_articles_or_errors_never_raise(data: bytes) -> None:
    stream = b" date 2024-01-01\n" + data + b"\n date 2024-01-02\nTail.\n"
    items = list(defnews.iter_parsed(stream))
    assert items, "the last article at least is always there"
    last = items[-1]
    assert isinstance(last, defnews.ParseError) or last.article.text.endswith("Tail.")


@given(st.dates(), st.text(min_size=1).filter(lambda t: t.strip() == t and t.strip() != ""))
def test_ids_are_stable_and_content_addressed(date: dt.date, body: str) -> None:
    first = build_article(date, body, source="a")
    second = build_article(date, body, source="b")
    assert first.id == second.id == defnews.models.article_id(date, body)
    assert len(first.id) == 16


def _articles_line_by_line(text: str) -> list[object]:
    """The oracle for stream splitting: every line that is a header starts a new article."""
    header = re.compile(r"[ \t\f\v]*date[ \t]+\d{4}-\d{1,2}-\d{1,2}(?:\s|$)", re.IGNORECASE)
    lines = io.StringIO(text, newline=None).readlines()
    if lines:
        lines[0] = lines[0].removeprefix("\ufeff")
    chunks: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines, start=1):
        if header.match(line) or not chunks:
            chunks.append((number, []))
        chunks[-1][1].append(line)
    found: list[object] = []
    for first_line, chunk in chunks:
        if "".join(chunk).strip():
            try:
                found.append(parse_with_diagnostics("".join(chunk), first_line=first_line))
            except defnews.ParseError as error:
                found.append(str(error))
    return found


@settings(max_examples=200)
@given(
    st.lists(
        st.one_of(
            dated_documents().map(lambda document: document[0]),
            st.sampled_from([" date 2024-13-01\nBad month.\n", "date 2024-01-01\n", "stray\n"]),
        ),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from([1, 5, 64, 1 << 20]),
)
def test_streams_split_at_every_header_line_whatever_the_batch_size(
    documents: list[str], batch_chars: int
) -> None:
    text = "".join(
        document if document.endswith(("\n", "\r")) else document + "\n" for document in documents
    )
    expected = _articles_line_by_line(text)
    with mock.patch.object(parser, "_BATCH_CHARS", batch_chars):
        for source in (text, text.encode()):
            found = [
                item if isinstance(item, ParsedArticle) else str(item)
                for item in defnews.iter_parsed(source)
            ]
            assert found == expected
