"""Comparing roles as written in articles with roles in the data.

``Minister of Defence``, ``Defence Minister`` and ``Defense Minister`` are one role; ``Deputy
Defence Minister`` is another. Roles are reduced to a set of content words after a few
rewrites (word order of ``Minister of X``, spelling, synonyms), and two roles are compatible
when one set contains the other and they agree on the words that change the office
(``deputy``, ``prime``...). A role stated in the text that is compatible with none of the roles
the data gives for the article's date is a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from defnews_officials.lexicon import CONNECTORS, RANK_CHANGING, RANKS

__all__ = [
    "compatible",
    "content_words",
    "is_bare_head",
    "is_rank_only",
    "matches_any",
    "pretty_role",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bdefense\b", "defence"),
        (r"\bvice[- ]", "deputy "),
        (r"\bchief executive officer\b", "ceo"),
        (r"\bchief executive\b", "ceo"),
        (r"\bdirector[- ]general\b|\bgeneral director\b", "director general"),
        (r"\bsecretary[- ]general\b", "secretary general"),
        (r"\bcommander[- ]in[- ]chief\b", "commander-in-chief"),
        (r"\bsecretary of state for defence\b", "defence secretary"),
        (r"\bminister of (?:the )?armed forces\b", "minister armed forces defence"),
        (r"\bminister (?:of|for) foreign affairs\b", "foreign minister"),
        (r"\bforeign policy chief\b", "high representative foreign affairs security policy"),
        (r"\btop diplomat\b", "foreign minister"),
        (r"\bpremier\b", "prime minister"),
        (r"\bchair(?:man|woman|person)\b", "chair"),
        (r"\bhead of state\b", "president"),
        (r"\bdefence chief\b", "defence minister"),
        (r"\bminister of (\w+)\b", r"\1 minister"),
        (r"\bminister for (\w+)\b", r"\1 minister"),
        (r"\bsecretary of (\w+)\b", r"\1 secretary"),
    )
)
_DROP = _words(
    """
    new newly outgoing incoming then current acting interim first european eu nato ukrainian
    ukraine's the
    """
)


_ROLE_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")
_AND_SPLIT = re.compile(r"\s+and\s+(?=[A-Z])")


@lru_cache(maxsize=4096)
def content_words(role: str) -> frozenset[str]:
    """The comparable words of a role: rewritten, lower case, without connectors."""
    text = role.lower().replace("’", "'")
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    words = _ROLE_WORD.findall(text)
    return frozenset(w for w in words if w not in CONNECTORS and w not in _DROP)


_MINISTERIAL_SECRETARY = re.compile(r"\b(defence|foreign|home) secretary\b")


@lru_cache(maxsize=4096)
def compatible(stated: str, known: str) -> bool:
    """Whether a stated role and a data role can name the same office (a British
    ``Defence Secretary`` is a defence minister). Cached: the same pairs of roles are
    compared in article after article."""
    a = _ministerial(content_words(stated), stated)
    b = _ministerial(content_words(known), known)
    if not a or not b:
        return True
    if (a & RANK_CHANGING) != (b & RANK_CHANGING):
        return False
    return a <= b or b <= a


def _ministerial(words: frozenset[str], role: str) -> frozenset[str]:
    rewritten = role.lower().replace("defense", "defence")
    if "secretary" in words and (
        _MINISTERIAL_SECRETARY.search(rewritten) or "secretary of state for" in rewritten
    ):
        return words | {"minister"}
    return words


def matches_any(stated: str, known: Iterable[str]) -> bool:
    """Whether each part of a stated role (split on ``and``) fits one of the known roles."""
    roles = list(known)
    return all(any(compatible(part, role) for role in roles) for part in _parts(stated))


@lru_cache(maxsize=4096)
def _parts(stated: str) -> tuple[str, ...]:
    """The parts of a stated role joined by ``and`` (cached with the roles themselves)."""
    return tuple(p for p in _AND_SPLIT.split(stated) if p.strip()) or (stated,)


def is_rank_only(role: str) -> bool:
    """``Colonel General``: a military rank and nothing else."""
    words = role.lower().split()
    return bool(words) and all(w in RANKS for w in words)


_BARE_HEADS = frozenset(
    [
        "minister",
        "secretary",
        "commissioner",
        "director",
        "head",
        "chief",
        "deputy",
        "ambassador",
        "president",
        "chancellor",
        "general",
        "commander",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
    ]
)


@lru_cache(maxsize=4096)
def is_bare_head(role: str) -> bool:
    """``Minister``, ``President``: a single generic head word that the data can make more
    precise (``Commander-in-Chief`` is a whole title, not a bare head)."""
    words = role.lower().split()
    return len(words) == 1 and words[0] in _BARE_HEADS


_SMALL = frozenset(["of", "for", "and", "the", "at", "in", "on", "to", "a", "an"])


def pretty_role(role: str) -> str:
    """Tidy a role as written: collapse spaces; capitalise a role written in lower case."""
    role = " ".join(role.split()).strip(" ,")
    if role and any(w[:1].islower() and w not in _SMALL for w in role.split(" ")):
        role = " ".join(_capitalise(word, i) for i, word in enumerate(role.split(" ")))
    return role


def _capitalise(word: str, index: int) -> str:
    if index > 0 and word in _SMALL:
        return word
    if word in ("ceo", "cfo", "coo", "cto"):
        return word.upper()
    return "-".join(
        part if (j > 0 and part in _SMALL) else part[:1].upper() + part[1:]
        for j, part in enumerate(word.split("-"))
    )
