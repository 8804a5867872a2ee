"""From the people of an article to `Entity` values with roles.

The role of a person is the one the article states (``role_source: text``); when the article
states none, or only a bare head word that the data makes precise (``Minister Smetanin``), it is
the role the data gives for the article's date (``role_source: data``). A stated role that fits
none of the roles the data holds for that date is kept, and a ``role-conflict`` diagnostic
records the difference.
"""

from __future__ import annotations

import bisect
import datetime as dt
import weakref
from collections.abc import Callable, Mapping
from typing import Any

from defnews import Entity, Gazetteer, GazetteerEntry, Role, Span
from defnews.context import ExtractionContext
from defnews_officials import data
from defnews_officials.people import Person, find_people
from defnews_officials.roles import content_words, is_bare_head, matches_any
from defnews_officials.titles import PERSON_KINDS, Title

__all__ = ["PLUGIN", "entities"]

PLUGIN = "officials"
_CONFIDENCE = {
    "gazetteer": 0.95,
    "title": 0.85,
    "comma": 0.85,
    "apposition": 0.8,
    "given-name": 0.7,
}


def _entry_for(ctx: ExtractionContext, person_id: str) -> GazetteerEntry | None:
    entry = ctx.gazetteer.get(person_id)
    if entry is not None and entry.kind in PERSON_KINDS:
        return entry
    return data.entry(person_id)


def _held_on(entry: GazetteerEntry | None, date: dt.date) -> list[str]:
    if entry is None:
        return []
    return [role.title for role in entry.roles if role.holds_on(date)]


def _held_before(entry: GazetteerEntry | None, date: dt.date) -> list[str]:
    if entry is None:
        return []
    return [role.title for role in entry.roles if role.start is None or role.start <= date]


_COUNTRY_NAMES: weakref.WeakKeyDictionary[Gazetteer, frozenset[str]] = weakref.WeakKeyDictionary()


def _countries(ctx: ExtractionContext) -> frozenset[str]:
    """Names of the gazetteer's countries, computed once per gazetteer."""
    names = _COUNTRY_NAMES.get(ctx.gazetteer)
    if names is None:
        names = frozenset(c.name for c in ctx.gazetteer.by_kind("country"))
        _COUNTRY_NAMES[ctx.gazetteer] = names
    return names


def _data_role(ctx: ExtractionContext, person: Person) -> tuple[str | None, str | None]:
    """The data's role on the article date and what it is a role of (asked once per person)."""
    if person.data_role is not None:
        return person.data_role
    role = ctx.role_at(person.id)
    entry = person.entry or _entry_for(ctx, person.id)
    held = entry.role_on(ctx.date) if entry is not None else None
    if role is None and held is not None:
        role = held.title
    of = held.of if held is not None and held.title == role else None
    person.data_role = (role, of)
    return role, of


def _former_role(ctx: ExtractionContext, entry: GazetteerEntry) -> str | None:
    """``former NATO Secretary General``: the office a known person left last before the
    article's date, when the article names no office and the data has none for that date
    (an international body the office belongs to is named with it)."""
    past = [r for r in entry.roles if r.end is not None and r.end < ctx.date]
    if not past or any(r.holds_on(ctx.date) for r in entry.roles):
        return None
    last = max(past, key=_ended)
    of = last.of
    body = of is not None and of != entry.country and of not in _countries(ctx)
    prefix = f"{of} " if body and of is not None and of.isupper() else ""
    return f"former {prefix}{last.title}"


def _ended(role: Role) -> dt.date:
    return role.end or dt.date.max


def _stated(ordered: list[Title]) -> Title | None:
    """The first title in text order that states a role."""
    return next((t for t in ordered if t.role), None)


def _in_order(person: Person) -> list[Title]:
    """The person's titles in text order (sorted once, read by several steps)."""
    titles = person.titles
    if len(titles) < 2:
        return [t for _at, t in titles]
    return [t for _at, t in sorted(titles, key=_first)]


def _first(item: tuple[int, Title]) -> int:
    return item[0]


def _role(
    ctx: ExtractionContext, person: Person, ordered: list[Title], stated: Title | None
) -> tuple[str | None, str | None, dict[str, Any]]:
    """``(role, country from the title, attributes)`` for one person."""
    attributes: dict[str, Any] = {}
    rank = next((t.rank for t in ordered if t.rank), None)
    if rank:
        attributes["rank"] = rank
    entry = person.entry
    needs_data = entry is not None and (stated is None or is_bare_head(stated.role))
    data_role, data_of = _data_role(ctx, person) if needs_data else (None, None)
    role: str | None = None
    if stated is not None:
        attributes["role_source"] = "text"
        role = stated.role
        if stated.org:
            attributes["org"] = stated.org
        if (
            data_role is not None
            and is_bare_head(stated.role)
            and matches_any(stated.role, [data_role])
        ):
            role = data_role
            if content_words(stated.role) != content_words(data_role):
                attributes["role_source"] = "data"
                attributes["text_role"] = stated.role
        elif entry is not None:
            former = stated.role.lower().startswith(("former", "ex-"))
            held = _held_before(entry, ctx.date) if former else _held_on(entry, ctx.date)
            if held and not matches_any(
                stated.role.split(" ", 1)[-1] if former else stated.role, held
            ):
                ctx.note(
                    "role-conflict",
                    f"{person.name}: the article says {stated.role!r} but the data has "
                    f"{' / '.join(held)} on {ctx.date.isoformat()}; keeping the article's role",
                    plugin=PLUGIN,
                )
                attributes["data_role"] = " / ".join(held)
    elif data_role is not None:
        role = data_role
        attributes["role_source"] = "data"
    elif entry is not None and stated is None:
        role = _former_role(ctx, entry)
        if role is not None:
            attributes["role_source"] = "data"
    org_from_data = (
        "org" not in attributes
        and attributes.get("role_source") == "data"
        and data_of is not None
        and data_of != (entry.country if entry else None)
        and data_of not in _countries(ctx)
    )
    if org_from_data:
        attributes["org"] = data_of
    country = next((t.country for t in ordered if t.country), None)
    return role, country, attributes


