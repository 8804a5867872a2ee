"""Testing aids for defnews users and plugin authors (install the ``testing`` extra).

- `defnews.testing.strategies`: Hypothesis strategies for documents and every model.
- `check_plugin`: the conformance kit, run against any extractor plugin.
- `defnews.testing.pytest_plugin`: registered with pytest automatically and inactive until
  a test asks for the ``defnews_conformance`` fixture or ``--defnews-plugin NAME`` is given.

Imports are lazy so that loading the pytest plugin costs nothing in projects that do not use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from defnews.testing.conformance import ConformanceError, check_plugin

__all__ = ["ConformanceError", "check_plugin"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from defnews.testing import conformance

        return getattr(conformance, name)
    raise AttributeError(f"module 'defnews.testing' has no attribute {name!r}")
