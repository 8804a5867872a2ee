"""The SQLite store: schema and version, one transaction per article, re-runs, kill -9."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import defnews
from defnews.store import SCHEMA_VERSION, Store, StoreError
from tests.cli import DELAY_ENV, cli_pipeline, run_extract, write_corpus

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("articles", "entities", "mentions", "claims", "claim_parties")


def records_of(folder: Path) -> list[dict[str, Any]]:
    pipeline = cli_pipeline()
    return [
        defnews.dump_record(pipeline.extract(a))
        for path in sorted(folder.glob("*.txt"))
        for a in defnews.iter_articles(path)
    ]


def table_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(path) as db:
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}


def assert_whole_articles(path: Path) -> int:
    """Integrity is ok and every stored article has exactly the rows its record implies."""
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = db.execute("SELECT id, record FROM articles").fetchall()
        for article_id, text in stored:
            record = json.loads(text)
            expected = {
                "entities": len(record["entities"]),
                "mentions": sum(len(e["mentions"]) for e in record["entities"]),
                "claims": len(record["claims"]),
                "claim_parties": sum(len(set(c["parties"])) for c in record["claims"]),
            }
            found = {
                t: db.execute(
                    f"SELECT count(*) FROM {t} WHERE article_id = ?", (article_id,)
                ).fetchone()[0]
                for t in expected
            }
            assert found == expected, article_id
            assert expected["claims"] == 5
        orphans = db.execute(
            "SELECT count(*) FROM entities WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0
        return len(stored)
    finally:
        db.close()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "corpus", 30, per_file=10)
    return tmp_path / "corpus"


def test_new_store_has_the_schema_version_wal_and_indexes(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite"
    Store.open(path).close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
        str(SCHEMA_VERSION),
    )
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    indexes = {r[0] for r in db.execute("SELECT sql FROM sqlite_master WHERE type = 'index'")}
    for column in ("entities (entity_id)", "entities (kind)", "claims (kind)", "articles (date)"):
        assert any(column in (sql or "") for sql in indexes), column
    db.close()


def test_records_go_in_whole_and_only_once(corpus: Path, tmp_path: Path) -> None:
    records = records_of(corpus)
    with Store.open(tmp_path / "s.sqlite") as store:
        assert store.add_records(records) == 30
        first = store.counts()
        assert store.add_records(records) == 0
        assert store.counts() == first
        assert store.has(records[0]["article"]["id"])
        assert not store.has("0000000000000000")
    assert first["articles"] == 30
    assert first["claims"] == 150
    assert assert_whole_articles(tmp_path / "s.sqlite") == 30
    stored = table_rows(tmp_path / "s.sqlite")["claims"]
    contract = next(r for r in stored if r[1] == records[0]["claims"][0]["id"])
    assert contract[2:5] == ("contract", "fact", "signed")
    assert contract[13] == records[0]["claims"][0]["amount"]["value"]


def test_a_failing_article_leaves_no_rows_and_the_store_usable(
    corpus: Path, tmp_path: Path
) -> None:
    good, bad = records_of(corpus)[:2]
    bad["claims"][0]["parties"] = ["org/nobody"]  # not an entity of the article
    with Store.open(tmp_path / "s.sqlite") as store:
        with pytest.raises(StoreError, match="FOREIGN KEY constraint failed"):
            store.add_record(bad)
        assert store.counts() == dict.fromkeys(TABLES, 0)
        assert store.add_record(good)
    assert assert_whole_articles(tmp_path / "s.sqlite") == 1


def test_in_a_batch_a_failing_article_costs_only_itself(corpus: Path, tmp_path: Path) -> None:
    first, bad, second, third = records_of(corpus)[:4]
    bad["entities"][0]["mentions"].append(None)  # breaks half-way through the article's rows
    path = tmp_path / "b.sqlite"
    with Store.open(path) as store:

        def interrupted_batch() -> None:
            with store.batch(articles=1000, seconds=1000):
                assert store.add_record(first)
                with pytest.raises(TypeError):
                    store.add_record(bad)
                assert store.add_record(second)
                assert not store.add_record(first)
                raise KeyboardInterrupt  # whole articles added before Ctrl-C are kept

        with pytest.raises(KeyboardInterrupt):
            interrupted_batch()
        assert store.add_record(third)
    assert assert_whole_articles(path) == 3
    stored = {row[0] for row in table_rows(path)["articles"]}
    assert stored == {r["article"]["id"] for r in (first, second, third)}


def test_rerunning_the_cli_adds_no_duplicates(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    for _ in range(2):
        assert run_extract([str(corpus), "--format", "none", "--db", str(db)]) == 0
        assert len(table_rows(db)["articles"]) == 30
    once = table_rows(db)
    assert run_extract([str(corpus), "--db", str(db), "-o", str(tmp_path / "x.jsonl")]) == 0
    assert table_rows(db) == once
    assert len(once["claims"]) == 150


def test_format_none_skips_extracting_stored_articles(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "skip.sqlite"
    assert run_extract([str(corpus / "part-0000.txt"), "--format", "none", "--db", str(db)]) == 0
    seen: list[str] = []
    pipeline = cli_pipeline()
    original = pipeline.extract
    monkeypatch.setattr(pipeline, "extract", lambda a: seen.append(a.id) or original(a))
    assert run_extract([str(corpus), "--format", "none", "--db", str(db)], lambda: pipeline) == 0
    assert len(seen) == 20
    assert assert_whole_articles(db) == 30


def test_unknown_schema_versions_and_foreign_files_are_refused(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    future = tmp_path / "future.sqlite"
    Store.open(future).close()
    with sqlite3.connect(future) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 99 is not one this defnews knows"):
        Store.open(future)
    assert run_extract([str(corpus), "--format", "none", "--db", str(future)]) == 1
    assert "schema version 99" in capsys.readouterr().err
    with sqlite3.connect(future) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (0,)

    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a defnews store"):
        Store.open(other)
    text = tmp_path / "notes.sqlite"
    text.write_text("just some text, long enough to be a page header " * 5)
    with pytest.raises(StoreError, match="not a database"):
        Store.open(text)
    with pytest.raises(StoreError, match="no such store"):
        Store.open(tmp_path / "absent.sqlite", readonly=True)
    assert not (tmp_path / "absent.sqlite").exists()


RUNNER = "import sys\nfrom tests.cli import run_extract\nsys.exit(run_extract(sys.argv[1:]))\n"


def start_extract(args: list[str], delay: float) -> subprocess.Popen[bytes]:
    env = dict(os.environ, **{DELAY_ENV: str(delay)})
    return subprocess.Popen(
        [sys.executable, "-c", RUNNER, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, so workers die with it
    )


def stored_count(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_kill_9_mid_run_leaves_whole_articles_and_a_rerun_completes(
    workers: str, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 500, per_file=50, filler=4)
    clean, killed = tmp_path / "clean.sqlite", tmp_path / "killed.sqlite"
    args = [str(corpus), "--format", "none", "--workers", workers]

    process = start_extract([*args, "--db", str(killed)], delay=0.02)
    deadline = time.monotonic() + 120
    while stored_count(killed) < 30 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    with contextlib.suppress(ProcessLookupError):  # already gone: the assert below says so
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    partial = assert_whole_articles(killed)
    assert 30 <= partial < 500

    rerun = start_extract([*args, "--db", str(killed)], delay=0)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read() if rerun.stderr else ""
    full = start_extract([*args, "--db", str(clean)], delay=0)
    assert full.wait(timeout=300) == 0
    assert assert_whole_articles(killed) == 500
    assert table_rows(killed) == table_rows(clean)


KILL_INSIDE = """
import os, signal, sys, json
from defnews.store import Store
records = [json.loads(line) for line in open(sys.argv[2])]
store = Store.open(sys.argv[1])
store.add_record(records[0])

class DiesOnClaims:
    def __init__(self, db): self.db = db
    def __getattr__(self, name): return getattr(self.db, name)
    def executemany(self, sql, rows):
        if sql.startswith("INSERT INTO claims"):
            os.kill(os.getpid(), signal.SIGKILL)
        return self.db.executemany(sql, rows)

store.connection = DiesOnClaims(store.connection)
store.add_record(records[1])
"""


@pytest.mark.slow
def test_kill_9_inside_an_article_transaction_rolls_it_back(corpus: Path, tmp_path: Path) -> None:
    lines = tmp_path / "records.jsonl"
    lines.write_text("".join(json.dumps(r) + "\n" for r in records_of(corpus)[:2]))
    db = tmp_path / "inside.sqlite"
    died = subprocess.run(
        [sys.executable, "-c", KILL_INSIDE, str(db), str(lines)], cwd=ROOT, check=False
    )
    assert died.returncode == -signal.SIGKILL
    assert (tmp_path / "inside.sqlite-wal").exists()  # the killed writer left its log behind
    assert assert_whole_articles(db) == 1
    with Store.open(db) as store:
        assert store.add_records(json.loads(line) for line in lines.read_text().splitlines()) == 1
    assert assert_whole_articles(db) == 2
