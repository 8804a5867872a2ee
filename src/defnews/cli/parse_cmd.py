"""``defnews parse FILE...``: articles as JSON Lines records, without extraction."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from defnews.cli._inputs import iter_inputs, report
from defnews.errors import ParseError
from defnews.models import Extraction
from defnews.serialization import dumps_record

__all__ = ["register", "run"]


def register(commands: Any) -> None:
    """Add the ``parse`` sub-command."""
    command: argparse.ArgumentParser = commands.add_parser(
        "parse", help="parse articles in the dated text format and print JSON Lines"
    )
    command.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or -")
    command.add_argument(
        "--lenient",
        action="store_true",
        help="accept other date spellings (recorded as diagnostics)",
    )
    command.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Print one record per article; report bad inputs and exit 1 if any."""
    failed = False
    for item in iter_inputs(arguments.paths, lenient=arguments.lenient):
        if isinstance(item, ParseError):
            report(item)
            failed = True
            continue
        record = Extraction(article=item.article, diagnostics=item.diagnostics)
        sys.stdout.write(dumps_record(record) + "\n")
    sys.stdout.flush()
    return 1 if failed else 0
