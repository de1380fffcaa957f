"""Fixtures for the explorer's tests: a store built from the sample articles with the real
import and extraction, settings isolated per test, and helpers to wait for workers."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_DIR = REPO / "sample_data"

@pytest.fixture(scope="session")
def tui_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the sample articles, imported and extracted for real (read-only use)."""
    from rased.store.importer import import_paths
    from rased.store.store import Store

    path = tmp_path_factory.mktemp("tui_store") / "tui.db"
    with Store.open(path) as store:
        report = import_paths(store, [SAMPLE_DIR], workers=1)
    assert not report.failed, report.failed
    return path


@pytest.fixture(autouse=True)
def _tui_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The explorer's settings file and filter-index cache live in the test's folder, bidi
    from the test only."""
    monkeypatch.setenv("RASED_CONFIG_FILE", str(tmp_path / "config.json"))
    monkeypatch.setenv("RASED_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("RASED_BIDI", raising=False)


async def settle(pilot, cond: Callable[[], bool] | None = None, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Wait for workers and messages; with ``cond``, until it holds (fails after ``timeout``,
    a ceiling for a loaded machine, not a speed check: speed lives in bench/)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while True:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.02)
        idle = getattr(pilot.app.screen, "idle", True)
        if cond is None:
            if idle:
                await pilot.pause()
                return
        elif idle and cond():
            return
        if loop.time() > end:
            raise AssertionError("condition not reached in time")


def sync(fn):  # type: ignore[no-untyped-def]
    """Run an async test body with asyncio.run (no async pytest plugin needed)."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        return asyncio.run(fn(*args, **kwargs))

    return wrapper
