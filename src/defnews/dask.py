"""Extraction on a Dask cluster: bags of articles, bags of records, DataFrames of results.

Needs the ``defnews[dask]`` extra (``pip install defnews[dask]``). The same code runs on the
local scheduler, on a ``distributed.LocalCluster`` or on a cluster of many machines::

    import defnews.dask as ddn

    articles = ddn.articles_bag(["2024-06.txt", "2024-07.txt"])   # one partition per file
    records = ddn.extract_bag(articles)                          # JSON-ready dicts, in order
    entities, claims = ddn.to_dataframes(records)
    print(claims[claims.kind == "contract"].compute())

Order is kept: partitions follow the files, articles within a partition follow the file, so
``records.compute()`` equals ``[dump_record(x) for x in defnews.extract_many(articles)]``.
Every worker process loads the plugins once per distinct set of options and reuses them for
every partition it runs.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

try:
    import dask.bag as db
    import dask.dataframe as dd
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        f"defnews.dask needs the Dask extra ({error.name or error} is missing): "
        "pip install defnews[dask]"
    ) from error

from defnews.models import Article
from defnews.parser import iter_articles
from defnews.pipeline import Pipeline
from defnews.serialization import dump_record

__all__ = [
    "CLAIM_COLUMNS",
    "ENTITY_COLUMNS",
    "articles_bag",
    "claim_rows",
    "entity_rows",
    "extract_bag",
    "to_dataframes",
]

ENTITY_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "date": "datetime64[s]",
    "entity_id": "string",
    "kind": "string",
    "name": "string",
    "role": "string",
    "country": "string",
    "extractor": "string",
    "confidence": "float64",
    "mentions": "int64",
}
"""Columns of the entities DataFrame and their dtypes: one row per entity per article."""

CLAIM_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "date": "datetime64[s]",
    "claim_id": "string",
    "kind": "string",
    "modality": "string",
    "evidence": "string",
    "evidence_start": "int64",
    "evidence_end": "int64",
    "parties": "string",
    "subject": "string",
    "speaker": "string",
    "amount_value": "float64",
    "amount_currency": "string",
    "time_from": "datetime64[s]",
    "time_until": "datetime64[s]",
    "extractor": "string",
    "confidence": "float64",
}
"""Columns of the claims DataFrame and their dtypes; ``parties`` holds comma-joined entity ids."""

Options = tuple[tuple[str, ...] | None, tuple[str, ...], str]
_pipelines: dict[Options, Pipeline] = {}

# dask is only partly annotated: its calls go through Any, results are cast back at the edge.
_db: Any = db


def articles_bag(paths: Sequence[str | os.PathLike[str]], lenient: bool = False) -> db.Bag:
    """A bag of `Article`, one partition per file, in path order.

    Files may hold many articles; each is read as a stream, one article in memory at a time,
    inside the task. A malformed article raises `ParseError` (with
    file, line and column) when the bag is computed.
    """
    names = [os.fspath(path) for path in paths]
    files = _db.from_sequence(names, partition_size=1) if names else _db.from_sequence([])
    return cast("db.Bag", files.map_partitions(_read_files, lenient=lenient))


class _ArticleStream:
    """The articles of some files, parsed afresh on each iteration, one at a time.

    A bag partition that stays on its worker (fused into the next step) streams; one that has
    to travel (computed on its own, or moved between workers) is pickled as a plain list.
    """

    def __init__(self, paths: Iterable[str], lenient: bool) -> None:
        self.paths = list(paths)
        self.lenient = lenient

    def __iter__(self) -> Iterator[Article]:
        for path in self.paths:
            yield from iter_articles(Path(path), lenient=self.lenient)

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (list(self),))


def _read_files(paths: Iterable[str], lenient: bool = False) -> _ArticleStream:
    return _ArticleStream(paths, lenient)


def extract_bag(
    articles_or_paths: db.Bag,
    *,
    plugins: Sequence[str] | None = None,
    disable: Iterable[str] = (),
    config: Mapping[str, Mapping[str, Any]] | None = None,
) -> db.Bag:
    """A bag of JSON-ready records (`defnews.dump_record`), one per article, in order.

    ``articles_or_paths`` holds `Article` values (as from
    `articles_bag`) or file paths, which are parsed as streams (strictly: a malformed
    article raises). ``plugins``, ``disable`` and ``config`` are those of
    `Pipeline`; plugins are given by entry-point name so that every
    worker loads them from its own installation.
    """
    if plugins is not None and not all(isinstance(name, str) for name in plugins):
        raise TypeError("extract_bag takes plugin names (entry points), not plugin objects")
    options: Options = (
        None if plugins is None else tuple(plugins),
        tuple(sorted(disable)),
        json.dumps(config or {}, sort_keys=True),
    )
    bag: Any = articles_or_paths
    return cast("db.Bag", bag.map_partitions(_extract_partition, options))


def _pipeline(options: Options) -> Pipeline:
    """This process's pipeline for ``options``, built on first use."""
    pipeline = _pipelines.get(options)
    if pipeline is None:
        plugins, disable, config = options
        pipeline = Pipeline(
            None if plugins is None else list(plugins), disable=disable, config=json.loads(config)
        )
        _pipelines[options] = pipeline
    return pipeline


