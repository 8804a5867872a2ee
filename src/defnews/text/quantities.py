"""Find quantities in news text: money, percentages, counts of things, calibres.

`find_quantities` returns `Amount` objects whose ``start``,
``end`` and ``text`` point exactly into the input. Two cheap scans (digit runs, number words)
find candidates; each candidate is then read by a small hand-written parser that looks a few
words to the left (currency, hedge words, "between") and to the right (multiplier, range,
currency, "%", the counted noun). Every regex here is anchored or bounded, so the cost is
linear in the length of the text.

Rules worth knowing (see ``docs/time-expressions.md`` for the time side):

* Counted noun: up to five content words after the number are read (a function word or
  punctuation ends the run). The unit is the first lower-case plural among them, extended
  over plurals right after it ("252 defense sector companies" gives ``companies``,
  "150 armoured personnel carriers" gives ``carriers``); irregular plurals and mass nouns
  ("aircraft", "personnel", "equipment") count as plurals; "24 F-16s" keeps ``F-16s``.
  After a classifier ("types", "units", "rounds", "tonnes", "batteries"...) an
  ``of``-complement is added, reduced to its head (its first plural or mass noun, else its
  last plain word), dropping adjectives and adverbs: "46 types of domestically
  manufactured equipment" gives ``types of equipment``. For a count of one the last plain
  word is the (singular) unit ("one tank"). Durations ("two years") are not quantities.
  A count of one written as a word ("one diplomat said") is an article, not a figure, and
  nouns that number an argument ("three reasons", "two ways") are not counted.
* Rates: "a/per/each/every day|week|month|quarter|year" after a count makes it a rate:
  "150 airframes a month" gives ``airframes per month``, "six a month" ``per month``.
* Elided nouns: a whole number of at least two with no noun after it is a count when the
  context says so: a rate ("ten a week"), a partitive ("three of them", "two of those
  deals" gives ``deals``), "more" ("hire 60 more by May"), a hedge ("more than twenty"),
  or the words before ("there were 600", "a batch of 100", "rising to 400"); never after
  "the" ("the two of them"). Its unit is empty unless the partitive names it.
* Bare numbers without unit, currency or percent are only kept when hedged ("more than
  1,000"), multiplied ("5 million") or written with thousands separators ("1,000").
* Page furniture is skipped by its line, never by its number: related-article links
  ("Read also: ..."), cookie notices, lines ending in a call-to-action arrow, and short
  lines of icons and figures with almost no lower-case words (exchange-rate, weather and
  view-count widgets, menu bars).
* Multiples ("tripled", "fourfold", "ten times more", "twice as much") are amounts with unit
  ``times`` (`defnews.text.multiples`); a bare "three times" counts occurrences and is not.
* Years ("for 2023 provides", "the agency's 2024 contracts"), dates, clock times, ordinals,
  phone numbers, labels
  ("Article 5"), model names ("F-16", "Leopard 2A6", "M777", "Leopard 2 tanks",
  "PzH 2000") and numbers glued to letters are skipped. A number right after a capitalised
  word is read as a name unless money, a percentage or a multiplier follows.
* Calibres and measures ("155mm", "120 mm", "300 km") have their unit and end there: the
  noun after them is not counted. Calibres name a kind of weapon, not an amount of anything,
  so they are read (to keep their number from being counted) but not returned.
* Vague amounts: "dozens of" = 12, "hundreds of" = 100, "thousands of" = 1000, "tens of
  thousands of" = 10000, "a handful of" = 5 ... with ``approx=True`` and the phrase as
  qualifier (not before a distance: "hundreds of kilometres" is how far, not how many);
  "several"/"a few" = 3 and "a couple of" = 2 before a multiplier; "a six-figure sum" =
  100000..999999, "a three-digit million sum" = 100..999 million. "Half of", "two-thirds
  of", "a quarter of", "a fifth of" (or hedged: "roughly a third.", "barely half") are
  percentages rounded to whole points as reporters round them: a third is 33, two-thirds
  67; "a quarter of a million" is 250000.
* Money: symbols ($ € £ ₴ ¥ ₩ ₹ ₺ ₽ ₪), ISO codes before or after the number (UAH, NOK,
  KRW, TRY ...), currency words ("kronor", "Danish crowns", "zł", "yen", "won" only after
  a scale), multipliers glued or spaced ("bn", "mln", "mn", "mld", "Mrd."). In a range a
  scale on the second number scales the first only when the first is the smaller figure
  ("20-30 million", but "between UAH 500,000 and UAH 8 million").
* European grouping is read when unambiguous: "1.000.000", "1.000,50", "1 000"; a lone
  "1.500" is 1.5, and "2,5" is 2.5 only before a multiplier, "%" or a currency.
"""

from __future__ import annotations

import re
import unicodedata
from operator import attrgetter

from defnews.models import Amount
from defnews.text._numbers import (
    HEDGES,
    MONTHS,
    NUMBER_WORDS,
    SCALES,
    lower_text,
    parse_number_words,
    word_alternation,
)
from defnews.text.multiples import find_multiples

__all__ = ["find_quantities"]


# --- candidate scans -----------------------------------------------------------------------

_DIGIT_SCAN = re.compile(r"\d[\d,.]*")
_WORD_STARTS = [
    *NUMBER_WORDS,
    "a dozen",
    "a hundred",
    "a thousand",
    "a million",
    "a billion",
    "a trillion",
    "a few",
    "a couple of",
    "a third",
    "a quarter",
    "a fifth",
    "a tenth",
    "a handful",
    "a half",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "tens",
    "scores",
    "several",
    "half",
]
_WORD_SCAN = re.compile(
    '[ \n\t(\u201c"\u2018\\[/\u00a0](' + word_alternation(_WORD_STARTS) + r")(?![a-z])"
)

# --- number tokens ---------------------------------------------------------------------------

_NUM = re.compile(
    r"""
    (?P<us>[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?)(?![\d,]\d)         # 1,000,000.5
    | (?P<eu>[1-9]\d{0,2}(?:(?:\.\d{3}){2,}(?:,\d+)?|\.\d{3},\d+))(?![\d.]\d)  # 1.000.000
    | (?P<sp>[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3}(?!\d)(?!-?(?:mm|millimet)))+(?:[.,]\d+)?)
    # 1 000 000, but "400 122-mm rounds" is 400 rounds of a calibre
    | (?P<plain>\d+(?:[.,]\d+)?)                                  # 46, 1.5, 2,5
    """,
    re.VERBOSE,
)
_NUMBER_WORD_RUN = re.compile(
    "(?:"
    + word_alternation([*NUMBER_WORDS, "hundred", "thousand", "million", "billion", "trillion"])
    + r")(?:(?:-| | and )(?:"
    + word_alternation([*NUMBER_WORDS, "hundred", "thousand", "million", "billion", "trillion"])
    + r")){0,8}(?![a-z])"  # bounded: a run of number words is never longer than this
)
_PHONE = re.compile(r"\+?\(?\d{2,4}\)?(?:[ \-.]\d{2,4}){2,}(?!\d)")

