"""The defnews benchmark: throughput, memory, time shares, linear growth, hostile inputs, spaCy.

``python -m benchmarks.run --size-mb 20`` generates a corpus in the dated format from the bundled
samples (see :mod:`benchmarks.make_corpus`) and prints, for parse only and for parse + every
built-in plugin: articles/s, MB/s, words/s, peak RSS; where the time goes (per plugin hook and
per shared text service); time per MB at 1 and 10 MB (and 100 MB with ``--full``); each
adversarial input's time per MB against the normal corpus; the same corpus through spaCy
``en_core_web_sm`` NER when it is installed, with the speed ratio printed last. ``--json``
prints one JSON document instead.

Every measurement runs in a fresh child process pinned to one CPU (``--cpu``; ``--no-pin`` to
let it float), so each one's peak RSS (``ru_maxrss``) is its own and one slow or runaway case
cannot disturb the others; children stream their input from a file, as ``defnews extract`` does.
Both wall-clock and CPU (``process_time``) figures are kept: on a busy machine trust CPU time.

How the time shares are measured: every non-wrapper hook implementation of every plugin
(``defnews_entities``, ``defnews_claims``, ``defnews_role_at``) is replaced by a timing wrapper
on its pluggy ``HookImpl`` (the pipeline calls ``impl.function`` for each plugin on its own, so
pluggy's hook-call monitoring would only see the outer ``defnews_process_article``), and so are
the shared text services of :mod:`defnews.text` and the gazetteer's ``find``. Times are
*exclusive*: a service a plugin triggers is charged to the service, not the plugin (context
services are computed once per article, so they would otherwise land on whichever plugin asked
first). "core" is what is left of the ``Pipeline.extract`` time: context, merging, validation,
pluggy dispatch and any ``defnews_process_article`` wrappers. Services that a plugin reaches
through private helpers are charged to that plugin. The instrumented run is separate from the
throughput run, whose figures carry no instrumentation overhead.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import types
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000
SERVICES = (
    "split_sentences",
    "find_quotes",
    "find_scare_quotes",
    "find_statements",
    "find_quantities",
    "find_times",
    "modality_of",
)
SPACY_MODEL = "en_core_web_sm"
TARGETS = {
    "parse_mb_s": 50.0,
    "extract_mb_s": 2.0,
    "growth_spread": 0.20,
    "adversarial_ratio": 3.0,
}


# --- child side: one measurement per process --------------------------------------------------


def _peak_rss_mb() -> float:
    """This process's peak resident set size in MB (``ru_maxrss`` is KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def _current_rss_mb() -> float:
    try:
        import psutil

        return float(psutil.Process().memory_info().rss) / 1024 / 1024
    except ImportError:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def _warm_article() -> Any:
    """A bundled sample, so regexes compile and lazy imports happen before the clock starts."""
    import defnews
    from defnews.samples_path import sample_files

    return defnews.parse_file(sample_files()[0])


def _pipeline(plugins: list[str] | None) -> Any:
    from defnews import Pipeline

    pipeline = Pipeline(plugins)
    for info in pipeline.plugins:
        if not info.loaded:
            print(f"warning: plugin {info.name} did not load: {info.error}", file=sys.stderr)
    return pipeline


def _stream(path: str) -> Iterator[Any]:
    from defnews import iter_articles

    return iter_articles(Path(path))


def _window_rates(marks: list[tuple[int, float]]) -> dict[str, float]:
    """CPU seconds per MB of article text in the first and last tenth of the articles."""
    if len(marks) < 20:
        return {}
    tenth = len(marks) // 10

    def rate(lo: int, hi: int) -> float:
        chars = marks[hi][0] - marks[lo][0]
        seconds = marks[hi][1] - marks[lo][1]
        return seconds / (chars / MB) if chars else 0.0

    return {"first_tenth_s_per_mb": rate(0, tenth), "last_tenth_s_per_mb": rate(-tenth - 1, -1)}


