"""Tests of the HTML view; ``hostile_extraction`` is a hand-built result shared by them.

It is built by hand, not by the plugins, so these tests check the view alone: its text carries
script, event-handler, ``javascript:`` and ``</style>`` payloads, its entity attributes carry
quote-breaking payloads, and its claims overlap so segments must be cut.
"""

from __future__ import annotations

import datetime as dt

from defnews.models import Amount, Claim, Entity, Extraction, Span, TimeRef
from defnews.parser import parse

HOSTILE_TEXT = (
    " date 2024-03-01\n"
    "Rheinmetall <script>document.title='PWNED'</script> deal\n\n"
    "Rheinmetall and Ukraine signed a contract worth EUR 1.5 billion for 155mm shells to be "
    "delivered next year, Defence Minister Rustem Umerov said."
    " <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
    ' See <a href="javascript:alert(1)">here</a> and </style><style>body{display:none}</style>.'
    "\n\n"
    '"We will build the Leopard line together," Umerov said.\n'
)

ROLE_PAYLOAD = (
    "Defence Minister\"><img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"
)


def _span(text: str, words: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Span.of(text, start, start + len(words))


def hostile_extraction() -> Extraction:
    """An article full of markup, with entities, overlapping claims, an amount and a time."""
    article = parse(HOSTILE_TEXT, source="hostile<article>.txt")
    text = article.text
    sentence = _span(text, "Rheinmetall and Ukraine signed", 0)
    sentence = Span.of(text, sentence.start, text.index("said.") + len("said."))
    money = _span(text, "EUR 1.5 billion")
    when = _span(text, "next year")
    quote = _span(text, "We will build the Leopard line together,")
    entities = (
        Entity(
            id="org/rheinmetall",
            kind="organization",
            name="Rheinmetall",
            mentions=(_span(text, "Rheinmetall"), _span(text, "Rheinmetall", 1)),
            country="Germany",
        ),
        Entity(id="country/UA", kind="country", name="Ukraine", mentions=(_span(text, "Ukraine"),)),
        Entity(
            id="person/rustem-umerov",
            kind="official",
            name="Rustem Umerov",
            role=ROLE_PAYLOAD,
            mentions=(_span(text, "Rustem Umerov"), _span(text, "Umerov", 1)),
            attributes={"note": "<script>alert(3)</script>"},
        ),
        Entity(
            id="weapon/leopard", kind="weapon", name="Leopard", mentions=(_span(text, "Leopard"),)
        ),
    )
    amount = Amount(
        start=money.start,
        end=money.end,
        text=money.text,
        value=1.5e9,
        unit="EUR",
        currency="EUR",
    )
    time = TimeRef(
        start=when.start,
        end=when.end,
        text=when.text,
        from_=dt.date(2025, 1, 1),
        until=dt.date(2025, 12, 31),
        granularity="year",
        relative=True,
    )
    claims = (
        Claim(
            id="c-contract",
            kind="contract",
            modality="fact",
            evidence=sentence,
            parties=("org/rheinmetall", "country/UA"),
            item=_span(text, "155mm shells"),
            amount=amount,
            time=time,
            attributes={"status": "signed", "type": "supply"},
        ),
        Claim(
            id="c-statement",
            kind="statement",
            modality="fact",
            evidence=Span.of(text, money.start, sentence.end),
            speaker="person/rustem-umerov",
        ),
        Claim(
            id="c-quote",
            kind="quote",
            modality="fact",
            evidence=_span(text, '"We will build the Leopard line together," Umerov said.'),
            speaker="person/rustem-umerov",
            quote=quote,
        ),
    )
    return Extraction(
        article=article, entities=entities, claims=claims, quantities=(amount,), times=(time,)
    )
