"""Concurrent use of one store: two imports at once, reads during an import, read-only stores.

The read-only mount test is the honest one: tests run as root here, and root ignores
file modes, so a store on a tmpfs remounted read-only (inside a private mount namespace,
``unshare --mount``) is what makes the folder and file really unwritable. Where that is
not allowed, the permission checks are exercised by replacing ``os.access``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rased.cli import app
from rased.store.store import Store

from .conftest import SAMPLE_DIR
from .test_reliability_corpus import check_store, make_corpus

RASED = [sys.executable, "-m", "rased"]
runner = CliRunner()


@pytest.mark.slow
def test_two_imports_into_one_store_at_once(tmp_path: Path) -> None:
    make_corpus(tmp_path / "a", 120, seed=1)
    make_corpus(tmp_path / "b", 120, seed=2)
    # Same seed-independent numbering in both folders: the numbered sentences differ by
    # their random counts, but make sure the two folders share no document anyway.
    texts_a = {p.read_text(encoding="utf-8") for p in (tmp_path / "a").rglob("*.txt")}
    texts_b = {p.read_text(encoding="utf-8") for p in (tmp_path / "b").rglob("*.txt")}
    assert not texts_a & texts_b
    db = tmp_path / "shared.db"
    procs = [
        subprocess.Popen(
            [*RASED, "import", str(tmp_path / name), "--db", str(db), "-q", "-j", "1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "locked" not in err, err
        assert "imported 120" in err
    assert check_store(db) == 240


@pytest.mark.slow
def test_reads_during_an_import_see_whole_documents(tmp_path: Path) -> None:
    make_corpus(tmp_path / "c", 300)
    db = tmp_path / "s.db"
    with Store.open(db):
        pass  # created and migrated, so readers can open it from the start
    proc = subprocess.Popen(
        [*RASED, "import", str(tmp_path / "c"), "--db", str(db), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: list[int] = []
    try:
        while proc.poll() is None:
            with Store.open(db, read_only=True, create=False) as store:
                conn = store.conn
                conn.execute("BEGIN")  # one snapshot for the checks below
                n_docs, n_fts, n_files, n_bad = conn.execute(
                    "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents_fts_docsize),"
                    " (SELECT count(*) FROM files),"
                    " (SELECT count(*) FROM documents d WHERE d.n_entities !="
                    "   (SELECT count(*) FROM doc_entities de WHERE de.doc_id = d.id))"
                ).fetchone()
                conn.execute("COMMIT")
                assert n_docs == n_fts == n_files, (n_docs, n_fts, n_files)
                assert n_bad == 0
                seen.append(n_docs)
                # What a user does meanwhile works too.
                store.stats()
                store.search("المقاومة", limit=5)
            time.sleep(0.05)
    finally:
        _, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err
    assert seen == sorted(seen)
    assert len(set(seen)) > 1, "the reads never overlapped the import"
    assert check_store(db) == 300


# -- read-only stores -----------------------------------------------------------------


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    db = tmp_path / "small.db"
    r = runner.invoke(app, ["import", str(SAMPLE_DIR), "--db", str(db), "-q"])
    assert r.exit_code == 0, r.output
    return db


def _snapshot(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id, uid, path, text FROM documents ORDER BY id").fetchall()
    finally:
        conn.close()


def test_read_only_flag_refuses_import_with_a_reason(small_db: Path) -> None:
    before = _snapshot(small_db)
    r = runner.invoke(app, ["--read-only", "import", str(SAMPLE_DIR), "--db", str(small_db)])
    assert r.exit_code == 2
    assert "--read-only" in r.output and "Traceback" not in r.output
    assert _snapshot(small_db) == before


def test_store_file_not_writable_explores_but_refuses_import(
    small_db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Root ignores file modes, so the permission answer is simulated where rased asks it.
    real_access = os.access

    def access(path: object, mode: int, *a: object, **k: object) -> bool:
        if mode & os.W_OK and Path(str(path)).resolve() == small_db.resolve():
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    before = _snapshot(small_db)
    r = runner.invoke(app, ["import", str(SAMPLE_DIR), "--db", str(small_db)])
    assert r.exit_code == 2, r.output
    assert "not writable" in r.output and "Traceback" not in r.output
    r = runner.invoke(app, ["stats", "--db", str(small_db)])
    assert r.exit_code == 0 and "documents  5" in r.output
    r = runner.invoke(app, ["search", "حماس", "--db", str(small_db), "--json"])
    assert r.exit_code == 0 and r.output.strip()
    # The explorer falls back to read-only instead of refusing to open.
    calls: list[bool] = []
    import rased.tui.app as tui_app

    monkeypatch.setattr(tui_app, "run_explorer", lambda path, read_only, bidi, doc_ids: calls.append(read_only))
    r = runner.invoke(app, ["--db", str(small_db)])
    assert r.exit_code == 0, r.output
    assert calls == [True]
    assert "read-only" in r.output
    assert _snapshot(small_db) == before


def _can_mount() -> bool:
    if not shutil.which("unshare") or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    probe = subprocess.run(["unshare", "--mount", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount(), reason="needs root and unshare --mount for a real read-only mount")
def test_store_on_a_read_only_mount(small_db: Path, tmp_path: Path) -> None:
    """A store copied to a read-only disk, without its -wal/-shm files: readable, not writable."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    py = sys.executable
    script = f"""
set -e
mount -t tmpfs -o size=64m tmpfs '{mnt}'
cp '{small_db}' '{mnt}/s.db'
mount -o remount,ro '{mnt}'
test ! -e '{mnt}/s.db-shm'
set +e
'{py}' -m rased stats --db '{mnt}/s.db'; echo "status=$?"
out=$('{py}' -m rased search حماس --json --db '{mnt}/s.db'); echo "status=$?"; echo "$out" | head -n 1
'{py}' -m rased --read-only stats --json --db '{mnt}/s.db'; echo "status=$?"
'{py}' -m rased import '{SAMPLE_DIR}' --db '{mnt}/s.db'; echo "status=$?"
"""
    r = subprocess.run(["unshare", "--mount", "sh", "-c", script], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in r.stderr, r.stderr
    statuses = [line for line in r.stdout.splitlines() if line.startswith("status=")]
    assert statuses == ["status=0", "status=0", "status=0", "status=2"], (r.stdout, r.stderr)
    assert "documents  5" in r.stdout
    assert '"path"' in r.stdout
    assert "cannot import" in r.stderr and "not writable" in r.stderr


def test_import_leaves_the_store_file_whole(tmp_path: Path) -> None:
    """After ``rased import`` exits, the store file alone holds everything (no pending log)."""
    db = tmp_path / "s.db"
    r = subprocess.run([*RASED, "import", str(SAMPLE_DIR), "--db", str(db), "-q"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "copy.db"
    shutil.copyfile(db, copy)
    assert check_store(copy) == 5


def test_an_import_waits_for_the_write_lock_and_says_so(small_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "more"
    make_corpus(folder, 5, seed=9)
    holder = sqlite3.connect(small_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the store
    proc = subprocess.Popen(
        [*RASED, "import", str(folder), "--db", str(small_db), "-q", "-j", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(3.0)
        assert proc.poll() is None, "the import did not wait for the lock"
    finally:
        holder.execute("COMMIT")
        holder.close()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "waiting for another import to finish" in err
    assert "Traceback" not in err and "database is locked" not in err
    assert check_store(small_db) == 10


def test_a_write_error_is_one_line_and_exit_2(small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "more"
    make_corpus(folder, 3, seed=11)
    before = _snapshot(small_db)

    def disk_full(self: Store, results: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "write_batch", disk_full)
    r = runner.invoke(app, ["import", str(folder), "--db", str(small_db), "-j", "1"])
    assert r.exit_code == 2, r.output
    assert "cannot write to the store: database or disk is full" in r.output
    assert "Traceback" not in r.output
    monkeypatch.undo()
    assert _snapshot(small_db) == before


def test_read_only_flag_refuses_open_with_a_reason(small_db: Path) -> None:
    before = _snapshot(small_db)
    r = runner.invoke(app, ["--read-only", "open", str(SAMPLE_DIR), "--db", str(small_db)])
    assert r.exit_code == 2 and "--read-only" in r.output
    assert _snapshot(small_db) == before
