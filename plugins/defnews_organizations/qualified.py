"""A country's bodies named by the country and a common name.

News seldom spells a body's official name: it writes ``Poland's armament agency``, ``the
defence ministry of Lithuania``, ``Sweden's Defence Materiel Administration`` or ``the
Latvian finance ministry``. A run of at most six words right after a country's name,
adjective or possessive (``own`` may stand between), or right before ``of [the] <country>``,
names the country's known organization whose name, stripped of the country, is that run (case
and ``defence``/``defense`` aside). A ministry also answers to ``<domain> ministry``,
``ministry of <domain>`` and ``ministry of national <domain>``.

A capitalised run after a country that ends in an office word (``Latvia's State Defence
Logistics and Procurement Centre``) names a body of that country even when the data does not
know it: such names are made of generic words only, which the name shapes of `patterns`
reject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from defnews import Gazetteer, GazetteerEntry, GazetteerMatch
from defnews.text.words import next_word, prev_word
from defnews_organizations.spans import Claimed

__all__ = ["Cores", "QualifiedHit", "core_table", "new_bodies", "qualified_hits"]

_MOST_WORDS = 6
_DOMAINS = {
    "defence": ("defence",),
    "foreign": ("foreign", "foreign affairs"),
    "finance": ("finance",),
    "economy": ("economy", "economic"),
    "interior": ("interior", "internal affairs"),
}
_NEXT = re.compile(r"('s |’s )? ?([^\W\d_][\w-]{0,40})")
"""The word after a country or its possessive (one C call, before reading a run)."""
_OF = ("of ", "of the ")
_RUN = re.compile(r"('s |’s | )([^\W\d_][\w&-]{0,40}(?: [^\W\d_][\w&-]{0,40}){0,6})")
"""A country's possessive or a space, and up to seven words after it (one C call)."""
_OFFICE_TAILS = frozenset(
    """
    agency administration centre center directorate inspectorate office service command
    authority board
    """.split()  # noqa: SIM905 - a word list reads better as text
)
"""Last words of a body's name: after a country, a capitalised run ending in one names a body
of that country."""
_BODY_WORDS = _OFFICE_TAILS | frozenset(["ministry", "council", "committee", "staff"])
"""Words that make a lower-case run a body (``Poland's armament agency``), unlike ``Ukraine's
defence industry`` (a sector, though ``Ukrainian Defense Industry`` is a company's name)."""
_MODIFIED = frozenset(
    """
    assets reserves funds money holdings deposits balances accounts bonds securities
    """.split()  # noqa: SIM905 - a word list reads better as text
)
"""Nouns after a body that make it a modifier of a thing (``Russian central bank assets``)."""
_CONNECTORS = frozenset(["of", "and", "for", "&"])
_STOP_FIRST = frozenset(["The", "A", "An", "This", "That", "Its", "Their", "Our", "Own"])


def _norm(text: str) -> str:
    return text.lower().replace("defense", "defence").replace("’", "'")


def _country_forms(country: GazetteerEntry) -> list[str]:
    forms = {_norm(form) for form, _how in country.forms()}
    return sorted(forms, key=len, reverse=True)


class Cores:
    """``(country, core)`` to the known organization: each form of a country's organization
    without the country's name or adjective before it or ``of [the] <country>`` after it, and
    the usual ways of naming its ministries; with every word-prefix and word-suffix of the
    cores, so a reading stops at the first word no core can go on with."""

    def __init__(self, table: dict[tuple[str, str], GazetteerEntry]) -> None:
        self.table = table
        self.prefixes: set[tuple[str, str]] = set()
        self.suffixes: set[tuple[str, str]] = set()
        self.last_words: set[str] = set()
        """The last word of every core (``the defence ministry of``), likewise."""
        self.first_words: set[str] = {"own"}
        """The first word of every core, for a cheap look before reading a run."""
        for country, core in table:
            words = core.split(" ")
            self.first_words.add(words[0])
            self.last_words.add(words[-1])
            if "defence" in words[0]:
                self.first_words.add(words[0].replace("defence", "defense"))
            for size in range(1, len(words) + 1):
                self.prefixes.add((country, " ".join(words[:size])))
                self.suffixes.add((country, " ".join(words[-size:])))
        if "defence" in self.last_words:
            self.last_words.add("defense")


