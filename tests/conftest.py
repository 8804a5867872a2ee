"""Shared fixtures: paths to the project's own fixtures and to ../shared/seeds when present."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

pytest_plugins = ("pytester",)

# CI machines are shared and slow at times; Hypothesis also scans local source for constants on
# its first draw. Neither is a property of the code under test, so no deadlines or speed checks.
settings.register_profile("defnews", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("defnews")

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