# --- left context ---------------------------------------------------------------------------

_CODES = (
    "EUR|USD|GBP|UAH|PLN|SEK|NOK|DKK|CHF|CAD|AUD|JPY|CZK|RUB|NZD|KRW|TRY|INR|CNY|ILS|HUF|RON"
    "|ISK|BGN|SGD|HKD"
)
_CODE_SET = frozenset(_CODES.split("|"))
_CURRENCY_BEFORE = re.compile(
    r"(?:(?P<pre>US|U\.S\.|C|A|NZ|HK)?(?P<sym>[$€£₴¥₩₹₺₽₪])|(?P<code>" + _CODES + r"))"
    r"[ \u00a0\u202f]?\Z"
)
_SYMBOLS = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "₴": "UAH",
    "¥": "JPY",
    "₩": "KRW",
    "₹": "INR",
    "₺": "TRY",
    "₽": "RUB",
    "₪": "ILS",
}
_MARKS = frozenset(_SYMBOLS)
_DOLLAR_PREFIXES = {"US": "USD", "U.S.": "USD", "C": "CAD", "A": "AUD", "NZ": "NZD", "HK": "HKD"}

_OPENER_BEFORE = re.compile(r"(?<![a-z])(?P<open>between|from)[ \u00a0\u202f]\Z")
_LEFT = re.compile(
    r"(?<![a-z])(?:(?P<open>between|from)|(?P<q>"
    + word_alternation([*HEDGES, "barely", "scarcely", "only just"])
    + r"))"
    r"[ \u00a0\u202f]\Z|(?P<q2>~)\Z"
)
_SPACES_TILDE = " \u00a0\u202f~"
_YEAR_BEFORE = re.compile(
    r"(?<![a-z])(?:in|since|by|until|till|through|during|of|from|to|before|after|the|early"
    r"|mid|late|end|fiscal|year)[ \u00a0\u202f]\Z"
)
_MONTH_AFTER = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,7}\.?(?![A-Za-z])"
)

# --- right context --------------------------------------------------------------------------

_ATTACHED = re.compile(
    r"(?P<s>bn|bln|mln|mn|m|b|k|tn|trn|mm|cm|km|kg|kt|mw|gw|st|nd|rd|th|s)(?![a-z0-9])"
)
_MULTIPLIER_AFTER = re.compile(
    r"(?:[ \u00a0\u202f]|-)(?P<m>million|mln|mn|billion|bln|bn|trillion|trn|tn|thousand|mrd|mio"
    r"|mld|mlrd)(?:(?<=mrd|mio|mld|mln|bln|lrd)\.(?=[ \u00a0\u202f](?:euro|eur|usd|dollar"
    r"|zł|zlot|pln|uah|hryvn|czk|kč|rub)))?(?![a-z])"
    # abbreviations kept by translated text: "4 Mrd. Euro", "1,2 mld zł"; the dot is the
    # abbreviation's only when a currency follows, else it ends the sentence
)
_MULTIPLIERS = {
    "m": 1e6,
    "mio": 1e6,
    "mrd": 1e9,
    "mld": 1e9,
    "mlrd": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "billion": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "trillion": 1e12,
    "k": 1e3,
    "thousand": 1e3,
}
_MONEY_ONLY_MULTIPLIERS = frozenset({"m", "b"})
_MEASURES = {"mm": "mm", "cm": "cm", "km": "km", "kg": "kg", "kt": "kt", "mw": "MW", "gw": "GW"}
_CURRENCY_WORDS = {
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "sterling": "GBP",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "hryvnas": "UAH",
    "hryvna": "UAH",
    "hryvnyas": "UAH",
    "hryvnya": "UAH",
    "hryvni": "UAH",
    "zlotys": "PLN",
    "zloty": "PLN",
    "zlotych": "PLN",
    "zł": "PLN",
    "won": "KRW",
    "swiss francs": "CHF",
    "danish kroner": "DKK",
    "danish krone": "DKK",
    "danish crowns": "DKK",
    "norwegian kroner": "NOK",
    "norwegian krone": "NOK",
    "norwegian crowns": "NOK",
    "swedish kronor": "SEK",
    "swedish krona": "SEK",
    "swedish crowns": "SEK",
    "kronor": "SEK",
    "kroner": "DKK",
    "czech korunas": "CZK",
    "czech koruna": "CZK",
    "czech crowns": "CZK",
    "korunas": "CZK",
    "koruna": "CZK",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "lira": "TRY",
    "liras": "TRY",
    "shekels": "ILS",
    "forints": "HUF",
    "forint": "HUF",
    "lei": "RON",
    "rubles": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rouble": "RUB",
}
_UNIT_AFTER = re.compile(
    r"(?P<pct>[ \u00a0\u202f]?%|[ \u00a0\u202f](?:per[ \u00a0]?cent|percent|pct)(?![a-z]))"
    r"|[ \u00a0\u202f](?P<pp>percentage points?)(?![a-z])"
    r"|[ \u00a0\u202f]?(?P<sym>[€$£₴])(?![ \u00a0]?\d)"
    r"|[ \u00a0\u202f](?P<word>" + word_alternation(_CURRENCY_WORDS) + r")(?![a-z])"
    r"|[ \u00a0\u202f](?P<code>" + _CODES.lower() + r")(?![a-z])"
    r"|(?:[ \u00a0\u202f]|-)?(?P<u>mm|cm|km|kg|mw|gw)(?![a-z0-9])"
)
_RANGE_TAIL = re.compile(
    r"(?P<pct>[ \u00a0\u202f]?%)?"
    r"(?P<sep>[ \u00a0\u202f]?[-–—][ \u00a0\u202f]?|[ \u00a0\u202f](?:to|and)[ \u00a0\u202f])"
    r"(?P<cur>(?:US|C|A)?[$€£₴][ \u00a0]?|(?:" + _CODES + r")[ \u00a0])?(?=\d)"
)
_NEXT_WORD = re.compile(
    r"[ \u00a0\u202f](?P<w>[A-Za-z0-9][A-Za-z0-9'’\-]*[A-Za-z0-9]|[A-Za-z])(?![A-Za-z0-9])"
)
_OF = re.compile(r"[ \u00a0\u202f]of(?=[ \u00a0\u202f])")
_NOT_AN_AMOUNT_AFTER = re.compile(
    r"[ \u00a0\u202f]?(?:a\.m\.|p\.m\.|am|pm|gmt|utc|cet|eet|eest|cest|hrs|o['’]clock"
    r"|times|fold|-fold)(?![a-z])"
)
_RATE_AFTER = re.compile(
    r"[ \u00a0\u202f](?:a|an|per|each|every)[ \u00a0\u202f]"
    r"(?P<t>day|week|month|quarter|year|fortnight)(?![a-z])"
)
_PARTITIVE = re.compile(
    r"[ \u00a0\u202f]of[ \u00a0\u202f]"
    r"(?:(?P<det>the|those|these|its|their|our)(?=[ \u00a0\u202f]))?"
    r"(?(det)|(?P<pro>them|those|these|which|whom|us)(?![a-z]))"
)
_ELIDED_BEFORE = re.compile(
    r"(?<![a-z])(?:there (?:are|were|was|is|will be|would be|had been|have been)"
    r"(?: (?:only|just|now|already|still|about))?"
    r"|(?:batch|batches|total|tranche|fleet|order|consignment|shipment|contingent|delivery)"
    r" of|(?:ris(?:e|es|ing)|rose|risen|increas(?:e|es|ed|ing)|grow(?:s|ing|n)?|grew"
    r"|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?) to)[ \u00a0\u202f]\Z"
)
_THE_BEFORE = re.compile(r"(?<![a-z])(?:the|these|those)[ \u00a0\u202f]\Z")
_COMPOUND_AFTER = re.compile(r"[-–][a-z]")  # "10-year", "two-week": modifiers, not amounts

