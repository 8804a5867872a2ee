"""Organizations and countries of one article, as entities."""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import ahocorasick_rs
import attrs

from defnews import Entity, Gazetteer, GazetteerEntry, GazetteerMatch, Span
from defnews.context import ExtractionContext
from defnews.text.words import next_word, possessive, prev_word
from defnews_organizations import data
from defnews_organizations.acronyms import (
    Bracket,
    affiliation,
    brackets,
    initials_match,
    is_acronym,
    name_before,
    org_type,
)
from defnews_organizations.anaphora import BLOCKERS, NOUNS, noun_hits
from defnews_organizations.countries import (
    CONTEXT_FORMS,
    accept_country_match,
    capital_hits,
    capital_to_country,
)
from defnews_organizations.forces import (
    KINDS,
    heading_services,
    service_entry,
    service_hits,
    service_name,
)
from defnews_organizations.institutions import (
    MINISTRY,
    bare_hits,
    currency_votes,
    institution_entry,
    ministry_pairs,
    regional_bodies,
)
from defnews_organizations.media import copyright_holders, dateline_sources, masthead, title_case
from defnews_organizations.patterns import (
    GENERIC,
    TAIL_TYPES,
    OrgCandidate,
    find_pattern_orgs,
)
from defnews_organizations.qualified import core_table, new_bodies, qualified_hits
from defnews_organizations.spans import Claimed

__all__ = ["PLUGIN", "entities"]


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
    known: list[Span] = attrs.field(factory=list)
    """Gazetteer matches, in text order and disjoint (spans are immutable, so the entity
    shares them instead of building others)."""
    mentions: set[tuple[int, int]] = attrs.field(factory=set)
    """Every other mention."""
    confidence: float = 0.95


_Prefix = tuple[GazetteerEntry, int]
"""A country entry and the length of its form at the start of a known name."""


class _Lookups:
    """What the plugin derives from one gazetteer, built once and kept with it (every key is
    a gazetteer form or entry, so the tables stay as small as the gazetteer)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        forms: dict[str, GazetteerEntry] = {}
        words: set[str] = set()
        for entry in gazetteer.by_kind("country"):
            for form, _how in entry.forms():
                forms.setdefault(form, entry)
                words.add(form)
                words.add(form.split()[-1])
        self.country_words = frozenset(words)
        self.prefixes: dict[str, _Prefix] = {}
        """Known names (as the gazetteer matches them) that open with a country form."""
        for entry in gazetteer.by_kind("organization"):
            for form, _how in entry.forms():
                name = form.strip()
                prefix = _country_prefix_of(name, forms)
                if prefix is not None:
                    self.prefixes[name] = prefix
        self.ministries: dict[tuple[str, str], GazetteerEntry | None] = {}
        self.institutions: dict[tuple[str, str], GazetteerEntry | None] = {}
        self.services: dict[tuple[str, str], GazetteerEntry | None] = {}
        self.cores = core_table(gazetteer)
        """A country's known bodies by their names without the country."""
        self.owners = _owner_prefixes(gazetteer)
        """Other kinds' forms (``Brave1 grants``) that open with an organization's or a
        country's form."""

    def institution(self, gazetteer: Gazetteer, country: str, key: str) -> GazetteerEntry | None:
        """The known institution of a country for a bare name's key, searched once."""
        if key == MINISTRY:
            return self.ministry(gazetteer, country, "defence")
        pair = (country, key)
        try:
            return self.institutions[pair]
        except KeyError:
            found = self.institutions[pair] = institution_entry(gazetteer, country, key)
            return found

    def service(
        self, gazetteer: Gazetteer, country: GazetteerEntry, key: str
    ) -> GazetteerEntry | None:
        """The known armed service of a country, searched once per pair."""
        pair = (country.id, key)
        try:
            return self.services[pair]
        except KeyError:
            found = self.services[pair] = service_entry(gazetteer, country, key)
            return found

    def ministry(self, gazetteer: Gazetteer, country: str, domain: str) -> GazetteerEntry | None:
        """The known ministry of a country for a domain, searched once per pair."""
        key = (country, domain)
        try:
            return self.ministries[key]
        except KeyError:
            found = self.ministries[key] = _ministry_entry(gazetteer, country, domain)
            return found


_LOOKUPS: weakref.WeakKeyDictionary[Gazetteer, _Lookups] = weakref.WeakKeyDictionary()
_LAST: list[tuple[weakref.ref[Gazetteer], _Lookups]] = []
"""The last gazetteer asked for and its tables: one pipeline reads article after article."""


