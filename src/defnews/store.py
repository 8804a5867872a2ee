"""A SQLite store of extraction records that survives being killed and being re-run.

Why SQLite: one file, in the standard library, readable by any tool while a run is still writing
(WAL mode). Each article goes in with one transaction, so a run killed at any moment leaves only
whole articles behind; the article id is a content hash, so a re-run skips what is stored and
completes the rest without duplicates. ``docs/storage.md`` documents the tables and SQL recipes.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.request import pathname2url

from defnews import __version__
from defnews.errors import DefnewsError
from defnews.models import Extraction
from defnews.serialization import SCHEMA, dump_record

__all__ = [
    "CLAIM_COLUMNS",
    "ENTITY_COLUMNS",
    "SCHEMA_SQL",
    "SCHEMA_VERSION",
    "Store",
    "StoreError",
    "claim_rows",
    "entity_rows",
    "record_json",
]

SCHEMA_VERSION = 1
"""Bumped on every change to the tables; a store with a version this defnews does not know is
refused rather than misread."""

SCHEMA_SQL = """\
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id     TEXT PRIMARY KEY,
    date   TEXT NOT NULL,
    source TEXT,
    title  TEXT NOT NULL,
    text   TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    role       TEXT,
    country    TEXT,
    extractor  TEXT NOT NULL,
    confidence REAL NOT NULL,
    attributes TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    FOREIGN KEY (article_id, entity_id)
        REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS claims (
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    claim_id        TEXT NOT NULL,
    kind            TEXT NOT NULL,
    modality        TEXT NOT NULL,
    status          TEXT,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    evidence_text   TEXT NOT NULL,
    parties         TEXT NOT NULL,
    subject         TEXT,
    item            TEXT,
    speaker         TEXT,
    quote           TEXT,
    amount_value    REAL,
    amount_high     REAL,
    amount_currency TEXT,
    amount_unit     TEXT,
    amount_text     TEXT,
    time_from       TEXT,
    time_until      TEXT,
    time_text       TEXT,
    extractor       TEXT NOT NULL,
    confidence      REAL NOT NULL,
    attributes      TEXT NOT NULL,
    PRIMARY KEY (article_id, claim_id),
    FOREIGN KEY (article_id, subject) REFERENCES entities (article_id, entity_id),
    FOREIGN KEY (article_id, speaker) REFERENCES entities (article_id, entity_id)
);
CREATE TABLE IF NOT EXISTS claim_parties (
    article_id TEXT NOT NULL,
    claim_id   TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    PRIMARY KEY (article_id, claim_id, entity_id),
    FOREIGN KEY (article_id, claim_id)
        REFERENCES claims (article_id, claim_id) ON DELETE CASCADE,
    FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS articles_date ON articles (date);
CREATE INDEX IF NOT EXISTS entities_entity_id ON entities (entity_id);
CREATE INDEX IF NOT EXISTS entities_kind ON entities (kind);
CREATE INDEX IF NOT EXISTS mentions_entity_id ON mentions (entity_id, article_id);
CREATE INDEX IF NOT EXISTS claims_kind ON claims (kind);
CREATE INDEX IF NOT EXISTS claims_subject ON claims (subject);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims (speaker);
CREATE INDEX IF NOT EXISTS claim_parties_entity_id ON claim_parties (entity_id);
"""

ENTITY_COLUMNS = (
    "article_id",
    "entity_id",
    "kind",
    "name",
    "role",
    "country",
    "extractor",
    "confidence",
    "attributes",
)
CLAIM_COLUMNS = (
    "article_id",
    "claim_id",
    "kind",
    "modality",
    "status",
    "evidence_start",
    "evidence_end",
    "evidence_text",
    "parties",
    "subject",
    "item",
    "speaker",
    "quote",
    "amount_value",
    "amount_high",
    "amount_currency",
    "amount_unit",
    "amount_text",
    "time_from",
    "time_until",
    "time_text",
    "extractor",
    "confidence",
    "attributes",
)

Record = Mapping[str, Any]
Row = tuple[Any, ...]


class StoreError(DefnewsError):
    """A database that is not a defnews store of a known version, or a row it cannot take."""


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def record_json(value: object) -> str:
    """Compact JSON exactly as `defnews.dumps_record` writes it (key order kept)."""
    return _ENCODER.encode(value)


def _text(span: Mapping[str, Any] | None) -> str | None:
    return None if span is None else str(span["text"])


def entity_rows(record: Record) -> list[Row]:
    """One row per entity of ``record``, in `ENTITY_COLUMNS` order."""
    article = record["article"]["id"]
    return [
        (
            article,
            e["id"],
            e["kind"],
            e["name"],
            e["role"],
            e["country"],
            e["extractor"],
            e["confidence"],
            record_json(e["attributes"]),
        )
        for e in record["entities"]
    ]


def claim_rows(record: Record) -> list[Row]:
    """One row per claim of ``record``, in `CLAIM_COLUMNS` order."""
    article = record["article"]["id"]
    rows: list[Row] = []
    for c in record["claims"]:
        amount: Mapping[str, Any] = c["amount"] or {}
        time: Mapping[str, Any] = c["time"] or {}
        status = c["attributes"].get("status")
        rows.append(
            (
                article,
                c["id"],
                c["kind"],
                c["modality"],
                status if isinstance(status, str) else None,
                c["evidence"]["start"],
                c["evidence"]["end"],
                c["evidence"]["text"],
                record_json(c["parties"]),
                c["subject"],
                _text(c["item"]),
                c["speaker"],
                _text(c["quote"]),
                amount.get("value"),
                amount.get("high"),
                amount.get("currency"),
                amount.get("unit"),
                amount.get("text"),
                time.get("from"),
                time.get("until"),
                time.get("text"),
                c["extractor"],
                c["confidence"],
                record_json(c["attributes"]),
            )
        )
    return rows


def _mention_rows(record: Record) -> Iterator[Row]:
    article = record["article"]["id"]
    for e in record["entities"]:
        for m in e["mentions"]:
            yield (article, e["id"], m["start"], m["end"], m["text"])


def _party_rows(record: Record) -> Iterator[Row]:
    article = record["article"]["id"]
    for c in record["claims"]:
        for party in dict.fromkeys(c["parties"]):
            yield (article, c["id"], party)


def _insert(table: str, width: int, verb: str = "INSERT") -> str:
    return f"{verb} INTO {table} VALUES ({', '.join('?' * width)})"


_ADD_ARTICLE = _insert("articles", 6, "INSERT OR IGNORE")
_ADD_ENTITY = _insert("entities", len(ENTITY_COLUMNS))
_ADD_MENTION = _insert("mentions", 5)
_ADD_CLAIM = _insert("claims", len(CLAIM_COLUMNS))
_ADD_PARTY = _insert("claim_parties", 3)


class Store:
    """An open store; use `open`. Safe to read from other processes while it writes."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self.connection = connection
        self.path = path
        self._group: tuple[int, float] | None = None
        self._group_count = 0
        self._group_started = 0.0

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False) -> Store:
        """Open (creating unless ``readonly``) the store at ``path``; checks the schema version."""
        name = os.fspath(path)
        if readonly and not os.path.isfile(name):
            raise StoreError(f"{name}: no such store")
        try:
            connection = _connect(name, readonly)
        except sqlite3.Error as error:
            raise StoreError(f"{name}: cannot open: {error}") from error
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            version = _schema_version(connection, name)
            if version is None and readonly:
                raise StoreError(f"{name}: empty database, not a defnews store")
            if not readonly:
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = NORMAL")
                if version is None:
                    _create(connection, name)
        except sqlite3.Error as error:
            connection.close()
            raise StoreError(f"{name}: {error}") from error
        except BaseException:
            connection.close()
            raise
        return cls(connection, name)

    def close(self) -> None:
        """Close the connection (committed articles are already safe)."""
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def has(self, article_id: str) -> bool:
        """Whether the article is stored (with all its rows)."""
        found = self.connection.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,))
        return found.fetchone() is not None

    def add(self, extraction: Extraction) -> bool:
        """Store one extraction; False if its article was already there."""
        return self.add_record(dump_record(extraction))

    def add_record(self, record: Record, *, line: str | None = None) -> bool:
        """Store one JSON record, all its rows or none; False if its article was there.

        Outside `batch` the article is its own transaction. ``line`` is the record's
        JSON Lines text when the caller has it (saves serialising it again).
        """
        article = record["article"]
        head = (
            article["id"],
            article["date"],
            article.get("source"),
            article.get("title", ""),
            article["text"],
            line if line is not None else record_json(record),
        )
        grouped = self._group is not None
        db = self.connection
        try:
            if grouped and not db.in_transaction:
                db.execute("BEGIN IMMEDIATE")
                self._group_started = time.monotonic()
            db.execute("SAVEPOINT article" if grouped else "BEGIN IMMEDIATE")
            added = db.execute(_ADD_ARTICLE, head).rowcount
            if added:
                db.executemany(_ADD_ENTITY, entity_rows(record))
                db.executemany(_ADD_MENTION, _mention_rows(record))
                db.executemany(_ADD_CLAIM, claim_rows(record))
                db.executemany(_ADD_PARTY, _party_rows(record))
            db.execute("RELEASE article" if grouped else "COMMIT")
        except BaseException as error:
            if grouped and db.in_transaction:
                db.execute("ROLLBACK TO article")
                db.execute("RELEASE article")
            elif db.in_transaction:
                db.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise StoreError(f"cannot store article {article['id']}: {error}") from error
            raise
        if grouped:
            self._group_count += 1
            self._commit_if_due()
        return bool(added)

    def add_records(self, records: Iterable[Record]) -> int:
        """Store many records in one `batch`; the number newly added."""
        with self.batch():
            return sum(self.add_record(record) for record in records)

    @contextlib.contextmanager
    def batch(self, articles: int = 200, seconds: float = 1.0) -> Iterator[Store]:
        """Group the articles added inside into few transactions.

        Every article stays all-or-nothing (a savepoint each); the group is committed after
        ``articles`` articles or ``seconds`` seconds, and at the end. Why: a commit rewrites every
        B-tree page the article touched, so one commit per article writes hundreds of KB of
        log per article and makes the store slower than extraction. Killed mid-group, a run
        loses at most the uncommitted group, which a re-run redoes.
        """
        if self._group is not None:
            yield self
            return
        self._group = (articles, seconds)
        self._group_count = 0
        try:
            yield self
        finally:
            self._group = None
            self._finish_group()

    def _commit_if_due(self) -> None:
        assert self._group is not None
        articles, seconds = self._group
        elapsed = time.monotonic() - self._group_started
        if self._group_count >= articles or elapsed >= seconds:
            self.connection.execute("COMMIT")
            self._group_count = 0

    def _finish_group(self) -> None:
        """Commit the whole articles of the group (also on Ctrl-C); roll back if that fails."""
        if not self.connection.in_transaction:
            return
        try:
            self.connection.execute("COMMIT")
        except sqlite3.Error:
            self.connection.execute("ROLLBACK")
            raise

    def query(
        self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()
    ) -> tuple[list[str], list[Row]]:
        """Column names and rows of one SQL statement."""
        cursor = self.connection.execute(sql, parameters)
        columns = [d[0] for d in cursor.description or ()]
        return columns, cursor.fetchall()

    def counts(self) -> dict[str, int]:
        """Rows per table, for checks and summaries."""
        tables = ("articles", "entities", "mentions", "claims", "claim_parties")
        return {
            t: self.connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables
        }


