"""Ordered extraction in several processes, with the same bytes out as one process.

Extraction is CPU-bound pure Python, so threads do not help; processes do. Each worker builds
its own `Pipeline` once (plugins load once per process, not per
article). Articles travel in batches of about `BATCH_CHARS` characters; at most
``window`` batches are in flight and results are yielded in submission order, so the output
order equals the input order and memory stays bounded however large the corpus.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext

import attrs

from defnews.errors import ExtractionError, ParseError
from defnews.parser import ParsedArticle
from defnews.pipeline import Pipeline
from defnews.serialization import dumps_record

__all__ = ["BATCH_CHARS", "BATCH_JOBS", "Job", "Outcome", "PipelineFactory", "process", "run"]

BATCH_CHARS = 64 * 1024
"""Characters of article text per batch: large enough that inter-process overhead is noise,
small enough that both cores stay busy until the end."""
BATCH_JOBS = 64
"""At most this many articles per batch (many tiny articles still travel in batches)."""

PipelineFactory = Callable[[], Pipeline]
"""Builds the pipeline; must be picklable (a module-level function or a ``functools.partial``)
so that workers started by ``spawn`` or ``forkserver`` can call it too."""


@attrs.frozen
class Job:
    """One input item: a parsed article or the error for a bad one.

    Attributes:
        item: what the parser produced.
        line: the line of the source where the article starts, for error messages.
        position: bytes of input consumed when the item was read, for the progress bar.
    """

    item: ParsedArticle | ParseError
    line: int = 1
    position: int = 0

    @property
    def size(self) -> int:
        """Characters of article text (0 for an error)."""
        return len(self.item.article.text) if isinstance(self.item, ParsedArticle) else 0


@attrs.frozen
class Outcome:
    """The JSON Lines record of one job, or the ``FILE:LINE:COL: message`` of its failure."""

    record: str | None = None
    error: str | None = None


def process(pipeline: Pipeline, job: Job) -> Outcome:
    """Extract one job; every failure becomes an `Outcome` error, never an exception."""
    item = job.item
    if isinstance(item, ParseError):
        return Outcome(error=str(item))
    article = item.article
    where = f"{article.source or '<text>'}:{job.line}:1"
    try:
        result = pipeline.extract(article)
    except ExtractionError as error:
        return Outcome(error=f"{where}: {error}")
    except Exception as error:  # a bug on one odd article must not cost the rest of the run
        return Outcome(
            error=f"{where}: extraction failed on article {article.id}: "
            f"{type(error).__name__}: {error}"
        )
    if item.diagnostics:
        notes = tuple(attrs.evolve(d, article=article.id) for d in item.diagnostics)
        result = attrs.evolve(result, diagnostics=(*notes, *result.diagnostics))
    return Outcome(record=dumps_record(result))


def run(
    jobs: Iterable[Job],
    factory: PipelineFactory,
    workers: int = 1,
    *,
    pipeline: Pipeline | None = None,
    batch_chars: int = BATCH_CHARS,
    batch_jobs: int = BATCH_JOBS,
    window: int | None = None,
    context: BaseContext | None = None,
) -> Generator[tuple[Job, Outcome], None, None]:
    """Each job with its outcome, in input order, using ``workers`` processes.

    With one worker everything runs here (using ``pipeline`` if given). ``window`` bounds the
    batches in flight (default four per worker, so one slow batch at the head of the queue does
    not leave the other workers idle).
    """
    if workers <= 1:
        own = pipeline if pipeline is not None else factory()
        for job in jobs:
            yield job, process(own, job)
        return
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context or multiprocessing.get_context(),
        initializer=_start_worker,
        initargs=(factory,),
    )
    pending: deque[tuple[list[Job], Future[list[Outcome]]]] = deque()
    limit = window or 4 * workers
    try:
        for batch in batches(jobs, batch_chars, batch_jobs):
            pending.append((batch, pool.submit(_run_batch, batch)))
            if len(pending) >= limit:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def batches(jobs: Iterable[Job], max_chars: int, max_jobs: int) -> Iterator[list[Job]]:
    """Consecutive jobs grouped until a batch reaches ``max_chars`` or ``max_jobs``."""
    batch: list[Job] = []
    chars = 0
    for job in jobs:
        batch.append(job)
        chars += job.size
        if chars >= max_chars or len(batch) >= max_jobs:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _collect(batch: list[Job], future: Future[list[Outcome]]) -> Iterator[tuple[Job, Outcome]]:
    yield from zip(batch, future.result(), strict=True)


_worker_pipeline: Pipeline | None = None


def _start_worker(factory: PipelineFactory) -> None:
    """Build this process's pipeline once; Ctrl-C is the parent's to handle."""
    global _worker_pipeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_pipeline = factory()


def _run_batch(batch: list[Job]) -> list[Outcome]:
    if _worker_pipeline is None:
        raise RuntimeError("worker pipeline was not initialised")
    return [process(_worker_pipeline, job) for job in batch]
