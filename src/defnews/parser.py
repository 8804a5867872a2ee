"""The dated text format, both ways: text to `Article` and back.

Format (see ``docs/format.md``)::

    <optional BOM and whitespace>date YYYY-MM-DD<whitespace><body>

The body may start on the header line or on the next one. Line ends (CRLF, CR, LF) are
normalised to LF and the body is stripped of outer whitespace; **every offset defnews reports
indexes that normalised body** (``Article.text``), not the raw file. Blank-line separated
blocks are paragraphs; a one-line block that is short and ends without punctuation is a
heading; blocks starting ``Q:``/``A:`` form FAQ pairs.

A stream may hold several articles one after another, each starting with its own header line;
`iter_articles` reads it lazily, one article in memory at a time.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Generator, Iterable, Iterator
from typing import IO, Union

import attrs
from dateutil import parser as date_parser

from defnews.errors import ParseError
from defnews.models import Article, Diagnostic, FaqPair, Span, _trusted_span, article_id

__all__ = [
    "ParsedArticle",
    "iter_articles",
    "iter_parsed",
    "parse",
    "parse_file",
    "render",
]

Source = Union[str, bytes, "os.PathLike[str]", IO[str], IO[bytes]]

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?=\s|$)")
_LEADING_SPACE = re.compile(r"\s*")
_HEADER_WORD = re.compile(r"[ \t\f\v]*date[ \t]+", re.IGNORECASE)
_STRICT_HEADER = r"[ \t\f\v]*date[ \t]+\d{4}-\d{1,2}-\d{1,2}(?=\s|$)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_LENIENT_HEADER = rf"[ \t\f\v]*date[ \t]+(?:\d|{_MONTH}[ \t]+\d)"
# a header line at the start of a string, and one after a line end: the leading ``\n`` lets the
# regex engine jump from line end to line end instead of trying every character
_HEADER_LINE = {
    lenient: (
        re.compile(pattern, re.IGNORECASE | re.MULTILINE),
        re.compile("\n" + pattern, re.IGNORECASE | re.MULTILINE),
    )
    for lenient, pattern in ((False, _STRICT_HEADER), (True, _LENIENT_HEADER))
}
_BATCH_CHARS = 1 << 20  # text read and searched for header lines at a time
_TRIMMED_LINE = re.compile(r"\S(?:[^\n]*\S)?")  # a non-blank line without its outer spaces
_QA_MARK = re.compile(r"(Q|A|Question|Answer)\s*:\s*", re.IGNORECASE)
_QA_FIRST_LETTERS = frozenset("QAqa")
# a run of non-blank lines from its first to its last non-space character; linear: each line's
# ``[^\n]*\S`` backtracks only over that line's trailing spaces
_BLOCK = re.compile(r"\S(?:[^\n]*\S)?(?:[^\S\n]*\n[^\S\n]*\S(?:[^\n]*\S)?)*")
_HEADING_MAX_CHARS = 100
_HEADING_MAX_WORDS = 14
_FINAL_PUNCTUATION = frozenset(".!?:;,…\"'”’)]»")
_LENIENT_MAX_TOKENS = 5


@attrs.frozen
class ParsedArticle:
    """An article together with what the parser noticed (lenient date spellings) and the line
    of its source where it starts (for messages about it)."""

    article: Article
    diagnostics: tuple[Diagnostic, ...] = ()
    line: int = 1


def parse(text: str | bytes, source: str | None = None, *, lenient: bool = False) -> Article:
    """Parse one article in the dated text format.

    Raises `ParseError` (with source, line, column) for a missing header, an impossible
    or misspelt date (unless ``lenient``), an empty body, or undecodable bytes.
    """
    return parse_with_diagnostics(text, source, lenient=lenient).article


def parse_with_diagnostics(
    text: str | bytes, source: str | None = None, *, lenient: bool = False, first_line: int = 1
) -> ParsedArticle:
    """Like `parse`, also returning diagnostics; ``first_line`` offsets error lines."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="surrogateescape")
    text = text.removeprefix("\ufeff")
    _reject_undecodable(text, source, first_line)
    normalised = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    date, body_start, diagnostics = _read_header(normalised, source, lenient, first_line)
    body = normalised[body_start:]
    stripped = body.strip()
    if not stripped:
        line, column = _position(normalised, len(normalised.rstrip()), first_line)
        raise ParseError(
            "empty body: the header is not followed by any text",
            source=source,
            line=line,
            column=column,
        )
    article = build_article(date, stripped, source)
    return ParsedArticle(article, tuple(diagnostics), first_line)


