"""``defnews evaluate``: precision, recall and F1 per category against gold annotations."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from defnews.cli._inputs import iter_inputs, report
from defnews.cli.extract_cmd import add_pipeline_options, pipeline_from
from defnews.errors import ParseError
from defnews.evaluation import CATEGORIES, Score, evaluate, load_gold
from defnews.models import Amount, Claim, Entity, TimeRef
from defnews.samples_path import samples_dir

__all__ = ["register", "run"]


def register(commands: Any) -> None:
    """Add the ``evaluate`` sub-command."""
    command: argparse.ArgumentParser = commands.add_parser(
        "evaluate", help="score extraction against gold annotations (default: bundled corpus)"
    )
    command.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="articles (default: the folder holding the gold file)",
    )
    command.add_argument("--gold", type=Path, help="gold JSON Lines (default: bundled corpus)")
    command.add_argument("--format", choices=("table", "json"), default="table")
    command.add_argument("--per-article", action="store_true", help="also score each article")
    command.add_argument(
        "--errors",
        metavar="CATEGORIES",
        help="also list, per article, the gold items missed and the predictions that matched "
        "nothing, for these comma-separated categories ('all' for every one)",
    )
    add_pipeline_options(command)
    command.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Extract from the articles, compare with the gold records, print the scores."""
    gold_path: Path = arguments.gold or samples_dir() / "gold.jsonl"
    gold = load_gold(gold_path)
    paths = arguments.paths or [str(gold_path.parent / str(g["file"])) for g in gold]
    pipeline = pipeline_from(arguments)
    extractions = []
    failed = False
    for item in iter_inputs(paths, lenient=arguments.lenient):
        if isinstance(item, ParseError):
            report(item)
            failed = True
            continue
        extractions.append(pipeline.extract(item.article))
    try:
        scores = evaluate(gold, extractions)
    except ValueError as error:
        print(f"defnews evaluate: {error}", file=sys.stderr)
        return 1
    if arguments.errors:
        chosen = CATEGORIES if arguments.errors == "all" else arguments.errors.split(",")
        unknown = sorted(set(chosen) - set(CATEGORIES))
        if unknown:
            print(f"defnews evaluate: unknown categories {unknown}", file=sys.stderr)
            return 2
        for key, value in scores.items():
            if key != "all":
                print(format_errors(key, {c: value[c] for c in chosen}), end="")
    shown = scores if arguments.per_article else {"all": scores["all"]}
    if arguments.format == "json":
        data = {key: {c: s.as_dict() for c, s in value.items()} for key, value in shown.items()}
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        for key, value in shown.items():
            print(format_table(key, value))
    return 1 if failed else 0


def format_table(title: str, scores: dict[str, Score]) -> str:
    """A fixed-width table of one set of scores."""
    lines = [
        f"{title}",
        f"{'category':<14} {'gold':>5} {'pred':>5} {'ok':>5} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for name in CATEGORIES:
        s = scores[name]
        lines.append(
            f"{name:<14} {s.gold:>5} {s.predicted:>5} {s.matched:>5} "
            f"{s.precision:>6.2f} {s.recall:>6.2f} {s.f1:>6.2f}"
        )
    return "\n".join(lines)


def format_errors(title: str, scores: dict[str, Score]) -> str:
    """The missed gold items and spurious predictions of one article, one line each."""
    lines = []
    for name, score in scores.items():
        lines += [f"{title} {name} missed: {_brief(item)}" for item in score.missed]
        lines += [f"{title} {name} spurious: {_brief(item)}" for item in score.spurious]
    return "".join(line + "\n" for line in lines)


def _brief(item: Any) -> str:
    """A gold item as compact JSON; a prediction by the fields that decide a match."""
    if isinstance(item, Mapping):
        return json.dumps(item, ensure_ascii=False, default=str)
    if isinstance(item, Entity):
        return f"{item.kind} {item.name!r} role={item.role!r} at {item.mentions[0].text!r}"
    if isinstance(item, Claim):
        return (
            f"{item.kind} {item.modality} parties={list(item.parties)} subject={item.subject} "
            f"speaker={item.speaker} evidence={item.evidence.text[:120]!r}"
        )
    if isinstance(item, Amount):
        return f"{item.text!r} value={item.value:g} unit={item.unit!r} currency={item.currency}"
    if isinstance(item, TimeRef):
        return f"{item.text!r} from={item.from_} until={item.until} ({item.granularity})"
    return repr(item)
