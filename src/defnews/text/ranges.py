"""Offset lookups shared by plugins: sorted ranges with logarithmic lookups and keyword scans.

Every per-mention question ("which statement holds this offset?", "is this inside a heading?",
"does this touch a sum of money?") stays cheap on long articles, so a plugin stays linear in the
article's length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Generic, TypeVar

from defnews.text._patterns import word_alternation

__all__ = ["Ranges", "Taken", "WordStarts", "keyword_starts", "words"]

T = TypeVar("T")


class Ranges(Generic[T]):
    """Items with a ``start..end`` range each, looked up by offset or by overlap."""

    def __init__(self, items: Iterable[tuple[int, int, T]]) -> None:
        self._items = sorted(items, key=lambda item: (item[0], item[1]))
        self._starts = [item[0] for item in self._items]
        self._reach: list[int] = []  # the largest end so far: non-decreasing
        reach = -1
        for _start, end, _value in self._items:
            reach = max(reach, end)
            self._reach.append(reach)

    def __len__(self) -> int:
        return len(self._items)

    def at(self, offset: int) -> T | None:
        """The latest-starting item whose range holds ``offset``."""
        index = bisect.bisect_right(self._starts, offset) - 1
        while index >= 0 and self._reach[index] > offset:
            start, end, value = self._items[index]
            if start <= offset < end:
                return value
            index -= 1
        return None

    def spans_overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The ranges that overlap ``start..end``."""
        last = bisect.bisect_left(self._starts, end) - 1
        if last < 0 or self._reach[last] <= start:
            return []
        first = bisect.bisect_right(self._reach, start, 0, last + 1)
        return [(s, e) for s, e, _v in self._items[first : last + 1] if s < end and start < e]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any item's range overlaps ``start..end``."""
        last = bisect.bisect_left(self._starts, end) - 1
        if last < 0 or self._reach[last] <= start:
            return False
        first = bisect.bisect_right(self._reach, start, 0, last + 1)
        items = self._items
        return any(items[i][0] < end and start < items[i][1] for i in range(first, last + 1))

    def within(self, start: int, end: int) -> list[T]:
        """Items whose ranges start inside ``start..end``."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [value for _s, _e, value in self._items[lo:hi]]


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text`` as a set (for word lists kept readable)."""
    return frozenset(text.split())


_SEPARATORS = ("\n", "\t", '"', "“", "‘", "'", "(", "[", "«", "/", "—", "–")


class WordStarts:
    """Where words start with given keywords, for one text.

    The text is lower-cased and the characters that usually precede a word (line breaks,
    quotes, brackets, dashes) become spaces, one for one so offsets hold; ``str.find`` of
    " keyword" then lands only on word starts and runs at memory speed, so a few dozen
    keywords cost far less than one regular-expression alternation over the article. The exact
    patterns are then only tried, anchored, at these offsets.
    """

    def __init__(self, text: str) -> None:
        lowered = text.lower()
        if len(lowered) != len(text):  # a few letters grow when lower-cased ("İ"): keep offsets
            lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
        for separator in _SEPARATORS:
            if separator in lowered:
                lowered = lowered.replace(separator, " ")
        self._spaced = " " + lowered
        self._whole: dict[tuple[str, ...], list[int]] = {}  # whole-text scans, per keyword set

    def starts(self, keywords: Iterable[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """Offsets in ``lo..hi`` where a word starts with one of ``keywords``, in order.

        A whole-text scan is kept per keyword set, since several steps of a plugin ask for the
        same one; each caller gets its own list.
        """
        key = tuple(keywords)
        whole = lo == 0 and hi is None
        if whole and key in self._whole:
            return list(self._whole[key])
        spaced = self._spaced
        end = len(spaced) if hi is None else hi + 1
        # the space sits one place before the word in the text
        found = [match.start() for match in _keyword_pattern(key).finditer(spaced, lo, end)]
        if whole:
            self._whole[key] = found
            return list(found)
        return found


@lru_cache(maxsize=32)
def _keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a space followed by any keyword: a single scan of the text (inside a
    lookahead so that overlapping keywords still count once; the keywords as a trie, so the
    engine follows one branch per letter instead of trying every keyword)."""
    return re.compile(" (?=" + word_alternation(sorted(set(keywords))) + ")")


_LAST: list[tuple[str, WordStarts]] = []


def keyword_starts(text: str, keywords: Iterable[str]) -> list[int]:
    """Offsets where a word of ``text`` starts with one of ``keywords`` (lower case)."""
    last = _LAST[0] if _LAST else None  # read once: another thread may replace it
    if last is not None and last[0] is text:
        starts = last[1]
    else:
        starts = WordStarts(text)
        _LAST[:] = [(text, starts)]  # the same article is scanned by several steps
    return starts.starts(keywords)


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
