"""Title patterns: people introduced by what they are, and references made by title alone.

Every occurrence of a head word (``Minister``, ``CEO``, ``head``...) is a trigger. From it the
title is read outwards: to the left over modifiers (``Deputy Defence``), a country
(``Ukrainian``, ``Ukraine's``, ``U.S.``) or an organization (``Rheinmetall``, ``Kryla Systems``)
and a determiner (``the``, ``the company's``); to the right over further heads (``Secretary
General``) and a complement of known words, countries and organizations (``of Defence of the
Netherlands``). Then one of four shapes decides what the title does:

* ``TITLE Name`` (``Deputy Defence Minister Ivan Havryliuk``);
* ``TITLE, Name,`` (``Rheinmetall's CEO, Armin Papperger,``), closed by a comma or full stop;
* ``Name, TITLE,`` (``Herman Smetanin, general director of Ukrainian Defense Industry,``),
  also after ``now``, ``appointed`` or ``who was appointed``;
* ``the TITLE`` with no name: a reference to someone already named (``the minister said``).

Names are runs of one to four capitalised words (with initials and particles such as ``von
der``); a single word is only kept when it is a known name or, later, a known surname.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator
from functools import lru_cache

import ahocorasick_rs
import attrs

from defnews import GazetteerMatch
from defnews_officials.lexicon import (
    CONNECTORS,
    CORPORATE_HEADS,
    DETERMINERS,
    DOMAIN,
    HEADS,
    LINK_VERBS,
    MODIFIERS,
    NOT_NAMES,
    ORG_HEADS,
    PARTICLES,
    PARTIES,
    POSSESSIVE_NOUNS,
    PRIVATE_HEADS,
    PUBLIC_HEADS,
    PUBLIC_WORDS,
    RANKS,
    TRIGGERS,
)
from defnews_officials.roles import is_rank_only, pretty_role
from defnews_officials.tokens import (
    Word,
    is_initial,
    is_name_word,
    next_word,
    possessive,
    prev_word,
    strip_possessive,
)

__all__ = [
    "PERSON_KINDS",
    "Index",
    "Intro",
    "RoleRef",
    "Title",
    "name_at",
    "read_name",
    "scan_titles",
    "word_bounded_hits",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PERSON_KINDS = frozenset({"official", "person"})
_ORG_QUALIFIED_HEADS = CORPORATE_HEADS | frozenset(
    ["director", "head", "spokesperson", "spokesman", "spokeswoman", "chief", "officer", "manager"]
)
_APPOINTED = frozenset(["appointed", "named", "elected", "nominated"])
_WHO_WAS = frozenset(["who", "was", "is", "has", "been", "became", "becomes"])
_RELAXED_STOP = _words(
    """
    who which that said says told tells was is has had have will would after before since
    last this next when while as but until who's on during from to by with jan feb mar apr
    may jun jul aug sep sept oct nov dec january february march april june july august
    september october november december
    """
)
_WORD_AT = re.compile(r"[^\W_](?:[\w&-]|['’.](?=[^\W_]))*")
_CORPORATE_MODIFIERS = _words(
    """
    deputy vice acting former interim senior chief executive co founding managing new
    outgoing incoming group
    """
)
_COMPANY_KINDS = frozenset({"company", "state company"})
# ``the country's defence minister``: possessors whose titles are public offices
_PUBLIC_POSSESSORS = ("ministry", "government", "agency", "country", "alliance", "commission")
# an open complement may hold ``on`` (``committee on national security``), not a day
_OPEN_STOP = (_RELAXED_STOP - {"on"}) | _words(
    "monday tuesday wednesday thursday friday saturday sunday"
)
_DROP_MODIFIERS = frozenset(["new", "newly", "outgoing", "incoming", "then", "current"])


@attrs.frozen
class Title:
    """A title as read from the text, split into role, country and organization."""

    start: int
    end: int
    role: str
    head: str
    country: str | None = None
    org: str | None = None
    org_id: str | None = None
    org_kind: str | None = None
    determiner: str | None = None
    determiner_start: int | None = None
    public: bool = False
    rank: str | None = None


@attrs.frozen
class Intro:
    """A person named with a title (or with a known given name when ``title`` is None)."""

    name_start: int
    name_end: int
    words: int
    title: Title | None
    how: str
    known: GazetteerMatch | None = None


@attrs.frozen
class RoleRef:
    """``the minister``: a title standing for a person named elsewhere in the article."""

    start: int
    end: int
    title: Title


class Index:
    """Gazetteer matches of one article by start and end offset, and its headings."""

    def __init__(
        self, text: str, matches: tuple[GazetteerMatch, ...], headings: tuple[tuple[int, int], ...]
    ) -> None:
        self.text = text
        self.by_start: dict[int, GazetteerMatch] = {}
        self.by_end: dict[int, GazetteerMatch] = {}
        for match in matches:  # one pass for both (a later match wins, as in a dict display)
            span = match.span
            self.by_start[span.start] = match
            self.by_end[span.end] = match
        self.headings = tuple(sorted(headings))
        self._heading_starts = [start for start, _end in self.headings]
        self._acronyms: dict[str, str] | None = None

    def acronyms(self) -> dict[str, str]:
        """Acronyms the article spells out (``regional military administration (RMA)``), over
        the usual ones of administrative offices; read once, when a title first needs it."""
        if self._acronyms is None:
            self._acronyms = dict(_KNOWN_ACRONYMS)
            self._acronyms.update(_defined_acronyms(self.text))
        return self._acronyms

    def in_heading(self, offset: int) -> bool:
        """Whether ``offset`` lies in a heading line."""
        index = bisect.bisect_right(self._heading_starts, offset) - 1
        return index >= 0 and offset < self.headings[index][1]


# Ukrainian regional and city administrations, abbreviated in translated news
_KNOWN_ACRONYMS = {
    "RMA": "regional military administration",
    "OVA": "regional military administration",
    "CMA": "city military administration",
    "MVA": "city military administration",
    "ODA": "regional state administration",
}
_ACRONYM_DEFINED = re.compile(r"\(([A-Z]{2,6})\)")


def _defined_acronyms(text: str) -> dict[str, str]:
    """``Long Name Words (LNW)``: each acronym whose letters start the words before it."""
    found: dict[str, str] = {}
    for match in _ACRONYM_DEFINED.finditer(text):
        acronym = match.group(1)
        words = text[max(0, match.start() - 120) : match.start()].split()[-len(acronym) :]
        if len(words) == len(acronym) and all(
            w[:1].lower() == c.lower() for w, c in zip(words, acronym, strict=True)
        ):
            found.setdefault(acronym, " ".join(words))
    return found


def _expand_acronyms(role_text: str, index: Index) -> str:
    """``head of the RMA``: the role with the acronyms the reader knows spelt out."""
    if not any(w.isupper() and len(w) > 1 for w in role_text.split()):
        return role_text
    acronyms = index.acronyms()
    return " ".join(acronyms.get(w, w) for w in role_text.split())


_TRIGGER_LIST = sorted(TRIGGERS)
# a DFA scans the text several times faster than the default automaton for these few
# hundred short words, at a one-off build cost
_TRIGGER_MATCHER = ahocorasick_rs.AhoCorasick(
    _TRIGGER_LIST,
    matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
    implementation=ahocorasick_rs.Implementation.DFA,
)


def word_bounded_hits(matcher: ahocorasick_rs.AhoCorasick, text: str) -> list[tuple[int, int]]:
    """Matches of ``matcher`` that stand as whole words (not inside ``Ministry`` or ``ex-``),
    as a list (built in one loop, cheaper than resuming a generator for every hit)."""
    size = len(text)
    hits: list[tuple[int, int]] = []
    for _index, start, end in matcher.find_matches_as_indexes(text):
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue
        if end < size and (text[end].isalnum() or text[end] == "_"):
            continue
        if end < size - 1 and text[end] == "-" and text[end + 1].isalnum():
            continue
        hits.append((start, end))
    return hits


@attrs.define
class _Left:
    start: int
    country: str | None = None
    org: str | None = None
    org_id: str | None = None
    org_kind: str | None = None
    determiner: str | None = None
    determiner_start: int | None = None
    comma_word: tuple[int, int] | None = None  # the word just before ", TITLE"
    qualifier_end: int | None = None  # end of the country or organization qualifier
    # the last word the walk read and where it read it from (-1: none), which is the word
    # before ``start`` when the walk stopped there
    stop_at: int = -1
    stop_word: Word | None = None


@attrs.define
class _Right:
    end: int
    cut: int | None = None  # where the role stops (before "of <country or organization>")
    country: str | None = None
    org: str | None = None
    org_id: str | None = None
    org_kind: str | None = None
    dangling: int | None = None  # end of the words walked, when a complement was left open
    drop: tuple[int, int] | None = None  # a possessive country inside the complement
    # the word the walk stopped at and where it was read from (-1: none), which is the
    # next word after ``end`` when the walk stopped right there
    stop_at: int = -1
    stop_word: Word | None = None


def _walk_left(text: str, hs: int, head: str, index: Index) -> _Left:
    left = _Left(start=hs)
    pos = hs
    by_end = index.by_end
    corporate = head in CORPORATE_HEADS and head != "president"
    org_qualified = head in _ORG_QUALIFIED_HEADS
    for _step in range(10):
        word = prev_word(text, pos)
        left.stop_at, left.stop_word = pos, word
        if word is None:
            return left
        sep, s, e = word
        if sep == ",":
            left.comma_word = (s, e)
            return left
        token = text[s:e]
        low = token.lower()
        is_possessive = possessive(token)
        if head in _PLACE_HEADS and pos == hs and _place_word(strip_possessive(token)):
            left.start = pos = s  # ``Lviv mayor``: the city stays in the role
            continue
        match = by_end.get(e - 2 if is_possessive else e)
        unqualified = left.country is None and left.org is None
        if match is not None:
            kind = match.entry.kind
            if kind in PERSON_KINDS:
                return left
            if unqualified:
                if kind == "country":
                    left.country = match.entry.name
                elif kind == "organization":
                    left.org, left.org_id = match.entry.name, match.entry.id
                    left.org_kind = str(match.entry.attributes.get("type") or "")
                else:
                    return left
                left.qualifier_end = e
                left.start = pos = match.span.start
                continue
        if low in DETERMINERS or low in ("a", "an"):
            left.determiner, left.determiner_start = token, s
            before = prev_word(text, s)
            if before is not None and before[0] == ",":
                left.comma_word = (before[1], before[2])
            return left
        if is_possessive:
            _possessive_left(text, s, e, head, left)
            return left
        if low in _APPOINTED or low in LINK_VERBS:
            _clause_left(text, s, left)
            return left
        if unqualified and (
            (low in _CORPORATE_MODIFIERS)
            if corporate
            else (low in MODIFIERS or low in HEADS or (token[0].isupper() and low in DOMAIN))
        ):
            left.start = pos = s
            continue
        if head == "politician" and _party_modifier(low):
            left.start = pos = s
            continue
        if unqualified and org_qualified and token[0].isupper() and low not in NOT_NAMES:
            first = _capitalised_run_back(text, s, e)
            left.org = text[first:e]
            left.org_kind = "company"
            left.qualifier_end = e
            left.start = pos = first
            continue
        return left
    return left


_PLACE_HEADS = frozenset(["mayor", "governor"])


def _party_modifier(low: str) -> bool:
    """``Greens``, ``CDU``, ``defence``, ``Greens-defence``: a party or portfolio word before
    ``politician``."""
    return all(part in PARTIES or part in DOMAIN for part in low.split("-"))


def _place_word(token: str) -> bool:
    """A one-word place name before ``mayor`` or ``governor`` (``Lviv``, ``Texas``)."""
    low = token.lower()
    return (
        len(token) > 2
        and token[0].isupper()
        and token.isalpha()
        and not token.isupper()
        and low not in DETERMINERS
        and low not in MODIFIERS
        and low not in HEADS
        and low not in _NOT_PLACES
    )


# days, months and sentence words are no places; the capital is a place, if not a name
_NOT_PLACES = (NOT_NAMES - {"kyiv"}) | frozenset(["city", "regional"])


def _possessive_left(text: str, s: int, e: int, head: str, left: _Left) -> None:
    """``the company's CEO`` (a reference) or ``Kryla's CEO`` (an organization)."""
    token = text[s:e]
    base = strip_possessive(token)
    if base.lower() in POSSESSIVE_NOUNS:
        before = prev_word(text, s)
        if before is not None and before[0] == "" and text[before[1] : before[2]].lower() == "the":
            left.determiner = text[before[1] : e]
            left.determiner_start = before[1]
            comma = prev_word(text, before[1])
            if comma is not None and comma[0] == ",":  # ``Name, the country's minister,``
                left.comma_word = (comma[1], comma[2])
        return
    if base[:1].isupper() and head in _ORG_QUALIFIED_HEADS and left.org is None:
        first = _capitalised_run_back(text, s, e - 2)
        left.org = text[first : e - 2]
        left.org_kind = "company"
        left.qualifier_end = e
        left.start = first
        before = prev_word(text, first)
        if before is not None and before[0] == ",":
            left.comma_word = (before[1], before[2])


def _clause_left(text: str, s: int, left: _Left) -> None:
    """``, appointed TITLE``, ``, now TITLE``, ``, who was appointed TITLE``."""
    pos = s
    for _step in range(4):
        word = prev_word(text, pos)
        if word is None:
            return
        sep, ws, we = word
        if sep == ",":
            left.comma_word = (ws, we)
            return
        if text[ws:we].lower() not in _WHO_WAS and text[ws:we].lower() not in _APPOINTED:
            return
        pos = ws


def _capitalised_run_back(text: str, s: int, e: int) -> int:
    """Start of the run of capitalised words (at most four) that ends with the word at s..e."""
    first = s
    for _step in range(3):
        word = prev_word(text, first)
        if word is None or word[0] == ",":
            break
        token = text[word[1] : word[2]]
        if not token[:1].isupper() or token.lower() in NOT_NAMES or possessive(token):
            break
        first = word[1]
    return first


_ACCREDITED = frozenset(["ambassador", "envoy", "representative", "attaché", "consul"])
"""Heads whose ``to <country>`` names the post (``ambassador to Lithuania``)."""
_ACCREDITED_ENDS = tuple(sorted(_ACCREDITED))


def _walk_right(text: str, he: int, index: Index) -> _Right:
    right = _Right(end=he)
    by_start = index.by_start
    pos = he
    in_complement = False
    posted = False  # ``ambassador to``: the country after it is part of the role
    accredited = text[max(0, he - 16) : he].lower().endswith(_ACCREDITED_ENDS)
    connector_at: int | None = None
    open_at: int | None = None
    read_at, word = -1, None
    for _step in range(16):
        read_at, word = pos, next_word(text, pos)
        if word is None:
            break
        sep, s, e = word
        token = text[s:e]
        low = token.lower()
        if sep == "," and not (in_complement and token[:1].isupper() and low in DOMAIN):
            break
        base_e = e - 2 if possessive(token) else e
        match = by_start.get(s)
        if match is not None:
            if not in_complement or match.entry.kind not in ("country", "organization"):
                break
            if match.entry.kind == "country" and posted:
                pass  # the country the envoy is posted to, not the envoy's own
            elif match.entry.kind == "country":
                right.country = match.entry.name
                if match.span.end == base_e and base_e != e:
                    right.drop = (s, e)  # ``of Ukraine's armed forces``: drop the country
                elif right.cut is None:  # ``of Denmark``: the country is not part of the role
                    right.cut = connector_at if connector_at is not None else s
            else:  # ``of Ukroboronprom``: the organization stays in the role as written
                right.org, right.org_id = match.entry.name, match.entry.id
                right.org_kind = str(match.entry.attributes.get("type") or "")
            right.end = pos = match.span.end
            connector_at = None
            if match.span.end == base_e and base_e != e:
                pos = e  # "of Ukraine's armed forces": go on after the possessive
            continue
        if low == "to" and accredited and not in_complement:
            in_complement = posted = True
            connector_at = connector_at if connector_at is not None else s
            pos = e
            continue
        if low in ("of", "for", "at"):
            in_complement = True
            connector_at = connector_at if connector_at is not None else s
            pos = e
            continue
        if low in ("and", "&", "the", "in", "on"):
            connector_at = connector_at if connector_at is not None else s
            pos = e
            continue
        if not in_complement and sep == "" and low in MODIFIERS:
            head_end = _modifiers_to_head(text, s)
            if head_end is not None:  # ``the deputy prime minister``: one title, not ``deputy``
                right.end = pos = head_end
                continue
        if low in HEADS and (sep == "" or in_complement):
            right.end = pos = e
            connector_at = None
            continue
        if in_complement and (
            low in DOMAIN
            or (base_e != e and text[s:base_e].lower() in DOMAIN)
            or (token.isupper() and len(token) > 1 and token in index.acronyms())
        ):
            right.end = pos = e
            connector_at = None
            continue
        if in_complement and connector_at is None and sep == "" and token.islower():
            open_at = s  # ``for defence investment``: an unknown word leaves it open
        break
    if read_at == pos:  # not after sixteen steps, which stop without reading
        right.stop_at, right.stop_word = pos, word
    if connector_at is not None:
        right.dangling = connector_at
    elif open_at is not None:
        right.dangling = open_at
    return right


_MODIFIER_RUN = 3


def _modifiers_to_head(text: str, start: int) -> int | None:
    """The end of the head that a run of a few modifiers from ``start`` leads to, or None."""
    pos = start
    for _step in range(_MODIFIER_RUN):
        found = _WORD_AT.match(text, pos)
        if found is None:
            return None
        low = found.group().lower()
        if low in HEADS and pos != start:
            return found.end()
        if low not in MODIFIERS:
            return None
        word = next_word(text, found.end())
        if word is None or word[0]:
            return None
        pos = word[1]
    return None


def read_name(
    text: str, pos: int, index: Index, *, after_comma: bool = False
) -> tuple[int, int, int, GazetteerMatch | None] | None:
    """The person's name in the next words after ``pos``: ``(start, end, words, known)``."""
    first = next_word(text, pos)
    if first is None or (first[0] == ",") != after_comma:
        return None
    return name_at(text, first[1], index)


