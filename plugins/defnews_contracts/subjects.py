"""What a deal is about: the span naming what is produced, built, bought or delivered.

The item is a short noun phrase read word by word from a starting point until a word that
cannot belong to it (a preposition that opens another role, a verb, a pronoun, a relative
word, punctuation). ``in`` stays when a place name follows ("an ammunition factory in
Ukraine", "in western Ukraine") but not before a month or weekday; ``of`` and ``and`` between
nouns stay ("82 mm and 120 mm mortar rounds"). A leading process noun is dropped so that the
item is the thing ("the delivery of Skynex systems" gives "Skynex systems"), and so are
trailing adverbs ("drones together").

Where the phrase starts depends on the cue:

- after a deal noun, at ``for``/``covering``/``covers``, at ``to`` + a verb of making or
  supplying ("a contract ... for 155mm shells", "a joint venture ... to build drones"), or at
  ``on``/``about`` + a process noun ("a memorandum on the localisation of production of...");
- after a verb of supplying or buying, right after the verb ("delivered 1,000 drones");
- after a verb of building, at its object ("establish an ammunition factory in Ukraine");
- for a facility named on its own, the noun phrase around it ("a plant for 155mm shells").

A candidate that names no thing is refused by the caller (money, a date, an actor, "the
needs of...", "the sidelines of the summit", "the venture") and the next one is tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from defnews.text.ranges import words

__all__ = [
    "NOT_GOODS",
    "NOT_THINGS",
    "after_count",
    "head_word",
    "item_after",
    "item_around",
    "item_of_cue",
    "process_item",
]

_WORD = re.compile(r"\d+(?:[.,]\d+)*[^\s,;:!?()\[\]\"“”«»]*|[^\s,;:!?()\[\]\"“”«»]+")
_STOP = words(
    """
    with worth valued totalling totaling from by under after before until till during which
    that who whom whose when where while as at to for on over via through within since was
    were is are will would could can may might should shall said says told has have had than
    but if because so despite amid among against into onto upon per made produced built
    manufactured based financed funded paid signed agreed announced expected it they we he
    she you i them us him next last earlier later ago yesterday today tomorrow recently
    """
)
_STARTERS = re.compile(
    r"\b(?:for|covering|covers|cover"
    r"|(?:on|about|regarding|concerning)(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:supply|supplies|delivery|deliveries|production|manufactur\w+|purchase|procurement"
    r"|repair|assembly|construction|locali[sz]ation|development|co-production|creation"
    r"|establishment|building)\b)"
    r"|to\s+(?:jointly\s+)?(?:supply|deliver|produce|manufacture|build(?:\s+up)?|buy|purchase"
    r"|procure|repair|service|assemble|locali[sz]e|establish|set\s+up|open|construct|develop"
    r"|co-produce|make|create|launch))\s+",
    re.IGNORECASE,
)
_PROCESS = re.compile(
    r"(?:the\s+)?(?:(?:joint|local|serial|licensed|further)\s+)?(?:supply|supplies|delivery"
    r"|deliveries|production|manufacture|manufacturing|purchase|purchases|procurement|repair"
    r"|assembly|construction|localisation|localization|development|co-production|creation"
    r"|establishment|building)\s+of\s+(?:(?:the\s+)?production\s+of\s+)?",
    re.IGNORECASE,
)
_PLACE_ADJECTIVES = words(
    """
    western eastern northern southern central north south east west occupied
    """
)
_NOT_PLACES = words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday q1 q2 q3 q4 h1 h2 the
    """
)
_DETERMINERS = words("a an the its their his her our this that these those")
_ADVERBS = words(
    """
    together jointly directly abroad locally there here now again also further soon quickly
    already still alone instead too as well
    """
)
NOT_THINGS = words(
    """
    needs need purposes purpose benefit sake period time price prices value total sum amount
    margins margin sidelines sideline side way venture deal deals agreement agreements
    contract contracts project projects initiative scheme talks meeting summit conference
    visit years months weeks days year month week reasons reason first rest part share
    number lot framework basis terms condition conditions possibility security
    """
)
"""First words of phrases that are a circumstance, not the thing a deal is about."""