def _extract_partition(items: Iterable[Any], options: Options) -> list[dict[str, Any]]:
    pipeline = _pipeline(options)
    records: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, Article):
            records.append(dump_record(pipeline.extract(item)))
        elif isinstance(item, (str, os.PathLike)):
            for article in iter_articles(Path(item)):
                records.append(dump_record(pipeline.extract(article)))
        else:
            raise TypeError(
                f"extract_bag: expected an Article or a path, got {type(item).__name__}"
            )
    return records


# --- flat tables ----------------------------------------------------------------------------


def entity_rows(record: Mapping[str, Any]) -> Iterator[tuple[Any, ...]]:
    """One row per entity of a record, in `ENTITY_COLUMNS` order."""
    article = record["article"]
    for entity in record.get("entities", ()):
        yield (
            article["id"],
            article["date"],
            entity["id"],
            entity["kind"],
            entity["name"],
            entity.get("role"),
            entity.get("country"),
            entity.get("extractor", ""),
            float(entity.get("confidence", 1.0)),
            len(entity.get("mentions", ())),
        )


def claim_rows(record: Mapping[str, Any]) -> Iterator[tuple[Any, ...]]:
    """One row per claim of a record, in `CLAIM_COLUMNS` order."""
    article = record["article"]
    for claim in record.get("claims", ()):
        evidence = claim["evidence"]
        amount = claim.get("amount") or {}
        time = claim.get("time") or {}
        yield (
            article["id"],
            article["date"],
            claim["id"],
            claim["kind"],
            claim["modality"],
            evidence["text"],
            int(evidence["start"]),
            int(evidence["end"]),
            ",".join(claim.get("parties", ())),
            claim.get("subject"),
            claim.get("speaker"),
            amount.get("value"),
            amount.get("currency"),
            time.get("from"),
            time.get("until"),
            claim.get("extractor", ""),
            float(claim.get("confidence", 1.0)),
        )


def _all_entity_rows(records: Iterable[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
    return [row for record in records for row in entity_rows(record)]


def _all_claim_rows(records: Iterable[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
    return [row for record in records for row in claim_rows(record)]


def to_dataframes(records: db.Bag) -> tuple[dd.DataFrame, dd.DataFrame]:
    """Dask DataFrames ``(entities, claims)`` of a bag of records, one row per item.

    Columns and dtypes are `ENTITY_COLUMNS` and `CLAIM_COLUMNS`; they are given as
    ``meta``, so building the frames computes nothing. The index restarts in every partition.
    """
    bag: Any = records
    entities = bag.map_partitions(_all_entity_rows).to_dataframe(meta=dict(ENTITY_COLUMNS))
    claims = bag.map_partitions(_all_claim_rows).to_dataframe(meta=dict(CLAIM_COLUMNS))
    return cast("dd.DataFrame", entities), cast("dd.DataFrame", claims)