def _name_after(
    text: str, right: _Right, index: Index
) -> tuple[tuple[int, int, int, GazetteerMatch | None] | None, str]:
    """The name right after a title (``title``) or after a comma and closed by a break
    (``comma``): `read_name` both ways, with the next word read once (or taken from the walk
    that stopped there)."""
    pos = right.end
    first = right.stop_word if right.stop_at == pos else next_word(text, pos)
    if first is None:
        return None, "title"
    name = name_at(text, first[1], index)
    if first[0] != ",":
        return name, "title"
    if name is not None and not _followed_by_name_break(text, name[1]):
        return None, "comma"
    return name, "comma"


def name_at(
    text: str, start: int, index: Index
) -> tuple[int, int, int, GazetteerMatch | None] | None:
    """The person's name whose first word starts at ``start``: one to four capitalised
    words with initials and particles inside; a known name is returned whole."""
    known = index.by_start.get(start)
    if known is not None:
        if known.entry.kind not in PERSON_KINDS:
            return None
        return known.span.start, known.span.end, len(known.span.text.split()), known
    words: list[tuple[int, int]] = []
    particles = 0
    first = _WORD_AT.match(text, start)
    if first is None:
        return None
    word: tuple[str, int, int] | None = ("", start, first.end())
    while word is not None and len(words) + particles < 7:
        sep, s, e = word
        if sep == ",":
            break
        token = text[s:e]
        base = strip_possessive(token)
        match_here = index.by_start.get(s)
        if match_here is not None and match_here.entry.kind not in PERSON_KINDS:
            break
        if is_name_word(base) or (not words and token == "Jan" and _name_follows(text, e)):
            words.append((s, e - (len(token) - len(base))))
            if base != token:
                break
        elif words and (token in PARTICLES or token.lower() in PARTICLES):
            particles += 1  # ``von der Leyen``, and ``Bart De Wever`` in Dutch usage
        else:
            break
        word = next_word(text, e)
    while words and is_initial(text[words[-1][0] : words[-1][1]]):
        words.pop()
    if not words or len(words) > 4 or is_initial(text[words[0][0] : words[0][1]]):
        return None
    return words[0][0], words[-1][1], len(words), None


