"""pytest plugin of the conformance kit; inactive until asked for.

Registered through the ``pytest11`` entry point. It adds one option and one fixture and does
nothing else unless used: ``pytest --defnews-plugin NAME`` runs the kit against an installed
plugin (entry-point name or importable module), and the ``defnews_conformance`` fixture gives
tests `defnews.testing.check_plugin`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("defnews", "defnews conformance kit")
    group.addoption(
        "--defnews-plugin",
        action="append",
        default=[],
        metavar="NAME",
        help="run the defnews conformance kit against this plugin (entry-point name or module)",
    )


@pytest.fixture
def defnews_conformance() -> Callable[..., Any]:
    """`defnews.testing.check_plugin`, for use in a plugin's own tests."""
    from defnews.testing import check_plugin

    return check_plugin


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    names: list[str] = config.getoption("--defnews-plugin")
    if not names:
        return
    items.extend(
        ConformanceItem.from_parent(session, name=f"defnews-conformance[{name}]", plugin=name)
        for name in names
    )


class ConformanceItem(pytest.Item):
    """One ``--defnews-plugin NAME`` conformance run as a pytest item."""

    def __init__(self, *, plugin: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.plugin = plugin

    def runtest(self) -> None:
        from defnews.testing import check_plugin

        check_plugin(self.plugin)

    def reportinfo(self) -> tuple[str, int, str]:
        return "defnews-conformance", 0, f"conformance of plugin {self.plugin}"
