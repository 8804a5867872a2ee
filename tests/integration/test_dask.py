"""defnews.dask on a real two-process LocalCluster gives exactly the serial result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import defnews
from defnews.samples_path import sample_files

distributed = pytest.importorskip("distributed", reason="needs the dask extra: defnews[dask]")
db = pytest.importorskip("dask.bag")
ddn = pytest.importorskip("defnews.dask")

pytestmark = pytest.mark.slow

FALLBACK = [
    " date 2024-06-10\nRheinmetall signed a contract with Ukraine for 155mm shells, Defence "
    'Minister Boris Pistorius said.\n\n"We will keep going," he told reporters in Berlin.\n',
    " date 2024-02-29\nGerman defense giant Rheinmetall announced plans to build an ammunition "
    "factory in Ukraine.\n",
    " date 2023-11-02\nThe European Peace Facility will reimburse EUR 500 million to member states"
    " that sent weapons to Kyiv, diplomats said on Thursday.\n",
]


def _articles() -> list[str]:
    files = sample_files()
    if files:
        return [path.read_text(encoding="utf-8") for path in files]
    return FALLBACK


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Three multi-article files (the bundled samples split in three), in path order."""
    root = tmp_path_factory.mktemp("dask-corpus")
    texts = _articles()
    parts = 3
    paths: list[str] = []
    for index in range(parts):
        chunk = texts[index::parts]
        path = root / f"part-{index}.txt"
        path.write_text("\n".join(text.rstrip("\n") + "\n" for text in chunk), encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture(scope="module")
def serial(corpus: list[str]) -> list[dict[str, Any]]:
    articles = (article for path in corpus for article in defnews.iter_articles(Path(path)))
    return [defnews.dump_record(result) for result in defnews.extract_many(articles)]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def test_corpus_has_several_articles_per_file(corpus: list[str], serial: list[dict[str, Any]]):
    assert len(serial) > len(corpus)
    assert len({record["article"]["id"] for record in serial}) == len(serial)


def test_extract_bag_of_articles_equals_serial_run(
    client: Any, corpus: list[str], serial: list[dict[str, Any]]
):
    articles = ddn.articles_bag(corpus)
    assert articles.npartitions == len(corpus)
    records = ddn.extract_bag(articles).compute()
    assert records == serial


def test_extract_bag_of_paths_equals_serial_run(
    client: Any, corpus: list[str], serial: list[dict[str, Any]]
):
    paths = db.from_sequence(corpus, partition_size=1)
    assert ddn.extract_bag(paths).compute() == serial


def test_articles_bag_computed_alone_travels_as_articles(client: Any, corpus: list[str]):
    articles = ddn.articles_bag(corpus).compute()
    expected = [article for path in corpus for article in defnews.iter_articles(Path(path))]
    assert articles == expected


def test_dataframes_have_one_row_per_entity_and_claim(
    client: Any, corpus: list[str], serial: list[dict[str, Any]]
):
    entities, claims = ddn.to_dataframes(ddn.extract_bag(ddn.articles_bag(corpus)))
    assert list(entities.columns) == list(ddn.ENTITY_COLUMNS)
    assert list(claims.columns) == list(ddn.CLAIM_COLUMNS)
    entity_frame = entities.compute()
    claim_frame = claims.compute()
    assert len(entity_frame) == sum(len(record["entities"]) for record in serial)
    assert len(claim_frame) == sum(len(record["claims"]) for record in serial)
    expected_ids = [entity["id"] for record in serial for entity in record["entities"]]
    assert list(entity_frame["entity_id"]) == expected_ids
    expected_claims = [claim["id"] for record in serial for claim in record["claims"]]
    assert list(claim_frame["claim_id"]) == expected_claims


def test_plugin_selection_reaches_the_workers(
    client: Any, corpus: list[str], serial: list[dict[str, Any]]
):
    records = ddn.extract_bag(ddn.articles_bag(corpus), plugins=[]).compute()
    assert len(records) == len(serial)
    assert all(record["entities"] == [] and record["claims"] == [] for record in records)


def test_frames_build_without_computing(tmp_path: Path):
    missing = [str(tmp_path / "does-not-exist.txt")]
    entities, claims = ddn.to_dataframes(ddn.extract_bag(ddn.articles_bag(missing)))
    assert entities.npartitions == claims.npartitions == 1
    with pytest.raises(FileNotFoundError):
        entities.compute(scheduler="sync")
