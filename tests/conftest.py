"""Shared test helpers: paths of fixtures and of ../shared (slow tests only)."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def shared() -> Path:
    """../shared beside the checkout; tests that need it are marked slow and skip without it."""
    if not (SHARED / "examples").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED
