"""``defnews plugins``: which extractor plugins are installed, and whether they load."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from defnews.plugins import DISABLE_ENV, PLUGINS_ENV, discover, names_from_env

__all__ = ["register", "run"]


def register(commands: Any) -> None:
    """Add the ``plugins`` sub-command."""
    command: argparse.ArgumentParser = commands.add_parser(
        "plugins", help="list installed extractor plugins"
    )
    command.add_argument("--json", action="store_true", help="print JSON instead of a table")
    command.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """List every plugin with version, distribution, hooks and load status."""
    infos = discover(only=names_from_env(PLUGINS_ENV), disable=names_from_env(DISABLE_ENV) or ())
    rows: list[dict[str, Any]] = [
        {
            "name": info.name,
            "version": info.version,
            "distribution": info.distribution,
            "hooks": list(info.hooks),
            "loaded": info.loaded,
            "error": info.error,
        }
        for info in infos
    ]
    if arguments.json:
        json.dump(rows, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        for row in rows:
            status = "loaded" if row["loaded"] else f"FAILED: {row['error']}"
            hooks = ", ".join(row["hooks"]) or "-"
            print(f"{row['name']}\t{row['version']}\t{row['distribution']}\t{hooks}\t{status}")
    return 0 if all(row["loaded"] for row in rows) else 1
