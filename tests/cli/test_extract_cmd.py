"""``defnews extract``: formats, output files, errors with positions, stdin, progress."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jsonschema
import pytest

import defnews
from defnews import hookimpl
from defnews.cli import main
from defnews.parser import iter_articles
from defnews.progress import Progress
from tests.cli import (
    DELAY_ENV,
    cli_pipeline,
    run_extract,
    strict_cli_pipeline,
    write_corpus,
)


def expected_lines(folder: Path) -> list[str]:
    """The records one pipeline gives for the corpus, in file and article order."""
    pipeline = cli_pipeline()
    lines = []
    for path in sorted(folder.rglob("*.txt")):
        for article in iter_articles(path):
            lines.append(defnews.dumps_record(pipeline.extract(article)))
    return lines


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "corpus", 23, per_file=5)
    return tmp_path / "corpus"


def test_jsonl_to_stdout_is_the_pipeline_result_in_corpus_order(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_extract([str(corpus)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert lines == expected_lines(corpus)
    dates = [json.loads(line)["article"]["date"] for line in lines]
    assert dates == sorted(dates)
    assert len(dates) == 23
    for line in lines[:3]:
        jsonschema.validate(json.loads(line), defnews.record_schema())


def test_json_array_holds_the_same_records(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_extract([str(corpus), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records == [json.loads(line) for line in expected_lines(corpus)]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_extract([str(empty), "--format", "json"]) == 0
    assert capsys.readouterr().out == "[]\n"


def test_csv_writes_a_row_per_entity_and_claim(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    assert run_extract([str(corpus), "--format", "csv", "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["claims.csv", "entities.csv"]
    records = [json.loads(line) for line in expected_lines(corpus)]
    with open(out / "entities.csv", newline="", encoding="utf-8") as handle:
        entities = list(csv.DictReader(handle))
    with open(out / "claims.csv", newline="", encoding="utf-8") as handle:
        claims = list(csv.DictReader(handle))
    assert len(entities) == sum(len(r["entities"]) for r in records)
    assert len(claims) == sum(len(r["claims"]) for r in records)
    first = records[0]["claims"][0]
    row = claims[0]
    assert row["article_id"] == records[0]["article"]["id"]
    assert row["date"] == records[0]["article"]["date"]
    assert (row["claim_id"], row["kind"], row["status"]) == (first["id"], "contract", "signed")
    assert json.loads(row["parties"]) == first["parties"]
    assert float(row["amount_value"]) == first["amount"]["value"]
    assert row["time_from"] == first["time"]["from"]
    assert row["evidence_text"] == first["evidence"]["text"]
    borealis = next(e for e in entities if e["name"] == "Borealis Dynamics")
    assert json.loads(borealis["surfaces"]) == ["Borealis Dynamics"]
    assert int(borealis["mentions"]) >= 1


def test_output_file_is_replaced_only_when_the_run_completes(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("precious\n")
    target.chmod(0o640)

    def interrupting(ctx: Any) -> list[Any]:
        if "report 12" in ctx.text:
            raise KeyboardInterrupt
        return []

    plugin = SimpleNamespace(__name__="interrupting", defnews_entities=hookimpl(interrupting))
    with pytest.raises(KeyboardInterrupt):
        run_extract([str(corpus), "-o", str(target)], factory=lambda: defnews.Pipeline([plugin]))
    assert target.read_text() == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out.jsonl"]

    assert run_extract([str(corpus), "-o", str(target)]) == 0
    assert target.read_text().splitlines() == expected_lines(corpus)
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out.jsonl"]


def test_bad_articles_are_reported_with_position_and_the_rest_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mixed.txt"
    path.write_text(
        " date 2024-01-01\nAcme Arms plans to build a plant in Ukraine.\n\n"
        " date 2024-02-30\nImpossible date.\n"
        " date 2024-03-01\nFirst line.\n\nThe MALFUNCTION article.\n"
        " date 2024-03-02\nNordhavn Yards plans to build a plant in Ukraine.\n"
    )
    missing = tmp_path / "missing.txt"
    status = run_extract([str(path), str(missing)], factory=strict_cli_pipeline)
    out, err = capsys.readouterr()
    assert status == 1
    assert [json.loads(line)["article"]["date"] for line in out.splitlines()] == [
        "2024-01-01",
        "2024-03-02",
    ]
    lines = err.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"{path}:4:7: impossible date '2024-02-30'")
    assert lines[1].startswith(f"{path}:6:1: ")
    assert "test plugin breaks on purpose" in lines[1]
    assert lines[2].startswith(f"{missing}:1:1: cannot read file")


def test_stdin_and_lenient_dates(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = b" date 29 February 2024\nAcme Arms plans to build a plant in Ukraine.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert run_extract(["-", "--lenient"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["article"]["source"] == "<stdin>"
    assert record["article"]["date"] == "2024-02-29"
    assert [d["code"] for d in record["diagnostics"]] == ["lenient-date"]
    assert record["diagnostics"][0]["article"] == record["article"]["id"]
    assert [c["kind"] for c in record["claims"]] == ["contract"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "none"], "--format none writes nothing without --db"),
        (["--format", "csv"], "--format csv needs -o DIRECTORY"),
        (["--workers", "0"], None),
    ],
)
def test_usage_errors_exit_2(
    argv: list[str], message: str | None, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if message is None:
        with pytest.raises(SystemExit) as stop:
            main(["extract", str(corpus), *argv])
        assert stop.value.code == 2
        assert "must be 1 or more" in capsys.readouterr().err
        return
    assert run_extract([str(corpus), *argv]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in err


def test_installed_plugins_run_through_main(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The default pipeline (whatever is installed) gives schema-valid records for each article."""
    status = main(["extract", str(next(iter(sorted(corpus.iterdir()))))])
    out = capsys.readouterr().out
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 5
    for record in records:
        jsonschema.validate(record, defnews.record_schema())


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert run_extract([str(corpus)]) == 0
    drawn = terminal.getvalue()
    assert "\r" in drawn
    assert "articles" in drawn
    assert "%" in drawn
    assert drawn.endswith("\r\x1b[K")  # the bar is erased at the end

    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    assert run_extract([str(corpus)]) == 0
    assert piped.getvalue() == ""


