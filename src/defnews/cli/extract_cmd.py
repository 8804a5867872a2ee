"""``defnews extract PATH...``: run every plugin and print one JSON Lines record per article."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from defnews.cli._inputs import iter_inputs, report
from defnews.errors import ExtractionError, ParseError
from defnews.pipeline import Pipeline
from defnews.plugins import DISABLE_ENV, PLUGINS_ENV, names_from_env
from defnews.serialization import dumps_record

__all__ = ["pipeline_from", "register", "run"]


def register(commands: Any) -> None:
    """Add the ``extract`` sub-command."""
    command: argparse.ArgumentParser = commands.add_parser(
        "extract", help="extract entities and claims; JSON Lines to stdout"
    )
    command.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or -")
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


def _names(value: str | None) -> list[str] | None:
    return None if value is None else [n.strip() for n in value.split(",") if n.strip()]


def pipeline_from(arguments: argparse.Namespace) -> Pipeline:
    """The pipeline the options and environment ask for."""
    only = _names(arguments.plugins)
    if only is None:
        only = names_from_env(PLUGINS_ENV)
    disable = (_names(arguments.disable) or []) + (names_from_env(DISABLE_ENV) or [])
    return Pipeline(only, disable=disable, strict=arguments.strict)


def run(arguments: argparse.Namespace) -> int:
    """Extract from every article; report bad inputs and exit 1 if any."""
    try:
        pipeline = pipeline_from(arguments)
    except ValueError as error:
        print(f"defnews: {error}", file=sys.stderr)
        return 2
    failed = False
    for item in iter_inputs(arguments.paths, lenient=arguments.lenient):
        if isinstance(item, ParseError):
            report(item)
            failed = True
            continue
        try:
            result = pipeline.extract(item.article)
        except ExtractionError as error:
            print(f"{item.article.source or '<stdin>'}:1:1: {error}", file=sys.stderr)
            failed = True
            continue
        sys.stdout.write(dumps_record(result) + "\n")
    sys.stdout.flush()
    return 1 if failed else 0
