"""Where the sample corpus bundled in the package lives."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["sample_files", "samples_dir"]


def samples_dir() -> Path:
    """The folder of bundled sample articles and their ``gold.jsonl``."""
    return Path(str(resources.files("defnews") / "samples"))


def sample_files() -> list[Path]:
    """The bundled sample articles, in name order."""
    return sorted(samples_dir().glob("*.txt"))
