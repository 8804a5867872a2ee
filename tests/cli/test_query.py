"""``defnews query`` and the SQL recipes of docs/storage.md, on a store of known content."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest

from defnews.cli import main
from defnews.cli.query_cmd import FUNDS_SQL, OFFICIAL_SQL, ORG_SQL
from defnews.store import SCHEMA_SQL
from tests.cli import IDS, OFFICIALS, run_extract, write_corpus

DOC = Path(__file__).resolve().parents[2] / "docs" / "storage.md"
SQL_BLOCK = re.compile(r"(<!-- schema -->\n)?```sql\n(.*?)```", re.DOTALL)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("query")
    facts = write_corpus(folder / "corpus", 40, per_file=8, seed=7)
    db = folder / "results.sqlite"
    assert run_extract([str(folder / "corpus"), "--format", "none", "--db", str(db)]) == 0
    return db, facts


def query(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["query", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def as_json(db: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    status, out, err = query(["--db", str(db), *argv, "--format", "json"], capsys)
    assert (status, err) == (0, "")
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


def test_org_finds_every_claim_with_that_party_by_name_or_id(
    store: tuple[Path, list[dict[str, Any]]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, facts = store
    rows = as_json(db, ["--org", "ACME arms"], capsys)
    expected = sorted(
        [(f["date"], "contract", "fact") for f in facts if "Acme Arms" in f["contract"][:2]]
        + [(f["date"], "fund", "fact") for f in facts if f["fund"][2] == "Acme Arms"]
        + [(f["date"], "contract", "planned") for f in facts if f["plan"] == "Acme Arms"]
    )
    assert sorted((r["date"], r["kind"], r["modality"]) for r in rows) == expected
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert all("Acme Arms" in r["parties"].split("; ") for r in rows)
    signed = [f for f in facts if f["contract"][0] == "Acme Arms"]
    amounts = {r["amount_value"] for r in rows if r["kind"] == "contract"}
    assert {f["contract"][2] for f in signed} <= amounts
    assert as_json(db, ["--org", "org/acme-arms"], capsys) == rows
    assert as_json(db, ["--org", "Acme"], capsys) == []


def test_official_gives_quotes_and_statements_in_date_order(
    store: tuple[Path, list[dict[str, Any]]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, facts = store
    name = sorted(OFFICIALS)[0]
    rows = as_json(db, ["--official", name.upper()], capsys)
    quotes = [f["date"] for f in facts if f["quote"] == name]
    assert [r["date"] for r in rows if r["kind"] == "quote"] == quotes
    assert {r["kind"] for r in rows} == {"quote", "statement"}
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert {(r["speaker"], r["role"]) for r in rows} == {(name, OFFICIALS[name][1])}
    quote = next(r for r in rows if r["kind"] == "quote")
    assert quote["said"].startswith("We will deliver")


def test_funds_lists_each_fund_with_its_financing(
    store: tuple[Path, list[dict[str, Any]]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, facts = store
    rows = as_json(db, ["--funds"], capsys)
    found = sorted((r["fund"], r["date"], r["financing"], r["parties"]) for r in rows)
    assert found == sorted((f["fund"][0], f["date"], f["fund"][1], f["fund"][2]) for f in facts)
    assert [r["fund"] for r in rows] == sorted(r["fund"] for r in rows)


def test_table_output_is_aligned_and_says_when_empty(
    store: tuple[Path, list[dict[str, Any]]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = store
    status, out, _ = query(["--db", str(db), "--funds"], capsys)
    assert status == 0
    header, rule, *rows = out.splitlines()
    assert header.split()[:5] == ["fund", "date", "modality", "status", "financing"]
    assert set(rule) <= {"-", " "}
    assert len(rows) == 40
    assert all(row.index(" 20") == header.index("date") - 1 for row in rows)
    status, out, _ = query(["--db", str(db), "--official", "Nobody"], capsys)
    assert (status, out.splitlines()[-1]) == (0, "(no rows)")


def test_sql_reads_and_refuses_to_write(
    store: tuple[Path, list[dict[str, Any]]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db, _ = store
    rows = as_json(db, ["--sql", "SELECT kind, count(*) AS n FROM claims GROUP BY kind"], capsys)
    assert rows == [
        {"kind": "contract", "n": 80},
        {"kind": "fund", "n": 40},
        {"kind": "quote", "n": 40},
        {"kind": "statement", "n": 40},
    ]
    with_cte = "WITH t AS (SELECT entity_id FROM claim_parties) SELECT count(*) AS n FROM t"
    assert as_json(db, ["--sql", with_cte], capsys) == [{"n": 200}]
    described = as_json(db, ["--sql", "SELECT name FROM pragma_table_info('meta')"], capsys)
    assert described == [{"name": "key"}, {"name": "value"}]
    each = "SELECT count(*) AS n FROM articles AS a, json_each(a.record, '$.claims')"
    assert as_json(db, ["--sql", each], capsys) == [{"n": 200}]
    before = db.read_bytes()
    for statement in (
        "DELETE FROM claims",
        "INSERT INTO meta VALUES ('x', 'y')",
        "DROP TABLE mentions",
        "UPDATE articles SET title = 'x'",
        f"ATTACH '{tmp_path / 'evil.sqlite'}' AS evil",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA user_version = 3",
        "UPDATE sqlite_master SET name = 'x'",
        "CREATE TABLE x (y)",
    ):
        status, _, err = query(["--db", str(db), "--sql", statement], capsys)
        assert status == 1, statement
        assert err.startswith("defnews query: SQL error:"), err
    assert db.read_bytes() == before
    assert not (tmp_path / "evil.sqlite").exists()


def test_missing_or_foreign_stores_are_reported_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = query(["--db", str(tmp_path / "none.sqlite"), "--funds"], capsys)
    assert status == 1
    assert "no such store" in err
    assert not (tmp_path / "none.sqlite").exists()
    with pytest.raises(SystemExit):
        main(["query", "--db", "x.sqlite", "--funds", "--org", "A"])  # one question at a time


def doc_blocks() -> list[tuple[bool, str]]:
    return [(bool(m[1]), m[2]) for m in SQL_BLOCK.finditer(DOC.read_text(encoding="utf-8"))]


def normal(sql: str) -> str:
    return " ".join(sql.split())


def test_docs_schema_is_the_schema_the_store_creates() -> None:
    schemas = [sql for is_schema, sql in doc_blocks() if is_schema]
    assert schemas == [SCHEMA_SQL]


def test_docs_recipes_are_the_queries_the_cli_runs() -> None:
    recipes = {normal(sql) for _, sql in doc_blocks()}
    for sql in (ORG_SQL, OFFICIAL_SQL, FUNDS_SQL):
        assert normal(sql) in recipes


def test_every_sql_example_in_the_docs_runs(store: tuple[Path, list[dict[str, Any]]]) -> None:
    db, _ = store
    blocks = [sql for is_schema, sql in doc_blocks() if not is_schema]
    assert len(blocks) >= 9
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    empty = []
    for sql in blocks:
        name = sorted(OFFICIALS)[0] if "c.speaker" in sql else "Acme Arms"
        rows = connection.execute(sql, {"name": name} if ":name" in sql else {}).fetchall()
        if not rows:
            empty.append(sql)
    connection.close()
    # only the two checks that look for problems come back empty on a clean store
    assert len(empty) == 2
    assert "<> c.evidence_text" in empty[0]
    assert "'$.level') = 'error'" in empty[1]


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="the sqlite3 shell is not installed")
def test_recipes_run_in_the_sqlite3_shell_as_documented(
    store: tuple[Path, list[dict[str, Any]]],
) -> None:
    db, _ = store
    script = f".parameter set :name \"'{sorted(OFFICIALS)[1]}'\"\n.mode json\n{OFFICIAL_SQL}"
    shell = subprocess.run(
        ["sqlite3", "-readonly", str(db)], input=script, capture_output=True, text=True, check=True
    )
    rows = json.loads(shell.stdout)
    assert rows
    assert {r["speaker"] for r in rows} == {sorted(OFFICIALS)[1]}
    assert IDS[sorted(OFFICIALS)[1]].startswith("official/")