def _lookups(ctx: ExtractionContext) -> _Lookups:
    """The tables of the context's gazetteer (computed once per gazetteer)."""
    gazetteer = ctx.gazetteer
    last = _LAST[0] if _LAST else None  # read once: another thread may replace it
    if last is not None and last[0]() is gazetteer:
        return last[1]
    lookups = _LOOKUPS.get(gazetteer)
    if lookups is None:
        lookups = _LOOKUPS[gazetteer] = _Lookups(gazetteer)
    _LAST[:] = [(weakref.ref(gazetteer), lookups)]
    return lookups


def _owner_prefixes(gazetteer: Gazetteer) -> dict[str, _Prefix]:
    """A fund or programme named after its owner (``Brave1 grants``, ``Danish model``) wins
    the gazetteer's longest match, yet it still names the owner: its forms that open with an
    organization's or a country's form, and that form's length."""
    orgs: dict[str, GazetteerEntry] = {}
    for entry in (*gazetteer.by_kind("organization"), *gazetteer.by_kind("country")):
        for form, _how in entry.forms():
            if entry.kind == "organization" or form not in CONTEXT_FORMS:
                orgs.setdefault(form.strip(), entry)
    out: dict[str, _Prefix] = {}
    for entry in gazetteer.entries.values():
        if entry.kind in ("organization", "country"):
            continue
        for form, _how in entry.forms():
            words = form.strip().split(" ")
            for size in range(min(3, len(words) - 1), 0, -1):
                owner = orgs.get(" ".join(words[:size]))
                if owner is not None:
                    out[form.strip()] = (owner, len(" ".join(words[:size])))
                    break
    return out


def _country_prefix_of(name: str, forms: dict[str, GazetteerEntry]) -> _Prefix | None:
    """``U.S. House of Representatives``, ``Ukrainian Ministry of Defence``: a known name that
    opens with a country form mentions that country too."""
    words = name.split(" ")
    if len(words) < 2:
        return None
    for size in (2, 1):
        prefix = " ".join(words[:size])
        base = prefix[:-2] if prefix.endswith(("'s", "’s")) else prefix
        entry = forms.get(base)
        if entry is not None and size < len(words):
            return entry, len(base)
    return None


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


def _short_forms(found: _Found, candidate: OrgCandidate) -> list[str]:
    words = candidate.name.split()
    if len(words) == 2 and words[1].lower() in TAIL_TYPES and words[0].lower() not in GENERIC:
        return [words[0]]
    return []


def entities(ctx: ExtractionContext, config: Mapping[str, Any]) -> list[Entity]:
    """Organizations (known and by pattern) and countries (names, adjectives, capitals)."""
    text = ctx.text
    lookups = _lookups(ctx)
    found: dict[str, _Found] = {}
    known = _known_names(text, ctx.gazetteer_matches(), lookups, found)
    by_end = known.by_end
    taken = known.claimed
    gazetteer = ctx.gazetteer
    for start, end, country_id in capital_hits(text, taken):
        country = gazetteer.get(country_id)
        if country is None:
            continue
        item = found.get(country.id) or _country_entity(country)
        found[country.id] = item
        item.mentions.add((start, end))
    later: list[GazetteerMatch] = []
    for hit in qualified_hits(text, known.countries, lookups.cores, taken, later):
        if hit.entry is not None:
            _add_mention(found, _org_entity(hit.entry, "qualified"), hit.start, hit.end)
            where = hit.country.span
            if hit.start < where.start:
                known.not_countries.claim(hit.start, where.start)
            else:
                known.not_countries.claim(where.end, hit.end)
    shorts: list[tuple[str, _Found, int]] = []
    candidates = find_pattern_orgs(
        text,
        known.by_start,
        by_end,
        known.not_countries,
        lookups.country_words,
        ctx.article.headings,
    )
    for candidate in candidates:
        item = _pattern_item(ctx, candidate, found, by_end)
        item.mentions.add((candidate.start, candidate.end))
        taken.claim(candidate.start, candidate.end)
        shorts.extend((short, item, candidate.end) for short in _short_forms(item, candidate))
    _add_shorts(text, shorts, taken)
    _add_outlets(text, found, taken)
    _add_country_ministries(ctx, lookups, found, taken, by_end)
    _add_ministry_pairs(ctx, lookups, found, by_end)
    _add_services(ctx, lookups, found, taken, by_end)
    _add_heading_services(ctx, lookups, found, taken)
    if later:
        _add_new_bodies(ctx, lookups, found, taken, later)
    _add_bare_institutions(ctx, lookups, found, taken)
    _add_regional_bodies(text, found, taken)
    _add_acronyms(text, found, taken, known.by_start)
    if known.eu_context:
        _add_commission(ctx, found, taken)
    _add_references(ctx, lookups, found, taken, by_end)
    return [_entity(text, item) for item in found.values() if item.known or item.mentions]


