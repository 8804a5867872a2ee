"""Where the words the plugin looks for start, found in one scan per article.

Described heads (`.described`), "Russian" (money pools) and the nouns of back-references
("the fund") are all located from a single `keyword_starts` scan over the union of their
keywords. Each step then tries its own anchored pattern at these offsets: a head or reference
pattern cannot match where none of its own keywords starts, and pools keep only the offsets
where "russian" starts, so every step sees the matches a scan of its own keywords would give.
"""

from __future__ import annotations

from defnews.text.ranges import keyword_starts

__all__ = ["HEAD_KEYWORDS", "REFERENCE_KEYWORDS", "is_russian", "word_starts"]

HEAD_KEYWORDS = (
    "fund",
    "envelope",
    "common",
    "lending",
    "trust",
    "financing",
    "funding",
    "loan",
    "credit",
    "guarantee",
    "investment",
    "support",
    "package",
    "tranche",
    "grant",
    "budget",
)
REFERENCE_KEYWORDS = (
    "fund",
    "facility",
    "instrument",
    "loan",
    "scheme",
    "initiative",
    "mechanism",
    "program",
)
_POOL_KEYWORD = "russian"
_KEYWORDS = tuple(sorted({*HEAD_KEYWORDS, *REFERENCE_KEYWORDS, _POOL_KEYWORD}))


def word_starts(text: str) -> list[int]:
    """Offsets where a word of ``text`` starts with any keyword of the plugin (the core keeps
    the scan for the article, so the three steps that ask share one)."""
    return keyword_starts(text, _KEYWORDS)


def is_russian(text: str, at: int) -> bool:
    """Whether the word at ``at`` starts with "russian" in any case, as `keyword_starts` sees
    it (a character that grows when lower-cased never counts as a letter there)."""
    return text[at : at + len(_POOL_KEYWORD)].lower() == _POOL_KEYWORD
