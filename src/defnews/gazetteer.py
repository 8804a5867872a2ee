"""Known names, matched in one pass over the text.

Plugins contribute `GazetteerEntry` values through the ``defnews_gazetteer`` hook; the
pipeline compiles every entry's surface forms into one Aho-Corasick automaton (ahocorasick-rs,
leftmost-longest) and keeps the matches that sit on word boundaries. Matching is
case-sensitive, so common words do not hit proper names ("turkey", "chad", "us"), and an
entry's ``short`` forms (a bare surname) and ``acronyms`` are matched the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import ahocorasick_rs
import attrs

from defnews.models import Span, _frozen_mapping

__all__ = ["Gazetteer", "GazetteerEntry", "GazetteerMatch", "Role"]

FORMS = ("name", "alias", "short", "acronym")
"""How a surface form relates to its entry, from most to least specific."""


@attrs.frozen(kw_only=True)
class Role:
    """A role someone held: ``title`` of ``of`` (a country or organization), between two dates."""

    title: str
    of: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def holds_on(self, date: dt.date) -> bool:
        """Whether the role was held on ``date`` (open ends count as held)."""
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@attrs.frozen(kw_only=True)
class GazetteerEntry:
    """A known name: its canonical id, kind, and every written form to look for.

    Attributes:
        id: canonical id, shared by every spelling (``person/volodymyr-zelenskyy``).
        kind: entity kind the entry produces (``official``, ``organization``, ``country``...).
        name: canonical name.
        aliases: full alternative forms (transliterations, legal names).
        short: short forms safe to match alone (a distinctive surname).
        acronyms: all-capital short forms.
        country: the country the entry belongs to.
        roles: dated roles, for people.
        attributes: open details (organization type, ISO code, adjectives...).
    """

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    short: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    acronyms: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    country: str | None = None
    roles: tuple[Role, ...] = attrs.field(default=(), converter=tuple)
    attributes: Mapping[str, Any] = attrs.field(
        factory=dict, converter=_frozen_mapping, eq=False, hash=False
    )

    def forms(self) -> Iterable[tuple[str, str]]:
        """Every surface form with how it relates to the entry."""
        yield self.name, "name"
        for alias in self.aliases:
            yield alias, "alias"
        for short in self.short:
            yield short, "short"
        for acronym in self.acronyms:
            yield acronym, "acronym"

    def role_on(self, date: dt.date) -> Role | None:
        """The role held on ``date``; the latest-starting one when several overlap."""
        held = [role for role in self.roles if role.holds_on(date)]
        return max(held, key=lambda r: r.start or dt.date.min, default=None)


@attrs.frozen
class GazetteerMatch:
    """One place in the text where a known form occurs."""

    entry: GazetteerEntry
    span: Span
    form: str


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Gazetteer:
    """A compiled set of entries; `find` returns the word-bounded matches in a text."""

    def __init__(self, entries: Iterable[GazetteerEntry] = ()) -> None:
        self.entries: dict[str, GazetteerEntry] = {}
        forms: dict[str, tuple[GazetteerEntry, str]] = {}
        for entry in entries:
            self.entries.setdefault(entry.id, entry)
            for form, how in entry.forms():
                form = form.strip()
                known = forms.get(form)
                if form and (known is None or FORMS.index(how) < FORMS.index(known[1])):
                    forms[form] = (entry, how)
        self._forms = list(forms.items())
        self._matcher = (
            ahocorasick_rs.AhoCorasick(
                [form for form, _ in self._forms],
                matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
            )
            if self._forms
            else None
        )

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> GazetteerEntry | None:
        """The entry with that canonical id."""
        return self.entries.get(entry_id)

    def by_kind(self, kind: str) -> list[GazetteerEntry]:
        """Entries of one kind, in insertion order."""
        return [entry for entry in self.entries.values() if entry.kind == kind]

    def find(self, text: str) -> list[GazetteerMatch]:
        """Non-overlapping, word-bounded matches in text order."""
        if self._matcher is None:
            return []
        matches: list[GazetteerMatch] = []
        for index, start, end in self._matcher.find_matches_as_indexes(text):
            if start > 0 and _is_word_char(text[start - 1]):
                continue
            if end < len(text) and _is_word_char(text[end]):
                continue
            _form, (entry, how) = self._forms[index]
            matches.append(GazetteerMatch(entry, Span.of(text, start, end), how))
        return matches