@attrs.define
class _Known:
    """The gazetteer's matches of one article, indexed for the later steps."""

    by_start: dict[int, GazetteerMatch]
    by_end: dict[int, GazetteerMatch]
    claimed: Claimed
    """Every match but the countries rejected in context."""
    not_countries: Claimed
    """Every match of something other than a country (pattern names must not overlap them)."""
    eu_context: bool
    """Whether an EU body is among the matches."""
    countries: list[GazetteerMatch]
    """The matches of countries accepted in context, in text order."""


def _known_names(
    text: str,
    matches: tuple[GazetteerMatch, ...],
    lookups: _Lookups,
    found: dict[str, _Found],
) -> _Known:
    """Record the gazetteer's organizations and countries in ``found``, in one pass that also
    indexes the matches (they come sorted and disjoint, so their ranges are claimed in one
    go)."""
    by_start: dict[int, GazetteerMatch] = {}
    by_end: dict[int, GazetteerMatch] = {}
    starts: list[int] = []
    ends: list[int] = []
    other_starts: list[int] = []
    other_ends: list[int] = []
    eu_context = False
    countries: list[GazetteerMatch] = []
    prefixes = lookups.prefixes
    for match in matches:
        entry = match.entry
        span = match.span
        start = span.start
        end = span.end
        by_start[start] = match
        by_end[end] = match
        if entry.kind == "country":
            if (span.text in CONTEXT_FORMS or text[end : end + 1] == "$") and not (
                accept_country_match(text, match)
            ):
                continue
            item = found.get(entry.id)
            if item is None:
                item = found[entry.id] = _country_entity(entry)
            item.known.append(span)
            countries.append(match)
        else:
            other_starts.append(start)
            other_ends.append(end)
            owner = lookups.owners.get(span.text) if entry.kind != "organization" else None
            if owner is not None:
                owner_entry, size = owner
                item = (
                    _country_entity(owner_entry)
                    if owner_entry.kind == "country"
                    else _org_entity(owner_entry, "owner")
                )
                _add_mention(found, item, start, start + size)
            if entry.kind == "organization":
                item = found.get(entry.id)
                if item is None:
                    item = found[entry.id] = _org_entity(entry, match.form)
                    eu_context = eu_context or entry.id in _EU_IDS
                item.known.append(span)
                prefix = prefixes.get(span.text)
                if prefix is not None:
                    country, size = prefix
                    item = found.get(country.id)
                    if item is None:
                        item = found[country.id] = _country_entity(country)
                    item.mentions.add((start, start + size))
        starts.append(start)
        ends.append(end)
    claimed = Claimed(starts, ends)
    return _Known(
        by_start, by_end, claimed, Claimed(other_starts, other_ends), eu_context, countries
    )


def _add_mention(found: dict[str, _Found], item: _Found, start: int, end: int) -> _Found:
    """Add a mention to the item already found under the same id, else to ``item``."""
    item = found.setdefault(item.id, item)
    item.mentions.add((start, end))
    return item


def _pattern_item(
    ctx: ExtractionContext,
    candidate: OrgCandidate,
    found: dict[str, _Found],
    by_end: dict[int, GazetteerMatch],
) -> _Found:
    """The entity a pattern candidate names: a known organization when its id is in the
    gazetteer, else a new one, with the country of its descriptor when it has none."""
    org_id = _org_id(candidate.name)
    item = found.get(org_id)
    if item is None:
        known = ctx.gazetteer.get(org_id)
        if known is None or known.kind != "organization":
            # a new item asks its descriptor now; asking again would give the same answer
            item = found[org_id] = _Found(
                org_id,
                "organization",
                candidate.name,
                _descriptor_country(ctx, candidate.start, by_end),
                {"type": candidate.type, "source": "pattern", "pattern": candidate.how},
                confidence=0.7 if candidate.how == "descriptor" else 0.75,
            )
            return item
        item = found[org_id] = _org_entity(known, "pattern")
    if item.country is None:
        item.country = _descriptor_country(ctx, candidate.start, by_end)
    return item


