"""Cue words that signal a deal, and what kind of deal each one names.

The cues are looked for only where a word starts with one of a few keywords (found with
``str.find``, at memory speed), with one case-insensitive pattern tried anchored there. Each
cue has a contract type and a strength:

- *strong* cues name a deal by themselves (contract, memorandum, letter of intent, joint venture,
  licence, order, agreement, deal, "build a factory", "localise production");
- *weak* cues (delivered, bought, invest, a bare "plant" or "joint production") make a claim only
  when the clause also gives them an object and a party, or a cue word that shows intent;
  otherwise they only add their object to a stronger cue in the same clause.

The pattern is a flat alternation of words with bounded gaps and the exclusions ("in order
to", "a great deal", "power plant") are checked in a small window around each cue, so the scan
is linear and fast.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from defnews.text.ranges import keyword_starts

__all__ = ["PRIORITY", "TRIGGERS", "Trigger", "find_triggers"]

_FACILITY = (
    r"(?:factor(?:y|ies)|plants?|production\s+(?:lines?|facilit(?:y|ies)|sites?|halls?|hubs?)"
    r"|assembly\s+(?:lines?|plants?)|manufacturing\s+(?:facilit(?:y|ies)|sites?|plants?)"
    r"|(?:repair|maintenance|service)\s+(?:centres?|centers?|hubs?|facilit(?:y|ies)))"
)
_BUILD = (
    r"(?:build|builds|building|built|construct(?:s|ed|ing)?|establish(?:es|ed|ing)?"
    r"|set(?:s|ting)?\s+up|open(?:s|ed|ing)?|launch(?:es|ed|ing)?|creat(?:e|es|ed|ing)"
    r"|add(?:s|ing)?)"
)

_GROUPS: tuple[tuple[str, str, str], ...] = (
    (
        "memorandum",
        "strong",
        r"memorand(?:um|a)(?:\s+of\s+(?:understanding|cooperation|intent))?|MoUs?|MOUs?",
    ),
    (
        "letter of intent",
        "strong",
        r"(?:letters?|declarations?|statements?)\s+of\s+intent(?:ion)?|LoIs?|LOIs?",
    ),
    (
        "joint venture",
        "strong",
        r"joint[\s-]+(?:ventures?|compan(?:y|ies)|enterprises?)|JVs?",
    ),
    ("licence", "strong", r"licen[cs]e(?:\s+agreements?|s)?|licensing\s+agreements?"),
    ("contract", "strong", r"(?:sub)?contract(?:s|ed)?"),
    ("order", "strong", r"orders?|ordered"),
    ("agreement", "strong", r"agreements?|accords?|deals?"),
    ("agreement", "weak", r"partnerships?|agreed"),
    ("investment", "strong", _BUILD + r"(?:\s+[\w'’-]+){0,4}?\s+" + _FACILITY),
    ("production", "strong", r"locali[sz](?:e|es|ed|ing|ation)(?:\s+of)?(?:\s+the)?\s+production"),
    ("investment", "weak", r"invest(?:s|ed|ing|ments?)?"),
    ("investment", "weak", _FACILITY),
    ("production", "weak", r"(?:joint|local|co-?)[\s-]?production"),
    (
        "purchase",
        "weak",
        r"purchas(?:e|es|ed|ing)|bought|buy(?:s|ing)?|acquir(?:e|es|ed|ing)"
        r"|procur(?:e|es|ed|ing|ement)",
    ),
    (
        "delivery",
        "weak",
        r"deliver(?:y|ies|ed|s|ing)?|shipped|supplied|suppl(?:y|ying)|handed\s+over|transferred"
        r"|hand(?:s|ing)?\s+over|donat(?:e|es|ed|ing)|promised|pledged",
    ),
)

PRIORITY: tuple[str, ...] = (
    "memorandum",
    "letter of intent",
    "joint venture",
    "licence",
    "contract",
    "order",
    "agreement",
    "investment",
    "production",
    "purchase",
    "delivery",
)
"""Contract types from most to least specific: a clause with several cues takes the first."""

TRIGGERS = re.compile(
    "|".join(rf"(?P<g{i}>(?:{body})\b)" for i, (_t, _s, body) in enumerate(_GROUPS)),
    re.IGNORECASE,
)

# Uses of the cue words that never name a deal, as (words before, words after) the cue: both
# must match when both are given. Each is tried anchored on a few dozen characters.
_EXCLUSIONS: dict[str, tuple[tuple[str | None, str | None], ...]] = {
    "order": (
        (r"\bin\s+$", None),
        (r"\b(?:can|could|may|might)\s+$", None),  # "units can order products": an ability
        (None, r"\s+(?:of\s+magnitude|to\b|backlogs?\b|books?\b|intake\b)"),
        (r"\b(?:the|an?)\s+$", r"\s+of\b"),
        (
            r"\b(?:executive|world|public|rules-based|international|law\s+and|battle|marching"
            r"|standing|court|restraining)\s+$",
            None,
        ),
    ),
    "agreement": (
        (r"\b(?:great|good)\s+$", None),
        (r"\b(?:to|will|would|must|can|could|should|cannot|not)\s+$", r"\s+with\b"),
        (
            r"\b(?:ceasefire|cease-fire|peace|truce|grain|gas|trade|prisoner|hostage|coalition"
            r"|migration|budget|debt|tax|climate|nuclear)\s+$",
            None,
        ),
        (r"\bin\s+$", None),
        (None, r"\s+(?:on|about)\s+(?:a\s+|the\s+)?(?:ceasefire|truce|peace)\b"),
        (  # a legislative agreement: "an agreement with Parliament and Council"
            None,
            r"\s+(?:with|between|among)\s+(?:the\s+)?(?:European\s+)?(?:Parliament|Council"
            r"|lawmakers|legislators|MPs|co-legislators|coalition)\b",
        ),
    ),
    "licence": ((r"\bdriv(?:ing|er'?s)\s+$", None),),
    "delivery": (  # "promised to deliver": the verb after it is the cue
        (None, r"(?:(?<=promised)|(?<=pledged))\s+to\s+[a-z]"),
        (r"\b(?:was|were|is|are|been|be)\s+$", r"(?:(?<=promised)|(?<=pledged))"),
    ),
    "joint venture": (  # "the joint company" names the venture already reported
        (
            r"\b(?:the|this|that|its|their|our)\s+$",
            r"(?<=ompany)|(?<=ompanies)|(?<=nterprise)|(?<=nterprises)",
        ),
    ),
    "investment": (
        (r"\b(?:power|nuclear|chemical|water|treatment|sewage)\s+$", None),
        (None, r"(?<=[Pp]lant)(?:s|ed|ing)?\s+(?:mines|trees|seeds|crops)\b"),
    ),
}
_COMPILED = {
    kind: tuple(
        (
            re.compile(before, re.IGNORECASE) if before else None,
            re.compile(after, re.IGNORECASE) if after else None,
        )
        for before, after in rules
    )
    for kind, rules in _EXCLUSIONS.items()
}
_LAST_WORD = re.compile(r"\S+$")


def _excluded(text: str, kind: str, start: int, end: int) -> bool:
    """Whether the cue ``start..end`` of type ``kind`` is one of the uses that name no deal."""
    rules = _COMPILED.get(kind)
    if not rules or (kind == "delivery" and text[start] not in "pP"):
        return False  # the delivery rules are about "promised" and "pledged" only
    if kind == "investment":  # "build a power plant": look before the facility noun
        last = _LAST_WORD.search(text, start, end)
        start = last.start() if last is not None else start
    for before, after in rules:
        if before is not None and before.search(text, max(0, start - 30), start) is None:
            continue
        if after is not None and after.match(text, end) is None:
            continue
        return True
    return False


class Trigger(NamedTuple):
    """One cue in the text."""

    start: int
    end: int
    type: str
    strong: bool


KEYWORDS: tuple[str, ...] = (
    "memorand",
    "mou",
    "letter",
    "declaration",
    "statement",
    "loi",
    "joint",
    "jv",
    "licen",
    "contract",
    "subcontract",
    "order",
    "agreement",
    "accord",
    "deal",
    "buil",
    "construct",
    "establish",
    "set",
    "open",
    "launch",
    "creat",
    "add",
    "locali",
    "invest",
    "factor",
    "plant",
    "production",
    "assembly",
    "manufacturing",
    "repair",
    "maintenance",
    "service",
    "local",
    "co-prod",
    "coprod",
    "co prod",
    "purchas",
    "bought",
    "buy",
    "acquir",
    "procur",
    "deliver",
    "shipped",
    "supplied",
    "hand",
    "promised",
    "pledged",
    "suppl",
    "partnership",
    "agreed",
    "transferred",
    "donat",
)
"""Words every cue starts with: the cues are only tried where one of these starts a word."""


def find_triggers(text: str) -> list[Trigger]:
    """Every deal cue in ``text``, in order, without the uses that never name a deal."""
    found: list[Trigger] = []
    last_end = 0
    for start in keyword_starts(text, KEYWORDS):
        if start < last_end:
            continue
        match = TRIGGERS.match(text, start)
        if match is None:
            continue
        end = match.end()
        index = int(str(match.lastgroup)[1:])
        kind, strength, _body = _GROUPS[index]
        if _excluded(text, kind, start, end):
            continue
        found.append(Trigger(start, end, kind, strength == "strong"))
        last_end = end
    return found
