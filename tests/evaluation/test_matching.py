"""The evaluation's matching rules: lenient on spelling, strict on meaning."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import defnews
from defnews import Claim, Entity, Extraction, Span
from defnews.cli import main
from defnews.evaluation import evaluate, name_key, parse_interval, role_key, status_class


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelenskyy", "Zelenskiy"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Oleksii Reznikov", "Oleksiy Reznikov"),
        ("Šefčovič", "Sefcovic"),
        ("Ukroboronprom", "UKROBORONPROM"),
    ],
)
def test_spelling_variants_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_different_people_keep_different_keys() -> None:
    assert name_key("Rustem Umerov") != name_key("Denys Shmyhal")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Defence Minister", "Minister of Defense", True),
        ("Deputy Defence Minister", "Defence Minister", False),
        ("Ukraine's Minister for Strategic Industries", "Minister for Strategic Industries", True),
        ("President", "Prime Minister", False),
    ],
)
def test_roles_compare_by_meaning(a: str, b: str, same: bool) -> None:
    assert (role_key(a) == role_key(b)) is same


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2024-01/2024-02", dt.date(2024, 1, 1), dt.date(2024, 2, 29)),
        ("2022-02-24/2023-11-14", dt.date(2022, 2, 24), dt.date(2023, 11, 14)),
        ("../2024-12-10", dt.date.min, dt.date(2024, 12, 10)),
    ],
)
def test_intervals(text: str, start: dt.date, end: dt.date) -> None:
    assert parse_interval(text) == (start, end)


def test_status_classes() -> None:
    assert status_class("signed") == status_class("delivered") == status_class("fact")
    assert status_class("planned") != status_class("considered")


def _extraction() -> Extraction:
    article = defnews.parse(
        " date 2024-02-29\nDeputy Defence Minister Ivan Havryliuk said Kyiv signed deals.",
        source="x/a.txt",
    )
    text = article.text
    person = Entity(
        id="person/ivan-havryliuk",
        kind="official",
        name="Ivan Havryliuk",
        mentions=[Span.of(text, 24, 38)],
        role="Deputy Minister of Defence",
    )
    claim = Claim(
        id="s",
        kind="statement",
        modality="fact",
        evidence=Span.of(text, 39, len(text)),
        speaker=person.id,
    )
    return Extraction(article=article, entities=(person,), claims=(claim,))


def test_evaluate_scores_a_small_article() -> None:
    gold = {
        "id": "a",
        "file": "a.txt",
        "officials": [
            {
                "name": "Ivan Havryliuk",
                "role": "Deputy Defence Minister",
                "surface": ["Ivan Havryliuk"],
            }
        ],
        "statements": [{"speaker": "Ivan Havryliuk", "surface": "said Kyiv signed deals"}],
        "countries": ["Ukraine"],
    }
    scores = evaluate([gold], [_extraction()])["all"]
    assert (scores["officials"].matched, scores["officials"].precision) == (1, 1.0)
    assert scores["statements"].f1 == 1.0
    assert (scores["countries"].recall, scores["countries"].predicted) == (0.0, 0)


def test_a_wrong_role_is_not_a_match() -> None:
    gold = {
        "id": "a",
        "file": "a.txt",
        "officials": [{"name": "Ivan Havryliuk", "role": "Defence Minister"}],
    }
    assert evaluate([gold], [_extraction()])["all"]["officials"].matched == 0


def test_missing_article_is_an_error() -> None:
    with pytest.raises(ValueError, match="no article for gold record b"):
        evaluate([{"id": "b", "file": "b.txt"}], [_extraction()])


def test_scores_keep_the_missed_gold_items_and_the_spurious_predictions() -> None:
    gold = {
        "id": "a",
        "file": "a.txt",
        "officials": [
            {"name": "Ivan Havryliuk", "role": "Defence Minister"},  # wrong role: missed
            {"name": "Rustem Umerov", "role": "Defence Minister"},  # not found: missed
        ],
    }
    extraction = _extraction()
    officials = evaluate([gold], [extraction])["all"]["officials"]
    assert [item["name"] for item in officials.missed] == ["Ivan Havryliuk", "Rustem Umerov"]
    assert officials.spurious == extraction.entities
    assert officials.gold - officials.matched == len(officials.missed)
    assert officials.predicted - officials.matched == len(officials.spurious)


def test_evaluate_command_lists_the_errors_behind_the_scores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(" date 2024-03-01\nRheinmetall will build a plant in Ukraine.\n")
    gold = {"id": "a", "file": "a.txt", "organizations": [{"name": "Saab"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n")
    code = main(["evaluate", "--gold", str(tmp_path / "gold.jsonl"), "--errors", "organizations"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert 'a organizations missed: {"name": "Saab"}' in lines
    assert any(
        line.startswith("a organizations spurious: organization 'Rheinmetall'") for line in lines
    )
    assert main(["evaluate", "--gold", str(tmp_path / "gold.jsonl"), "--errors", "nope"]) == 2
