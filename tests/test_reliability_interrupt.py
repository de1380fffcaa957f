"""An import killed or interrupted at any moment leaves every document whole or absent.

``rased import`` runs as a real subprocess on a generated corpus and is stopped at random
moments: by SIGKILL (power cut, OOM killer) and by SIGINT to its whole process group (what
Ctrl-C in a terminal does, workers included). After each stop the store must pass
SQLite's and FTS5's integrity checks and hold only whole documents; the next import
finishes the rest.

The number of kills and the corpus size come from the environment, so the full run is::

    RASED_KILL_RUNS=20 RASED_KILL_FILES=4000 .venv/bin/pytest tests/test_reliability_interrupt.py
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .test_reliability_corpus import check_store, make_corpus

KILL_RUNS = int(os.environ.get("RASED_KILL_RUNS", "5"))
KILL_FILES = int(os.environ.get("RASED_KILL_FILES", "800"))
RASED = [sys.executable, "-m", "rased"]


def _import_cmd(folder: Path, db: Path, *extra: str) -> list[str]:
    return [*RASED, "import", str(folder), "--db", str(db), "-q", *extra]


def _doc_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return 0  # not created or not migrated yet


def _finish(folder: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_import_cmd(folder, db), capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_sigkill_at_random_moments_leaves_whole_documents(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    n = make_corpus(folder, KILL_FILES)
    db = tmp_path / "store.db"
    rng = random.Random(int(os.environ.get("RASED_KILL_SEED", "1")))
    counts = []
    for _ in range(KILL_RUNS):
        proc = subprocess.Popen(
            _import_cmd(folder, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        time.sleep(rng.uniform(0.3, 2.0))
        # The whole group: workers die with the writer, as on a power cut.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=30)
        if db.exists():
            counts.append(check_store(db))
    done = _finish(folder, db)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert check_store(db) == n
    # Progress was kept between kills (the counts never go down).
    assert counts == sorted(counts)


def _wait_for_documents(db: Path, proc: subprocess.Popen[str], minimum: int = 1, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return
        if _doc_count(db) >= minimum:
            return
        time.sleep(0.05)


@pytest.mark.slow
@pytest.mark.parametrize("group", [True, False], ids=["ctrl-c-to-group", "sigint-to-writer"])
def test_sigint_stops_cleanly_with_a_summary(tmp_path: Path, group: bool) -> None:
    folder = tmp_path / "corpus"
    n = make_corpus(folder, max(200, KILL_FILES // 2))
    db = tmp_path / "store.db"
    rng = random.Random(3)
    runs = max(1, KILL_RUNS // 3)
    for _ in range(runs):
        proc = subprocess.Popen(
            _import_cmd(folder, db),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        _wait_for_documents(db, proc, minimum=_doc_count(db) + 1)
        time.sleep(rng.uniform(0.0, 0.3))
        if proc.poll() is None:
            t0 = time.monotonic()
            if group:
                os.killpg(proc.pid, signal.SIGINT)
            else:
                proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=30)
            took = time.monotonic() - t0
            assert "Traceback" not in err, err
            assert "KeyboardInterrupt" not in err, err
            finished = any(line.startswith("imported ") for line in err.splitlines())
            if finished:
                # The signal came as the import was ending; a shell shows -SIGINT as 130 too.
                assert proc.returncode in (0, 130, -signal.SIGINT), err
            else:
                assert proc.returncode == 130, err
                assert any(line.startswith("interrupted:") for line in err.splitlines()), err
            # A bound against hanging, not a speed figure: stopping waits for no worker.
            assert took < 20, f"took {took:.1f} s to stop"
        else:
            proc.communicate()
        check_store(db)
    done = _finish(folder, db)
    assert done.returncode == 0, done.stderr
    assert check_store(db) == n