def test_progress_line_and_messages() -> None:
    stream = FakeTerminal()
    progress = Progress(1000, stream=stream, interval=0)
    progress.update(3, 500)
    assert "[############------------]  50%  3 articles" in stream.getvalue()
    progress.message("a.txt:1:1: bad")
    assert stream.getvalue().endswith("\r\x1b[Ka.txt:1:1: bad\n")
    assert Progress(None, stream=stream).line().startswith("0 articles  0.0 MB")
    quiet = io.StringIO()
    silent = Progress(10, stream=quiet, interval=0)
    silent.update(1, 10)
    silent.close()
    assert quiet.getvalue() == ""
    assert not silent.enabled


def test_no_temp_files_left_beside_csv_output_on_failure(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    out.mkdir()
    (out / "claims.csv").write_text("old\n")

    def interrupting(ctx: Any) -> list[Any]:
        raise KeyboardInterrupt

    plugin = SimpleNamespace(__name__="interrupting", defnews_entities=hookimpl(interrupting))
    with pytest.raises(KeyboardInterrupt):
        run_extract(
            [str(corpus), "--format", "csv", "-o", str(out)],
            factory=lambda: defnews.Pipeline([plugin]),
        )
    assert sorted(os.listdir(out)) == ["claims.csv"]
    assert (out / "claims.csv").read_text() == "old\n"


RUNNER = "import sys\nfrom tests.cli import run_extract\nsys.exit(run_extract(sys.argv[1:]))\n"


@pytest.mark.slow
def test_sigterm_keeps_the_old_output_and_the_stored_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 300, per_file=50)
    target, db = tmp_path / "out.jsonl", tmp_path / "s.sqlite"
    target.write_text("precious\n")
    process = subprocess.Popen(
        [sys.executable, "-c", RUNNER, str(corpus), "-o", str(target), "--db", str(db)],
        cwd=Path(__file__).resolve().parents[2],
        env=dict(os.environ, **{DELAY_ENV: "0.01"}),
        stderr=subprocess.PIPE,
    )
    seen = 0
    deadline = time.monotonic() + 120
    while not seen and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        with (
            contextlib.suppress(sqlite3.Error),
            sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection,
        ):
            seen = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    time.sleep(0.3)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 143
    assert target.read_text() == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    with sqlite3.connect(db) as connection:
        stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        claims = connection.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert seen <= stored < 300
    assert claims == 5 * stored
