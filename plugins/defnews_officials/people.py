"""People in one article: known names, titled introductions, given names, and coreference.

The passes, in order:

1. gazetteer matches of people (full names, aliases, distinctive surnames), minus a bare
   surname that follows another person's first name (``Jill Biden`` is not Joe Biden);
2. titled introductions (`defnews_officials.titles`): a known person gets the title, a
   new name of two or more words becomes ``person/<slug>``;
3. untitled names that start with a common given name (``Taras Melnyk``);
4. every further occurrence of a new person's full name;
5. bare surnames after a person's first full mention (``Havryliuk stated``) and single-word
   titled mentions (``Minister Smetanin``);
6. title references (``the minister said``) resolved to the latest earlier person whose role
   fits, and the country when the reference names one.

No person is ever created from a heading: a name seen only in headings stays out.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

import ahocorasick_rs
import attrs

from defnews import Entity, GazetteerEntry, GazetteerMatch, Span
from defnews.text.ranges import Taken
from defnews_officials import data
from defnews_officials.given_names import GIVEN_NAMES
from defnews_officials.lexicon import NOT_NAMES, ORG_HEADS, PARTICLES
from defnews_officials.roles import (
    compatible,
    content_words,
)
from defnews_officials.titles import (
    PERSON_KINDS,
    Index,
    Intro,
    RoleRef,
    Title,
    name_at,
    scan_titles,
    word_bounded_hits,
)
from defnews_officials.tokens import is_name_word, next_word, prev_word, strip_possessive

__all__ = ["Person", "find_people"]

_GIVEN_MATCHER = ahocorasick_rs.AhoCorasick(
    sorted(GIVEN_NAMES), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
)
_HONORIFICS = frozenset(
    ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Madam", "Mister"]
)


class Person:
    """A person being assembled from the mentions of one article (a plain slotted class: one
    is built for every name an article mentions, and this is cheaper than an attrs class)."""

    __slots__ = (
        "data_role",
        "entry",
        "first_full",
        "how",
        "id",
        "kind",
        "mentions",
        "name",
        "sorted_starts",
        "surnames",
        "titles",
    )

    def __init__(
        self, id: str, kind: str, name: str, entry: GazetteerEntry | None, how: str = "gazetteer"
    ) -> None:
        self.id = id
        self.kind = kind
        self.name = name
        self.entry = entry
        self.mentions: dict[tuple[int, int], str] = {}
        self.titles: list[tuple[int, Title]] = []
        self.surnames: set[str] = set()
        self.first_full: int | None = None
        self.how = how
        self.data_role: tuple[str | None, str | None] | None = None
        self.sorted_starts: list[int] = []

    def add(self, start: int, end: int, how: str) -> None:
        """Record a mention (``how``: name, short, surname, title-ref...)."""
        key = (start, end)
        if key not in self.mentions:
            bisect.insort(self.sorted_starts, start)
            self.mentions[key] = how
        if how in ("name", "alias") and (self.first_full is None or start < self.first_full):
            self.first_full = start

    def starts(self) -> list[int]:
        """Sorted start offsets of the mentions."""
        return self.sorted_starts

    def role_words(self) -> list[str]:
        """Every role this person has in the article (stated, then from data)."""
        return [title.role for _at, title in self.titles if title.role]


@attrs.frozen
class _Article:
    text: str
    date: dt.date
    index: Index
    gazetteer_get: Callable[[str], GazetteerEntry | None]


def _same_given_name(token: str, entry: GazetteerEntry) -> bool:
    """Whether ``token`` can be this entry's first name (``Oleksiy`` for ``Oleksii``)."""
    folded = data.ascii_slug(token)
    for full in (entry.name, *entry.aliases):
        first = data.ascii_slug(full.split()[0]) if full.split() else ""
        if first and (first == folded or first[:2] == folded[:2]):
            return True
    return False


