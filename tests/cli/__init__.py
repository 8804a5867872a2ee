"""Shared helpers of the CLI tests: a deterministic test plugin and a corpus generator.

The plugin finds a fixed vocabulary with regular expressions, so the tests know exactly which
entities and claims every generated article must produce, whatever the built-in plugins do.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from defnews import Amount, Claim, Entity, Pipeline, TimeRef, hookimpl, stable_id
from defnews.cli import build_parser, extract_cmd
from defnews.context import ExtractionContext

ORGANIZATIONS = {
    "Acme Arms": "org/acme-arms",
    "Borealis Dynamics": "org/borealis-dynamics",
    "Kryla Systems": "org/kryla-systems",
    "Nordhavn Yards": "org/nordhavn-yards",
}
OFFICIALS = {
    "Anna Kovalenko": ("official/anna-kovalenko", "Defence Minister"),
    "Lars Berg": ("official/lars-berg", "Deputy Defence Minister"),
}
FUNDS = {"Frontline Fund": "fund/frontline-fund", "Shell Fund": "fund/shell-fund"}
COUNTRIES = {"Ukraine": "country/UA"}
FINANCING = ("windfall profits", "frozen assets", "member state budgets")
DELAY_ENV = "DEFNEWS_TEST_DELAY"
BREAK_WORD = "MALFUNCTION"

_ORG = "|".join(map(re.escape, ORGANIZATIONS))
_OFFICIAL = "|".join(map(re.escape, OFFICIALS))
_FUND = "|".join(map(re.escape, FUNDS))
_SENTENCE = re.compile(r"[^.\s][^.\n]*\.")
_CONTRACT = re.compile(
    rf"(?P<a>{_ORG}) signed a contract with (?P<b>{_ORG}|Ukraine)"
    r"(?: worth (?P<money>EUR (?P<m>\d+) million))?(?: in (?P<year>\d{4}))?"
)
_PLAN = re.compile(rf"(?P<a>{_ORG}) plans to build a plant in Ukraine")
_QUOTE = re.compile(rf'"(?P<q>[^"]+)," (?P<s>{_OFFICIAL}) said')
_STATEMENT = re.compile(rf"(?P<s>{_OFFICIAL}) said that [^.]+")
_FUND_CLAIM = re.compile(
    rf"The (?P<f>{_FUND}), set up by (?P<o>{_ORG}), is financed by (?P<src>[a-z ]+)"
)


def _ids() -> dict[str, str]:
    ids = {**ORGANIZATIONS, **FUNDS, **COUNTRIES}
    ids.update({name: entry[0] for name, entry in OFFICIALS.items()})
    return ids


IDS = _ids()


def _entities(ctx: ExtractionContext) -> Iterator[Entity]:
    delay = float(os.environ.get(DELAY_ENV, "0") or 0)
    if delay:
        time.sleep(delay)
    if BREAK_WORD in ctx.text:
        raise RuntimeError("test plugin breaks on purpose")
    tables: list[tuple[str, dict[str, Any]]] = [
        ("organization", ORGANIZATIONS),
        ("official", OFFICIALS),
        ("fund", FUNDS),
        ("country", COUNTRIES),
    ]
    for kind, table in tables:
        for name, value in table.items():
            spans = [ctx.span(m.start(), m.end()) for m in re.finditer(re.escape(name), ctx.text)]
            if not spans:
                continue
            entity_id, role = value if kind == "official" else (value, None)
            yield Entity(
                id=entity_id,
                kind=kind,
                name=name,
                mentions=spans,
                role=role,
                country="Ukraine" if kind == "official" else None,
                confidence=0.9,
                attributes={"found_by": "test"},
            )


def _claims(ctx: ExtractionContext, entities: tuple[Entity, ...]) -> Iterator[Claim]:
    for sentence in _SENTENCE.finditer(ctx.text):
        evidence = ctx.span(sentence.start(), sentence.end())
        yield from _sentence_claims(ctx, evidence.start, evidence.text, evidence)


def _sentence_claims(ctx: ExtractionContext, at: int, text: str, evidence: Any) -> Iterator[Claim]:
    def claim(kind: str, modality: str, **fields: Any) -> Claim:
        return Claim(
            id=stable_id(kind, evidence.start, evidence.end),
            kind=kind,
            modality=modality,
            evidence=evidence,
            confidence=0.8,
            **fields,
        )

    if m := _CONTRACT.search(text):
        amount = None
        if m["money"]:
            amount = Amount(
                start=at + m.start("money"),
                end=at + m.end("money"),
                text=m["money"],
                value=float(m["m"]) * 1e6,
                unit="EUR",
                currency="EUR",
            )
        when = None
        if m["year"]:
            year = int(m["year"])
            when = TimeRef(
                start=at + m.start("year"),
                end=at + m.end("year"),
                text=m["year"],
                from_=dt.date(year, 1, 1),
                until=dt.date(year, 12, 31),
                granularity="year",
            )
        yield claim(
            "contract",
            "fact",
            parties=[IDS[m["a"]], IDS[m["b"]]],
            amount=amount,
            time=when,
            attributes={"status": "signed"},
        )
    if m := _PLAN.search(text):
        yield claim("contract", "planned", parties=[IDS[m["a"]], "country/UA"])
    if m := _QUOTE.search(text):
        quote = ctx.span(at + m.start("q"), at + m.end("q"))
        yield claim("quote", "fact", speaker=IDS[m["s"]], quote=quote)
    elif m := _STATEMENT.search(text):
        yield claim("statement", "fact", speaker=IDS[m["s"]])
    if m := _FUND_CLAIM.search(text):
        yield claim(
            "fund",
            "fact",
            subject=IDS[m["f"]],
            parties=[IDS[m["o"]]],
            attributes={"financing": m["src"], "status": "active"},
        )


PLUGIN = SimpleNamespace(
    __name__="cli-test",
    defnews_entities=hookimpl(_entities),
    defnews_claims=hookimpl(_claims),
)


def cli_pipeline() -> Pipeline:
    """The pipeline of the test plugin alone (a picklable factory for workers)."""
    return Pipeline(plugins=[PLUGIN])


def strict_cli_pipeline() -> Pipeline:
    """The same in strict mode: an article with :data:`BREAK_WORD` fails."""
    return Pipeline(plugins=[PLUGIN], strict=True)


def run_extract(argv: Sequence[str], factory: Any = cli_pipeline) -> int:
    """``defnews extract ARGV`` with the test plugin in place of the installed ones."""
    arguments: argparse.Namespace = build_parser().parse_args(["extract", *argv])
    return extract_cmd.run(arguments, factory=factory)


def article(index: int, rng: random.Random, filler: int = 0) -> tuple[str, dict[str, Any]]:
    """One generated article in the dated format and the facts it states."""
    date = dt.date(2023, 1, 1) + dt.timedelta(days=3 * index)
    orgs = rng.sample(sorted(ORGANIZATIONS), 2)
    official = rng.choice(sorted(OFFICIALS))
    fund = rng.choice(sorted(FUNDS))
    financing = rng.choice(FINANCING)
    millions = rng.randint(1, 900)
    year = 2024 + index % 3
    sentences = [
        f"{orgs[0]} signed a contract with {orgs[1]} worth EUR {millions} million in {year}.",
        f'"We will deliver {millions} units on time," {official} said.',
        f"{rng.choice(sorted(OFFICIALS))} said that production had doubled in report {index}.",
        f"The {fund}, set up by {orgs[1]}, is financed by {financing}.",
        f"{orgs[1]} plans to build a plant in Ukraine.",
    ]
    body = " ".join(sentences)
    padding = "\n\n".join(
        f"Background paragraph {k} of report {index} without any named parties."
        for k in range(filler)
    )
    text = f" date {date.isoformat()}\nIndustry report {index}\n\n{body}\n\n{padding}\n"
    facts = {
        "date": date.isoformat(),
        "contract": (orgs[0], orgs[1], millions * 1e6),
        "quote": official,
        "fund": (fund, financing, orgs[1]),
        "plan": orgs[1],
    }
    return text, facts


def write_corpus(
    folder: Path, count: int, *, per_file: int = 10, seed: int = 0, filler: int = 0
) -> list[dict[str, Any]]:
    """``count`` articles in multi-article files of ``folder``; their facts in corpus order."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    facts: list[dict[str, Any]] = []
    for first in range(0, count, per_file):
        texts = []
        for index in range(first, min(first + per_file, count)):
            text, fact = article(index, rng, filler)
            texts.append(text)
            facts.append(fact)
        (folder / f"part-{first // per_file:04d}.txt").write_text("".join(texts), encoding="utf-8")
    return facts
