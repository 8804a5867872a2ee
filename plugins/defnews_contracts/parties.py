"""Who takes part in a deal: the actors named in a clause, and the ones it points back to.

The actors are the entities other plugins found (organizations, countries, officials, other
people). A clause's parties are the actors mentioned in it, with three adjustments:

- an official stands for the government of their country when that country is an entity of the
  article ("officials' governments are countries"); other people stand for their organization
  when it is known, and are left out otherwise;
- a country written as a modifier of another actor ("German defense giant Rheinmetall",
  "Ukraine's state-owned Ukrainian Defense Industry") is that actor's nationality, not a party;
- a definite description or pronoun in subject position ("The country has inked...", "the
  agency signed...", "it had won...") is resolved to the latest fitting actor before it.

A name is not an actor where it only locates or describes: inside a longer name (a fund's
"Danish model", an org's "Ukraine"), before ``-based``, after ``formerly known as``, or inside
a sum of money or a time expression ("US$ 40 mln", "since the aggression of the Russian
Federation").
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from defnews import Entity, Span
from defnews.text.ranges import words
from defnews_contracts.hints import Hints, hint

__all__ = ["ActorIndex", "Mention", "anaphor_before"]

ACTOR_KINDS = frozenset({"organization", "country", "official", "person"})

_MODIFIER_GAP = re.compile(r"(?:['’]s?)?(?:[ \t]+[\w.&'’-]+){0,6}[ \t]*", re.UNICODE)
_GAP_BREAKERS = words(
    """
    and or with to from by for in on at as than but nor said says told signed agreed
    """
)

_COMPANY_WORDS = ("company", "firm", "group", "manufacturer", "producer", "maker", "concern")
_ANAPHORS: dict[str, str] = {
    "country": "country",
    "state": "country",
    "government": "country",
    "authorities": "country",
    "cabinet": "country",
    "company": "company",
    "firm": "company",
    "group": "company",
    "manufacturer": "company",
    "producer": "company",
    "maker": "company",
    "concern": "company",
    "holding": "company",
    "ministry": "body",
    "agency": "body",
    "department": "body",
    "operator": "body",
    "bloc": "bloc",
    "alliance": "alliance",
    "commission": "commission",
}
_ANAPHOR = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:\w+[ -])?((?i:"
    + "|".join(sorted(_ANAPHORS, key=len, reverse=True))
    + r"))\b"
)
_BASED = re.compile(r"[-‐–]based\b")
_FORMERLY = re.compile(
    r"\b(?:formerly|previously|also|better|once)(?:\s+(?:known|called))?(?:\s+as)?\s+$"
)
_POST_OF = re.compile(
    r"\b(?:[Ss]ecretary|[Mm]inister|[Hh]ead|[Cc]hief|[Dd]irector|[Cc]hair(?:man|woman)?"
    r"|[Mm]ember|[Ss]pokes(?:man|woman|person)|CEO|[Pp]resident|[Cc]ommander|[Ee]nvoy"
    r"|[Ee]xecutive|[Oo]fficial)\s+(?:of|at)\s+(?:the\s+)?$"
)
_CIRCUMSTANCE = re.compile(
    r"\b(?:needs|benefit|aggression|invasion|war|attacks?|strikes?|occupation)\s+(?:of|by)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PREVIOUS_WORD = re.compile(r"(\w+)\s+(?:the\s+)?$")
_DESCRIBING_WORDS = words("formerly previously also better once known called as of by at")
_ANAPHOR_WORDS = hint(*_ANAPHORS)
_DESCRIBING_HINT = re.compile("|".join(sorted(_DESCRIBING_WORDS)))
_DASHES = ("-", "‐", "–")
"""Cheap tests first: the patterns above need one of these (see `.hints`)."""
_PRONOUN = re.compile(r"\s*(?:that\s+)?(it|they|we|he|she|i)\b", re.IGNORECASE)


class Mention(NamedTuple):
    """One place where an actor is named, with the id it stands for as a party."""

    start: int
    end: int
    entity: Entity
    party: str | None


def _lower_words(text: str) -> list[str]:
    return [w.lower() for w in text.split()]


def _is_company(entity: Entity) -> bool:
    kind = str(entity.attributes.get("type", "")).lower()
    if entity.kind != "organization":
        return False
    if not kind:
        return True
    return any(word in kind for word in (*_COMPANY_WORDS, "enterprise", "consortium", "venture"))


def _fits(entity: Entity, wanted: str) -> bool:
    """Whether ``entity`` can be what a description of type ``wanted`` points back to."""
    name = entity.name.lower()
    if wanted == "country":
        return entity.kind == "country"
    if wanted == "company":
        return _is_company(entity)
    if wanted == "body":
        kind = str(entity.attributes.get("type", "")).lower()
        return entity.kind == "organization" and (
            any(w in name for w in ("ministry", "agency", "department", "operator", "service"))
            or any(w in kind for w in ("ministry", "agency", "government"))
        )
    if wanted == "bloc":
        return entity.kind == "organization" and ("european union" in name or name == "eu")
    if wanted == "alliance":
        return entity.kind == "organization" and ("nato" in name or "alliance" in name)
    if wanted == "commission":
        return entity.kind == "organization" and "commission" in name
    return False


_START_THEN_LONGEST = operator.itemgetter(0, 1)
"""Sort key of ``(start, -end, entity, party)`` rows: by start, the longest first (stable)."""


def _outermost(
    raw: list[tuple[int, int, Entity, str | None]], walls: list[tuple[int, int]]
) -> tuple[list[Mention], list[Mention]]:
    """The actor mentions not nested in a longer one nor inside money or a time expression,
    and the countries nested in a fund's name ("Danish" in "Danish model"), from sorted rows."""
    kept: list[Mention] = []
    nationalities: list[Mention] = []
    last_end = -1
    in_fund = False
    w = 0
    n_walls = len(walls)
    for start, neg_end, entity, party in raw:
        end = -neg_end
        kind = entity.kind
        if start < last_end:  # nested in a longer one ("Ukraine" in an org name)
            if in_fund and kind == "country":
                nationalities.append(Mention(start, end, entity, party))
            continue
        in_fund = kind == "fund"
        last_end = end
        while w < n_walls and walls[w][1] <= start:
            w += 1
        if w < n_walls and walls[w][0] < end:
            continue  # inside money or a time expression
        if kind in ACTOR_KINDS:
            kept.append(Mention(start, end, entity, party))  # descriptive uses: checked later
    return kept, nationalities


