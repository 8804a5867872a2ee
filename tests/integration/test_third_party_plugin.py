"""A plugin built as its own distribution and installed beside defnews is found and isolated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.integration.venvs import files_from_markdown, make_venv, pip_install, run_defnews

pytestmark = pytest.mark.slow

ARTICLE = """ date 2024-06-10
Germany will send more Patriot systems and IRIS-T launchers, Defence Minister Boris Pistorius said.
Rheinmetall also signed a contract with Ukraine for 155mm shells. HIMARS units arrived in May.
"""

EXPLODING = {
    "pyproject.toml": """[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "defnews-exploding"
version = "0.0.1"

[project.entry-points.defnews]
exploding = "defnews_exploding"

[tool.hatch.build.targets.wheel]
packages = ["defnews_exploding"]
""",
    "defnews_exploding/__init__.py": """from defnews import hookimpl


@hookimpl
def defnews_entities(ctx):
    raise RuntimeError("exploding plugin was asked about " + ctx.article.id)
""",
}


@pytest.fixture(scope="module")
def venv_with_plugins(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("third-party")
    example = root / "defnews-weapons"
    written = files_from_markdown(ROOT / "docs" / "writing-plugins.md", example)
    assert {p.name for p in written} == {"pyproject.toml", "__init__.py"}
    code = (example / "defnews_weapons" / "__init__.py").read_text()
    assert len(code.splitlines()) < 40, "the documented example must stay under 40 lines"
    exploding = root / "defnews-exploding"
    for name, body in EXPLODING.items():
        (exploding / name).parent.mkdir(parents=True, exist_ok=True)
        (exploding / name).write_text(body)
    python = make_venv(root / "venv")
    pip_install(python, example)
    pip_install(python, exploding)
    (root / "article.txt").write_text(ARTICLE)
    return python


def test_plugins_command_lists_the_installed_example(venv_with_plugins: Path) -> None:
    listing = run_defnews(venv_with_plugins, "plugins", "--json")
    rows = {row["name"]: row for row in json.loads(listing.stdout)}
    assert rows["weapons"]["loaded"] is True
    assert rows["weapons"]["version"] == "1.0.0"
    assert rows["weapons"]["distribution"] == "defnews-weapons"
    assert rows["weapons"]["hooks"] == ["defnews_entities"]
    assert {"officials", "organizations", "contracts", "funds"} <= set(rows)


def test_extract_output_holds_the_plugin_results_and_survives_a_raising_one(
    venv_with_plugins: Path,
) -> None:
    article = venv_with_plugins.parents[2] / "article.txt"
    done = run_defnews(venv_with_plugins, "extract", str(article))
    assert done.returncode == 0, done.stderr
    [record] = [json.loads(line) for line in done.stdout.splitlines()]
    ids = {entity["id"] for entity in record["entities"]}
    assert {"weapon/patriot", "weapon/iris-t", "weapon/himars"} <= ids
    assert "org/rheinmetall" in ids, "built-in plugins still produce their results"
    [problem] = [d for d in record["diagnostics"] if d["plugin"] == "exploding"]
    assert problem["hook"] == "defnews_entities"
    assert "exploding plugin was asked about" in problem["message"]
    assert record["article"]["id"] in problem["message"]


def test_environment_variable_limits_the_plugins(venv_with_plugins: Path) -> None:
    article = venv_with_plugins.parents[2] / "article.txt"
    import os
    import subprocess

    env = {"PATH": str(venv_with_plugins.parent), "DEFNEWS_PLUGINS": "weapons"}
    done = subprocess.run(
        [str(venv_with_plugins), "-m", "defnews", "extract", str(article)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
    )
    record = json.loads(done.stdout)
    assert {e["extractor"] for e in record["entities"]} == {"weapons"}
    assert record["diagnostics"] == []
