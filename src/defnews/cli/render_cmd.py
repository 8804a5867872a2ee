"""``defnews render FILE... -o page.html``: the HTML view of articles or of extracted records."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from defnews.cli._inputs import iter_inputs, report
from defnews.cli.extract_cmd import add_pipeline_options, pipeline_from
from defnews.errors import ExtractionError, ParseError, SchemaError
from defnews.html import render_page
from defnews.models import Extraction
from defnews.serialization import loads_record

__all__ = ["register", "run", "write_page"]

STDOUT = "-"


def register(commands: Any) -> None:
    """Add the ``render`` sub-command."""
    command: argparse.ArgumentParser = commands.add_parser(
        "render",
        help="write a self-contained HTML view with highlighted entities and claims",
        description="Render articles (extracted with the installed plugins) or JSON Lines records "
        "from `defnews extract` as one HTML page: one article, or an index of several.",
    )
    command.add_argument(
        "paths", nargs="*", metavar="PATH", help="articles: files, directories or -"
    )
    command.add_argument(
        "--records",
        action="append",
        default=[],
        metavar="FILE",
        help="JSON Lines records from `defnews extract` (repeatable; - for stdin)",
    )
    command.add_argument(
        "-o", "--output", default=STDOUT, metavar="FILE", help="where to write (default: stdout)"
    )
    command.add_argument("--title", help="page title (default: the article's, or a count)")
    add_pipeline_options(command)
    command.set_defaults(run=run)


def _records(path: str) -> Iterator[Extraction | ParseError]:
    try:
        handle = sys.stdin if path == STDOUT else open(path, encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        yield ParseError(f"cannot read file: {error.strerror or error}", source=path)
        return
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield loads_record(line)
            except (json.JSONDecodeError, SchemaError, UnicodeDecodeError) as error:
                yield ParseError(str(error), source=path, line=number)


def _articles(arguments: argparse.Namespace) -> Iterator[Extraction | ParseError]:
    if arguments.paths:
        pipeline = pipeline_from(arguments)
        for item in iter_inputs(arguments.paths, lenient=arguments.lenient):
            if isinstance(item, ParseError):
                yield item
                continue
            try:
                result = pipeline.extract(item.article)
            except ExtractionError as error:
                source = item.article.source or "<stdin>"
                yield ParseError(str(error), source=source)
                continue
            diagnostics = (*item.diagnostics, *result.diagnostics)
            yield attrs.evolve(result, diagnostics=diagnostics)
    for path in arguments.records:
        yield from _records(path)


def write_page(page: str, output: str) -> None:
    """Write ``page`` to ``output`` (``-`` for stdout), replacing a file only once complete."""
    if output == STDOUT:
        sys.stdout.flush()
        sys.stdout.buffer.write(page.encode("utf-8"))
        sys.stdout.buffer.flush()
        return
    target = Path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(page)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def run(arguments: argparse.Namespace) -> int:
    """Render every article that extracts or loads; report the others and exit 1 if any."""
    if not arguments.paths and not arguments.records:
        print("defnews render: give article PATHs and/or --records FILE", file=sys.stderr)
        return 2
    extractions: list[Extraction] = []
    failed = False
    try:
        for item in _articles(arguments):
            if isinstance(item, ParseError):
                report(item)
                failed = True
            else:
                extractions.append(item)
    except ValueError as error:  # an unknown plugin name
        print(f"defnews: {error}", file=sys.stderr)
        return 2
    if not extractions:
        print("defnews render: no article to render", file=sys.stderr)
        return 1
    try:
        write_page(render_page(extractions, title=arguments.title), arguments.output)
    except OSError as error:
        print(f"defnews render: cannot write {arguments.output}: {error}", file=sys.stderr)
        return 1
    return 1 if failed else 0
