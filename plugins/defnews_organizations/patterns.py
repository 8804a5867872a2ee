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
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

import ahocorasick_rs
import attrs

from defnews import GazetteerMatch, Span
from defnews.text.words import next_word, possessive, prev_word, word_at
from defnews_organizations.spans import Claimed

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
            propulsion airframe airframes energetics securities capital ordnance avia
            avionique industrie industria sistemas sistemi systèmes difesa defensa armement
            werft gruppe zbrojovka maschinenbau
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
        _words(
            "newswire news notes weekly daily times post journal gazette herald images "
            "chronicle tribune telegraph observer monitor insider today online express"
        ),
        "media",
    ),
}
MEDIA_AND_EVENTS = frozenset({"media", "conference"})
_TITLE_CASE_OK = frozenset({"institute", "association", "agency", "ministry", "government body"})
LEGAL_FORMS = _words(
    """
    AG GmbH Ltd Ltd. Inc Inc. LLC JSC PJSC plc PLC S.A. SA SE AS ASA AB Oy Oyj N.V. NV B.V.
    BV S.p.A. SpA Corp. Corp a.s. s.r.o. KG Co. LLP Pty SAS SARL S.r.l. Srl OÜ UAB TOV
    PrJSC LTD d.o.o. Kft. Zrt.
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
    "council": "association",
}
_NEEDS_DISTINCTIVE_HEAD_FIRST = frozenset(
    ["ministry", "agency", "directorate", "department", "council"]
)
_NATIONAL_HEAD_FIRST = frozenset(["association", "institute"])
"""Types whose head-first names keep a nationality before them (``Polish Institute of
International Affairs``, ``German Association of ...``)."""
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
    ukraine ukrainian government governments budget fund facility programme program ministers
    mechanism instrument initiative summit exhibition week day hotel
    airport street square station prize award cup news notes weekly daily times post photo
    parliament
    read share subscribe advertisement analysis faq update live defence-industrial
    """
)
DESCRIPTORS = _words(
    """
    maker makers manufacturer producer company firm giant contractor supplier developer
    startup start-up conglomerate shipbuilder concern holding enterprise exporter integrator
    corporation operator group lender bank consultancy agency broadcaster newspaper
    state-owned state-run specialist association
    """
)
_WEAK_DESCRIPTORS = frozenset(["specialist"])
"""Descriptors as often said of people (``cyber specialist Petrenko``): the name must end in
an organization word (``avionics specialist Helix Avionique``)."""
_DESCRIPTOR_TYPES = {
    "lender": "bank",
    "bank": "bank",
    "agency": "agency",
    "broadcaster": "media",
    "newspaper": "media",
    "association": "association",
}
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
    tuesday wednesday thursday friday saturday sunday q faq earlier later now today
    yesterday then still separately additionally previously currently recently finally
    overall instead thus therefore besides moreover furthermore nevertheless both all some
    many most several such each every only even just there here what which who where why
    how my your unlike like despite during between among against without within through
    about into until although though because whether once
    """
)
_CONNECTORS = frozenset(["of", "for", "and", "&"])
_RUN_CONNECTORS = _CONNECTORS | {"the"}
_QUOTED = re.compile(r"[\"“«„]([^\"”»\n]{2,60})[\"”»]")


class OrgCandidate(NamedTuple):
    """An organization name found by a pattern (a named tuple: thousands are built)."""

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
    if not token or not (token[0].isupper() or (token[0].isdigit() and not token.isdigit())):
        return False  # ``3D Systems``, but not a year or a count
    return token in LEGAL_FORMS or token.isupper() or token.lower() not in _STOP_CAPS


_NOT_DISTINCTIVE = GENERIC | frozenset(TAIL_TYPES)
"""Lower-case words that do not tell one organization from another."""


def _distinctive(words: list[str], country_words: frozenset[str]) -> bool:
    for w in words:
        if w not in LEGAL_FORMS and w not in country_words and w.lower() not in _NOT_DISTINCTIVE:
            return True
    return False


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
        by_end = self.by_end
        first = end_start
        pending: int | None = None
        for _step in range(8):
            word = prev_word(text, first if pending is None else pending)
            if word is None or word[0]:  # none, or across a comma
                break
            s = word[1]
            e = word[2]
            token = text[s:e]
            low = token.lower()
            if pending is None and low in _CONNECTORS:
                pending = s
                continue
            if pending is not None and token in LEGAL_FORMS:
                break  # ``Nordfjell AS and Hrom JSC``: two names, not one
            if (
                not _is_cap_word(token)
                or low in _TITLE_WORDS
                or low.endswith("-based")
                or possessive(token)
            ):
                break
            match = by_end.get(e)
            if match is not None and (
                (token.isupper() and len(token) > 1)  # an acronym of another organization
                or match.entry.kind != "country"
            ):
                break
            first = s
            pending = None
        return first

    def run_forward(self, start: int) -> int:
        """End of the capitalised run (with inner of/for/and) starting after ``start``."""
        text = self.text
        end = start
        pending = False
        word = next_word(text, end)
        for _step in range(8):
            if word is None or word[0]:  # none, or across a comma
                break
            s = word[1]
            e = word[2]
            token = text[s:e]
            low = token.lower()
            if not pending and low in _RUN_CONNECTORS:
                word = next_word(text, e)  # the connector needs a capitalised word after it
                if word is None or word[0] or not _is_cap_word(text[word[1] : word[2]]):
                    break
                pending = True
                end = e
                continue
            if (
                not _is_cap_word(token)
                or possessive(token)
                or low in _TITLE_WORDS
                or low.endswith("-based")
            ):
                break  # ``X Works and US-based Y``: two names, not one
            end = e
            pending = False
            word = next_word(text, end)
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
    by_start: dict[int, GazetteerMatch],
    by_end: dict[int, GazetteerMatch],
    known: Claimed,
    country_words: frozenset[str],
    headings: Sequence[Span],
) -> list[OrgCandidate]:
    """Organizations found by name shape, not overlapping ``known`` names (the known
    organizations and other non-country matches, indexed by start and end) and, unless their
    type may stand in one, not in a title-case heading; ``known`` is extended with the names
    found."""
    scan = _Scanner(text, by_start, by_end, country_words)
    found = _candidates(text, scan, known, headings)
    found.sort(key=lambda c: c.start)
    return found


class _Headlines:
    """The title-case headings of an article, judged only when a candidate starts in one
    (most headings never hold one, and judging a line reads all its words)."""

    def __init__(self, text: str, headings: Sequence[Span]) -> None:
        self.text = text
        self.headings = headings
        self.starts = [h.start for h in headings]
        self.judged: dict[int, bool] = {}
        self.eager: Claimed | None = None
        if any(a.end > b.start for a, b in pairwise(headings)):
            # not sorted and disjoint: claim the lines as they come, the first one winning
            self.eager = Claimed()
            for h in headings:
                if is_title_case(text, h.start, h.end):
                    self.eager.claim(h.start, h.end)

    def holds(self, offset: int) -> bool:
        """Whether ``offset`` lies in a title-case heading."""
        if self.eager is not None:
            return self.eager.overlaps(offset, offset + 1)
        index = bisect_right(self.starts, offset) - 1
        if index < 0 or offset >= self.headings[index].end:
            return False
        judged = self.judged.get(index)
        if judged is None:
            heading = self.headings[index]
            judged = self.judged[index] = is_title_case(self.text, heading.start, heading.end)
        return judged


_TRIGGER_FORMS = sorted(
    {w.capitalize() for w in TAIL_TYPES}
    | {w.capitalize() for w in HEAD_FIRST}
    | set(LEGAL_FORMS)
    | set(DESCRIPTORS)
    | {"-based"}
)
_TRIGGERS = ahocorasick_rs.AhoCorasick(
    _TRIGGER_FORMS,
    matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
    implementation=ahocorasick_rs.Implementation.DFA,  # same matches, a third of the time
)


@attrs.frozen
class _Trigger:
    """A trigger form and the shapes it can start, decided once at import."""

    form: str
    low: str
    legal: bool
    """A legal form (``GmbH``, ``AS``): it ends a company's name."""
    tail: bool
    """Ends a name: a capitalised organization word or a legal form."""
    head_first: bool
    """Opens a name before ``of``/``for``."""
    described: bool
    """A descriptor (lower case, or ``-based``) before a name."""