NOT_GOODS = words(
    """
    investigation investigations evacuation probe inquiry review withdrawal troops forces
    soldiers units attack attacks strike strikes mobilisation mobilization ceasefire halt
    arrest arrests amount amounts sum sums money funding funds support help solidarity
    """
)
"""Last words of phrases that are an action, people or money, not goods ("ordered strikes",
"pledged a similar amount")."""

_MAX_WORDS = 12


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The first words in ``start..end``: enough for a phrase and the two words after it."""
    found = islice(_WORD.finditer(text, start, end), _MAX_WORDS + 3)
    return [(m.start(), m.end(), m.group()) for m in found]


def _keeps_in(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether ``in`` at ``i`` opens a place that belongs to the item ("in Ukraine")."""
    after = [w[2] for w in words[i + 1 : i + 3]]
    if not after:
        return False
    first = after[0]
    if first.lower() in _PLACE_ADJECTIVES and len(after) == 2:
        first = after[1]
    return first[:1].isupper() and first.lower().strip(".") not in _NOT_PLACES


def _phrase(text: str, start: int, end: int, allow_for: bool = False) -> tuple[int, int] | None:
    """The noun phrase starting at ``start`` (not past ``end``)."""
    words = _words(text, start, end)
    if not words or text[start : words[0][0]].strip():
        return None
    taken: list[tuple[int, int, str]] = []
    used_for = False
    for i, (w_start, w_end, word) in enumerate(words):
        if taken and text[taken[-1][1] : w_start].strip():
            break  # punctuation between words
        bare = word.rstrip(".").lower()
        if bare == "to" and taken and taken[-1][2].lower() == "up":
            taken.append((w_start, w_end, word))  # "up to 50,000 drones"
            continue
        if bare == "than" and taken and taken[-1][2].lower() in ("more", "less", "fewer"):
            taken.append((w_start, w_end, word))  # "more than 320 tanks"
            continue
        if bare in _STOP:
            if bare == "for" and allow_for and not used_for and taken:
                used_for = True
                taken.append((w_start, w_end, word))
                continue
            break
        if bare == "in":
            if _keeps_in(words, i):
                taken.append((w_start, w_end, word))
                continue
            break
        if bare == "and":
            nxt = words[i + 1][2].lower() if i + 1 < len(words) else ""
            if not nxt or nxt in _STOP or nxt in _ADVERBS:
                break
        if word.endswith(".") and i > 0 and w_end < end:
            taken.append((w_start, w_end - 1, word[:-1]))
            break
        taken.append((w_start, w_end, word))
        if len(taken) >= _MAX_WORDS:
            break
    trailing = {"and", "or", "of", "in", "for", *_DETERMINERS, *_ADVERBS}
    while taken and taken[-1][2].lower().rstrip(".") in trailing:
        taken.pop()
    if not taken:
        return None
    return taken[0][0], taken[-1][1]


def _strip_process(text: str, span: tuple[int, int]) -> tuple[int, int]:
    lead = _PROCESS.match(text, span[0], span[1])
    if lead is not None and lead.end() < span[1]:
        return lead.end(), span[1]
    return span


_NUMBER_WORDS = words(
    """
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred dozen dozens hundreds thousand thousands million millions billion several
    numerous
    """
)
_QUANTITY_WORDS = _NUMBER_WORDS | words(
    """
    up to more than less fewer over about around approximately nearly almost some between
    and a an of
    """
)
_CALIBRE = re.compile(r"\d+(?:[.,]\d+)?[\s-]?mm\b|\d+-(?:calibre|caliber)", re.IGNORECASE)


def after_count(text: str, span: tuple[int, int]) -> int:
    """Where the counted noun starts in an item that opens with a count ("up to 50,000 ...")."""
    start = span[0]
    saw_number = False
    for found in _WORD.finditer(text, span[0], span[1]):
        word = found.group().lower()
        if _CALIBRE.match(text, found.start(), span[1]):
            break  # "155mm shells", "155 mm rounds": a calibre belongs to the thing
        if word[:1].isdigit() or word in _QUANTITY_WORDS:
            saw_number = saw_number or word[:1].isdigit() or word in _NUMBER_WORDS
            start = found.end()
            continue
        break
    if not saw_number:
        return span[0]
    while start < span[1] and text[start].isspace():
        start += 1
    return start if start < span[1] else span[0]


