"""A set of disjoint text ranges with logarithmic overlap tests."""

from __future__ import annotations

import bisect

__all__ = ["Taken"]


class Taken:
    """Disjoint ``(start, end)`` ranges already claimed by a mention."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start..end`` overlaps a claimed range."""
        index = bisect.bisect_left(self._starts, end) - 1
        # ranges are disjoint and sorted, so only the last one starting before ``end`` and
        # the widest before it can reach ``start``; ends are kept sorted alongside starts
        return index >= 0 and self._ends[index] > start

    def add(self, start: int, end: int) -> None:
        """Claim ``start..end`` (callers check `overlaps` first)."""
        index = bisect.bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
