"""Organizations and countries of one article, as entities."""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import Any

import attrs

from defnews import Entity, Gazetteer, GazetteerEntry, GazetteerMatch, Span
from defnews.context import ExtractionContext
from defnews.text.ranges import Taken
from defnews.text.words import next_word, prev_word
from defnews_organizations import data
from defnews_organizations.countries import accept_country_match, capital_hits, capital_to_country
from defnews_organizations.patterns import (
    GENERIC,
    TAIL_TYPES,
    OrgCandidate,
    find_pattern_orgs,
    is_title_case,
)

__all__ = ["PLUGIN", "entities"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PLUGIN = "organizations"
_PLACE_PREPOSITIONS = frozenset(
    ["in", "to", "from", "near", "at", "into", "outside", "around", "via", "across"]
)
_EU_IDS = frozenset(
    [
        "org/european-union",
        "org/european-commission",
        "org/european-parliament",
        "org/council-of-the-eu",
        "org/european-council",
    ]
)


@attrs.define
class _Found:
    id: str
    kind: str
    name: str
    country: str | None
    attributes: dict[str, Any]
    mentions: dict[tuple[int, int], str] = attrs.field(factory=dict)
    confidence: float = 0.95


_COUNTRY_WORDS: weakref.WeakKeyDictionary[Gazetteer, frozenset[str]] = weakref.WeakKeyDictionary()


def _country_words(ctx: ExtractionContext) -> frozenset[str]:
    """Every country form and its last word (computed once per gazetteer)."""
    cached = _COUNTRY_WORDS.get(ctx.gazetteer)
    if cached is not None:
        return cached
    words: set[str] = set()
    for entry in ctx.gazetteer.by_kind("country"):
        for form, _how in entry.forms():
            words.add(form)
            words.add(form.split()[-1])
    result = frozenset(words)
    _COUNTRY_WORDS[ctx.gazetteer] = result
    return result


_COUNTRY_FORMS: weakref.WeakKeyDictionary[Gazetteer, dict[str, GazetteerEntry]] = (
    weakref.WeakKeyDictionary()
)


def _country_forms(ctx: ExtractionContext) -> dict[str, GazetteerEntry]:
    """Every country form (name, alias, adjective, demonym) to its entry, once per gazetteer."""
    forms = _COUNTRY_FORMS.get(ctx.gazetteer)
    if forms is None:
        forms = {}
        for entry in ctx.gazetteer.by_kind("country"):
            for form, _how in entry.forms():
                forms.setdefault(form, entry)
        _COUNTRY_FORMS[ctx.gazetteer] = forms
    return forms


def _country_prefix(
    ctx: ExtractionContext, match: GazetteerMatch, found: dict[str, _Found]
) -> None:
    """``U.S. House of Representatives``, ``Ukrainian Ministry of Defence``: a known name that
    opens with a country form mentions that country too."""
    words = match.span.text.split(" ")
    if len(words) < 2:
        return
    forms = _country_forms(ctx)
    for size in (2, 1):
        prefix = " ".join(words[:size])
        base = prefix[:-2] if prefix.endswith(("'s", "’s")) else prefix
        entry = forms.get(base)
        if entry is not None and size < len(words):
            start = match.span.start
            item = found.get(entry.id) or _country_entity(entry)
            found[entry.id] = item
            item.mentions[(start, start + len(base))] = "alias"
            return


def _descriptor_country(
    ctx: ExtractionContext, start: int, by_end: dict[int, GazetteerMatch]
) -> str | None:
    """``Danish company X``, ``Estonia's X``, ``a British drone maker, X``, ``Kyiv-based X``."""
    text = ctx.text
    pos = start
    for _step in range(5):
        word = prev_word(text, pos)
        if word is None:
            return None
        _sep, s, e = word
        token = text[s:e]
        base_end = e - 2 if token.endswith(("'s", "’s")) else e
        match = by_end.get(base_end)
        if match is not None and match.entry.kind == "country":
            return match.entry.name
        if token.endswith("-based"):
            country_id = capital_to_country().get(token[: -len("-based")])
            entry = ctx.gazetteer.get(country_id) if country_id else None
            return entry.name if entry is not None else None
        if not token[:1].islower() or token in ("said", "told", "and", "with", "by"):
            return None
        pos = s
    return None


def _org_entity(entry: GazetteerEntry, how: str) -> _Found:
    attributes: dict[str, Any] = {
        "type": entry.attributes.get("type"),
        "source": "data",
    }
    acronyms = list(entry.acronyms)
    if acronyms:
        attributes["acronyms"] = acronyms
    return _Found(entry.id, "organization", entry.name, entry.country, attributes)


def _country_entity(entry: GazetteerEntry) -> _Found:
    iso2 = entry.attributes.get("iso2")
    return _Found(entry.id, "country", entry.name, entry.name, {"iso2": iso2})


def _heading_spans(ctx: ExtractionContext) -> list[tuple[int, int]]:
    return [
        (h.start, h.end) for h in ctx.article.headings if is_title_case(ctx.text, h.start, h.end)
    ]


def _short_forms(found: _Found, candidate: OrgCandidate) -> list[str]:
    words = candidate.name.split()
    if len(words) == 2 and words[1].lower() in TAIL_TYPES and words[0].lower() not in GENERIC:
        return [words[0]]
    return []


def entities(ctx: ExtractionContext, config: Mapping[str, Any]) -> list[Entity]:
    """Organizations (known and by pattern) and countries (names, adjectives, capitals)."""
    text = ctx.text
    matches = ctx.gazetteer_matches()
    found: dict[str, _Found] = {}
    taken = Taken()
    by_end = {m.span.end: m for m in matches}
    eu_context = False
    for match in matches:
        entry = match.entry
        if entry.kind == "organization":
            item = found.get(entry.id) or _org_entity(entry, match.form)
            found[entry.id] = item
            item.mentions[(match.span.start, match.span.end)] = match.form
            eu_context = eu_context or entry.id in _EU_IDS
            _country_prefix(ctx, match, found)
        elif entry.kind == "country":
            if not accept_country_match(text, match):
                continue
            item = found.get(entry.id) or _country_entity(entry)
            found[entry.id] = item
            item.mentions[(match.span.start, match.span.end)] = match.form
        else:
            _claim(taken, match.span.start, match.span.end)
            continue
        _claim(taken, match.span.start, match.span.end)
    for start, end, country_id in capital_hits(text, taken):
        country = ctx.gazetteer.get(country_id)
        if country is None:
            continue
        item = found.get(country.id) or _country_entity(country)
        found[country.id] = item
        item.mentions[(start, end)] = "capital"
    country_words = _country_words(ctx)
    shorts: list[tuple[str, _Found, int]] = []
    for candidate in find_pattern_orgs(text, matches, country_words, _heading_spans(ctx)):
        org_id = data.org_id(_without_legal_form(candidate.name))
        known = ctx.gazetteer.get(org_id)
        if known is not None and known.kind == "organization":
            item = found.get(org_id) or _org_entity(known, "pattern")
        else:
            item = found.get(org_id) or _Found(
                org_id,
                "organization",
                candidate.name,
                _descriptor_country(ctx, candidate.start, by_end),
                {"type": candidate.type, "source": "pattern", "pattern": candidate.how},
                confidence=0.7 if candidate.how == "descriptor" else 0.75,
            )
        found[org_id] = item
        if item.country is None:
            item.country = _descriptor_country(ctx, candidate.start, by_end)
        item.mentions[(candidate.start, candidate.end)] = "pattern"
        _claim(taken, candidate.start, candidate.end)
        shorts.extend((short, item, candidate.end) for short in _short_forms(item, candidate))
    _add_shorts(text, shorts, taken)
    _add_country_ministries(ctx, found, taken, by_end)
    if eu_context:
        _add_commission(ctx, found, taken)
    return [
        _entity(
            id=item.id,
            kind=item.kind,
            name=item.name,
            mentions=[Span.of(text, s, e) for s, e in sorted(item.mentions)],
            country=item.country,
            confidence=item.confidence,
            attributes=item.attributes,
        )
        for item in found.values()
        if item.mentions
    ]


def _claim(taken: Taken, start: int, end: int) -> None:
    if not taken.overlaps(start, end):
        taken.add(start, end)


_LEGAL_TAILS = (
    " AG",
    " GmbH",
    " Ltd",
    " Ltd.",
    " Inc.",
    " Inc",
    " LLC",
    " JSC",
    " PJSC",
    " plc",
    " PLC",
    " S.A.",
    " SA",
    " SE",
    " AS",
    " ASA",
    " AB",
    " Oy",
    " Oyj",
    " N.V.",
    " NV",
    " B.V.",
    " BV",
    " S.p.A.",
    " SpA",
    " Corp.",
    " a.s.",
    " s.r.o.",
    " KG",
    " Co.",
)


def _without_legal_form(name: str) -> str:
    for tail in _LEGAL_TAILS:
        if name.endswith(tail) and len(name) > len(tail) + 1:
            return name[: -len(tail)]
    return name


def _add_shorts(text: str, shorts: list[tuple[str, _Found, int]], taken: Taken) -> None:
    """``Kryla`` after ``Kryla Systems``: the distinctive word alone, later in the article."""
    for short, item, after in shorts:
        start = text.find(short, after)
        while start >= 0:
            end = start + len(short)
            ok = (start == 0 or not text[start - 1].isalnum()) and (
                end >= len(text) or not (text[end].isalnum() or text[end] == "-")
            )
            if ok and not taken.overlaps(start, end):
                nxt = next_word(text, end)
                before = prev_word(text, start)
                following_cap = nxt is not None and nxt[0] == "" and text[nxt[1]].isupper()
                place = (
                    before is not None
                    and before[0] == ""
                    and text[before[1] : before[2]].lower() in _PLACE_PREPOSITIONS
                )
                if not following_cap and not place:
                    item.mentions[(start, end)] = "short"
                    _claim(taken, start, end)
            start = text.find(short, start + 1)


def _ministry_hits(text: str) -> list[int]:
    """Starts of the words ``ministry``/``Ministry`` preceded by a domain word (str.find is
    much faster than a regular expression here)."""
    out: list[int] = []
    at = text.find("inistry", 1)
    while at >= 0:
        start = at - 1
        end = at + len("inistry")
        if (
            text[start] in "Mm"
            and (end >= len(text) or not text[end].isalnum())
            and text[max(0, start - 9) : start].rstrip().lower().endswith(_DOMAIN_ENDINGS)
        ):
            out.append(start)
        at = text.find("inistry", end)
    return out


_DOMAIN_ENDINGS = ("defence", "defense", "foreign", "economy", "finance", "interior")
_MINISTRY_DOMAINS = {
    "defence": "defence",
    "defense": "defence",
    "foreign": "foreign affairs",
    "economy": "economy",
    "finance": "finance",
    "interior": "interior",
}


def _ministry_entry(ctx: ExtractionContext, country: str, domain: str) -> GazetteerEntry | None:
    for entry in ctx.gazetteer.by_kind("organization"):
        if entry.country != country or entry.attributes.get("type") != "ministry":
            continue
        names = " ".join((entry.name, *entry.aliases)).lower().replace("defense", "defence")
        if domain.split()[0] in names:
            return entry
    return None


def _add_country_ministries(
    ctx: ExtractionContext,
    found: dict[str, _Found],
    taken: Taken,
    by_end: dict[int, GazetteerMatch],
) -> None:
    """``Denmark's defence ministry``, ``the Latvian defence ministry``: a country's ministry."""
    text = ctx.text
    for start in _ministry_hits(text):
        end = start + len("ministry")
        if taken.overlaps(start, end):
            continue
        domain_word = prev_word(text, start)
        if domain_word is None or domain_word[0]:
            continue
        domain = _MINISTRY_DOMAINS.get(text[domain_word[1] : domain_word[2]].lower())
        if domain is None:
            continue
        qualifier = prev_word(text, domain_word[1])
        if qualifier is None or qualifier[0]:
            continue
        token = text[qualifier[1] : qualifier[2]]
        base_end = qualifier[2] - 2 if token.endswith(("'s", "’s")) else qualifier[2]
        match = by_end.get(base_end)
        if match is None or match.entry.kind != "country":
            continue
        country = match.entry.name
        entry = _ministry_entry(ctx, country, domain)
        adjectives = match.entry.attributes.get("adjectives") or [country]
        name = f"{adjectives[0]} Ministry of {domain.title()}"
        if entry is not None:
            item = found.get(entry.id) or _org_entity(entry, "pattern")
        else:
            new_id = data.org_id(name)
            item = found.get(new_id) or _Found(
                new_id,
                "organization",
                name,
                country,
                {"type": "ministry", "source": "pattern", "pattern": "country-ministry"},
                confidence=0.8,
            )
        found[item.id] = item
        item.mentions[(qualifier[1], end)] = "pattern"
        _claim(taken, domain_word[1], end)
    _add_governments(ctx, found, taken, by_end)


def _add_governments(
    ctx: ExtractionContext,
    found: dict[str, _Found],
    taken: Taken,
    by_end: dict[int, GazetteerMatch],
) -> None:
    """``the Czech government``, ``Ukraine's government``: a country's government."""
    text = ctx.text
    at = text.find("overnment", 1)
    while at >= 0:
        start, end = at - 1, at + len("overnment")
        at = text.find("overnment", end)
        if text[start] not in "Gg" or (end < len(text) and text[end].isalnum()):
            continue
        qualifier = prev_word(text, start)
        if qualifier is None or qualifier[0] or taken.overlaps(start, end):
            continue
        token = text[qualifier[1] : qualifier[2]]
        base_end = qualifier[2] - 2 if token.endswith(("'s", "’s")) else qualifier[2]
        match = by_end.get(base_end)
        if match is None or match.entry.kind != "country":
            continue
        country = match.entry.name
        org_id = data.org_id(f"Government of {country}")
        item = found.get(org_id) or _Found(
            org_id,
            "organization",
            f"Government of {country}",
            country,
            {"type": "government", "source": "pattern", "pattern": "country-government"},
            confidence=0.8,
        )
        found[org_id] = item
        item.mentions[(qualifier[1], end)] = "pattern"
        _claim(taken, start, end)


def _add_commission(ctx: ExtractionContext, found: dict[str, _Found], taken: Taken) -> None:
    """``the Commission`` in an article about the EU is the European Commission."""
    text = ctx.text
    entry = ctx.gazetteer.get("org/european-commission")
    if entry is None:
        return
    start = text.find("Commission")
    while start >= 0:
        end = start + len("Commission")
        before = prev_word(text, start)
        after = next_word(text, end)
        ok = (
            not taken.overlaps(start, end)
            and (end >= len(text) or not text[end].isalnum())
            and (start == 0 or not text[start - 1].isalnum())
            and (
                before is None
                or before[0] != ""
                or not text[before[1]].isupper()
                or text[before[1] : before[2]] == "The"
            )
            and not (
                after is not None
                and after[0] == ""
                and text[after[1] : after[2]] in ("of", "for", "on")
            )
        )
        if ok:
            item = found.get(entry.id) or _org_entity(entry, "name")
            found[entry.id] = item
            item.mentions[(start, end)] = "short"
            _claim(taken, start, end)
        start = text.find("Commission", start + 1)


def _entity(**fields: Any) -> Entity:
    """Build an entity (keywords keep the tuple converters of the model simple to type)."""
    return Entity(**fields)