def _name_follows(text: str, end: int) -> bool:
    """``Jan Verhoeven``: a given name that is also a month's abbreviation is one when a
    name word follows it (``Jan 5`` and ``Jan. 5`` are dates)."""
    word = next_word(text, end)
    return word is not None and word[0] == "" and is_name_word(text[word[1] : word[2]])


def _name_before(
    text: str, comma_word: tuple[int, int], index: Index
) -> tuple[int, int, int, GazetteerMatch | None] | None:
    """The name that ends with the word before ``, TITLE``."""
    s, e = comma_word
    known = index.by_end.get(e)
    if known is not None:
        if known.entry.kind not in PERSON_KINDS:
            return None
        return known.span.start, known.span.end, len(known.span.text.split()), known
    if not is_name_word(text[s:e]):
        return None
    first, count = s, 1
    while count < 4:
        word = prev_word(text, first)
        if word is None or word[0] == ",":
            break
        token = text[word[1] : word[2]]
        if is_name_word(token) or (token in PARTICLES):
            first = word[1]
            count += 0 if token in PARTICLES else 1
            continue
        break
    if text[first:e].split()[0] in PARTICLES:
        return None
    if count == 1 and _given_per(text, first):
        return first - 4, e, 2, None
    return first, e, count, None


def _given_per(text: str, first: int) -> bool:
    """``Per Aasen, an analyst``: the Nordic given name ``Per`` (otherwise a preposition,
    ``per Reuters``) when it opens a line or a sentence right before the surname."""
    if first < 4 or text[first - 4 : first] != "Per ":
        return False
    before = text[max(0, first - 7) : first - 4].rstrip(" ")
    return before == "" or before[-1:] in ("\n", ".", "!", "?", '"', "”")


