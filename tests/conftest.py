"""Shared fixtures: the seed article and the ../shared data (skipped with a reason when absent)."""
from pathlib import Path

import pytest

from newsanalysis._tables import shared_dir

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "articles" / "000_f582aa4241273fed.txt"


@pytest.fixture(scope="session")
def shared() -> Path:
    d = shared_dir()
    if not (d / "corpus" / "real").is_dir():
        pytest.skip(f"shared data not found at {d} (set NEWSANALYSIS_SHARED)")
    return d


@pytest.fixture(scope="session")
def seed_articles():
    import newsanalysis as na
    return na.load_corpus(SEED)


@pytest.fixture(scope="session")
def real_articles(shared):
    import newsanalysis as na
    return na.load_corpus(shared / "corpus" / "real")
