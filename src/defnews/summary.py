"""A readable plain-text summary of one extraction, for ``defnews demo`` and quick checks.

The same one-line descriptions of amounts, times and claims label the HTML view, so a reader
sees identical wording in the terminal and in the browser.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Iterator

from defnews.models import Amount, Claim, Extraction, TimeRef

__all__ = [
    "claim_line",
    "describe_amount",
    "describe_time",
    "entity_label",
    "entity_name",
    "plain",
    "status_of",
    "summarize",
]

_LABEL_WIDTH = 15
_LINE_WIDTH = 100
_QUOTE_CHARS = 160


def _number(value: float) -> str:
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def describe_amount(amount: Amount) -> str:
    """``EUR 1.5 billion (1,500,000,000 EUR)``: the words as written and the normalised value."""
    value = _number(amount.value)
    if amount.high is not None:
        value = f"{value}–{_number(amount.high)}"
    unit = amount.currency or amount.unit
    hedge = "≈" if amount.approx else ""
    normalised = f"{hedge}{value} {unit}".strip()
    return f"{amount.text} ({normalised})"


def describe_time(time: TimeRef) -> str:
    """``next year (2025-01-01..2025-12-31, year)``: the words as written and the resolved range."""
    start = time.from_.isoformat() if time.from_ else "…"
    end = time.until.isoformat() if time.until else "…"
    resolved = start if start == end else f"{start}..{end}"
    return f"{time.text} ({resolved}, {time.granularity})"


def entity_name(extraction: Extraction, entity_id: str | None) -> str:
    """The entity's canonical name, or the id itself when the extraction lacks it."""
    if entity_id is None:
        return ""
    entity = extraction.entity(entity_id)
    return entity.name if entity is not None else entity_id


def entity_label(extraction: Extraction, entity_id: str | None) -> str:
    """``Name (role)`` for officials and persons with a role, else the name."""
    if entity_id is None:
        return ""
    entity = extraction.entity(entity_id)
    if entity is None:
        return entity_id
    return f"{entity.name} ({entity.role})" if entity.role else entity.name


def plain(value: object) -> str:
    """An attribute value as text: strings as they are, anything else as compact JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def status_of(claim: Claim) -> str:
    """A contract's ``status`` attribute when the plugin set one, else the claim's modality."""
    status = claim.attributes.get("status")
    return plain(status) if status else claim.modality


def _shorten(text: str, limit: int = _QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def claim_line(extraction: Extraction, claim: Claim) -> str:
    """One line saying what the claim asserts, by kind: parties and item, fund, or speech."""
    speaker = entity_name(extraction, claim.speaker) or "unattributed"
    if claim.kind in ("quote", "statement"):
        words = claim.quote.text if claim.quote is not None else claim.evidence.text
        return f"{speaker}: “{_shorten(words)}”"
    parts: list[str] = []
    names = [entity_name(extraction, party) for party in claim.parties]
    if claim.kind == "fund" and claim.subject:
        parts.append(entity_name(extraction, claim.subject))
    elif names:
        parts.append(" + ".join(names))
    if claim.attributes.get("type"):
        parts.append(plain(claim.attributes["type"]))
    if claim.item is not None and claim.item.text.casefold() not in {p.casefold() for p in parts}:
        parts.append(_shorten(claim.item.text, 80))
    if claim.kind == "fund" and claim.subject and names:
        parts.append("owner " + ", ".join(names))
    if claim.amount is not None:
        parts.append(describe_amount(claim.amount))
    if claim.attributes.get("financing"):
        parts.append(f"financing: {plain(claim.attributes['financing'])}")
    if claim.time is not None:
        parts.append(describe_time(claim.time))
    return "; ".join(parts) if parts else _shorten(claim.evidence.text)


def _section(label: str, lines: Iterable[str]) -> Iterator[str]:
    indent = " " * (2 + _LABEL_WIDTH)
    for number, line in enumerate(lines):
        head = f"  {label:<{_LABEL_WIDTH}}" if number == 0 else indent
        yield textwrap.fill(
            line,
            _LINE_WIDTH,
            initial_indent=head,
            subsequent_indent=indent + "  ",
            break_on_hyphens=False,
        )


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def summarize(extraction: Extraction) -> str:
    """A heading line (date, title, source) and one labelled section per non-empty category."""
    article = extraction.article
    source = f"  [{article.source.rsplit('/', 1)[-1]}]" if article.source else ""
    lines = [f"{article.date.isoformat()}  {_shorten(article.title, 90)}{source}"]
    officials = [entity_label(extraction, e.id) for e in extraction.by_kind("official")]
    persons = [entity_label(extraction, e.id) for e in extraction.by_kind("person")]
    sections = [
        ("Officials", _unique(officials)),
        ("Persons", _unique(persons)),
        ("Organizations", [", ".join(_unique(e.name for e in extraction.by_kind("organization")))]),
        ("Countries", [", ".join(_unique(e.name for e in extraction.by_kind("country")))]),
        (
            "Contracts",
            [
                f"[{status_of(c)}] {claim_line(extraction, c)}"
                for c in extraction.claims_of("contract")
            ],
        ),
        ("Funds", _fund_lines(extraction)),
        ("Quotes", [claim_line(extraction, c) for c in extraction.claims_of("quote")]),
        ("Statements", [claim_line(extraction, c) for c in extraction.claims_of("statement")]),
    ]
    for label, values in sections:
        lines.extend(_section(label, [v for v in values if v]))
    errors = [d for d in extraction.diagnostics if d.level == "error"]
    if errors:
        lines.extend(_section("Problems", [f"{len(errors)} error(s): {errors[0].message}"]))
    if len(lines) == 1:
        lines.append("  (nothing extracted)")
    return "\n".join(lines)


def _fund_lines(extraction: Extraction) -> list[str]:
    claims = extraction.claims_of("fund")
    described = {c.subject for c in claims}
    lines = [f"[{status_of(c)}] {claim_line(extraction, c)}" for c in claims]
    lines.extend(e.name for e in extraction.by_kind("fund") if e.id not in described)
    return lines