def _followed_by_name_break(text: str, end: int) -> bool:
    """After ``TITLE, Name``: a comma, a full stop or the end of the line closes the name."""
    rest = text[end : end + 2]
    return rest[:1] in (",", ".", ";", ":", ")", "") or rest[:1] == "\n"


def _make_title(text: str, hs: int, he: int, left: _Left, right: _Right, index: Index) -> Title:
    role_end = right.cut if right.cut is not None else right.end
    start = left.start
    # a country or company qualifier stands first and is not part of the role; an
    # international body stays (``NATO Secretary General``, ``EU foreign policy chief``)
    role_start = start if left.qualifier_end is None else left.qualifier_end
    if left.org is not None and left.country is None and left.org_kind not in _COMPANY_KINDS:
        role_start = start
        if left.qualifier_end is not None and _generic_office(text, left.qualifier_end, hs, he):
            role_start = left.qualifier_end  # ``NATO's secretary general``: NATO is the org
    role_text = text[role_start:role_end]
    if right.drop is not None and role_start <= right.drop[0] < role_end:
        role_text = text[role_start : right.drop[0]] + text[right.drop[1] + 1 : role_end]
    role_text = _expand_acronyms(role_text, index)
    role, last_head, rank = _role_words(role_text)
    head = last_head or text[hs:he].lower()
    country = left.country or right.country
    org, org_id, org_kind = left.org, left.org_id, left.org_kind
    if org is None:
        org, org_id, org_kind = right.org, right.org_id, right.org_kind
    public = _is_public(role, head, country, org_kind, left.determiner)
    return Title(
        start=start,
        end=right.end,
        role="" if rank else role,
        head=head,
        country=country,
        org=org,
        org_id=org_id,
        org_kind=org_kind,
        determiner=left.determiner,
        determiner_start=left.determiner_start,
        public=public,
        rank=rank,
    )


