"""Word lists and token helpers shared by the sentence, quote and statement finders.

Kept in one module so that quotes and statements agree on who can speak, which verbs report
speech and which capitalised words are not names. Every pattern here is linear-time: word
alternations are compiled as tries (no two branches share a first character) and every
repetition is bounded.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple, TypeAlias

__all__ = [
    "CLOSE_QUOTES",
    "LISTENERS",
    "OPEN_QUOTES",
    "QUOTE_CHARS",
    "ROLE_HEADS",
    "ROLE_WORDS",
    "SENTENCE_STARTERS",
    "TITLE_ABBREVIATIONS",
    "Token",
    "is_pronoun",
    "listener_end",
    "phrase_is_role",
    "speaker_backward",
    "speaker_forward",
    "tokens",
    "word_alternation",
    "word_list",
    "word_set",
]


_Trie: TypeAlias = "dict[str, _Trie]"


def word_alternation(words: Iterable[str], tails: Mapping[str, str] | None = None) -> str:
    """A regex alternation of ``words`` built as a trie, so matching never backtracks widely.

    ``tails`` maps a word to a regex that must follow it (itself an alternation, tried in
    order); at every position the engine then follows one branch of the trie instead of
    trying each word in turn, which keeps large cue lists fast.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # marks the end of a word
    return _emit(trie, "", tails or {})


def _emit(node: _Trie, prefix: str, tails: Mapping[str, str]) -> str:
    branches = [
        re.escape(char) + _emit(child, prefix + char, tails)
        for char, child in sorted(node.items())
        if char
    ]
    tail = tails.get(prefix, "") if "" in node else ""
    if tail:
        branches.append(f"(?:{tail})")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node and not tail:
        return "(?:" + body + ")?"
    return body


def word_set(spec: str) -> frozenset[str]:
    """The white-space separated words of ``spec``, for readable word tables."""
    return frozenset(word_list(spec))


def word_list(spec: str) -> list[str]:
    """The white-space separated words of ``spec``, in order."""
    return spec.split()


QUOTE_CHARS = '"“”„«»‘’'
OPEN_QUOTES = '"“„«‘'
CLOSE_QUOTES = '"”“»’'

SENTENCE_STARTERS: frozenset[str] = word_set(
    """
    A About According Additionally After Afterwards Against Ahead Also Although Amid Amidst
    Among An And Another Any Anyway Around As At Because Before Besides Both But By Despite
    Did Do Does During Each Earlier Either Elsewhere Even Every Finally First Following For
    Former Further Furthermore He Hence Her Here His How However I If In Including Indeed
    Instead It Its Just Last Later Let Like Many Meanwhile More Moreover Most Much My
    Neither Nevertheless Next No None Nonetheless Nor Not Notably Now Of On Once One Only Or
    Other Others Our Over Overall Previously Rather Recently Regardless Second Separately
    Several She Similarly Since So Some Still Such That The Their Them Then There Therefore
    These They This Those Though Three Through Thus To Today Together Tomorrow Two Under
    Unless Unlike Until Upon We What Whatever When Where Whether Which While Who Why With
    Within Without Yes Yesterday Yet You
    """
)
"""Capitalised words that commonly open a sentence and are never part of a name."""

_MONTHS_DAYS = word_set(
    """
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday
    """
)

_NOT_NAMES: frozenset[str] = (
    SENTENCE_STARTERS
    | _MONTHS_DAYS
    | word_set(
        """
        Reports Report Data Figures Documents Media Observers Critics Sources Experts Analysts
        Officials People Many Some Both Most Asked Speaking Meanwhile Earlier Later Under
        Q A
        """
    )
)

ROLE_HEADS: frozenset[str] = word_set(
    """
    minister ministers ministry president premier chancellor spokesperson spokesman
    spokeswoman spokespeople secretary official officials ceo cfo coo cto chairman chairwoman
    chair chairperson director head chief executive executives commander commanders general
    admiral colonel ambassador envoy adviser advisor analyst analysts expert experts
    representative representatives commissioner governor mayor lawmaker lawmakers mp mps
    senator deputy leader leaders founder owner manager managers officer officers company
    firm group government department agency office alliance commission council parliament
    service manufacturer maker producer contractor concern corporation giant startup army
    military navy board committee cabinet administration embassy delegation operator
    developer supplier holding conglomerate shipbuilder bloc union organisation organization
    association source sources partner partners industrialist diplomat diplomats negotiator
    prosecutor ombudsman authorities authority staff headquarters
    """
)
"""Nouns that can end a speaker phrase that describes rather than names (``the minister``)."""