def core_table(gazetteer: Gazetteer) -> Cores:
    """The cores of the gazetteer's organizations (see `Cores`)."""
    countries = {entry.name: _country_forms(entry) for entry in gazetteer.by_kind("country")}
    table: dict[tuple[str, str], GazetteerEntry] = {}
    for entry in gazetteer.by_kind("organization"):
        country = entry.country
        forms = countries.get(country) if country else None
        if not country or not forms:
            continue
        for form, _how in entry.forms():
            for core in _cores(_norm(form), forms):
                if " " in core:  # ``Lithuanian bank Swedbank`` is not the Bank of Lithuania
                    table.setdefault((country, core), entry)
        if entry.attributes.get("type") == "ministry":
            for core in _ministry_cores(_norm(" ".join((entry.name, *entry.aliases)))):
                table.setdefault((country, core), entry)
    return Cores(table)


def _cores(form: str, countries: list[str]) -> Iterator[str]:
    for country in countries:
        for prefix in (f"{country} ", f"{country}'s ", f"the {country} "):
            if form.startswith(prefix) and len(form) > len(prefix):
                yield form[len(prefix) :]
        for suffix in (f" of {country}", f" of the {country}"):
            if form.endswith(suffix) and len(form) > len(suffix):
                yield form[: -len(suffix)]


def _ministry_cores(names: str) -> Iterator[str]:
    for domain, words in _DOMAINS.items():
        if not any(w in names for w in words):
            continue
        yield f"{domain} ministry"
        for word in words:
            yield f"ministry of {word}"
            if domain == "defence":
                yield "ministry of national defence"
                yield "national defence ministry"


class QualifiedHit(NamedTuple):
    """A body named by a country: its span, the country's match, and the known entry (None
    for a new body, whose name is the span's text)."""

    start: int
    end: int
    country: GazetteerMatch
    entry: GazetteerEntry | None


def qualified_hits(
    text: str,
    countries: Iterable[GazetteerMatch],
    cores: Cores,
    taken: Claimed,
    later: list[GazetteerMatch],
) -> Iterator[QualifiedHit]:
    """Every free known body named after or before one of the country matches (in text
    order); the possessives a capitalised word follows go to ``later``, for `new_bodies`."""
    peek = _NEXT.match
    first_words = cores.first_words
    last_words = cores.last_words
    for match in countries:
        span = match.span
        hit: QualifiedHit | None = None
        # the cheap looks first: a core's first word after it, or ``of`` and a core's last
        # word before it
        word = peek(text, span.end)
        if word is not None:
            token = word.group(2)
            if token.lower() in first_words:
                hit = _after(text, match, cores, taken)
            if hit is None and word.group(1) and token[:1].isupper():
                later.append(match)
        start = span.start
        if hit is None and text[start - 7 : start].endswith(_OF):
            last = text[max(0, start - 40) : start].rsplit(" of", 1)[0]
            if _norm(last[last.rfind(" ") + 1 :]) in last_words:
                hit = _before(text, match, cores, taken)
        if hit is not None:
            taken.claim(hit.start, hit.end)
            yield hit


def new_bodies(
    text: str, countries: Iterable[GazetteerMatch], taken: Claimed
) -> Iterator[QualifiedHit]:
    """Every free new body named after one of the country matches (in text order)."""
    for match in countries:
        hit = _new_body(text, match, taken)
        if hit is not None:
            taken.claim(hit.start, hit.end)
            yield hit


def _after(text: str, match: GazetteerMatch, cores: Cores, taken: Claimed) -> QualifiedHit | None:
    """``Poland's armament agency``, ``the Latvian finance ministry``: the longest run of
    words after the country that is a core of one of its bodies (the words are read in one
    C call, and the reading stops where no core goes on)."""
    run = _RUN.match(text, match.span.end)
    if run is None:
        return None
    country = match.entry.name
    words = run.group(2).split(" ")
    if words[0] == "own":
        words = words[1:]
    first = run.end() - len(" ".join(words))
    prefixes = cores.prefixes
    key = ""
    best: tuple[int, int, GazetteerEntry] | None = None
    end = first
    for size, word in enumerate(words, 1):
        key = f"{key} {_norm(word)}" if key else _norm(word)
        if (country, key) not in prefixes:
            break
        end += len(word) + (size > 1)
        entry = cores.table.get((country, key))
        if entry is not None and size > 1:
            following = words[size] if size < len(words) else _word_after(text, end)
            if _named(words[:size], following):
                best = (first, end, entry)
    if best is None or taken.overlaps(best[0], best[1]):
        return None
    return QualifiedHit(match.span.start, best[1], match, best[2])


