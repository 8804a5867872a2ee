"""Errors defnews raises on purpose, each saying where and why."""

from __future__ import annotations

__all__ = ["DefnewsError", "ExtractionError", "ParseError", "SchemaError"]


class DefnewsError(Exception):
    """Base of every error defnews raises on purpose."""


class ParseError(DefnewsError, ValueError):
    """Input that is not a valid article in the dated text format.

    Carries the source (a path or None), and the 1-based line and column in the raw input
    where the problem was found; ``str()`` gives ``SOURCE:LINE:COL: message``.
    """

    def __init__(
        self, message: str, *, source: str | None = None, line: int = 1, column: int = 1
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line
        self.column = column

    def __str__(self) -> str:
        return f"{self.source or '<text>'}:{self.line}:{self.column}: {self.message}"

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_parse_error, (self.message, self.source, self.line, self.column))


def _rebuild_parse_error(message: str, source: str | None, line: int, column: int) -> ParseError:
    return ParseError(message, source=source, line=line, column=column)


class SchemaError(DefnewsError, ValueError):
    """A JSON record that does not follow a schema version this defnews can read."""


class ExtractionError(DefnewsError):
    """Raised in strict mode when a plugin misbehaved; carries the diagnostics."""

    def __init__(self, message: str, diagnostics: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.diagnostics = diagnostics