ROLE_WORDS: frozenset[str] = ROLE_HEADS | word_set(
    """
    deputy first vice prime foreign defence defense economy economic finance financial
    strategic industries industry digital transformation armed forces senior former acting
    executive operating technology technical press state state-owned arms weapons
    ammunition aerospace security intelligence procurement acquisition
    trade commerce interior top new current managing sales communications public affairs
    relations policy research development programme program project joint venture biggest
    largest leading major main local regional general defence-industrial
    military-industrial industrial production chief-of-staff staff deputy-head
    vice-president vice-chairman co-founder co-chair
    """
)
"""Lowercase words allowed inside a speaker phrase (``Ukraine's defence minister``)."""

_CONNECTORS = word_set("of for at de von van der da al bin del la le di du")
_DETERMINERS = word_set("the a an")
_PRONOUNS = word_set("he she they it")
TITLE_ABBREVIATIONS: frozenset[str] = word_set(
    """
    mr mrs ms mme dr prof gen lt col maj capt cpt sgt adm brig cmdr sen rep gov rev hon pres
    st jr sr messrs
    """
)
"""Abbreviations that precede a name and are followed by a full stop (``Gen.``, ``Lt. Col.``)."""


LISTENERS: frozenset[str] = word_set(
    """
    reporters journalists media press conference briefing parliament lawmakers audience
    forum summit participants delegates television broadcaster newspaper agency outlet
    news radio students investors partners allies guests colleagues counterparts
    """
)
"""Lowercase nouns that can follow ``told``: ``told reporters``, ``told a press conference``."""


DATELINE = re.compile(
    r"[A-Z][A-Z .'’\-]{1,30}(?:,[^()\n—–]{1,30})?(?:\s?\([^()\n]{1,30}\))?\s{0,3}[—–-]{1,2}\s"
)
"""A wire dateline opening a sentence (``KYIV, Nov 14 (Reuters) - ``, ``WASHINGTON — ``)."""


class Token(NamedTuple):
    """A word or a punctuation mark, with its offsets in the source text."""

    start: int
    end: int
    text: str


# A word keeps inner apostrophes and hyphens but never ends with one; the bounded repeat keeps
# backtracking to at most a word's length.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,6}|[^\W_](?:[\w'’\-]{0,60}[^\W_])?|\S")


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Words and punctuation of ``text[start:end]``, with their offsets."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _bare(word: str) -> str:
    """The word without a possessive ending, lower-cased."""
    low = word.lower()
    if low.endswith(("'s", "’s")):
        return low[:-2]
    if low.endswith(("s'", "s’")):
        return low[:-1]
    return low


def _strip_possessive(word: str) -> str:
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word


def _is_possessive(word: str) -> bool:
    return word.lower().endswith(("'s", "’s", "s'", "s’"))


@functools.lru_cache(maxsize=8192)
def _kind(word: str) -> str:
    """Classify a token for speaker phrases: det, conn, role, name or other (memoised)."""
    low = word.lower()
    if low in _DETERMINERS:
        return "det"
    if word in _CONNECTORS:
        return "conn"
    if not word[0].isalpha():
        return "other"
    if _bare(word) in ROLE_WORDS:
        return "role"
    if word[0].isupper() and _strip_possessive(word) not in _NOT_NAMES:
        return "name"
    return "other"


def _initial_like(word: str) -> bool:
    """A single capital letter or a title abbreviation, which a full stop may follow."""
    return (len(word) == 1 and word.isupper()) or word.lower() in TITLE_ABBREVIATIONS


_DOTTED_WORDS = TITLE_ABBREVIATIONS | word_set(
    "jan feb mar apr jun jul aug sep sept oct nov dec no"
)


