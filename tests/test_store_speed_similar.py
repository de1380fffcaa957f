"""Near-duplicate quotations through the signature index (``quote_sigs``).

The index must hold exactly the signatures of the stored quotations whatever happened:
a fresh import, a re-import that replaces a file's quotations, an import killed at a
random moment, or a store built before the index existed (filled by its migration).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from rased.extract.normalize import normalize
from rased.store.importer import import_paths, prepare_article
from rased.store.search import SIGNATURE_BANDS, quote_signature
from rased.store.store import Store, StoreError

from .conftest import SAMPLE_DIR, old_store
from .test_reliability_corpus import check_store, make_corpus


def signatures_consistent(conn: sqlite3.Connection) -> int:
    """Assert that ``quote_sigs`` indexes exactly each quotation's signature; return the quotations."""
    expected: Counter[str] = Counter()
    n = 0
    for (search,) in conn.execute("SELECT search FROM quotes"):
        expected.update(quote_signature(search.partition("\n")[0]).split())
        n += 1
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.sig_vocab USING fts5vocab(main, quote_sigs, 'row')")
    indexed = Counter({term: doc for term, doc in conn.execute("SELECT term, doc FROM temp.sig_vocab")})
    assert indexed == expected
    conn.execute("INSERT INTO quote_sigs(quote_sigs) VALUES('integrity-check')")
    return n


def test_signature_is_sixteen_bands_of_the_words_not_their_order() -> None:
    text = normalize("قال إن المقاومة مستمرة في عملياتها ضد الاحتلال حتى تحقيق أهدافها")
    sig = quote_signature(text).split()
    assert len(sig) == SIGNATURE_BANDS == len(set(sig))
    assert quote_signature(" ".join(reversed(text.split()))) == " ".join(sig)
    assert quote_signature(text + " " + text) == " ".join(sig)
    assert quote_signature("") == "" and quote_signature("   ") == ""
    # Only short words: they are used rather than nothing.
    assert len(quote_signature("من في").split()) == SIGNATURE_BANDS


def test_signature_is_stable_across_processes() -> None:
    """Deleting a quotation recomputes its tokens: they may not depend on the hash seed."""
    code = "from rased.store.search import quote_signature; print(quote_signature('المقاومه مستمره في عملياتها'))"
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("0", "3", "17")
    }
    assert len(outs) == 1 and len(outs.pop().split()) == SIGNATURE_BANDS


def test_bands_shared_grow_with_the_words_shared() -> None:
    rng = random.Random(3)
    vocab = [f"كلمه{chr(0x628 + i)}{chr(0x628 + j)}" for i in range(20) for j in range(20)]
    shared_near = shared_far = 0
    for _ in range(50):
        words = rng.sample(vocab, 20)
        near = words[:15] + rng.sample(vocab, 5)  # a cut and reworded copy
        far = words[:3] + rng.sample(vocab, 17)  # another statement with a stock phrase
        a = set(quote_signature(" ".join(words)).split())
        shared_near += len(a & set(quote_signature(" ".join(near)).split()))
        shared_far += len(a & set(quote_signature(" ".join(far)).split()))
    assert shared_near > 3 * shared_far


def test_the_worker_computes_the_signatures(sample_store: Store) -> None:
    from rased.extract.article import read_file

    path = sorted(SAMPLE_DIR.glob("*.txt"))[0]
    doc = prepare_article(read_file(path).articles[0])
    assert doc.quote_sigs and len(doc.quote_sigs) == len(doc.quote_search) == len(doc.extraction.quotes)
    assert doc.quote_sigs == tuple(quote_signature(s.partition("\n")[0]) for s in doc.quote_search)


def test_a_sample_import_indexes_every_quotation(sample_db: Path) -> None:
    conn = sqlite3.connect(sample_db)
    try:
        assert signatures_consistent(conn) > 0
    finally:
        conn.close()


def test_results_are_other_documents_best_first_and_limited(sample_store: Store) -> None:
    for q in sample_store.list_quotes(limit=1000):
        found = sample_store.similar_quotes(q.id, limit=3, min_score=40)
        assert len(found) <= 3
        scores = [s for _o, s in found]
        assert scores == sorted(scores, reverse=True) and all(s >= 40 for s in scores)
        assert all(o.doc_id != q.doc_id for o, _s in found)
    assert sample_store.similar_quotes(10**9) == []


