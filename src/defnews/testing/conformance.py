"""The conformance kit: standard properties every extractor plugin must keep.

`check_plugin` runs them with Hypothesis against any plugin object (a module or an
instance with ``@hookimpl`` functions) or installed plugin name:

1. it returns only valid items (right types, spans in bounds whose text matches, references to
   entities that exist) and raises no exception, on generated and on arbitrary articles;
2. its output is deterministic (two runs give byte-identical JSON);
3. its output serialises to a record that validates against the shipped JSON Schema;
4. its time grows linearly with article size.

A failure raises `ConformanceError` naming the property, the shrunk article and the
offending item or diagnostic.
"""

from __future__ import annotations

import datetime as dt
import importlib
import time
from collections.abc import Sequence
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from defnews.errors import ExtractionError
from defnews.models import Article, Extraction
from defnews.parser import build_article, render
from defnews.pipeline import Pipeline
from defnews.plugins import discover
from defnews.serialization import dump_record, dumps_record, record_schema
from defnews.testing.strategies import documents

__all__ = ["ConformanceError", "check_linear", "check_plugin"]

LINEAR_FACTOR = 8
LINEAR_LIMIT = 24.0
"""Time on an 8x larger article may grow at most 24x (a quadratic plugin shows 64x)."""


class ConformanceError(AssertionError):
    """A plugin broke a conformance property; the message shows the article and the item."""


def _load(plugin: object | str) -> object:
    if not isinstance(plugin, str):
        return plugin
    return importlib.import_module(plugin)


def _pipeline(plugin: object | str, helpers: Sequence[str]) -> Pipeline:
    installed = {info.name for info in discover()}
    if isinstance(plugin, str) and plugin in installed:
        return Pipeline([*helpers, plugin], strict=False)
    return Pipeline([*helpers, _load(plugin)], strict=False)


def _name_of(pipeline: Pipeline) -> str:
    return pipeline.plugins[-1].name


def _problem(pipeline: Pipeline, result: Extraction) -> str | None:
    name = _name_of(pipeline)
    for diagnostic in result.diagnostics:
        if diagnostic.level == "error" and diagnostic.plugin == name:
            return f"[{diagnostic.code}] {diagnostic.message}"
    return None


def _fail(prop: str, article: Article, detail: str) -> ConformanceError:
    return ConformanceError(
        f"conformance property {prop!r} failed: {detail}\n"
        f"--- article (dated text format) ---\n{render(article)}---"
    )


def _check_article(pipeline: Pipeline, article: Article) -> None:
    try:
        first = pipeline.extract(article)
    except ExtractionError as error:  # pragma: no cover - pipeline is not strict
        raise _fail("valid-items", article, str(error)) from error
    problem = _problem(pipeline, first)
    if problem is not None:
        raise _fail("valid-items", article, problem)
    _check_schema(article, first)
    second = pipeline.extract(article)
    if dumps_record(first) != dumps_record(second):
        raise _fail("deterministic", article, _difference(first, second))


def _check_schema(article: Article, result: Extraction) -> None:
    try:
        import jsonschema  # type: ignore[import-untyped, unused-ignore]
    except ImportError:  # pragma: no cover - the testing extra installs it
        return
    try:
        jsonschema.validate(dump_record(result), record_schema())
    except jsonschema.ValidationError as error:
        raise _fail("schema", article, f"{error.message} at {list(error.absolute_path)}") from None


def _difference(first: Extraction, second: Extraction) -> str:
    for field in ("entities", "claims"):
        a, b = getattr(first, field), getattr(second, field)
        if a != b:
            return f"{field} differ between two runs: {a!r} != {b!r}"[:2000]
    return "records differ between two runs"


def _timed(pipeline: Pipeline, article: Article) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        pipeline.extract(article)
        best = min(best, time.perf_counter() - started)
    return best


def _scaled(article: Article, factor: int) -> Article:
    return build_article(article.date, "\n\n".join([article.text] * factor))


def check_linear(pipeline: Pipeline, sample: Article, *, target_seconds: float = 0.02) -> None:
    """Time on ``sample`` repeated to ~``target_seconds``, then 8x that: ratio below 24."""
    article = sample
    while _timed(pipeline, article) < target_seconds and len(article.text) < 2_000_000:
        article = _scaled(article, 2)
    small = _timed(pipeline, article)
    large = _timed(pipeline, _scaled(article, LINEAR_FACTOR))
    ratio = large / max(small, 1e-9)
    if ratio > LINEAR_LIMIT:
        raise _fail(
            "linear-time",
            sample,
            f"{LINEAR_FACTOR}x the text took {ratio:.1f}x the time "
            f"({small * 1000:.1f} ms -> {large * 1000:.1f} ms); expected <= {LINEAR_LIMIT}",
        )


ARBITRARY = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=400
).filter(lambda t: t.strip() == t and bool(t))

SAMPLE = (
    "Deputy Defence Minister Ivan Petrenko said that Ukraine signed a EUR 300 million contract "
    "with Rheinmetall for 155mm shells last month. \u201cWe will build the plant by the end of "
    "the year,\u201d Petrenko said. The European Union is considering a special defense fund "
    "financed by windfall profits of frozen Russian assets, according to the minister."
)


def check_plugin(
    plugin: object | str,
    *,
    with_plugins: Sequence[str] = (),
    max_examples: int = 60,
    linear: bool = True,
) -> None:
    """Run every conformance property against ``plugin``; raise `ConformanceError`.

    Args:
        plugin: a plugin object (module or instance), an importable module path, or the name
            of an installed plugin.
        with_plugins: installed plugins the checked one needs beside it (a claims plugin needs
            the entities of ``officials`` and ``organizations``).
        max_examples: Hypothesis examples per property.
        linear: also check that time grows linearly with article size.
    """
    pipeline = _pipeline(plugin, with_plugins)
    loaded = pipeline.plugins[-1]
    if not loaded.loaded:
        raise ConformanceError(f"plugin {loaded.name!r} did not load: {loaded.error}")
    run_settings = settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )

    @run_settings
    @given(documents())
    def generated(document: Any) -> None:
        _check_article(pipeline, document.article)

    @run_settings
    @given(ARBITRARY, st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1)))
    def arbitrary(body: str, date: dt.date) -> None:
        _check_article(pipeline, build_article(date, body))

    generated()
    arbitrary()
    for empty in ("A.", "Q: ?\nA: .", "Heading\n\nText.", "\u201c\u201d"):
        _check_article(pipeline, build_article(dt.date(2024, 1, 1), empty))
    if linear:
        check_linear(pipeline, build_article(dt.date(2024, 3, 1), SAMPLE))