def _accept_match(art: _Article, match: GazetteerMatch) -> tuple[int, int] | None:
    """The mention span for a gazetteer match of a person, or None to reject it."""
    start, end = match.span.start, match.span.end
    text = art.text
    if match.form in ("short", "acronym"):
        before = prev_word(text, start)
        if before is not None and before[0] == "":
            token = text[before[1] : before[2]]
            if token in _HONORIFICS:
                return start, end
            if is_name_word(token) and art.index.by_end.get(before[2]) is None:
                if not _same_given_name(token, match.entry):
                    return None
                start = before[1]
        after = next_word(text, end)
        if after is not None and after[0] == "":
            following = text[after[1] : after[2]]
            if following[:1].isupper() and following.lower() in ORG_HEADS:
                return None
    return start, end


_SPEAKER_LABEL = re.compile(r"(?m)^[ \t]{0,4}([A-Z][A-Z'’-]{1,24}(?: [A-Z][A-Z'’-]{1,24})?):[ \t]")
_LABEL_LINES = 3


def _new_person(name: str, how: str, art: _Article) -> tuple[str, str, GazetteerEntry | None]:
    person_id = data.person_id(name)
    entry = art.gazetteer_get(person_id)
    if entry is not None and entry.kind in PERSON_KINDS:
        return person_id, entry.kind, entry
    return person_id, "person", None


def _surnames(person: Person) -> set[str]:
    if person.entry is not None:
        return set(_surnames_of(person.name, person.entry.aliases, person.entry.short))
    return set(_surnames_of(person.name, (), ()))


@lru_cache(maxsize=2048)
def _surnames_of(name: str, aliases: tuple[str, ...], shorts: tuple[str, ...]) -> frozenset[str]:
    """Surnames of a name and its aliases, less the short forms the gazetteer already finds."""
    names = [name, *aliases]
    out: set[str] = set()
    for full in names:
        words = full.split()
        if len(words) < 2:
            continue
        cut = len(words) - 1
        while cut > 1 and words[cut - 1] in PARTICLES:
            cut -= 1
        surname = " ".join(words[cut:])
        if is_name_word(words[-1]) and surname.lower() not in NOT_NAMES:
            out.add(surname)
    return frozenset(out - set(shorts))