def parse_file(path: str | os.PathLike[str], *, lenient: bool = False) -> Article:
    """Parse the file at ``path`` (one article); errors name the file."""
    with open(path, "rb") as handle:
        data = handle.read()
    return parse(data, os.fspath(path), lenient=lenient)


def render(article: Article) -> str:
    """Write ``article`` back in the dated text format; ``parse(render(a)) == a``."""
    return f" date {article.date.isoformat()}\n{article.text}\n"


def iter_articles(source: Source, *, lenient: bool = False) -> Iterator[Article]:
    """Yield the articles of a stream holding one or more, lazily; raise on the first bad one.

    ``source`` is the text itself (``str``), raw ``bytes``, a path (``os.PathLike``), or an open
    text or binary file. Use `iter_parsed` to carry on past bad articles.
    """
    for item in iter_parsed(source, lenient=lenient):
        if isinstance(item, ParseError):
            raise item
        yield item.article


def iter_parsed(
    source: Source, *, lenient: bool = False, name: str | None = None
) -> Iterator[ParsedArticle | ParseError]:
    """Yield each article of a stream, or the `ParseError` for one that is malformed.

    Reads whole lines about a megabyte at a time, holding one article (and that batch) at a
    time, so memory stays flat however long the stream is. A line starting with
    ``date YYYY-MM-DD`` (after optional spaces) starts a new article; in lenient mode also
    ``date`` followed by a day or month name.
    """
    if isinstance(source, os.PathLike):
        path = os.fspath(source)
        with open(path, "rb") as handle:
            decoded = _decoded_batches(handle)
            try:
                yield from _iter_stream(decoded, name or path, lenient)
            finally:
                decoded.close()  # before the file closes, so the decoder detaches cleanly
        return
    if isinstance(source, str):
        batches = _line_batches(io.StringIO(source, newline=None))
        yield from _iter_stream(batches, name, lenient)
        return
    if isinstance(source, bytes):
        yield from _iter_stream(_decoded_batches(io.BytesIO(source)), name, lenient)
        return
    if isinstance(source, io.TextIOBase):
        batches = _line_batches(source)
        yield from _iter_stream(batches, name or getattr(source, "name", None), lenient)
        return
    yield from _iter_stream(
        _decoded_batches(source),  # type: ignore[arg-type]
        name or _stream_name(source),
        lenient,
    )


def _stream_name(stream: object) -> str | None:
    value = getattr(stream, "name", None)
    return value if isinstance(value, str) else None


def _seekable(stream: IO[str]) -> bool:
    try:
        return stream.seekable()
    except (OSError, ValueError):
        return False


def _decoded_batches(binary: IO[bytes]) -> Generator[str, None, None]:
    """Decode a binary stream lazily with universal newlines, keeping bad bytes visible."""
    wrapper = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline=None)
    try:
        yield from _line_batches(wrapper)
    finally:
        if not binary.closed:  # leave the caller's stream open for the caller to close
            wrapper.detach()


