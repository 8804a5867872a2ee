"""``defnews demo`` end to end on the bundled corpus, and the corpus and assets in the wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from defnews.cli import main
from defnews.parser import parse_file
from defnews.samples_path import sample_files

ROOT = Path(__file__).resolve().parents[2]


def test_demo_summarises_every_sample_and_writes_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    status = main(["demo"])
    out = capsys.readouterr().out
    files = sample_files()
    assert len(files) >= 15
    for number, path in enumerate(files, 1):
        article = parse_file(path)
        assert f"[{number}] {article.date.isoformat()}  " in out
        assert f"[{path.name}]" in out
    for section in ("Officials", "Organizations", "Countries", "Contracts", "Funds", "Quotes"):
        assert f"\n  {section} " in out, f"no article shows {section}"
    page = tmp_path / "defnews-demo.html"
    assert f"Wrote the HTML view to {page}" in out
    html = page.read_text(encoding="utf-8")
    assert html.count('<article class="article"') == len(files)
    assert html.count('href="#article-') == len(files)
    assert 'data-entities="' in html
    assert 'data-claims="' in html
    assert status == 0


def test_demo_writes_where_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new" / "view.html"
    assert main(["demo", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert [p.name for p in target.parent.iterdir()] == ["view.html"]
    assert str(target) in capsys.readouterr().out


@pytest.mark.slow
def test_wheel_ships_the_samples_and_the_view_assets(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True,
        timeout=300,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("defnews-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"defnews/html/style.css", "defnews/html/script.js"} <= names
    for path in sample_files():
        assert f"defnews/samples/{path.name}" in names
