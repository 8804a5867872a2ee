"""State institutions named without their country, and pairs of countries' ministries.

News names the institutions of the country it is about bare: ``the Ministry of Defence``,
``the defence ministry``, ``the General Staff``, ``the Defence Forces``, ``the Presidential
Office``. Such a name belongs to the article's home country (the one it mentions most), and
only when the data knows that country's institution, so nothing is made up. ``the German and
Ukrainian defence ministries`` names two ministries at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ahocorasick_rs

from defnews import Gazetteer, GazetteerEntry, GazetteerMatch
from defnews.text.words import next_word, prev_word
from defnews_organizations.spans import Claimed

__all__ = [
    "MINISTRY",
    "bare_hits",
    "currency_votes",
    "institution_entry",
    "ministry_pairs",
    "regional_bodies",
]

MINISTRY = "ministry"
"""The key of every bare form of a defence ministry."""
_BARE_FORMS = (
    *(f"Ministry of {d}" for d in ("Defence", "Defense", "defence", "defense")),
    "Ministry of National Defence",
    "Ministry of National Defense",
    "Federal Ministry of Defence",
    "Federal Ministry of Defense",
    "Chancellery",
    "Federal Government",
    "federal government",
    "National Guard",
    "Cabinet of Ministers",
    *(f"{d} {m}" for d in ("Defence", "Defense") for m in ("Ministry", "Forces")),
    "defence ministry",
    "defense ministry",
    "General Staff",
    "Presidential Office",
    "President's Office",
    "President’s Office",
    "Treasury",
)
_BARE = ahocorasick_rs.AhoCorasick(
    _BARE_FORMS,
    matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
    implementation=ahocorasick_rs.Implementation.DFA,
)
_KEYS = {
    "general staff": "general staff",
    "defence forces": "defence forces",
    "presidential office": "presidential office",
    "president's office": "presidential office",
    "treasury": "treasury",
    "ministry of national defence": "ministry of national defence",
    "federal ministry of defence": "federal ministry of defence",
    "chancellery": "chancellery",
    "federal government": "federal government",
    "national guard": "national guard",
    "cabinet of ministers": "cabinet of ministers",
}
"""Keys of the bare names other than the defence ministry's. A country's institution must
have a name opening or ending with the key, so ``Federal Ministry of Defence`` or ``Ministry of
National Defence`` goes to a country whose ministry is so named, not to any ministry."""
_PAIR = re.compile(r"\b(\w+) and (\w+) defen[cs]e ministries\b")


def _key(form: str) -> str:
    low = form.lower().replace("defense", "defence").replace("’", "'")
    return _KEYS.get(low, MINISTRY)


def _whole(text: str, start: int, end: int) -> bool:
    """Whether ``start..end`` is a whole run of words."""
    return (start == 0 or not text[start - 1].isalnum()) and (
        end >= len(text) or not text[end].isalnum()
    )


def bare_hits(text: str, taken: Claimed) -> Iterator[tuple[int, int, str]]:
    """Bare institution names, not claimed, not qualified by a capitalised or possessive word
    before them (``Estonian Defence Forces``) nor by ``of``/``for`` after them; a lower-case
    one must follow ``the``. Start, end and the key of the institution."""
    for index, start, end in _BARE.find_matches_as_indexes(text):
        if not _whole(text, start, end) or taken.overlaps(start, end):
            continue
        lower = text[start].islower()
        before = prev_word(text, start)
        if before is not None and before[0] == "":
            word = text[before[1] : before[2]]
            if word.endswith(("'s", "’s")) or (word[:1].isupper() and word != "The"):
                continue
            if lower and word.lower() != "the":
                continue
        elif lower:
            continue
        after = next_word(text, end)
        if after is not None and after[0] == "":
            following = text[after[1] : after[2]]
            if following[:1].isupper() or (
                following in ("of", "for") and text[after[2] + 1 : after[2] + 2].isupper()
            ):
                continue  # ``Treasury Secretary``, ``Ministry of Defence of Estonia``
        yield start, end, _key(_BARE_FORMS[index])


_CURRENCIES = {
    "UAH": "Ukraine",
    "hryvnia": "Ukraine",
    "hryvnias": "Ukraine",
    "PLN": "Poland",
    "zloty": "Poland",
    "zlotys": "Poland",
    "CZK": "Czech Republic",
    "NOK": "Norway",
    "SEK": "Sweden",
    "DKK": "Denmark",
    "RUB": "Russia",
    "roubles": "Russia",
    "rubles": "Russia",
}
_CURRENCY = re.compile(r"\b(?:" + "|".join(_CURRENCIES) + r")\b")


def currency_votes(text: str) -> dict[str, int]:
    """How often each country's national currency is named: a regional outlet writes ``UAH 50
    million`` and rarely the name of its own country."""
    votes: dict[str, int] = {}
    for match in _CURRENCY.finditer(text):
        country = _CURRENCIES[match.group()]
        votes[country] = votes.get(country, 0) + 1
    return votes


def institution_entry(gazetteer: Gazetteer, country: str, key: str) -> GazetteerEntry | None:
    """The first known organization of ``country`` with a form opening or ending with
    ``key`` (``General Staff of ...``, ``HM Treasury``)."""
    for entry in gazetteer.by_kind("organization"):
        if entry.country != country:
            continue
        for form, _how in entry.forms():
            low = form.lower().replace("defense", "defence")
            if low.startswith(key) or low.endswith(key):
                return entry
    return None


def ministry_pairs(
    text: str, by_end: dict[int, GazetteerMatch]
) -> Iterator[tuple[GazetteerMatch, GazetteerMatch, int, int]]:
    """``the German and Ukrainian defence ministries``: both countries' matches, and the
    span of the whole phrase."""
    at = text.find(" ministries")
    while at >= 0:
        stop = at + len(" ministries")
        for match in _PAIR.finditer(text, max(0, at - 60), stop):
            if match.end() != stop:
                continue
            first = by_end.get(match.end(1))
            second = by_end.get(match.end(2))
            if (
                first is not None
                and second is not None
                and first.entry.kind == "country"
                and second.entry.kind == "country"
            ):
                yield first, second, first.span.start, match.end()
        at = text.find(" ministries", at + 1)


_REGIONAL_FORMS = tuple(
    f"{level} {kind}{body}"
    for level in ("regional", "oblast", "city")
    for kind in ("", "military ", "state ")
    for body in ("administration", "council")
    if not (kind and body == "council")
)
_REGIONAL = ahocorasick_rs.AhoCorasick(
    _REGIONAL_FORMS,
    matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
    implementation=ahocorasick_rs.Implementation.DFA,
)
_NOT_PLACES = frozenset(["The", "This", "That", "Its", "Their", "Our", "Local", "Each", "Every"])


def regional_bodies(text: str) -> Iterator[tuple[int, int, str]]:
    """``the Lviv regional military administration``: a region's body written in lower case,
    as translated Ukrainian news does; a later bare ``the regional council`` belongs to the
    region named first. Start, end and the name in title case."""
    place: str | None = None
    for index, start, end in _REGIONAL.find_matches_as_indexes(text):
        if not _whole(text, start, end):
            continue
        before = prev_word(text, start)
        named = text[before[1] : before[2]] if before is not None and before[0] == "" else ""
        if named[:1].isupper() and named.isalpha() and named not in _NOT_PLACES:
            place = place or named
            start = before[1] if before is not None else start
        elif place is None:
            continue
        else:
            named = place
        body = " ".join(w.capitalize() for w in _REGIONAL_FORMS[index].split())
        yield start, end, f"{named} {body}"
