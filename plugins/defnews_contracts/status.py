"""From the core modality of a clause to the status of a deal.

The core service (``ctx.modality``) says how firmly a clause is asserted: fact, announced,
planned, promised, considered or denied. A deal's status follows from it: a fact is *signed*
(or *delivered* for a delivery), every other modality keeps its name. The core reads the
earliest cue of the clause; a cue inside a parenthetical participle ("The plant, agreed with
the government in 2024, is designed to...") is skipped and the clause read on after it.

Deal-specific cues are read first, because they decide the status of a deal whatever the
verb:

- a denial of reports about it ("denied reports", "no such contract", "did not sign any
  contract") makes it *denied* -- unless what is denied is a withdrawal from it ("denied
  reports that it had pulled out of its planned joint venture"): then the deal stands, as
  *planned* when the text calls it planned, else *signed*;
- talks ("in talks", "negotiations", "under consideration", "nothing is signed yet") make it
  *considered*;
- a clause the core reads as a plain fact but that only states a wish or an expectation
  ("wants 10 new joint ventures", "expects its plant to start production") is *planned*, and
  a stated readiness ("is ready to build a tank factory") is *considered*.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from defnews_contracts.hints import Hints, hint

if TYPE_CHECKING:
    from defnews.context import ExtractionContext

__all__ = ["STATUSES", "clause_modality", "has_own_signing", "is_venture_apposition", "status_of"]

STATUSES: tuple[str, ...] = (
    "signed",
    "announced",
    "planned",
    "considered",
    "promised",
    "delivered",
    "denied",
)

_DENIED = re.compile(
    r"\b(?:(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing))"
    r"\s+(?:\w+\s+){0,3}?(?:reports?|claims?|allegations?|rumou?rs?|information|that)"
    r"|no\s+such\s+(?:contract|agreement|deal|order|document)s?"
    r"|(?:has|have|had|was|were)\s+(?:not|never)\s+been\s+(?:signed|concluded|finali[sz]ed|agreed)"
    r"|no\s+(?:agreement|deal|contract|accord|order)\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:reached|signed|concluded|struck|agreed|placed)"
    r"|(?:failed|fails)\s+to\s+(?:reach|agree|strike|conclude|sign)"
    r"|(?:did|does|do|has|have|had)\s+not\s+sign(?:ed)?\s+(?:any|a|an|the)\b"
    r"|(?:never|not)\s+signed\s+(?:any|a|an)\b)",
    re.IGNORECASE,
)
_WITHDRAWAL = re.compile(
    r"\b(?:pull(?:ed|s|ing)?\s+out|withdr[ae]w\w*|cancel\w*|exit(?:ed|s|ing)?|quit\w*"
    r"|abandon\w*|scrap\w*|terminat\w*|suspend\w*|back(?:ed|s|ing)?\s+out|walk(?:ed)?\s+away)\b",
    re.IGNORECASE,
)
_PLANNED_DEAL = re.compile(r"\b(?:planned|proposed|intended|future|prospective)\s+(?:\w+\s+)?$")
_TALKS = re.compile(
    r"\b(?:in\s+talks|talks\s+(?:with|on|about|over)|negotiat(?:e|es|ed|ing|ions?)"
    r"|under\s+consideration|on\s+the\s+table|(?:is|are|was|were)\s+(?:still\s+)?"
    r"discuss(?:ing|ed)|discussing|considering|weighing|mulling|exploring"
    r"|(?:nothing|no\s+\w+)\s+(?:is|was|has\s+been)\s+(?:yet\s+)?signed"
    r"|not\s+(?:yet\s+)?signed\s+yet|(?:has|have)\s+yet\s+to\s+be\s+signed"
    r"|work\s+out\s+the\s+possibility|possibility\s+(?:of|to)|feasibility"
    r"|(?:analy[sz]\w*|stud(?:y|ies|ying)|assess\w*|explor\w*|weigh\w*)\s+(?:the\s+)?"
    r"(?:possibility|option|idea|whether|how)"
    r"|(?:is|are|was|were)\s+(?:still\s+)?(?:looking\s+at|eyeing|mulling))",
    re.IGNORECASE,
)
_DENIAL_HINTS = (
    "den",
    "no such",
    "not sign",
    "never sign",
    "reject",
    "refut",
    "dismiss",
    "not been",
    "never been",
    "no ",
    "fail",
)
_TALK_HINTS = (
    "talk",
    "negotiat",
    "consider",
    "discuss",
    "table",
    "weigh",
    "mull",
    "explor",
    "signed",
    "possibility",
    "feasib",
    "analy",
    "stud",
    "assess",
    "looking",
    "eyeing",
)
_DENIAL_HINT = re.compile("|".join(re.escape(word) for word in _DENIAL_HINTS))
_TALK_HINT = re.compile("|".join(re.escape(word) for word in _TALK_HINTS))
"""One scan for any of the hints, in place of a test per hint."""
_SIGNED_BEFORE = re.compile(
    r"(?<!\bto\s)(?<!\bnot\s)(?<!\bbe\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bnever\s)"
    r"\b(?:signed|inked|sealed|concluded|struck|finali[sz]ed|clinched)\s+"
    r"(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
_SIGNED_AFTER = re.compile(
    r",?\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:signed|inked|sealed|concluded|struck"
    r"|finali[sz]ed)\s+(?:in|on|at|with|by|between|last|earlier|this|yesterday|today|\d)\b",
    re.IGNORECASE,
)
_APPOSITION = re.compile(r"[\w.)],\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")
_VENTURE_OF = re.compile(r"\s+(?:of|between|owned\s+by|formed\s+by|set\s+up\s+by)\s")
_PROMISE_VERB = re.compile(r"\b(?:promis|pledg|vow|commit|assur|guarant)", re.IGNORECASE)
_ANNOUNCE_VERB = re.compile(r"\bannounc", re.IGNORECASE)
_ANNOUNCED_THAT = re.compile(
    r"\b(?:announced|announces|has\s+announced)\s+(?:[\w-]+\s+){0,4}?that\s", re.IGNORECASE
)
_READY = re.compile(r"\b(?:is|are|was|were)\s+(?:ready|willing|prepared)\s+to\b", re.IGNORECASE)
_WISH = re.compile(
    r"\b(?:wants?|wanted|wishes|hopes?|hoped|expects?|expected|seeks?|sought)\b",
    re.IGNORECASE,
)
_SIGNED_WORDS = hint("signed", "inked", "sealed", "concluded", "struck", "finali", "clinched")
_READY_WORDS = hint("ready", "willing", "prepared")
_WISH_WORDS = hint("want", "wish", "hope", "expect", "seek", "sought")
_ANNOUNCED_WORDS = hint("announce")
_TALK_WORDS = hint(
    "talks",
    "negotiat",
    "consider",
    "table",
    "discuss",
    "mull",
    "explor",
    "weigh",
    "possibilit",
    "feasibilit",
    "analy",
    "stud",
    "assess",
    "looking",
    "eyeing",
)
_SIGNED_ONLY = hint("signed")
_NOT_YET = hint("no", "yet")
"""Words the patterns above need, so that they run only where one occurs (see `.hints`)."""
_PARENTHETICAL = re.compile(
    r",\s+(?:(?:[a-z]+ed|set\s+up|known\s+as|announced|agreed|signed)\b)[^,;]{0,100},"
)


def _may(hints: Hints | None, words: re.Pattern[str], start: int, end: int) -> bool:
    """Whether one of ``words`` may occur in ``start..end`` (always, without hints)."""
    return hints is None or hints.may(words, start, end)


def _may_talk(hints: Hints | None, start: int, end: int) -> bool:
    """Whether `_TALKS` may match in ``start..end``: every branch needs one of its own words,
    or "signed" with "no" or "yet" ("nothing is signed yet"), so the common "signed" alone
    does not make it run."""
    return _may(hints, _TALK_WORDS, start, end) or (
        _may(hints, _SIGNED_ONLY, start, end) and _may(hints, _NOT_YET, start, end)
    )


def clause_modality(ctx: ExtractionContext, start: int, end: int) -> Any:
    """The core modality of ``start..end``, read past a parenthetical participle."""
    cue = ctx.modality(start, end)
    if cue.cue is None:
        return cue
    for aside in _PARENTHETICAL.finditer(ctx.text, start, end):
        if aside.start() <= cue.cue.start < aside.end():
            return ctx.modality(aside.end(), end)
    return cue


def is_venture_apposition(text: str, start: int, cue_at: int, cue_end: int) -> bool:
    """Whether a joint venture cued at ``cue_at..cue_end`` is an apposition naming a going
    concern ("Neris Drone Works, a joint venture of A and B, ...")."""
    return bool(
        _APPOSITION.search(text, max(start, cue_at - 30), cue_at)
        and _VENTURE_OF.match(text, cue_end)
    )


def has_own_signing(text: str, start: int, cue_at: int, cue_end: int) -> bool:
    """Whether a deal cued at ``cue_at..cue_end`` carries its own signing cue ("under a
    contract signed with the agency last month", "has inked an order")."""
    return bool(
        _SIGNED_BEFORE.search(text, max(start, cue_at - 60), cue_at)
        or _SIGNED_AFTER.match(text, cue_end)
    )


def status_of(
    text: str,
    start: int,
    end: int,
    modality: str,
    deal_type: str,
    cue_at: int,
    cue_end: int | None = None,
    reporting: str | None = None,
    hints: Hints | None = None,
) -> tuple[str, str]:
    """(modality, status) for a deal cued at ``cue_at..cue_end`` whose clause is ``start..end``;
    ``reporting`` is the verb that reports the clause, when it is reported speech; ``hints`` are
    the article's, when the caller has them."""
    clause = text[start:end].lower()
    if _DENIAL_HINT.search(clause) and _DENIED.search(text, start, end):
        if not _WITHDRAWAL.search(text, start, cue_at):
            return "denied", "denied"
        if _PLANNED_DEAL.search(text, max(start, cue_at - 30), cue_at):
            return "planned", "planned"
        return "fact", "signed"
    if (
        modality != "denied"
        and _TALK_HINT.search(clause)
        and _may_talk(hints, start, end)
        and _TALKS.search(text, start, end)
    ):
        return "considered", "considered"
    if (
        deal_type == "joint venture"
        and _APPOSITION.search(text, max(start, cue_at - 30), cue_at)
        and _VENTURE_OF.match(text, cue_end if cue_end is not None else cue_at)
    ):
        return "fact", "signed"  # "Neris Drone Works, a joint venture of A and B, ..."
    signed_at = max(start, cue_at - 60)
    if deal_type != "delivery" and (
        (
            _may(hints, _SIGNED_WORDS, signed_at, cue_at)
            and _SIGNED_BEFORE.search(text, signed_at, cue_at)
        )
        or _SIGNED_AFTER.match(text, cue_end if cue_end is not None else cue_at)
    ):
        return "fact", "signed"  # "inked a joint venture", "a contract signed last month"
    if modality == "planned" and reporting is not None and _PROMISE_VERB.search(reporting):
        return "promised", "promised"  # "promised that Germany would deliver"
    if modality == "planned" and (
        (reporting is not None and _ANNOUNCE_VERB.search(reporting))
        or (
            _may(hints, _ANNOUNCED_WORDS, start, cue_at)
            and _ANNOUNCED_THAT.search(text, start, cue_at)
        )
    ):
        return "announced", "announced"  # "announced in February that Rheinmetall would build"
    if (
        modality == "fact"
        and _may(hints, _READY_WORDS, start, end)
        and _READY.search(text, start, end)
    ):
        return "considered", "considered"
    if (
        modality == "fact"
        and _may(hints, _WISH_WORDS, start, end)
        and _WISH.search(text, start, end)
    ):
        return "planned", "planned"
    if modality == "fact":
        return "fact", "delivered" if deal_type == "delivery" else "signed"
    if modality in STATUSES:
        return modality, modality
    return modality, "announced"  # a plugin's own modality: reported, not yet classified
