"""Writers for ``defnews extract`` results: JSON Lines, one JSON array, or two CSV files.

Writers take one record at a time, so memory stays flat however large the corpus. A writer
aimed at a path writes to a temporary file beside it and renames it into place only when the
run completes, so a crash or Ctrl-C never leaves a half-written file where a good one was.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Protocol

from defnews.store import CLAIM_COLUMNS, ENTITY_COLUMNS, claim_rows, entity_rows, record_json

__all__ = [
    "CLAIMS_CSV",
    "CLAIM_CSV_COLUMNS",
    "ENTITIES_CSV",
    "ENTITY_CSV_COLUMNS",
    "FORMATS",
    "AtomicFile",
    "Writer",
    "open_writer",
]

FORMATS = ("jsonl", "json", "csv", "none")
ENTITIES_CSV = "entities.csv"
CLAIMS_CSV = "claims.csv"
ENTITY_CSV_COLUMNS = ("article_id", "date", "source", *ENTITY_COLUMNS[1:], "mentions", "surfaces")
"""The store's ``entities`` columns with the article's date and source, the number of mentions
and the distinct surface forms (a JSON array)."""
CLAIM_CSV_COLUMNS = ("article_id", "date", "source", *CLAIM_COLUMNS[1:])
"""The store's ``claims`` columns with the article's date and source."""


class Writer(Protocol):
    """Receives each record as its JSON Lines line, in corpus order."""

    def write(self, line: str) -> None:
        """Take one record."""

    def finish(self) -> None:
        """Write whatever closes the output (called only when the run completed)."""


class AtomicFile:
    """A temporary file beside ``target``; `commit` renames it over the target."""

    def __init__(self, target: str | os.PathLike[str], *, newline: str | None = None) -> None:
        self.target = Path(target)
        fd, temp = tempfile.mkstemp(
            dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".tmp"
        )
        self.temp = Path(temp)
        self.stream: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline=newline)

    def commit(self) -> None:
        """Flush to disk and replace the target in one rename."""
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.chmod(self.temp, _mode_for(self.target))
        os.replace(self.temp, self.target)

    def abort(self) -> None:
        """Forget the temporary file; the target stays as it was."""
        self.stream.close()
        self.temp.unlink(missing_ok=True)


def _mode_for(target: Path) -> int:
    """The existing file's mode, or what a plain ``open`` would create (0666 less umask)."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class JsonLinesWriter:
    """One record per line."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, line: str) -> None:
        self.stream.write(line + "\n")

    def finish(self) -> None:
        self.stream.flush()


class JsonArrayWriter:
    """One JSON array, a record per line, so it streams both ways."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.empty = True

    def write(self, line: str) -> None:
        self.stream.write(("[\n" if self.empty else ",\n") + line)
        self.empty = False

    def finish(self) -> None:
        self.stream.write("[]\n" if self.empty else "\n]\n")
        self.stream.flush()


class CsvWriter:
    """``entities.csv`` and ``claims.csv``: a row per entity and per claim of every article."""

    def __init__(self, entities: IO[str], claims: IO[str]) -> None:
        self.entities = csv.writer(entities, lineterminator="\n")
        self.claims = csv.writer(claims, lineterminator="\n")
        self.entities.writerow(ENTITY_CSV_COLUMNS)
        self.claims.writerow(CLAIM_CSV_COLUMNS)
        self.streams = (entities, claims)

    def write(self, line: str) -> None:
        record: dict[str, Any] = json.loads(line)
        article = record["article"]
        where = (article["date"], article["source"])
        for row, entity in zip(entity_rows(record), record["entities"], strict=True):
            surfaces = list(dict.fromkeys(m["text"] for m in entity["mentions"]))
            extra = (len(entity["mentions"]), record_json(surfaces))
            self.entities.writerow((row[0], *where, *row[1:], *extra))
        for row in claim_rows(record):
            self.claims.writerow((row[0], *where, *row[1:]))

    def finish(self) -> None:
        for stream in self.streams:
            stream.flush()


class NullWriter:
    """``--format none``: results go only to the store."""

    def write(self, line: str) -> None:
        pass

    def finish(self) -> None:
        pass


@contextlib.contextmanager
def open_writer(fmt: str, output: str | None) -> Iterator[Writer]:
    """The writer for ``fmt``, to ``output`` (a file; a directory for csv) or stdout.

    Files are committed only if the ``with`` block completes; an exception leaves any existing
    output untouched.
    """
    if fmt == "none":
        yield NullWriter()
        return
    if fmt == "csv":
        if output is None:
            raise ValueError("--format csv needs -o DIRECTORY for entities.csv and claims.csv")
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        files = [AtomicFile(folder / name, newline="") for name in (ENTITIES_CSV, CLAIMS_CSV)]
        writer: Writer = CsvWriter(files[0].stream, files[1].stream)
    else:
        files = [] if output is None else [AtomicFile(output)]
        stream = files[0].stream if files else sys.stdout
        writer = JsonLinesWriter(stream) if fmt == "jsonl" else JsonArrayWriter(stream)
    try:
        yield writer
        writer.finish()
    except BaseException:
        for file in files:
            file.abort()
        raise
    for file in files:
        file.commit()