_VAGUE = re.compile(
    r"(?P<v1>tens|hundreds|dozens|scores)"
    r"(?: of (?P<v2>thousands|millions|billions)(?: of(?= )|(?= (?:a|per|each|every) ))| of(?= ))"
    r"|(?P<v3>dozens|hundreds|thousands|millions|billions|a handful) of(?= )"
)
_VAGUE_BASE = {
    "tens": 10.0,
    "dozens": 12.0,
    "scores": 20.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "a handful": 5.0,
}
_VAGUE_DISTANCES = frozenset({"kilometres", "kilometers", "miles", "metres", "meters", "feet"})
"""Units after which a vague amount describes distance, not a figure ("hundreds of miles")."""
_FEW = re.compile(
    r"(?P<q>several|a few|a couple of) (?P<m>dozen|hundred|thousand|million|billion)(?![a-z])"
)
_FEW_VALUE = {"several": 3.0, "a few": 3.0, "a couple of": 2.0}
_FIGURE = re.compile(
    r"(?:an? )?(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]"
    r"(?:figure(?: (?P<m>thousand|million|billion))?(?P<noun> (?:sum|amount|number|deal"
    r"|contract|payment|investment|fee|salary|price|order|budget))?"
    r"|digit(?: (?P<m2>thousand|million|billion))?(?P<noun2> (?:sum|amount|number)))"
    r"(?![a-z])"
)
"""A sum told by its number of digits: "a six-figure sum", "a three-digit million sum"."""
_FRACTION = re.compile(
    r"(?P<n>a|one|two|three|four)[- ](?P<f>half|thirds?|quarters?|fifths?|tenths?)"
    r"(?P<of>(?= of ))?(?![a-z\-])"
    r"|(?P<half>half)(?P<of2>(?= (?:of|the|its|their|all|these|those)(?![a-z])))?(?![a-z\-])"
)
_FRACTION_VALUE = {
    "half": 50.0,
    "third": 100.0 / 3,
    "thirds": 100.0 / 3,
    "quarter": 25.0,
    "quarters": 25.0,
    "fifth": 20.0,
    "fifths": 20.0,
    "tenth": 10.0,
    "tenths": 10.0,
}
_HALF_SCALE = re.compile(r"half an? (?P<m>dozen|hundred|thousand|million|billion)(?![a-z])")
_OF_A_SCALE = re.compile(r" of an? (?P<m>dozen|hundred|thousand|million|billion)(?![a-z])")
_NOT_HALF_BEFORE = re.compile(r"(?:first|second|latter|other|the|a|and a)[ \u00a0]\Z")
_TIME_AFTER_OF = re.compile(
    r" of (?:the |this |last |next |that )?(?:year|month|week|decade|century|\d{4}|"
    + word_alternation(m for m in MONTHS if len(m) > 3)
    + r")(?![a-z])"
)

# --- vocabularies ---------------------------------------------------------------------------


def _vocab(words: str) -> frozenset[str]:
    """A word set written as a whitespace-separated block, easier to read and extend."""
    return frozenset(words.split())


_FUNCTION_WORDS = _vocab(
    """
    a an the of to in on at by for from with without into onto over under about above below
    and or but nor so yet as than that which who whom whose this these those there here
    is are was were be been being has have had do does did will would shall should can could
    may might must its their his her our your my it they them he she we you i
    per each every any some all both either neither no not none such same other another
    more most less least many much few several very also only just even still already
    including include includes included while when where whether if after before during
    since until till between among against across through via toward towards within
    upon said says say told according ago later earlier last next first second third
    percent per cent times time
    """
) - {"more"}
_IRREGULAR_PLURALS = _vocab(
    """
    people personnel staff equipment aircraft ammunition materiel hardware weaponry
    artillery infantry men women children police cattle livestock software spacecraft
    watercraft hovercraft memoranda criteria
    """
)
_NOT_PLURAL = _vocab(
    """
    series news gas bias chaos lens atlas canvas whereas always perhaps besides afterwards
    towards sometimes various numerous previous serious obvious famous dangerous
    analysis basis crisis thesis status campus bonus virus plus minus thus bus yes its
    this his has was does is as us
    """
)
_TIME_UNITS = _vocab(
    """
    second seconds minute minutes hour hours day days week weeks month months year years
    decade decades century centuries fortnight fortnights
    """
)
_DISCOURSE_NOUNS = _vocab(
    """
    reasons ways questions problems issues things points aspects factors lessons ideas words
    topics themes scenarios options challenges messages examples decisions sessions steps
    priorities conclusions takeaways answers arguments principles pillars tasks goals
    """
)
"""Nouns that number the parts of an argument ("three reasons", "two ways"), not things."""
_CLASSIFIERS = _vocab(
    """
    types kinds sorts models varieties categories classes units pieces items sets batches
    lots rounds tons tonnes kilograms kilos pounds barrels litres liters gallons pairs
    boxes crates containers pallets packages shipments consignments samples batteries
    squadrons battalions brigades regiments
    """
)
_LABEL_NOUNS = _vocab(
    """
    no no. nos nos. number article articles paragraph section chapter resolution page pages
    item phase stage level type version block model mark mk series flight route gate room
    building line lines grade class tier annex appendix figure table clause point
    """
)
_YEAR_CONTEXT = _vocab(
    """
    in since by until till through during of from to before after the this its their our
    his her early mid late end fiscal year between and or spring summer autumn fall winter
    for
    """
)
_PROPER_OK = frozenset(w.capitalize() for w in _FUNCTION_WORDS | {"more", "total"}) | {
    "Approximately",
    "Approx.",
    "Around",
    "Nearly",
    "Almost",
    "Roughly",
    "Estimated",
    "Circa",
    "Additional",
    "Further",
    "Exactly",
    "Precisely",
    "Total",
    "Overall",
}
_SCALE_WORDS: dict[str, float] = {**SCALES, "dozen": 12.0}
_A_SCALE = re.compile(r"an? (?P<m>dozen|hundred|thousand|million|billion|trillion)(?![a-z])")
_DOZEN_AFTER = re.compile(r" dozen(?![a-z])")
_SCALE_AFTER = re.compile(r" (?P<m>million|billion|trillion|thousand)(?![a-z])")
_WORD_TOKEN = re.compile(r"[- ]?[a-z]+")
_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z0-9\-]*[A-Z0-9]s")
_SPACES = " \u00a0\u202f"


