"""Who a fund belongs to: the actor that set it up, holds it or pays into it.

In order of preference:

1. for a named fund, its owner in the bundled data, when that actor is an entity of the
   article (the European Peace Facility belongs to the European Union);
2. an actor inside the fund's phrase or right before it ("a German government guarantee",
   "G7 loans", "the EU's defence budget", "the European Union's consideration of a ... fund");
3. the subject of the clause: the first actor before the fund that is not the object of a
   preposition ("Leaders of the Group of Seven agreed to provide Ukraine with $50bn in loans"),
   with the actors coordinated with it ("Denmark, Norway and Sweden followed with...");
4. the latest government (a country, or an official standing for one) named earlier in the
   same paragraph, else the latest actor ("Zelenskyy has promised ... a special defense fund
   will be created").

An official stands for the government of their country when that country is an entity.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from defnews import Entity, Gazetteer
from defnews.text.ranges import Ranges

__all__ = ["Actors", "owner_ids"]

_ACTOR_KINDS = frozenset({"organization", "country", "official"})
_OBJECT_OF = re.compile(
    r"\b(?:to|for|with|into|in|on|at|against|towards?|provide|providing|help|helping|support"
    r"|supporting|from|than)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"\s*(?:,|,?\s+and|\s*&)\s+(?:the\s+)?$")
_POSSESSIVE = re.compile(r"^['’]s?\b")
_BREAK = re.compile(r"[,;:.()]")


class _Mention(NamedTuple):
    start: int
    end: int
    party: str
    kind: str


class Actors:
    """The actor mentions of one article, with the party id each stands for.

    Every mention of every entity is sorted once; which of them are actors outside a sum of
    money, and which are nested in a longer name, is only worked out in the few stretches of
    text where a fund's owner is looked for.
    """

    def __init__(
        self, text: str, entities: Iterable[Entity], blocked: Iterable[tuple[int, int]] = ()
    ) -> None:
        self.text = text
        self._blocked = list(blocked)
        self._walls: Ranges[None] | None = None
        self._reach: list[int] | None = None
        self._entities = tuple(entities)
        self.by_id = {e.id: e for e in self._entities}
        self.actor_entities = [e for e in self.by_id.values() if e.kind in _ACTOR_KINDS]
        self._named: dict[str, list[str]] = {}
        self._parties = _parties(self._entities)
        self._rows = _sorted_mentions(self._entities)
        self._starts = [row[0] for row in self._rows]
        self._ends = [-row[1] for row in self._rows]
        pooled = {i for i, e in enumerate(self._entities) if e.attributes.get("head") == "pool"}
        self.pools = [(s, -e) for s, e, i in self._rows if i in pooled] if pooled else []

    def _scan(self, start: int, end: int, *, nested: bool) -> list[_Mention]:
        """The actor mentions that start at ``start`` or later and end by ``end``, with or
        without the ``nested`` ones; not those inside a sum of money ("US$ 300 mln": a currency,
        not the United States)."""
        rows, parties = self._rows, self._parties
        walls = self._money_walls()
        out: list[_Mention] = []
        index = bisect.bisect_left(self._starts, start)
        # the largest end of the mentions before: one that starts before it is inside a longer
        # name ("Danish" in "Danish model")
        reach = self._reach_before(index)
        while index < len(rows):
            row_start, negative_end, entity = rows[index]
            if row_start > end or (row_start == end and not nested):
                break
            row_end = -negative_end
            inner = row_start < reach
            reach = max(reach, row_end)
            party = parties[entity]
            if (
                party is not None
                and row_end <= end
                and (nested or not inner)
                and (walls is None or not walls.overlaps(row_start, row_end))
            ):
                out.append(_Mention(row_start, row_end, party, self._entities[entity].kind))
            index += 1
        return out

    def _reach_before(self, index: int) -> int:
        """The largest end among the first ``index`` mentions, from running maxima built on
        first use (one pass, not one slice per lookup)."""
        if self._reach is None:
            running = -1
            self._reach = [running]
            for end in self._ends:
                running = max(running, end)
                self._reach.append(running)
        return self._reach[index]

    def _money_walls(self) -> Ranges[None] | None:
        """The sums of money, indexed on first use; None when there are none."""
        if not self._blocked:
            return None
        if self._walls is None:
            self._walls = Ranges((lo, hi, None) for lo, hi in self._blocked)
        return self._walls

    def within(self, start: int, end: int) -> list[_Mention]:
        """The actor mentions, not nested in a longer name, inside ``start..end``."""
        return self._scan(start, end, nested=False)

    def before(self, start: int, floor: int) -> list[_Mention]:
        return self.within(floor, start)

    def inside(self, start: int, end: int) -> list[_Mention]:
        """Every actor mention (nested ones too) within ``start..end``, in text order."""
        return self._scan(start, end, nested=True)


def _parties(entities: tuple[Entity, ...]) -> list[str | None]:
    """The party each entity stands for (an official: their country), None for non-actors;
    worked out once per entity rather than once per mention."""
    countries: dict[str, str] = {}
    for entity in entities:
        if entity.kind == "country":
            for key in (entity.name, entity.id, entity.id.rsplit("/", 1)[-1]):
                countries.setdefault(key.lower(), entity.id)
    parties: list[str | None] = []
    for entity in entities:
        party: str | None = None
        if entity.kind == "official":
            country = (entity.country or "").lower()
            party = countries.get(country) or countries.get(country.rsplit("/", 1)[-1]) or ""
            if not party:
                party = entity.id
        elif entity.kind in _ACTOR_KINDS:
            party = entity.id
        parties.append(party)
    return parties


def _sorted_mentions(entities: tuple[Entity, ...]) -> list[tuple[int, int, int]]:
    """Every mention as ``(start, -end, entity index)``, sorted: by start, longest first, then
    in entity order (the order a stable sort on ``(start, -end)`` gives)."""
    rows = [(m.start, -m.end, index) for index, e in enumerate(entities) for m in e.mentions]
    rows.sort()
    return rows


_FORMS: dict[str, frozenset[str]] = {}
_FORMS_OF: list[Gazetteer] = []
"""The lower-cased written forms of the entries of the latest gazetteer, by entity id: the
same gazetteer serves every article of a pipeline, so each entry is expanded once."""
_OWNER_SPLIT = re.compile(r"\s+and\s+|,\s*")


def _forms(gazetteer: Gazetteer, entity_id: str) -> frozenset[str]:
    if not _FORMS_OF or _FORMS_OF[0] is not gazetteer:
        _FORMS.clear()
        _FORMS_OF[:] = [gazetteer]
    forms = _FORMS.get(entity_id)
    if forms is None:
        entry = gazetteer.get(entity_id)
        if entry is None:
            return frozenset()  # not kept: ids outside the gazetteer are new in every article
        forms = frozenset(f.lower() for f, _how in entry.forms())
        _FORMS[entity_id] = forms
    return forms


def _named_owner(owner: str, actors: Actors, gazetteer: Gazetteer) -> list[str]:
    """The actor entities a data owner names; the same owner is looked up once per article."""
    found = actors._named.get(owner)
    if found is None:
        found = _find_named_owner(owner, actors, gazetteer)
        actors._named[owner] = found
    return list(found)


def _find_named_owner(owner: str, actors: Actors, gazetteer: Gazetteer) -> list[str]:
    wanted = {part.strip().lower() for part in _OWNER_SPLIT.split(owner) if part.strip()}
    found: list[str] = []
    for entity in actors.actor_entities:
        entity_id = entity.id
        named = entity.name.lower() in wanted
        if (
            named or not wanted.isdisjoint(_forms(gazetteer, entity_id))
        ) and entity_id not in found:
            found.append(entity_id)
    return found


def owner_ids(
    actors: Actors,
    gazetteer: Gazetteer,
    attributes: Mapping[str, object],
    np_start: int,
    end: int,
    clause_start: int,
    paragraph_start: int,
) -> tuple[list[str], str]:
    """The owner party ids of a fund phrase ``np_start..end``, and the rule that found them."""
    owner = attributes.get("owner")
    if isinstance(owner, str) and owner:
        named = _named_owner(owner, actors, gazetteer)
        if named:
            return named, "data"
    text = actors.text
    inside = [
        m.party
        for m in actors.inside(np_start, end)
        if not any(lo <= m.start < hi for lo, hi in actors.pools)
    ]
    if inside:
        return list(dict.fromkeys(inside)), "phrase"
    earlier = actors.before(np_start, clause_start)
    for mention in reversed(earlier):
        gap = text[mention.end : np_start]
        if len(gap) > 90 or _BREAK.search(gap):
            break
        if _POSSESSIVE.match(gap):
            return [mention.party], "possessive"
    for index, mention in enumerate(earlier):
        if _OBJECT_OF.search(text, max(clause_start, mention.start - 25), mention.start):
            continue
        group = [mention.party]
        for follower in earlier[index + 1 :]:
            if not _COORDINATED.fullmatch(text[mention.end : follower.start]):
                break
            group.append(follower.party)
            mention = follower
        return list(dict.fromkeys(group)), "subject"
    previous = actors.before(np_start, paragraph_start)
    governments = [m for m in previous if m.kind in ("country", "official")]
    if governments or previous:
        return [(governments or previous)[-1].party], "context"
    return [], "none"
