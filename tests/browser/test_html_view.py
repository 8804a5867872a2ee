"""The HTML view without a browser: escaping, the policy, segments, structure, the CLI."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from defnews.cli import main
from defnews.html import Markup, el, esc, render_page, segments
from defnews.html.view import ENTITY_COLOURS, Mark, content_security_policy
from defnews.serialization import dumps_record
from defnews.summary import summarize
from tests.browser import ROLE_PAYLOAD, hostile_extraction

SAFE_ATTRIBUTES = {
    "aria-label", "aria-live", "charset", "class", "content", "data-article-id",
    "data-claim-id", "data-claim-kinds", "data-claims", "data-entities", "data-entity-id",
    "data-entity-kinds", "href", "http-equiv", "id", "lang", "name", "title",
}  # fmt: skip


class Page(HTMLParser):
    """Every start tag with its attributes, the raw text of ``<style>``/``<script>``, and the
    decoded text inside each ``div.text`` (the article body as a browser would show it) with
    the attributes of the elements there (the highlights)."""

    def __init__(self, source: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.raw: dict[str, list[str]] = {"style": [], "script": []}
        self.bodies: list[str] = []
        self.highlights: list[dict[str, str]] = []
        self._depth = 0
        self._in_raw: str | None = None
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attributes}
        self.tags.append((tag, values))
        if tag in self.raw:
            self._in_raw = tag
        if self._depth:
            self._depth += 1
            self.highlights.append(values)
        elif tag == "div" and "text" in values.get("class", "").split():
            self._depth = 1
            self.bodies.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_raw = None
        if self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_raw:
            self.raw[self._in_raw].append(data)
        elif self._depth:
            self.bodies[-1] += data

    def having(self, tag: str, **wanted: str) -> list[dict[str, str]]:
        """Attributes of the ``tag`` elements whose attributes contain ``wanted``."""
        return [
            values
            for name, values in self.tags
            if name == tag and all(values.get(k.replace("_", "-")) == v for k, v in wanted.items())
        ]


@pytest.fixture(scope="module")
def page() -> Page:
    return Page(render_page([hostile_extraction()]))


def test_builder_escapes_text_and_attributes_but_not_markup() -> None:
    made = el("span", {"title": '"><b>', "data-x": None}, "<i>", Markup("<b>ok</b>"))
    assert made == '<span title="&quot;&gt;&lt;b&gt;">&lt;i&gt;<b>ok</b></span>'
    assert esc("'") == "&#x27;"
    with pytest.raises(ValueError, match="invalid attribute name"):
        el("span", {"onclick=x": "1"})


def test_article_text_is_shown_exactly_and_never_becomes_markup(page: Page) -> None:
    extraction = hostile_extraction()
    assert page.bodies == [extraction.article.text]
    assert [tag for tag, _ in page.tags].count("script") == 1
    assert [tag for tag, _ in page.tags].count("style") == 1
    assert not page.having("img")
    assert not [v for _, v in page.tags if v.get("href", "#").lower().startswith("javascript")]
    assert {k for _, v in page.tags for k in v} <= SAFE_ATTRIBUTES


def test_payloads_are_escaped_in_the_source() -> None:
    source = render_page([hostile_extraction()])
    assert "&lt;script&gt;document.title=&#x27;PWNED&#x27;&lt;/script&gt;" in source
    assert "<img" not in source
    assert "&lt;/style&gt;&lt;style&gt;body{display:none}&lt;/style&gt;" in source
    assert source.count("</style>") == 1
    assert source.count("</script>") == 1
    assert 'href="javascript' not in source


def test_title_and_attribute_payloads_stay_inside_their_attribute(page: Page) -> None:
    (title_row,) = page.having("li", data_entity_id="person/rustem-umerov")
    assert ROLE_PAYLOAD in title_row["title"]
    tooltips = [
        v["title"] for v in page.highlights if "person/rustem-umerov" in v.get("data-entities", "")
    ]
    assert tooltips
    assert all(ROLE_PAYLOAD in t for t in tooltips)


def test_policy_allows_only_the_pages_own_style_and_script_by_hash(page: Page) -> None:
    (meta,) = page.having("meta", http_equiv="Content-Security-Policy")
    policy = meta["content"]
    style, script = "".join(page.raw["style"]), "".join(page.raw["script"])
    assert policy == content_security_policy(style, script)
    for text in (style, script):
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy
    assert "unsafe-inline" not in policy
    assert "http" not in style + script


def test_mentions_carry_kind_classes_and_entity_ids(page: Page) -> None:
    spans = page.highlights
    rheinmetall = [v for v in spans if v.get("data-entities") == "org/rheinmetall"]
    assert len(rheinmetall) == 2
    assert all("m-organization" in v["class"].split() for v in rheinmetall)
    (leopard,) = [v for v in spans if v.get("data-entities") == "weapon/leopard"]
    assert "m-other" in leopard["class"].split()
    assert "weapon" in leopard["data-entity-kinds"]
    officials = [v for v in spans if "m-official" in v.get("class", "").split()]
    assert {v["data-entities"] for v in officials} == {"person/rustem-umerov"}


def test_overlapping_evidence_is_cut_into_segments_listing_every_claim(page: Page) -> None:
    spans = page.highlights
    both = [
        v for v in spans if set(v.get("data-claims", "").split()) == {"c-contract", "c-statement"}
    ]
    assert both
    # The contract starts first and keeps the first underline row; the statement takes the next.
    assert all(
        {"ev-contract", "ev-statement", "ev-multi", "l1-contract", "l2-statement"}
        <= set(v["class"].split())
        for v in both
    )
    only_contract = [v for v in spans if v.get("data-claims") == "c-contract"]
    assert only_contract
    assert all("ev-multi" not in v["class"].split() for v in only_contract)
    amount = [v for v in spans if "q" in v.get("class", "").split()]
    assert amount
    assert all("1,500,000,000 EUR" in v["title"] for v in amount)
    time = [v for v in spans if "t" in v.get("class", "").split()]
    assert all("2025-01-01..2025-12-31" in v["title"] for v in time)


def test_claims_list_shows_parties_amount_time_speaker_and_quote() -> None:
    source = render_page([hostile_extraction()])
    contract = source[source.index('data-claim-id="c-contract"') :]
    contract = contract[: contract.index("</details>")]
    for expected in (
        "<dt>parties</dt><dd>Rheinmetall, Ukraine</dd>",
        "<dt>status</dt><dd>signed</dd>",
        "<dt>item</dt><dd>155mm shells</dd>",
        "EUR 1.5 billion (1,500,000,000 EUR)",
        "next year (2025-01-01..2025-12-31, year)",
    ):
        assert expected in contract
    quote = source[source.index('data-claim-id="c-quote"') :]
    quote = quote[: quote.index("</details>")]
    assert "<dt>quote</dt><dd>We will build the Leopard line together,</dd>" in quote
    assert "<dt>speaker</dt><dd>Rustem Umerov (Defence Minister&quot;&gt;&lt;img" in quote


def test_one_article_has_no_toc_and_several_get_an_index() -> None:
    one = Page(render_page([hostile_extraction()]))
    assert not one.having("nav")
    first = hostile_extraction()
    second = attrs.evolve(first, article=attrs.evolve(first.article, title="Second <b>"))
    many = Page(render_page([first, second], title="Corpus"))
    assert len(many.having("nav")) == 1
    links = [v["href"] for v in many.having("a")]
    anchors = [v["id"] for v in many.having("article")]
    assert links == ["#article-1", "#article-2"]
    assert anchors == ["article-1", "article-2"]
    assert len(many.bodies) == 2


def test_styles_define_every_entity_colour() -> None:
    css = "".join(Page(render_page([hostile_extraction()])).raw["style"])
    for kind, colour in ENTITY_COLOURS.items():
        assert f"--{kind}: {colour};" in css
        assert f".m-{kind} {{ --mc: var(--{kind}); }}" in css


marks = st.lists(
    st.builds(
        Mark,
        start=st.integers(-3, 40),
        end=st.integers(-3, 40),
        layer=st.sampled_from(["mention", "evidence"]),
        ref=st.text("abc", max_size=2),
    ),
    max_size=8,
)


@given(length=st.integers(0, 30), given_marks=marks)
def test_segments_tile_the_text_and_list_exactly_the_covering_marks(
    length: int, given_marks: list[Mark]
) -> None:
    result = segments(length, given_marks)
    if length == 0:
        assert result == []
        return
    assert result[0].start == 0
    assert result[-1].end == length
    assert all(a.end == b.start for a, b in itertools.pairwise(result))
    for segment in result:
        assert segment.start < segment.end
        covering = [m for m in given_marks if m.start <= segment.start and segment.end <= m.end]
        assert list(segment.marks) == covering


def _write_records(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_render_command_reads_records_and_reports_bad_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = dumps_record(hostile_extraction())
    records = _write_records(tmp_path / "r.jsonl", [good, "{not json", json.dumps({"schema": "x"})])
    out = tmp_path / "page.html"
    status = main(["render", "--records", str(records), "-o", str(out)])
    errors = capsys.readouterr().err.splitlines()
    assert status == 1
    assert [e.split(": ", 1)[0] for e in errors] == [f"{records}:2:1", f"{records}:3:1"]
    written = Page(out.read_text(encoding="utf-8"))
    assert written.bodies == [hostile_extraction().article.text]


def test_render_command_extracts_articles_and_writes_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(" date 2024-05-01\nA <b>bold</b> claim.\n", encoding="utf-8")
    assert main(["render", "--plugins", "", str(article)]) == 0
    shown = Page(capsys.readouterr().out)
    assert shown.bodies == ["A <b>bold</b> claim."]


def test_render_command_needs_some_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render"]) == 2
    assert "PATH" in capsys.readouterr().err


def test_summary_names_officials_contracts_and_quotes() -> None:
    text = summarize(hostile_extraction())
    assert text.startswith("2024-03-01  Rheinmetall <script>")
    assert "Officials      Rustem Umerov (Defence Minister" in text
    assert "Organizations  Rheinmetall" in text
    assert "Countries      Ukraine" in text
    assert "[signed] Rheinmetall + Ukraine; supply; 155mm shells; EUR 1.5 billion" in text
    assert "Quotes         Rustem Umerov: “We will build the Leopard line together,”" in text
    assert "Statements     Rustem Umerov: “EUR 1.5 billion for" in text