def _iter_stream(
    batches: Iterable[str], name: str | None, lenient: bool
) -> Iterator[ParsedArticle | ParseError]:
    """Split a stream into articles at header lines, one article in memory at a time.

    ``batches`` are runs of whole lines (`_line_batches`); each is searched for header lines
    with one multi-line regex, which costs far less than matching every line on its own.
    """
    header_at_start, header_after_newline = _HEADER_LINE[lenient]
    pending: list[str] = []  # the current article's text so far
    pending_line = 1
    for batch in batches:
        starts = [found.start() + 1 for found in header_after_newline.finditer(batch)]
        if pending and header_at_start.match(batch):  # a batch starts on a line of its own
            starts.insert(0, 0)
        start = 0
        for at in starts:
            pending.append(batch[start:at])
            text = "".join(pending)
            yield from _parse_chunk(text, pending_line, name, lenient)
            pending_line += text.count("\n")
            pending = []
            start = at
        pending.append(batch[start:])
    if pending:
        yield from _parse_chunk("".join(pending), pending_line, name, lenient)


def _line_batches(stream: IO[str]) -> Iterator[str]:
    """Whole lines joined into strings of about `_BATCH_CHARS`, the stream's BOM dropped.

    A pipe or terminal is read line by line instead, so that each article comes out as soon
    as the next one starts, not when a megabyte has arrived.
    """
    size = _BATCH_CHARS if _seekable(stream) else 1
    batches = iter(lambda: stream.readlines(size), [])
    first = True
    for batch in batches:
        text = "".join(batch)
        if first:
            text = text.removeprefix("\ufeff")
            first = False
        if text:
            yield text


def _parse_chunk(
    text: str, first_line: int, name: str | None, lenient: bool
) -> Iterator[ParsedArticle | ParseError]:
    if not text or text.isspace():
        return
    try:
        yield parse_with_diagnostics(text, name, lenient=lenient, first_line=first_line)
    except ParseError as error:
        yield error


def _reject_undecodable(text: str, source: str | None, first_line: int) -> None:
    """Refuse text holding surrogates: bytes that were not UTF-8, or broken Unicode."""
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        at = error.start
    else:
        return
    code = ord(text[at])
    line, column = _position(text, at, first_line)
    message = (
        f"undecodable byte 0x{code - 0xDC00:02x}: the file is not valid UTF-8"
        if 0xDC80 <= code <= 0xDCFF
        else f"lone surrogate U+{code:04X}: the text is not valid Unicode"
    )
    raise ParseError(message, source=source, line=line, column=column)


def _position(text: str, offset: int, first_line: int = 1) -> tuple[int, int]:
    """1-based line and column of ``offset`` in LF-normalised ``text``."""
    line_start = text.rfind("\n", 0, offset) + 1
    return first_line + text.count("\n", 0, offset), offset - line_start + 1


def _read_header(
    text: str, source: str | None, lenient: bool, first_line: int
) -> tuple[dt.date, int, list[Diagnostic]]:
    """The article date and where the body starts."""
    leading = _LEADING_SPACE.match(text)  # as ``str.lstrip`` would, without copying the text
    lead = leading.end() if leading is not None else 0
    word = _HEADER_WORD.match(text, lead)
    if word is None:
        line, column = _position(text, lead, first_line)
        found = text[lead : lead + 30].split("\n", 1)[0]
        raise ParseError(
            f"missing header: expected ' date YYYY-MM-DD' at the start, found {found!r}",
            source=source,
            line=line,
            column=column,
        )
    date_at = word.end()
    iso = _ISO_DATE.match(text, date_at)
    if iso is not None:
        return _iso_date(iso, text, source, first_line), iso.end(), []
    if lenient:
        lenient_found = _lenient_date(text, date_at)
        if lenient_found is not None:
            date, end = lenient_found
            line, column = _position(text, date_at, first_line)
            note = Diagnostic(
                level="info",
                code="lenient-date",
                message=f"date {text[date_at:end]!r} read as {date.isoformat()}",
                line=line,
                column=column,
            )
            return date, end, [note]
    line, column = _position(text, date_at, first_line)
    token = text[date_at:].split(None, 1)[0] if text[date_at:].strip() else ""
    raise ParseError(
        f"bad date {token!r}: expected YYYY-MM-DD (lenient mode also reads spellings "
        "such as '29 February 2024')",
        source=source,
        line=line,
        column=column,
    )


