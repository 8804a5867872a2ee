"""The HTML view: article text with highlighted mentions and evidence, claims beside it.

Safety rests on two layers. Every value from an article or a plugin reaches the page through
`esc` (``html.escape`` with ``quote=True``), via the small `el` builder that escapes
text children and attribute values unless they are already `Markup`. And the page carries
a Content-Security-Policy that allows only its own inline style and script, by SHA-256 hash, so
even a missed escape could not run a script or load anything from outside.

Highlights may overlap (a mention inside a quote inside a contract's evidence), and HTML cannot
nest overlapping elements, so the text is cut at every highlight boundary into non-overlapping
segments; each segment lists every mark that covers it in classes and ``data-`` attributes.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from importlib import resources

import attrs

from defnews.models import Claim, Entity, Extraction
from defnews.summary import (
    claim_line,
    describe_amount,
    describe_time,
    entity_label,
    entity_name,
    plain,
    status_of,
)

__all__ = [
    "ENTITY_COLOURS",
    "Mark",
    "Markup",
    "Segment",
    "el",
    "esc",
    "marks_of",
    "render_page",
    "segments",
]

ENTITY_COLOURS: Mapping[str, str] = {
    "official": "#ffc078",
    "person": "#faa2c1",
    "organization": "#74c0fc",
    "country": "#8ce99a",
    "fund": "#d0bfff",
}
"""Background colour per core entity kind; other kinds share a grey (kept in sync with CSS)."""

CLAIM_KINDS_STYLED = ("contract", "fund", "quote", "statement")
LANES = 3
"""Rows of evidence underlines drawn below a line of text; more overlaps share the last."""

_LEVELS = ("info", "warning", "error")
_TOC_TITLE = 110
_ATTRIBUTE_NAME = re.compile(r"[a-z][a-z0-9-]*\Z")


class Markup(str):
    """Text that is already HTML: `el` passes it through unescaped."""

    __slots__ = ()


def esc(value: object) -> Markup:
    """``value`` as HTML text, safe in element content and in quoted attribute values."""
    return Markup(html.escape(str(value), quote=True))


def _content(child: str) -> str:
    return child if isinstance(child, Markup) else esc(child)


def el(name: str, attributes: Mapping[str, object | None] | None = None, *children: str) -> Markup:
    """An element; plain-string children and attribute values are escaped, None drops one."""
    parts = [name]
    for key, value in (attributes or {}).items():
        if not _ATTRIBUTE_NAME.match(key):
            raise ValueError(f"invalid attribute name {key!r}")
        if value is not None:
            parts.append(f'{key}="{esc(value)}"')
    return Markup(f"<{' '.join(parts)}>{''.join(_content(c) for c in children)}</{name}>")


def _join(children: Iterable[str]) -> Markup:
    return Markup("".join(_content(c) for c in children))


@attrs.frozen
class Mark:
    """One highlight: a stretch of text, its layer, the kind that colours it, what it refers to.

    ``layer`` is ``mention`` (ref is an entity id), ``evidence`` (ref is a claim id),
    ``amount``, ``time`` or ``heading``; ``label`` is the tooltip line it contributes;
    ``lane`` is the underline row an evidence mark keeps along its whole length.
    """

    start: int
    end: int
    layer: str
    kind: str = ""
    ref: str = ""
    label: str = ""
    lane: int = 0


@attrs.frozen
class Segment:
    """A maximal stretch of text covered by the same set of marks (possibly none)."""

    start: int
    end: int
    marks: tuple[Mark, ...] = ()


def segments(text_length: int, marks: Iterable[Mark]) -> list[Segment]:
    """Cut ``0..text_length`` at every mark boundary; marks keep their given order per segment.

    Empty marks and the parts of marks outside the text are ignored, so the segments always
    tile the text exactly.
    """
    kept = [m for m in marks if max(m.start, 0) < min(m.end, text_length)]
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    bounds = {0, text_length}
    for index, mark in enumerate(kept):
        start, end = max(mark.start, 0), min(mark.end, text_length)
        opening.setdefault(start, []).append(index)
        closing.setdefault(end, []).append(index)
        bounds.update((start, end))
    active: set[int] = set()
    result: list[Segment] = []
    ordered = sorted(bounds)
    for start, end in itertools.pairwise(ordered):
        active.difference_update(closing.get(start, ()))
        active.update(opening.get(start, ()))
        result.append(Segment(start, end, tuple(kept[i] for i in sorted(active))))
    return result


def _entity_title(entity: Entity) -> str:
    details = [entity.kind, entity.role, entity.country]
    return f"{entity.name} — {', '.join(d for d in details if d)} [{entity.id}]"


def _claim_title(extraction: Extraction, claim: Claim) -> str:
    return f"{claim.kind} ({status_of(claim)}): {claim_line(extraction, claim)}"


def evidence_lanes(claims: Iterable[Claim]) -> dict[str, int]:
    """An underline row per claim so that overlapping evidence never shares one.

    Greedy interval colouring in evidence order: each claim takes the first row free at its
    start, so it keeps one row (and one colour) over its whole evidence; rows past the last
    of `LANES` share it.
    """
    row_ends: list[int] = []
    lanes: dict[str, int] = {}
    for claim in sorted(claims, key=lambda c: (c.evidence.start, -c.evidence.end, c.id)):
        free = [row for row, end in enumerate(row_ends) if end <= claim.evidence.start]
        row = free[0] if free else len(row_ends)
        if row == len(row_ends):
            row_ends.append(claim.evidence.end)
        row_ends[row] = claim.evidence.end
        lanes[claim.id] = min(row, LANES - 1)
    return lanes


def marks_of(extraction: Extraction) -> list[Mark]:
    """Every highlight of an extraction: headings, claim evidence, mentions, amounts, times."""
    marks = [Mark(h.start, h.end, "heading") for h in extraction.article.headings]
    lanes = evidence_lanes(extraction.claims)
    for claim in extraction.claims:
        label = _claim_title(extraction, claim)
        ev = claim.evidence
        lane = lanes[claim.id]
        marks.append(Mark(ev.start, ev.end, "evidence", claim.kind, claim.id, label, lane))
    for entity in extraction.entities:
        label = _entity_title(entity)
        for mention in entity.mentions:
            marks.append(Mark(mention.start, mention.end, "mention", entity.kind, entity.id, label))
    for amount in extraction.quantities:
        marks.append(Mark(amount.start, amount.end, "amount", label=describe_amount(amount)))
    for time in extraction.times:
        marks.append(Mark(time.start, time.end, "time", label=describe_time(time)))
    return marks


def _kind_class(prefix: str, kind: str, styled: Iterable[str]) -> str:
    return f"{prefix}-{kind}" if kind in styled else f"{prefix}-other"


def _segment_html(text: str, segment: Segment) -> Markup:
    words = text[segment.start : segment.end]
    if not segment.marks:
        return esc(words)
    by_layer: dict[str, list[Mark]] = {}
    for mark in segment.marks:
        by_layer.setdefault(mark.layer, []).append(mark)
    classes: list[str] = []
    if "heading" in by_layer:
        classes.append("hd")
    mentions = by_layer.get("mention", [])
    if mentions:
        inner = min(mentions, key=lambda m: m.end - m.start)
        classes += ["hl", "m", _kind_class("m", inner.kind, ENTITY_COLOURS)]
        classes += ["m-nested"] if len({m.ref for m in mentions}) > 1 else []
    evidence = by_layer.get("evidence", [])
    kinds = list(dict.fromkeys(m.kind for m in evidence))
    if evidence:
        classes += ["hl", "ev", *(_kind_class("ev", k, CLAIM_KINDS_STYLED) for k in kinds)]
        classes += ["ev-multi"] if len(evidence) > 1 else []
        lanes = {m.lane: m.kind for m in evidence}
        classes += [_kind_class(f"l{lane + 1}", k, CLAIM_KINDS_STYLED) for lane, k in lanes.items()]
    classes += ["hl", "q"] if "amount" in by_layer else []
    classes += ["hl", "t"] if "time" in by_layer else []
    labels = [m.label for m in segment.marks if m.label]
    attributes: dict[str, object | None] = {
        "class": " ".join(dict.fromkeys(classes)),
        "data-entities": " ".join(dict.fromkeys(m.ref for m in mentions)) or None,
        "data-entity-kinds": " ".join(dict.fromkeys(m.kind for m in mentions)) or None,
        "data-claims": " ".join(dict.fromkeys(m.ref for m in evidence)) or None,
        "data-claim-kinds": " ".join(kinds) or None,
        "title": "\n".join(dict.fromkeys(labels)) or None,
    }
    return el("span", attributes, words)


def _text_html(extraction: Extraction) -> Markup:
    text = extraction.article.text
    pieces = segments(len(text), marks_of(extraction))
    return _join(_segment_html(text, s) for s in pieces)


def _definition(term: str, value: str | None) -> Markup:
    if not value:
        return Markup("")
    return _join([el("dt", None, term), el("dd", None, value)])


def _claim_html(extraction: Extraction, claim: Claim, anchor: str) -> Markup:
    parties = ", ".join(entity_name(extraction, p) for p in claim.parties)
    extras = ", ".join(f"{k}={plain(v)}" for k, v in claim.attributes.items())
    summary = el(
        "summary",
        None,
        el(
            "span",
            {"class": f"badge {_kind_class('k', claim.kind, CLAIM_KINDS_STYLED)}"},
            claim.kind,
        ),
        " ",
        el("span", {"class": "modality"}, status_of(claim)),
        " ",
        claim_line(extraction, claim),
    )
    details = el(
        "dl",
        None,
        _definition("kind", claim.kind),
        _definition("modality", claim.modality),
        _definition("status", plain(claim.attributes.get("status") or "")),
        _definition("parties", parties),
        _definition("subject", entity_name(extraction, claim.subject)),
        _definition("item", claim.item.text if claim.item else None),
        _definition("amount", describe_amount(claim.amount) if claim.amount else None),
        _definition("time", describe_time(claim.time) if claim.time else None),
        _definition("speaker", entity_label(extraction, claim.speaker)),
        _definition("quote", claim.quote.text if claim.quote else None),
        _definition(
            "evidence", f"{claim.evidence.text} [{claim.evidence.start}..{claim.evidence.end}]"
        ),
        _definition("attributes", extras),
        _definition("extractor", f"{claim.extractor} (confidence {claim.confidence:.2f})"),
        _definition("id", claim.id),
    )
    return el(
        "li",
        None,
        el(
            "details",
            {
                "class": f"claim {_kind_class('k', claim.kind, CLAIM_KINDS_STYLED)}",
                "id": anchor,
                "data-claim-id": claim.id,
            },
            summary,
            details,
        ),
    )


def _entity_item(entity: Entity, anchor: str) -> Markup:
    details = [entity.role, entity.country, f"{len(entity.mentions)} mention(s)"]
    return el(
        "li",
        {"id": anchor, "data-entity-id": entity.id, "title": _entity_title(entity)},
        el("span", {"class": f"swatch {_kind_class('m', entity.kind, ENTITY_COLOURS)}"}, ""),
        el("strong", None, entity.name),
        " ",
        el("span", {"class": "kind"}, entity.kind),
        " — ",
        " · ".join(d for d in details if d),
        " ",
        el("code", None, entity.id),
    )


def _entities_html(extraction: Extraction, prefix: str) -> Markup:
    if not extraction.entities:
        return el("p", {"class": "empty"}, "No entities found.")
    items = (_entity_item(e, f"{prefix}-e{i}") for i, e in enumerate(extraction.entities, 1))
    return el("ul", {"class": "entities"}, *items)


def _claims_html(extraction: Extraction, prefix: str) -> Markup:
    if not extraction.claims:
        return el("p", {"class": "empty"}, "No claims found.")
    items = (
        _claim_html(extraction, c, f"{prefix}-c{i}") for i, c in enumerate(extraction.claims, 1)
    )
    return el("ol", {"class": "claims"}, *items)


def _diagnostics_html(extraction: Extraction) -> Markup:
    if not extraction.diagnostics:
        return Markup("")
    items = (
        el(
            "li",
            {"class": f"diag diag-{d.level if d.level in _LEVELS else 'info'}"},
            f"{d.level} {d.code}: {d.message}",
        )
        for d in extraction.diagnostics
    )
    return el(
        "details",
        {"class": "diagnostics"},
        el("summary", None, f"Diagnostics ({len(extraction.diagnostics)})"),
        el("ul", None, *items),
    )


def _meta_line(extraction: Extraction) -> str:
    article = extraction.article
    parts = [article.date.isoformat(), article.source or "", f"id {article.id}"]
    counts = f"{len(extraction.entities)} entities, {len(extraction.claims)} claims"
    return " · ".join([p for p in parts if p] + [counts])


def _article_html(extraction: Extraction, number: int) -> Markup:
    prefix = f"a{number}"
    article = extraction.article
    panel = el(
        "aside",
        {"class": "panel", "aria-label": "claims and entities"},
        el("div", {"class": "selection", "aria-live": "polite"}, "Click a highlight for details."),
        el("h3", None, f"Claims ({len(extraction.claims)})"),
        _claims_html(extraction, prefix),
        el("h3", None, f"Entities ({len(extraction.entities)})"),
        _entities_html(extraction, prefix),
    )
    return el(
        "article",
        {"class": "article", "id": f"article-{number}", "data-article-id": article.id},
        el(
            "header",
            None,
            el("h2", None, article.title or article.id),
            el("p", {"class": "meta"}, _meta_line(extraction)),
        ),
        el(
            "div",
            {"class": "body"},
            el("div", {"class": "text"}, _text_html(extraction)),
            panel,
        ),
        _diagnostics_html(extraction),
    )


def _legend() -> Markup:
    entity_items = (
        el("li", None, el("span", {"class": f"swatch m-{kind}"}, ""), kind)
        for kind in ENTITY_COLOURS
    )
    claim_items = (
        el("li", None, el("span", {"class": f"ev ev-{kind} l1-{kind}"}, "evidence"), f" {kind}")
        for kind in CLAIM_KINDS_STYLED
    )
    return el(
        "div",
        {"class": "legend"},
        el("span", None, "Entities:"),
        el("ul", None, *entity_items),
        el("span", None, "Claims:"),
        el("ul", None, *claim_items),
        el("span", {"class": "q"}, "amount"),
        " ",
        el("span", {"class": "t"}, "time"),
    )


def _toc_entry(extraction: Extraction, number: int) -> Markup:
    article = extraction.article
    title = article.title or article.id
    title = title if len(title) <= _TOC_TITLE else title[: _TOC_TITLE - 1].rstrip() + "…"
    details = [article.source.replace("\\", "/").rsplit("/", 1)[-1] if article.source else ""]
    details.append(f"{len(extraction.entities)} entities, {len(extraction.claims)} claims")
    return el(
        "li",
        None,
        el("span", {"class": "date"}, article.date.isoformat()),
        " ",
        el("a", {"href": f"#article-{number}"}, title),
        " ",
        el("span", {"class": "meta"}, " · ".join(d for d in details if d)),
    )


def _toc(extractions: Sequence[Extraction]) -> Markup:
    items = (_toc_entry(e, n) for n, e in enumerate(extractions, 1))
    return el(
        "nav",
        {"class": "toc", "aria-label": "articles"},
        el("h2", None, "Articles"),
        el("ol", None, *items),
    )


@cache
def _asset(name: str) -> str:
    text = resources.files("defnews.html").joinpath(name).read_text(encoding="utf-8")
    closing = "</style" if name.endswith(".css") else "</script"
    if closing in text.lower():
        raise ValueError(f"{name} must not contain {closing}")
    return text


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def content_security_policy(style: str, script: str) -> str:
    """A policy that allows nothing but the given inline style and script, by their hashes."""
    return (
        f"default-src 'none'; style-src '{_sha256(style)}'; script-src '{_sha256(script)}'; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; object-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


def render_page(extractions: Sequence[Extraction], *, title: str | None = None) -> str:
    """One self-contained HTML page: a single article, or an index of several with a TOC."""
    style, script = _asset("style.css"), _asset("script.js")
    single = len(extractions) == 1
    heading = title or ("defnews view" if single else f"defnews: {len(extractions)} articles")
    if title is None:
        title = extractions[0].article.title or extractions[0].article.id if single else heading
    body = [
        el("header", {"class": "page"}, el("h1", None, heading), _legend()),
        Markup("") if single else _toc(extractions),
        el("main", None, *(_article_html(e, n) for n, e in enumerate(extractions, 1))),
    ]
    policy = esc(content_security_policy(style, script))
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="defnews">\n'
        f"<title>{esc(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + f"\n<script>{script}</script>\n</body>\n</html>\n"
    )
