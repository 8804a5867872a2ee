"""A one-line progress bar on stderr, drawn only when stderr is a terminal.

Long runs deserve a sign of life, but logs and pipes must stay clean: when the stream is not a
TTY nothing at all is written. Redraws are throttled so the bar costs nothing measurable.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Progress"]

_WIDTH = 24
_CLEAR = "\r\x1b[K"


class Progress:
    """Articles done, bytes read out of ``total`` (when known), and throughput.

    Args:
        total: bytes of input expected (sum of file sizes), or None when unknown (stdin).
        stream: where to draw (default stderr).
        enabled: force on or off; by default on exactly when ``stream`` is a TTY.
        interval: minimum seconds between redraws.
    """

    def __init__(
        self,
        total: int | None = None,
        *,
        stream: TextIO | None = None,
        enabled: bool | None = None,
        interval: float = 0.1,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _is_tty(self.stream) if enabled is None else enabled
        self.total = total
        self.interval = interval
        self.articles = 0
        self.done = 0
        self.started = time.monotonic()
        self._drawn_at = float("-inf")
        self._shown = False

    def update(self, articles: int, done: int) -> None:
        """Record progress: ``articles`` finished so far, ``done`` bytes of input consumed."""
        self.articles, self.done = articles, done
        now = time.monotonic()
        if self.enabled and now - self._drawn_at >= self.interval:
            self._drawn_at = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        """The text of the bar as it would be drawn now."""
        elapsed = max((now if now is not None else time.monotonic()) - self.started, 1e-9)
        rate = f"{self.done / elapsed / 1e6:.1f} MB/s"
        count = f"{self.articles} articles"
        if not self.total:
            return f"{count}  {self.done / 1e6:.1f} MB  {rate}"
        share = min(self.done / self.total, 1.0)
        filled = int(share * _WIDTH)
        bar = "#" * filled + "-" * (_WIDTH - filled)
        return f"[{bar}] {share * 100:3.0f}%  {count}  {rate}"

    def _draw(self, now: float) -> None:
        self.stream.write(_CLEAR + self.line(now))
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the bar (before printing a message); the next update redraws it."""
        if self._shown:
            self.stream.write(_CLEAR)
            self.stream.flush()
            self._shown = False
            self._drawn_at = float("-inf")

    def message(self, text: str) -> None:
        """Print a line on the stream without tearing the bar."""
        self.clear()
        print(text, file=self.stream, flush=True)

    def close(self) -> None:
        """Remove the bar at the end of a run."""
        self.clear()


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