def _trigger(form: str) -> _Trigger:
    low = form.lower()
    capital = form[:1].isupper()
    legal = form in LEGAL_FORMS
    return _Trigger(
        form,
        low,
        legal,
        legal or (capital and low in TAIL_TYPES),
        capital and low in HEAD_FIRST,
        form == "-based" or form in DESCRIPTORS,
    )


_TRIGGER_KINDS = tuple(_trigger(form) for form in _TRIGGER_FORMS)
# A descriptor's name follows it, while a head or tail lies inside its own name: so a head or
# tail within a claimed range can only give an overlapping (rejected) name, and is skipped.
assert not any(t.described and (t.tail or t.head_first) for t in _TRIGGER_KINDS)


def _tail_head(
    text: str, scan: _Scanner, trigger: _Trigger, start: int, end: int
) -> OrgCandidate | None:
    legal = trigger.legal
    # a word follows only after spaces (after a comma it would not count), and one in lower
    # case cannot carry the name on
    if not legal and text[end : end + 1].isspace() and not text[end + 1 : end + 2].islower():
        after = next_word(text, end)
        if after is not None and after[0] == "":
            following = text[after[1] : after[2]]
            if _is_cap_word(following) and following.lower() not in _TITLE_WORDS:
                return None  # the name goes on: the head is not its last word
    first = scan.run_back(start, end)
    if first == start:
        return None
    words = text[first:end].split()
    kind = "company" if legal else TAIL_TYPES[trigger.low]
    if (
        len(words) > 1
        and words[0] in scan.country_words
        and kind not in _NATIONAL_NAME_TYPES
        and _distinctive(words[1:], scan.country_words)
    ):
        first = _next_word_start(text, first + len(words[0]))
        words = words[1:]
    if kind in MEDIA_AND_EVENTS:
        if len(words) < 2 or words[0].lower() in _MEDIA_STOP:
            return None
    elif not _distinctive(words, scan.country_words):
        return None
    return OrgCandidate(first, end, text[first:end], kind, "suffix" if legal else "head")


