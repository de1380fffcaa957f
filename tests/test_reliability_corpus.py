"""Generated corpora for the reliability tests, and the store consistency check they share.

``make_corpus`` writes many small distinct articles built from the sample articles'
paragraphs (each file a different selection plus one numbered sentence, so every file is
one distinct document). ``check_store`` asserts what an interrupted or concurrent import
must leave: an intact SQLite file, intact full-text indexes, and every document whole.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from .conftest import SAMPLE_DIR


def sample_paragraphs() -> list[str]:
    paras: list[str] = []
    for f in sorted(SAMPLE_DIR.glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) > 60:
                paras.append(line)
    return paras


def make_corpus(folder: Path, n_files: int, *, seed: int = 7, sub_folders: int = 10) -> int:
    """Write ``n_files`` distinct articles under ``folder``; returns how many were written."""
    rng = random.Random(seed)
    paras = sample_paragraphs()
    for i in range(n_files):
        sub = folder / f"batch{i % sub_folders:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        chosen = rng.sample(paras, k=min(len(paras), rng.randint(2, 4)))
        numbered = f"وأفاد مراسلنا أن عدد المشاركين في الاجتماع رقم {i} بلغ {rng.randint(10, 99999)} شخصا."
        chosen.insert(rng.randint(0, len(chosen)), numbered)
        (sub / f"article_{i:05d}.txt").write_text("\n".join(chosen) + "\n", encoding="utf-8")
    return n_files


def fts_ok(conn: sqlite3.Connection, table: str) -> None:
    conn.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")


def check_store(db: Path) -> int:
    """Assert that the store at ``db`` is intact and every document whole; return its count."""
    conn = sqlite3.connect(db, timeout=30)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        fts_ok(conn, "documents_fts")
        fts_ok(conn, "quotes_fts")
        n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        # Every document has its text, its file row and its derived counts.
        bad = conn.execute(
            "SELECT d.id FROM documents d LEFT JOIN files f ON f.path = d.path"
            " WHERE f.path IS NULL OR length(d.text) = 0 OR d.n_chars != length(d.text)"
            " OR d.n_entities != (SELECT count(*) FROM doc_entities de WHERE de.doc_id = d.id)"
            " OR d.n_quotes != (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id)"
        ).fetchall()
        assert bad == [], f"documents not whole: {bad[:5]}"
        # A file row never claims documents that are not there.
        bad_files = conn.execute(
            "SELECT f.path FROM files f WHERE f.n_documents > (SELECT count(*) FROM documents d WHERE d.path = f.path)"
        ).fetchall()
        assert bad_files == [], f"file rows without their documents: {bad_files[:5]}"
        # Mentions agree with doc_entities, doc_entities with the entities' counters.
        bad_de = conn.execute(
            "SELECT de.doc_id, de.entity_id FROM doc_entities de WHERE de.n_mentions !="
            " (SELECT count(*) FROM mentions m WHERE m.doc_id = de.doc_id AND m.entity_id = de.entity_id)"
        ).fetchall()
        assert bad_de == [], bad_de[:5]
        bad_ent = conn.execute(
            "SELECT e.id FROM entities e WHERE"
            " e.n_documents != (SELECT count(*) FROM doc_entities de WHERE de.entity_id = e.id)"
            " OR e.n_mentions != (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)"
            " OR e.n_quotes != (SELECT count(*) FROM quotes q WHERE q.speaker_entity_id = e.id)"
            " OR e.n_documents <= 0"
        ).fetchall()
        assert bad_ent == [], f"entity counters wrong: {bad_ent[:5]}"
        # The search index holds exactly the documents (external content: same row ids).
        n_fts = conn.execute("SELECT count(*) FROM documents_fts_docsize").fetchone()[0]
        assert n_fts == n_docs
        n_qfts = conn.execute("SELECT count(*) FROM quotes_fts_docsize").fetchone()[0]
        assert n_qfts == conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        return int(n_docs)
    finally:
        conn.close()


def test_corpus_files_are_distinct_documents(tmp_path: Path) -> None:
    n = make_corpus(tmp_path / "c", 40)
    texts = {p.read_text(encoding="utf-8") for p in (tmp_path / "c").rglob("*.txt")}
    assert len(texts) == n == 40


def test_check_store_catches_a_half_written_document(tmp_path: Path) -> None:
    from rased.store.importer import import_paths
    from rased.store.store import Store

    make_corpus(tmp_path / "c", 6)
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        import_paths(store, [tmp_path / "c"], workers=1)
    assert check_store(db) == 6
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM files WHERE rowid = (SELECT min(rowid) FROM files)")
    conn.commit()
    conn.close()
    try:
        check_store(db)
    except AssertionError:
        return
    raise AssertionError("a document without its file row passed the check")
