"""``defnews query --db FILE``: the obvious questions about a store, or any read-only SQL.

The canned questions are plain SQL, the same recipes ``docs/storage.md`` shows, so anything the
command answers can be refined in any SQLite tool.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Sequence
from typing import Any

from defnews.store import Row, Store, StoreError

__all__ = ["FUNDS_SQL", "OFFICIAL_SQL", "ORG_SQL", "register", "run"]

_PARTY_NAMES = """(
        SELECT group_concat(name, '; ') FROM (
            SELECT e.name FROM claim_parties AS p
            JOIN entities AS e ON e.article_id = p.article_id AND e.entity_id = p.entity_id
            WHERE p.article_id = c.article_id AND p.claim_id = c.claim_id
            ORDER BY e.name
        )
    )"""

ORG_SQL = f"""\
SELECT a.date, c.kind, c.modality, c.status,
    {_PARTY_NAMES} AS parties,
    c.amount_value, c.amount_currency, c.evidence_text, a.title, c.article_id, c.claim_id
FROM claims AS c
JOIN articles AS a ON a.id = c.article_id
WHERE EXISTS (
    SELECT 1 FROM claim_parties AS p
    JOIN entities AS e ON e.article_id = p.article_id AND e.entity_id = p.entity_id
    WHERE p.article_id = c.article_id AND p.claim_id = c.claim_id
      AND (lower(e.name) = lower(:name) OR lower(e.entity_id) = lower(:name))
)
ORDER BY a.date, c.article_id, c.evidence_start, c.claim_id;
"""
"""All claims (contracts, funds...) whose parties include the entity named ``:name``."""

OFFICIAL_SQL = """\
SELECT a.date, e.name AS speaker, e.role, c.kind, c.modality,
    coalesce(c.quote, c.evidence_text) AS said, a.title, c.article_id, c.claim_id
FROM claims AS c
JOIN entities AS e ON e.article_id = c.article_id AND e.entity_id = c.speaker
JOIN articles AS a ON a.id = c.article_id
WHERE c.kind IN ('quote', 'statement')
  AND (lower(e.name) = lower(:name) OR lower(e.entity_id) = lower(:name))
ORDER BY a.date, c.article_id, c.evidence_start, c.claim_id;
"""
"""What the person named ``:name`` said (quotes and reported statements), oldest first."""

FUNDS_SQL = f"""\
SELECT coalesce(f.name, c.item) AS fund, a.date, c.modality, c.status,
    json_extract(c.attributes, '$.financing') AS financing,
    {_PARTY_NAMES} AS parties,
    c.amount_value, c.amount_currency, c.evidence_text, c.article_id, c.claim_id
FROM claims AS c
JOIN articles AS a ON a.id = c.article_id
LEFT JOIN entities AS f ON f.article_id = c.article_id AND f.entity_id = c.subject
WHERE c.kind = 'fund'
ORDER BY fund, a.date, c.article_id, c.evidence_start, c.claim_id;
"""
"""Every fund claim with the fund, its financing source, owners and amount."""

_CELL_WIDTH = 60
_READ_ACTIONS = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
)
_READ_PRAGMAS = frozenset(
    {
        "table_info",
        "table_xinfo",
        "table_list",
        "index_list",
        "index_info",
        "index_xinfo",
        "foreign_key_list",
        "foreign_key_check",
        "integrity_check",
        "quick_check",
        "function_list",
        "pragma_list",
    }
)


def register(commands: Any) -> None:
    """Add the ``query`` sub-command."""
    command: argparse.ArgumentParser = commands.add_parser(
        "query",
        help="answer common questions from a store written by extract --db",
        description="Query a defnews SQLite store (read-only).",
    )
    command.add_argument("--db", required=True, metavar="FILE", help="the store to read")
    question = command.add_mutually_exclusive_group(required=True)
    question.add_argument(
        "--org", metavar="NAME", help="claims whose parties include this organization (name or id)"
    )
    question.add_argument(
        "--official", metavar="NAME", help="this person's quotes and statements, oldest first"
    )
    question.add_argument("--funds", action="store_true", help="funds and their financing")
    question.add_argument("--sql", metavar="SELECT", help="any read-only SQL statement")
    command.add_argument("--format", choices=("table", "json"), default="table")
    command.set_defaults(run=run)


def _lower(value: str | bytes | int | float | None) -> str | bytes | int | float | None:
    """``lower()`` that folds all of Unicode, not just ASCII as SQLite's own does."""
    return value.lower() if isinstance(value, str) else value


def _read_only(action: int, first: str | None, *_: object) -> int:
    """Allow reading only; the connection is read-only too, this is the second lock."""
    allowed = (
        action in _READ_ACTIONS
        or (action == sqlite3.SQLITE_PRAGMA and first in _READ_PRAGMAS)
        # table-valued functions (json_each) declare their columns through sqlite_master
        or (action == sqlite3.SQLITE_UPDATE and first == "sqlite_master")
    )
    return sqlite3.SQLITE_OK if allowed else sqlite3.SQLITE_DENY


def _statement(arguments: argparse.Namespace) -> tuple[str, dict[str, str]]:
    if arguments.org is not None:
        return ORG_SQL, {"name": arguments.org}
    if arguments.official is not None:
        return OFFICIAL_SQL, {"name": arguments.official}
    if arguments.funds:
        return FUNDS_SQL, {}
    return str(arguments.sql), {}


def run(arguments: argparse.Namespace) -> int:
    """Run the chosen question and print the rows."""
    sql, parameters = _statement(arguments)
    try:
        with Store.open(arguments.db, readonly=True) as store:
            store.connection.create_function("lower", 1, _lower, deterministic=True)
            store.connection.execute("PRAGMA query_only = ON")
            store.connection.set_authorizer(_read_only)
            columns, rows = store.query(sql, parameters)
    except StoreError as error:
        print(f"defnews query: {error}", file=sys.stderr)
        return 1
    except (sqlite3.Error, sqlite3.Warning) as error:
        print(f"defnews query: SQL error: {error} (the store is opened read-only)", file=sys.stderr)
        return 1
    if arguments.format == "json":
        json.dump([dict(zip(columns, row, strict=True)) for row in rows], sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(columns, rows))
    return 0


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    text = " ".join(str(value).split())
    return text if len(text) <= _CELL_WIDTH else text[: _CELL_WIDTH - 1] + "…"


def format_table(columns: Sequence[str], rows: Sequence[Row]) -> str:
    """Aligned columns for a terminal; long cells are cut (``--format json`` keeps them)."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    if not rows:
        lines.append("(no rows)")
    return "\n".join(lines) + "\n"
