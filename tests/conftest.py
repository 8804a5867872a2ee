"""Shared fixtures: paths to the project's own fixtures and to ../shared/seeds when present."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ("pytester",)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture
def fixtures() -> Path:
    """The folder of the project's own fixture articles."""
    return FIXTURES


@pytest.fixture
def seeds() -> Path:
    """The seed articles of ../shared; skipped on a user's clone, which does not have them."""
    if not (SEEDS / "gold.jsonl").is_file():
        pytest.skip("../shared/seeds is not beside this checkout (only CI has it)")
    return SEEDS
