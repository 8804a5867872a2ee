"""Extraction quality must not drop below the figures recorded in ``baseline.json``.

The baseline is the F1 per category measured on the bundled corpus (and on the seeds, where
``../shared`` is present) when the figures were last recorded in the README. Raising a score is
welcome: record the new figure with ``python -m tests.evaluation.record``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import defnews
from defnews.evaluation import CATEGORIES, evaluate, load_gold
from defnews.samples_path import sample_files, samples_dir
from tests.conftest import ROOT, SEEDS

BASELINE = Path(__file__).with_name("baseline.json")
SETS = {
    "bundled": samples_dir() / "gold.jsonl",
    "dev2": ROOT / "tests" / "corpus_dev2" / "gold.jsonl",
    "dev3": ROOT / "tests" / "corpus_dev3" / "gold.jsonl",
    "dev4": ROOT / "tests" / "corpus_dev4" / "gold.jsonl",
    "seeds": SEEDS / "gold.jsonl",
}


def scores_for(gold_path: Path) -> dict[str, float]:
    """F1 per category of the default pipeline against one gold file."""
    gold = load_gold(gold_path)
    articles = [defnews.parse_file(gold_path.parent / str(g["file"])) for g in gold]
    result = evaluate(gold, defnews.extract_many(articles))["all"]
    return {name: round(result[name].f1, 4) for name in CATEGORIES}


@pytest.mark.parametrize("name", sorted(SETS))
def test_scores_hold(name: str) -> None:
    path = SETS[name]
    if not path.is_file():
        pytest.skip(f"{path} is not present (the seeds are only beside CI's checkout)")
    recorded = json.loads(BASELINE.read_text())[name]
    measured = scores_for(path)
    dropped = {c: (recorded[c], measured[c]) for c in CATEGORIES if measured[c] < recorded[c]}
    assert not dropped, f"F1 dropped below the recorded baseline (recorded, now): {dropped}"


def test_bundled_corpus_is_complete() -> None:
    gold = load_gold(SETS["bundled"])
    assert [g["file"] for g in gold] == [p.name for p in sample_files()]
    assert len(gold) >= 15