@lru_cache(maxsize=4096)
def _org_id(name: str) -> str:
    """The id of a pattern name, without its legal form (names repeat within and across
    articles, and slugging is not cheap)."""
    return data.org_id(_without_legal_form(name))


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
    " OÜ",
    " UAB",
    " TOV",
    " PrJSC",
)


def _without_legal_form(name: str) -> str:
    for tail in _LEGAL_TAILS:
        if name.endswith(tail) and len(name) > len(tail) + 1:
            return name[: -len(tail)]
    return name


def _add_shorts(text: str, shorts: list[tuple[str, _Found, int]], taken: Claimed) -> None:
    """``Kryla`` after ``Kryla Systems``: the distinctive word alone, later in the article.

    Names come in text order, so the first pass for a word reads every place a later pass for
    the same word would: each was claimed then or ruled out for good (claims only grow, and
    the other tests read the text alone). Later passes are skipped, which keeps this linear
    when a word starts many names."""
    done: set[str] = set()
    for short, item, after in shorts:
        if short in done:
            continue
        done.add(short)
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
                    item.mentions.add((start, end))
                    taken.claim(start, end)
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


def _ministry_entry(gazetteer: Gazetteer, country: str, domain: str) -> GazetteerEntry | None:
    """The first known ministry of ``country`` whose names mention the domain."""
    for entry in gazetteer.by_kind("organization"):
        if entry.country != country or entry.attributes.get("type") != "ministry":
            continue
        names = " ".join((entry.name, *entry.aliases)).lower().replace("defense", "defence")
        if domain.split()[0] in names:
            return entry
    return None


