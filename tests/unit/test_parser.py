"""Example tests for the dated text format: structure, line ends, errors, lenient dates."""

from __future__ import annotations

import datetime as dt
import io
import os
import threading
from pathlib import Path

import pytest

import defnews
from defnews.parser import iter_parsed, parse_with_diagnostics


def test_crlf_file_with_heading_and_faq(fixtures: Path) -> None:
    article = defnews.parse_file(fixtures / "crlf_faq.txt")
    assert article.date == dt.date(2025, 3, 12)
    assert "\r" not in article.text
    assert [h.text for h in article.headings] == ["New Orders"]
    assert [(p.question.text, p.answer.text) for p in article.faq] == [
        ("When will deliveries start?", "Before the end of the year.")
    ]
    assert article.paragraphs[1].text.endswith("drones.")  # trailing tab and spaces trimmed
    assert article.title.startswith("KYIV, March 12 -- Ukraine's Defence Ministry said")
    assert article.source
    assert article.source.endswith("crlf_faq.txt")


def test_body_on_the_header_line() -> None:
    article = defnews.parse(" date 2024-02-29 In a significant move, Kyiv acted. It worked.")
    assert article.date == dt.date(2024, 2, 29)
    assert article.text.startswith("In a significant move")
    assert article.title == "In a significant move, Kyiv acted."


def test_bom_tabs_and_cr_only_line_ends() -> None:
    raw = "\ufeff\t date 2023-11-14\rFirst paragraph.\r\rHeading Here\r\rSecond one.\r"
    article = defnews.parse(raw)
    assert [p.text for p in article.paragraphs] == ["First paragraph.", "Second one."]
    assert [h.text for h in article.headings] == ["Heading Here"]


def test_heading_as_title_when_it_leads() -> None:
    article = defnews.parse(" date 2023-01-02\nBig Plans For Drones\n\nBody text here.")
    assert article.title == "Big Plans For Drones"


def test_long_unpunctuated_line_is_a_paragraph_not_a_heading() -> None:
    line = " ".join(["word"] * 30)
    article = defnews.parse(f" date 2023-01-02\n{line}")
    assert article.headings == ()
    assert [p.text for p in article.paragraphs] == [line]


def test_question_and_answer_in_separate_blocks_pair_up() -> None:
    text = " date 2023-01-02\nIntro.\n\nQ: One?\n\nA: Yes.\n\nQ: Two?\nA: No,\nnot yet.\n"
    article = defnews.parse(text)
    assert [(p.question.text, p.answer.text) for p in article.faq] == [
        ("One?", "Yes."),
        ("Two?", "No,\nnot yet."),
    ]


def test_every_structural_span_is_exact(fixtures: Path) -> None:
    article = defnews.parse_file(fixtures / "crlf_faq.txt")
    spans = list(article.all_spans())
    assert spans
    assert all(article.text[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize(
    ("name", "line", "column", "words"),
    [
        ("bad_date.txt", 1, 7, "impossible date '2024-02-30'"),
        ("no_header.txt", 1, 1, "missing header"),
        ("bad_bytes.txt", 2, 21, "undecodable byte 0xff"),
        ("empty_body.txt", 1, 17, "empty body"),
    ],
)
def test_errors_name_file_line_and_column(
    fixtures: Path, name: str, line: int, column: int, words: str
) -> None:
    with pytest.raises(defnews.ParseError) as caught:
        defnews.parse_file(fixtures / name)
    error = caught.value
    assert (error.line, error.column) == (line, column)
    assert words in error.message
    assert str(error).startswith(f"{fixtures / name}:{line}:{column}: ")


def test_misspelt_date_is_an_error_in_strict_mode() -> None:
    with pytest.raises(defnews.ParseError, match="bad date '29'"):
        defnews.parse(" date 29 February 2024\nBody.")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("29 February 2024", dt.date(2024, 2, 29)),
        ("2024/02/29", dt.date(2024, 2, 29)),
        ("Feb 29, 2024", dt.date(2024, 2, 29)),
        ("March 3 2025", dt.date(2025, 3, 3)),
    ],
)
def test_lenient_mode_reads_other_spellings_and_says_so(header: str, expected: dt.date) -> None:
    parsed = parse_with_diagnostics(f" date {header}\nBody text.", lenient=True)
    assert parsed.article.date == expected
    assert parsed.article.text == "Body text."
    assert [d.code for d in parsed.diagnostics] == ["lenient-date"]


