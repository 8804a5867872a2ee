"""Turning command-line paths into a stream of parsed articles or precise errors."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from defnews.errors import ParseError
from defnews.parser import ParsedArticle, iter_parsed

__all__ = ["expand_paths", "iter_inputs", "report"]

STDIN = "-"


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files as given, directories as their ``*.txt`` files (recursively, sorted), ``-`` as is."""
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            yield from sorted(str(p) for p in Path(path).rglob("*.txt") if p.is_file())
        else:
            yield path


def iter_inputs(
    paths: Iterable[str], *, lenient: bool = False
) -> Iterator[ParsedArticle | ParseError]:
    """Every article of every path, or the error for a file or article that is bad."""
    for path in expand_paths(paths):
        if path == STDIN:
            yield from iter_parsed(sys.stdin.buffer, lenient=lenient, name="<stdin>")
            continue
        try:
            with open(path, "rb") as handle:
                yield from iter_parsed(handle, lenient=lenient, name=path)
        except OSError as error:
            yield ParseError(f"cannot read file: {error.strerror or error}", source=path)


def report(error: ParseError) -> None:
    """Print ``FILE:LINE:COL: message`` to stderr."""
    print(str(error), file=sys.stderr)
