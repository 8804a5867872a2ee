"""Claimed character ranges of one article.

The same contract as `defnews.text.ranges.Taken` (disjoint ranges, kept sorted), plus a bulk
start from ranges that are already sorted and disjoint (the gazetteer's matches), which spares
a bisect and a list insert per known name, and a `claim` that checks and adds in one call.
"""

from __future__ import annotations

from bisect import bisect_left

__all__ = ["Claimed"]


class Claimed:
    """Disjoint ``(start, end)`` ranges already claimed by a mention."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, starts: list[int] | None = None, ends: list[int] | None = None) -> None:
        """Start empty, or from sorted, disjoint ranges given as parallel lists (kept, not
        copied)."""
        self._starts: list[int] = starts if starts is not None else []
        self._ends: list[int] = ends if ends is not None else []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start..end`` overlaps a claimed range (ranges are disjoint and sorted,
        so only the last one starting before ``end`` can reach ``start``)."""
        index = bisect_left(self._starts, end) - 1
        return index >= 0 and self._ends[index] > start

    def add(self, start: int, end: int) -> None:
        """Claim ``start..end`` (callers check `overlaps` first)."""
        index = bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)

    def claim(self, start: int, end: int) -> None:
        """Claim ``start..end`` unless it overlaps a claimed range."""
        starts = self._starts
        index = bisect_left(starts, end) - 1
        if index >= 0 and self._ends[index] > start:
            return
        index = bisect_left(starts, start)
        starts.insert(index, start)
        self._ends.insert(index, end)
