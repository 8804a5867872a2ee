"""Every built-in plugin passes the conformance kit it ships to plugin authors."""

from __future__ import annotations

import pytest

from defnews.testing import check_plugin

ACTORS = ("officials", "organizations")


@pytest.mark.parametrize(
    ("name", "helpers"),
    [
        ("officials", ("organizations",)),
        ("organizations", ()),
        ("contracts", ACTORS),
        ("funds", ACTORS),
    ],
)
def test_builtin_plugin_conforms(name: str, helpers: tuple[str, ...]) -> None:
    check_plugin(name, with_plugins=helpers, max_examples=40)