_COMPANY_KINDS = frozenset({"company", "state company"})


def _org_type(ctx: ExtractionContext, name: str) -> str | None:
    """The gazetteer type of the organization called ``name``, if it is known."""
    for match in ctx.gazetteer.find(name):
        if match.entry.kind == "organization" and len(match.span) == len(name):
            return str(match.entry.attributes.get("type") or "") or None
    return None


def _kind(ctx: ExtractionContext, person: Person, stated: Title | None) -> str:
    """``official``, unless the person's role on the article date is at a company (the head
    of a state-owned manufacturer is not a public official)."""
    if person.entry is None:
        return person.kind
    if stated is not None:
        return "person" if stated.org_kind in _COMPANY_KINDS else person.kind
    held = person.entry.role_on(ctx.date)
    if held is not None and held.of and _org_type(ctx, held.of) in _COMPANY_KINDS:
        return "person"
    return person.kind


def _confidence(person: Person) -> float:
    if person.entry is not None:
        full = "name" in person.mentions.values()
        return 0.95 if full else 0.85
    return _CONFIDENCE.get(person.how, 0.75)


def entities(ctx: ExtractionContext, config: Mapping[str, Any]) -> list[Entity]:
    """Every person of the article as an entity with role, country and mentions."""
    text = ctx.text
    headings = tuple((h.start, h.end) for h in ctx.article.headings)

    def data_roles(person: Person) -> list[str]:
        role, _of = _data_role(ctx, person) if person.entry is not None else (None, None)
        return [role] if role else []

    people = find_people(
        text,
        ctx.date,
        ctx.gazetteer_matches(),
        headings,
        lambda person_id: _entry_for(ctx, person_id),
        data_roles,
    )
    out: list[Entity] = []
    officials: tuple[list[int], list[Person]] | None = None
    for person in people:
        ordered = _in_order(person)
        stated = _stated(ordered)
        role, title_country, attributes = _role(ctx, person, ordered, stated)
        if stated is not None and role == stated.role and _is_their_deputy(stated):
            officials = officials or _official_mentions(people)
            role = _deputy_of(officials, person, stated, role, lambda p: _role_of(ctx, p))
        kind = _kind(ctx, person, stated)
        country = (person.entry.country if person.entry is not None else None) or title_country
        if person.entry is None:
            attributes["source"] = person.how
        out.append(
            _entity(
                id=person.id,
                kind=kind,
                name=person.name,
                mentions=[Span.of(text, s, e) for s, e in sorted(person.mentions)],
                role=role,
                country=country,
                confidence=min(_confidence(person), float(config.get("max_confidence", 1.0))),
                attributes=attributes,
            )
        )
    return out


_DEPUTY_WORDS = frozenset(["deputy", "first"])


def _is_their_deputy(title: Title) -> bool:
    """``his deputy``, ``her first deputy``: a role that only makes sense with the office of
    the person the pronoun points back to."""
    words = title.role.lower().split()
    return (
        (title.determiner or "").lower() in ("his", "her")
        and "deputy" in words
        and set(words) <= _DEPUTY_WORDS
    )


def _role_of(ctx: ExtractionContext, person: Person) -> str | None:
    """The role a person would get on its own (for a deputy's antecedent)."""
    ordered = _in_order(person)
    return _role(ctx, person, ordered, _stated(ordered))[0]


def _deputy_of(
    officials: tuple[list[int], list[Person]],
    person: Person,
    title: Title,
    role: str,
    role_of: Callable[[Person], str | None],
) -> str:
    """``First Deputy`` + the role of the official named last before ``his first deputy``
    (``Defence Minister``): the deputy's office; the bare role when no official precedes."""
    at = title.determiner_start if title.determiner_start is not None else title.start
    starts, owners = officials
    index = bisect.bisect_left(starts, at) - 1
    while index >= 0 and owners[index] is person and at - starts[index] < _BOSS_REACH:
        index -= 1
    if index < 0 or owners[index] is person:
        return role
    boss = role_of(owners[index])
    if not boss or "deputy" in boss.lower() or len(boss.split()) > _BOSS_WORDS:
        return role
    return f"{role} {boss}"


def _official_mentions(people: list[Person]) -> tuple[list[int], list[Person]]:
    """Every mention of an official in text order, as parallel lists of starts and owners."""
    pairs = sorted(
        ((start, n) for n, p in enumerate(people) if p.kind == "official" for start in p.starts()),
    )
    return [start for start, _n in pairs], [people[n] for _start, n in pairs]


_BOSS_REACH = 400
_BOSS_WORDS = 8


def _entity(**fields: Any) -> Entity:
    """Build an entity (keywords keep the tuple converters of the model simple to type)."""
    return Entity(**fields)
