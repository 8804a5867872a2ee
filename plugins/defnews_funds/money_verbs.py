"""Funds named only through a verb and a sum ("allocated UAH 150 million to ...", "will give
€300 million to finance ...", "the £3bn a year pledged to Ukraine") and grants a text reports
as given ("46 teams received grants under ...", "the cluster approved grants worth ...").

Neither has a proper name, so the verb is what makes it a pool of money and also what says how
far along it is: allocating, earmarking or setting aside money is ``allocated``; pledging or
committing it is ``promised``; "will" before the verb is ``announced`` and "would", "could" or
"may" is ``considered``; a grant approved, received or won is ``approved``, one awarded or
issued is ``allocated``, one that "will give" is ``planned``. Every pattern runs in a window of
a few dozen characters around one sum of money or one "grant" head, so the cost stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

__all__ = ["Allocation", "allocation_at", "find_allocations", "grant_status"]

_BEFORE = 60
_AFTER = 80

_VERB_BEFORE = re.compile(
    r"\b(?P<verb>allocat(?:ed|es|e|ing)|earmark(?:ed|s|ing)?|set(?:s|ting)?\s+aside"
    r"|pledg(?:ed|es|e|ing)|commit(?:ted|s|ting)?|channel(?:l?ed|s|l?ing)?"
    r"|give|giving|provide|providing|contribute|contributing|lend|lending|borrow|borrowing)"
    r"\s+(?:(?:Ukraine|Kyiv|it|them)\s+)?"
    r"(?:(?:an?|additional|further|another|extra|some|about|around|roughly|nearly|almost"
    r"|up\s+to|over|more\s+than|at\s+least)\s+){0,3}$",
    re.IGNORECASE,
)
_VERB_AFTER = re.compile(
    r"(?:\s+(?:a|per|each)\s+year)?\s+(?:(?:has|have|had)\s+(?:already\s+)?been\s+"
    r"|(?:was|were|is|are|will\s+be|would\s+be)\s+(?:already\s+)?)?"
    r"(?P<verb>allocated|earmarked|pledged|set\s+aside|committed|channell?ed)\b",
    re.IGNORECASE,
)
_HINT_BEFORE = re.compile(
    "alloc|earmark|aside|pledg|commit|channel|giv|provid|contribut|lend|borrow"
)
_HINT_AFTER = re.compile("alloc|earmark|aside|pledg|commit|channel")
"""The stems of the verbs, in lower case: one search of a lower-cased window before the
pattern (most sums of money have no verb of funding next to them)."""
_AUX = re.compile(
    r"\b(?P<aux>will|shall|would|could|may|might|(?:is|are)\s+to"
    r"|(?:plans?|planned|planning|expects?|expected|intends?|intended|promised|pledged|vowed"
    r"|agreed|decided|ready|wants?)(?:\s+[\w’'-]+){0,3}?\s+to)\s+(?:also\s+|now\s+|soon\s+)?$",
    re.IGNORECASE,
)
_AUX_STATUS = {
    "would": "considered",
    "could": "considered",
    "may": "considered",
    "might": "considered",
    "wants": "considered",
    "want": "considered",
    "plan": "planned",
    "plans": "planned",
    "planned": "planned",
    "planning": "planned",
    "expect": "planned",
    "expects": "planned",
    "expected": "planned",
    "intend": "promised",
    "intends": "promised",
    "intended": "promised",
    "promised": "promised",
    "pledged": "promised",
    "vowed": "promised",
    "ready": "promised",
    "agreed": "approved",
    "decided": "approved",
}
"""The status a word before the verb gives ("would lend" is weighed, "agreed to lend" is
settled); "will", "shall" and "is to" announce."""
_PURPOSE = re.compile(
    r"[^.;:!?]{0,40}?\b(?:to\s+(?:finance|fund|buy|purchase|pay\s+for|procure|support)"
    r"|for\s+(?:the\s+)?(?:purchase|procurement|production|financing))\b"
    r"|\s+(?:of|in)\s+(?:military|security|financial|defen[cs]e)\s+(?:aid|assistance|support)\b",
    re.IGNORECASE,
)
_GIVING = (
    "give",
    "giving",
    "provide",
    "providing",
    "contribute",
    "contributing",
    "lend",
    "borrow",
)
"""Verbs that only make a fund with a word before them ("will give", "agreed to lend")."""
_PROMISING = ("pledg", "commit")
_NOUNS = {
    "allocat": "allocation",
    "earmark": "earmark",
    "set": "set-aside",
    "pledg": "pledge",
    "lend": "loan",
    "borrow": "borrowing",
}


class Allocation(NamedTuple):
    """A sum of money given a purpose by a verb: where the sum stands, its name and status."""

    start: int
    end: int
    name: str
    status: str
    cue: tuple[int, int]


def _status(verb: str, aux: str | None) -> str:
    """The status a verb of funding and the auxiliary before it give."""
    if aux is not None:
        status = _AUX_STATUS.get(aux.split()[0], "announced")
        return "promised" if status == "announced" and verb.startswith(_PROMISING) else status
    if verb.startswith(_PROMISING):
        return "promised"
    return "allocated"


def _noun(verb: str) -> str:
    for stem, noun in _NOUNS.items():
        if verb.startswith(stem):
            return noun
    return "funding"


def allocation_at(text: str, start: int, end: int) -> Allocation | None:
    """The funding verb that governs the sum of money at ``start..end``, if one does."""
    lead = max(0, start - _BEFORE)
    before = None
    if _HINT_BEFORE.search(text[lead:start].lower()) is not None:
        before = _VERB_BEFORE.search(text, lead, start)
    if before is not None:
        verb = before.group("verb").lower()
        lending = verb.startswith(("lend", "borrow"))
        if verb.startswith(_GIVING) and not lending and not _PURPOSE.match(text, end, end + _AFTER):
            return None  # "give 500 million" alone is not yet a fund; "to finance ..." is
        aux = _AUX.search(text, max(0, before.start() - 40), before.start())
        aux_word = aux.group("aux").lower() if aux is not None else None
        if verb.startswith(_GIVING) and aux_word is None:
            return None  # "gives €5m": habitual, or an order, not a pool
        cue = before.span("verb")
    else:
        if _HINT_AFTER.search(text[end : end + _AFTER].lower()) is None:
            return None
        after = _VERB_AFTER.match(text, end, end + _AFTER)
        if after is None:
            return None
        verb = after.group("verb").lower()
        aux_word = "will" if "will be" in after.group().lower() else None
        cue = after.span("verb")
    money = " ".join(text[start:end].split())
    name = f"{_noun(verb)} of {money}"
    return Allocation(start, end, name, _status(verb, aux_word), cue)


def find_allocations(text: str, money: Iterable[tuple[int, int]]) -> list[Allocation]:
    """Every sum of money (``money``: its spans, in text order) that a funding verb governs."""
    found: list[Allocation] = []
    for start, end in money:
        allocation = allocation_at(text, start, end)
        if allocation is not None:
            found.append(allocation)
    return found


_GRANT_BEFORE = re.compile(
    r"(?s:.*)\b(?P<verb>approved|awarded|allocated|issued|received|won|got|had|disbursed|paid"
    r"|give|gives|gave|given|giving|award|awards)"
    r"\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_GRANT_AFTER = re.compile(
    r"[^.;:!?]{0,70}?\s(?:have|has|had|were|was)\s+(?:already\s+)?(?:been\s+)?"
    r"(?P<verb>approved|awarded|allocated|issued|disbursed|paid)\b",
    re.IGNORECASE,
)
_GRANT_MONEY = re.compile(
    r"(?:\s+under\s+[\w’'-]+)?(?:\s+in\s+[A-Z]\w+)?\s*(?:worth|of|totall?ing|[-–—:])\s*"
    r"(?:around\s+|about\s+|roughly\s+|some\s+)?(?:UAH|EUR|USD|GBP|[$€£₴]|\d)",
    re.IGNORECASE,
)
_APPROVED = ("approved", "received", "won", "got", "had")


def grant_status(text: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """How far along the grant(s) at ``start..end`` are, with the words that say so; None
    when no verb or sum makes the head a grant of money ("the law grants ...")."""
    before = _GRANT_BEFORE.match(text, max(0, start - 40), start)  # the verb nearest the head
    if before is not None:
        verb = before.group("verb").lower()
        if verb in _APPROVED:
            return "approved", before.span("verb")
        if verb.startswith("give") or verb in ("gave", "giving", "award", "awards"):
            at = before.start("verb")
            if _AUX.search(text, max(0, at - 30), at) is not None:
                return "planned", before.span("verb")
            if verb != "gave":
                return None
            return "allocated", before.span("verb")
        return "allocated", before.span("verb")
    after = _GRANT_AFTER.match(text, end, end + 100)
    if after is not None:
        verb = after.group("verb").lower()
        return ("approved" if verb == "approved" else "allocated"), after.span("verb")
    money = _GRANT_MONEY.match(text, end, end + 60)
    if money is not None:
        return "approved", (start, end)
    return None