_GENERIC_OFFICES = _words(
    """
    secretary general secretary-general assistant deputy under director director-general
    head chair chairman chairwoman chairperson president vice spokesperson spokesman
    spokeswoman
    """
)


def _generic_office(text: str, qualifier_end: int, hs: int, he: int) -> bool:
    """``NATO's secretary general``, ``the alliance's deputy spokesperson``: a possessive
    body before an office every body has names the organization, not the role (unlike
    ``the EU's foreign policy chief``, where the body is part of the description)."""
    if text[qualifier_end - 2 : qualifier_end] not in ("'s", "’s"):
        return False
    words = text[qualifier_end:he].lower().split()
    return bool(words) and len(words) <= 4 and all(w in _GENERIC_OFFICES for w in words)


def _joined_title(text: str, title: Title, left: _Left, index: Index) -> Title:
    """``Deputy Prime Minister, Minister of National Defence Name``, ``First Deputy Prime
    Minister – Minister of Economy Name``: an office held jointly, listed before the name with
    a comma or a dash, is part of the role."""
    if not title.role or not title.public:
        return title
    dash = _dash_before(text, title.start)
    if dash is not None:
        word = prev_word(text, dash)
        if word is None or word[0]:
            return title
    else:
        word = left.stop_word if left.stop_at == title.start else prev_word(text, title.start)
        if word is None or word[0] != ",":
            return title
    _sep, s, e = word
    token = text[s:e]
    if token.lower() not in PUBLIC_HEADS or not (token[:1].isupper() or dash is not None):
        return title
    left = _walk_left(text, s, token.lower(), index)
    the = dash is not None and (left.determiner or "").lower() == "the"
    if left.country is not None or left.org is not None or (left.determiner and not the):
        return title
    earlier = text[left.start : e]
    if dash is None and not all(w[:1].isupper() for w in earlier.split()):
        return title
    if dash is not None and len(earlier.split()) < 2:
        return title  # ``the minister – Minister of Economy``: no second office
    before = prev_word(text, left.start)
    if before is not None and before[0] == "" and is_name_word(text[before[1] : before[2]]):
        return title  # ``Ivan Petrenko, Minister ...``: a name, not another office
    return attrs.evolve(title, start=left.start, role=f"{pretty_role(earlier)}, {title.role}")