def test_a_reworded_copy_in_a_large_store_is_found(tmp_path: Path) -> None:
    """A statement quoted with other words around it, among many quotations sharing common words."""
    rng = random.Random(5)
    folder = tmp_path / "corpus"
    folder.mkdir()
    fillers = ["المسؤول", "الحكومه", "المنطقه", "الاوضاع", "الاجتماع", "التطورات", "الجانب", "المرحله", "القرار"]
    for i in range(300):
        words = " ".join(rng.choice(fillers) for _ in range(14))
        (folder / f"a{i:03d}.txt").write_text(
            f'وقال المتحدث رقم {i}: "إن {words} ستبقى على حالها".\n', encoding="utf-8"
        )
    statement = "إن فصائل المقاومة لديها تواصل يومي وغرفة عمليات مشتركة تضم كل فصائل المحور في كل الدول"
    reworded = "المقاومة العراقية لديها غرفة العمليات المشتركة التي تضم كل فصائل المحور في كل الدول لإدارة المعركة"
    (folder / "first.txt").write_text(f'وقال حسين الموسوي: "{statement}".\n', encoding="utf-8")
    (folder / "second.txt").write_text(f'وأكد حسين الموسوي: "{reworded}".\n', encoding="utf-8")
    with Store.open(tmp_path / "s.db") as store:
        import_paths(store, [folder], workers=1)
        rows = store.list_quotes(limit=10_000)
        first = next(q for q in rows if "تواصل يومي" in q.text)
        found = store.similar_quotes(first.id)
        assert [o.text for o, _s in found][:1] == [next(q.text for q in rows if "لإدارة المعركة" in q.text)]
        assert fuzz.ratio(normalize(first.text), normalize(found[0][0].text)) < 75 <= found[0][1]


def test_reimporting_a_changed_file_replaces_its_signatures(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(SAMPLE_DIR, folder)
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        import_paths(store, [folder], workers=1)
        first = sorted(folder.glob("*.txt"))[0]
        text = first.read_text(encoding="utf-8")
        # Change every quotation of the file: reword inside the quotation marks.
        first.write_text(text.replace("المقاومة", "الحركة").replace("إسرائيل", "الاحتلال"), encoding="utf-8")
        os.utime(first, (time.time() + 5, time.time() + 5))
        report = import_paths(store, [folder], workers=1)
        assert report.updated == 1
        assert signatures_consistent(store.conn) == store.count_quotes()
        # Removing the file's documents entirely leaves nothing of them in the index.
        store.conn.execute("BEGIN IMMEDIATE")
        for (doc_id,) in store.conn.execute("SELECT id FROM documents WHERE path = ?", [str(first)]).fetchall():
            store._delete_document(doc_id)
        store.conn.execute("COMMIT")
        assert signatures_consistent(store.conn) == store.count_quotes()


def test_a_store_built_before_the_index_is_filled_by_its_migration(sample_db: Path, tmp_path: Path) -> None:
    old = old_store(sample_db, tmp_path / "old.db")
    with Store.open(sample_db, read_only=True) as fresh:
        want = {q.id: [(o.id, s) for o, s in fresh.similar_quotes(q.id)] for q in fresh.list_quotes(limit=1000)}
    with Store.open(old) as store:  # a writable open applies the migration
        assert signatures_consistent(store.conn) == len(want)
        got = {q.id: [(o.id, s) for o, s in store.similar_quotes(q.id)] for q in store.list_quotes(limit=1000)}
    assert got == want
    assert any(got.values())


def test_an_import_killed_at_random_moments_keeps_the_index_exact(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    n = make_corpus(folder, 300, seed=11)
    db = tmp_path / "store.db"
    cmd = [sys.executable, "-m", "rased", "import", str(folder), "--db", str(db), "-q"]
    rng = random.Random(2)
    for _ in range(2):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.8, 2.5))
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=30)
        if db.exists():
            conn = sqlite3.connect(db, timeout=30)
            try:
                if conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'quote_sigs'").fetchone()[0]:
                    signatures_consistent(conn)
            finally:
                conn.close()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert check_store(db) == n
    conn = sqlite3.connect(db)
    try:
        assert signatures_consistent(conn) > 0
    finally:
        conn.close()


def test_a_store_built_before_the_index_opens_read_only(sample_db: Path, tmp_path: Path) -> None:
    """A shared or read-only copy of an older store is explored; near-duplicates the older way."""
    old = old_store(sample_db, tmp_path / "old.db")
    with Store.open(sample_db, read_only=True) as fresh:
        want = {q.id: [(o.id, s) for o, s in fresh.similar_quotes(q.id)] for q in fresh.list_quotes(limit=1000)}
    with Store.open(old, read_only=True) as store:
        assert not store._has_signatures
        got = {q.id: [(o.id, s) for o, s in store.similar_quotes(q.id)] for q in store.list_quotes(limit=1000)}
    assert got == want and any(got.values())
    # Opening it read-only changed nothing: the upgrade still waits for a writable open.
    with Store.open(old) as store:
        assert store._has_signatures and signatures_consistent(store.conn) == len(want)


def test_other_missing_upgrades_still_refuse_a_read_only_open(sample_db: Path, tmp_path: Path) -> None:
    db = old_store(sample_db, tmp_path / "older.db")
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_entity_sort_indexes'")
    conn.close()
    with pytest.raises(StoreError, match="needs a schema upgrade"):
        Store.open(db, read_only=True)
