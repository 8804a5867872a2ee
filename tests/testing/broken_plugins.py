"""Deliberately broken plugins: the conformance kit must flag every one of them."""

from __future__ import annotations

import random
import re

from defnews import Entity, Span, hookimpl
from defnews.context import ExtractionContext

CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


class OffByOne:
    """Mentions shifted one character right: the span's text no longer matches the article."""

    __name__ = "off_by_one"

    @hookimpl
    def defnews_entities(self, ctx: ExtractionContext) -> list[Entity]:
        found = []
        for match in CAPITALISED.finditer(ctx.text):
            start, end = match.span()
            if end < len(ctx.text):
                mention = Span(start + 1, end + 1, match.group())
                found.append(
                    Entity(
                        id=f"org/{match.group().lower()}",
                        kind="organization",
                        name=match.group(),
                        mentions=[mention],
                    )
                )
        return found


class Shuffled:
    """Mentions in random order: two runs give different output."""

    __name__ = "shuffled"

    @hookimpl
    def defnews_entities(self, ctx: ExtractionContext) -> list[Entity]:
        spans = [ctx.span(*m.span()) for m in CAPITALISED.finditer(ctx.text)]
        if len(spans) < 2 or len({s.start for s in spans}) < 2:
            spans.append(ctx.span(0, len(ctx.text)))
            spans.append(ctx.span(0, 0))
        random.shuffle(spans)
        return [Entity(id="org/everything", kind="organization", name="Everything", mentions=spans)]


class CrashesOnEmptyParagraphs:
    """Assumes every paragraph holds a word: crashes on punctuation-only paragraphs."""

    __name__ = "crashes_on_empty"

    @hookimpl
    def defnews_entities(self, ctx: ExtractionContext) -> list[Entity]:
        found = []
        for paragraph in ctx.article.paragraphs:
            first = re.findall(r"[^\W\d_]+", paragraph.text)[0]
            at = paragraph.text.index(first)
            found.append(
                Entity(
                    id=f"org/{first.lower()}",
                    kind="organization",
                    name=first,
                    mentions=[ctx.span(paragraph.start + at, paragraph.start + at + len(first))],
                )
            )
        return found


class Quadratic:
    """For every capitalised word, looks ahead through the rest of the text: quadratic."""

    __name__ = "quadratic"

    @hookimpl
    def defnews_entities(self, ctx: ExtractionContext) -> list[Entity]:
        hits = list(re.finditer(r"\b[A-Z][a-z]+(?=[\s\S]*\bLtd\b)", ctx.text))
        return (
            [
                Entity(
                    id="org/ltd",
                    kind="organization",
                    name="Ltd",
                    mentions=[ctx.span(*hits[0].span())],
                )
            ]
            if hits
            else []
        )


class Good:
    """Capitalised words that end a sentence as organizations: valid and deterministic."""

    __name__ = "good"

    @hookimpl
    def defnews_entities(self, ctx: ExtractionContext) -> list[Entity]:
        found: dict[str, list[Span]] = {}
        for match in re.finditer(r"\b([A-Z][a-z]+)\.", ctx.text):
            found.setdefault(match.group(1), []).append(ctx.span(*match.span(1)))
        return [
            Entity(id=f"org/{name.lower()}", kind="organization", name=name, mentions=spans)
            for name, spans in sorted(found.items())
        ]
