"""The documentation site builds in strict mode: no warning, no broken link, no missing page."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

NEEDED = {"mkdocs": "mkdocs", "material": "mkdocs-material", "mkdocstrings": "mkdocstrings"}


def test_docs_build_strict(tmp_path: Path) -> None:
    missing = [dist for module, dist in NEEDED.items() if importlib.util.find_spec(module) is None]
    if missing or importlib.util.find_spec("mkdocstrings_handlers.python") is None:
        pytest.skip(
            "the docs tools are not installed (pip install mkdocs mkdocs-material "
            f"'mkdocstrings[python]'); missing: {missing or ['mkdocstrings-python']}"
        )
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    site = tmp_path / "site"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--config-file",
            str(ROOT / "mkdocs.yml"),
            "--site-dir",
            str(site),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = done.stderr.splitlines()
    first = next((n for n, line in enumerate(lines) if line.startswith(("WARNING", "ERROR"))), None)
    problems = lines[first:] if first is not None else lines[-40:]
    assert done.returncode == 0, "mkdocs build --strict failed:\n" + "\n".join(problems)
    assert (site / "index.html").is_file()
    assert (site / "api" / "index.html").is_file()
