"""Benchmark corpora in the dated text format, made from the bundled sample articles.

``python -m benchmarks.make_corpus OUT --size-mb 20`` writes one multi-article file of about that
size. Each article is a sample with its header date moved (within 2015..2029) and its body
paragraphs shuffled, so articles differ and their ids (hash of date and text) are unique; the
title stays first, a heading stays with the block it introduces and a ``Q:`` block with its
``A:`` block. Output is deterministic for a given seed.

``--adversarial DIR`` writes the hostile inputs instead: a 5 MB paragraph with no punctuation,
100,000 quote marks, 100,000 capitalised words and a 1 MB line of digits, one article each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import attrs

from defnews.samples_path import sample_files

__all__ = [
    "ADVERSARIAL",
    "CorpusStats",
    "Sample",
    "adversarial_article",
    "generate_articles",
    "load_samples",
    "write_corpus",
]

MB = 1_000_000
_HEADER = re.compile(r"\s*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*\n", re.IGNORECASE)
_FIRST_DAY = dt.date(2015, 1, 1)
_DAYS = (dt.date(2029, 12, 31) - _FIRST_DAY).days
_FINAL = tuple(".!?:;,\"')”’»")


@attrs.frozen
class Sample:
    """A bundled article split for shuffling: its title block and the units after it."""

    name: str
    date: dt.date
    title: str
    units: tuple[str, ...]


@attrs.frozen
class CorpusStats:
    """What a generated corpus holds."""

    articles: int
    bytes: int
    words: int


def _binds_forward(block: str) -> bool:
    """A heading or a question keeps the block after it next to it."""
    if block.lstrip().upper().startswith(("Q:", "QUESTION:")):
        return True
    return "\n" not in block and len(block) <= 100 and not block.rstrip().endswith(_FINAL)


def load_samples() -> list[Sample]:
    """The bundled sample articles, ready to shuffle."""
    samples: list[Sample] = []
    for path in sample_files():
        raw = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
        header = _HEADER.match(raw.removeprefix("\ufeff"))
        if header is None:
            continue
        body = raw.removeprefix("\ufeff")[header.end() :].strip()
        blocks = [b.strip() for b in re.split(r"\n[ \t]*\n", body) if b.strip()]
        if not blocks:
            continue
        units: list[str] = []
        pending: list[str] = []
        for block in blocks[1:]:
            pending.append(block)
            if not _binds_forward(block):
                units.append("\n\n".join(pending))
                pending = []
        if pending:
            units.append("\n\n".join(pending))
        samples.append(
            Sample(path.name, dt.date.fromisoformat(header.group(1)), blocks[0], tuple(units))
        )
    if not samples:
        raise RuntimeError("no bundled sample articles found (defnews/samples/*.txt)")
    return samples


def generate_articles(seed: int = 0, samples: list[Sample] | None = None) -> Iterator[str]:
    """An endless stream of distinct articles, each ending in a newline.

    Article ``n`` is sample ``n % len(samples)`` with a random date and shuffled units; an
    article whose date and text were already produced is drawn again, so ids never repeat.
    """
    pool = samples if samples is not None else load_samples()
    rng = random.Random(seed)
    seen: set[bytes] = set()
    index = 0
    while True:
        sample = pool[index % len(pool)]
        index += 1
        while True:
            date = _FIRST_DAY + dt.timedelta(days=rng.randrange(_DAYS))
            units = list(sample.units)
            rng.shuffle(units)
            body = "\n\n".join([sample.title, *units])
            key = hashlib.blake2b(f"{date}\n{body}".encode(), digest_size=12).digest()
            if key not in seen:
                seen.add(key)
                break
        yield f" date {date.isoformat()}\n{body}\n"


def write_corpus(out: IO[str] | Path | str, size_bytes: int, *, seed: int = 0) -> CorpusStats:
    """Write whole articles until at least ``size_bytes`` UTF-8 bytes; return what was written."""
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="\n") as handle:
            return write_corpus(handle, size_bytes, seed=seed)
    articles = written = words = 0
    for article in generate_articles(seed):
        if written >= size_bytes:
            break
        out.write(article)
        articles += 1
        written += len(article.encode("utf-8"))
        words += len(article.split()) - 2  # not the header's "date" and date
    return CorpusStats(articles, written, words)


# --- adversarial inputs ---------------------------------------------------------------------


def _vocabulary(capitalised: bool) -> list[str]:
    words: set[str] = set()
    for sample in load_samples():
        for unit in (sample.title, *sample.units):
            words.update(re.findall(r"[^\W\d_]{2,}", unit))
    chosen = sorted(w for w in words if w[0].isupper() == capitalised)
    return chosen or ["Alpha", "Bravo", "Charlie"]


def _words(count: int | None, size: int | None, capitalised: bool | None, seed: int) -> str:
    rng = random.Random(seed)
    if capitalised is None:
        vocabulary = _vocabulary(True) + _vocabulary(False)
    else:
        vocabulary = _vocabulary(capitalised)
    parts: list[str] = []
    length = 0
    while (count is not None and len(parts) < count) or (size is not None and length < size):
        word = rng.choice(vocabulary)
        parts.append(word)
        length += len(word) + 1
    return " ".join(parts)


def _no_punctuation() -> str:
    """A single 5 MB paragraph of sample words (both cases) with no punctuation at all."""
    return _words(None, 5 * MB, None, seed=1)


def _quote_marks() -> str:
    """100,000 quote marks of every kind, with a word between each, in one paragraph."""
    marks = ['"', "“", "”", "'", "‘", "’", "«", "»"]
    rng = random.Random(2)
    vocabulary = _vocabulary(True) + _vocabulary(False)
    return " ".join(f"{marks[i % len(marks)]}{rng.choice(vocabulary)}" for i in range(100_000))


def _capitalised_words() -> str:
    """100,000 capitalised words in one run without punctuation (worst case for names)."""
    return _words(100_000, None, True, seed=3)


def _digits() -> str:
    """A single 1 MB line of digits."""
    return ("1234567890" * (MB // 10 + 1))[:MB]


ADVERSARIAL: dict[str, Callable[[], str]] = {
    "no-punctuation-5mb": _no_punctuation,
    "quote-marks-100k": _quote_marks,
    "capitalised-words-100k": _capitalised_words,
    "digits-line-1mb": _digits,
}
"""Hostile bodies by name; :func:`adversarial_article` wraps one in a dated article."""


def adversarial_article(name: str) -> str:
    """The named adversarial input as one article in the dated text format."""
    return f" date 2024-06-01\nAdversarial input {name}\n\n{ADVERSARIAL[name]()}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.make_corpus", description=__doc__)
    parser.add_argument("out", type=Path, help="file to write (a directory with --adversarial)")
    parser.add_argument("--size-mb", type=float, default=20.0, help="corpus size (default 20)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--adversarial", action="store_true", help="write the hostile inputs")
    arguments = parser.parse_args(argv)
    if arguments.adversarial:
        arguments.out.mkdir(parents=True, exist_ok=True)
        for name in ADVERSARIAL:
            path = arguments.out / f"{name}.txt"
            path.write_text(adversarial_article(name), encoding="utf-8")
            print(f"{path}: {path.stat().st_size / MB:.2f} MB")
        return 0
    stats = write_corpus(arguments.out, int(arguments.size_mb * MB), seed=arguments.seed)
    print(
        f"{arguments.out}: {stats.articles} articles, {stats.bytes / MB:.2f} MB, "
        f"{stats.words} words"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
