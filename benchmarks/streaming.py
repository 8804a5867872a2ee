"""Peak memory of ``defnews extract`` over one large multi-article file.

``python -m benchmarks.streaming --size-mb 1024`` writes a file of that many MB in the dated
format (see :mod:`benchmarks.make_corpus`), runs ``python -m defnews extract FILE`` on it as a
child process with its output going to ``/dev/null``, and reports the child's peak resident set
size from ``resource.getrusage(RUSAGE_CHILDREN)`` (the largest of this process's waited-for
children, and theirs). Exit status 1 when the peak reaches ``--limit-mb`` (200) or the command
fails. Arguments after ``--`` go to ``defnews extract`` (for example ``-- --workers 2``).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.make_corpus import MB, write_corpus


def _kib_to_mb(kib: int) -> float:
    return kib / 1024 if sys.platform != "darwin" else kib / 1024 / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.streaming", description=__doc__)
    parser.add_argument("--size-mb", type=float, default=1024.0, help="file size (1024)")
    parser.add_argument("--limit-mb", type=float, default=200.0, help="peak RSS limit (200)")
    parser.add_argument("--file", type=Path, help="use this file instead of generating one")
    parser.add_argument("--keep", type=Path, help="generate the file here and keep it")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("extra", nargs="*", help="arguments for defnews extract, after --")
    arguments = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="defnews-stream-") as tmp:
        path = arguments.file or arguments.keep or Path(tmp) / "corpus.txt"
        if arguments.file is None:
            print(f"writing {arguments.size_mb:g} MB to {path} ...", file=sys.stderr, flush=True)
            stats = write_corpus(path, int(arguments.size_mb * MB), seed=arguments.seed)
            print(
                f"{stats.articles:,} articles, {stats.bytes / MB:,.1f} MB, {stats.words:,} words",
                file=sys.stderr,
                flush=True,
            )
        size = path.stat().st_size
        command = [sys.executable, "-m", "defnews", "extract", str(path), *arguments.extra]
        print("+ " + " ".join(command) + " > /dev/null", file=sys.stderr, flush=True)
        if resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss:
            print("warning: an earlier child process counts toward the peak", file=sys.stderr)
        start = time.perf_counter()
        with open(os.devnull, "w") as sink:
            done = subprocess.run(command, stdout=sink, check=False)
        elapsed = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = _kib_to_mb(usage.ru_maxrss)
    cpu = usage.ru_utime + usage.ru_stime
    print(
        f"defnews extract: {size / MB:,.1f} MB in {elapsed:,.1f} s "
        f"({size / MB / elapsed:.2f} MB/s, CPU {cpu:,.1f} s), exit status {done.returncode}"
    )
    verdict = "ok" if peak < arguments.limit_mb else "OVER THE LIMIT"
    print(f"peak RSS of the child: {peak:.1f} MB (limit {arguments.limit_mb:g} MB): {verdict}")
    return 0 if peak < arguments.limit_mb and done.returncode == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