def head_word(text: str, span: tuple[int, int]) -> str:
    """The first word after determiners and numbers ("the needs of..." gives ``needs``)."""
    for found in _WORD.finditer(text, span[0], span[1]):
        word = found.group().lower()
        if word in _DETERMINERS or word[:1].isdigit() or word in ("first", "second", "new"):
            continue
        return word
    return ""


Reject = Callable[[int, int], bool]


_NEW_PHRASE = re.compile(r"\band\s+(?:a|an|the)\b|[,;:]\s+(?:a|an)\b", re.IGNORECASE)
_MAX_GAP = 120
_PROCESS_STARTERS = re.compile(
    r"\b(?:(?:for|on|about|regarding|concerning)(?=\s+(?:the\s+)?(?:joint\s+|local\s+)?"
    r"(?:supply|supplies|delivery|deliveries|production|manufactur\w+|purchase|procurement"
    r"|repair|assembly|construction|locali[sz]ation|co-production)\s+of\b)"
    r"|to\s+(?:jointly\s+)?(?:supply|deliver|produce|manufacture|build|buy|purchase|procure"
    r"|assemble|locali[sz]e|construct|co-produce))\s+",
    re.IGNORECASE,
)


def process_item(text: str, start: int, end: int, reject: Reject) -> tuple[int, int] | None:
    """An object named by a process anywhere in the range ("about the supply of 20 boats")."""
    for found in _PROCESS_STARTERS.finditer(text, start, end):
        span = _phrase(text, found.end(), end, allow_for=True)
        if span is None:
            continue
        span = _strip_process(text, span)
        if not reject(*span):
            return span
    return None


def item_after(text: str, start: int, end: int, reject: Reject) -> tuple[int, int] | None:
    """The first acceptable object introduced by for/covering/to-verb/on-process in the range.

    The introducing word must come soon after the cue (within 70 characters, as in "a contract
    worth EUR 300 million for 155mm shells") and not after the start of another noun phrase
    ("a new joint venture and a fund for defence innovation").
    """
    for found in _STARTERS.finditer(text, start, min(end, start + _MAX_GAP)):
        if _NEW_PHRASE.search(text, start, found.start()):
            break
        span = _phrase(text, found.end(), end, allow_for=True)
        if span is None:
            continue
        span = _strip_process(text, span)
        if not reject(*span):
            return span
    return None


def item_of_cue(text: str, cue_end: int, end: int, reject: Reject) -> tuple[int, int] | None:
    """The object right after a verb cue ("delivered 1,000 drones to Ukraine")."""
    span = _phrase(text, cue_end + 1, end)
    if span is None:
        return None
    span = _strip_process(text, span)
    return None if reject(*span) else span


_BUILD_OBJECT = re.compile(
    r"(?:build|builds|building|built|construct\w*|establish\w*|set(?:s|ting)?\s+up|open\w*"
    r"|launch\w*|creat\w*)(?:\s+up)?\s+",
    re.IGNORECASE,
)


def item_around(text: str, cue_start: int, cue_end: int, lo: int, hi: int) -> tuple[int, int]:
    """A facility phrase: from its verb's object, or from the determiner before the noun."""
    verb = _BUILD_OBJECT.match(text, cue_start, cue_end)
    if verb is not None:
        start = verb.end()
    else:
        start = cue_start
        before = _words(text, max(lo, cue_start - 60), cue_start)
        for w_start, w_end, word in reversed(before[-4:]):
            if text[w_end:start].strip():
                break  # punctuation between the words
            low = word.lower()
            if low in _DETERMINERS:
                start = w_start
                break
            if low in _STOP or not (word[:1].islower() or word[:1].isdigit()):
                break
            start = w_start
    span = _phrase(text, start, hi, allow_for=True)
    if span is None or span[1] < cue_end:
        return cue_start, cue_end
    return span