class _People:
    def __init__(self, art: _Article) -> None:
        self.art = art
        self.by_id: dict[str, Person] = {}
        self.taken = Taken()

    def get(
        self, person_id: str, kind: str, name: str, entry: GazetteerEntry | None, how: str
    ) -> Person:
        person = self.by_id.get(person_id)
        if person is None:
            canonical = entry.name if entry is not None else name
            person = Person(person_id, kind, canonical, entry, how=how)
            self.by_id[person_id] = person
        return person

    def overlaps(self, start: int, end: int) -> bool:
        return self.taken.overlaps(start, end)

    def mention(self, person: Person, start: int, end: int, how: str) -> None:
        person.add(start, end, how)
        if not self.taken.overlaps(start, end):
            self.taken.add(start, end)

    # pass 1 ---------------------------------------------------------------------------
    def gazetteer(self, matches: Iterable[GazetteerMatch]) -> None:
        for match in matches:
            span = _accept_match(self.art, match)
            if span is None:
                continue
            entry = match.entry
            person = self.get(entry.id, entry.kind, entry.name, entry, "gazetteer")
            how = (
                "name" if match.form in ("name", "alias") or span[0] < match.span.start else "short"
            )
            self.mention(person, span[0], span[1], how)

    # pass 2 ---------------------------------------------------------------------------
    def intros(self, intros: list[Intro]) -> list[Intro]:
        pending: list[Intro] = []
        text = self.art.text
        for intro in intros:
            if intro.known is not None:
                entry = intro.known.entry
                person = self.get(entry.id, entry.kind, entry.name, entry, "gazetteer")
                if (intro.name_start, intro.name_end) not in person.mentions:
                    self.mention(person, intro.name_start, intro.name_end, "name")
            elif intro.words >= 2:
                in_heading = self.art.index.in_heading(intro.name_start)
                if in_heading and not _byline(text, intro.name_start):
                    continue
                if self.overlaps(intro.name_start, intro.name_end):
                    self._second_title(intro)
                    continue
                name = text[intro.name_start : intro.name_end]
                person_id, kind, known = _new_person(name, intro.how, self.art)
                if known is None and intro.title is not None:
                    kind = "official" if intro.title.public else "person"
                person = self.get(person_id, kind, name, known, intro.how)
                self.mention(person, intro.name_start, intro.name_end, "name")
            else:
                pending.append(intro)
                continue
            if intro.title is not None:
                person.titles.append((intro.name_start, intro.title))
        return pending

    def _second_title(self, intro: Intro) -> None:
        """``Colonel Tomasz Bielecki, who heads the Department of ...``: a second title of a
        name already introduced by a first one (a rank) adds to that person."""
        if intro.title is None or not intro.title.role:
            return
        span = (intro.name_start, intro.name_end)
        for person in self.by_id.values():
            if span in person.mentions:
                person.titles.append((intro.name_start, intro.title))
                if intro.title.public and person.entry is None:
                    person.kind = "official"
                return

    # pass 3 ---------------------------------------------------------------------------
    def given_names(self) -> None:
        text = self.art.text
        index = self.art.index
        for hs, _he in word_bounded_hits(_GIVEN_MATCHER, text):
            if self.overlaps(hs, hs + 1) or index.by_start.get(hs):
                continue
            if index.in_heading(hs) and not _byline(text, hs):
                continue
            before = prev_word(text, hs)
            if before is not None and before[0] == "":
                token = text[before[1] : before[2]]
                if token.rsplit("-", 1)[-1][:1].isupper() and token.lower() not in NOT_NAMES:
                    continue  # inside a longer capitalised name (not ``Rheinmetall-boss``)
            name = name_at(text, hs, index)
            if name is None or name[0] != hs or name[2] < 2 or name[3] is not None:
                continue
            after = next_word(text, name[1])
            if after is not None and after[0] == "":
                following = text[after[1] : after[2]]
                if following[:1].isupper() and following.lower() in ORG_HEADS:
                    continue
            full = text[name[0] : name[1]]
            person_id, kind, entry = _new_person(full, "given-name", self.art)
            person = self.get(person_id, kind, full, entry, "given-name")
            self.mention(person, name[0], name[1], "name")

    def credits(self) -> None:
        """``By Anneli Virtanen``, ``Editing by Clare Whitby``, ``Photo credit: Jan Verhoeven``:
        a credit line names its author, whatever the given name."""
        text = self.art.text
        for at in _credit_starts(text):
            if self.overlaps(at, at + 1):
                continue
            name = name_at(text, at, self.art.index)
            if name is None or name[0] != at or name[2] < 2 or name[3] is not None:
                continue
            full = text[name[0] : name[1]]
            person_id, kind, entry = _new_person(full, "credit", self.art)
            person = self.get(person_id, kind, full, entry, "credit")
            self.mention(person, name[0], name[1], "name")

    # transcripts ---------------------------------------------------------------------
    def speaker_labels(self) -> None:
        """``KUBILIUS: It is real.``: in a transcript (three or more label lines, two or
        more speakers) an upper-case label at a line start is a mention of the person
        already named whose surname it is. (A label no one is named by, the host's, makes
        no person: the quotations pass would take the host's questions for statements.)"""
        text = self.art.text
        labels = [(m.start(1), m.end(1)) for m in _SPEAKER_LABEL.finditer(text)]
        if len(labels) < _LABEL_LINES or len({text[s:e] for s, e in labels}) < 2:
            return
        owners: dict[str, Person] = {}
        for person in self.by_id.values():
            names = {*person.surnames, person.name.split()[-1]}
            if person.entry is not None:
                names.update(person.entry.short)
            for surname in names:
                owners.setdefault(surname.upper(), person)
        for start, end in labels:
            speaker = owners.get(text[start:end])
            if speaker is not None and not self.overlaps(start, end):
                self.mention(speaker, start, end, "label")

    # pass 4 ---------------------------------------------------------------------------
    def repeat_full_names(self) -> None:
        text = self.art.text
        for person in self.by_id.values():
            if person.entry is not None:
                continue
            for start in _find_all(text, person.name):
                end = start + len(person.name)
                if not self.overlaps(start, end):
                    self.mention(person, start, end, "name")

    # pass 5 ---------------------------------------------------------------------------
    def surnames(self, pending: list[Intro]) -> None:
        text = self.art.text
        owners: dict[str, list[Person]] = {}
        for person in self.by_id.values():
            person.surnames = _surnames(person)
            for surname in person.surnames:
                owners.setdefault(surname, []).append(person)
        for surname, people in owners.items():
            for start in _find_all(text, surname):
                end = start + len(surname)
                if self.overlaps(start, end) or self.art.index.by_start.get(start):
                    continue
                before = prev_word(text, start)
                if before is not None and before[0] == "":
                    token = text[before[1] : before[2]]
                    if is_name_word(token) and token not in _HONORIFICS:
                        continue  # another first name: another person
                after = next_word(text, end)
                if (
                    after is not None
                    and after[0] == ""
                    and is_name_word(strip_possessive(text[after[1] : after[2]]))
                ):
                    continue  # part of a longer name
                owner = _latest_before(people, start)
                if owner is not None:
                    self.mention(owner, start, end, "surname")
        for intro in pending:
            surname = text[intro.name_start : intro.name_end]
            candidates = [p for p in self.by_id.values() if surname in p.surnames]
            owner = _latest_before(candidates, intro.name_start) or (
                candidates[0] if len(candidates) == 1 else None
            )
            if owner is None:
                continue
            self.mention(owner, intro.name_start, intro.name_end, "surname")
            if intro.title is not None:
                owner.titles.append((intro.name_start, intro.title))

    # pass 6 ---------------------------------------------------------------------------
    def role_refs(self, refs: list[RoleRef], data_roles: Callable[[Person], list[str]]) -> None:
        for ref in refs:
            if self.overlaps(ref.start, ref.end):
                continue
            wanted = content_words(ref.title.role or ref.title.rank or "")
            if not wanted:
                continue
            fitting: list[Person] = []
            for person in self.by_id.values():
                if ref.title.country is not None:
                    country = person.entry.country if person.entry is not None else None
                    stated = [t.country for _a, t in person.titles if t.country]
                    if ref.title.country not in (country, *stated):
                        continue
                roles = [*person.role_words(), *data_roles(person)]
                ranks = [t.rank for _a, t in person.titles if t.rank]
                if any(
                    wanted <= content_words(role) and compatible(ref.title.role, role)
                    for role in roles
                ) or (ref.title.rank and ref.title.rank in ranks):
                    fitting.append(person)
            owner = _latest_before(fitting, ref.start, any_mention=True)
            if owner is not None:
                self.mention(owner, ref.start, ref.end, "title-ref")


