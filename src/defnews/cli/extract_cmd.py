"""``defnews extract PATH...``: run every plugin and write one record per article.

Records go to stdout or ``-o`` as JSON Lines, one JSON array, or CSV, and/or into a SQLite
store (``--db``). Bad articles are reported as ``FILE:LINE:COL: message`` and skipped; the exit
status is 1 if anything failed.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import IO, Any

from defnews import workers
from defnews.cli._inputs import STDIN, expand_paths
from defnews.errors import ParseError
from defnews.output import FORMATS, open_writer
from defnews.parser import iter_parsed
from defnews.pipeline import Pipeline
from defnews.plugins import DISABLE_ENV, PLUGINS_ENV, names_from_env
from defnews.progress import Progress
from defnews.store import Store, StoreError
from defnews.workers import Job, PipelineFactory

__all__ = [
    "add_pipeline_options",
    "iter_jobs",
    "pipeline_factory",
    "pipeline_from",
    "register",
    "run",
]


def register(commands: Any) -> None:
    """Add the ``extract`` sub-command."""
    command: argparse.ArgumentParser = commands.add_parser(
        "extract",
        help="extract entities and claims (JSON Lines, JSON, CSV and/or a SQLite store)",
        description="Extract entities and claims from articles in the dated text format.",
    )
    command.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or -")
    command.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="jsonl (default), json (one array), csv (entities.csv and claims.csv in the -o "
        "directory) or none (only --db)",
    )
    command.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write to this file (a directory for csv) instead of stdout; replaced only when "
        "the run completes",
    )
    command.add_argument(
        "--db", metavar="FILE", help="also store the results in this SQLite file (see docs)"
    )
    command.add_argument(
        "--workers",
        type=_positive,
        default=1,
        metavar="N",
        help="extract in N processes (same output, same order)",
    )
    add_pipeline_options(command)
    command.set_defaults(run=run)


def add_pipeline_options(command: argparse.ArgumentParser) -> None:
    """Options shared by every command that runs plugins."""
    command.add_argument(
        "--plugins",
        metavar="NAMES",
        help=f"comma-separated plugins to load (default: ${PLUGINS_ENV} or all)",
    )
    command.add_argument(
        "--disable",
        metavar="NAMES",
        help=f"comma-separated plugins not to load (also ${DISABLE_ENV})",
    )
    command.add_argument(
        "--strict", action="store_true", help="fail an article when a plugin misbehaves"
    )
    command.add_argument(
        "--lenient",
        action="store_true",
        help="accept other date spellings (recorded as diagnostics)",
    )


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {number}")
    return number


def _names(value: str | None) -> list[str] | None:
    return None if value is None else [n.strip() for n in value.split(",") if n.strip()]


def pipeline_factory(arguments: argparse.Namespace) -> PipelineFactory:
    """A picklable recipe for the pipeline the options and environment ask for."""
    only = _names(arguments.plugins)
    if only is None:
        only = names_from_env(PLUGINS_ENV)
    disable = (_names(arguments.disable) or []) + (names_from_env(DISABLE_ENV) or [])
    return functools.partial(Pipeline, only, disable=disable, strict=arguments.strict)


def pipeline_from(arguments: argparse.Namespace) -> Pipeline:
    """The pipeline the options and environment ask for."""
    return pipeline_factory(arguments)()


def _usage_problem(arguments: argparse.Namespace) -> str | None:
    if arguments.format == "none" and arguments.db is None:
        return "--format none writes nothing without --db"
    if arguments.format == "none" and arguments.output is not None:
        return "-o has nothing to write with --format none"
    if arguments.format == "csv" and arguments.output is None:
        return "--format csv needs -o DIRECTORY (for entities.csv and claims.csv)"
    if arguments.format != "csv" and arguments.output and os.path.isdir(arguments.output):
        return f"-o {arguments.output} is a directory (only --format csv writes to one)"
    return None


def run(arguments: argparse.Namespace, factory: PipelineFactory | None = None) -> int:
    """Extract from every article; report bad inputs and exit 1 if any.

    ``factory`` replaces the pipeline the options describe (tests use it for their plugins).
    """
    problem = _usage_problem(arguments)
    if problem is not None:
        print(f"defnews extract: {problem}", file=sys.stderr)
        return 2
    factory = factory or pipeline_factory(arguments)
    try:
        pipeline = factory()
    except ValueError as error:
        print(f"defnews: {error}", file=sys.stderr)
        return 2
    try:
        store = Store.open(arguments.db) if arguments.db else None
    except StoreError as error:
        print(f"defnews extract: {error}", file=sys.stderr)
        return 1
    paths = list(expand_paths(arguments.paths))
    progress = Progress(_total_size(paths))
    try:
        with _terminate_cleanly():
            return _extract(arguments, paths, factory, pipeline, store, progress)
    except BrokenProcessPool as error:
        progress.message(f"defnews extract: a worker process died: {error}")
        return 1
    except BrokenPipeError:  # `defnews extract ... | head`: the caller handles it quietly
        raise
    except OSError as error:
        progress.message(f"defnews extract: cannot write output: {error}")
        return 1
    finally:
        progress.close()
        if store is not None:
            store.close()


@contextlib.contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """Turn SIGTERM into SystemExit(143) so output files are cleaned and whole articles kept."""

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _extract(
    arguments: argparse.Namespace,
    paths: list[str],
    factory: PipelineFactory,
    pipeline: Pipeline,
    store: Store | None,
    progress: Progress,
) -> int:
    failed = False
    count = 0
    jobs: Iterable[Job] = iter_jobs(paths, lenient=arguments.lenient)
    if store is not None and arguments.format == "none":
        jobs = _not_stored(jobs, store)
    results = workers.run(jobs, factory, arguments.workers, pipeline=pipeline)
    with contextlib.ExitStack() as stack:
        stack.enter_context(contextlib.closing(results))
        writer = stack.enter_context(open_writer(arguments.format, arguments.output))
        if store is not None:
            stack.enter_context(store.batch())
        for job, outcome in results:
            count += 1
            progress.update(count, job.position)
            if outcome.record is None:
                progress.message(str(outcome.error))
                failed = True
                continue
            writer.write(outcome.record)
            if store is not None and not _stored(store, job, outcome.record, progress):
                failed = True
    return 1 if failed else 0


def _stored(store: Store, job: Job, record: str, progress: Progress) -> bool:
    """Add one record to the store; report (and return False) if it cannot be stored."""
    try:
        store.add_record(json.loads(record), line=record)
    except StoreError as error:
        source = "" if isinstance(job.item, ParseError) else job.item.article.source
        progress.message(f"{source}:{job.line}:1: {error}")
        return False
    return True


def _not_stored(jobs: Iterable[Job], store: Store) -> Iterator[Job]:
    """Skip extracting articles the store already holds (a re-run only does what is missing)."""
    for job in jobs:
        if isinstance(job.item, ParseError) or not store.has(job.item.article.id):
            yield job


def _total_size(paths: list[str]) -> int | None:
    """Bytes of input for the progress bar; None when stdin makes it unknowable."""
    if STDIN in paths:
        return None
    return sum(_size(path) for path in paths)


def iter_jobs(paths: Iterable[str], *, lenient: bool = False) -> Iterator[Job]:
    """Every article of every path (files or ``-``) as a `Job`, lazily, in order."""
    consumed = 0
    for path in paths:
        try:
            handle = _open(path)
        except OSError as error:
            yield Job(ParseError(f"cannot read file: {error.strerror or error}", source=path))
            continue
        name = "<stdin>" if path == STDIN else path
        try:
            for item in iter_parsed(handle, lenient=lenient, name=name):
                position = consumed + _tell(handle)
                yield Job(item, line=item.line, position=position)
        except OSError as error:
            yield Job(ParseError(f"cannot read file: {error.strerror or error}", source=name))
        finally:
            if path != STDIN:
                handle.close()
        if path != STDIN:
            consumed += _size(path)


def _open(path: str) -> IO[bytes]:
    """The bytes of ``path``, ``-`` meaning stdin (which the caller must leave open)."""
    return sys.stdin.buffer if path == STDIN else open(path, "rb")


def _tell(handle: IO[bytes]) -> int:
    try:
        return handle.tell()
    except (OSError, ValueError):  # pipes cannot tell; progress then counts articles only
        return 0


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