def _extend_of(text: str, scan: _Scanner, candidate: OrgCandidate) -> OrgCandidate:
    """``Kyiv Institute for Security Studies``, ``Baltic Centre of Naval Research``: a name
    whose organization word opens an ``of``/``for`` phrase goes on through it."""
    connector = next_word(text, candidate.end)
    if connector is None or connector[0] or text[connector[1] : connector[2]] not in ("of", "for"):
        return candidate
    stop = scan.run_forward(connector[2])
    trimmed = scan.trailing(candidate.start, stop) if stop > connector[2] else None
    if trimmed is None or trimmed[0] <= connector[2]:
        return candidate
    end, name = trimmed
    return candidate._replace(end=end, name=name)


def _next_word_start(text: str, pos: int) -> int:
    """Where the next word starts after ``pos``, whatever white space (tab, no-break space)
    separates them."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


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
    rest = name.split()[2:]
    if low in _NEEDS_DISTINCTIVE_HEAD_FIRST and not _distinctive(rest, scan.country_words):
        return None
    before = prev_word(text, start)
    if before is not None and before[0] == "":
        previous = text[before[1] : before[2]]
        if _is_cap_word(previous) and previous not in scan.country_words:
            return None  # part of a longer name
        if previous in scan.country_words and HEAD_FIRST[low] in _NATIONAL_HEAD_FIRST:
            start = before[1]  # ``Ukrainian Council of Drone Manufacturers``
            name = text[start:stop]
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
    if (len(words) > 1 or form in _WEAK_DESCRIPTORS) and not has_head:
        return None  # ``drone maker Taras Melnyk``: a person, not a company
    if not _distinctive(words, scan.country_words):
        return None
    kind = _DESCRIPTOR_TYPES.get(form, "company")
    return OrgCandidate(s, stop, text[s:stop], kind, "descriptor")


_ARTICLES = frozenset(["a", "an", "the"])
_INDUSTRY_WORDS = _words(
    """
    drone drones arms defence defense ammunition munitions shell shells missile missiles
    software robotics aerospace armoured armored vehicle vehicles rifle rifles radar radars
    satellite shipbuilding military weapons optics electronics engine engines aircraft
    """
)
"""Words that make ``a ... maker`` a company's trade (a nationality does too), unlike ``the
youngest developer``."""


def _appositive(text: str, scan: _Scanner, form: str, start: int) -> OrgCandidate | None:
    """``Skyeton, a Ukrainian drone maker,``: the name before a comma and an article that
    opens a descriptor phrase of at most seven lower-case, country or ``X-based`` words, one
    of them a nationality, a base or a trade."""
    pos = start
    industry = False
    for _step in range(8):
        word = prev_word(text, pos)
        if word is None or word[0]:
            return None
        token = text[word[1] : word[2]]
        if token in _ARTICLES:
            return _named_before(text, scan, form, word[1]) if industry else None
        if token in scan.country_words or token in _INDUSTRY_WORDS or token.endswith("-based"):
            industry = True
        elif not token[:1].islower():
            return None
        pos = word[1]
    return None


def _named_before(text: str, scan: _Scanner, form: str, article: int) -> OrgCandidate | None:
    """The company name ending just before the comma in front of ``article``."""
    word = prev_word(text, article)
    if word is None or word[0] != ",":
        return None
    _sep, s, e = word
    if not _is_cap_word(text[s:e]) or scan.by_end.get(e) is not None:
        return None
    first = scan.run_back(s, e)
    words = text[first:e].split()
    if words[0] in scan.country_words or any(w.lower() in _TITLE_WORDS for w in words):
        return None
    last = words[-1].lower()
    has_head = last in TAIL_TYPES or words[-1] in LEGAL_FORMS or last.endswith(_COMPOUND_TAILS)
    if (len(words) > 1 and not has_head) or not _distinctive(words, scan.country_words):
        return None  # ``Taras Melnyk, a drone maker``: a person, not a company
    kind = _DESCRIPTOR_TYPES.get(form, "company")
    return OrgCandidate(first, e, text[first:e], kind, "descriptor")


_MEDIA_STOP = _words(
    "latest breaking world top more other related local daily weekly the this our your "
    "business sports live fake good bad big"
)
_OPENERS = ('"', "“", "«", "„")


def _label_segment(text: str, start: int, end: int) -> bool:
    """Whether ``start..end`` is a whole segment of a ``Section | Event`` line of page
    furniture (``Land Systems | Eurosatory 2024``): a label, not a name in the story."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    opens = before == "| " or start == 0 or text[start - 1] == "\n"
    closes = after == " |" or end == len(text) or text[end] == "\n"
    return opens and closes and (before == "| " or after == " |")