def _dash_before(text: str, start: int) -> int | None:
    """``First vice prime minister – Minister of economy``: where a spaced dash that joins
    two offices stands just before ``start``."""
    i = start
    while i > 0 and start - i < 3 and text[i - 1] == " ":
        i -= 1
    if i < 2 or text[i - 1] not in "–—-" or text[i - 2] != " ":
        return None
    return i - 1


def _role_start(text: str, title: Title, hs: int) -> int:
    """Where the role words of ``title`` start in the text (after qualifiers)."""
    first_role_word = title.role.split(" ", 1)[0].lower() if title.role else ""
    at = text.lower().find(first_role_word, title.start, hs + 1) if first_role_word else -1
    return at if at >= 0 else hs


@lru_cache(maxsize=4096)
def _role_words(role_text: str) -> tuple[str, str | None, str | None]:
    """``(role, last head word, rank)`` of the words of a title as written; a pure function
    of those few words, which recur from article to article, so it is cached."""
    words = role_text.split()
    while words and (words[0].lower() in _DROP_MODIFIERS or words[0].lower() in CONNECTORS):
        words.pop(0)
    while words and words[-1].lower() in CONNECTORS:
        words.pop()
    role = pretty_role(" ".join(words))
    rank = role if role and is_rank_only(role) else None
    return role, _last_head(words), rank


def _last_head(words: list[str]) -> str | None:
    for word in reversed(words):
        low = word.lower()
        if low in HEADS:
            return low
    return None


@lru_cache(maxsize=4096)
def _is_public(
    role: str, head: str, country: str | None, org_kind: str | None, determiner: str | None
) -> bool:
    """Whether a title names a public office (cached: it depends on its words only)."""
    words = {w.lower() for w in role.split()}
    corporate = org_kind in ("company",) or (
        determiner is not None
        and "'s" in determiner.replace("’", "'")
        and not any(n in determiner.lower() for n in _PUBLIC_POSSESSORS)
    )
    if corporate or head in PRIVATE_HEADS:
        return False
    if head in RANKS or words & RANKS:
        return True
    if head in PUBLIC_HEADS and head not in CORPORATE_HEADS:
        return True
    if head == "president":
        return org_kind != "company"
    if org_kind in ("ministry", "agency", "government body", "armed forces"):
        return True
    return bool(words & PUBLIC_WORDS) or (
        country is not None and head in ("spokesperson", "spokesman", "spokeswoman")
    )


def _relaxed_org(text: str, dangling: int) -> tuple[int, int, str] | None:
    """``head of the contracts department at the Defence Procurement Agency,``: an
    apposition's complement read up to the closing comma. The trailing run of capitalised
    words is the organization; the lower-case words before it stay in the role. Returns
    ``(role end, complement end, organization)``."""
    first = _WORD_AT.match(text, dangling)
    if first is None:
        return None
    words: list[tuple[int, int]] = [(first.start(), first.end())]
    while len(words) < 12:
        word = next_word(text, words[-1][1])
        if word is None or word[0] == ",":
            break
        words.append((word[1], word[2]))
    if any(text[s:e].lower() in _RELAXED_STOP for s, e in words):
        return None
    end = words[-1][1]
    if text[end : end + 1] not in (",", ".", ";", "", "\n"):
        return None
    cut = len(words)
    while cut > 0 and (
        text[words[cut - 1][0]].isupper() or text[slice(*words[cut - 1])].lower() in CONNECTORS
    ):
        cut -= 1
    while cut < len(words) and text[slice(*words[cut])].lower() in CONNECTORS:
        cut += 1  # the organization starts at its first capitalised word
    if cut >= len(words):
        return None
    role_end = words[0][0] - 1
    for index in range(cut - 1, -1, -1):
        if text[slice(*words[index])].lower() not in CONNECTORS:
            role_end = words[index][1]
            break
    return role_end, end, text[words[cut][0] : end]


_OPEN_COMPLEMENT_WORDS = 8


