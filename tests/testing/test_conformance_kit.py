"""The conformance kit flags every deliberately broken plugin and passes a good one."""

from __future__ import annotations

import subprocess
import sys

import pytest

from defnews.testing import ConformanceError, check_plugin
from tests.testing import broken_plugins


@pytest.mark.parametrize(
    ("plugin", "prop"),
    [
        (broken_plugins.OffByOne(), "valid-items"),
        (broken_plugins.Shuffled(), "deterministic"),
        (broken_plugins.CrashesOnEmptyParagraphs(), "valid-items"),
    ],
    ids=["off-by-one", "nondeterministic", "crash-on-empty"],
)
def test_the_kit_flags_broken_plugins(plugin: object, prop: str) -> None:
    with pytest.raises(ConformanceError, match=f"property '{prop}' failed") as caught:
        check_plugin(plugin, max_examples=40, linear=False)
    message = str(caught.value)
    assert "--- article (dated text format) ---" in message
    assert " date " in message


def test_the_kit_flags_a_quadratic_plugin() -> None:
    with pytest.raises(ConformanceError, match="property 'linear-time' failed") as caught:
        check_plugin(broken_plugins.Quadratic(), max_examples=5)
    assert "8x the text took" in str(caught.value)


def test_a_good_plugin_passes() -> None:
    check_plugin(broken_plugins.Good(), max_examples=40)


def test_from_type_works_in_a_fresh_interpreter_without_importing_the_kit() -> None:
    code = (
        "import sys\n"
        "from hypothesis import HealthCheck, given, settings, strategies as st\n"
        "from defnews import Article, Extraction, parse, render\n"
        "assert 'defnews.testing.strategies' in sys.modules, 'entry point did not run'\n"
        "@settings(max_examples=25, database=None, suppress_health_check=list(HealthCheck))\n"
        "@given(st.from_type(Article), st.from_type(Extraction))\n"
        "def check(article, extraction):\n"
        "    assert parse(render(article)) == article\n"
        "    for entity in extraction.entities:\n"
        "        for m in entity.mentions:\n"
        "            assert extraction.article.text[m.start:m.end] == m.text\n"
        "check()\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


BAD_PLUGIN = """
from defnews import Entity, Span, hookimpl


@hookimpl
def defnews_entities(ctx):
    text = ctx.text
    if len(text) < 3 or text[0] == text[1]:
        return []
    return [Entity(id="org/x", kind="organization", name="X", mentions=[Span(1, 2, text[0])])]
"""


def test_pytest_plugin_runs_the_kit_by_name(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(bad_plugin=BAD_PLUGIN, test_nothing="def test_nothing():\n    pass\n")
    monkeypatch.setenv("PYTHONPATH", str(pytester.path))
    result = pytester.runpytest_subprocess(
        "--defnews-plugin", "bad_plugin", "-p", "no:cacheprovider"
    )
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*property 'valid-items' failed*"])