_PLACE_TAILS = (" Arsenal",)
"""Organization words that also end the names of military installations."""


def _address_part(text: str, candidate: OrgCandidate, known: Claimed) -> bool:
    """``Army Contracting Command, Picatinny Arsenal, New Jersey``: an installation named
    between a known organization and its state is the organization's address, not another
    organization."""
    start, end = candidate.start, candidate.end
    if not candidate.name.endswith(_PLACE_TAILS) or start < 3:
        return False
    if text[start - 2 : start] != ", " or not known.overlaps(start - 3, start - 2):
        return False
    return text[end : end + 2] == ", " and text[end + 2 : end + 3].isupper()


def _candidates(
    text: str, scan: _Scanner, known: Claimed, headings: Sequence[Span]
) -> list[OrgCandidate]:
    """Every trigger's name, by the first shape that fits it, unless it overlaps a known or
    earlier name or stands in a headline it may not. The cheap looks at the neighbours come
    first: a trigger must be a whole word, a word must come before a tail, a capital or a
    quote after a descriptor, and a head or tail inside a claimed range is skipped."""
    found: list[OrgCandidate] = []
    headlines: _Headlines | None = None  # built for the first candidate that needs it
    for index, start, end in _TRIGGERS.find_matches_as_indexes(text):
        after = text[end : end + 1]
        if after.isalnum() or after == "-":
            continue
        trigger = _TRIGGER_KINDS[index]
        before = text[start - 1 : start] if start else ""
        candidate: OrgCandidate | None = None
        if trigger.described:
            if trigger.form != "-based" and (before.isalnum() or before == "-"):
                continue
            following = text[end + 1 : end + 2]
            if after == " " and (following.isupper() or following in _OPENERS):
                candidate = _descriptor(text, scan, trigger.form, start, end)
            elif after in ",." and trigger.form != "-based" and start > 2:
                candidate = _appositive(text, scan, trigger.form, start)
        else:
            if before.isalnum() or before == "-" or known.overlaps(start, end):
                continue
            if (
                trigger.tail
                and before == " "
                and start >= 2
                and (trigger.legal or after != " " or not text[end + 1 : end + 2].isupper())
            ):
                candidate = _tail_head(text, scan, trigger, start, end)
                if candidate is not None and trigger.head_first:
                    longer = _extend_of(text, scan, candidate)
                    if not known.overlaps(longer.start, longer.end):
                        candidate = longer
            if (
                candidate is None
                and trigger.head_first
                and (text.startswith(" of ", end) or text.startswith(" for ", end))
            ):
                candidate = _head_first(text, scan, trigger.form, start, end)
        if candidate is None or known.overlaps(candidate.start, candidate.end):
            continue
        if _label_segment(text, candidate.start, candidate.end):
            continue
        if _address_part(text, candidate, known):
            continue
        if candidate.type not in _TITLE_CASE_OK and headings:
            if headlines is None:
                headlines = _Headlines(text, headings)
            if headlines.holds(candidate.start):
                continue
        found.append(candidate)
        known.add(candidate.start, candidate.end)
    return found
