"""Countries: names, adjectives and demonyms from the gazetteer, capitals only in context.

A country's name, aliases, adjectives (``German``) and demonyms (``Germans``) all mention it,
except ``US$`` (a currency) and ``America`` inside ``Latin America`` and the like. A capital
(``Kyiv``, ``Washington``) mentions its country only where it stands for the government: as the
subject of a reporting or action verb (``Kyiv hopes``, ``Berlin would examine``), as a possessive
(``Kyiv's strategic pivot``) or paired with another capital after ``between``. After ``in``,
``to``, ``from``, ``near``, ``at`` (``a conference in Kyiv``, ``visit to Washington``), before
``-based`` or another capitalised word (``Kyiv Post``) it is a place, not a country.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import ahocorasick_rs

from defnews import GazetteerMatch
from defnews.text.words import next_word, possessive, prev_word
from defnews_organizations import data
from defnews_organizations.spans import Claimed

__all__ = [
    "CONTEXT_FORMS",
    "CapitalHit",
    "accept_country_match",
    "capital_hits",
    "capital_to_country",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CapitalHit = tuple[int, int, str]
"""``(start, end, country id)``."""

_PLACE_PREPOSITIONS = _words(
    """
    in to from near at into outside around via across toward towards inside within of
    through throughout beyond leaving reached reach visited visiting visit left
    """
)
_ADVERBS = _words(
    """
    also still now already reportedly actually again officially publicly quickly repeatedly
    formally finally recently last previously apparently
    """
)
_VERBS = _words(
    """
    said says say told tells wants want wanted hopes hoped expects expected plans planned
    agreed agrees signed signs announced announces denied denies pledged pledges promised
    promises insists insisted refused refuses rejected rejects accused accuses warned warns
    confirmed confirms supports supported backs backed sent sends approved approves has had
    have will would could can cannot must should is was were are needs needed hosted hosts
    launched asked asks urged urges sees believes considers considered intends intended
    decided decides responded claims claimed blamed sought seeks pays paid finances financed
    committed commits demanded demands received imposed ordered delivered provided provides
    offered offers welcomed welcomes condemned threatened reiterated stressed maintains
    maintained argued argues opens opened joined joins imposes sanctioned summoned recalled
    expelled vowed vows insists may might did does do remains remained
    """
)
_AMERICAS = frozenset(["Latin", "South", "North", "Central", "Bank", "Voice"])
_NAME_LIKE = frozenset(["Jordan", "Chad", "Georgia", "India", "Israel", "Kenya", "Guinea"])
CONTEXT_FORMS = _NAME_LIKE | {"America"}
"""Country forms whose context `accept_country_match` reads; any other form is a mention
unless ``$`` follows it."""


@cache
def _capitals() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for record in data.country_records():
        if not record.get("capital_metonym"):
            continue
        for capital in (record.get("capital"), *record.get("capital_aliases", ())):
            if capital:
                out.append((str(capital), str(record["id"])))
    return tuple(out)


@cache
def _capital_matcher() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(
        [name for name, _id in _capitals()],
        matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
        implementation=ahocorasick_rs.Implementation.DFA,  # same matches, faster scan
    )


@cache
def _capital_names() -> frozenset[str]:
    return frozenset(name for name, _id in _capitals())


@cache
def capital_to_country() -> dict[str, str]:
    """Every capital (and its spellings) to its country id, for all countries."""
    out: dict[str, str] = {}
    for record in data.country_records():
        for capital in (record.get("capital"), *record.get("capital_aliases", ())):
            if capital:
                out.setdefault(str(capital), str(record["id"]))
    return out


def accept_country_match(text: str, match: GazetteerMatch) -> bool:
    """Whether a gazetteer hit of a country form really mentions the country."""
    start, end = match.span.start, match.span.end
    form = match.span.text
    if text[end : end + 1] == "$":
        return False  # US$ 40 mln
    if form == "America":
        before = prev_word(text, start)
        if before is not None and before[0] == "" and text[before[1] : before[2]] in _AMERICAS:
            return False
    if form in _NAME_LIKE:
        after = next_word(text, end)
        if after is not None and after[0] == "":
            token = text[after[1] : after[2]]
            if token[:1].isupper() and token.isalpha() and not token.isupper():
                return False  # a first name: ``Jordan Peterson``
    return True


def _government_use(text: str, start: int, end: int, capitals: frozenset[str]) -> bool:
    if text[end : end + 1] == "-":
        return False  # Kyiv-based
    before = prev_word(text, start)
    previous = text[before[1] : before[2]] if before is not None and before[0] == "" else None
    if previous is not None and previous.lower() in _PLACE_PREPOSITIONS:
        return False  # a place, whatever follows: in Kyiv, visit to Washington
    if possessive(text[start : end + 2]) and text[end : end + 2] in ("'s", "’s"):
        return True
    after = next_word(text, end)
    if after is not None and after[0] == "" and text[after[1]].isupper():
        return False  # Kyiv Post, Washington Post
    if before is not None and previous is not None:
        low = previous.lower()
        if low == "between":
            return True
        if low in ("and", "or"):
            partner = prev_word(text, before[1])
            if partner is not None and partner[0] == "":
                partner_word = text[partner[1] : partner[2]]
                if partner_word in capitals or partner_word[:1].isupper():
                    outer = prev_word(text, partner[1])
                    if outer is not None and text[outer[1] : outer[2]].lower() == "between":
                        return True
                    if outer is not None and text[outer[1] : outer[2]].lower() in (
                        _PLACE_PREPOSITIONS
                    ):
                        return False
        if (
            previous[:1].isupper()
            and previous.isalpha()
            and not previous.isupper()
            and low not in ("and", "but", "as", "the")
        ):
            return False  # George Washington
    if after is None or after[0] != "":
        return False
    verb = text[after[1] : after[2]].lower()
    if verb in _ADVERBS:
        again = next_word(text, after[2])
        if again is None or again[0] != "":
            return False
        verb = text[again[1] : again[2]].lower()
    return verb in _VERBS or (verb.endswith("ed") and verb.isalpha() and len(verb) > 4)


def capital_hits(text: str, taken: Claimed) -> Iterator[CapitalHit]:
    """Capitals used for their governments, not overlapping ``taken`` spans."""
    capitals = _capitals()
    names = _capital_names()
    size = len(text)
    for index, start, end in _capital_matcher().find_matches_as_indexes(text):
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue
        if end < size and (text[end].isalnum() or text[end] == "_"):
            continue
        if taken.overlaps(start, end):
            continue
        if _government_use(text, start, end, names):
            yield start, end, capitals[index][1]
