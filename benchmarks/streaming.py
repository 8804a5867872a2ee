"""Peak memory of ``defnews extract`` over one large multi-article file.

``python -m benchmarks.streaming --size-mb 1024`` writes a file of that many MB in the dated
format (see :mod:`benchmarks.make_corpus`), runs ``python -m defnews extract FILE`` on it as a
child process with its output going to ``/dev/null``, and reports the child's peak resident set
size from ``resource.getrusage(RUSAGE_CHILDREN)`` (the largest of this process's waited-for
children, and theirs). Exit status 1 when the peak reaches ``--limit-mb`` (200) or the command
fails. Arguments after ``--`` go to ``defnews extract`` (for example ``-- --workers 2``).

The command is started by a small launcher process that measures it: Linux charges a child that
was forked from a large process with that process's peak RSS when it execs, so a child started
straight from this script (which may just have generated a 1 GB corpus) would look bigger than it
is. The launcher starts small, so the figure is the command's own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.make_corpus import MB, write_corpus

_LAUNCHER = """
import json, os, resource, subprocess, sys, time
start = time.perf_counter()
with open(os.devnull, "w") as sink:
    status = subprocess.run(sys.argv[2:], stdout=sink, check=False).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
peak = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 1024 / 1024
with open(sys.argv[1], "w") as out:
    json.dump({"status": status, "peak_mb": peak, "wall_s": time.perf_counter() - start,
               "cpu_s": usage.ru_utime + usage.ru_stime}, out)
"""


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
        result_path = Path(tmp) / "usage.json"
        launcher = [sys.executable, "-c", _LAUNCHER, str(result_path), *command]
        launched = subprocess.run(launcher, check=False)
        if not result_path.exists():
            print(f"the launcher failed (exit status {launched.returncode})", file=sys.stderr)
            return 1
        result = json.loads(result_path.read_text(encoding="utf-8"))
    peak, elapsed, status = result["peak_mb"], result["wall_s"], result["status"]
    print(
        f"defnews extract: {size / MB:,.1f} MB in {elapsed:,.1f} s "
        f"({size / MB / elapsed:.2f} MB/s, CPU {result['cpu_s']:,.1f} s), exit status {status}"
    )
    verdict = "ok" if peak < arguments.limit_mb else "OVER THE LIMIT"
    print(f"peak RSS of the child: {peak:.1f} MB (limit {arguments.limit_mb:g} MB): {verdict}")
    return 0 if peak < arguments.limit_mb and status == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