class _Reading:
    """What the parsers learned about one number, filled in left to right."""

    __slots__ = (
        "approx",
        "counted",
        "currency",
        "elided",
        "end",
        "glued",
        "high",
        "qualifier",
        "reject",
        "scaled",
        "unit",
        "value",
    )

    def __init__(self, value: float, end: int) -> None:
        self.value = value
        self.end = end
        self.high: float | None = None
        self.unit = ""
        self.currency: str | None = None
        self.approx = False
        self.qualifier: str | None = None
        self.glued: str | None = None  # a multiplier written onto the digits: "2bn", "500m"
        self.scaled = False  # a multiplier was applied
        self.reject = False  # the context shows this is not a quantity
        self.elided = False  # no noun follows: "six a month", "there were 600", "60 more"
        self.counted = False  # ... and the context shows it counts things all the same


def find_quantities(text: str) -> list[Amount]:
    """Every money amount, percentage, count and measure in ``text``, sorted by start.

    Spans never overlap; each covers the hedge word, the currency, the number and its unit
    ("approximately 50%", "EUR 1.5 billion", "252 defense sector companies").
    """
    if not text:
        return []
    lowered = lower_text(text)
    hits = [(m.start(), False) for m in _DIGIT_SCAN.finditer(text)]
    hits += [(m.start(1) - 1, True) for m in _WORD_SCAN.finditer(" " + lowered)]
    hits.sort()
    results: list[Amount] = []
    consumed = 0
    for pos, is_word in hits:
        if pos < consumed:
            continue
        reader = _read_words if is_word else _read_digits
        found, skip_to = reader(text, lowered, pos, consumed)
        if found is not None and found.start >= consumed:
            if found.unit not in _CALIBRES:
                results.append(found)
            consumed = found.end
        else:
            consumed = max(consumed, skip_to)
    multiples = find_multiples(text, lowered)
    amounts = _merged(results, multiples) if multiples else results
    return _outside_furniture(text, lowered, amounts) if amounts else amounts


_CALIBRES = frozenset({"mm", "cm"})

# --- page furniture -------------------------------------------------------------------------

_FURNITURE_LINE_MAX = 400  # widgets, menus and banners are short; article paragraphs may not be
_RELATED_LINK = re.compile(
    r"(?:read (?:also|more)|see also|also read|related(?: articles?| news)?|more on this)"
    r"[ \u00a0]?[:|]"
)
_CALL_TO_ACTION_END = frozenset("▸►▶➜➔➡→")
_LINE_TOKEN = re.compile(r"[A-Za-z]{2,}|\d+(?:[.,]\d+)*")


def _outside_furniture(text: str, lowered: str, amounts: list[Amount]) -> list[Amount]:
    """``amounts`` without those on lines of page furniture: an exchange-rate or view-count
    widget, a menu, a cookie banner, a related-article link, an advertisement's call to
    action. Each line is judged once, and only lines that hold an amount are looked at."""
    kept: list[Amount] = []
    line_start = line_end = -1
    furniture = False
    for amount in amounts:
        if amount.start > line_end:
            line_start = text.rfind("\n", max(0, line_end), amount.start) + 1
            found = text.find("\n", amount.start)
            line_end = len(text) if found < 0 else found
            furniture = _is_furniture(text, lowered, line_start, line_end)
        if not furniture:
            kept.append(amount)
    return kept if len(kept) < len(amounts) else amounts


