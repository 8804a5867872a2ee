"""Scoring extractions against hand annotations (the gold format of ``docs/gold-format.md``).

Matching is lenient on spelling and strict on meaning: names are compared through a
transliteration-folding key (Zelenskyy = Zelenskiy = Zelensky, Oleksii = Oleksiy), while roles,
statuses, speakers, values and resolved dates must agree. Every category is scored by one-to-one
greedy matching of gold items to predictions, giving precision, recall and F1.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from defnews.models import Claim, Entity, Extraction

__all__ = [
    "CATEGORIES",
    "Score",
    "evaluate",
    "load_gold",
    "name_key",
    "role_key",
]

CATEGORIES = (
    "officials",
    "persons",
    "organizations",
    "countries",
    "funds",
    "contracts",
    "quantities",
    "quotes",
    "times",
    "statements",
)

Gold = Mapping[str, Any]


@attrs.frozen
class Score:
    """Counts and ratios for one category.

    ``missed`` holds the gold items no prediction matched and ``spurious`` the predictions that
    matched no gold item, so a rule writer can see the errors behind the figures.
    """

    gold: int
    predicted: int
    matched: int
    missed: tuple[Gold, ...] = attrs.field(default=(), eq=False, repr=False)
    spurious: tuple[Any, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0 if not self.gold else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0 if not self.predicted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.matched + other.matched,
            (*self.missed, *other.missed),
            (*self.spurious, *other.spurious),
        )

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


# --- keys: lenient on spelling -------------------------------------------------------------

_FOLDS = (
    ("kh", "h"),
    ("yy", "i"),
    ("iy", "i"),
    ("ii", "i"),
    ("yi", "i"),
    ("y", "i"),
    ("j", "i"),
    ("ck", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("ou", "u"),
)
_STOP = frozenset({"the", "of", "for", "and", "s", "a", "an", "jsc", "ag", "inc", "ltd"})
_ROLE_STOP = _STOP | {"ukraine", "ukrainian", "ukraines", "us", "u", "german", "first"}


def _ascii_words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = plain.replace("’", "'").replace("'s", "")
    return re.findall(r"[a-z0-9]+", plain)


def _fold(word: str) -> str:
    for old, new in _FOLDS:
        word = word.replace(old, new)
    return word


def name_key(name: str) -> str:
    """A spelling-insensitive key for a name: Zelenskyy, Zelenskiy and Zelensky agree."""
    return " ".join(_fold(w) for w in _ascii_words(name) if w not in _STOP)


def role_key(role: str | None) -> frozenset[str]:
    """The words of a role that carry its meaning (defence = defense, order ignored)."""
    if not role:
        return frozenset()
    words = [w.replace("defence", "defense") for w in _ascii_words(role)]
    return frozenset(w for w in words if w not in _ROLE_STOP)


def _names_match(gold_names: Iterable[str], predicted_names: Iterable[str]) -> bool:
    gold_keys = {name_key(n) for n in gold_names if n}
    predicted_keys = {name_key(n) for n in predicted_names if n}
    if gold_keys & predicted_keys:
        return True
    gold_last = {k.split()[-1] for k in gold_keys if len(k.split()) > 1}
    predicted_full = {k for k in predicted_keys if len(k.split()) > 1}
    return any(
        k.split()[-1] in gold_last and k.split()[0][:1] == g.split()[0][:1]
        for k in predicted_full
        for g in gold_keys
        if len(g.split()) > 1
    )


def _surfaces(item: Gold) -> list[str]:
    surface = item.get("surface")
    if isinstance(surface, str):
        return [surface]
    return [s for s in surface or [] if isinstance(s, str)]


def _entity_names(entity: Entity) -> list[str]:
    return [entity.name, *(m.text for m in entity.mentions)]


# --- status and time equivalence: strict on meaning ----------------------------------------

_STATUS_CLASSES = {
    "fact": "fact",
    "signed": "fact",
    "delivered": "fact",
    "active": "fact",
    "adopted": "fact",
    "concluded": "fact",
    "completed": "fact",
    "approved": "fact",
    "announced": "announced",
    "planned": "planned",
    "promised": "promised",
    "pledged": "promised",
    "considered": "considered",
    "proposed": "considered",
    "denied": "denied",
    "blocked": "denied",
    "rejected": "denied",
}


def status_class(status: str | None) -> str:
    """The meaning class of a status or modality word."""
    return _STATUS_CLASSES.get((status or "fact").lower(), (status or "fact").lower())


def _claim_status(claim: Claim) -> str:
    status = claim.attributes.get("status")
    return status_class(status if isinstance(status, str) else claim.modality)


def parse_interval(text: str) -> tuple[dt.date, dt.date] | None:
    """``2024``, ``2024-01``, ``2024-01-05``, or two of those joined by ``/``, as a date range."""
    parts = [p.strip() for p in str(text).split("/") if p.strip()]
    if not parts:
        return None
    first = (dt.date.min, dt.date.min) if parts[0] == ".." else _bounds(parts[0])
    last = (dt.date.max, dt.date.max) if parts[-1] == ".." else _bounds(parts[-1])
    if first is None or last is None:
        return None
    return first[0], last[1]


def _bounds(part: str) -> tuple[dt.date, dt.date] | None:
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", part)
    if match is None:
        return None
    year = int(match[1])
    if match[2] is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(match[2])
    if not 1 <= month <= 12:
        return None
    if match[3] is None:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return dt.date(year, month, 1), following - dt.timedelta(days=1)
    try:
        day = dt.date(year, month, int(match[3]))
    except ValueError:
        return None
    return day, day


def _intervals_agree(gold: tuple[dt.date, dt.date], start: dt.date, end: dt.date) -> bool:
    """Overlap of at least half of the shorter interval."""
    overlap = (min(gold[1], end) - max(gold[0], start)).days + 1
    shorter = min((gold[1] - gold[0]).days, (end - start).days) + 1
    return overlap > 0 and overlap * 2 >= shorter


# --- locating gold surfaces -------------------------------------------------------------------


def _locate(text: str, surface: str) -> tuple[int, int] | None:
    at = text.find(surface)
    if at < 0:
        at = text.find(surface.strip())
        surface = surface.strip()
    return None if at < 0 or not surface else (at, at + len(surface))


def _overlaps(a: tuple[int, int] | None, start: int, end: int) -> bool:
    return a is not None and a[0] < end and start < a[1]


def _number(value: Any) -> float | None:
    if isinstance(value, Mapping):
        value = value.get("value")
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


# --- per-category matchers -----------------------------------------------------------------

Matcher = Callable[[Gold, Any], bool]


def _greedy(gold: Sequence[Gold], predicted: Sequence[Any], matches: Matcher) -> Score:
    used: set[int] = set()
    missed: list[Gold] = []
    for item in gold:
        for index, candidate in enumerate(predicted):
            if index not in used and matches(item, candidate):
                used.add(index)
                break
        else:
            missed.append(item)
    spurious = tuple(p for index, p in enumerate(predicted) if index not in used)
    return Score(len(gold), len(predicted), len(used), tuple(missed), spurious)


def _score_article(gold: Gold, extraction: Extraction) -> dict[str, Score]:
    text = extraction.article.text
    entities = {e.id: e for e in extraction.entities}

    def names_of(entity_id: str | None) -> list[str]:
        entity = entities.get(entity_id or "")
        return _entity_names(entity) if entity else []

    def entity_matches(item: Gold, entity: Entity) -> bool:
        return _names_match([item.get("name", ""), *_surfaces(item)], _entity_names(entity))

    def official_matches(item: Gold, entity: Entity) -> bool:
        return entity_matches(item, entity) and role_key(item.get("role")) == role_key(entity.role)

    def country_matches(item: Gold, entity: Entity) -> bool:
        return _names_match([item["name"]], _entity_names(entity))

    def span_of(item: Gold) -> tuple[int, int] | None:
        for surface in _surfaces(item):
            found = _locate(text, surface)
            if found:
                return found
        return None

    def fund_matches(item: Gold, claim: Claim) -> bool:
        where = span_of(item)
        named = _names_match([item.get("name") or ""], names_of(claim.subject))
        placed = _overlaps(where, claim.evidence.start, claim.evidence.end)
        return (named or placed) and status_class(item.get("status")) == _claim_status(claim)

    def contract_matches(item: Gold, claim: Claim) -> bool:
        where = span_of(item)
        if not _overlaps(where, claim.evidence.start, claim.evidence.end):
            return False
        if status_class(item.get("status")) != _claim_status(claim):
            return False
        predicted_names = [n for party in claim.parties for n in names_of(party)]
        gold_parties = [p for p in item.get("parties") or [] if isinstance(p, str)]
        return not gold_parties or any(_names_match([p], predicted_names) for p in gold_parties)

    def quantity_matches(item: Gold, amount: Any) -> bool:
        if not _overlaps(span_of(item), amount.start, amount.end):
            return False
        value = _number(item.get("value"))
        low = _number(item.get("min"))
        if value is None and low is not None:
            value = low
        if value is None:
            return True  # a vague count ("hundreds of"): finding it in place is enough
        return bool(abs(value - amount.value) <= 1e-6 * max(1.0, abs(value)))

    def quote_matches(item: Gold, claim: Claim) -> bool:
        start = " ".join(str(item.get("starts", "")).split()).strip("\"'“”‘’ ").lower()
        quoted = " ".join((claim.quote.text if claim.quote else "").split()).lower()
        begins = quoted.lstrip("\"'“”‘’ ").startswith(start[:40]) if start else False
        return begins and _names_match([item.get("speaker") or ""], names_of(claim.speaker))

    def time_matches(item: Gold, time: Any) -> bool:
        if not _overlaps(span_of(item), time.start, time.end):
            return False
        interval = parse_interval(str(item.get("resolved", "")))
        if interval is None:
            return True
        start = time.from_ or dt.date.min
        end = time.until or dt.date.max
        if dt.date.min in (interval[0], start) or dt.date.max in (interval[1], end):
            return interval[0] <= end and start <= interval[1]
        return _intervals_agree(interval, start, end)

    def statement_matches(item: Gold, claim: Claim) -> bool:
        return _overlaps(span_of(item), claim.evidence.start, claim.evidence.end) and (
            _names_match([item.get("speaker") or ""], names_of(claim.speaker))
        )

    countries = [{"name": c} if isinstance(c, str) else c for c in gold.get("countries", [])]
    plan: dict[str, tuple[list[Any], list[Any], Matcher]] = {
        "officials": (
            gold.get("officials", []),
            list(extraction.by_kind("official")),
            official_matches,
        ),
        "persons": (gold.get("persons", []), list(extraction.by_kind("person")), entity_matches),
        "organizations": (
            gold.get("organizations", []),
            list(extraction.by_kind("organization")),
            entity_matches,
        ),
        "countries": (countries, list(extraction.by_kind("country")), country_matches),
        "funds": (gold.get("funds", []), list(extraction.claims_of("fund")), fund_matches),
        "contracts": (
            gold.get("contracts", []),
            list(extraction.claims_of("contract")),
            contract_matches,
        ),
        "quantities": (gold.get("quantities", []), list(extraction.quantities), quantity_matches),
        "quotes": (gold.get("quotes", []), list(extraction.claims_of("quote")), quote_matches),
        "times": (gold.get("times", []), list(extraction.times), time_matches),
        "statements": (
            gold.get("statements", []),
            list(extraction.claims_of("statement")),
            statement_matches,
        ),
    }
    return {name: _greedy(g, p, m) for name, (g, p, m) in plan.items()}


def evaluate(
    gold: Iterable[Gold], extractions: Iterable[Extraction]
) -> dict[str, dict[str, Score]]:
    """Scores per article (keyed by gold id) and ``"all"`` summed, per category.

    Extractions are paired with gold records by the file name of their source.
    """
    by_file = {Path(e.article.source or "").name: e for e in extractions}
    results: dict[str, dict[str, Score]] = {}
    total = {name: Score(0, 0, 0) for name in CATEGORIES}
    for record in gold:
        extraction = by_file.get(Path(str(record.get("file", ""))).name)
        if extraction is None:
            raise ValueError(
                f"no article for gold record {record.get('id')} (file {record.get('file')!r})"
            )
        scores = _score_article(record, extraction)
        results[str(record.get("id"))] = scores
        total = {name: total[name] + scores[name] for name in CATEGORIES}
    results["all"] = total
    return results


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The records of a gold JSON Lines file."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