class ActorIndex:
    """The actor mentions of one article, in text order, with the party each stands for."""

    def __init__(
        self,
        text: str,
        entities: Iterable[Entity],
        blocked: Iterable[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        entities = tuple(entities)
        self.known = {entity.id for entity in entities}
        countries: dict[str, str] = {}
        orgs: dict[str, str] = {}
        for entity in entities:
            if entity.kind == "country":
                for key in (entity.name, entity.id, entity.id.rsplit("/", 1)[-1]):
                    countries.setdefault(key.lower(), entity.id)
                for key in ("iso2", "code"):
                    code = entity.attributes.get(key)
                    if isinstance(code, str):
                        countries.setdefault(code.lower(), entity.id)
            elif entity.kind == "organization":
                orgs.setdefault(entity.name.lower(), entity.id)
                orgs.setdefault(entity.id.lower(), entity.id)
        raw: list[tuple[int, int, Entity, str | None]] = []
        for entity in entities:
            # only actors need a party: other mentions only hide the names nested in them
            party = self._party_of(entity, countries, orgs) if entity.kind in ACTOR_KINDS else None
            raw.extend([(m.start, -m.end, entity, party) for m in entity.mentions])
        raw.sort(key=_START_THEN_LONGEST)
        kept, nationalities = _outermost(raw, sorted(blocked))
        self.mentions: tuple[Mention, ...] = tuple(kept)
        adjectives = {
            m.text: entity.id
            for entity in entities
            if entity.kind == "country"
            for m in entity.mentions
        }
        for entity in entities:  # "Danish model" when "Danish" names Denmark elsewhere
            if entity.kind != "fund":
                continue
            for m in entity.mentions:
                first = m.text.split(" ", 1)[0]
                if first in adjectives and first != m.text:
                    nationalities.append(
                        Mention(m.start, m.start + len(first), entity, adjectives[first])
                    )
        nationalities.sort(key=lambda m: m.start)
        self._nationalities = nationalities
        self._starts = [m.start for m in kept]
        self._checked: dict[int, bool] = {}
        self._surnames: dict[str, Mention] | None = None
        self._main: str | None = None
        self._modifier: dict[int, bool] = {}
        self._within: dict[tuple[int, int], tuple[Mention, ...]] = {}
        self._parties: dict[tuple[int, int, tuple[tuple[int, int], ...]], tuple[str, ...]] = {}

    @staticmethod
    def _party_of(entity: Entity, countries: dict[str, str], orgs: dict[str, str]) -> str | None:
        if entity.kind in ("organization", "country"):
            return entity.id
        if entity.kind == "official":
            if entity.country:
                found = countries.get(entity.country.lower())
                if found is None:
                    found = countries.get(entity.country.rsplit("/", 1)[-1].lower())
                if found is not None:
                    return found
            return entity.id
        for key in ("org", "organization", "employer"):  # other people: their organization
            value = entity.attributes.get(key)
            if isinstance(value, str) and value.lower() in orgs:
                return orgs[value.lower()]
        return None

    def _descriptive(self, mention: Mention) -> bool:
        """ "Berlin-based", "formerly known as Ukroboronprom", "Secretary of the National
        Security Council": a name that only describes, locates or gives someone's post."""
        text = self.text
        if text.startswith(_DASHES, mention.end) and _BASED.match(text, mention.end):
            return True
        if not _DESCRIBING_HINT.search(text[max(0, mention.start - 12) : mention.start].lower()):
            return False  # no describing word before it, so none can be the previous word
        previous = _PREVIOUS_WORD.search(text, max(0, mention.start - 12), mention.start)
        if previous is None or previous.group(1).lower() not in _DESCRIBING_WORDS:
            return False  # cheap test first: every pattern below ends with one of these words
        before = text[max(0, mention.start - 40) : mention.start]
        if _FORMERLY.search(before) or _CIRCUMSTANCE.search(before):
            return True
        return mention.entity.kind == "organization" and _POST_OF.search(before) is not None

    def _usable(self, mention: Mention) -> bool:
        """Whether a mention names an actor (not "Berlin-based", ...), checked once."""
        usable = self._checked.get(mention.start)
        if usable is None:
            usable = not self._descriptive(mention)
            self._checked[mention.start] = usable
        return usable

    def is_modifier(self, mention: Mention) -> bool:
        """Whether a country mention only modifies the actor right after it ("German defense
        giant Rheinmetall"), checked once."""
        known = self._modifier.get(mention.start)
        if known is not None:
            return known
        result = False
        if mention.entity.kind == "country":
            index = bisect.bisect_right(self._starts, mention.start)
            following = next((m for m in self.mentions[index : index + 3] if self._usable(m)), None)
            if (
                following is not None
                and following.entity.kind != "country"
                and following.start - mention.end <= 60
            ):
                gap = self.text[mention.end : following.start]
                result = _MODIFIER_GAP.fullmatch(gap) is not None and not any(
                    word.strip(".'’") in _GAP_BREAKERS for word in _lower_words(gap)
                )
        self._modifier[mention.start] = result
        return result

    def financiers(self, start: int, end: int) -> list[str]:
        """Countries named inside a fund's name in ``start..end``: a deal "under the Danish
        model" is financed by Denmark."""
        return [
            m.party for m in self._nationalities if start <= m.start < end and m.party is not None
        ]

    def any_within(self, start: int, end: int) -> bool:
        """Whether some usable mention lies inside ``start..end`` (stops at the first)."""
        index = bisect.bisect_left(self._starts, start)
        while index < len(self.mentions) and self.mentions[index].start < end:
            if self._usable(self.mentions[index]):
                return True
            index += 1
        return False

    def within(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions lying inside ``start..end`` (each range is asked about several times per
        clause, so the answer is kept for the article)."""
        found = self._within.get((start, end))
        if found is None:
            found = self._within[(start, end)] = tuple(self._scan_within(start, end))
        return found

    def _scan_within(self, start: int, end: int) -> list[Mention]:
        mentions = self.mentions
        index = bisect.bisect_left(self._starts, start)
        found: list[Mention] = []
        while index < len(mentions) and mentions[index].start < end:
            mention = mentions[index]
            if mention.end <= end and self._usable(mention):
                found.append(mention)
            index += 1
        return found

    def at(self, span: Span) -> Mention | None:
        """The first mention overlapping ``span``."""
        index = max(bisect.bisect_right(self._starts, span.start) - 1, 0)
        while index < len(self.mentions) and self.mentions[index].start < span.end:
            mention = self.mentions[index]
            if mention.end > span.start and self._usable(mention):
                return mention
            index += 1
        return None

    def parties(self, start: int, end: int, skip: Sequence[tuple[int, int]] = ()) -> list[str]:
        """Party ids named in ``start..end`` (modifiers and skipped ranges left out), in order
        (a new list each time: callers extend it; the answer is kept for the article)."""
        key = (start, end, tuple(skip))
        found = self._parties.get(key)
        if found is None:
            found = self._parties[key] = tuple(self._scan_parties(start, end, skip))
        return list(found)

    def _scan_parties(self, start: int, end: int, skip: Sequence[tuple[int, int]]) -> list[str]:
        found: list[str] = []
        for mention in self.within(start, end):
            if mention.party is None or self.is_modifier(mention):
                continue
            if skip and any(lo <= mention.start < hi for lo, hi in skip):
                continue
            if mention.party not in found:
                found.append(mention.party)
        return found

    def first_party(self, start: int, end: int, limit: int = 8) -> str | None:
        """The party of the first actor named in ``start..end`` (modifiers left out), looking
        at no more than ``limit`` mentions, so that a long sentence costs the same."""
        index = bisect.bisect_left(self._starts, start)
        for mention in self.mentions[index : index + limit]:
            if mention.start >= end:
                break
            if mention.party is None or not self._usable(mention):
                continue
            if not self.is_modifier(mention):
                return mention.party
        return None

    def person_named(self, surname: str) -> Mention | None:
        """The first mention of a person or official whose name ends with ``surname``
        (case-insensitive: transcripts print "KAMYSHIN:")."""
        if self._surnames is None:
            self._surnames = {}
            for mention in self.mentions:
                if mention.entity.kind in ("official", "person"):
                    last = mention.entity.name.rsplit(None, 1)[-1].lower()
                    self._surnames.setdefault(last, mention)
        return self._surnames.get(surname.lower())

    def main_company(self) -> str | None:
        """The company named most often (the first on a tie): who "we" are in an interview."""
        if self._main is None:
            counts: dict[str, int] = {}
            for mention in self.mentions:
                if mention.party is not None and _is_company(mention.entity):
                    counts[mention.party] = counts.get(mention.party, 0) + 1
            best = max(counts.values(), default=0)
            self._main = next((p for p, n in counts.items() if n == best), "")
        return self._main or None

    def latest(self, before: int, wanted: str, noun: str = "", limit: int = 1500) -> Mention | None:
        """The latest mention before ``before`` (within ``limit`` characters) that fits.

        An organization whose name holds the noun itself ("the agency" and the Defence
        Procurement Agency) is preferred to one that only has the right type.
        """
        fallback: Mention | None = None
        index = bisect.bisect_left(self._starts, before) - 1
        while index >= 0:
            mention = self.mentions[index]
            if before - mention.end > limit:
                break
            index -= 1
            if mention.party is None or not self._usable(mention) or self.is_modifier(mention):
                continue
            if noun and noun in mention.entity.name.lower():
                return mention
            if fallback is None and wanted != "body" and _fits(mention.entity, wanted):
                fallback = mention
        return fallback


def anaphor_before(
    text: str, start: int, end: int, hints: Hints | None = None, whole: bool = False
) -> tuple[str, str, int] | None:
    """A definite description ("the country", "the agency") in ``start..end``.

    Returns what it wants (country, company, body...), its noun and its offset. ``hints`` are
    the article's, when the caller has them (to skip a range naming none of the nouns).
    ``whole`` marks a range that is a speaker ("The company said"): the description may end it.
    """
    if hints is not None and not hints.may(_ANAPHOR_WORDS, start, end):
        return None
    for found in _ANAPHOR.finditer(text, start, end):
        if not whole and not text[found.end() : end].strip():
            continue  # "the state order": a modifier of the cue itself, not a subject
        noun = found.group(1).lower()
        wanted = _ANAPHORS[noun]
        return wanted, noun if wanted in ("body", "commission") else "", found.start()
    return None


def pronoun_subject(text: str, start: int, end: int) -> str | None:
    """The subject pronoun ``start..end`` opens with (it, they, we, he, she, i), if any."""
    found = _PRONOUN.match(text, start, end)
    return found.group(1).lower() if found is not None else None
