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


# -- the store's two backends --------------------------------------------------------------------
# A test that takes `new_db` runs once on SQLite and once on PostgreSQL: new_db("name.db") is a fresh
# store's --db (a file in a temporary folder, or a fresh database on the throwaway server).

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_server():
    from pgserver import PgServer, pg_bin

    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'vanban[pg]')")
    bin_dir = pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found: scripts/install_system_deps.sh installs them")
    server = PgServer(bin_dir)
    try:
        server.start()
    except Exception:
        server.stop()
        raise
    yield server
    server.stop()


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request) -> str:
    if request.param == "postgresql":
        request.getfixturevalue("pg_server")
    return request.param


@pytest.fixture(scope="session")
def new_db(backend, tmp_path_factory, request):
    """name -> a fresh store target on the backend of this run (databases dropped at the end)."""
    if backend == "sqlite":
        return lambda name="v.db": str(tmp_path_factory.mktemp("db") / name)
    server = request.getfixturevalue("pg_server")
    return lambda name="v.db": server.new_database()
