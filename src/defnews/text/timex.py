"""Find time expressions in news text and resolve them against the article date.

`find_times` returns `TimeRef` objects whose ``start``, ``end``
and ``text`` point exactly into the input. The supported forms, the resolution rules and
their granularities are listed in ``docs/time-expressions.md``.

How it works, and why it is fast: cheap scans find *trigger* words that every time
expression contains (a capitalised month or weekday, a year or a small number next to a
month or a time unit, "year", "week", "recently", "invasion"...). Only the words up to 48
characters before each trigger that can start an expression are tried, each at most once,
with the alternation of the forms that can start with that word. All patterns are sequences
of bounded alternatives without nested quantifiers, so the work is linear in the length of
the text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from defnews.models import TimeRef
from defnews.text._numbers import MONTHS, NUMBER_WORDS, WEEKDAYS, lower_text, word_alternation

__all__ = ["find_times"]

_BACK = 48  # how far before its trigger word an expression may start
_AHEAD = 24  # how far past the trigger the token scan may look to read a whole token
_INVASION_DAY = dt.date(2022, 2, 24)
_INVASION_DAYS = {2022: _INVASION_DAY, 2014: dt.date(2014, 2, 20)}

# --- building blocks (lower-case text) ------------------------------------------------------

_YEAR = r"(?:19\d\d|20\d\d|2100)(?!\d)"
_MON = (
    "(?:"
    + word_alternation(m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july"))
    + r"(?![a-z])|"
    + word_alternation(m for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july"))
    + r"(?![a-z])\.?)"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?(?![a-z\d])"
_WD = "(?:" + word_alternation(WEEKDAYS) + r")(?![a-z])"
_SMALL = {**{k: v for k, v in NUMBER_WORDS.items() if 0 < v <= 20}, "thirty": 30, "fifty": 50}
_COUNT_WORDS = {**_SMALL, "a": 1, "an": 1, "few": 3, "a few": 3, "several": 5}
_COUNT_WORDS.update({"couple of": 2, "a couple of": 2, "one or two": 2, "two or three": 3})
_NUM = r"(?:\d{1,3}|" + word_alternation(_COUNT_WORDS) + r")(?![a-z\d])"
_UNIT = (
    r"(?:"
    + word_alternation(
        [
            *("day", "days", "week", "weeks", "month", "months", "year", "years"),
            *("decade", "decades", "hour", "hours", "quarter", "quarters"),
        ]
    )
    + r")(?![a-z])"
)
_YREL = r"(?:this|last|next|the previous|the following|the current|the same|that|the)"
_BASE = (
    rf"(?:(?P<by>{_YEAR})|(?P<byrel>{_YREL}) year"
    rf"|(?P<bmon>{_MON})(?:,? (?P<bmy>{_YEAR}))?|(?P<bmrel>{_YREL}) month"
    rf"|(?P<bwrel>{_YREL}) week)"
)
_SEASON = r"(?:spring|summer|autumn|fall|winter)"

# Each form is one way of writing a time; its named groups are read by its resolver.
_FORMS: list[tuple[str, str]] = [
    (
        "corr",
        r"the (?:corresponding|same|comparable|equivalent|like) period"
        rf"(?: (?:of|in|from|during|for))?(?: (?:the )?(?P<prev>previous|last|prior|past) year"
        rf"| (?P<y>{_YEAR})| a year (?:earlier|ago|before)| (?:of )?last year)?",
    ),
    (
        "anaphor",
        r"(?:the (?P<rel>same|following|next|previous)|that)"
        r" (?:day|morning|afternoon|evening|night)"
        rf"|(?P<n>{_NUM}) days? (?P<dir>later|earlier|afterwards|after|before)"
        r"|the day (?P<dir2>before|after)(?=[,.;:])",
    ),
    (
        "invasion",
        r"(?:(?P<edge>the (?:start|beginning|outbreak|onset|launch|first days?)) of "
        r"|the (?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
        r"|\d{1,2}(?:st|nd|rd|th)) anniversary of )?"
        r"(?:(?P<who>russia['’]s|moscow['’]s|putin['’]s|the russian|russian|the) )?"
        rf"(?:(?P<y0>{_YEAR}) )?"
        r"(?:(?P<scale>full-scale|full scale|large-scale|all-out|unprovoked) )?"
        r"(?:(?P<who2>russian|russia['’]s) )?(?P<what>invasion|war|aggression)"
        r"(?P<ua> (?:of|in|on|against) ukraine)?"
        rf"(?: (?:in|of) (?:feb(?:ruary|\.)? (?:24,? )?)?(?P<y>{_YEAR}))?",
    ),
    (
        "months",
        r"the (?P<ord>first|initial|opening|early|last|final|closing|remaining)"
        rf"(?: (?P<n>{_NUM}))? months of {_BASE}",
    ),
    (
        "quarter",
        r"(?:the )?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th) quarter"
        rf"(?: of {_BASE})?",
    ),
    ("half", rf"(?:the )?(?P<ord>first|second|1st|2nd|latter) half(?: of {_BASE})?"),
    (
        "seasonedge",
        r"(?:the )?(?P<edge>start|beginning|middle|end|close) of (?:the |this )?"
        rf"(?P<season>{_SEASON})(?:(?: of)? (?P<y>{_YEAR}))?",
    ),
    (
        "vague",
        r"(?:(?P<part>early|mid|late)(?:-| )|the (?P<edge>start|beginning|middle|end|close) of "
        rf"|(?P<edge2>start|beginning|end)(?: of|-)(?: )?){_BASE}",
    ),
    ("yearend", r"(?:the )?(?:year-end|year['’]s end|end-year|end of year)"),
    (
        "earlier",
        r"(?P<dir>earlier|later) (?:this|in the) (?P<unit>week|month|year)"
        r"|(?P<dir2>earlier|later) today|so far this (?P<unit2>week|month|year)"
        r"|(?P<ytd>year to date|year-to-date)",
    ),
    (
        "span",
        r"(?:the )?(?P<dir>past|last|next|coming|previous|following|upcoming|within|first)"
        rf" (?P<n>{_NUM}) (?P<unit>{_UNIT})",
    ),
    (
        "coming",
        r"(?:the )?(?P<dir>coming|upcoming|recent|next|nearest)"
        r" (?P<unit>days|weeks|months|years|decades)",
    ),
    ("within", r"within (?P<unit>days|weeks|months)"),
    ("ago", rf"(?P<n>{_NUM}) (?P<unit>{_UNIT}) ago"),
    (
        "later",
        rf"(?P<n>{_NUM}) (?P<unit>(?:day|week|month|year)s?)(?:['’] time)?"
        r"(?! (?:of|to|ago|earlier|later|before|after|old|long)(?![a-z]))",
    ),
    (
        "rel",
        r"(?P<rel>last|this|next|this past|the previous|the following|the current|the coming"
        r"|the past|the last|the next) "
        r"(?P<unit>(?:fiscal |financial )?year|month|week|quarter|decade|weekend"
        rf"|{_SEASON}|(?P<wd>{_WD})|(?P<mon>{_MON}))",
    ),
    (
        "deictic",
        r"(?P<w>yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening"
        r"|last night|recently|lately|of late)",
    ),
    (
        "iso",
        rf"(?P<y>{_YEAR})[-/](?P<m>0[1-9]|1[0-2])[-/](?P<d>0[1-9]|[12]\d|3[01])(?!\d)",
    ),
    ("numdate", rf"(?P<a>[0-3]?\d)[./](?P<b>[0-3]?\d)[./](?P<y>{_YEAR})"),
    (
        "dayfirst",
        rf"(?:(?P<wd>{_WD}),? )?(?:the )?(?P<d>{_DAY})"
        rf"(?:(?:-|–| to | and )(?P<d2>{_DAY}))?(?: of)? (?P<mon>{_MON})(?:,? (?P<y>{_YEAR}))?",
    ),
    (
        "monthfirst",
        rf"(?:(?P<wd>{_WD}),? )?(?P<mon>{_MON}) (?:the )?(?P<d>{_DAY})"
        rf"(?:(?:-|–| to | and )(?P<d2>{_DAY}))?(?:,? (?P<y>{_YEAR}))?",
    ),
    (
        "monrange",
        rf"(?P<mon>{_MON})(?:-|–| to | through | until | till )(?P<mon2>{_MON})"
        rf"(?:,? (?P<y>{_YEAR}))?",
    ),
    ("monyear", rf"(?P<mon>{_MON}),? (?:of )?(?P<y>{_YEAR})"),
    ("yrange", rf"(?P<y>{_YEAR})(?:-|–|/)(?P<y2>{_YEAR}|\d\d(?!\d))"),
    ("decade", r"the (?P<dec>(?:19|20)\d0)['’]?s"),
    (
        "fy",
        rf"(?:fiscal|financial)(?: year)? (?P<y>{_YEAR})|fy ?(?P<y2>{_YEAR})"
        rf"|fy(?P<yy>\d\d)(?!\d)|(?:the )?year (?P<y3>{_YEAR})",
    ),
    ("qn", rf"q(?P<q>[1-4])(?:(?:,? | of |-|/)(?P<y>{_YEAR})|['’](?P<yy>\d\d)(?!\d))?"),
    ("hn", rf"h(?P<h>[12])(?:(?:,? | of |-|/)(?P<y>{_YEAR})|['’](?P<yy>\d\d)(?!\d))?"),
    ("season", rf"(?:the )?(?P<season>{_SEASON})(?:(?: of)? (?P<y>{_YEAR}))?"),
    ("year", rf"(?P<y>{_YEAR})"),
    ("month", rf"(?P<mon>{_MON})"),
    ("weekday", rf"(?P<wd>{_WD})"),
]

_PREPS = [
    "since",
    "by",
    "until",
    "till",
    "through",
    "before",
    "after",
    "from",
    "between",
    "in",
    "during",
    "of",
    "for",
    "on",
    "at",
    "throughout",
    "over",
    "within",
    "to",
    "as of",
    "as early as",
    "no later than",
    "not later than",
    "starting",
    "starting in",
    "starting from",
    "beginning in",
    "prior to",
    "ahead of",
    "up to",
    "around",
    "circa",
]
_SINCE = frozenset({"since"})
_BY = frozenset({"by", "no later than", "not later than"})
_UNTIL = frozenset({"until", "till", "through", "up to"})
_BEFORE = frozenset({"before", "prior to", "ahead of"})
_AFTER = frozenset({"after"})
_FROM = frozenset({"from", "starting", "starting in", "starting from", "beginning in"})
_EVENT_PREPS = _SINCE | _BY | _UNTIL | _BEFORE | _AFTER | _FROM | {"in", "during", "throughout"}
_END_OF = re.compile(r"(?:the )?(?:end|close) of |(?:the )?(?:year-end|end-year)")
_FULL_MONTHS = frozenset(name for name in MONTHS if len(name) > 3 or name == "may")


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_BOUNDARY = r"(?![a-z0-9])"
_FORM_RX = {name: re.compile(rx + _BOUNDARY) for name, rx in _FORMS}

# The first token ("#" for digits) each form can start with. Matching is dispatched on the
# first token of a word, so most words cost one dictionary lookup instead of a regex run.
_MONTH_KEYS = tuple(MONTHS)
_WEEKDAY_KEYS = tuple(WEEKDAYS)
_COUNT_KEYS = tuple({w.split()[0] for w in _COUNT_WORDS} | {"#"})
_FORM_STARTS: dict[str, tuple[str, ...]] = {
    "corr": ("the",),
    "anaphor": ("the", "that", *_COUNT_KEYS),
    "invasion": (
        *("the", "russia", "moscow", "putin", "russian", "#", "full", "large", "all"),
        *("unprovoked", "invasion", "war", "aggression"),
    ),
    "months": ("the",),
    "quarter": ("the", "first", "second", "third", "fourth", "final", "last", "#"),
    "half": ("the", "first", "second", "latter", "#"),
    "seasonedge": ("the", "start", "beginning", "middle", "end", "close"),
    "vague": ("early", "mid", "late", "the", "start", "beginning", "end"),
    "yearend": ("the", "year", "end"),
    "earlier": ("earlier", "later", "so", "year"),
    "span": (
        *("the", "past", "last", "next", "coming", "previous", "following", "upcoming"),
        *("within", "first"),
    ),
    "coming": ("the", "coming", "upcoming", "recent", "next", "nearest"),
    "within": ("within",),
    "ago": _COUNT_KEYS,
    "later": _COUNT_KEYS,
    "rel": ("last", "this", "next", "the"),
    "deictic": (
        *("yesterday", "today", "tomorrow", "tonight", "this", "last", "recently"),
        *("lately", "of"),
    ),
    "iso": ("#",),
    "numdate": ("#",),
    "dayfirst": ("#", "the", *_WEEKDAY_KEYS),
    "monthfirst": _WEEKDAY_KEYS + _MONTH_KEYS,
    "monrange": _MONTH_KEYS,
    "monyear": _MONTH_KEYS,
    "yrange": ("#",),
    "decade": ("the",),
    "fy": ("fiscal", "financial", "fy", "the", "year"),
    "qn": ("q",),
    "hn": ("h",),
    "season": ("the", "spring", "summer", "autumn", "fall", "winter"),
    "year": ("#",),
    "month": _MONTH_KEYS,
    "weekday": _WEEKDAY_KEYS,
}


def _dispatch_table() -> dict[str, re.Pattern[str]]:
    """One compiled alternation per first token, keeping the global order of the forms."""
    keys = {key for starts in _FORM_STARTS.values() for key in starts}
    compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
    table: dict[str, re.Pattern[str]] = {}
    for key in keys:
        names = tuple(name for name, _rx in _FORMS if key in _FORM_STARTS[name])
        if names not in compiled:
            body = "|".join(f"(?P<f_{name}>{_unnamed(_FORM_DICT[name])})" for name in names)
            compiled[names] = re.compile("(?:" + body + ")" + _BOUNDARY)
        table[key] = compiled[names]
    return table


_FORM_DICT = dict(_FORMS)
_BY_TOKEN = _dispatch_table()
_PREP_RX = re.compile("(?:" + word_alternation(_PREPS) + ") ")
_PREP_FIRST = frozenset(prep.split()[0] for prep in _PREPS)
_STARTER = re.compile(
    r"(?<![\w$€£₴'’.,/:\-])(?:"
    + word_alternation(sorted((set(_BY_TOKEN) | _PREP_FIRST) - {"#"}))
    + r"(?![a-z])|\d+)"
)
_TOKEN_AT = re.compile(r"[a-z]{1,24}|\d{1,8}")  # bounded: only its first letters matter

# Trigger scans. Lower-case trigger words after a space (a literal prefix the regex engine
# finds fast); capitalised months, weekdays and sentence openers plus digits in the original.
_LOWER_TRIGGERS = [
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "weekend",
    "day",
    "days",
    "decade",
    "decades",
    "quarter",
    "half",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "recently",
    "lately",
    "invasion",
    "full-scale war",
    "full scale war",
    "large-scale war",
    "all-out war",
    "full-scale aggression",
    "period",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "year-end",
    "year-to-date",
    "end-year",
]
_LOWER_SCAN = re.compile(" (?:" + word_alternation(_LOWER_TRIGGERS) + r")(?![a-z])")
# The same words after rarer separators; a separate scan keeps the fast literal-space prefix.
_LOWER_SCAN_RARE = re.compile(
    '[\n\t(\u201c"\u2018\\[/\u00a0\u202f\u2014-](?:'
    + word_alternation(_LOWER_TRIGGERS)
    + r")(?![a-z])"
)
_UPPER_TRIGGERS = [name.capitalize() for name in MONTHS if len(name) == 3] + [
    "Sept",
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
    "Yesterday",
    "Today",
    "Tomorrow",
    "Tonight",
    "Recently",
    "Lately",
    "Spring",
    "Summer",
    "Autumn",
    "Winter",
]
_UPPER_SCAN = re.compile(
    "(?:" + "|".join(_UPPER_TRIGGERS + [str(d) for d in range(10)]) + r")[\d,.]*"
)


_RANGE_SEP = re.compile(r"(?: ?[-–] ?| to | until | till | through | and )")
_LIST_GAP = re.compile(r"(?:,|,? and|,? or|/) \Z")


class _Res:
    """A resolved period before it becomes a `TimeRef`."""

    __slots__ = ("explicit_year", "from_", "granularity", "relative", "until")

    def __init__(
        self,
        from_: dt.date | None,
        until: dt.date | None,
        granularity: str,
        *,
        relative: bool,
        explicit_year: bool = False,
    ) -> None:
        self.from_ = from_
        self.until = until
        self.granularity = granularity
        self.relative = relative
        self.explicit_year = explicit_year


class _State:
    """What earlier expressions in the same text tell later ones."""

    __slots__ = (
        "anchor",
        "expr_start",
        "last_day",
        "last_end",
        "last_period",
        "last_year",
        "lowered",
        "text",
    )

    def __init__(self, text: str, lowered: str, anchor: dt.date) -> None:
        self.text = text
        self.lowered = lowered
        self.anchor = anchor
        self.last_year: int | None = None  # the last year named outright, for "that year"
        self.last_period: _Res | None = None  # for "the same period last year"
        self.last_day: dt.date | None = None  # the last single day named, for "the same day"
        self.last_end = -100
        self.expr_start = 0  # where the expression being resolved starts


def find_times(text: str, anchor: dt.date) -> list[TimeRef]:
    """Every time expression in ``text`` resolved against ``anchor``, sorted by start.

    Spans never overlap. A neutral preposition ("in 2022", "on Tuesday") is left out of the
    span; one that changes the meaning ("since 2022", "by the end of the year") is kept.
    """
    if not text:
        return []
    lowered = lower_text(text)
    # In the text with a space put in front, a match starts one before its trigger word.
    triggers = [m.start() for m in _LOWER_SCAN.finditer(" " + lowered)]
    triggers += [m.start() + 1 for m in _LOWER_SCAN_RARE.finditer(lowered)]
    triggers += [m.start() for m in _UPPER_SCAN.finditer(text) if _may_be_time(lowered, m)]
    triggers.sort()
    state = _State(text, lowered, anchor)
    results: list[TimeRef] = []
    pos = 0  # nothing before this offset may start a new expression
    tried = 0  # tokens before this offset were already tried
    starters = _STARTER.finditer
    try_at = _try_at
    for trigger in triggers:
        if trigger < pos:
            continue
        low = trigger - _BACK
        if low < tried:
            low = tried
        for token in starters(lowered, low, trigger + _AHEAD):  # lazily, see the break
            start = token.start()
            if start > trigger:
                break
            if start < pos:
                continue
            tried = start + 1
            found = try_at(state, start, token.group())
            if found is not None:
                results.append(found)
                pos = tried = found.end
                state.last_end = found.end
        if tried <= trigger:
            tried = trigger + 1
    return [found for found in results if not _page_furniture(text, found)]


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_LINE_WORD = re.compile(r"[^\W\d_]{2,}")


def _page_furniture(text: str, found: TimeRef) -> bool:
    """Whether ``found`` belongs to the page rather than the story: the publication date on
    a byline (``14 September 2023, 11:20``, ``Press service | 20.11.2024 | 16:45``), or
    ``Today`` in an outlet's name (``Lviv Today``). A wire dateline's date stays: it is the
    day the story happened."""
    start, end = found.start, found.end
    if found.text in ("Today", "TODAY"):  # a capital mid-sentence: a name, as in "Lviv Today"
        before = text[max(0, start - 30) : start]
        words = before.split()
        return bool(words) and before.endswith(" ") and words[-1][:1].isupper()
    if found.relative or found.from_ is None or found.from_ != found.until:
        return False  # publication dates are absolute single days
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > 80:
        return False
    rest = text[line_start:start] + " " + text[end:line_end]
    words = _LINE_WORD.findall(_CLOCK.sub(" ", rest))
    return len(words) <= 3 and (_CLOCK.search(rest) is not None or "|" in rest or not words)


def _may_be_time(lowered: str, match: re.Match[str]) -> bool:
    """Whether a capitalised trigger or a digit run can belong to a time expression.

    Years have four digits and dotted dates two dots. One or two digits count only when a
    month, a time unit, an ordinal suffix or a date separator follows ("17 February",
    "3 days ago", "14-16 October") or a letter precedes ("Q1", "H2", "FY24"); amounts such
    as "1,000", "315" or "46 types" are dropped here so they cost nothing later.
    """
    run = match.group()
    if not run[0].isdigit():
        return True
    run = run.rstrip(".,")
    if run.isdigit():
        if len(run) == 4:
            return True
        if len(run) > 2:
            return False
        start = match.start()
        if start and (lowered[start - 1].isalpha() or lowered[start - 1] in "'’"):
            return True
        return _SMALL_NUMBER_CONTEXT.match(lowered, start + len(run)) is not None
    return run.count(".") == 2 and "," not in run


_SMALL_NUMBER_CONTEXT = re.compile(
    r"(?:st|nd|rd|th)?(?:[-–./]\d| (?:and |to )?\d"
    r"| (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"| (?:day|week|month|year|hour|decade|quarter))"
)


def _key(token: str) -> str:
    return "#" if token[0] <= "9" else token


def _try_at(state: _State, start: int, token: str) -> TimeRef | None:
    """The time expression starting at ``start`` (a word ``token``), resolved, or None."""
    lowered = state.lowered
    if token in _PREP_FIRST:
        prep = _PREP_RX.match(lowered, start)
        if prep is not None:
            core_start = prep.end()
            following = _TOKEN_AT.match(lowered, core_start)
            if following is not None:
                word = following.group()
                pattern = _BY_TOKEN.get("#" if word[0] <= "9" else word)
                if pattern is not None:
                    match = pattern.match(lowered, core_start)
                    if match is not None:
                        found = _finish(state, match, start, prep.group()[:-1])
                        if found is not None:
                            return found
    pattern = _BY_TOKEN.get("#" if token[0] <= "9" else token)
    if pattern is None:
        return None
    match = pattern.match(lowered, start)
    if match is None:
        return None
    return _finish(state, match, start, None)


def _finish(state: _State, match: re.Match[str], start: int, prep: str | None) -> TimeRef | None:
    """Resolve a matched form; dates outside what ``datetime.date`` holds give None."""
    try:
        return _resolve_match(state, match, start, prep)
    except (ValueError, OverflowError):
        return None  # e.g. "last year" in an article dated in year 1


def _resolve_match(
    state: _State, match: re.Match[str], start: int, prep: str | None
) -> TimeRef | None:
    """Resolve a matched form, join a range after it, apply the preposition."""
    state.expr_start = start
    name = (match.lastgroup or "f_")[2:]
    core_start = match.start()
    res = _resolve_form(state, name, core_start, prep)
    if res is None:
        return None
    res, end = _extend_range(state, res, match.end(), prep)
    span_start = core_start
    if name == "deictic" and (prep in _AFTER or prep in _BEFORE):
        prep = None  # "after yesterday's talks": the talks came after, not the whole future
    if prep in _BEFORE and _END_OF.match(state.lowered, core_start):
        prep = "by"  # "before the end of the year" is no earlier than "by the end of" it
    if prep is not None:
        joined = end != match.end() or name in ("monrange", "yrange")
        joined = joined or (res.granularity == "range" and name in ("dayfirst", "monthfirst"))
        res, keep_prep = _apply_prep(state, res, prep, joined=joined)
        if keep_prep:
            span_start = start
    if res.explicit_year and res.from_ is not None and name != "corr":
        state.last_year = res.from_.year
    if res.granularity != "day" or name in ("dayfirst", "monthfirst", "iso", "numdate"):
        state.last_period = res
    if res.granularity == "day" and res.from_ == res.until and name != "deictic":
        state.last_day = res.from_  # "the same day" is a narrated day, not the writing day
    return _time_ref(state.text, span_start, end, res)


_new = object.__new__
_set = object.__setattr__


def _time_ref(text: str, start: int, end: int, res: _Res) -> TimeRef:
    """A `TimeRef` built directly, as ``Span.of`` builds spans: the text is sliced from
    ``text``, so only the bounds and the order of the dates are left to check."""
    if not 0 <= start <= end <= len(text):  # pragma: no cover - the forms stay in bounds
        raise ValueError(f"time {start}..{end} is outside a text of length {len(text)}")
    from_, until = res.from_, res.until
    if from_ is not None and until is not None and until < from_:
        raise ValueError(f"until {until} is before from {from_}")
    ref = _new(TimeRef)
    _set(ref, "start", start)
    _set(ref, "end", end)
    _set(ref, "text", text[start:end])
    _set(ref, "from_", from_)
    _set(ref, "until", until)
    _set(ref, "granularity", res.granularity)
    _set(ref, "relative", res.relative)
    return ref


# --- prepositions and ranges ----------------------------------------------------------------


def _apply_prep(state: _State, res: _Res, prep: str, *, joined: bool) -> tuple[_Res, bool]:
    """Turn "since X", "by X", "until X", "before X", "after X", "from X" into ranges.

    ``joined`` tells that a "to Y"/"and Y" was already joined on ("from X to Y"). Returns the
    period and whether the preposition belongs in the span.
    """
    if joined:
        return res, prep in _FROM or prep == "between"
    anchor = state.anchor
    if prep in _SINCE:
        if res.from_ is None or res.from_ > anchor:
            return res, False
        return _Res(res.from_, anchor, "range", relative=True), True
    if prep in _BY or prep in _UNTIL:
        if res.until is None:
            return res, False
        if res.until >= anchor:
            return _Res(anchor, res.until, "range", relative=True), True
        return _Res(None, res.until, "range", relative=res.relative), True
    if prep in _BEFORE and res.from_ is not None:
        return _Res(None, res.from_ - dt.timedelta(days=1), "range", relative=res.relative), True
    if prep in _AFTER and res.until is not None:
        return _Res(res.until + dt.timedelta(days=1), None, "range", relative=res.relative), True
    if prep in _FROM and res.from_ is not None:
        return _Res(res.from_, None, "range", relative=res.relative), True
    return res, False


def _extend_range(state: _State, res: _Res, end: int, prep: str | None) -> tuple[_Res, int]:
    """Join "from X to Y", "between X and Y" and "X-Y" into one range."""
    sep = _RANGE_SEP.match(state.lowered, end)
    if sep is None:
        return res, end
    word = sep.group().strip()
    if (word == "and") != (prep == "between"):
        return res, end
    if prep is None and not res.explicit_year and res.granularity not in ("day", "month"):
        return res, end
    following = _TOKEN_AT.match(state.lowered, sep.end())
    pattern = _BY_TOKEN.get(_key(following.group())) if following else None
    second = pattern.match(state.lowered, sep.end()) if pattern is not None else None
    if second is None:
        return res, end
    name = (second.lastgroup or "f_")[2:]
    other = _resolve_form(state, name, sep.end(), "to")  # the joint gives a year its context
    if other is None or other.until is None or res.from_ is None:
        return res, end
    start_day = res.from_
    if other.explicit_year and not res.explicit_year and start_day.year != other.until.year:
        start_day = _same_day_in(start_day, other.until.year)
        if start_day > other.until:
            start_day = _same_day_in(start_day, other.until.year - 1)
    if start_day > other.until:
        return res, end
    joined = _Res(
        start_day,
        other.until,
        "range",
        relative=res.relative and other.relative,
        explicit_year=res.explicit_year or other.explicit_year,
    )
    return joined, second.end()


def _same_day_in(day: dt.date, year: int) -> dt.date:
    return day + relativedelta(years=year - day.year)


# --- resolving the forms --------------------------------------------------------------------


def _resolve_form(state: _State, name: str, start: int, prep: str | None) -> _Res | None:
    match = _FORM_RX[name].match(state.lowered, start)
    if match is None:  # pragma: no cover - the master matched the same pattern here
        return None
    resolver = _RESOLVERS[name]
    return resolver(state, match, prep)


def _bias(state: _State, prep: str | None) -> int:
    """-1 to prefer the past, +1 the future, 0 for the default window.

    The preposition decides first; else a future cue earlier in the same sentence ("will",
    "plans to", "is expected to") points to the future.
    """
    if prep in _SINCE or prep in _AFTER:
        return -1
    if prep in _BY or prep in _UNTIL:
        # "had been contracted by April": a deadline already met lies in the past.
        return -1 if _sentence_has(_PAST_PERFECT, state.lowered, state.expr_start) else 1
    if prep in _BEFORE:
        return 1
    return 1 if _future_context(state.lowered, state.expr_start) else 0


_FUTURE_CUE = re.compile(
    r"(?<![a-z])(?:will|shall|would|plans? to|planned to|expects? to|expected to|is due"
    r"|are due|aims? to|intends? to|going to|scheduled to|set to|is to|are to"
    r"|(?:is|are) expected)(?![a-z])"
)


_PAST_PERFECT = re.compile(r"(?<![a-z])(?:had|has been|have been)(?![a-z])")


def _future_context(lowered: str, start: int) -> bool:
    return _sentence_has(_FUTURE_CUE, lowered, start)


def _sentence_has(cue: re.Pattern[str], lowered: str, start: int) -> bool:
    """Whether ``cue`` occurs in the sentence before ``start`` (at most 100 characters back)."""
    low = max(0, start - 100)
    cut = max(
        lowered.rfind(". ", low, start),
        lowered.rfind("\n", low, start),
        lowered.rfind("? ", low, start),
    )
    return cue.search(lowered, cut + 1 if cut >= 0 else low, start) is not None


def _capitalised(state: _State, match: re.Match[str], group: str) -> bool:
    start = match.start(group)
    return start >= 0 and state.text[start].isupper()


def _infer_year(anchor: dt.date, month: int, bias: int) -> int:
    """The year of a month named without one.

    Default: the month within 9 months before to 2 months after the anchor's month.
    "since"/"after" prefer the latest such month not after the anchor; "by"/"until"/
    "before" the earliest not before it.
    """
    diff = month - anchor.month
    if bias < 0:
        return anchor.year if diff <= 0 else anchor.year - 1
    if bias > 0:
        return anchor.year if diff >= 0 else anchor.year + 1
    if diff > 2:
        return anchor.year - 1
    if diff < -9:
        return anchor.year + 1
    return anchor.year


def _period_year(anchor: dt.date, first_month: int, size: int, bias: int) -> int:
    """The year of a quarter or half named without one.

    A future cue accepts the period under way ("we expect to sign in the first quarter",
    written in February), so it is judged by its last month.
    """
    if bias > 0:
        return _infer_year(anchor, first_month + size - 1, bias)
    return _infer_year(anchor, first_month, bias)


def _month_days(year: int, month: int) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def _year_days(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _week_days(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _quarter_days(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = _month_days(year, 3 * quarter - 2)[0]
    return first, _month_days(year, 3 * quarter)[1]


def _rel_offset(word: str) -> int | None:
    """ "last year" -> -1, "this year" -> 0, "next year" -> +1; None for "that year"."""
    if word in ("this", "the current", "the"):
        return 0
    if word in ("last", "the previous"):
        return -1
    if word in ("next", "the following"):
        return 1
    return None


def _base(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """The year, month or week named by the ``_BASE`` groups, or the anchor's year."""
    anchor = state.anchor
    groups = match.groupdict()
    if groups.get("by"):
        year = int(groups["by"])
        return _Res(*_year_days(year), "year", relative=False, explicit_year=True)
    if groups.get("byrel"):
        offset = _rel_offset(groups["byrel"])
        if offset is None:
            if state.last_year is None:
                return None
            return _Res(*_year_days(state.last_year), "year", relative=True)
        return _Res(*_year_days(anchor.year + offset), "year", relative=True)
    if groups.get("bmon"):
        if not _capitalised(state, match, "bmon"):
            return None
        month = MONTHS[groups["bmon"].rstrip(".")]
        if groups.get("bmy"):
            year = int(groups["bmy"])
            return _Res(*_month_days(year, month), "month", relative=False, explicit_year=True)
        year = _infer_year(anchor, month, _bias(state, prep))
        return _Res(*_month_days(year, month), "month", relative=True)
    if groups.get("bmrel"):
        offset = _rel_offset(groups["bmrel"])
        if offset is None:
            return None
        year, month = _month_plus(anchor, offset)
        return _Res(*_month_days(year, month), "month", relative=True)
    if groups.get("bwrel"):
        offset = _rel_offset(groups["bwrel"])
        if offset is None:
            return None
        days = _week_days(anchor + dt.timedelta(weeks=offset))
        return _Res(*days, "week", relative=True)
    return _Res(*_year_days(anchor.year), "year", relative=True)