def child_throughput(spec: dict[str, Any]) -> dict[str, Any]:
    """Stream a corpus file through parse, parse + plugins, or parse + plugins + JSON."""
    from defnews import dumps_record

    mode = spec["mode"]
    warm = _warm_article()
    pipeline = _pipeline(spec.get("plugins")) if mode != "parse" else None
    if pipeline is not None:
        dumps_record(pipeline.extract(warm))
    rss_before = _current_rss_mb()
    articles = chars = 0
    marks: list[tuple[int, float]] = [(0, 0.0)]
    wall0, cpu0 = time.perf_counter(), time.process_time()
    every = max(1, int(spec.get("mark_every", 50)))
    for article in _stream(spec["path"]):
        if pipeline is not None:
            result = pipeline.extract(article)
            if mode == "extract-json":
                dumps_record(result)
        articles += 1
        chars += len(article.text)
        if articles % every == 0:
            marks.append((chars, time.process_time() - cpu0))
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return {
        "mode": mode,
        "articles": articles,
        "wall_s": wall,
        "cpu_s": cpu,
        "rss_before_mb": rss_before,
        "peak_rss_mb": _peak_rss_mb(),
        "plugins": None if pipeline is None else pipeline.plugin_names,
        "not_loaded": []
        if pipeline is None
        else [info.name for info in pipeline.plugins if not info.loaded],
        "without_hooks": []
        if pipeline is None
        else [info.name for info in pipeline.plugins if info.loaded and not info.hooks],
        **_window_rates(marks),
    }


