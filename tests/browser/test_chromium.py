"""The HTML view in real headless Chromium: it paints, highlights, and runs no article script.

No browser library: Chromium's own ``--screenshot`` and ``--dump-dom`` switches, and a small
PNG decoder from the standard library, so the test needs nothing but the ``chromium`` package.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

import pytest

from defnews.html import render_page
from defnews.html.view import ENTITY_COLOURS
from tests.browser import hostile_extraction

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        shutil.which("chromium") is None,
        reason="headless Chromium is not installed (apt-get install chromium; .ci/run does it)",
    ),
]

TIMEOUT = 60
WIDTH, HEIGHT = 1280, 2000


def chromium(page: Path, *switches: str) -> str:
    """Run headless Chromium on ``page`` with a fresh profile; its stdout."""
    with tempfile.TemporaryDirectory(prefix="defnews-chromium-") as profile:
        done = subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                f"--window-size={WIDTH},{HEIGHT}",
                *switches,
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def _unfilter(kind: int, row: bytearray, prior: bytes | bytearray, bpp: int) -> None:
    if kind == 1:
        for i in range(bpp, len(row)):
            row[i] = (row[i] + row[i - bpp]) & 0xFF
    elif kind == 2:
        for i in range(len(row)):
            row[i] = (row[i] + prior[i]) & 0xFF
    elif kind == 3:
        for i in range(len(row)):
            left = row[i - bpp] if i >= bpp else 0
            row[i] = (row[i] + ((left + prior[i]) >> 1)) & 0xFF
    elif kind == 4:
        for i in range(len(row)):
            left = row[i - bpp] if i >= bpp else 0
            up_left = prior[i - bpp] if i >= bpp else 0
            row[i] = (row[i] + _paeth(left, prior[i], up_left)) & 0xFF


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) pixels (8-bit, non-interlaced) of a PNG file."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, header = 8, bytearray(), b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, interlace) == (8, 0), f"unsupported PNG: depth {depth}, interlace {interlace}"
    bpp = {2: 3, 6: 4}[colour]
    raw = zlib.decompress(bytes(idat))
    stride = width * bpp
    rows: list[bytes] = []
    prior: bytes | bytearray = bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        row = bytearray(raw[start + 1 : start + 1 + stride])
        _unfilter(raw[start], row, prior, bpp)
        rows.append(bytes(row))
        prior = row
    return width, height, rows


def colour_counts(width: int, rows: list[bytes], bpp: int) -> dict[tuple[int, int, int], int]:
    """How many pixels have each RGB colour."""
    counts: dict[tuple[int, int, int], int] = {}
    for row in rows:
        for x in range(0, width * bpp, bpp):
            key = (row[x], row[x + 1], row[x + 2])
            counts[key] = counts.get(key, 0) + 1
    return counts


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = int(hex_colour.removeprefix("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("view") / "hostile.html"
    path.write_text(render_page([hostile_extraction()]), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dom(page: Path) -> str:
    return chromium(page, "--dump-dom")


def test_page_scripts_run_but_article_scripts_do_not(dom: str) -> None:
    # The page's own (hashed) script ran, so scripts do execute in this browser...
    assert re.search(r'<html[^>]*data-view-ready="1"', dom)
    # ...yet the title is the article's escaped heading, and no handler touched <body>.
    (title,) = re.findall(r"<title>(.*?)</title>", dom, re.S)
    assert title != "PWNED"
    assert title.startswith("Rheinmetall &lt;script&gt;")
    assert not re.search(r"<body[^>]*data-pwned", dom)
    assert "<img" not in dom
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom
    assert "&lt;img src=x onerror=" in dom


def test_dom_holds_the_highlighted_spans_with_entity_and_claim_ids(dom: str) -> None:
    spans = re.findall(r"<span ([^>]*)>", dom)
    mentions = [s for s in spans if 'data-entities="org/rheinmetall"' in s]
    assert len(mentions) == 2
    assert all(re.search(r'class="[^"]*\bm-organization\b', s) for s in mentions)
    assert any('data-entities="person/rustem-umerov"' in s and "m-official" in s for s in spans)
    evidence = [s for s in spans if re.search(r'data-claims="[^"]*\bc-contract\b', s)]
    assert evidence
    assert all(re.search(r'class="[^"]*\bev-contract\b', s) for s in evidence)


def test_screenshot_is_painted_with_highlight_colours(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "view.png"
    chromium(page, f"--screenshot={shot}", "--hide-scrollbars")
    data = shot.read_bytes()
    width, height, rows = decode_png(data)
    assert (width, height) == (WIDTH, HEIGHT)
    bpp = len(rows[0]) // width
    counts = colour_counts(width, rows, bpp)
    assert len(counts) > 20, f"only {len(counts)} colours: the page looks blank"
    white = counts.get((255, 255, 255), 0)
    assert white < 0.97 * width * height
    for kind in ("organization", "official", "country"):
        colour = _rgb(ENTITY_COLOURS[kind])
        assert counts.get(colour, 0) > 50, f"no {kind} highlight ({colour}) painted"


def test_policy_alone_stops_a_missed_escape(tmp_path: Path) -> None:
    source = render_page([hostile_extraction()])
    payload = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
    injected = source.replace("<main>", "<main>" + payload, 1)
    unprotected = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", injected)
    assert unprotected != injected
    pages = {"protected": injected, "unprotected": unprotected}
    doms = {}
    for name, text in pages.items():
        path = tmp_path / f"{name}.html"
        path.write_text(text, encoding="utf-8")
        doms[name] = chromium(path, "--dump-dom")
    # Control: without the policy the injected handler runs, so the check below can fail.
    assert re.search(r"<body[^>]*data-pwned", doms["unprotected"])
    assert not re.search(r"<body[^>]*data-pwned", doms["protected"])
    assert re.search(r'<html[^>]*data-view-ready="1"', doms["protected"])


CLICKS = (
    'document.querySelector(\'#article-1 .text .hl[data-claims~="c-contract"]'
    '[data-entities~="org/rheinmetall"]\').click();'
    "document.querySelector('#article-2 details[data-claim-id=\"c-quote\"] > summary').click();"
)


def test_clicks_open_claims_and_outline_related_text(tmp_path: Path) -> None:
    # A test-only script plays two clicks; the policy is extended with its hash so it may run.
    extraction = hostile_extraction()
    source = render_page([extraction, extraction])
    policy = re.search(r"script-src &#x27;sha256-[^&]+&#x27;", source)
    assert policy
    clicks_hash = base64.b64encode(hashlib.sha256(CLICKS.encode()).digest()).decode()
    source = source.replace(policy.group(0), f"{policy.group(0)} &#x27;sha256-{clicks_hash}&#x27;")
    source = source.replace("</body>", f"<script>{CLICKS}</script></body>")
    path = tmp_path / "clicks.html"
    path.write_text(source, encoding="utf-8")
    first, second = chromium(path, "--dump-dom").split('id="article-2"')

    clicked = re.findall(r'<span class="([^"]*)" data-entities="org/rheinmetall"', first)
    assert sorted("active" in c.split() or "related" in c.split() for c in clicked) == [True] * 2
    assert re.search(r'<details class="claim k-contract active" [^>]*open=""', first)
    assert not re.search(r'<details class="claim k-quote[^"]*" [^>]*open=""', first)
    assert re.search(r'<li [^>]*class="active"[^>]*>|<li class="active"', first)
    assert (
        "Rheinmetall — organization, Germany [org/rheinmetall]"
        in re.sub(r".*<div class=\"selection\"[^>]*>", "", first, count=1, flags=re.S).split(
            "</div>", 1
        )[0]
    )

    quoted = re.findall(r'<span class="([^"]*)"[^>]*data-claims="c-quote"', second)
    assert quoted
    assert all("related" in c.split() for c in quoted)
    assert re.search(r'<details class="claim k-quote active"', second)