def _open_complement(text: str, dangling: int) -> int | None:
    """``head of the Lviv regional military administration, Name``: the end of a complement
    that the known words did not close, read up to the comma (a few words, none of them a
    clause word, which would make it a sentence rather than a title)."""
    first = _WORD_AT.match(text, dangling)
    if first is None:
        return None
    end = first.end()
    for _step in range(_OPEN_COMPLEMENT_WORDS):
        word = next_word(text, end)
        if word is None:
            return None
        sep, s, e = word
        if sep == ",":
            return end
        if text[s:e].lower() in _OPEN_STOP:
            return None
        end = e
    return None


def _title_comma_name(
    text: str, right: _Right, index: Index
) -> tuple[_Right, tuple[int, int, int, GazetteerMatch | None], str] | None:
    """A ``TITLE, Name,`` apposition whose complement runs past the known words."""
    if right.dangling is None or right.org is not None or right.cut is not None:
        return None
    end = _open_complement(text, right.dangling)
    if end is None:
        return None
    longer = _Right(end=end, country=right.country)
    name, how = _name_after(text, longer, index)
    return (longer, name, how) if name is not None and how == "comma" else None


def _title_open_name(
    text: str, right: _Right, index: Index
) -> tuple[_Right, tuple[int, int, int, GazetteerMatch | None], str] | None:
    """``the head of the regional military administration Serhiy Borzov said``: a lower-case
    complement the known words did not close, followed at once by a name of two or more
    words (or a known one). Every word read must be lower case and no clause word."""
    if right.dangling is None or right.org is not None or right.cut is not None:
        return None
    first = _WORD_AT.match(text, right.dangling)
    if first is None:
        return None
    last, end = first.start(), first.end()
    for _step in range(_OPEN_COMPLEMENT_WORDS):
        word = next_word(text, end)
        if word is None or word[0]:
            return None
        _sep, s, e = word
        token = text[s:e]
        if token[:1].isupper():
            name = name_at(text, s, index)
            if name is None or (name[2] < 2 and name[3] is None) or end == first.end():
                return None
            if not _body_word(text[last:end].lower()):
                return None  # ``head of the delegation met Ivan Petrenko``: a verb, not a body
            return _Right(end=end, country=right.country), name, "title"
        if not token.islower() or token in _OPEN_STOP:
            return None
        last, end = s, e
    return None


def _body_word(word: str) -> bool:
    """Whether a complement can end with ``word`` (``administration``, ``council``,
    ``innovations``): a word of offices and bodies, in the singular or plural."""
    return any(w in ORG_HEADS or w in DOMAIN or w in PUBLIC_WORDS for w in (word, word[:-1]))


def _open_apposition(text: str, title: Title, dangling: int, hs: int) -> Title:
    """``Name, head of the parliamentary committee on national security,``: a complement
    without a named organization, read to the comma, stays in the role."""
    end = _open_complement(text, dangling)
    if end is None or not _followed_by_name_break(text, end):
        return title
    role = pretty_role(text[_role_start(text, title, hs) : end])
    words = {w.lower() for w in role.split()}
    public = title.public or bool(words & PUBLIC_WORDS)
    return attrs.evolve(title, role=role, public=public, end=end)


_COMPLEMENT_STARTS = (
    " of ",
    " for ",
    " and ",
    " at ",
    " to ",
    " general",
    " executive",
    " officer",
)


def _may_refer(text: str, hs: int) -> bool:
    """Whether a title without a name after it can still be an apposition or a reference:
    a comma, a determiner, a possessive or a clause word within the few words before it."""
    window = text[max(0, hs - 120) : hs]
    line = window.rsplit("\n", 1)[-1]
    if "," in line:
        return True
    words = line.lower().replace("’", "'").split()[-6:]
    return any(w in DETERMINERS or w.endswith("'s") for w in words)


def scan_titles(text: str, index: Index) -> tuple[list[Intro], list[RoleRef]]:
    """Every titled introduction and every title reference in the text, in text order."""
    intros: list[Intro] = []
    refs: list[RoleRef] = []
    consumed = 0
    for hs, he in word_bounded_hits(_TRIGGER_MATCHER, text):
        if hs < consumed:
            continue
        if (
            text[he : he + 1] == " "
            and text[he + 1 : he + 2].islower()
            and not text.startswith(_COMPLEMENT_STARTS, he)
            and not _may_refer(text, hs)
        ):
            continue  # ``minister said``: no name, complement or reference can follow
        head = text[hs:he].lower()
        right = _walk_right(text, he, index)
        name, how = _name_after(text, right, index)
        if name is None:
            longer = _title_comma_name(text, right, index) or _title_open_name(text, right, index)
            if longer is not None:
                right, name, how = longer[0], longer[1], longer[2]
        if name is None and not _may_refer(text, hs):
            consumed = right.end
            continue  # no name after, no comma or determiner before: nothing to read
        left = _walk_left(text, hs, head, index)
        title = _make_title(text, hs, he, left, right, index)
        if name is not None:
            if how == "title":
                title = _joined_title(text, title, left, index)
            title = _named_body(text, title)
            intros.append(Intro(name[0], name[1], name[2], title, how, name[3]))
            consumed = name[1]
            continue
        if left.comma_word is not None:
            before = _name_before(text, left.comma_word, index)
            if before is not None:
                if right.dangling is not None and right.org is None and right.cut is None:
                    relaxed = _relaxed_org(text, right.dangling)
                    if relaxed is None:
                        title = _open_apposition(text, title, right.dangling, hs)
                    else:
                        _role_end, end, org = relaxed
                        role = title.role
                        if end > right.end:
                            role = pretty_role(text[_role_start(text, title, hs) : end])
                        title = attrs.evolve(
                            title,
                            role=role,
                            org=org,
                            org_kind=None,
                            public=title.public
                            or bool({w.lower() for w in org.split()} & PUBLIC_WORDS),
                            end=end,
                        )
                intros.append(
                    Intro(before[0], before[1], before[2], title, "apposition", before[3])
                )
                consumed = title.end
                continue
        definite = title.determiner is not None and title.determiner.lower() not in ("a", "an")
        if definite and (title.role or title.rank):
            start = title.determiner_start if title.determiner_start is not None else title.start
            refs.append(RoleRef(start, right.end, title))
        consumed = right.end
    intros.extend(_who_heads(text, index))
    intros.sort(key=_name_start)
    return intros, refs


