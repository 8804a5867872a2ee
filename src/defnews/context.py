"""What a plugin sees of one article: the text, its date, the gazetteer, the text services.

The context computes each text service once per article and caches it, so ten plugins asking
for sentences split the text once.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

from defnews import text as services
from defnews.gazetteer import Gazetteer, GazetteerMatch
from defnews.models import Amount, Article, Diagnostic, Extraction, Span, TimeRef

__all__ = ["ExtractionContext"]


def _start_of(span: Span) -> int:
    return span.start


class ExtractionContext:
    """One article plus shared services; passed to every plugin hook as ``ctx``.

    Attributes:
        article: the article being read.
        gazetteer: every plugin's known names, compiled.
        config: configuration for every plugin, by plugin name.
    """

    def __init__(
        self,
        article: Article,
        gazetteer: Gazetteer | None = None,
        config: Mapping[str, Mapping[str, Any]] | None = None,
        role_lookup: Callable[[str, dt.date], str | None] | None = None,
    ) -> None:
        self.article = article
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer()
        self.config: Mapping[str, Mapping[str, Any]] = config or {}
        self._role_lookup = role_lookup
        self.diagnostics: list[Diagnostic] = []
        self.core_result: Extraction | None = None

    @property
    def date(self) -> dt.date:
        """The article's date, the anchor for relative time expressions."""
        return self.article.date

    @property
    def text(self) -> str:
        """The article text every offset points into."""
        return self.article.text

    def span(self, start: int, end: int) -> Span:
        """A span of the article text."""
        return Span.of(self.article.text, start, end)

    @cached_property
    def _sentences(self) -> tuple[Span, ...]:
        article = self.article
        text = article.text
        split = services.split_sentences
        found: list[Span] = list(article.headings)
        for paragraph in article.paragraphs:
            found.extend(split(text, paragraph.start, paragraph.end))
        found.sort(key=_start_of)
        return tuple(found)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self._sentences]

    def sentences(self) -> tuple[Span, ...]:
        """Every sentence (headings count as one), in text order; none crosses a paragraph."""
        return self._sentences

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing ``offset``, if any."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and self._sentences[index].contains(offset):
            return self._sentences[index]
        return None

    @cached_property
    def _blocks(self) -> tuple[tuple[Span, ...], list[int]] | None:
        """Paragraphs and headings sorted by start, or None when some of them overlap.

        Parsed articles never have overlapping blocks, so one bisection finds the only block
        that can hold an offset; a hand-built article with overlaps keeps the linear scan.
        """
        blocks = sorted((*self.article.paragraphs, *self.article.headings), key=_start_of)
        for before, after in itertools.pairwise(blocks):
            if after.start < before.end:
                return None
        return tuple(blocks), [b.start for b in blocks]

    def paragraph_at(self, offset: int) -> Span | None:
        """The paragraph or heading containing ``offset``, if any."""
        indexed = self._blocks
        if indexed is None:
            for block in (*self.article.paragraphs, *self.article.headings):
                if block.start <= offset < block.end:
                    return block
            return None
        blocks, starts = indexed
        index = bisect.bisect_right(starts, offset) - 1
        if index >= 0 and offset < blocks[index].end:
            return blocks[index]
        return None

    @cached_property
    def _quotes(self) -> tuple[services.Quote, ...]:
        return tuple(services.find_quotes(self.text, self.article.paragraphs))

    def quotes(self) -> tuple[services.Quote, ...]:
        """Direct quotations with the words naming their speaker."""
        return self._quotes

    @cached_property
    def _statements(self) -> tuple[services.Statement, ...]:
        return tuple(services.find_statements(self.text, self._sentences))

    def statements(self) -> tuple[services.Statement, ...]:
        """Indirect speech: ``X said that ...`` with speaker, verb and content spans."""
        return self._statements

    @cached_property
    def _quantities(self) -> tuple[Amount, ...]:
        return tuple(services.find_quantities(self.text))

    def quantities(self) -> tuple[Amount, ...]:
        """Every quantity and sum of money in the article."""
        return self._quantities

    @cached_property
    def _times(self) -> tuple[TimeRef, ...]:
        return tuple(services.find_times(self.text, self.date))

    def times(self) -> tuple[TimeRef, ...]:
        """Every time expression, resolved against the article date."""
        return self._times

    def modality(self, start: int, end: int) -> services.ModalityCue:
        """How firmly the clause ``text[start:end]`` is asserted."""
        return services.modality_of(self.text, start, end)

    @cached_property
    def _matches(self) -> tuple[GazetteerMatch, ...]:
        return tuple(self.gazetteer.find(self.text))

    def gazetteer_matches(self, *kinds: str) -> tuple[GazetteerMatch, ...]:
        """Known names found in the text, optionally only of the given entity kinds."""
        if not kinds:
            return self._matches
        return tuple(m for m in self._matches if m.entry.kind in kinds)

    def role_at(self, entity_id: str, date: dt.date | None = None) -> str | None:
        """The role an entity held on ``date`` (default: the article date), from plugin data."""
        if self._role_lookup is None:
            return None
        return self._role_lookup(entity_id, date or self.date)

    def note(
        self, code: str, message: str, *, level: str = "warning", plugin: str | None = None
    ) -> None:
        """Record a diagnostic about this article (a role conflict, a skipped item)."""
        self.diagnostics.append(
            Diagnostic(
                level=level, code=code, message=message, plugin=plugin, article=self.article.id
            )
        )