class _ExclusiveTimer:
    """Wraps callables and adds up each label's time minus the time of timed calls inside it."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._inner: list[float] = []

    def wrap(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        if getattr(function, "_benchmark_timed", False):
            return function

        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._inner.append(0.0)
            start = time.perf_counter()
            try:
                result = function(*args, **kwargs)
                if isinstance(result, (types.GeneratorType, map, filter)):
                    result = list(result)  # a generator hook does its work when iterated
                return result
            finally:
                elapsed = time.perf_counter() - start
                inner = self._inner.pop()
                self.seconds[label] += elapsed - inner
                self.calls[label] += 1
                if self._inner:
                    self._inner[-1] += elapsed

        timed._benchmark_timed = True  # type: ignore[attr-defined]
        return timed


def _instrument_services(timer: _ExclusiveTimer) -> None:
    """Time the shared text services wherever a plugin may import them from."""
    text = importlib.import_module("defnews.text")
    for name in SERVICES:
        original = getattr(text, name, None)
        if original is None:
            continue
        timed = timer.wrap(f"service {name}", original)
        setattr(text, name, timed)
        home = sys.modules.get(getattr(original, "__module__", ""))
        if home is not None and getattr(home, name, None) is original:
            setattr(home, name, timed)


def child_shares(spec: dict[str, Any]) -> dict[str, Any]:
    """Where the time of parse + plugins goes, per plugin hook and per shared service."""
    from defnews.parser import iter_articles

    timer = _ExclusiveTimer()
    _instrument_services(timer)  # before the plugins import them
    warm = _warm_article()
    pipeline = _pipeline(spec.get("plugins"))
    for hook_name in ("defnews_entities", "defnews_claims", "defnews_role_at"):
        for impl in getattr(pipeline.manager.hook, hook_name).get_hookimpls():
            if not (impl.hookwrapper or impl.wrapper):
                impl.function = timer.wrap(f"plugin {impl.plugin_name}", impl.function)
    pipeline.gazetteer.find = timer.wrap("service gazetteer.find", pipeline.gazetteer.find)
    pipeline.extract(warm)
    timer.seconds.clear()
    timer.calls.clear()
    parse_s = extract_s = 0.0
    articles = 0
    stream = iter_articles(Path(spec["path"]))
    while True:
        start = time.perf_counter()
        article = next(stream, None)
        parse_s += time.perf_counter() - start
        if article is None:
            break
        start = time.perf_counter()
        pipeline.extract(article)
        extract_s += time.perf_counter() - start
        articles += 1
    timed = dict(timer.seconds)
    shares = {"parse (read, split, build Article)": parse_s, **timed}
    shares["core (context, merge, validation, dispatch)"] = max(
        0.0, extract_s - sum(timed.values())
    )
    return {"articles": articles, "total_s": parse_s + extract_s, "seconds": shares}


def child_spacy(spec: dict[str, Any]) -> dict[str, Any]:
    """spaCy ``en_core_web_sm`` with only its NER (and the tok2vec it needs) on the texts.

    Reads the texts from a JSON file so that it needs nothing but spaCy: ``--spacy-python``
    may name an interpreter of another environment.
    """
    import spacy

    texts: list[str] = json.loads(Path(spec["texts"]).read_text(encoding="utf-8"))
    size = sum(len(text.encode()) for text in texts)
    words = sum(len(text.split()) for text in texts)
    nlp = spacy.load(spec.get("model", SPACY_MODEL))
    keep = {"tok2vec", "ner"}
    nlp.select_pipes(enable=[name for name in nlp.pipe_names if name in keep])
    list(nlp.pipe(texts[:2]))
    wall0, cpu0 = time.perf_counter(), time.process_time()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=16))
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return {
        "articles": len(texts),
        "bytes": size,
        "words": words,
        "entities": entities,
        "wall_s": wall,
        "cpu_s": cpu,
        "pipes": nlp.pipe_names,
        "spacy_version": spacy.__version__,
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "peak_rss_mb": _peak_rss_mb(),
    }


CHILDREN: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "throughput": child_throughput,
    "shares": child_shares,
    "spacy": child_spacy,
}


# --- parent side: corpora, children, tables ---------------------------------------------------


class Runner:
    """Starts one child process per measurement, pinned to one CPU."""

    def __init__(self, cpu: int | None, timeout: float) -> None:
        self.cpu = cpu
        self.timeout = timeout

    def __call__(
        self, kind: str, timeout: float | None = None, python: str | None = None, **spec: Any
    ) -> dict[str, Any]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
        for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            env[variable] = "1"
        command = [
            python or sys.executable,
            "-m",
            "benchmarks.run",
            "--child",
            json.dumps({kind: spec}),
        ]
        if self.cpu is not None:
            command[3:3] = ["--cpu", str(self.cpu)]
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                env=env,
                cwd=ROOT,
                timeout=timeout or self.timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return {"error": f"timed out after {timeout or self.timeout:.0f} s", "timeout": True}
        if done.returncode != 0:
            return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return result


def _rates(result: dict[str, Any], size: int, words: int) -> dict[str, Any]:
    if "error" in result:
        return result
    wall, cpu = result["wall_s"], result["cpu_s"]
    mb = size / MB
    return {
        **result,
        "bytes": size,
        "words": words,
        "articles_per_s": result["articles"] / wall,
        "mb_per_s": mb / wall,
        "mb_per_s_cpu": mb / cpu,
        "words_per_s": words / wall,
        "s_per_mb": wall / mb,
        "s_per_mb_cpu": cpu / mb,
    }


def _corpus(directory: Path, size_mb: float, seed: int) -> tuple[Path, Any]:
    from benchmarks.make_corpus import write_corpus

    path = directory / f"corpus-{size_mb:g}mb.txt"
    return path, write_corpus(path, int(size_mb * MB), seed=seed)


def _default_cpu() -> int | None:
    try:
        return max(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return None


def measure(arguments: argparse.Namespace, log: Callable[[str], None]) -> dict[str, Any]:
    from benchmarks.make_corpus import ADVERSARIAL, adversarial_article

    cpu = (
        None
        if arguments.no_pin
        else (arguments.cpu if arguments.cpu is not None else _default_cpu())
    )
    run = Runner(cpu, arguments.timeout)
    plugins = arguments.plugins.split(",") if arguments.plugins else None
    report: dict[str, Any] = {
        "machine": {
            "python": sys.version.split()[0],
            "cpus": os.cpu_count(),
            "pinned_cpu": cpu,
            "platform": sys.platform,
        },
        "targets": TARGETS,
    }
    with tempfile.TemporaryDirectory(prefix="defnews-bench-") as tmp:
        directory = Path(tmp)
        path, stats = _corpus(directory, arguments.size_mb, arguments.seed)
        report["corpus"] = {
            "mb": stats.bytes / MB,
            "articles": stats.articles,
            "words": stats.words,
        }
        log(f"corpus: {stats.articles} articles, {stats.bytes / MB:.1f} MB, {stats.words} words")
        throughput: dict[str, Any] = {}
        for mode in ("parse", "extract", "extract-json"):
            log(f"measuring {mode} ...")
            result = run("throughput", mode=mode, path=str(path), plugins=plugins)
            throughput[mode] = _rates(result, stats.bytes, stats.words)
        report["throughput"] = throughput

        log("measuring time shares ...")
        shares_path = path
        if arguments.shares_mb < arguments.size_mb:
            shares_path, _ = _corpus(directory, arguments.shares_mb, arguments.seed)
        report["shares"] = run("shares", path=str(shares_path), plugins=plugins)

        growth: dict[str, Any] = {}
        for size_mb in (1.0, 10.0, 100.0) if arguments.full else (1.0, 10.0):
            log(f"measuring growth at {size_mb:g} MB ...")
            grown, grown_stats = _corpus(directory, size_mb, arguments.seed)
            growth[f"{size_mb:g}"] = {
                mode: _rates(
                    run("throughput", mode=mode, path=str(grown), plugins=plugins),
                    grown_stats.bytes,
                    grown_stats.words,
                )
                for mode in ("parse", "extract")
            }
            grown.unlink()
        report["growth"] = growth

        adversarial: dict[str, Any] = {}
        for name in ADVERSARIAL:
            log(f"measuring adversarial {name} ...")
            hostile = directory / f"{name}.txt"
            hostile.write_text(adversarial_article(name), encoding="utf-8")
            size = hostile.stat().st_size
            adversarial[name] = {
                mode: _rates(
                    run(
                        "throughput",
                        timeout=arguments.adversarial_timeout,
                        mode=mode,
                        path=str(hostile),
                        plugins=plugins,
                    ),
                    size,
                    len(hostile.read_text(encoding="utf-8").split()) - 2,
                )
                for mode in ("parse", "extract")
            }
        report["adversarial"] = adversarial

        report["spacy"] = _spacy(run, path, arguments, log)
    report["checks"] = _checks(report)
    return report


def _spacy(
    run: Runner, path: Path, arguments: argparse.Namespace, log: Callable[[str], None]
) -> dict[str, Any]:
    from defnews import iter_articles

    if arguments.no_spacy:
        return {"available": False, "reason": "skipped (--no-spacy)"}
    python = arguments.spacy_python or sys.executable
    model = arguments.spacy_model
    probe = subprocess.run(
        [python, "-c", f"import spacy, {model}"], capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        missing = (probe.stderr.strip().splitlines() or ["import failed"])[-1]
        return {"available": False, "reason": f"spaCy or {model} is not installed ({missing})"}
    texts: list[str] = []
    size = 0
    for article in iter_articles(path):
        texts.append(article.text)
        size += len(article.text.encode())
        if size >= arguments.spacy_mb * MB:
            break
    texts_path = path.with_name("spacy-texts.json")
    texts_path.write_text(json.dumps(texts), encoding="utf-8")
    log(f"measuring spaCy {model} NER on {size / MB:.2f} MB ...")
    result = run("spacy", python=python, texts=str(texts_path), model=model)
    if "error" in result:
        return {"available": False, "reason": f"spaCy run failed: {result['error']}"}
    return {
        "available": True,
        "python": python,
        **result,
        "mb_per_s": result["bytes"] / MB / result["wall_s"],
        "mb_per_s_cpu": result["bytes"] / MB / result["cpu_s"],
        "words_per_s": result["words"] / result["wall_s"],
        "words_per_s_cpu": result["words"] / result["cpu_s"],
    }


def _spread(values: list[float]) -> float:
    return max(values) / min(values) - 1 if values and min(values) > 0 else float("nan")


def _checks(report: dict[str, Any]) -> dict[str, Any]:
    """Each target with the measured value (CPU time of one core) and whether it is met.

    CPU time (``process_time``) rather than wall time: on a shared machine a pinned child can
    wait for its core, which says nothing about defnews. Both are in the report.
    """
    checks: dict[str, Any] = {}
    parse = report["throughput"]["parse"]
    extract = report["throughput"]["extract"]
    if "error" not in parse:
        value = parse["mb_per_s_cpu"]
        checks["parse MB/s >= 50"] = (value, value >= TARGETS["parse_mb_s"])
    if "error" not in extract:
        value = extract["mb_per_s_cpu"]
        checks["parse + plugins MB/s >= 2"] = (value, value >= TARGETS["extract_mb_s"])
    per_mb = [
        sizes["extract"]["s_per_mb_cpu"]
        for sizes in report["growth"].values()
        if "error" not in sizes["extract"]
    ]
    if len(per_mb) >= 2:
        spread = _spread(per_mb)
        checks["time per MB spread (1..N MB) <= 20%"] = (
            spread,
            spread <= TARGETS["growth_spread"],
        )
    normal = extract.get("s_per_mb_cpu")
    for name, modes in report["adversarial"].items():
        result = modes["extract"]
        label = f"{name} per-MB vs normal <= 3x"
        if normal and "error" not in result:
            ratio = result["s_per_mb_cpu"] / normal
            checks[label] = (ratio, ratio <= TARGETS["adversarial_ratio"])
        else:
            checks[label] = (None, False)
    return checks


# --- printing -------------------------------------------------------------------------------


def _fmt(value: float, digits: int = 1) -> str:
    return f"{value:,.{digits}f}"


def print_report(report: dict[str, Any]) -> None:
    corpus = report["corpus"]
    machine = report["machine"]
    print(
        f"defnews benchmark — Python {machine['python']}, {machine['cpus']} CPUs, "
        f"children pinned to CPU {machine['pinned_cpu']}"
    )
    print(
        f"corpus: {corpus['articles']:,} articles, {corpus['mb']:.1f} MB, {corpus['words']:,} words"
    )
    print()
    print("Throughput (one process, one core; CPU-time MB/s in brackets)")
    header = f"{'':22}{'articles/s':>12}{'MB/s':>16}{'words/s':>13}{'peak RSS':>10}"
    print(header)
    labels = {
        "parse": "parse only",
        "extract": "parse + plugins",
        "extract-json": "  ... + JSON records",
    }
    for mode, label in labels.items():
        result = report["throughput"][mode]
        if "error" in result:
            print(f"{label:22}error: {result['error']}")
            continue
        mbs = f"{result['mb_per_s']:.2f} [{result['mb_per_s_cpu']:.2f}]"
        print(
            f"{label:22}{_fmt(result['articles_per_s']):>12}{mbs:>16}"
            f"{_fmt(result['words_per_s'], 0):>13}{result['peak_rss_mb']:>7.0f} MB"
        )
    plugins = report["throughput"]["extract"].get("plugins")
    print(f"plugins: {', '.join(plugins) if plugins else '(none)'}")
    missing = report["throughput"]["extract"].get("not_loaded")
    if missing:
        print(f"NOT LOADED (figures exclude them): {', '.join(missing)}")
    empty = report["throughput"]["extract"].get("without_hooks")
    if empty:
        print(f"LOADED BUT IMPLEMENT NO HOOK (figures exclude them): {', '.join(empty)}")
    print()

    shares = report["shares"]
    if "error" in shares:
        print(f"Time shares: error: {shares['error']}")
    else:
        total = sum(shares["seconds"].values())
        print(f"Time shares of parse + plugins ({shares['articles']:,} articles, {total:.2f} s)")
        per_plugin: dict[str, float] = defaultdict(float)
        for label, seconds in shares["seconds"].items():
            per_plugin[label] += seconds
        for label, seconds in sorted(per_plugin.items(), key=lambda item: -item[1]):
            print(f"  {label:48}{seconds:8.2f} s{100 * seconds / total:7.1f} %")
    print()

    print("Linear growth (time per MB; CPU time in brackets)")
    for size, modes in report["growth"].items():
        cells = []
        for mode in ("parse", "extract"):
            result = modes[mode]
            cells.append(
                "error"
                if "error" in result
                else f"{mode} {result['s_per_mb']:.3f} s/MB [{result['s_per_mb_cpu']:.3f}]"
            )
        print(f"  {size:>5} MB  " + "   ".join(cells))
    main = report["throughput"]["extract"]
    if "first_tenth_s_per_mb" in main:
        print(
            f"  within the {corpus['mb']:.0f} MB run: first tenth "
            f"{main['first_tenth_s_per_mb']:.3f} CPU s/MB, last tenth "
            f"{main['last_tenth_s_per_mb']:.3f} CPU s/MB of article text"
        )
    print()

    print("Adversarial inputs (parse + plugins; CPU time per MB vs the normal corpus)")
    normal = report["throughput"]["extract"].get("s_per_mb_cpu")
    print(f"  {'':26}{'size':>8}{'CPU s':>9}{'CPU s/MB':>10}{'vs normal':>11}{'parse s/MB':>12}")
    for name, modes in report["adversarial"].items():
        result = modes["extract"]
        if "error" in result:
            print(f"  {name:26}error: {result['error']}")
            continue
        ratio = f"{result['s_per_mb_cpu'] / normal:.2f}x" if normal else "n/a"
        parse_cost = modes["parse"].get("s_per_mb_cpu", float("nan"))
        print(
            f"  {name:26}{result['bytes'] / MB:5.2f} MB{result['cpu_s']:9.2f}"
            f"{result['s_per_mb_cpu']:10.3f}{ratio:>11}{parse_cost:12.3f}"
            f"   (wall {result['wall_s']:.1f} s, peak RSS {result['peak_rss_mb']:.0f} MB)"
        )
    print()

    print("Targets (CPU time of one core)")
    for name, (value, met) in report["checks"].items():
        shown = "n/a" if value is None else f"{value:.3f}"
        print(f"  {'ok  ' if met else 'MISS'} {name}: {shown}")
    print()

    spacy = report["spacy"]
    defnews_words = report["throughput"]["extract"].get("words_per_s")
    if not spacy["available"]:
        print(f"spaCy {SPACY_MODEL} NER: MISSING — {spacy['reason']}; comparison skipped")
        print(f"  (pip install spacy && python -m spacy download {SPACY_MODEL} to include it)")
        print("ratio defnews / spaCy NER: n/a (spaCy missing)")
        return
    print(
        f"spaCy {spacy['spacy_version']} {spacy['model']} ({'+'.join(spacy['pipes'])}) on "
        f"{spacy['bytes'] / MB:.2f} MB: {_fmt(spacy['words_per_s'], 0)} words/s "
        f"[{_fmt(spacy['words_per_s_cpu'], 0)} CPU], {spacy['mb_per_s']:.3f} MB/s, "
        f"peak RSS {spacy['peak_rss_mb']:.0f} MB"
    )
    extract = report["throughput"]["extract"]
    if defnews_words:
        defnews_cpu = extract["words"] / extract["cpu_s"]
        print(
            f"ratio defnews (parse + plugins) / spaCy NER, words/s: "
            f"{defnews_words / spacy['words_per_s']:.1f}x wall, "
            f"{defnews_cpu / spacy['words_per_s_cpu']:.1f}x CPU"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--size-mb", type=float, default=20.0, help="main corpus size (20)")
    parser.add_argument("--full", action="store_true", help="also measure growth at 100 MB")
    parser.add_argument("--shares-mb", type=float, default=5.0, help="corpus for time shares (5)")
    parser.add_argument("--spacy-mb", type=float, default=0.5, help="text given to spaCy (0.5)")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy comparison")
    parser.add_argument(
        "--spacy-python", help="interpreter that has spaCy and the model (default: this one)"
    )
    parser.add_argument(
        "--spacy-model", default=SPACY_MODEL, help=f"spaCy model package ({SPACY_MODEL})"
    )
    parser.add_argument("--plugins", help="comma-separated plugins (default: all installed)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cpu", type=int, help="CPU to pin children to (default: the last)")
    parser.add_argument("--no-pin", action="store_true", help="do not pin children to a CPU")
    parser.add_argument("--timeout", type=float, default=3600.0, help="per child, seconds")
    parser.add_argument(
        "--adversarial-timeout", type=float, default=300.0, help="per hostile input, seconds"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--show", type=Path, metavar="JSON", help="print a saved --json report")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.child:
        if arguments.cpu is not None and hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, {arguments.cpu})
        ((kind, spec),) = json.loads(arguments.child).items()
        print(json.dumps(CHILDREN[kind](spec)))
        return 0

    if arguments.show:
        print_report(json.loads(arguments.show.read_text(encoding="utf-8")))
        return 0

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    report = measure(arguments, log)
    if arguments.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
