"""Cue words that signal a deal, and what kind of deal each one names.

The cues are looked for only where a word starts with one of a few keywords (found with
``str.find``, at memory speed), with one case-insensitive pattern tried anchored there. Each cue has a
contract type and a strength:

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

from defnews_contracts.spans import keyword_starts

__all__ = ["PRIORITY", "TRIGGERS", "Trigger", "find_triggers"]

_FACILITY = (
    r"(?:factor(?:y|ies)|plants?|production\s+(?:lines?|facilit(?:y|ies)|sites?|halls?|hubs?)"
    r"|assembly\s+(?:lines?|plants?)|manufacturing\s+(?:facilit(?:y|ies)|sites?|plants?)"
    r"|(?:repair|maintenance|service)\s+(?:centres?|centers?|hubs?|facilit(?:y|ies)))"
)
_BUILD = (
    r"(?:build|builds|building|built|construct(?:s|ed|ing)?|establish(?:es|ed|ing)?"
    r"|set(?:s|ting)?\s+up|open(?:s|ed|ing)?|launch(?:es|ed|ing)?|creat(?:e|es|ed|ing))"
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
    ("joint venture", "strong", r"joint[\s-]+ventures?|JVs?"),
    ("licence", "strong", r"licen[cs]e(?:\s+agreements?|s)?|licensing\s+agreements?"),
    ("contract", "strong", r"(?:sub)?contract(?:s|ed)?"),
    ("order", "strong", r"orders?|ordered"),
    ("agreement", "strong", r"agreements?|accords?|deals?"),
    ("investment", "strong", _BUILD + r"(?:\s+[\w'’-]+){0,4}?\s+" + _FACILITY),
    ("production", "strong", r"locali[sz](?:e|es|ed|ing|ation)(?:\s+of)?(?:\s+the)?\s+production"),
    ("investment", "weak", r"invest(?:s|ed|ing|ments?)?"),
    ("investment", "weak", _FACILITY),
    ("production", "weak", r"(?:joint|local|co-?)[\s-]?production"),
    (
        "purchase",
        "weak",
        r"purchas(?:e|es|ed|ing)|bought|buy(?:s|ing)?|acquir(?:e|es|ed|ing)",
    ),
    (
        "delivery",
        "weak",
        r"deliver(?:y|ies|ed|s|ing)?|shipped|supplied|handed\s+over|transferred",
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

# Uses of the cue words that never name a deal.
_NOT_A_DEAL = re.compile(
    r"(?:\bin\s+order\b|\border\s+(?:of\s+magnitude|to\b|backlogs?|books?|intake)"
    r"|\b(?:the|an?)\s+order\s+of\b|\b(?:executive|world|public|rules-based|international"
    r"|security|military|new|law\s+and|battle|marching|standing|court|restraining)\s+orders?\b"
    r"|\b(?:great|good)\s+deal\b|\bdeal(?:s|t|ing)?\s+with\b"
    r"|\b(?:ceasefire|cease-fire|peace|truce|grain|gas|trade|prisoner|hostage|coalition|migration"
    r"|budget|debt|tax|climate|nuclear)\s+(?:agreements?|accords?|deals?|talks)"
    r"|\bin\s+agreement\b|\bagreement\s+(?:on|about)\s+(?:a\s+|the\s+)?(?:ceasefire|truce|peace)"
    r"|\b(?:power|nuclear|chemical|water|treatment)\s+plants?\b|\bplant(?:s|ed|ing)?\s+(?:mines|trees)"
    r"|\bdriv(?:ing|er'?s)\s+licen[cs]e)",
    re.IGNORECASE,
)


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
    "deliver",
    "shipped",
    "supplied",
    "handed",
    "transferred",
)
"""Words every cue starts with: the cues are only tried where one of these starts a word."""

_NEAR = 40


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
        lo, hi = max(0, start - _NEAR), min(len(text), end + _NEAR)
        if any(m.start() < end and start < m.end() for m in _NOT_A_DEAL.finditer(text, lo, hi)):
            continue
        index = int(str(match.lastgroup)[1:])
        kind, strength, _body = _GROUPS[index]
        found.append(Trigger(start, end, kind, strength == "strong"))
        last_end = end
    return found