def _connect(path: str, readonly: bool) -> sqlite3.Connection:
    if not readonly:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return sqlite3.connect(path, isolation_level=None, timeout=60)
    uri = f"file:{pathname2url(os.path.abspath(path))}?mode=ro"
    return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=60)


def _schema_version(connection: sqlite3.Connection, name: str) -> int | None:
    """The stored schema version; None for an empty database; refuses anything unknown."""
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if not tables:
        return None
    if "meta" not in tables:
        raise StoreError(f"{name}: an SQLite database, but not a defnews store (no meta table)")
    row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = str(row[0]) if row is not None else "missing"
    if version != str(SCHEMA_VERSION):
        raise StoreError(
            f"{name}: store schema version {version} is not one this defnews knows "
            f"(it reads version {SCHEMA_VERSION}); use the defnews that wrote it, "
            "or extract into a new store"
        )
    return SCHEMA_VERSION


def _create(connection: sqlite3.Connection, name: str) -> None:
    """Create the tables in one transaction (a concurrent creator simply waits)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        if _schema_version(connection, name) is None:
            for statement in SCHEMA_SQL.split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [
                    ("schema_version", str(SCHEMA_VERSION)),
                    ("record_schema", SCHEMA),
                    ("created_by", f"defnews {__version__}"),
                ],
            )
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