def test_lenient_mode_with_body_on_the_header_line() -> None:
    parsed = parse_with_diagnostics(" date 29 February 2024 In a move, Kyiv acted.", lenient=True)
    assert parsed.article.date == dt.date(2024, 2, 29)
    assert parsed.article.text == "In a move, Kyiv acted."


def test_lenient_mode_still_refuses_impossible_dates() -> None:
    with pytest.raises(defnews.ParseError):
        defnews.parse(" date 30 February 2024\nBody.", lenient=True)


def test_stream_of_articles_with_global_line_numbers(fixtures: Path) -> None:
    articles = list(defnews.iter_articles(fixtures / "two_articles.txt"))
    assert [a.date.isoformat() for a in articles] == ["2024-05-02", "2024-05-03"]
    assert [h.text for h in articles[0].headings] == ["Delivery Schedule"]
    bad = " date 2024-01-01\nGood.\n date 2024-13-01\nBad month.\n date 2024-01-03\nGood too.\n"
    items = list(iter_parsed(io.BytesIO(bad.encode()), name="feed.txt"))
    assert isinstance(items[1], defnews.ParseError)
    assert str(items[1]).startswith("feed.txt:3:7: impossible date")
    assert [getattr(i, "article", None) is not None for i in items] == [True, False, True]


def test_text_before_the_first_header_is_reported() -> None:
    items = list(iter_parsed("stray words\n date 2024-01-01\nBody.\n"))
    assert isinstance(items[0], defnews.ParseError)
    assert isinstance(items[1], defnews.parser.ParsedArticle)


def test_render_writes_the_format_back(fixtures: Path) -> None:
    article = defnews.parse_file(fixtures / "crlf_faq.txt")
    again = defnews.parse(defnews.render(article), source=article.source)
    assert again == article


def test_id_depends_on_content_only() -> None:
    a = defnews.parse(" date 2024-01-01\nSame body.", source="a.txt")
    b = defnews.parse(" date 2024-01-01\r\nSame body.\r\n", source="b.txt")
    c = defnews.parse(" date 2024-01-02\nSame body.")
    assert a.id == b.id != c.id
    assert len(a.id) == 16


def test_seed_dates_headings_and_faq(seeds: Path) -> None:
    first = defnews.parse_file(seeds / "000_e5330e9d66f18cb1.txt")
    second = defnews.parse_file(seeds / "002_07d339b944c374a7.txt")
    assert first.date == dt.date(2024, 2, 29)
    assert second.date == dt.date(2023, 11, 14)
    assert [h.text for h in first.headings] == [
        "Strategic Shift Towards Domestic Production",
        "International Collaborations and Investments",
        "Challenges and Future Prospects",
    ]
    assert [h.text for h in second.headings] == ["Frequently Asked Questions"]
    assert len(second.faq) == 4
    assert second.faq[0].question.text.startswith("Why is Ukraine seeking")
    assert second.faq[3].answer.text.startswith("Ukraine is actively pursuing")


def test_lone_surrogates_in_a_str_are_refused() -> None:
    with pytest.raises(defnews.ParseError, match="lone surrogate U\\+D800") as caught:
        defnews.parse(" date 2024-01-01\nBad \ud800 here.")
    assert (caught.value.line, caught.value.column) == (2, 5)


def test_stopping_early_on_a_file_leaves_no_dangling_reader(
    fixtures: Path, recwarn: pytest.WarningsRecorder
) -> None:
    import gc

    stream = defnews.iter_articles(fixtures / "two_articles.txt")
    first = next(stream)
    stream.close()
    del stream
    gc.collect()
    assert first.date.isoformat() == "2024-05-02"
    assert not [w for w in recwarn if "closed file" in str(w.message)]


def test_a_pipe_yields_each_article_as_soon_as_the_next_one_starts() -> None:
    read_end, write_end = os.pipe()
    with open(read_end, "rb") as reader, open(write_end, "wb", buffering=0) as writer:
        writer.write(b" date 2024-01-01\nFirst article.\n date 2024-01-02\n")
        items = iter_parsed(reader)
        found: list[object] = []
        thread = threading.Thread(target=lambda: found.append(next(items)), daemon=True)
        thread.start()
        thread.join(timeout=10)  # with the writer still open, only line-by-line reading returns
        assert found, "the first article waited for more input"
        writer.write(b"Second article.\n")
        writer.close()
        rest = list(items)
    first = found[0]
    assert isinstance(first, defnews.parser.ParsedArticle)
    assert first.article.text == "First article."
    assert [item.article.text for item in rest] == ["Second article."]  # type: ignore[union-attr]
    assert [first.line, rest[0].line] == [1, 3]  # type: ignore[union-attr]