_CREDIT_LEADS = (
    "reporting",
    "editing",
    "writing",
    "written",
    "compiled",
    "photo",
    "photos",
    "text",
)
_CREDIT_MARKERS = (
    *(
        f"{word} by{space}"
        for lead in _CREDIT_LEADS
        for word in (lead, lead.capitalize())
        for space in " \t"
    ),
    *("By ", "Credit: ", "Credits: ", "credit: ", "credits: "),
)
"""Credit markers (``By``, ``Editing by``, ``Photo credit:``); the name comes right after."""
_CREDIT = ahocorasick_rs.AhoCorasick(_CREDIT_MARKERS)


def _credit_starts(text: str) -> Iterator[int]:
    """Where the name of each credit line starts: after ``By`` opening a line or bracket, after
    ``Reporting by``, ``Editing by``..., after ``credit:``."""
    for index, start, end in _CREDIT.find_matches_as_indexes(text):
        if start > 0 and text[start - 1].isalnum():
            continue
        if _CREDIT_MARKERS[index] == "By ":
            head = text[max(0, start - 3) : start].rstrip(" \t")
            if head and head[-1] not in "\n([;|":
                continue
        yield end


def _byline(text: str, start: int) -> bool:
    """``By Jonas Berg``, ``Analysis by Marta Kowalczyk``, ``by Eva Kranz and Nils Berg``,
    ``22 August 2024, 17:40 | Nataliia Hordiienko``: a byline names its author."""
    line = text[max(0, start - _BYLINE_REACH) : start].rsplit("\n", 1)[-1]
    if line.rstrip(" \t").endswith("|"):
        return any(ch.isdigit() for ch in line)
    before = prev_word(text, start)
    if before is None or before[0] != "":
        return False
    word = text[before[1] : before[2]].lower()
    return word == "by" or (word == "and" and _BY_NAMES.search(line) is not None)