def _is_furniture(text: str, lowered: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is page furniture rather than article prose.

    The signals are those of the page, never of the number: a link label ("Read also:"), a
    cookie notice, a line ending in a call-to-action arrow, and short lines of icons or
    numbers with (almost) no lower-case words ("USD 41.21 ▲ EUR 44.63 ▼", "👁 4 812 💬 17",
    "☰ Menu 🔍 Search | Subscribe from $1").
    """
    if end - start > _FURNITURE_LINE_MAX:
        return False
    line = text[start:end].strip()
    if not line:
        return False
    low = lowered[start:end].strip()
    if _RELATED_LINK.match(low) or "cookie" in low or line[-1] in _CALL_TO_ACTION_END:
        return True
    if line[-1] in ".!?\"”'’)»:;":
        return False  # a sentence
    icons = sum(1 for char in line if char == "|" or _is_icon(char))
    if not icons:
        return False
    tokens = _LINE_TOKEN.findall(line)
    numbers = sum(1 for token in tokens if token[0].isdigit())
    words = len(tokens) - numbers
    lower_words = sum(1 for token in tokens if token[0].islower())
    if numbers >= 2 and numbers >= words and lower_words <= 1:
        return True  # a widget of figures: rates, weather, views and comments
    return "|" in line and icons >= 3 and lower_words <= 3  # a menu bar


def _is_icon(char: str) -> bool:
    """A pictograph, arrow or other symbol of the kind page widgets are drawn with (flags,
    which headlines use, are not)."""
    return (
        ord(char) >= 0x2190
        and not 0x1F1E6 <= ord(char) <= 0x1F1FF
        and unicodedata.category(char) in ("So", "Sm")
    )


def _merged(amounts: list[Amount], extra: list[Amount]) -> list[Amount]:
    """``amounts`` with each of ``extra`` that overlaps none of them, sorted by start.

    Both lists are sorted and ``amounts`` do not overlap one another, so one walk over both
    decides every overlap.
    """
    kept: list[Amount] = []
    index = 0
    for other in extra:
        while index < len(amounts) and amounts[index].end <= other.start:
            index += 1
        if index < len(amounts) and amounts[index].start < other.end:
            continue  # overlaps the first amount not yet behind it
        kept.append(other)
    return sorted([*amounts, *kept], key=_START) if kept else amounts


_START = attrgetter("start")


# --- digits ---------------------------------------------------------------------------------


def _read_digits(text: str, lowered: str, pos: int, floor: int) -> tuple[Amount | None, int]:
    """Read a quantity whose number starts with the digit at ``pos``; else where to skip to."""
    if _glued_before(text, pos):
        return None, _token_end(text, pos)
    number = _NUM.match(text, pos)
    if number is None:  # pragma: no cover - the scan only stops on digits
        return None, pos + 1
    kind = number.lastgroup or "plain"
    token = number.group()
    end = number.end()
    after = text[end : end + 2]
    if kind == "plain" and len(token) == 4 and "1900" <= token <= "2100":
        if not after or not (after[0] in _SPACES or after[0] == "%" or after[0].isalpha()):
            return None, end  # a year: "in 2022," "(2024)"
        if (
            after[0] in _SPACES
            and not after[1:].islower()
            and _YEAR_BEFORE.search(lowered, max(0, pos - 9), pos)
        ):
            return None, end  # "In 2022 Russia", "since 2014 the"
    elif after[:1] in _SPACES and after[1:].isupper() and _MONTH_AFTER.match(text, end + 1):
        return None, end  # "17 February", "1 Mar."
    if (after[:1] in " -." and after[1:].isdigit()) or (pos and text[pos - 1] in "+("):
        phone = _PHONE.match(text, pos - 1 if pos and text[pos - 1] == "+" else pos)
        if phone is not None and not (kind in ("sp", "us") and end >= phone.end()):
            return None, phone.end()
    if len(after) == 2 and after[0] in ".,:/" and after[1].isdigit():
        return None, _token_end(text, pos)  # "14.11.2023", "10:30", "1/2", "1,2,3"
    if kind == "sp" and after[:1] in _SPACES and after[1:].isdigit():
        return None, _token_end(text, pos)
    value, decimal_comma = _number_value(token, kind)
    if value is None or (token[0] == "0" and len(token) > 1 and token[1].isdigit()):
        return None, _token_end(text, pos)
    prev = _previous_word(text, pos)
    label = _label_kind(prev) if prev else None
    if label == "hard":
        return None, _token_end(text, pos)
    reading = _Reading(value, end)
    if not _read_suffix(text, lowered, reading):
        return None, _token_end(text, pos)
    currency, start = _currency_before(text, pos)
    left = (max(floor, start - 10), start)
    _read_right(text, lowered, reading, money=currency is not None, left=left)
    if currency is not None:
        if reading.currency not in (None, currency):
            return None, reading.end
        reading.currency = reading.unit = currency
    if decimal_comma and not (reading.scaled or reading.currency or reading.unit == "percent"):
        return None, _token_end(text, pos)  # "1,5" is a list unless money, "%" or "1,5 million"
    if label == "soft" and not (reading.currency or reading.scaled or reading.unit == "percent"):
        return None, _token_end(text, pos)  # "Leopard 2 tanks", "PzH 2000": names, not counts
    start = _read_left(lowered, start, reading, floor)
    if reading.elided:
        reading.counted = _elided_counts(lowered, start, floor, reading)
    if not _keep_number(lowered, token, kind, value, reading, prev):
        return None, max(end, _token_end(text, pos))
    return _amount(text, start, reading), reading.end


def _token_end(text: str, pos: int) -> int:
    """End of the word-like token at ``pos`` ("2A6", "14.11.2023"), to skip it whole."""
    end = pos
    limit = min(len(text), pos + 64)
    while end < limit and (text[end].isalnum() or text[end] in ".,:/-"):
        end += 1
    while end > pos + 1 and not text[end - 1].isalnum():
        end -= 1
    return end


def _glued_before(text: str, pos: int) -> bool:
    """Digits inside a word or a designation: "M777", "F-16", "PAC-3", "#5", "+380"."""
    if pos == 0:
        return False
    before = text[pos - 1]
    if before.isalpha() and text[max(0, pos - 3) : pos] in _CODE_SET:
        return pos >= 4 and text[pos - 4].isalpha()  # "EUR1.5bn" is money, "XEUR1" is not
    if before.isalnum() or before in "_#№+@&":
        return True
    if before in "-–/.:" and pos >= 2 and text[pos - 2].isalnum():
        return True
    return before == "." and pos >= 2 and text[pos - 2] in _SPACES


def _continues_as_date_or_list(text: str, end: int) -> bool:
    """Whether the number goes on as "14.11.2023", "10:30", "1/2" or "1,2,3"."""
    return end + 1 < len(text) and text[end] in ".,:/" and text[end + 1].isdigit()


def _number_value(token: str, kind: str) -> tuple[float | None, bool]:
    """The float a number token means, and whether it used a decimal comma."""
    if len(token) > 40:
        return None, False
    if kind == "us":
        return float(token.replace(",", "")), False
    if kind == "eu":
        return float(token.replace(".", "").replace(",", ".")), "," in token
    if kind == "sp":
        digits = token.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        return float(digits.replace(",", ".")), "," in digits
    if "," in token:
        return float(token.replace(",", ".")), True
    return float(token), False


def _previous_word(text: str, pos: int) -> str:
    """The word right before ``pos`` when one space separates them, else ""."""
    end = pos - 1
    if end < 1 or text[end] not in _SPACES:
        return ""
    low = max(0, end - 40)
    start = max(text.rfind(" ", low, end), text.rfind("\n", low, end), text.rfind("(", low, end))
    word = text[start + 1 : end] if start >= 0 else text[low:end]
    if word.endswith((",", ";", ":")):
        return ""  # "Kamyshin: 6 agreements": a clause ends there, no name runs on
    return word.strip("\"“‘'”’,;:")


def _label_kind(word: str) -> str | None:
    """How the word before a number makes it a name or a date rather than an amount.

    "hard": always ("Article 5", "No. 3", "May 9"). "soft": a capitalised word such as
    "Leopard 2" or "PzH 2000", unless money, a percentage or a multiplier follows
    ("Poland 4 mln zlotys"). None: an ordinary word ("about 30", "Ukraine's 46").
    """
    if not word[0].isalpha():
        return None
    lower = word.lower()
    if lower in _LABEL_NOUNS or lower.rstrip(".") in MONTHS:
        return "hard"
    if word[0].isupper() and word not in _PROPER_OK and word not in _CODE_SET:
        if word.endswith(("'s", "’s", "s'", "s’")) or word[-1] in _MARKS:
            return None
        return "soft"
    return None


def _read_suffix(text: str, lowered: str, reading: _Reading) -> bool:
    """Letters glued to the number: a multiplier, a calibre, or a reason to reject it."""
    end = reading.end
    if end >= len(text) or not text[end].isalpha():
        return True
    match = _ATTACHED.match(lowered, end)
    if match is None:
        return False
    suffix = match.group("s")
    if suffix in ("st", "nd", "rd", "th", "s"):
        return False
    reading.end = match.end()
    if suffix in _MEASURES:
        reading.unit = _MEASURES[suffix]
    else:
        reading.value *= _MULTIPLIERS[suffix]
        reading.glued = suffix
        reading.scaled = True
    return True


def _currency_before(text: str, pos: int) -> tuple[str | None, int]:
    """A currency mark written just before the number: "$", "US$", "€", "EUR ", "UAH"."""
    before = text[max(0, pos - 2) : pos]
    if not before or not (before[-1] in _MARKS or before[0] in _MARKS or before[0].isupper()):
        return None, pos
    match = _CURRENCY_BEFORE.search(text, max(0, pos - 6), pos)
    if match is None:
        return None, pos
    start = match.start()
    if start > 0 and text[start - 1].isalpha():
        return None, pos
    if match.group("code"):
        return match.group("code"), start
    symbol = match.group("sym")
    prefix = match.group("pre")
    if symbol == "$" and prefix:
        return _DOLLAR_PREFIXES[prefix], start
    return _SYMBOLS[symbol], match.start("sym")


def _read_right(
    text: str, lowered: str, reading: _Reading, *, money: bool, left: tuple[int, int]
) -> None:
    """Multiplier, range, percent, currency and counted noun to the right of digits."""
    if reading.unit:  # a calibre such as "155mm": the noun after it is not counted
        return
    if reading.glued is None:
        _read_multiplier(lowered, reading)
    _read_range(text, lowered, reading, left, money=money)
    if _read_unit_after(text, lowered, reading, measures=not money) or money:
        return
    if reading.glued in _MONEY_ONLY_MULTIPLIERS:
        reading.reject = True  # "500m" without money is metres or a designation
        return
    _read_noun(text, reading)


def _read_multiplier(lowered: str, reading: _Reading) -> None:
    match = _MULTIPLIER_AFTER.match(lowered, reading.end)
    if match is not None:
        reading.value *= _MULTIPLIERS[match.group("m")]
        reading.end = match.end()
        reading.scaled = True


def _read_range(
    text: str, lowered: str, reading: _Reading, left: tuple[int, int], *, money: bool
) -> None:
    """The high end of "20-30", "20 to 30", "between 20 and 30", "EUR 20-30 million".

    ``left`` is where to look for "between", which alone allows "and" as the joint. A
    currency on the second number only joins a range that began with money: "rose 9.6% to
    NOK 412.40" is a percentage and a price.
    """
    tail = _RANGE_TAIL.match(text, reading.end)
    if tail is None:
        return
    if tail.group("cur") and (not money or tail.group("pct")):
        return
    separator = tail.group("sep").strip(_SPACES)
    if separator == "and" and not _OPENER_BEFORE.search(lowered, *left):
        return
    number = _NUM.match(text, tail.end())
    if number is None or _continues_as_date_or_list(text, number.end()):
        return
    if separator in ("-", "–", "—") and _continues_range(text, number.end()):
        return  # "2023-11-14", "123-45-67"
    high, _comma = _number_value(number.group(), number.lastgroup or "plain")
    if high is None:
        return
    second = _Reading(high, number.end())
    if not _read_suffix(text, lowered, second) or second.unit:
        return
    if second.glued is None:
        _read_multiplier(lowered, second)
    if second.scaled and not reading.scaled and reading.value <= high:
        # "20-30 million" scales both; in "500,000 to 8 million" the scale is the second's
        reading.value *= second.value / high
        reading.scaled = True
    if second.value < reading.value:
        return
    reading.high = second.value
    reading.end = second.end


def _continues_range(text: str, end: int) -> bool:
    return end + 1 < len(text) and text[end] in "-–" and text[end + 1].isdigit()


def _read_unit_after(text: str, lowered: str, reading: _Reading, *, measures: bool) -> bool:
    """A percent sign, a currency or (for digits) a measure right after the number."""
    match = _UNIT_AFTER.match(lowered, reading.end)
    if match is None:
        return False
    group = match.lastgroup
    if group == "pct" or group == "pp":
        reading.unit = "percent" if group == "pct" else "percentage points"
    elif group == "u":
        if not measures:
            return False
        reading.unit = _MEASURES[match.group("u")]
    else:
        if group == "word" and match.group("word") == "won" and not reading.scaled:
            return False  # "1.5 trillion won" is money; "3 won" is a verb
        code = _currency_code(text, lowered, match)
        if code is None:
            return False
        reading.currency = reading.unit = code
    reading.end = match.end()
    return True


def _currency_code(text: str, lowered: str, match: re.Match[str]) -> str | None:
    group = match.lastgroup
    if group == "sym":
        return _SYMBOLS[match.group("sym")]
    if group == "code":
        code = match.group("code").upper()
        return code if text[match.start("code") : match.end("code")] == code else None
    word = match.group("word")
    if word.startswith("pound") and _OF.match(lowered, match.end()):
        return None  # "500 pounds of explosives" is a weight
    return _CURRENCY_WORDS[word]


def _read_noun(text: str, reading: _Reading) -> None:
    """The counted noun phrase: "defense sector companies", "types of ... equipment"."""
    words = _content_run(text, reading.end, 5)
    if not words:
        _read_elided(text, reading, reading.end)
        return
    first = words[0]
    if text[first[1]].isupper() and first[0].rstrip(".") in MONTHS:
        reading.reject = True  # "17 February", "1 Mar."
        return
    head = _pick_head(text, words, reading.value)
    if head is None:
        if first[0] == "more" and len(words) == 1:
            _read_elided(text, reading, first[2])
        elif first[0].endswith("ed") and text[first[1]].islower():
            _read_elided(text, reading, reading.end)  # "a batch of 100 arrived"
        return
    index, unit = head
    if unit in _TIME_UNITS or unit in _DISCOURSE_NOUNS:
        reading.reject = True  # durations ("two years") and "three reasons" are not amounts
        return
    reading.unit = unit
    reading.end = words[index][2]
    if unit in _CLASSIFIERS:
        _read_complement(text, reading)
    _read_rate(text, reading)


def _read_rate(text: str, reading: _Reading) -> bool:
    """ "a month" after a count makes it a rate: "150 airframes a month"."""
    rate = _RATE_AFTER.match(text, reading.end)
    if rate is None:
        return False
    reading.unit = f"{reading.unit} per {rate.group('t')}".lstrip()
    reading.end = rate.end()
    return True


def _read_elided(text: str, reading: _Reading, end: int) -> None:
    """A count whose noun is elided or comes earlier: "six a month", "three of them",
    "only two of those deals", "60 more". Whether a bare one counts at all ("there were 600",
    "more than twenty") is left to the left context, read later."""
    if reading.value < 2 or not reading.value.is_integer():
        return  # things are counted in whole numbers: "rose to 2.5" is a share or a rate
    reading.elided = True
    more = end != reading.end
    reading.end = end
    if _read_rate(text, reading):
        reading.counted = True
        return
    partitive = _PARTITIVE.match(text, end)
    if partitive is not None:
        if partitive.group("pro"):
            reading.end = partitive.end()
            reading.counted = True
            return
        words = _content_run(text, partitive.end(), 4)
        if any(not word[0][0].isalpha() for word in words):
            return  # "3 of the 27 member states": the second number is the count
        head = _pick_head(text, words, reading.value)
        if head is not None and head[1] not in _TIME_UNITS and head[1] not in _DISCOURSE_NOUNS:
            reading.unit = head[1]
            reading.end = words[head[0]][2]
            reading.counted = True
        elif not words and partitive.group("det") in ("those", "these"):
            reading.end = partitive.end()  # "three of those were", a pronoun after all
            reading.counted = True
        return
    reading.counted = more


def _content_run(text: str, pos: int, limit: int) -> list[tuple[str, int, int]]:
    """Up to ``limit`` content words after ``pos``: (lower-case word, start, end)."""
    words: list[tuple[str, int, int]] = []
    while len(words) < limit:
        match = _NEXT_WORD.match(text, pos)
        if match is None:
            break
        lower = match.group("w").lower()
        if lower in _FUNCTION_WORDS:
            break
        words.append((lower, match.start("w"), match.end("w")))
        pos = match.end()
    return words


def _pick_head(
    text: str, words: list[tuple[str, int, int]], value: float
) -> tuple[int, str] | None:
    """The counted noun: the first plural; for a count of one, the last plain noun."""
    for index, (lower, start, end) in enumerate(words):
        original = text[start:end]
        if lower in _TIME_UNITS and original.islower():
            return index, lower
        if original.islower() and (lower in _IRREGULAR_PLURALS or _is_plural(lower)):
            return _last_of_plural_run(text, words, index)
        if _ACRONYM_PLURAL.fullmatch(original):
            return index, original
    if value == 1:
        head = None
        for index, (lower, start, end) in enumerate(words):
            if not text[start:end].isalpha() or not text[start].islower():
                continue
            if lower.endswith(("ed", "ing", "ly")):
                break
            head = (index, lower)
        return head
    return None


def _last_of_plural_run(
    text: str, words: list[tuple[str, int, int]], index: int
) -> tuple[int, str]:
    """In "armoured personnel carriers" or "arms shipments" the last plural is the head."""
    while index + 1 < len(words):
        lower, start, end = words[index + 1]
        if not text[start:end].islower():
            break
        if not (lower in _IRREGULAR_PLURALS or _is_plural(lower)):
            break
        index += 1
    return index, words[index][0]


def _is_plural(word: str) -> bool:
    if len(word) < 4 or not word.endswith("s") or not word.isascii():
        return False
    if word.endswith(("ss", "us", "is", "'s", "’s")) or word in _NOT_PLURAL:
        return False
    return word.replace("-", "").isalpha()


def _read_complement(text: str, reading: _Reading) -> None:
    """ "types of domestically manufactured equipment" gives unit "types of equipment".

    The complement's head is its first plural or mass noun (extended over adjacent ones:
    "artillery ammunition"), else its last plain lower-case word.
    """
    of = _OF.match(text, reading.end)
    if of is None:
        return
    words = _content_run(text, of.end(), 4)
    head: tuple[int, str] | None = None
    for index, (lower, start, end) in enumerate(words):
        original = text[start:end]
        if not original.isalpha() or not original.islower():
            continue
        if lower in _IRREGULAR_PLURALS or _is_plural(lower):
            head = _last_of_plural_run(text, words, index)
            break
        if not lower.endswith(("ed", "ing", "ly")):
            head = (index, lower)
    if head is not None:
        reading.unit = f"{reading.unit} of {head[1]}"
        reading.end = words[head[0]][2]


def _read_left(lowered: str, start: int, reading: _Reading, floor: int) -> int:
    """Hedge words and "between"/"from" to the left; returns the new span start."""
    if start <= floor or lowered[start - 1] not in _SPACES_TILDE:
        return start
    match = _LEFT.search(lowered, max(floor, start - 30), start)
    if match is None:
        return start
    if match.group("open"):
        return match.start() if reading.high is not None else start
    reading.approx = True
    reading.qualifier = match.group("q") or match.group("q2")
    return match.start()


def _keep_number(
    lowered: str, token: str, kind: str, value: float, reading: _Reading, prev: str
) -> bool:
    """Whether a digit-led reading is a real quantity rather than a year, date or label."""
    if reading.reject:
        return False
    if not reading.unit and _NOT_AN_AMOUNT_AFTER.match(lowered, reading.end):
        return False  # a clock time ("10 am") or a ratio ("10 times more")
    if kind == "plain" and len(token) == 4 and 1900 <= value <= 2100 and not reading.scaled:
        if not reading.unit:
            return False
        if reading.currency is None and reading.unit != "percent" and _year_context(prev):
            return False
    if reading.unit or reading.counted:
        return True
    return reading.approx or reading.scaled or kind in ("us", "eu", "sp")


def _year_context(prev: str) -> bool:
    """Whether the word before a year-like number makes it a year: "in 2024 contracts",
    "the budget for 2023 provides", "the agency's 2024 contracts"."""
    return prev.lower() in _YEAR_CONTEXT or prev.endswith(("'s", "’s"))


# --- number words ---------------------------------------------------------------------------


def _read_words(text: str, lowered: str, pos: int, floor: int) -> tuple[Amount | None, int]:
    """Read a quantity that starts with a number word at ``pos``."""
    for reader in (_read_vague, _read_figure, _read_fraction, _read_cardinal):
        found = reader(text, lowered, pos, floor)
        if found is not None:
            return found, found.end
    return None, pos + 1


def _read_vague(text: str, lowered: str, pos: int, floor: int) -> Amount | None:
    """ "dozens of", "tens of thousands of", "several hundred", "a few thousand"."""
    match = _VAGUE.match(lowered, pos)
    if match is not None:
        if match.group("v3"):
            value = _VAGUE_BASE[match.group("v3")]
        else:
            value = _VAGUE_BASE[match.group("v1")]
            if match.group("v2"):
                value *= _VAGUE_BASE[match.group("v2")]
        reading = _Reading(value, match.end())
        phrase = match.group()
    else:
        few = _FEW.match(lowered, pos)
        if few is None:
            return None
        value = _FEW_VALUE[few.group("q")] * _SCALE_WORDS[few.group("m")]
        reading = _Reading(value, few.end())
        phrase = few.group("q")
    if not _read_unit_after(text, lowered, reading, measures=False):
        _read_noun(text, reading)
        if not reading.unit or reading.reject or reading.unit in _VAGUE_DISTANCES:
            return None  # "hundreds of kilometres" tells how far, not how many
    start = _read_left(lowered, pos, reading, floor)
    reading.approx = True
    if reading.qualifier is None:
        reading.qualifier = phrase
    return _amount(text, start, reading)


def _read_figure(text: str, lowered: str, pos: int, floor: int) -> Amount | None:
    """ "a six-figure sum": between 100000 and 999999, hedged."""
    match = _FIGURE.match(lowered, pos)
    if match is None:
        return None
    digits = match.group("n")
    count = int(digits) if digits.isdigit() else NUMBER_WORDS.get(digits, 0)
    if not 2 <= count <= 15:
        return None
    scale_word = match.group("m") or match.group("m2")
    if (scale_word is not None or count < 5) and not (match.group("noun") or match.group("noun2")):
        return None  # "a three-figure million sum", but not "three-figure growth"
    scale = SCALES[scale_word] if scale_word else 1.0
    reading = _Reading(10.0 ** (count - 1) * scale, match.end())
    reading.high = (10.0**count - 1) * scale
    reading.approx = True
    reading.qualifier = f"{digits}-{'digit' if match.group('noun2') else 'figure'}"
    start = pos
    if pos - 2 >= floor and lowered.startswith("a ", pos - 2):
        start = pos - 2
    return _amount(text, start, reading)


def _read_fraction(text: str, lowered: str, pos: int, floor: int) -> Amount | None:
    """ "half of", "two-thirds of", "a quarter of" as percentages; "half a million"."""
    scaled = _HALF_SCALE.match(lowered, pos)
    if scaled is not None:
        reading = _Reading(0.5 * _SCALE_WORDS[scaled.group("m")], scaled.end())
        return _finish_words(text, lowered, pos, floor, reading)
    match = _FRACTION.match(lowered, pos)
    if match is None or _TIME_AFTER_OF.match(lowered, match.end()):
        return None
    if match.group("half"):
        if _NOT_HALF_BEFORE.search(lowered, max(0, pos - 8), pos):
            return None
        value = 50.0
    else:
        count = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}[match.group("n")]
        value = count * _FRACTION_VALUE[match.group("f")]
        if value >= 100.0:
            return None  # "four quarters", "two halves": not a share
    of_scale = _OF_A_SCALE.match(lowered, match.end())
    if of_scale is not None:  # "a quarter of a million shells" is a count, not a share
        scaled_value = value / 100.0 * _SCALE_WORDS[of_scale.group("m")]
        return _finish_words(text, lowered, pos, floor, _Reading(scaled_value, of_scale.end()))
    reading = _Reading(float(round(value)), match.end())  # "a third" is 33%, "two-thirds" 67%
    reading.unit = "percent"
    start = _read_left(lowered, pos, reading, floor)
    if match.group("of") is None and match.group("of2") is None and not reading.approx:
        return None  # "a third" needs "of" or a hedge ("roughly a third."): else an ordinal
    return _amount(text, start, reading)


def _read_cardinal(text: str, lowered: str, pos: int, floor: int) -> Amount | None:
    """ "six tanks", "twenty-five countries", "five million euros", "a dozen drones"."""
    a_scale = _A_SCALE.match(lowered, pos)
    if a_scale is not None:
        value, end = _SCALE_WORDS[a_scale.group("m")], a_scale.end()
    else:
        run = _NUMBER_WORD_RUN.match(lowered, pos)
        parsed = parse_number_words(run.group()) if run is not None else None
        if parsed is None:
            return None
        value, used = parsed
        end = _end_of_words(lowered, pos, used)
    dozen = _DOZEN_AFTER.match(lowered, end)
    if dozen is not None:
        value, end = value * 12.0, dozen.end()
    if _COMPOUND_AFTER.match(lowered, end):
        return None  # "two-year", "five-day"
    found = _finish_words(text, lowered, pos, floor, _Reading(value, end))
    if found is not None and found.value == 1 and found.unit != "percent":
        return None  # "one" is an article ("one diplomat said", "not one hryvnia"), not a figure
    return found


def _finish_words(
    text: str, lowered: str, pos: int, floor: int, reading: _Reading
) -> Amount | None:
    """Scale, currency, percent or counted noun after a number written in words."""
    scale = _SCALE_AFTER.match(lowered, reading.end)
    if scale is not None and reading.value < 1000:
        reading.value *= SCALES[scale.group("m")]
        reading.end = scale.end()
    if not _read_unit_after(text, lowered, reading, measures=False):
        _read_noun(text, reading)
    if reading.reject or not (reading.unit or reading.elided):
        return None
    start = _read_left(lowered, pos, reading, floor)
    if reading.elided and not _elided_counts(lowered, start, floor, reading):
        return None  # "two said", "the two of them": a bare number word counts nothing
    return _amount(text, start, reading)


def _elided_counts(lowered: str, start: int, floor: int, reading: _Reading) -> bool:
    """Whether a number with no noun after it still counts things: its right context said
    so ("six a month", "three of them", "60 more"), or a hedge or the words before do
    ("more than twenty", "there were 600", "the first batch of 100"). After "the" it points
    back instead ("the two of them", "the 40 were")."""
    if _THE_BEFORE.search(lowered, max(floor, start - 8), start):
        return bool(reading.unit) and reading.counted  # "the 40 a month" is still a rate
    if reading.counted or reading.approx:
        return True
    return _ELIDED_BEFORE.search(lowered, max(floor, start - 30), start) is not None


def _end_of_words(lowered: str, pos: int, used: int) -> int:
    """Offset after the first ``used`` words of the number-word run at ``pos``."""
    end = pos
    for _ in range(used):
        match = _WORD_TOKEN.match(lowered, end)
        if match is None:
            break
        end = match.end()
    return end


_new = object.__new__
_set = object.__setattr__


def _amount(text: str, start: int, reading: _Reading) -> Amount:
    """An `Amount` built directly, as ``Span.of`` builds spans: the text is sliced from
    ``text``, so once the bounds are checked the field validators have nothing to check."""
    end = reading.end
    if not 0 <= start <= end <= len(text):  # pragma: no cover - the readers stay in bounds
        raise ValueError(f"amount {start}..{end} is outside a text of length {len(text)}")
    amount = _new(Amount)
    _set(amount, "start", start)
    _set(amount, "end", end)
    _set(amount, "text", text[start:end])
    _set(amount, "value", float(reading.value))
    _set(amount, "high", reading.high)
    _set(amount, "unit", reading.unit)
    _set(amount, "currency", reading.currency)
    _set(amount, "approx", reading.approx)
    _set(amount, "qualifier", reading.qualifier)
    return amount