def _named(words: list[str], following: str) -> bool:
    """Whether the run names a body: capitalised, or ending or opening with a body word, and
    not a modifier of assets (``following`` is the word after it)."""
    if following.lower() in _MODIFIED:
        return False
    if all(w[:1].isupper() or w in _CONNECTORS for w in words):
        return True
    return words[-1].lower() in _BODY_WORDS or words[0].lower() in _BODY_WORDS


def _word_after(text: str, pos: int) -> str:
    word = next_word(text, pos)
    return text[word[1] : word[2]] if word is not None and not word[0] else ""


def _words_after(
    text: str, match: GazetteerMatch, keep: Callable[[list[str]], bool]
) -> tuple[bool, int, list[str], list[int]]:
    """Whether the country is a possessive, where the words after it start, and at most
    six of them with their ends (``own`` skipped), as long as ``keep`` likes them."""
    pos = match.span.end
    owner = text[pos : pos + 2] in ("'s", "’s")
    if owner:
        pos += 2
    words: list[str] = []
    ends: list[int] = []
    first = -1
    for _step in range(_MOST_WORDS + 1):
        word = next_word(text, pos)
        if word is None or word[0]:
            break
        token = text[word[1] : word[2]]
        if not words and token == "own":
            pos = word[2]
            continue
        words.append(token)
        if not keep(words):
            words.pop()
            break
        pos = word[2]
        if first < 0:
            first = word[1]
        ends.append(pos)
    return owner, first, words, ends


def _capitalised_run(words: list[str]) -> bool:
    token = words[-1]
    return token[:1].isupper() or (len(words) > 1 and token in _CONNECTORS)


def _new_body(text: str, match: GazetteerMatch, taken: Claimed) -> QualifiedHit | None:
    """``Latvia's State Defence Logistics and Procurement Centre``: the longest capitalised
    run of two words or more that ends in an office word."""
    pos = match.span.end
    if text[pos : pos + 2] in ("'s", "’s"):
        pos += 2
    if text[pos : pos + 1] != " " or not text[pos + 1 : pos + 2].isupper():
        return None  # the cheap test first: a capitalised word must follow
    owner, first, words, ends = _words_after(text, match, _capitalised_run)
    run = len(words)
    while run and words[run - 1].lower() not in _OFFICE_TAILS:
        run -= 1
    if run < 2 or words[0] in _STOP_FIRST or words[run - 1][:1].islower():
        return None
    end = ends[run - 1]
    start = first if owner else match.span.start
    if taken.overlaps(first, end):
        return None
    after = next_word(text, end)
    if after is not None and not after[0] and text[after[1] : after[1] + 1].isupper():
        return None  # the name goes on
    return QualifiedHit(start, end, match, None)


def _before(text: str, match: GazetteerMatch, cores: Cores, taken: Claimed) -> QualifiedHit | None:
    """``the defence ministry of Lithuania``."""
    start = match.span.start
    if text[start - 3 : start] == "of ":
        of_start = start - 3
    elif text[start - 7 : start] == "of the ":
        of_start = start - 7
    else:
        return None  # the cheap test first
    if of_start > 0 and text[of_start - 1].isalnum():
        return None
    country = match.entry.name
    pos = of_start
    words: list[str] = []
    best: int | None = None
    entry: GazetteerEntry | None = None
    for _step in range(_MOST_WORDS):
        word = prev_word(text, pos)
        if word is None or word[0]:
            break
        words.insert(0, text[word[1] : word[2]])
        key = (country, _norm(" ".join(words)))
        if key not in cores.suffixes:
            break
        pos = word[1]
        found = cores.table.get(key)
        if found is not None and len(words) > 1 and _named(words, ""):
            best, entry = pos, found
    if best is None or entry is None or taken.overlaps(best, of_start + 2):
        return None
    return QualifiedHit(best, match.span.end, match, entry)
