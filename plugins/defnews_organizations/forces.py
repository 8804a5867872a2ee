"""A country's armed services and embassies, named by the country and a common noun.

News rarely spells ``Armed Forces of Ukraine``: it writes ``the Ukrainian army``, ``Lithuania's
own army``, ``the French navy``, ``the US embassy in Kyiv``. A service or embassy word right
after a country's name, adjective or possessive (``own`` may stand between) names that
country's body. A capitalised word after it makes it part of a longer name (``Army Contracting
Command``), which is left to the other shapes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

import ahocorasick_rs

from defnews import Gazetteer, GazetteerEntry, GazetteerMatch
from defnews.text.words import next_word, prev_word
from defnews_organizations.spans import Claimed

__all__ = [
    "EMBASSY",
    "KINDS",
    "ServiceHit",
    "heading_services",
    "service_entry",
    "service_hits",
    "service_name",
]

EMBASSY = "embassy"
_SERVICES = {
    "army": "army",
    "armed forces": "armed forces",
    "navy": "navy",
    "air force": "air force",
    "marine corps": "marine corps",
    "space force": "space force",
    "embassy": EMBASSY,
    "central bank": "central bank",
}
KINDS = {EMBASSY: "embassy", "central bank": "central bank"}
"""The type of a body the data does not know, by key (else armed forces)."""
_MODIFIED = frozenset(
    """
    ministry ministries minister ministers department assets money reserves funds holdings
    deposits balances accounts
    """.split()  # noqa: SIM905 - a word list reads better as text
)
"""Nouns that make the service a modifier of another body, a person or a thing (``Russian
central bank assets`` are the assets, not the bank)."""
_FORMS = tuple(
    form for key in _SERVICES for form in (key, " ".join(w.capitalize() for w in key.split()))
)
_FINDER = ahocorasick_rs.AhoCorasick(
    _FORMS,
    matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
    implementation=ahocorasick_rs.Implementation.DFA,
)


class ServiceHit(NamedTuple):
    """A country's service or embassy: the span from the country word, the country's match,
    the service key and, for an embassy, the city it is in."""

    start: int
    end: int
    country: GazetteerMatch
    key: str
    city: str | None


def _whole(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (
        end >= len(text) or not (text[end].isalnum() or text[end] == "-")
    )


def _country_before(
    text: str, start: int, by_end: dict[int, GazetteerMatch]
) -> GazetteerMatch | None:
    """The country match right before ``start`` (``Ukraine's own``, ``French``)."""
    word = prev_word(text, start)
    if word is not None and not word[0] and text[word[1] : word[2]] == "own":
        word = prev_word(text, word[1])
    if word is None or word[0]:
        return None
    token = text[word[1] : word[2]]
    end = word[2] - 2 if token.endswith(("'s", "’s")) else word[2]
    match = by_end.get(end)
    return match if match is not None and match.entry.kind == "country" else None


def _city_after(text: str, end: int) -> tuple[int, str] | None:
    """``in Kyiv`` after an embassy: the end of the phrase and the city."""
    word = next_word(text, end)
    if word is None or word[0] or text[word[1] : word[2]] != "in":
        return None
    city = next_word(text, word[2])
    if city is None or city[0] or not text[city[1] : city[1] + 1].isupper():
        return None
    return city[2], text[city[1] : city[2]]


def service_hits(
    text: str, by_end: dict[int, GazetteerMatch], taken: Claimed
) -> Iterator[ServiceHit]:
    """Every free service or embassy word led by a country word."""
    for index, start, end in _FINDER.find_matches_as_indexes(text):
        if not _whole(text, start, end) or taken.overlaps(start, end):
            continue
        country = _country_before(text, start, by_end)
        if country is None:
            continue
        key = _SERVICES[_FORMS[index].lower()]
        city = _city_after(text, end) if key == EMBASSY else None
        after = next_word(text, city[0] if city else end)
        if after is not None and not after[0]:
            following = text[after[1] : after[2]]
            if following[:1].isupper() or following.lower() in _MODIFIED:
                continue  # ``US Army Contracting Command``, ``armed forces ministry``
        yield ServiceHit(
            country.span.start, city[0] if city else end, country, key, city[1] if city else None
        )


def _country_forms(country: GazetteerEntry) -> list[str]:
    return [form.lower() for form, _how in country.forms()]


def service_entry(gazetteer: Gazetteer, country: GazetteerEntry, key: str) -> GazetteerEntry | None:
    """The known organization of ``country`` named ``<country form> <key>`` or ``<key> of
    <country>`` (``Ukrainian Armed Forces``, ``U.S. Navy``); for the army, the armed forces
    when the data knows no army of its own."""
    if key == EMBASSY:
        return None
    wanted = {f"{form} {key}" for form in _country_forms(country)}
    wanted.add(f"{key} of {country.name.lower()}")
    for entry in gazetteer.by_kind("organization"):
        if entry.country != country.name:
            continue
        if any(form.lower() in wanted for form, _how in entry.forms()):
            return entry
    return service_entry(gazetteer, country, "armed forces") if key == "army" else None


def service_name(country: GazetteerEntry, key: str, city: str | None) -> str:
    """The name of a service or embassy the data does not know; a country's army is its
    armed forces, as news uses the words."""
    if key == EMBASSY:
        where = f" in {city}" if city else ""
        return f"Embassy of {country.name}{where}"
    if key == "central bank":
        return f"Central Bank of {country.name}"
    adjectives = country.attributes.get("adjectives") or [country.name]
    key = "armed forces" if key == "army" else key
    return f"{adjectives[0]} {key.title()}"


_HEADING = re.compile(r"^(ARMY|NAVY|AIR FORCE|MARINE CORPS|SPACE FORCE)[ \t\r]*$", re.MULTILINE)
_NOTICE_WINDOW = 600
"""How far after a service heading the notice is read."""


def heading_services(text: str) -> Iterator[tuple[int, int, str, str]]:
    """``ARMY`` or ``AIR FORCE`` alone on a line over a contract notice (``... was awarded a
    $412,500,000 contract``), as defence ministries list the day's awards by service: the
    span, the service key and the notice text that follows (bounded)."""
    for match in _HEADING.finditer(text):
        notice = text[match.end() : match.end() + _NOTICE_WINDOW]
        low = notice.lower()
        if "contract" in low and "award" in low:
            yield match.start(1), match.end(1), match.group(1).lower(), notice
