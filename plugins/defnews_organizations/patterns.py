"""Organizations that are not in the data, found by the shape of their names.

Three shapes, all on capitalised words (``defence`` and ``defense`` alike):

* a name ending in an organization word or a legal form: ``Kryla Systems``, ``Dnipro Armour
  Works``, ``Nordic Munitions AS``, ``Zaporizhzhia Regional Military Administration``;
* an institution word followed by ``of``/``for`` and a name: ``Centre for Security
  Economics``, ``Alliance of Defense Industries``;
* a descriptor followed by a name: ``drone maker Skyeton``, ``the company "Techinvest"``,
  ``Kyiv-based Kryla Systems``.

A name must hold at least one distinctive word: ``Defence Ministry``, ``Contact Group`` or
``Ukrainian Defence`` are made only of generic words and country names, so they are not new
organizations. A run of capitalised words is cut at title words (``Nordhavn Defence CEO Søren
Holm`` gives ``Nordhavn Defence``). Title-case headlines are skipped, since every word of them
is capitalised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ahocorasick_rs
import attrs

from defnews import GazetteerMatch
from defnews.text.ranges import Taken
from defnews.text.words import next_word, possessive, prev_word, word_at

__all__ = ["GENERIC", "OrgCandidate", "find_pattern_orgs", "is_title_case"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TAIL_TYPES: dict[str, str] = {
    **dict.fromkeys(
        _words(
            """
            systems robotics industries technologies technology tech aerospace aerosystems
            aviation dynamics munitions arms armour armor works arsenal motors shipyard
            shipyards shipbuilding electronics solutions engineering labs laboratories
            defence defense group holding holdings corporation company concern enterprise
            plant factory partners ventures consortium drones optics aero avionics avionik
            propulsion airframe airframes energetics securities capital
            """
        ),
        "company",
    ),
    **dict.fromkeys(
        ["institute", "centre", "center", "foundation", "university", "academy"], "institute"
    ),
    **dict.fromkeys(["agency", "directorate", "bureau", "service"], "agency"),
    **dict.fromkeys(["administration", "council", "commission", "committee"], "government body"),
    "ministry": "ministry",
    "bank": "bank",
    **dict.fromkeys(["association", "federation", "union", "chamber"], "association"),
    **dict.fromkeys(["alliance", "coalition"], "alliance"),
    "cluster": "industry cluster",
    **dict.fromkeys(_words("conference forum"), "conference"),
    **dict.fromkeys(
        _words("newswire news notes weekly daily times post journal gazette herald images"),
        "media",
    ),
}
MEDIA_AND_EVENTS = frozenset({"media", "conference"})
_TITLE_CASE_OK = frozenset({"institute", "association", "agency", "ministry", "government body"})
LEGAL_FORMS = _words(
    """
    AG GmbH Ltd Ltd. Inc Inc. LLC JSC PJSC plc PLC S.A. SA SE AS ASA AB Oy Oyj N.V. NV B.V.
    BV S.p.A. SpA Corp. Corp a.s. s.r.o. KG Co. LLP Pty SAS SARL S.r.l. Srl
    """
)
HEAD_FIRST: dict[str, str] = {
    **dict.fromkeys(["alliance", "coalition"], "alliance"),
    **dict.fromkeys(["association", "federation", "union", "chamber"], "association"),
    **dict.fromkeys(
        ["centre", "center", "institute", "foundation", "academy", "university"], "institute"
    ),
    "bank": "bank",
    **dict.fromkeys(["organisation", "organization"], "international organization"),
    "ministry": "ministry",
    **dict.fromkeys(["agency", "directorate"], "agency"),
    "department": "ministry department",
}
_NEEDS_DISTINCTIVE_HEAD_FIRST = frozenset(["ministry", "agency", "directorate", "department"])
_NATIONAL_NAME_TYPES = frozenset(["agency", "ministry", "government body", "conference"])
"""Types whose names keep a leading country word (``Norwegian Defence Materiel Agency``)."""
_COMPOUND_TAILS = ("technik", "werk", "werke", "tec", "tech")
"""Endings of compound industry words (``Munitionstechnik``): a described name ending in one
is a company, not a person."""
GENERIC = _words(
    """
    the of for and & a an new general federal central joint national state states regional
    international european global world eastern western northern southern east west north
    south central defence defense security military armed forces army navy air naval
    strategic industries industry industrial unmanned economic economics development
    research procurement digital transformation foreign affairs policy studies contact
    working steering task expert advisory coordination support logistics innovation
    technology technologies systems solutions engineering services service ministry agency
    administration council commission committee group holding company corporation enterprise
    plant factory works institute centre center foundation union association alliance
    coalition bank office department press public private first second third fourth fifth
    next last main special united royal republic federation people popular democratic
    ukraine ukrainian government governments budget fund facility programme program
    mechanism instrument initiative summit exhibition week day hotel
    airport street square station prize award cup news notes weekly daily times post photo
    read share subscribe advertisement analysis faq update live defence-industrial
    """
)
DESCRIPTORS = _words(
    """
    maker makers manufacturer producer company firm giant contractor supplier developer
    startup start-up conglomerate shipbuilder concern holding enterprise exporter integrator
    corporation operator group lender bank
    """
)
_DESCRIPTOR_TYPES = {"lender": "bank", "bank": "bank"}
_TITLE_WORDS = _words(
    """
    ceo coo cfo cto chairman chairwoman founder co-founder president director head chief
    executive minister secretary spokesperson spokesman spokeswoman commissioner general
    deputy manager officer ambassador governor
    """
)
_STOP_CAPS = _words(
    """
    the a an this that these those in on at by for from with to of and or but as if when
    while after before since it its he she they we i his her their our also however
    meanwhile notably read share photo subscribe advertisement according under over january
    february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday q faq
    """
)
_QUOTED = re.compile(r"[\"“«„]([^\"”»\n]{2,60})[\"”»]")


@attrs.frozen
class OrgCandidate:
    """An organization name found by a pattern."""

    start: int
    end: int
    name: str
    type: str
    how: str
    country: str | None = None


_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_title_case(text: str, start: int, end: int) -> bool:
    """Whether a line capitalises (nearly) all its longer words, as headlines do."""
    words = [w for w in _LETTER_WORD.findall(text, start, end) if len(w) >= 4]
    if len(words) < 3:
        return False
    upper = sum(1 for w in words if w[:1].isupper())
    return upper >= 0.8 * len(words)


def _is_cap_word(token: str) -> bool:
    if not token or not (token[0].isupper() or (token[0].isdigit() and len(token) > 1)):
        return False
    return token in LEGAL_FORMS or token.isupper() or token.lower() not in _STOP_CAPS


def _distinctive(words: list[str], country_words: frozenset[str]) -> bool:
    return any(
        w.lower() not in GENERIC and w not in country_words and w.lower() not in TAIL_TYPES
        for w in words
        if w not in LEGAL_FORMS
    )


class _Scanner:
    def __init__(
        self,
        text: str,
        by_start: dict[int, GazetteerMatch],
        by_end: dict[int, GazetteerMatch],
        country_words: frozenset[str],
    ) -> None:
        self.text = text
        self.by_start = by_start
        self.by_end = by_end
        self.country_words = country_words

    def run_back(self, end_start: int, end_end: int) -> int:
        """Start of the capitalised run ending with the word at end_start..end_end."""
        text = self.text
        first = end_start
        pending: int | None = None
        for _step in range(8):
            word = prev_word(text, first if pending is None else pending)
            if word is None or word[0] == ",":
                break
            _sep, s, e = word
            token = text[s:e]
            low = token.lower()
            if low in ("of", "for", "and", "&") and pending is None:
                pending = s
                continue
            if (
                possessive(token)
                or not _is_cap_word(token)
                or low in _TITLE_WORDS
                or low.endswith("-based")
            ):
                break
            if token.isupper() and len(token) > 1 and self.by_end.get(e) is not None:
                break  # an acronym of another organization
            match = self.by_end.get(e)
            if match is not None and match.entry.kind not in ("country",):
                break
            first = s
            pending = None
        return first

    def run_forward(self, start: int) -> int:
        """End of the capitalised run (with inner of/for/and) starting after ``start``."""
        text = self.text
        end = start
        pending = False
        for _step in range(8):
            word = next_word(text, end)
            if word is None or word[0] == ",":
                break
            _sep, s, e = word
            token = text[s:e]
            low = token.lower()
            if low in ("of", "for", "and", "&", "the") and not pending:
                nxt = next_word(text, e)
                if nxt is None or nxt[0] == "," or not _is_cap_word(text[nxt[1] : nxt[2]]):
                    break
                pending = True
                end = e
                continue
            if not _is_cap_word(token) or possessive(token) or low in _TITLE_WORDS:
                break
            end = e
            pending = False
        return end

    def trailing(self, start: int, end: int) -> tuple[int, str] | None:
        """Strip connectors at the end; the name and its end."""
        name = self.text[start:end]
        words = name.split()
        while words and words[-1].lower() in ("of", "for", "and", "&", "the"):
            words.pop()
        if not words:
            return None
        name = " ".join(words)
        return start + len(name), name


def find_pattern_orgs(
    text: str,
    matches: tuple[GazetteerMatch, ...],
    country_words: frozenset[str],
    title_case_lines: list[tuple[int, int]],
) -> Iterator[OrgCandidate]:
    """Organizations found by name shape, not overlapping known names."""
    by_start = {m.span.start: m for m in matches}
    by_end = {m.span.end: m for m in matches}
    scan = _Scanner(text, by_start, by_end, country_words)
    taken = Taken()
    for m in matches:
        if m.entry.kind != "country" and not taken.overlaps(m.span.start, m.span.end):
            taken.add(m.span.start, m.span.end)
    skipped = Taken()
    for start, end in title_case_lines:
        if not skipped.overlaps(start, end):
            skipped.add(start, end)

    found: list[OrgCandidate] = []
    for candidate in _candidates(text, scan):
        headline = skipped.overlaps(candidate.start, candidate.start + 1)
        if not taken.overlaps(candidate.start, candidate.end) and (
            not headline or candidate.type in _TITLE_CASE_OK
        ):
            found.append(candidate)
            taken.add(candidate.start, candidate.end)
    found.sort(key=lambda c: c.start)
    yield from found


_TRIGGER_FORMS = sorted(
    {w.capitalize() for w in TAIL_TYPES}
    | {w.capitalize() for w in HEAD_FIRST}
    | set(LEGAL_FORMS)
    | set(DESCRIPTORS)
    | {"-based"}
)
_TRIGGERS = ahocorasick_rs.AhoCorasick(
    _TRIGGER_FORMS, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
)


def _triggers(text: str) -> Iterator[tuple[str, int, int]]:
    size = len(text)
    for index, start, end in _TRIGGERS.find_matches_as_indexes(text):
        form = _TRIGGER_FORMS[index]
        if end < size and (text[end].isalnum() or text[end] == "-"):
            continue
        if form == "-based":
            yield form, start, end
            continue
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            continue
        yield form, start, end


def _tail_head(text: str, scan: _Scanner, form: str, start: int, end: int) -> OrgCandidate | None:
    low = form.lower()
    legal = form in LEGAL_FORMS
    if not legal and (low not in TAIL_TYPES or not form[:1].isupper()):
        return None
    after = next_word(text, end)
    if after is not None and after[0] == "" and not legal:
        following = text[after[1] : after[2]]
        if _is_cap_word(following) and following.lower() not in _TITLE_WORDS:
            return None  # the name goes on: the head is not its last word
    first = scan.run_back(start, end)
    if first == start:
        return None
    words = text[first:end].split()
    kind = "company" if legal else TAIL_TYPES[low]
    if (
        len(words) > 1
        and words[0] in scan.country_words
        and kind not in _NATIONAL_NAME_TYPES
        and _distinctive(words[1:], scan.country_words)
    ):
        first = text.index(" ", first) + 1
        words = words[1:]
    if kind in MEDIA_AND_EVENTS:
        if len(words) < 2 or words[0].lower() in _MEDIA_STOP:
            return None
    elif not _distinctive(words, scan.country_words):
        return None
    return OrgCandidate(first, end, text[first:end], kind, "suffix" if legal else "head")


def _head_first(text: str, scan: _Scanner, form: str, start: int, end: int) -> OrgCandidate | None:
    low = form.lower()
    if low not in HEAD_FIRST or not form[:1].isupper():
        return None
    connector = next_word(text, end)
    if connector is None or connector[0] or text[connector[1] : connector[2]] not in ("of", "for"):
        return None
    stop = scan.run_forward(connector[2])
    if stop <= connector[2]:
        return None
    trimmed = scan.trailing(start, stop)
    if trimmed is None:
        return None
    stop, name = trimmed
    if low == "department" and text.startswith(", ", stop):
        stop, name = _listed_areas(text, scan, start, stop, name)
    before = prev_word(text, start)
    if before is not None and before[0] == "":
        previous = text[before[1] : before[2]]
        if _is_cap_word(previous) and previous not in scan.country_words:
            return None  # part of a longer name
    rest = name.split()[2:]
    if low in _NEEDS_DISTINCTIVE_HEAD_FIRST and not _distinctive(rest, scan.country_words):
        return None
    return OrgCandidate(start, stop, name, HEAD_FIRST[low], "head-first")


def _listed_areas(text: str, scan: _Scanner, start: int, stop: int, name: str) -> tuple[int, str]:
    """``Department of Military-Technical Policy, Development of Armaments``: a department
    named by a list of areas goes on after the comma with another ``X of Y`` run."""
    first = word_at(text, stop + 2)
    if first is None or not _is_cap_word(text[first[0] : first[1]]):
        return stop, name
    if text[first[0] : first[1]].lower() in _TITLE_WORDS:
        return stop, name
    more = scan.trailing(first[0], scan.run_forward(first[1]))
    if more is None or not re.search(r" (?:of|and|for) ", text[first[0] : more[0]]):
        return stop, name
    if any(w.lower() in _TITLE_WORDS for w in more[1].split()):
        return stop, name
    return more[0], text[start : more[0]]


def _descriptor(text: str, scan: _Scanner, form: str, start: int, end: int) -> OrgCandidate | None:
    if form != "-based" and form not in DESCRIPTORS:
        return None
    if text[end : end + 1] != " ":
        return None
    if text[end + 1 : end + 2] in ('"', "“", "«", "„"):
        quoted = _QUOTED.match(text, end + 1)
        if quoted is None:
            return None
        return OrgCandidate(
            quoted.start(1),
            quoted.end(1),
            quoted.group(1),
            _DESCRIPTOR_TYPES.get(form, "company"),
            "descriptor",
        )
    first = word_at(text, end + 1)
    if first is None:
        return None
    s, e = first
    token = text[s:e]
    if not _is_cap_word(token) or token.lower() in _TITLE_WORDS or possessive(token):
        return None
    stop = scan.run_forward(e)
    stop = max(stop, e)
    trimmed = scan.trailing(s, stop)
    if trimmed is None:
        return None
    stop = trimmed[0]
    words = text[s:stop].split()
    if not words or any(w.lower() in _TITLE_WORDS for w in words):
        return None
    if words[0] in scan.country_words or scan.by_start.get(s) is not None:
        return None
    last = words[-1].lower()
    has_head = last in TAIL_TYPES or words[-1] in LEGAL_FORMS or last.endswith(_COMPOUND_TAILS)
    if len(words) > 1 and not has_head:
        return None  # ``drone maker Taras Melnyk``: a person, not a company
    if not _distinctive(words, scan.country_words):
        return None
    kind = _DESCRIPTOR_TYPES.get(form, "company")
    return OrgCandidate(s, stop, text[s:stop], kind, "descriptor")


_MEDIA_STOP = _words(
    "latest breaking world top more other related local daily weekly the this our your "
    "business sports live fake good bad big"
)
_OPENERS = ('"', "“", "«", "„")


def _candidates(text: str, scan: _Scanner) -> Iterator[OrgCandidate]:
    size = len(text)
    for form, start, end in _triggers(text):
        following = text[end + 1 : end + 2] if end + 1 < size and text[end] == " " else ""
        candidate: OrgCandidate | None = None
        tail = form in LEGAL_FORMS or (form[:1].isupper() and form.lower() in TAIL_TYPES)
        # cheap looks at the neighbours first: a word must come before a head, and the name
        # must not go on after it
        if (
            tail
            and start >= 2
            and text[start - 1] == " "
            and (form in LEGAL_FORMS or not following.isupper())
        ):
            candidate = _tail_head(text, scan, form, start, end)
        head_first = form[:1].isupper() and form.lower() in HEAD_FIRST
        if (
            candidate is None
            and head_first
            and (text.startswith(" of ", end) or text.startswith(" for ", end))
        ):
            candidate = _head_first(text, scan, form, start, end)
        described = form == "-based" or form in DESCRIPTORS
        if candidate is None and described and (following.isupper() or following in _OPENERS):
            candidate = _descriptor(text, scan, form, start, end)
        if candidate is not None:
            yield candidate
