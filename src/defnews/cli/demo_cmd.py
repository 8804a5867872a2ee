"""``defnews demo``: the bundled corpus through the pipeline, summarised and rendered as HTML."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import Any

from defnews.cli._inputs import iter_inputs, report
from defnews.cli.extract_cmd import add_pipeline_options, pipeline_from
from defnews.cli.render_cmd import write_page
from defnews.errors import ExtractionError, ParseError
from defnews.html import render_page
from defnews.models import Extraction
from defnews.samples_path import sample_files
from defnews.summary import summarize

__all__ = ["DEFAULT_OUTPUT", "register", "run"]

DEFAULT_OUTPUT = "defnews-demo.html"


def register(commands: Any) -> None:
    """Add the ``demo`` sub-command."""
    command: argparse.ArgumentParser = commands.add_parser(
        "demo",
        help="extract from the bundled sample corpus, print a summary, write an HTML view",
        description="Run every installed plugin on the sample articles bundled with defnews, "
        "print what was found per article and write the HTML view.",
    )
    command.add_argument(
        "-o",
        "--output",
        default=DEFAULT_OUTPUT,
        metavar="FILE",
        help=f"where to write the HTML view (default: ./{DEFAULT_OUTPUT})",
    )
    add_pipeline_options(command)
    command.set_defaults(run=run)


def _tolerant_stdout() -> None:
    # A terminal or pipe that cannot show "€" or curly quotes must not stop the demo.
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")


def run(arguments: argparse.Namespace) -> int:
    """Summarise each sample article, then write and announce the HTML view."""
    files = sample_files()
    if not files:
        print(
            "defnews demo: the bundled sample corpus is missing (broken install?)", file=sys.stderr
        )
        return 1
    try:
        pipeline = pipeline_from(arguments)
    except ValueError as error:
        print(f"defnews: {error}", file=sys.stderr)
        return 2
    _tolerant_stdout()
    failed = False
    extractions: list[Extraction] = []
    for item in iter_inputs([str(f) for f in files], lenient=arguments.lenient):
        if isinstance(item, ParseError):
            report(item)
            failed = True
            continue
        try:
            result = pipeline.extract(item.article)
        except ExtractionError as error:
            print(f"{item.article.source}:1:1: {error}", file=sys.stderr)
            failed = True
            continue
        extractions.append(result)
        print(f"[{len(extractions)}] {summarize(result)}\n", flush=True)
    if not extractions:
        return 1
    output = Path(arguments.output)
    try:
        write_page(
            render_page(extractions, title="defnews demo: bundled sample corpus"), str(output)
        )
    except OSError as error:
        print(f"defnews demo: cannot write {output}: {error}", file=sys.stderr)
        return 1
    entities = sum(len(e.entities) for e in extractions)
    claims = sum(len(e.claims) for e in extractions)
    print(
        f"{len(extractions)} articles, {entities} entities, {claims} claims.\n"
        f"Wrote the HTML view to {output.resolve()}\n"
        f"Open it in a browser: {output.resolve().as_uri()}"
    )
    return 1 if failed else 0
