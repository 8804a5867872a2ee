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
    """The actor mentions of one article, with the party id each stands for."""

    def __init__(
        self, text: str, entities: Iterable[Entity], blocked: Iterable[tuple[int, int]] = ()
    ) -> None:
        self.text = text
        walls: Ranges[None] = Ranges((lo, hi, None) for lo, hi in blocked)
        entities = tuple(entities)
        self.by_id = {e.id: e for e in entities}
        countries: dict[str, str] = {}
        for entity in entities:
            if entity.kind == "country":
                for key in (entity.name, entity.id, entity.id.rsplit("/", 1)[-1]):
                    countries.setdefault(key.lower(), entity.id)
        spans: list[tuple[int, int, Entity]] = []
        for entity in entities:
            spans.extend((m.start, m.end, entity) for m in entity.mentions)
        spans.sort(key=lambda s: (s[0], -s[1]))
        self.pools = [(s, e) for s, e, ent in spans if ent.attributes.get("head") == "pool"]
        self.all: list[_Mention] = []
        kept: list[_Mention] = []
        last_end = -1
        for start, end, entity in spans:
            nested = start < last_end
            last_end = max(last_end, end)
            if entity.kind not in _ACTOR_KINDS:
                continue
            if walls.overlaps(start, end):
                continue  # "US$ 300 mln": a currency, not the United States
            party = entity.id
            if entity.kind == "official":
                country = (entity.country or "").lower()
                party = countries.get(country) or countries.get(country.rsplit("/", 1)[-1]) or ""
                if not party:
                    party = entity.id
            mention = _Mention(start, end, party, entity.kind)
            self.all.append(mention)
            if not nested:  # not inside a longer name ("Danish" in "Danish model")
                kept.append(mention)
        self.mentions = kept
        self._starts = [m.start for m in kept]

    def within(self, start: int, end: int) -> list[_Mention]:
        index = bisect.bisect_left(self._starts, start)
        out: list[_Mention] = []
        while index < len(self.mentions) and self.mentions[index].start < end:
            if self.mentions[index].end <= end:
                out.append(self.mentions[index])
            index += 1
        return out

    def before(self, start: int, floor: int) -> list[_Mention]:
        return self.within(floor, start)


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
        forms = (
            frozenset(f.lower() for f, _how in entry.forms()) if entry is not None else frozenset()
        )
        _FORMS[entity_id] = forms
    return forms


def _named_owner(owner: str, actors: Actors, gazetteer: Gazetteer) -> list[str]:
    wanted = {part.strip().lower() for part in _OWNER_SPLIT.split(owner) if part.strip()}
    found: list[str] = []
    for entity_id, entity in actors.by_id.items():
        if entity.kind not in _ACTOR_KINDS:
            continue
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
        for m in actors.all
        if np_start <= m.start
        and m.end <= end
        and not any(lo <= m.start < hi for lo, hi in actors.pools)
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
