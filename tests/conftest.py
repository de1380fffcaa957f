"""Shared fixtures: stores built from the sample articles in temporary folders."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from rased.store.importer import import_paths
from rased.store.store import Store

REPO = Path(__file__).resolve().parent.parent
SAMPLE_DIR = REPO / "sample_data"
GOLD_PATH = Path(__file__).resolve().parent / "data" / "sample_gold.json"


@pytest.fixture(autouse=True)
def _no_user_store(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never touch the user's own store or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RASED_DB", str(home / "default.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file built once per test session from sample_data/ (do not write to it)."""
    path = tmp_path_factory.mktemp("sample_store") / "sample.db"
    with Store.open(path) as store:
        report = import_paths(store, [SAMPLE_DIR], workers=1)
    assert not report.failed, report.failed
    return path


@pytest.fixture
def sample_store(sample_db: Path) -> Iterator[Store]:
    """A read-only view of the session's sample store."""
    store = Store.open(sample_db, read_only=True, create=False)
    yield store
    store.close()


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[Store]:
    """An empty writable store in a temporary folder."""
    store = Store.open(tmp_path / "fresh.db")
    yield store
    store.close()


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A writable copy of sample_data/ for tests that change files."""
    dest = tmp_path / "articles"
    shutil.copytree(SAMPLE_DIR, dest)
    return dest


def old_store(src: Path, dest: Path) -> Path:
    """A copy of the store ``src`` as built before the near-duplicate signature index
    (migration m004): its table and its migration record gone."""
    shutil.copy(src, dest)
    conn = sqlite3.connect(dest, isolation_level=None)
    conn.execute("DROP TABLE quote_sigs")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_quote_signatures'")
    conn.close()
    return dest
