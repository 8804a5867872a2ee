"""``defnews render``: being written (placeholder so the command table is complete)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["register", "run"]


def register(commands: Any) -> None:
    """Add the ``render`` sub-command."""
    command: argparse.ArgumentParser = commands.add_parser("render", help="(not available yet)")
    command.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Not available yet."""
    print("defnews render: not available in this build", file=sys.stderr)
    return 2
