"""Funds the text describes instead of naming: "a special defense fund", "the reserve fund of
the State Budget", "a financing facility", "a $50bn loan", "the fifth tranche", "state
guarantees", and pools of money such as "the windfall profits earned on frozen Russian assets".

Each is found from its head noun, then read leftwards over its modifiers (up to five words, to
the determiner) and rightwards over a short complement ("fund for defence innovation", "fund of
the state budget"). A head only counts when the phrase says it is a pool of money for defence
or aid:

- ``fund``: singular, with a modifier that says what it is for ("special", "defense",
  "reserve", "innovation", "trust"...) or a capitalised name ("a national Defence Innovation
  Fund"); not a pension, hedge or investment fund, not "funds" (money);
- ``facility``: only as a financing, loan, credit or guarantee facility (a "production
  facility" is a plant);
- ``loan(s)``, ``package``: with a sum of money in the phrase ("a $50bn loan", "$50bn in
  loans", "a US$ 300 mln package") or an aid modifier ("military aid package");
- ``grant(s)`` that a verb or a sum says were given ("received grants", "grants worth UAH
  400 million", `.money_verbs`);
- ``tranche``, ``grant programme``; ``guarantee(s)`` given by a state, government or for
  exports; ``budget`` of a state, region or bloc when the clause allocates from it;
- a pool: profits, proceeds or use of frozen, immobilised or confiscated Russian assets
  ("the windfall profits it earns on immobilised Russian assets").

The description without its determiner and evaluative adjectives ("massive", "new") is the
fund's name; its slug, with Defence spelled Defense, is the id: ``fund/special-defense-fund``.
The same description twice in an article is therefore one entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from defnews.text.ranges import words
from defnews_funds.money_verbs import grant_status
from defnews_funds.starts import is_russian, word_starts

__all__ = ["Described", "find_described", "pool_assets", "slug"]

_HEAD = re.compile(
    r"\b(?:(?P<facility>(?:financing|funding|loan|credit|lending|guarantee|investment|support)"
    r"\s+[Ff]acility)"
    r"|(?P<window>(?:financing|funding|loan|credit|lending|guarantee|investment)\s+windows?)"
    r"|(?P<instrument>(?:loan|financing|funding|lending|credit|support|guarantee)\s+instruments?)"
    r"|(?P<allocation>budget(?:ary)?\s+allocations?)"
    r"|(?P<common>common\s+funding)"
    r"|(?P<fund>(?:trust\s+)?[Ff]und)(?![\w-])"
    r"|(?P<loan>loans?)"
    r"|(?P<package>packages?)"
    r"|(?P<tranche>tranches?)"
    r"|(?P<programme>grant\s+(?:programmes?|programs?|schemes?))"
    r"|(?P<grant>grants?)"
    r"|(?P<guarantee>guarantees?)"
    r"|(?P<envelope>envelopes?)"
    r"|(?P<budget>[Bb]udget))\b"
)
_LENDER = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,5}")
_POOL = re.compile(
    r"\b(?:(?:the\s+)?(?:potential\s+|possible\s+)?(?:use|confiscation|seizure|transfer)\s+of\s+"
    r"(?:(?:the\s+)?(?:windfall\s+)?(?:profits|proceeds|income|revenues?|interest)\s+"
    r"(?:earned\s+|generated\s+)?(?:on|from|of)\s+)?"
    r"|(?:the\s+)?(?:windfall\s+)?(?:profits|proceeds|income|revenues)\s+"
    r"(?:earned\s+|generated\s+|accumulating\s+"
    r"|(?:that\s+|which\s+)?(?:[\w’'-]+\s+){1,4}?(?:earns?|generates?|makes?)\s+)?"
    r"(?:on|from|of)\s+)"
    r"(?:the\s+)?(?:(?:frozen|immobili[sz]ed|confiscated|seized|sanctioned|blocked)\s+)"
    r"Russian\s+(?:(?:state|central\s+bank|sovereign)\s+){0,2}assets\b",
    re.IGNORECASE,
)
_ASSETS_WORD = re.compile("[Aa][Ssſ][Ssſ][Ee][Tt][Ssſ]")
"""Every way "assets" matches case-insensitively (``ſ`` is an ``s`` there): a quick test
whether a window can hold a pool at all."""
_POSSESSIVE_S = re.compile(r"['’]s\b")
_SLUG_WORD = re.compile(r"[a-z0-9]+")
_POOL_NAME = re.compile(
    r"(?:frozen|immobili[sz]ed|confiscated|seized|sanctioned|blocked).*", re.IGNORECASE
)
_WORD = re.compile(r"[\w$€£][\w$€£.,'’&+-]*[\w$€£]|[\w$€£]")
_DETERMINERS = words("a an the its their his her our this that these those")
_STOPS = words(
    """
    and or of to for from with by in on at as into than that which who is are was were be
    been will would could can may might should has have had said says told under through via
    per also not no but if while when where including about over after before since until
    amid against between among up out
    """
)
_EVALUATIVE = words(
    """
    new massive huge large big proposed planned so-called dedicated separate additional
    further possible potential initial major significant sizeable substantial national
    """
)
_VERBS = words(
    """
    give gives gave given provide provides provided offer offers offered receive receives
    received use uses used create creates created launch launches launched approve approves
    approved announce announces announced set adopt adopts adopted allocate allocates
    allocated add adds added consider considers considering discuss discussed pledge pledged
    make makes made take took get got open opened agree agreed sign signed pay paid unveil
    unveiled propose proposed want wants need needs seek seeks establish established boost
    boosted sets creates launches approves opens gets wins plans backs unveils proposes
    targets discussing discusses preparing prepares prepared weighing weighs exploring
    drafting drafted earmarked earmarks awarded awarding issued
    """
)
_FUND_WORDS = words(
    """
    special defense defence military reserve innovation industry industrial trust aid
    assistance security reconstruction recovery development national state peace war drone
    drones ammunition weapons arms support solidarity investment procurement production
    modernisation modernization rearmament recovery venture guarantee budget
    """
)
_NOT_FUNDS = words("pension hedge mutual index private equity wealth monetary")
_PACKAGE_WORDS = words("aid assistance support military financial security")
_GUARANTEE_WORDS = words(
    """
    state government export loan credit sovereign public federal
    """
)
_BUDGET_WORDS = words(
    """
    state regional eu defense defence federal national reserve military municipal
    """
)
_ALLOCATION = re.compile(
    r"\b(?:allocat\w*|earmark\w*|flow\s+into|provides?\s+for|set\s+aside|use\s+part\s+of"
    r"|from\s+th\w+\s+(?:\w+\s+){0,2}budget|spen[dt]\s+from)\b",
    re.IGNORECASE,
)
_MONEY_LEAD = re.compile(
    r"(?:[$€£]|\b(?:EUR|USD|GBP|UAH|US\$)\s?)\s?\d[\d.,]*\s*(?:bn|billion|mln|million|m|k)?"
    r"(?:\s+(?:in|of|worth))?\s*$|\b\d[\d.,]*\s*(?:bn|billion|mln|million)\s+"
    r"(?:euros?|dollars?|hryvnias?|pounds?)\s+(?:in\s+)?$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_COMPLEMENT = re.compile(
    r"[ \t]+(?:for[ \t]+(?P<purpose>(?:[\w-]+[ \t]+){0,2}?[\w-]+)"
    r"(?=[ \t]*[,.;:)\n]|[ \t]+(?:and|with|which|that"
    r"|to|in|of|from|by|on|at|after|before|since|until|over|will|would|is|was|has)\b|$)"
    r"|of\s+(?P<budget>(?:the\s+)?(?:[Ss]tate|[Rr]egional|EU|[Nn]ational)\s+[Bb]udget"
    r"(?:\s+of\s+[A-Z][\w’']+)?))"
)
_COMPLEMENTED = frozenset({"fund", "grant"})
_ISSUER = re.compile(r"\s+(under\s+[A-Z][\w’'-]{1,40})")
"""Who gives a bare grant ("grants under Brave1"): in the name only, the span stays the head."""
_OPENING = "“\"‘'«"
_GAP = " \t" + _OPENING
"""What may stand between two modifiers: spaces and opening quotes."""
_SCOPE = 300
"""How far around a budget to look for the allocation that makes it a fund."""


class Described(NamedTuple):
    """One described fund: its span (without determiner), where its phrase and head start."""

    start: int
    end: int
    np_start: int
    head_start: int
    name: str
    kind: str
    bare: bool
    """Whether the phrase is only a determiner and the head ("this new tranche")."""

    @property
    def slug(self) -> str:
        return slug(self.name)


class _Words(NamedTuple):
    start: int
    words: list[tuple[int, int, str]]


_ASSETS = re.compile(
    r"(?:frozen|immobili[sz]ed|confiscated|seized|sanctioned|blocked)\s+Russian\s+"
    r"(?:(?:state|central\s+bank|sovereign)\s+){0,2}assets",
    re.IGNORECASE,
)


def pool_assets(text: str, start: int, end: int) -> tuple[int, int]:
    """The assets a pool draws on ("frozen Russian assets" in "the use of frozen Russian
    assets"), or the whole phrase."""
    found = _ASSETS.search(text, start, end)
    return found.span() if found is not None else (start, end)


@lru_cache(maxsize=4096)
def slug(name: str) -> str:
    """``special-defense-fund`` for "special defence fund" (Defence spelled Defense); the same
    descriptions recur from article to article, so recent ones are remembered."""
    plain = _POSSESSIVE_S.sub("", name.lower())
    words = _SLUG_WORD.findall(plain.replace("’", "").replace("'", ""))
    words = ["defense" if w == "defence" else w for w in words]
    return "-".join(words)


def _modifiers(text: str, head_start: int, floor: int) -> _Words:
    """The modifier words right before a head noun, and where the phrase starts."""
    window = list(_WORD.finditer(text, max(floor, head_start - 90), head_start))
    start = head_start
    taken: list[tuple[int, int, str]] = []
    phrase_start = head_start
    for found in reversed(window[-6:]):
        w_start, w_end = found.span()
        if text[w_end:start].strip(_GAP):
            break  # punctuation between the words
        word = found.group()
        low = word.lower()
        if low in _DETERMINERS:
            phrase_start = w_start
            break
        if low in _STOPS or low in _VERBS or len(taken) >= 5:
            break
        if w_start > 0 and text[w_start - 1] in "’'" and low == "s":
            break
        taken.insert(0, (w_start, w_end, word))
        start = w_start
        phrase_start = w_start
    return _Words(phrase_start, taken)


_MONEY_WORDS = words(
    """
    eur usd uah gbp bn billion mln million m k euro euros dollars
    """
)
_QUANTITY_WORDS = words("several many some two three four multiple numerous")


def _grant(
    np_start: int,
    head_start: int,
    end: int,
    given: tuple[str, tuple[int, int]],
    head: str,
    tail: str,
    text: str,
) -> Described:
    """A bare grant ("received grants", "approved grants worth ..."), named by the verb that
    gives it and its issuer, so that two grants reported in one article stay two funds."""
    verb = text[given[1][0] : given[1][1]].lower() if given[1][0] != head_start else "reported"
    name = f"{verb} {head.lower()}{tail}"
    return Described(head_start, end, np_start, head_start, name, "grant", False)


def _is_money_word(word: str) -> bool:
    return word[:1] in "$€£" or "$" in word or word[:1].isdigit() or word.lower() in _MONEY_WORDS


def _has_money(text: str, lead_start: int, lead_end: int, words: list[str]) -> bool:
    """Whether a sum of money leads the phrase ("a $50bn loan", "$50bn in loans") or is one
    of its words; only the heads that need it ask (both lead patterns need a digit)."""
    lead = text[lead_start:lead_end]
    if _DIGIT.search(lead) is not None and _MONEY_LEAD.search(lead) is not None:
        return True
    return any(_is_money_word(w) for w in words)


def _heads(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """Head nouns, tried only where a keyword of the plugin starts a word (`.starts`)."""
    last_end = lo
    match_head = _HEAD.match
    for start in word_starts(text[lo:hi]):
        if lo + start < last_end:
            continue
        match = match_head(text, lo + start, hi)
        if match is not None:
            last_end = match.end()
            yield match


def _pools(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """Pools of Russian-asset money, tried only in a window before each "Russian"."""
    seen: set[tuple[int, int]] = set()
    floor = lo
    window_text = text[lo:hi]
    for at in word_starts(window_text):
        if not is_russian(window_text, at):
            continue
        window = max(floor, lo + at - 120)
        window_end = min(hi, lo + at + 80)
        if _ASSETS_WORD.search(text, window, window_end) is None:
            continue  # every pool ends in "assets"
        match = _POOL.search(text, window, window_end)
        if match is not None and match.span() not in seen:
            seen.add(match.span())
            floor = match.end()
            yield match


def find_described(text: str, lo: int = 0, hi: int | None = None) -> list[Described]:
    """Described funds and money pools in ``text[lo:hi]``, in text order."""
    hi = len(text) if hi is None else hi
    found: list[Described] = []
    for match in _heads(text, lo, hi):
        kind = str(match.lastgroup)
        head_start, head_end = match.span()
        mods = _modifiers(text, head_start, lo)
        words = [w for _s, _e, w in mods.words]
        lowered = [w.lower().strip("“”\"'‘’") for w in words]
        end = head_end
        purpose: list[str] = []
        complement = _COMPLEMENT.match(text, head_end, hi) if kind in _COMPLEMENTED else None
        if complement is not None:
            purpose = (complement.group("purpose") or "").split()
            if purpose and (words or purpose[0].lower() in _DETERMINERS):
                purpose = []  # "a special fund for the serial production...": already named
            elif purpose or complement.group("budget"):
                end = complement.end()
        if kind == "fund":
            bag = set(lowered) | {p.lower() for p in purpose}
            if bag & _NOT_FUNDS or (match.group().lower() != "fund" and not words):
                continue
            capitalised = sum(1 for w in words if w[:1].isupper()) >= 1 and match.group()[0] == "F"
            if not (bag & _FUND_WORDS or capitalised):
                continue
        elif kind == "loan":
            money = _has_money(text, max(lo, mods.start - 40), mods.start, words)
            lender = _LENDER.match(text, head_end, hi)
            if lender is not None and not match.group().endswith("s") and not money and not words:
                pass  # "a loan from UK Export Finance": a lender's loan
            elif not money and not any(w.isupper() and len(w) > 1 for w in words):
                continue
        elif kind == "envelope":
            if not _has_money(text, max(lo, mods.start - 40), mods.start, words):
                continue  # "a EUR 5bn envelope"; not a paper envelope
        elif kind == "package":
            money = _has_money(text, max(lo, mods.start - 40), mods.start, words)
            if not money and not set(lowered) & _PACKAGE_WORDS:
                continue
        elif kind == "guarantee":
            if not set(lowered) & _GUARANTEE_WORDS and not any(w[:1].isupper() for w in words):
                continue
        elif kind == "budget":
            if not set(lowered) & _BUDGET_WORDS:
                continue
            window_end = min(hi, head_end + _SCOPE)
            sentence_end = text.find(".", head_end, window_end)
            scope_end = window_end if sentence_end < 0 else sentence_end
            floor = max(lo, mods.start - _SCOPE)
            scope_start = max(floor, text.rfind(".", floor, mods.start) + 1)
            if not _ALLOCATION.search(text, scope_start, scope_end):
                continue
        elif kind == "grant":
            given = grant_status(text, head_start, end)
            if given is None:
                continue  # "the law grants ...": no money given
            if not words and not purpose:
                issuer = _ISSUER.match(text, head_end, hi)
                tail = f" {issuer.group(1)}" if issuer is not None else ""
                found.append(_grant(mods.start, head_start, end, given, match.group(), tail, text))
                continue
        elif kind == "tranche" and (match.group().endswith("s") or set(lowered) & _QUANTITY_WORDS):
            continue  # "paid out in several tranches": instalments, not a fund
        name_words = [w for w in words if w.lower().strip("“”\"'‘’") not in _EVALUATIVE]
        name_words = [w for w in name_words if not _is_money_word(w)]
        name_words = [w.strip("“”\"'‘’") for w in name_words]
        head_text = " ".join(match.group().split())
        if purpose and kind in _COMPLEMENTED:
            name = " ".join([*purpose, *name_words, head_text])
        else:
            tail = text[head_end:end].strip()
            name = " ".join([*name_words, head_text, *([tail] if tail else [])])
        start = mods.words[0][0] if mods.words else head_start
        while start < head_start and text[start] in _OPENING:
            start += 1
        if kind in ("loan", "package") and not name_words:
            start = head_start
        bare = not name_words and not purpose and end == head_end
        found.append(Described(start, end, mods.start, head_start, name, kind, bare))
    for match in _pools(text, lo, hi):
        start, end = match.span()
        phrase = match.group()
        assets = _POOL_NAME.search(phrase)
        name = " ".join((assets.group() if assets else phrase).split())
        head = start + phrase.lower().rfind("assets")
        found.append(Described(start, end, start, head, name, "pool", False))
    found.sort(key=lambda d: (d.start, -d.end))
    return found