_BODY_NOUNS = ("agency", "administration", "directorate", "committee", "council", "service")
_AGENCY_HEAD_WORDS = frozenset(
    ["director", "director-general", "head", "chief", "chair", "chairman"]
)
_BODY_REACH = 800
_BODY_NAME = re.compile(
    r"(?:[A-Z][\w’'-]*\s){1,5}(?:" + "|".join(n.capitalize() for n in _BODY_NOUNS) + r")\b"
)


def _named_body(text: str, title: Title) -> Title:
    """``the agency's director, Name``: the head of the agency the article named last
    (``the Defence Materiel Agency``), whose name makes the role precise and public."""
    determiner = (title.determiner or "").lower().replace("’", "'")
    noun = determiner[4:-2] if determiner.startswith("the ") and determiner.endswith("'s") else ""
    if noun not in _BODY_NOUNS or title.role.lower() not in _AGENCY_HEAD_WORDS:
        return title
    at = title.determiner_start if title.determiner_start is not None else title.start
    last = None
    for found in _BODY_NAME.finditer(text, max(0, at - _BODY_REACH), at):
        last = found
    if last is None or not last.group().lower().endswith(noun):
        return title
    words = last.group().split()
    while words and words[0].lower() in NOT_NAMES:
        words.pop(0)
    if len(words) < 2:
        return title
    body = " ".join(words)
    return attrs.evolve(
        title, role=f"{title.role} of the {body}", org=body, org_kind="agency", public=True
    )


_name_start = operator.attrgetter("name_start")
_WHO_HEADS = re.compile(r", who (?:heads|leads|runs|chairs) the (?=[A-Z])")
_LEADS_AS = {"heads": "head", "leads": "head", "runs": "head", "chairs": "chair"}


def _who_heads(text: str, index: Index) -> Iterator[Intro]:
    """``Oksana Lytvyn, who heads the Department of ... of the Ministry,``: the name takes
    the role ``head of the Department of ...`` (a public office when the body is public)."""
    for found in _WHO_HEADS.finditer(text):
        word_end = found.start()
        word_start = word_end
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        if word_start == word_end:
            continue
        name = _name_before(text, (word_start, word_end), index)
        if name is None:
            continue
        body_end = _body_run(text, found.end())
        if body_end <= found.end():
            continue
        if not (
            text[body_end : body_end + 1] in (",", ".", ";", ")", "")
            or text.startswith((" of ", " at ", " in "), body_end)
        ):
            continue  # ``who runs the Kryla Systems plant``: the body is not named
        body = text[found.end() : body_end]
        verb = text[found.start() + 6 : found.end() - 5]
        role = f"{_LEADS_AS[verb]} of the {body}"
        words = {w.lower() for w in body.split()}
        public = bool(words & (PUBLIC_WORDS | _PUBLIC_BODIES))
        title = Title(start=found.start() + 2, end=body_end, role=role, head="head", public=public)
        yield Intro(name[0], name[1], name[2], title, "apposition", name[3])


_PUBLIC_BODIES = frozenset(["department", "committee", "parliament", "directorate", "ministry"])


def _body_run(text: str, start: int) -> int:
    """End of the capitalised name (with inner ``of``/``for``/``and``) starting at ``start``;
    a following ``of the ...`` (the ministry it belongs to) is not part of it."""
    end = start
    pos = start
    pending = False
    for _step in range(10):
        word = next_word(text, pos) if pos > start else None
        if pos == start:
            token_end = start
            while (
                token_end < len(text) and not text[token_end].isspace() and text[token_end] != ","
            ):
                token_end += 1
            word = ("", start, token_end)
        if word is None or word[0] == ",":
            break
        _sep, s, e = word
        token = text[s:e].rstrip(".;:")
        if token.lower() in ("of", "for", "and") and not pending:
            pending = True
            pos = e
            continue
        if not token[:1].isupper() or possessive(token):
            break
        end = s + len(token)
        pos = e
        pending = False
    return end
