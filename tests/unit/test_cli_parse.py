"""``defnews parse``: JSON Lines for good files, FILE:LINE:COL for bad ones, exit status 1."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import jsonschema
import pytest

import defnews
from defnews.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict], str]:
    status = main(argv)
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    return status, records, captured.err


def test_good_files_are_printed_and_bad_ones_reported(
    fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [
        fixtures / n
        for n in (
            "crlf_faq.txt",
            "bad_date.txt",
            "no_header.txt",
            "two_articles.txt",
            "bad_bytes.txt",
            "missing.txt",
        )
    ]
    status, records, err = run(["parse", *map(str, files)], capsys)
    assert status == 1
    assert [r["article"]["date"] for r in records] == ["2025-03-12", "2024-05-02", "2024-05-03"]
    lines = err.splitlines()
    assert (
        lines[0] == f"{files[1]}:1:7: impossible date '2024-02-30': day is out of range for month"
    )
    assert lines[1].startswith(f"{files[2]}:1:1: missing header")
    assert lines[2].startswith(f"{files[4]}:2:21: undecodable byte 0xff")
    assert lines[3].startswith(f"{files[5]}:1:1: cannot read file")
    for record in records:
        jsonschema.validate(record, defnews.record_schema())


def test_all_good_exits_zero_and_reads_directories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(" date 2024-01-02\nSecond.\n")
    (tmp_path / "a.txt").write_text(" date 2024-01-01\nFirst.\n")
    (tmp_path / "notes.md").write_text("ignored")
    status, records, err = run(["parse", str(tmp_path)], capsys)
    assert (status, err) == (0, "")
    assert [r["article"]["text"] for r in records] == ["First.", "Second."]


def test_stdin_is_read_with_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = b" date 2024-01-01\nFrom stdin.\n date 2024-02-31\nBad.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, records, err = run(["parse", "-"], capsys)
    assert status == 1
    assert [r["article"]["text"] for r in records] == ["From stdin."]
    assert err.startswith("<stdin>:3:7: impossible date")


def test_lenient_flag_accepts_spelled_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.txt"
    path.write_text(" date 29 February 2024\nBody.\n")
    assert run(["parse", str(path)], capsys)[0] == 1
    status, records, _ = run(["parse", "--lenient", str(path)], capsys)
    assert status == 0
    assert records[0]["article"]["date"] == "2024-02-29"
    assert records[0]["diagnostics"][0]["code"] == "lenient-date"


def test_seeds_parse_with_their_structure(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, records, _ = run(["parse", str(seeds)], capsys)
    assert status == 0
    by_date = {r["article"]["date"]: r["article"] for r in records}
    assert len(by_date["2024-02-29"]["headings"]) == 3
    assert len(by_date["2023-11-14"]["faq"]) == 4
