"""``--workers N``: byte-identical output in the same order, bounded memory, errors in place."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import pytest

import defnews
from defnews import workers
from defnews.cli import main
from defnews.cli.extract_cmd import iter_jobs
from defnews.errors import ParseError
from defnews.parser import ParsedArticle
from defnews.workers import Job, Outcome
from tests.cli import cli_pipeline, run_extract, write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("workers") / "corpus"
    write_corpus(folder, 240, per_file=40, filler=12)
    bad = folder / "part-0002.txt"
    _, rest = bad.read_text().split("\n", 1)
    bad.write_text(" date 2023-02-31\n" + rest)
    return folder


def extract_bytes(argv: list[str], capsysbinary: pytest.CaptureFixture[bytes]) -> bytes:
    status = run_extract(argv)
    out, err = capsysbinary.readouterr()
    assert status == 1  # the corpus holds one bad date
    assert err.count(b"impossible date '2023-02-31'") == 1
    return bytes(out)


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_two_workers_write_the_same_bytes_as_one(
    fmt: str, corpus: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    one = extract_bytes([str(corpus), "--format", fmt], capsysbinary)
    two = extract_bytes([str(corpus), "--format", fmt, "--workers", "2"], capsysbinary)
    assert one.count(b'"schema":"defnews/1"') == 239
    assert one == two


def test_csv_and_files_are_identical_too(corpus: Path, tmp_path: Path) -> None:
    outputs = []
    for count in ("1", "2"):
        folder = tmp_path / count
        status = run_extract(
            [str(corpus), "--format", "csv", "-o", str(folder), "--workers", count]
        )
        assert status == 1
        outputs.append([(folder / n).read_bytes() for n in ("entities.csv", "claims.csv")])
    assert outputs[0] == outputs[1]
    assert outputs[0][1].count(b"\n") == 1 + 239 * 5


def test_installed_plugins_in_two_workers_match_one(
    corpus: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """The real pipeline factory (entry points) survives the trip to the workers."""
    files = [str(p) for p in sorted(corpus.iterdir())[:2]]
    runs = []
    for count in ("1", "2"):
        assert main(["extract", *files, "--workers", count]) == 0
        runs.append(capsysbinary.readouterr().out)
    assert runs[0] == runs[1]
    assert runs[0].count(b"\n") == 80


def ordered(jobs: list[Job], **options: object) -> list[tuple[Job, Outcome]]:
    return list(workers.run(jobs, cli_pipeline, **options))  # type: ignore[arg-type]


def test_many_small_batches_keep_their_order(corpus: Path) -> None:
    jobs = list(iter_jobs([str(p) for p in sorted(corpus.iterdir())]))
    serial = ordered(jobs)
    parallel = ordered(jobs, workers=2, batch_chars=2000, batch_jobs=3, window=3)
    assert [job for job, _ in parallel] == jobs
    assert [outcome for _, outcome in parallel] == [outcome for _, outcome in serial]
    errors = [i for i, (_, outcome) in enumerate(parallel) if outcome.error is not None]
    assert errors == [80]


def test_jobs_are_pulled_lazily_with_a_bounded_window(corpus: Path) -> None:
    pulled = 0

    def source() -> Iterator[Job]:
        nonlocal pulled
        for job in iter_jobs([str(p) for p in sorted(corpus.iterdir())]):
            pulled += 1
            yield job

    window, batch = 2, 4
    results = workers.run(
        source(), cli_pipeline, 2, batch_chars=10**9, batch_jobs=batch, window=window
    )
    most_ahead = 0
    for done, _ in enumerate(results, start=1):
        most_ahead = max(most_ahead, pulled - done)
    assert pulled == 240
    assert 0 < most_ahead <= (window + 1) * batch


def test_spawned_workers_give_the_same_result(corpus: Path) -> None:
    jobs = list(iter_jobs([str(sorted(corpus.iterdir())[0])]))[:12]
    context = multiprocessing.get_context("spawn")
    spawned = ordered(jobs, workers=2, batch_jobs=2, context=context)
    assert [o for _, o in spawned] == [o for _, o in ordered(jobs)]


class Exploding:
    def extract(self, article: object) -> object:
        raise ZeroDivisionError("bug")


def test_an_unexpected_error_costs_one_article_not_the_run(corpus: Path) -> None:
    job = next(iter_jobs([str(sorted(corpus.iterdir())[1])]))
    outcome = workers.process(Exploding(), job)  # type: ignore[arg-type]
    assert outcome.record is None
    assert outcome.error is not None
    assert outcome.error.startswith(f"{job.item.article.source}:1:1: extraction failed")  # type: ignore[union-attr]
    assert "ZeroDivisionError: bug" in outcome.error


def test_batches_split_by_size_and_count() -> None:
    jobs = [Job(ParsedArticle(defnews.parse(f" date 2024-01-01\n{i:0100d}"))) for i in range(10)]
    assert {job.size for job in jobs} == {100}
    assert [len(b) for b in workers.batches(jobs, 300, 100)] == [3, 3, 3, 1]
    assert [len(b) for b in workers.batches(jobs, 10**9, 4)] == [4, 4, 2]
    with_error = [Job(ParseError("x")), *jobs]
    assert [len(b) for b in workers.batches(with_error, 150, 100)] == [3, 2, 2, 2, 2]
    assert list(workers.batches([], 1, 1)) == []


def test_job_lines_point_at_each_article_header(corpus: Path) -> None:
    path = sorted(corpus.iterdir())[0]
    text = path.read_text().splitlines()
    headers = [i + 1 for i, line in enumerate(text) if line.startswith(" date ")]
    jobs = list(iter_jobs([str(path)]))
    assert [job.line for job in jobs] == headers
    positions = [job.position for job in jobs]
    assert positions == sorted(positions)
    assert positions[-1] == path.stat().st_size
