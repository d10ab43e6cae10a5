"""Shared test fixtures: where the corpora are.

The real and silver corpora live outside the project (../shared/corpus) and
must not be committed; tests that need them skip when they are absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VANBAN_SHARED", ROOT.parent / "shared"))
SAMPLES = ROOT / "corpus" / "samples"
GOLD = ROOT / "corpus" / "gold"

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def shared_corpus(name: str) -> Path:
    path = SHARED / "corpus" / name
    if not path.is_dir():
        pytest.skip(f"shared corpus {path} not present")
    return path


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def gold_dir() -> Path:
    return GOLD
