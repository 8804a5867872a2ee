"""Finding and loading extractor plugins through the ``defnews`` entry-point group.

Built-in plugins are found exactly like a third party's: each is an entry point in the
``defnews`` group naming a module (or object) with ``@hookimpl`` functions. A plugin that fails
to import is reported, not fatal.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from importlib import metadata

import attrs
import pluggy

from defnews import hookspecs

__all__ = [
    "DISABLE_ENV",
    "ENTRY_POINT_GROUP",
    "PLUGINS_ENV",
    "PluginInfo",
    "discover",
    "names_from_env",
    "new_manager",
]

ENTRY_POINT_GROUP = "defnews"
PLUGINS_ENV = "DEFNEWS_PLUGINS"
"""Comma-separated allow-list of plugin names for the command line; set but empty loads none."""
DISABLE_ENV = "DEFNEWS_DISABLE_PLUGINS"
"""Comma-separated plugin names the command line must not load."""

HOOK_NAMES = (
    "defnews_gazetteer",
    "defnews_entities",
    "defnews_claims",
    "defnews_role_at",
    "defnews_process_article",
)


@attrs.frozen(kw_only=True)
class PluginInfo:
    """What is known of one plugin: where it comes from and whether it loaded."""

    name: str
    value: str = ""
    distribution: str | None = None
    version: str | None = None
    loaded: bool = False
    error: str | None = None
    hooks: tuple[str, ...] = ()
    plugin: object = attrs.field(default=None, eq=False, repr=False)


def new_manager() -> pluggy.PluginManager:
    """A plugin manager that knows the defnews hook specifications."""
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    manager.add_hookspecs(hookspecs)
    return manager


def implemented_hooks(plugin: object) -> tuple[str, ...]:
    """The defnews hooks an object implements."""
    return tuple(
        name for name in HOOK_NAMES if getattr(getattr(plugin, name, None), "defnews_impl", None)
    )


def discover(only: Sequence[str] | None = None, disable: Iterable[str] = ()) -> list[PluginInfo]:
    """Load the entry points of the ``defnews`` group, sorted by name.

    ``only`` keeps just those names (an empty sequence keeps none); ``disable`` drops names.
    A plugin that raises on import comes back with ``loaded=False`` and the error.
    """
    blocked = set(disable)
    wanted = None if only is None else set(only)
    found: dict[str, PluginInfo] = {}
    for entry_point in sorted(
        metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: (ep.name, ep.value)
    ):
        name = entry_point.name
        if name in blocked or (wanted is not None and name not in wanted) or name in found:
            continue
        dist = entry_point.dist
        info = PluginInfo(
            name=name,
            value=entry_point.value,
            distribution=dist.name if dist is not None else None,
            version=dist.version if dist is not None else None,
        )
        try:
            plugin = entry_point.load()
        except Exception as error:  # a broken plugin must not stop the others
            found[name] = attrs.evolve(info, error=f"{type(error).__name__}: {error}")
            continue
        found[name] = attrs.evolve(
            info, loaded=True, hooks=implemented_hooks(plugin), plugin=plugin
        )
    return list(found.values())


def names_from_env(variable: str) -> list[str] | None:
    """Plugin names from a comma-separated environment variable; None when it is unset."""
    raw = os.environ.get(variable)
    if raw is None:
        return None
    return [name.strip() for name in raw.split(",") if name.strip()]
