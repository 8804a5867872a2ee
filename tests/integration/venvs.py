"""Temporary virtual environments that see this defnews install, for plugin install tests."""

from __future__ import annotations

import re
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

BLOCK = re.compile(r'```\w+ title="(?P<path>[^"]+)"\n(?P<body>.*?)```', re.DOTALL)


def files_from_markdown(markdown: Path, target: Path) -> list[Path]:
    """Write every code block with a ``title="path"`` into ``target``; return the files."""
    written = []
    for block in BLOCK.finditer(markdown.read_text(encoding="utf-8")):
        path = target / block["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(block["body"], encoding="utf-8")
        written.append(path)
    return written


def make_venv(root: Path) -> Path:
    """A fresh venv whose ``sys.path`` also holds this interpreter's (so defnews is there)."""
    venv.create(root, with_pip=False)
    python = root / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    outer = [p for p in sys.path if p and Path(p).is_dir()]
    Path(purelib, "_outer_defnews.pth").write_text("\n".join(outer) + "\n", encoding="utf-8")
    return python


def pip_install(python: Path, project: Path) -> None:
    """Build and install ``project`` into the venv of ``python`` with this pip, offline."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            str(project),
        ],
        check=True,
        capture_output=True,
        text=True,
    )


def run_defnews(
    python: Path, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m defnews ARGS`` in the venv."""
    return subprocess.run(
        [str(python), "-m", "defnews", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={"PATH": str(python.parent), "PYTHONIOENCODING": "utf-8"},
    )


PURELIB = sysconfig.get_paths()["purelib"]
