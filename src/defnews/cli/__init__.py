"""The ``defnews`` command: one sub-command per module, dispatched from `main`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from defnews import __version__
from defnews.cli import (
    demo_cmd,
    evaluate_cmd,
    extract_cmd,
    parse_cmd,
    plugins_cmd,
    query_cmd,
    render_cmd,
)

__all__ = ["build_parser", "main"]

COMMANDS = (parse_cmd, extract_cmd, plugins_cmd, evaluate_cmd, query_cmd, render_cmd, demo_cmd)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    parser = argparse.ArgumentParser(
        prog="defnews",
        description="Turn dated defense-industry news into structured, evidence-backed data.",
    )
    parser.add_argument("--version", action="version", version=f"defnews {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some input failed, 2 usage)."""
    arguments = build_parser().parse_args(argv)
    try:
        status: int = arguments.run(arguments)
    except BrokenPipeError:
        sys.stderr.close()
        return 1
    except KeyboardInterrupt:
        return 130
    return status