def _add_country_ministries(
    ctx: ExtractionContext,
    lookups: _Lookups,
    found: dict[str, _Found],
    taken: Claimed,
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
        entry = lookups.ministry(ctx.gazetteer, country, domain)
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
        item.mentions.add((qualifier[1], end))
        taken.claim(domain_word[1], end)
    _add_governments(ctx, found, taken, by_end)


def _add_services(
    ctx: ExtractionContext,
    lookups: _Lookups,
    found: dict[str, _Found],
    taken: Claimed,
    by_end: dict[int, GazetteerMatch],
) -> None:
    """``the Ukrainian army``, ``Lithuania's own army``, ``the US embassy in Kyiv``: the
    country's known service, else one named after the country."""
    for hit in service_hits(ctx.text, by_end, taken):
        country = hit.country.entry
        entry = lookups.service(ctx.gazetteer, country, hit.key)
        if entry is not None:
            item = _org_entity(entry, "service")
        else:
            name = service_name(country, hit.key, hit.city)
            kind = KINDS.get(hit.key, "armed forces")
            item = _Found(
                data.org_id(name),
                "organization",
                name,
                country.name,
                {"type": kind, "source": "pattern", "pattern": "country-service"},
                confidence=0.75,
            )
        _add_mention(found, item, hit.start, hit.end)
        taken.claim(hit.start, hit.end)


_DOLLAR = re.compile(r"(?<![A-Za-z])\$\s?\d")
"""A dollar amount, not ``C$`` or ``A$``."""


def _notice_country(notice: str, found: dict[str, _Found]) -> str | None:
    """The country of a contract notice: a plain dollar amount is the United States', else the
    currency it names, else the article's home country."""
    if _DOLLAR.search(notice):
        return "United States"
    votes = currency_votes(notice)
    if votes:
        return max(sorted(votes), key=lambda name: votes[name])
    return _home_country(found, {})


def _first_mention(item: _Found) -> int:
    """Where the item is first mentioned (its known spans are in text order), or -1."""
    first = item.known[0].start if item.known else -1
    for start, _end in item.mentions:
        if first < 0 or start < first:
            first = start
    return first


_DEFENCE_MINISTER = re.compile(r"\b[Dd]efen[cs]e [Mm]inister\b")


def _ministers(
    text: str, found: dict[str, _Found], by_end: dict[int, GazetteerMatch]
) -> tuple[list[int], list[str | None]]:
    """Where the first twenty defence ministers are named, and whose each is: the country
    before it (``Denmark's defence minister``), else the home country's."""
    home = _home_country(found, {})
    starts: list[int] = []
    owners: list[str | None] = []
    for index, hit in enumerate(_DEFENCE_MINISTER.finditer(text)):
        if index == 20:
            break
        owner = home
        word = prev_word(text, hit.start())
        if word is not None and text[word[1] : word[2]] in ("Deputy", "deputy", "First"):
            word = prev_word(text, word[1])
        if word is not None and not word[0]:
            token = text[word[1] : word[2]]
            match = by_end.get(word[2] - 2 if possessive(token) else word[2])
            if match is not None and match.entry.kind == "country":
                owner = match.entry.name
        starts.append(hit.start())
        owners.append(owner)
    return starts, owners


_REFERRED = frozenset().union(*NOUNS.values(), *BLOCKERS.values())
"""The types a noun may refer to or be blocked by."""


def _named_by_noun(
    found: dict[str, _Found],
) -> tuple[dict[str, list[tuple[int, str]]], dict[str, int]]:
    """For each noun, the organizations it may refer to by first mention (sorted), and the
    first mention of a type that makes it ambiguous."""
    named: dict[str, list[tuple[int, str]]] = {key: [] for key in NOUNS}
    blocked: dict[str, int] = {}
    for item in found.values():
        kind = item.attributes.get("type")
        if item.kind != "organization" or kind not in _REFERRED:
            continue
        first = _first_mention(item)
        if first < 0:
            continue
        for key, types in NOUNS.items():
            if kind in types:
                named[key].append((first, item.id))
            if kind in BLOCKERS.get(key, ()):
                blocked[key] = min(blocked.get(key, first), first)
    for firsts in named.values():
        firsts.sort()
    return named, blocked


def _add_references(
    ctx: ExtractionContext,
    lookups: _Lookups,
    found: dict[str, _Found],
    taken: Claimed,
    by_end: dict[int, GazetteerMatch],
) -> None:
    """``the ministry``, ``the agency``: the one body of that kind named
    before (see `anaphora`); with no ministry before, the nearest defence minister's before
    it."""
    text = ctx.text
    hits = noun_hits(text, taken)
    if not hits:
        return
    named, blocked = _named_by_noun(found)
    ministers: tuple[list[int], list[str | None]] | None = None
    for start, end, noun in hits:
        if blocked.get(noun, end) < start:
            continue
        before = named[noun][: bisect_left(named[noun], (start, ""))]
        ids = {item_id for _first, item_id in before}
        item: _Found | None = found[ids.pop()] if len(ids) == 1 else None
        if item is None and not ids and noun == "ministry":
            if ministers is None:
                ministers = _ministers(text, found, by_end)
            nearest = bisect_left(ministers[0], start) - 1
            country = ministers[1][nearest] if nearest >= 0 else None
            if country is not None:
                entry = lookups.ministry(ctx.gazetteer, country, "defence")
                if entry is not None:
                    item = found.get(entry.id) or _org_entity(entry, "reference")
                    found[item.id] = item
        if item is not None:
            item.mentions.add((start, end))
            taken.claim(start, end)


def _add_new_bodies(
    ctx: ExtractionContext,
    lookups: _Lookups,
    found: dict[str, _Found],
    taken: Claimed,
    countries: list[GazetteerMatch],
) -> None:
    """``Latvia's State Defence Logistics and Procurement Centre``: a new body of the country
    (unless the data knows the country's institution of that name)."""
    text = ctx.text
    for hit in new_bodies(text, countries, taken):
        country = hit.country.entry.name
        entry = lookups.institution(ctx.gazetteer, country, text[hit.start : hit.end].lower())
        if entry is not None:
            _add_mention(found, _org_entity(entry, "qualified"), hit.start, hit.end)
            continue
        name = text[hit.start : hit.end]
        item = _Found(
            _org_id(name),
            "organization",
            name,
            country,
            {"type": "agency", "source": "pattern", "pattern": "country-body"},
            confidence=0.7,
        )
        _add_mention(found, item, hit.start, hit.end)


def _add_heading_services(
    ctx: ExtractionContext, lookups: _Lookups, found: dict[str, _Found], taken: Claimed
) -> None:
    """``NAVY`` heading a contract notice: that country's known navy (none is made up)."""
    for start, end, key, notice in heading_services(ctx.text):
        if taken.overlaps(start, end):
            continue
        name = _notice_country(notice, found)
        country = _country_named(ctx.gazetteer, name) if name else None
        if country is None:
            continue
        entry = lookups.service(ctx.gazetteer, country, key)
        if entry is not None:
            _add_mention(found, _org_entity(entry, "heading"), start, end)
            taken.claim(start, end)


def _country_named(gazetteer: Gazetteer, name: str) -> GazetteerEntry | None:
    """The gazetteer's country of that name."""
    for entry in gazetteer.by_kind("country"):
        if entry.name == name:
            return entry
    return None


def _add_outlets(text: str, found: dict[str, _Found], taken: Claimed) -> None:
    """The outlets of wire datelines and of the masthead, with the masthead's name in title
    case wherever the text repeats it."""
    spans = [*dateline_sources(text), *copyright_holders(text)]
    head = masthead(text)
    if head is not None:
        spans.append(head)
    for start, end in spans:
        if taken.overlaps(start, end):
            continue
        name = title_case(text[start:end])
        item = _Found(
            _org_id(name),
            "organization",
            name,
            None,
            {"type": "media", "source": "pattern", "pattern": "outlet"},
            confidence=0.7,
        )
        item = _add_mention(found, item, start, end)
        taken.claim(start, end)
        if name != text[start:end]:
            _add_repeats(text, name, item, taken)


def _add_repeats(
    text: str, name: str, item: _Found, taken: Claimed, places: list[int] | None = None
) -> None:
    """Every free, whole-word occurrence of ``name``, left to right without overlaps as
    ``str.find`` gives them; ``places`` are its occurrences when already found."""
    if places is None:
        places = _occurrences(text, name)
    last_end = 0
    for at in places:
        if at < last_end:
            continue  # inside the occurrence before
        end = last_end = at + len(name)
        whole = (at == 0 or not text[at - 1].isalnum()) and (
            end >= len(text) or not text[end].isalnum()
        )
        if whole and not taken.overlaps(at, end):
            item.mentions.add((at, end))
            taken.claim(at, end)


def _occurrences(text: str, name: str) -> list[int]:
    """Where ``name`` starts in ``text``, overlapping occurrences included."""
    places = []
    at = text.find(name)
    while at >= 0:
        places.append(at)
        at = text.find(name, at + 1)
    return places


def _add_ministry_pairs(
    ctx: ExtractionContext,
    lookups: _Lookups,
    found: dict[str, _Found],
    by_end: dict[int, GazetteerMatch],
) -> None:
    """``the German and Ukrainian defence ministries``: each country's known ministry."""
    for first, second, start, end in ministry_pairs(ctx.text, by_end):
        for match in (first, second):
            entry = lookups.ministry(ctx.gazetteer, match.entry.name, "defence")
            if entry is not None:
                _add_mention(found, _org_entity(entry, "pair"), start, end)


def _home_country(found: dict[str, _Found], votes: dict[str, int]) -> str | None:
    """The country the article mentions most, its currency's mentions counting too (the
    first found among equals)."""
    counts = dict.fromkeys(votes, 0)
    for item in found.values():
        if item.kind == "country":
            counts[item.name] = len(item.known) + len(item.mentions)
    for name, count in votes.items():
        counts[name] += count
    best: str | None = None
    most = 0
    for name, count in counts.items():
        if count > most:
            best, most = name, count
    return best


def _add_bare_institutions(
    ctx: ExtractionContext, lookups: _Lookups, found: dict[str, _Found], taken: Claimed
) -> None:
    """``the Ministry of Defence``, ``the General Staff``: the home country's institution,
    else that of the nearest country named before it which has one (``Britain's share, the
    Treasury said`` in an article about Ukraine)."""
    home: str | None = None
    places: _Places | None = None
    for start, end, key in bare_hits(ctx.text, taken):
        home = home or _home_country(found, currency_votes(ctx.text))
        if home is None:
            return
        entry = lookups.institution(ctx.gazetteer, home, key)
        if entry is None:
            places = places or _Places(found)
            for country in places.before(start):
                entry = lookups.institution(ctx.gazetteer, country, key)
                if entry is not None:
                    break
        if entry is not None:
            _add_mention(found, _org_entity(entry, "bare"), start, end)
            taken.claim(start, end)


class _Places:
    """Where the article names each country, in text order."""

    def __init__(self, found: dict[str, _Found]) -> None:
        named: list[tuple[int, str]] = []
        for item in found.values():
            if item.kind == "country":
                named.extend((span.start, item.name) for span in item.known)
                named.extend((start, item.name) for start, _end in item.mentions)
        named.sort()
        self.starts = [start for start, _name in named]
        self.names = [name for _start, name in named]

    def before(self, offset: int, most: int = 3) -> list[str]:
        """The last ``most`` distinct countries named before ``offset``, nearest first."""
        out: list[str] = []
        index = bisect_left(self.starts, offset) - 1
        while index >= 0 and len(out) < most:
            name = self.names[index]
            if name not in out:
                out.append(name)
            index -= 1
        return out


def _add_regional_bodies(text: str, found: dict[str, _Found], taken: Claimed) -> None:
    """``the Lviv regional military administration``, then ``the regional council``."""
    for start, end, name in regional_bodies(text):
        if taken.overlaps(start, end):
            continue
        item = _Found(
            _org_id(name),
            "organization",
            name,
            None,
            {"type": "regional authority", "source": "pattern", "pattern": "regional"},
            confidence=0.7,
        )
        _add_mention(found, item, start, end)
        taken.claim(start, end)


class _Brackets:
    """Acronyms defined in brackets, tied to their organizations (see `acronyms`)."""

    def __init__(
        self,
        text: str,
        found: dict[str, _Found],
        taken: Claimed,
        by_start: dict[int, GazetteerMatch],
    ) -> None:
        self.text = text
        self.found = found
        self.taken = taken
        self.by_start = by_start
        self.links: dict[str, _Found] = {}
        self._ends: dict[int, tuple[int, _Found]] | None = None

    def ends(self) -> dict[int, tuple[int, _Found]]:
        """Every organization mention by its end (built when first needed: most articles
        define no acronym)."""
        if self._ends is None:
            self._ends = {}
            for item in self.found.values():
                if item.kind != "organization":
                    continue
                for span in item.known:
                    self._ends.setdefault(span.end, (span.start, item))
                for start, end in item.mentions:
                    self._ends.setdefault(end, (start, item))
        return self._ends

    def link(self, acronym: str, item: _Found, start: int, end: int) -> None:
        """Tie the acronym to the item (the first definition wins) and mention it here."""
        item = self.links.setdefault(acronym, item)
        if not self.taken.overlaps(start, end):
            item.mentions.add((start, end))
            self.taken.claim(start, end)

    def new(self, start: int, end: int, kind: str) -> _Found | None:
        """A new organization named ``start..end``, unless something else holds the span (a
        country word may open it: ``Ukrainian Defense Industry``)."""
        country = self.by_start.get(start)
        free_from = start
        if country is not None and country.entry.kind == "country":
            free_from = country.span.end
        if self.taken.overlaps(free_from, end):
            return None
        name = self.text[start:end]
        item = _Found(
            _org_id(name),
            "organization",
            name,
            country.entry.name if country is not None and free_from > start else None,
            {"type": kind, "source": "pattern", "pattern": "acronym"},
            confidence=0.75,
        )
        item = _add_mention(self.found, item, start, end)
        self.taken.claim(free_from, end)
        self.ends()[end] = (start, item)
        return item

    def defined_after(self, bracket: Bracket, acronym: str) -> bool:
        """``Full Name (ACR)``: link the acronym to the name before it, known or new."""
        text = self.text
        end = bracket.open
        while end > 0 and text[end - 1] in " \t\u00a0":
            end -= 1
        held = self.ends().get(end)
        if held is not None:
            start, item = held
            if not _first_letter_fits(acronym, text[start:end]):
                return False
        else:
            got = name_before(text, bracket.open, acronym)
            if got is None:
                return False
            start, words = got
            kind = org_type(words)
            capitals = sum(1 for w in words if w[:1].isupper())
            if kind is None or capitals < 2:
                return False
            made = self.new(start, end, kind)
            if made is None:
                return False
            item = made
        self.link(acronym, item, bracket.open + 1, bracket.close)
        return True

    def defined_before(self, bracket: Bracket) -> None:
        """``ACR (Full Name)``: the acronym before the bracket stands for the name in it."""
        text = self.text
        before = prev_word(text, bracket.open, max(0, bracket.open - 12))
        if before is None or before[0] or before[2] != bracket.open - 1:
            return
        acronym = text[before[1] : before[2]]
        words = text[bracket.open + 1 : bracket.close].split()
        if not is_acronym(acronym) or not words or not initials_match(acronym, tuple(words)):
            return
        start = bracket.open + 1
        end = bracket.close
        held = self.ends().get(end)
        if held is not None and held[0] == start:
            item: _Found | None = held[1]
        else:
            kind = org_type(words)
            item = self.new(start, end, kind) if kind is not None else None
        if item is not None:
            self.link(acronym, item, before[1], before[2])

    def affiliated(self, bracket: Bracket, acronym: str) -> None:
        """``Friedrich Merz (CDU)``: the person's party or employer."""
        start, end = bracket.open + 1, bracket.close
        if name_before(self.text, bracket.open, acronym) is not None:
            return  # ``Extraordinary Revenue Acceleration (ERA)`` defines a name
        if affiliation(self.text, bracket) and not self.taken.overlaps(start, end):
            item = self.new(start, end, "organization")
            if item is not None:
                self.links.setdefault(acronym, item)


def _first_letter_fits(acronym: str, name: str) -> bool:
    """Whether the acronym opens with the initial of one of the name's first two
    capitalised words (``NSPA`` for ``NATO Support ...``, not ``URGENT`` for ``Kyiv``)."""
    initials = [w[0] for w in name.split() if w[:1].isupper()][:2]
    return acronym[:1] in initials


def _add_acronyms(
    text: str, found: dict[str, _Found], taken: Claimed, by_start: dict[int, GazetteerMatch]
) -> None:
    """Acronyms defined in brackets, and then every later use of them."""
    state = _Brackets(text, found, taken, by_start)
    for bracket in brackets(text):
        content = text[bracket.open + 1 : bracket.close]
        if not is_acronym(content):
            state.defined_before(bracket)
        elif by_start.get(bracket.open + 1) is None and not state.defined_after(bracket, content):
            state.affiliated(bracket, content)
    if not state.links:
        return
    acronyms = list(state.links)
    places: dict[str, list[int]] = {acronym: [] for acronym in acronyms}
    matcher = ahocorasick_rs.AhoCorasick(acronyms)  # one pass for all of them, not one each
    for index, start, _end in matcher.find_matches_as_indexes(text, overlapping=True):
        places[acronyms[index]].append(start)
    for acronym, item in state.links.items():
        _add_repeats(text, acronym, item, taken, sorted(places[acronym]))


def _add_governments(
    ctx: ExtractionContext,
    found: dict[str, _Found],
    taken: Claimed,
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
        item.mentions.add((qualifier[1], end))
        taken.claim(start, end)


_EU_BARE = (
    ("Commission", "org/european-commission"),
    ("Council", "org/council-of-the-eu"),
    ("Parliament", "org/european-parliament"),
)
"""In an article about the EU, these words alone name its institutions."""


def _add_commission(ctx: ExtractionContext, found: dict[str, _Found], taken: Claimed) -> None:
    """``the Commission``, ``the Council``, ``Parliament`` in an article about the EU are the
    EU's own."""
    text = ctx.text
    for word, entry_id in _EU_BARE:
        entry = ctx.gazetteer.get(entry_id)
        if entry is None:
            continue
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if _commission_at(text, start, end, taken):
                _add_mention(found, _org_entity(entry, "name"), start, end)
                taken.claim(start, end)
            start = text.find(word, start + 1)


def _commission_at(text: str, start: int, end: int, taken: Claimed) -> bool:
    """Whether the word at ``start..end`` is the Commission alone: a free word, not claimed,
    not after another capitalised word (``The`` aside), not before ``of``/``for``/``on`` (the
    cheap tests come first)."""
    if taken.overlaps(start, end):
        return False
    if (end < len(text) and text[end].isalnum()) or (start > 0 and text[start - 1].isalnum()):
        return False
    before = prev_word(text, start)
    if (
        before is not None
        and before[0] == ""
        and text[before[1]].isupper()
        and text[before[1] : before[2]] != "The"
    ):
        return False
    after = next_word(text, end)
    return not (
        after is not None and after[0] == "" and text[after[1] : after[2]] in ("of", "for", "on")
    )


def _entity(text: str, item: _Found) -> Entity:
    """The entity of a found item, its mentions in text order."""
    mentions: list[Span] = item.known
    if item.mentions:
        spans: dict[tuple[int, int], Span] = {(s.start, s.end): s for s in item.known}
        for start, end in item.mentions - spans.keys():
            spans[(start, end)] = Span.of(text, start, end)
        mentions = [spans[key] for key in sorted(spans)]
    return Entity(
        id=item.id,
        kind=item.kind,
        name=item.name,
        mentions=mentions,
        country=item.country,
        confidence=item.confidence,
        attributes=item.attributes,
    )