def _part_of(base: _Res, part: str) -> _Res | None:
    """ "early", "mid" or "late" part of a year, month or week."""
    if base.from_ is None or base.until is None:
        return None
    index = {"early": 0, "start": 0, "beginning": 0, "mid": 1, "middle": 1}.get(part, 2)
    if base.granularity == "year":
        year = base.from_.year
        bounds = ((1, 4), (5, 8), (9, 12))[index]
        first = dt.date(year, bounds[0], 1)
        last = _month_days(year, bounds[1])[1]
    elif base.granularity == "month":
        first = base.from_ + dt.timedelta(days=(0, 10, 20)[index])
        last = base.until if index == 2 else base.from_ + dt.timedelta(days=(9, 19)[index])
    else:
        first = base.from_ + dt.timedelta(days=(0, 1, 3)[index])
        last = base.from_ + dt.timedelta(days=(2, 3, 6)[index])
    return _Res(first, last, "range", relative=base.relative, explicit_year=base.explicit_year)


def _r_corr(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """The same period one year earlier (or in the named year) as the last period named."""
    target = int(match.group("y")) if match.group("y") else None
    previous = state.last_period
    if previous is not None and previous.from_ is not None and previous.until is not None:
        shift = -1 if target is None else target - previous.until.year
        first = previous.from_ + relativedelta(years=shift)
        last = previous.until + relativedelta(years=shift)
        return _Res(first, last, previous.granularity, relative=True)
    year = target if target is not None else state.anchor.year - 1
    return _Res(*_year_days(year), "year", relative=target is None)


_ANAPHOR_SHIFT = {"same": 0, None: 0, "following": 1, "next": 1, "previous": -1}
_DIR_SIGN = {"later": 1, "afterwards": 1, "after": 1, "earlier": -1, "before": -1}


def _r_anaphor(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "the same day", "the following day", "two days later": counted from the last single
    day the text named, since they point back to it rather than to the article date."""
    if state.last_day is None:
        return None
    if match.group("dir2"):
        shift = _DIR_SIGN[match.group("dir2")]
    elif match.group("dir"):
        count = _count(match.group("n"))
        word = match.group("dir")
        if count is None or count > 31:
            return None
        shift = count * _DIR_SIGN[word]
        if word in ("after", "before"):
            # "on Thursday, a day after the meeting": the meeting was the day before.
            if not state.lowered.endswith(", ", 0, match.start()):
                return None
            shift = -shift
    else:
        shift = _ANAPHOR_SHIFT[match.group("rel")]
    day = _plus_days(state.last_day, shift)
    return _Res(day, day, "day", relative=True)


def _r_invasion(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """Russia's full-scale invasion: 24 February 2022 (or the year named with it)."""
    year_text = match.group("y") or match.group("y0")
    who = (match.group("who") or "") + (match.group("who2") or "")
    named = "russia" in who or "moscow" in who or "putin" in who or match.group("ua")
    scale = match.group("scale")
    if not (scale or named or year_text):
        return None  # "the war", "the invasion": which one?
    if match.group("what") != "invasion" and not (scale or year_text or match.group("edge")):
        return None  # "Russian aggression" names the war, not a moment in it
    nth = match.group("nth")
    if not (match.group("edge") or nth or year_text or prep in _EVENT_PREPS):
        return None  # the invasion as an actor ("the invasion displaced millions")
    if year_text is not None:
        year = int(year_text)
        day = _INVASION_DAYS.get(year)
        if day is None:
            if nth:
                return None
            return _Res(*_year_days(year), "year", relative=False, explicit_year=True)
        res = _Res(day, day, "day", relative=False, explicit_year=True)
    elif state.anchor < _INVASION_DAY:
        return None
    else:
        res = _Res(_INVASION_DAY, _INVASION_DAY, "day", relative=True)
    return _anniversary(res, nth) if nth else res


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_NTH |= {"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


def _anniversary(res: _Res, nth: str) -> _Res | None:
    """ "the third anniversary of the invasion": the day itself, ``nth`` years on."""
    years = _NTH.get(nth) or int(nth[:-2])
    if res.from_ is None:  # pragma: no cover - the invasion is always a day here
        return None
    day = _same_day_in(res.from_, res.from_.year + years)
    return _Res(day, day, "day", relative=res.relative)


def _r_months(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "the first nine months of 2023", "the initial months of 2024"."""
    base = _base(state, match, prep)
    if base is None or base.granularity != "year" or base.from_ is None:
        return None
    year = base.from_.year
    count = _count(match.group("n")) if match.group("n") else None
    if count is not None and not 1 <= count <= 12:
        return None
    opening = match.group("ord") in ("first", "initial", "opening", "early")
    if opening:
        first = dt.date(year, 1, 1)
        last = _month_days(year, count or 4)[1]
        if count is None and first <= state.anchor <= last:
            last = state.anchor  # "the first months of this year", written during them
    else:
        first = dt.date(year, 13 - (count or 4), 1)
        last = dt.date(year, 12, 31)
    return _Res(first, last, "range", relative=base.relative, explicit_year=base.explicit_year)


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _COUNT_WORDS.get(word)


def _r_quarter(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "the first quarter of 2024", "the third quarter" (year from the anchor)."""
    ordinal = match.group("ord")
    quarter = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(ordinal, 4)
    return _period_of_base(state, match, prep, quarter, 3, "quarter")


def _r_half(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "the first half of the year", "the second half of 2024"."""
    half = 1 if match.group("ord") in ("first", "1st") else 2
    return _period_of_base(state, match, prep, half, 6, "half")


def _period_of_base(
    state: _State, match: re.Match[str], prep: str | None, index: int, size: int, kind: str
) -> _Res | None:
    first_month = (index - 1) * size + 1
    if match.group(0).endswith((" quarter", " half")):  # no "of ..." part
        year = _period_year(state.anchor, first_month, size, _bias(state, prep))
        relative, explicit = True, False
    else:
        base = _base(state, match, prep)
        if base is None or base.granularity != "year" or base.from_ is None:
            return None
        year, relative, explicit = base.from_.year, base.relative, base.explicit_year
    first = dt.date(year, first_month, 1)
    last = _month_days(year, first_month + size - 1)[1]
    return _Res(first, last, kind, relative=relative, explicit_year=explicit)


def _r_vague(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "early 2025", "mid-2025", "late last year", "the end of the year", "mid-February"."""
    base = _base(state, match, prep)
    if base is None:
        return None
    part = match.group("part") or match.group("edge") or match.group("edge2") or "end"
    return _part_of(base, part)


def _r_seasonedge(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "by the end of the summer", "the start of winter 2025": one month of the season."""
    season = match.group("season")
    if match.group("y"):
        year, relative = int(match.group("y")), False
    else:
        year, relative = _season_year(state, season, prep), True
    first, _last = _season_days(year, season)
    index = {"start": 0, "beginning": 0, "middle": 1}.get(match.group("edge"), 2)
    year, month = _month_plus(first, index)
    return _Res(*_month_days(year, month), "month", relative=relative, explicit_year=not relative)


def _season_year(state: _State, season: str, prep: str | None) -> int:
    """The year of the season the article is in, if it is in one of that name (in January,
    "by the end of the winter" is the winter under way, which began the previous December);
    else the one the preposition or a future cue points to."""
    anchor = state.anchor
    for year in (anchor.year - 1, anchor.year):
        first, last = _season_days(year, season)
        if first <= anchor <= last:
            return year
    return _infer_year(anchor, _SEASON_MONTHS[season], _bias(state, prep))


def _r_yearend(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    base = _Res(*_year_days(state.anchor.year), "year", relative=True)
    return _part_of(base, "end")


def _r_earlier(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "earlier this month", "later this year", "so far this year", "earlier today"."""
    anchor = state.anchor
    if match.group("ytd"):
        return _Res(dt.date(anchor.year, 1, 1), anchor, "range", relative=True)
    unit = match.group("unit") or match.group("unit2") or "day"
    direction = match.group("dir") or match.group("dir2") or "earlier"
    if unit == "year":
        first, last = _year_days(anchor.year)
    elif unit == "month":
        first, last = _month_days(anchor.year, anchor.month)
    elif unit == "week":
        first, last = _week_days(anchor)
    else:
        return _Res(anchor, anchor, "day", relative=True)
    if direction == "later":
        return _Res(anchor, last, "range", relative=True)
    return _Res(first, anchor, "range", relative=True)


_UNIT_DELTAS: dict[str, relativedelta] = {
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "month": relativedelta(months=1),
    "quarter": relativedelta(months=3),
    "year": relativedelta(years=1),
    "decade": relativedelta(years=10),
}


def _unit_delta(unit: str, count: int) -> relativedelta:
    singular = unit[:-1] if unit.endswith("s") else unit
    if singular == "hour":
        return relativedelta(days=max(1, -(-count // 24)))
    return _UNIT_DELTAS[singular] * count


def _r_span(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "the past two years", "the next five years", "within three months"."""
    count = _count(match.group("n"))
    direction = match.group("dir")
    if count is None or count > 500 or direction == "first":
        return None
    unit = match.group("unit")
    if (count > 1) != unit.endswith("s"):
        return None  # "the past two year", "the last 1 years": not English time spans
    delta = _unit_delta(unit, count)
    anchor = state.anchor
    if direction in ("past", "last", "previous"):
        return _Res(_safe(anchor, -delta), anchor, "range", relative=True)
    return _Res(anchor, _safe(anchor, delta), "range", relative=True)


def _r_later(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "in two weeks", "in three months' time": the day, week, month or year that far ahead.

    Only after "in" and with a future cue in the sentence ("will arrive in two weeks"):
    "output doubled in two years" measures a past stretch, not a date.
    """
    if prep != "in" or not _future_context(state.lowered, state.expr_start):
        return None
    count = _count(match.group("n"))
    unit = match.group("unit")
    if count is None or count > 100 or (count > 1) != unit.endswith("s"):
        return None
    target = _safe(state.anchor, _unit_delta(unit, count))
    singular = unit.rstrip("s")
    if singular == "week":
        return _Res(*_week_days(target), "week", relative=True)
    if singular == "month":
        return _Res(*_month_days(target.year, target.month), "month", relative=True)
    if singular == "year":
        return _Res(*_year_days(target.year), "year", relative=True)
    return _Res(target, target, "day", relative=True)


def _month_plus(day: dt.date, months: int) -> tuple[int, int]:
    """Year and month ``months`` after the month of ``day`` (cheaper than relativedelta)."""
    year, index = divmod(day.year * 12 + day.month - 1 + months, 12)
    return year, index + 1


def _plus_days(day: dt.date, days: int) -> dt.date:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def _safe(day: dt.date, delta: relativedelta) -> dt.date:
    try:
        return day + delta
    except (OverflowError, ValueError):
        return dt.date.max if delta.years >= 0 and delta.days >= 0 else dt.date.min


_VAGUE_SPANS = {"days": (0, 7), "weeks": (0, 28), "months": (6, 0), "years": (60, 0)}


def _r_coming(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "in the coming months" (6 months ahead), "within weeks" (4 weeks ahead), "in the next
    days", "in the nearest months" (as translated text has it), "in recent weeks" (back)."""
    unit = match.group("unit")
    months, days = _VAGUE_SPANS.get(unit, (240, 0))
    delta = relativedelta(months=months, days=days)
    anchor = state.anchor
    if match.groupdict().get("dir") == "recent":
        return _Res(_safe(anchor, -delta), anchor, "range", relative=True)
    return _Res(anchor, _safe(anchor, delta), "range", relative=True)


def _r_ago(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "three days ago" (that day), "two weeks ago" (that week), "a year ago" (that year)."""
    count = _count(match.group("n"))
    if count is None or count > 500:
        return None
    unit = match.group("unit")
    day = _safe(state.anchor, -_unit_delta(unit, count))
    singular = unit.rstrip("s")
    if singular in ("day", "hour"):
        return _Res(day, day, "day", relative=True)
    if singular == "week":
        return _Res(*_week_days(day), "week", relative=True)
    if singular == "month":
        return _Res(*_month_days(day.year, day.month), "month", relative=True)
    if singular == "quarter":
        quarter = (day.month - 1) // 3 + 1
        return _Res(*_quarter_days(day.year, quarter), "quarter", relative=True)
    return _Res(*_year_days(day.year), "year", relative=True)


def _r_rel(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "last year", "this week", "next month", "the previous year", "last Tuesday"."""
    rel = match.group("rel")
    unit = match.group("unit").rpartition(" ")[2]  # fiscal years are read as calendar years
    anchor = state.anchor
    if match.group("wd"):
        if not _capitalised(state, match, "wd"):
            return None
        return _weekday(anchor, WEEKDAYS[match.group("wd")], rel)
    if match.group("mon"):
        if not _capitalised(state, match, "mon"):
            return None
        return _named_month(anchor, MONTHS[match.group("mon").rstrip(".")], rel)
    if rel in ("the past", "the last", "this past", "the coming", "the next"):
        if unit in _SEASON_MONTHS or unit in ("weekend", "quarter"):
            return None
        delta = _unit_delta(unit, 1)
        if rel in ("the coming", "the next"):
            return _Res(anchor, _safe(anchor, delta), "range", relative=True)
        return _Res(_safe(anchor, -delta), anchor, "range", relative=True)
    offset = _rel_offset(rel)
    if offset is None:
        return None
    return _relative_unit(anchor, unit, offset)


def _relative_unit(anchor: dt.date, unit: str, offset: int) -> _Res | None:
    if unit == "year":
        return _Res(*_year_days(anchor.year + offset), "year", relative=True)
    if unit == "month":
        year, month = _month_plus(anchor, offset)
        return _Res(*_month_days(year, month), "month", relative=True)
    if unit == "week":
        return _Res(*_week_days(anchor + dt.timedelta(weeks=offset)), "week", relative=True)
    if unit == "quarter":
        year, month = _month_plus(anchor, 3 * offset)
        return _Res(*_quarter_days(year, (month - 1) // 3 + 1), "quarter", relative=True)
    if unit == "decade":
        if offset == 0:
            start = anchor.year // 10 * 10
            return _Res(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "range", relative=True)
        if offset < 0:
            return _Res(_safe(anchor, relativedelta(years=-10)), anchor, "range", relative=True)
        return _Res(anchor, _safe(anchor, relativedelta(years=10)), "range", relative=True)
    if unit == "weekend":
        saturday = anchor + dt.timedelta(days=5 - anchor.weekday() + 7 * offset)
        return _Res(saturday, saturday + dt.timedelta(days=1), "range", relative=True)
    return _season(anchor, unit, offset)


_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_days(year: int, season: str) -> tuple[dt.date, dt.date]:
    """Meteorological seasons; the winter of a year runs from its December into February."""
    first = dt.date(year, _SEASON_MONTHS[season], 1)
    year, month = _month_plus(first, 2)
    return first, _month_days(year, month)[1]


def _season(anchor: dt.date, season: str, offset: int) -> _Res | None:
    """ "this summer", "last winter", "next spring"."""
    if season not in _SEASON_MONTHS:
        return None
    year = anchor.year
    if season == "winter" and anchor.month <= 2:
        year -= 1  # January's winter began in the previous December
    first, last = _season_days(year, season)
    if offset == 0 and season == "winter" and anchor < first:
        # Its January and February fall in this calendar year too: take the nearer winter.
        previous = _season_days(year - 1, season)
        if (anchor - previous[1]) < (first - anchor):
            first, last = previous
    if offset < 0 and last >= anchor:
        first, last = _season_days(year - 1, season)
    elif offset > 0 and first <= anchor:
        first, last = _season_days(year + 1, season)
    return _Res(first, last, "range", relative=True)


def _weekday(anchor: dt.date, weekday: int, rel: str | None) -> _Res:
    """ "on Tuesday" (the last one not after the anchor), "next Tuesday", "last Tuesday"
    (the Tuesday of the previous calendar week)."""
    back = (anchor.weekday() - weekday) % 7
    if rel in ("next", "the following", "the coming", "the next"):
        ahead = (weekday - anchor.weekday()) % 7 or 7
        day = anchor + dt.timedelta(days=ahead)
    elif rel in ("last", "the previous", "the last", "the past", "this past"):
        # News uses "last Wednesday" for the previous week's; this week's is "on Wednesday".
        day = _week_days(anchor)[0] - dt.timedelta(days=7 - weekday)
    elif rel == "this":
        day = _week_days(anchor)[0] + dt.timedelta(days=weekday)
    else:
        day = anchor - dt.timedelta(days=back)
    return _Res(day, day, "day", relative=True)


def _named_month(anchor: dt.date, month: int, rel: str) -> _Res:
    """ "last May" (the latest May before this month), "next March", "this June"."""
    year = anchor.year
    if rel in ("last", "the previous", "the past", "the last", "this past"):
        year = year if month < anchor.month else year - 1
    elif rel in ("next", "the following", "the coming", "the next"):
        year = year if month > anchor.month else year + 1
    return _Res(*_month_days(year, month), "month", relative=True)


def _r_deictic(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "yesterday", "today", "tomorrow", "recently" (the 30 days before the anchor)."""
    word = match.group("w")
    anchor = state.anchor
    if word in ("recently", "lately", "of late"):
        return _Res(_plus_days(anchor, -30), anchor, "range", relative=True)
    if word == "today" and _generic_today(state, match):
        return None
    shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    day = _plus_days(anchor, shift)
    return _Res(day, day, "day", relative=True)


_MODAL_BEFORE = re.compile(r"(?:must|can|cannot|should|could|may|might|would) \Z")


def _generic_today(state: _State, match: re.Match[str]) -> bool:
    """ "Industry must today produce ...": after a modal, "today" means nowadays."""
    start = match.start()
    return _MODAL_BEFORE.search(state.lowered, max(0, start - 12), start) is not None


def _r_iso(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    return _date(int(match.group("y")), int(match.group("m")), int(match.group("d")))


def _date(year: int, month: int, day: int) -> _Res | None:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    return _Res(value, value, "day", relative=False, explicit_year=True)


def _r_numdate(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "14.11.2023" and "14/11/2023" are day first; "11/14/2023" is read as US order."""
    first, second = int(match.group("a")), int(match.group("b"))
    year = int(match.group("y"))
    if second > 12 and first <= 12 and "/" in match.group(0):
        first, second = second, first
    return _date(year, second, first)


def _r_daymonth(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "17 February", "Feb. 17, 2024", "17-20 February 2024", "Tuesday, 27 February"."""
    if not _capitalised(state, match, "mon"):
        return None
    month = MONTHS[match.group("mon").rstrip(".")]
    day = int(match.group("d").rstrip("stndrh"))
    day2 = int(match.group("d2").rstrip("stndrh")) if match.group("d2") else None
    if match.group("y"):
        year, relative = int(match.group("y")), False
    else:
        year, relative = _infer_year(state.anchor, month, _bias(state, prep)), True
        if match.group("wd"):
            year = _year_matching_weekday(year, month, day, WEEKDAYS[match.group("wd")])
    first = _date(year, month, day)
    if first is None:
        return None
    first.relative = relative
    first.explicit_year = not relative
    if day2 is None:
        return first
    last = _date(year, month, day2)
    if last is None or last.from_ is None or first.from_ is None or last.from_ <= first.from_:
        return None
    return _Res(first.from_, last.from_, "range", relative=relative, explicit_year=not relative)


def _year_matching_weekday(year: int, month: int, day: int, weekday: int) -> int:
    for candidate in (year, year - 1, year + 1):
        try:
            if dt.date(candidate, month, day).weekday() == weekday:
                return candidate
        except ValueError:
            continue
    return year


def _r_monrange(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "January-March 2024", "from May to July"."""
    if not (_capitalised(state, match, "mon") and _capitalised(state, match, "mon2")):
        return None
    first_month = MONTHS[match.group("mon").rstrip(".")]
    last_month = MONTHS[match.group("mon2").rstrip(".")]
    if match.group("y"):
        year, relative = int(match.group("y")), False
    else:
        year, relative = _infer_year(state.anchor, last_month, _bias(state, prep)), True
    first_year = year if first_month <= last_month else year - 1
    first = _month_days(first_year, first_month)[0]
    last = _month_days(year, last_month)[1]
    return _Res(first, last, "range", relative=relative, explicit_year=not relative)


def _r_monyear(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    if not _capitalised(state, match, "mon"):
        return None
    month = MONTHS[match.group("mon").rstrip(".")]
    year = int(match.group("y"))
    return _Res(*_month_days(year, month), "month", relative=False, explicit_year=True)


def _r_month(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """A bare month: capitalised, and "May", "March" or an abbreviation only after a word
    such as "in" or "since"."""
    if not _capitalised(state, match, "mon"):
        return None
    name = match.group("mon").rstrip(".")
    if prep is None and (name in ("may", "march") or name not in _FULL_MONTHS):
        return None
    month = MONTHS[name]
    year = _infer_year(state.anchor, month, _bias(state, prep))
    return _Res(*_month_days(year, month), "month", relative=True)


def _r_weekday(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    if not _capitalised(state, match, "wd"):
        return None
    rel = "next" if _bias(state, prep) > 0 else None
    return _weekday(state.anchor, WEEKDAYS[match.group("wd")], rel)


def _r_yrange(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "2024-2025", "2024-25", "2022/23"."""
    first = int(match.group("y"))
    second_text = match.group("y2")
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first or second - first > 50:
        return None
    return _Res(
        dt.date(first, 1, 1), dt.date(second, 12, 31), "range", relative=False, explicit_year=True
    )


def _r_decade(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    start = int(match.group("dec"))
    return _Res(
        dt.date(start, 1, 1),
        dt.date(start + 9, 12, 31),
        "range",
        relative=False,
        explicit_year=True,
    )


def _r_fy(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """Fiscal years are read as calendar years ("FY2024", "fiscal 2024", "FY24")."""
    text = match.group("y") or match.group("y2") or match.group("y3")
    year = int(text) if text else 2000 + int(match.group("yy"))
    return _Res(*_year_days(year), "year", relative=False, explicit_year=True)


def _r_qn(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "Q1 2024", "Q3'24"; a bare "Q3" needs a preposition ("in Q3")."""
    return _numbered_period(state, match, prep, int(match.group("q")), 3, "quarter")


def _r_hn(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "H1 2024", "H2'25"; a bare "H2" needs a preposition."""
    return _numbered_period(state, match, prep, int(match.group("h")), 6, "half")


def _numbered_period(
    state: _State, match: re.Match[str], prep: str | None, index: int, size: int, kind: str
) -> _Res | None:
    if not state.text[match.start()].isupper():
        return None
    first_month = (index - 1) * size + 1
    if match.group("y"):
        year, relative = int(match.group("y")), False
    elif match.group("yy"):
        year, relative = 2000 + int(match.group("yy")), False
    elif prep is None:
        return None
    else:
        year, relative = _period_year(state.anchor, first_month, size, _bias(state, prep)), True
    first = dt.date(year, first_month, 1)
    last = _month_days(year, first_month + size - 1)[1]
    return _Res(first, last, kind, relative=relative, explicit_year=not relative)


def _r_season(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """ "summer 2024", "the winter of 2022", "in spring" (the nearest one)."""
    season = match.group("season")
    if match.group("y"):
        first, last = _season_days(int(match.group("y")), season)
        return _Res(first, last, "range", relative=False, explicit_year=True)
    if prep not in _EVENT_PREPS or state.lowered.startswith(" of ", match.end()):
        return None  # "the fall of Bakhmut", "expected to fall", "the spring offensive"
    if season == "fall" and not match.group(0).startswith("the "):
        return None
    first_month = _SEASON_MONTHS[season]
    year = _infer_year(state.anchor, first_month, _bias(state, prep))
    first, last = _season_days(year, season)
    return _Res(first, last, "range", relative=True)


def _r_year(state: _State, match: re.Match[str], prep: str | None) -> _Res | None:
    """A bare year needs context: a preposition, "2022's", or a list ("2023 and 2024")."""
    year = int(match.group("y"))
    end = match.end()
    lowered = state.lowered
    has_context = (
        prep is not None or lowered.startswith(("'s", "’s"), end) or _listed(state, match.start())
    )
    if not has_context or (prep in _AMOUNT_PREPS and _counted_noun_after(state, end)):
        return None  # "out of 2000 shells" is a count
    return _Res(*_year_days(year), "year", relative=False, explicit_year=True)


_AMOUNT_PREPS = frozenset({"of", "to", "for", "over", "around", "circa", "up to"})
_NEXT_WORD = re.compile(r" ([a-z]+)(?![a-z'’])")


def _counted_noun_after(state: _State, end: int) -> bool:
    """Whether a lower-case plural follows, as in "of 2024 people"."""
    match = _NEXT_WORD.match(state.text, end)
    if match is None:
        return False
    word = match.group(1)
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _listed(state: _State, start: int) -> bool:
    gap_start = state.last_end
    if start - gap_start > 7 or start < gap_start:
        return False
    return _LIST_GAP.search(state.lowered, gap_start, start) is not None


_Resolver = Callable[[_State, re.Match[str], str | None], _Res | None]
_RESOLVERS: dict[str, _Resolver] = {
    "corr": _r_corr,
    "anaphor": _r_anaphor,
    "invasion": _r_invasion,
    "months": _r_months,
    "quarter": _r_quarter,
    "half": _r_half,
    "seasonedge": _r_seasonedge,
    "vague": _r_vague,
    "yearend": _r_yearend,
    "earlier": _r_earlier,
    "span": _r_span,
    "coming": _r_coming,
    "within": _r_coming,
    "later": _r_later,
    "ago": _r_ago,
    "rel": _r_rel,
    "deictic": _r_deictic,
    "iso": _r_iso,
    "numdate": _r_numdate,
    "dayfirst": _r_daymonth,
    "monthfirst": _r_daymonth,
    "monrange": _r_monrange,
    "monyear": _r_monyear,
    "yrange": _r_yrange,
    "decade": _r_decade,
    "fy": _r_fy,
    "qn": _r_qn,
    "hn": _r_hn,
    "season": _r_season,
    "year": _r_year,
    "month": _r_month,
    "weekday": _r_weekday,
}