_BYLINE_REACH = 120
_BY_NAMES = re.compile(r"\bby (?:[A-Z][\w'-]+ ){1,3}and $")
"""``by Eva Kranz and``: a byline of several authors, up to the next one."""


def _find_all(text: str, needle: str) -> Iterable[int]:
    if not needle:
        return
    size = len(needle)
    start = text.find(needle)
    while start >= 0:
        end = start + size
        before_ok = start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-_")
        after_ok = end >= len(text) or not (text[end].isalnum() or text[end] in "_")
        if before_ok and after_ok:
            yield start
        start = text.find(needle, start + 1)


def _latest_before(
    people: Iterable[Person], offset: int, *, any_mention: bool = False
) -> Person | None:
    """The person mentioned last before ``offset`` (after a full mention, unless
    ``any_mention``)."""
    best: tuple[int, Person] | None = None
    for person in people:
        if not any_mention and (person.first_full is None or person.first_full >= offset):
            continue
        starts = person.starts()
        index = bisect.bisect_left(starts, offset)
        if index and (best is None or starts[index - 1] > best[0]):
            best = (starts[index - 1], person)
    return best[1] if best else None


def find_people(
    text: str,
    date: dt.date,
    matches: tuple[GazetteerMatch, ...],
    headings: tuple[tuple[int, int], ...],
    gazetteer_get: Callable[[str], GazetteerEntry | None],
    data_roles: Callable[[Person], list[str]],
) -> list[Person]:
    """Every person of one article with mentions and titles (roles are decided later)."""
    index = Index(text, matches, headings)
    art = _Article(text, date, index, gazetteer_get)
    people = _People(art)
    people.gazetteer(m for m in matches if m.entry.kind in PERSON_KINDS)
    intros, refs = scan_titles(text, index)
    pending = people.intros(intros)
    people.given_names()
    people.credits()
    people.repeat_full_names()
    people.surnames(pending)
    people.role_refs(refs, data_roles)
    people.speaker_labels()
    teasers = _teaser_lines(text)
    if teasers:
        starts = [s for s, _e in teasers]  # once per article, not once per person
        for person in people.by_id.values():
            _drop_teasers(person, teasers, starts)
    return [p for p in people.by_id.values() if p.mentions]


_TEASER = re.compile(
    r"(?im)^[ \t]*(?:read (?:also|more)|see also|related(?: \w{1,20})?)[ \t]*[:|»][^\n]{0,300}"
)
"""``Read also: Zelensky: Ukraine needs ...``: a link to another story, whose names are not
this article's."""


def _teaser_lines(text: str) -> list[tuple[int, int]]:
    return [found.span() for found in _TEASER.finditer(text)]


def _drop_teasers(person: Person, teasers: list[tuple[int, int]], starts: list[int]) -> None:
    """Forget the mentions inside link lines (a person only named there is dropped);
    ``starts`` are the teasers' starts, for bisection."""
    for span in list(person.mentions):
        at = bisect.bisect_right(starts, span[0]) - 1
        if at >= 0 and span[1] <= teasers[at][1]:
            del person.mentions[span]
    person.sorted_starts = sorted(s for s, _e in person.mentions)


def to_span(text: str, start: int, end: int) -> Span:
    """A checked span of the article text."""
    return Span.of(text, start, end)


def mentions_of(person: Person, text: str) -> list[Span]:
    """The person's mentions as spans, in text order."""
    return [to_span(text, s, e) for s, e in sorted(person.mentions)]


def entity_stub(person: Person, text: str) -> Entity:
    """An entity with mentions only (roles are added by the caller)."""
    return _entity(
        id=person.id, kind=person.kind, name=person.name, mentions=mentions_of(person, text)
    )


def _entity(**fields: Any) -> Entity:
    """Build an entity (keywords keep the tuple converters of the model simple to type)."""
    return Entity(**fields)
