"""What counts as a word of a person's name; the word walkers come from `defnews.text.words`."""

from __future__ import annotations

from functools import lru_cache

from defnews.text.words import Word, next_word, possessive, prev_word, strip_possessive
from defnews_officials.lexicon import (
    CONNECTORS,
    DOMAIN,
    HEADS,
    MODIFIERS,
    NOT_NAMES,
    ORG_HEADS,
    PARTICLES,
)

__all__ = [
    "Word",
    "is_initial",
    "is_name_word",
    "next_word",
    "possessive",
    "prev_word",
    "strip_possessive",
]


def is_initial(token: str) -> bool:
    """``Q.`` or ``J.``: an initial inside a name."""
    return len(token) == 2 and token[1] == "." and token[0].isupper()


@lru_cache(maxsize=8192)
def is_name_word(token: str) -> bool:
    """Whether a word can be part of a person's name (capitalised, not a title or stop word;
    cached: it is asked of the same words again and again)."""
    if is_initial(token):
        return True
    if len(token) < 2 or not token[0].isupper() or token[-1] == ".":
        return False
    if token.isupper():
        return False
    letters = token.replace("-", "").replace("'", "").replace("’", "")
    if not letters.isalpha():
        return False
    lower = token.lower()
    return not (
        lower in NOT_NAMES
        or lower in HEADS
        or lower in MODIFIERS
        or lower in ORG_HEADS
        or lower in CONNECTORS
        or lower in DOMAIN
        or lower in PARTICLES
    )