def _iso_date(match: re.Match[str], text: str, source: str | None, first_line: int) -> dt.date:
    year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        line, column = _position(text, match.start(), first_line)
        raise ParseError(
            f"impossible date {match.group()!r}: {error}",
            source=source,
            line=line,
            column=column,
        ) from None


def _lenient_date(text: str, start: int) -> tuple[dt.date, int] | None:
    """The longest run of up to five tokens after ``start`` that is a complete date."""
    line_end = text.find("\n", start)
    line = text[start : len(text) if line_end < 0 else line_end]
    tokens = list(re.finditer(r"\S+", line))[:_LENIENT_MAX_TOKENS]
    for count in range(len(tokens), 0, -1):
        end = tokens[count - 1].end()
        candidate = line[:end].rstrip(",")
        date = _complete_date(candidate)
        if date is not None:
            return date, start + end
    return None


def _complete_date(candidate: str) -> dt.date | None:
    """``candidate`` as a date if it names year, month and day unambiguously enough."""
    if not re.fullmatch(r"[\w.,/ -]+", candidate) or not re.search(r"\d{4}", candidate):
        return None
    try:
        first = date_parser.parse(candidate, default=dt.datetime(2000, 1, 1))
        second = date_parser.parse(candidate, default=dt.datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        return None
    if first.date() != second.date() or first.time() != dt.time(0):
        return None
    return first.date()


# --- body structure -----------------------------------------------------------------------


def build_article(date: dt.date, text: str, source: str | None = None) -> Article:
    """An `Article` for an already normalised, stripped body."""
    paragraphs: list[Span] = []
    headings: list[Span] = []
    faq: list[FaqPair] = []
    pending_question: Span | None = None
    for found in _BLOCK.finditer(text):
        start, end = found.span()
        block = found.group()
        if (
            block[0] in _QA_FIRST_LETTERS
            and _QA_MARK.match(text, start) is not None  # else the first line has no marker
        ):
            items = _qa_items(text, start, end)
            if items:
                paragraphs.append(_trusted_span(start, end, block))
                for mark, span in items:
                    if mark == "q":
                        pending_question = span
                    elif pending_question is not None:
                        faq.append(FaqPair(pending_question, span))
                        pending_question = None
                continue
        if (
            end - start <= _HEADING_MAX_CHARS
            and block[-1] not in _FINAL_PUNCTUATION
            and "\n" not in block
            and _looks_like_heading(block)
        ):
            headings.append(_trusted_span(start, end, block))
        else:
            paragraphs.append(_trusted_span(start, end, block))
    return Article(
        id=article_id(date, text),
        date=date,
        text=text,
        title=_title(text, paragraphs, headings),
        paragraphs=tuple(paragraphs),
        headings=tuple(headings),
        faq=tuple(faq),
        source=source,
    )


def _qa_items(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    """The Q/A items of a block whose first line starts with a Q:/A: marker, else []."""
    items: list[tuple[str, int, int]] = []
    for line in _TRIMMED_LINE.finditer(text, start, end):
        line_start, line_end = line.span()
        mark = _QA_MARK.match(text, line_start, line_end)
        if mark is not None:
            items.append((mark.group(1)[0].lower(), mark.end(), line_end))
        elif items:
            kind, item_start, _ = items[-1]
            items[-1] = (kind, item_start, line_end)
        else:
            return []
    return [(kind, Span.of(text, s, e)) for kind, s, e in items if e > s]


def _looks_like_heading(line: str) -> bool:
    if len(line) > _HEADING_MAX_CHARS or line[-1] in _FINAL_PUNCTUATION:
        return False
    words = line.split()
    return len(words) <= _HEADING_MAX_WORDS and any(ch.isalpha() for ch in line)


def _title(text: str, paragraphs: list[Span], headings: list[Span]) -> str:
    first = min((*paragraphs[:1], *headings[:1]), key=lambda s: s.start, default=None)
    if first is None:
        return ""
    if first in headings:
        return first.text
    from defnews.text.sentences import split_sentences

    sentences = split_sentences(text, first.start, first.end)
    return sentences[0].text if sentences else first.text