def is_abbreviation(word: str) -> bool:
    """Whether a full stop after ``word`` marks an abbreviation (``Gen.``, ``Feb.``, ``No.``)
    or an initial (``J.``) rather than the end of a sentence."""
    return _initial_like(word) or word.lower() in _DOTTED_WORDS


def is_pronoun(word: str) -> bool:
    """Whether ``word`` is a third-person subject pronoun (``he``, ``She``)."""
    return word.lower() in _PRONOUNS


def _phrase_ok(words: Sequence[str]) -> bool:
    """Whether the words name a speaker: a name, or a determined or qualified role."""
    kinds = [_kind(w) if w != "." else "dot" for w in words]
    content = [w for w, k in zip(words, kinds, strict=True) if k in ("name", "role")]
    if not content or _is_possessive(words[-1]) or kinds[-1] not in ("name", "role"):
        return False
    if "name" in kinds:
        return True
    # the head of ``Ministry of Defence`` is the word before the first connector
    joined = kinds.index("conn") if "conn" in kinds else len(words)
    heads = [w for w, k in zip(words[:joined], kinds[:joined], strict=True) if k == "role"]
    if not heads or _bare(heads[-1]) not in ROLE_HEADS:
        return False
    has_det = kinds[0] == "det"
    has_owner = any(_is_possessive(w) for w in words[:-1])
    return has_det or has_owner or len(content) >= 2


def phrase_is_role(words: Sequence[str]) -> bool:
    """Whether a speaker phrase describes a role (``the company's CEO``) instead of naming."""
    if not words:
        return False
    if _bare(words[-1]) not in ROLE_HEADS:
        return False
    return not any(_kind(w) == "name" and not _is_possessive(w) for w in words if w != ".")


def speaker_forward(toks: Sequence[Token], i: int, limit: int = 10) -> int | None:
    """End index (exclusive) of a speaker phrase starting at token ``i``, or None."""
    n = len(toks)
    j = i
    if j < n and _kind(toks[j].text) == "det":
        j += 1
    good: int | None = None
    while j < n and j - i < limit:
        word = toks[j].text
        kind = _kind(word)
        if kind in ("name", "role"):
            j += 1
            good = j
            continue
        if word == "." and good == j and _initial_like(toks[j - 1].text):
            j += 1
            good = j
            continue
        if kind == "conn" and good == j:
            k = j + 1
            if k < n and toks[k].text.lower() == "the":
                k += 1
            if k < n and _kind(toks[k].text) in ("name", "role"):
                j = k
                continue
        break
    if good is None:
        return None
    words = [t.text for t in toks[i:good]]
    return good if _phrase_ok(words) else None


def speaker_backward(toks: Sequence[Token], j: int, limit: int = 10) -> int | None:
    """Start index of a speaker phrase that ends just before token ``j``, or None."""
    i = j
    while i > 0 and j - i < limit:
        word = toks[i - 1].text
        kind = _kind(word)
        if kind in ("name", "role"):
            i -= 1
            continue
        if word == "." and i < j and i >= 2 and _initial_like(toks[i - 2].text):
            i -= 1
            continue
        if kind == "det" and i < j:
            i -= 1
            # "head of the ministry": the determiner follows a connector inside the phrase.
            if (
                i >= 2
                and _kind(toks[i - 1].text) == "conn"
                and _kind(toks[i - 2].text) in ("name", "role")
            ):
                i -= 1
                continue
            break
        if kind == "conn" and i < j and i >= 2 and _kind(toks[i - 2].text) in ("name", "role"):
            i -= 1
            continue
        break
    while i < j and _kind(toks[i].text) == "conn":
        i += 1
    if i >= j:
        return None
    words = [t.text for t in toks[i:j]]
    return i if _phrase_ok(words) else None


def listener_end(toks: Sequence[Token], i: int) -> int:
    """End index of the listener after ``told`` at ``i`` (``reporters``, ``the Kyiv Independent``).

    Returns ``i`` itself when no listener follows (``warned that``).
    """
    n = len(toks)
    k = i
    if k < n and toks[k].text.lower() in _DETERMINERS:
        k += 1
    start = k
    while k < n and k - start < 4:
        word = toks[k].text
        if word.lower() in LISTENERS or (word[0].isupper() and word[0].isalpha()):
            k += 1
            continue
        break
    return k if k > start else i
