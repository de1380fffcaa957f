"""The store on a temporary database built from sample_data/."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from rased.extract.normalize import normalize
from rased.store.importer import import_paths
from rased.store.search import QueryError
from rased.store.store import Store, StoreError

from .conftest import SAMPLE_DIR


def _names(hits: list) -> set[str]:  # type: ignore[type-arg]
    return {Path(h.path).name for h in hits}


def test_sample_import_gives_five_documents(sample_store: Store) -> None:
    assert sample_store.count_documents() == 5
    names = {Path(d.path).name for d in sample_store.list_documents()}
    assert names == {p.name for p in SAMPLE_DIR.iterdir()}


def test_schema_is_plain_tables_with_sqlite_utils_fts(sample_store: Store) -> None:
    tables = set(sample_store.db.table_names())
    assert {"documents", "entities", "aliases", "mentions", "quotes", "files"} <= tables
    assert sample_store.db["documents"].detect_fts() == "documents_fts"
    assert sample_store.db["quotes"].detect_fts() == "quotes_fts"
    assert sample_store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sample_store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_reimport_adds_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        first = import_paths(store, [SAMPLE_DIR], workers=1)
        second = import_paths(store, [SAMPLE_DIR], workers=1)
        assert first.imported == 5
        assert second.imported == 0 and second.unchanged == 5
        assert store.count_documents() == 5


def test_import_gives_back_the_page_cache_it_enlarged(tmp_path: Path) -> None:
    """The import's larger page cache is the writer's only for the import: a Store kept open
    afterwards (a long session) returns to the size it had."""
    with Store.open(tmp_path / "s.db") as store:
        store.conn.execute("PRAGMA cache_size = -3000")
        seen: list[int] = []
        import_paths(store, [SAMPLE_DIR], workers=1,
                     on_file=lambda _res: seen.append(store.conn.execute("PRAGMA cache_size").fetchone()[0]))
        assert seen and all(size <= -65536 for size in seen)
        assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == -3000


def test_same_text_under_another_name_adds_nothing(fresh_store: Store, sample_copy: Path) -> None:
    import_paths(fresh_store, [sample_copy], workers=1)
    src = sample_copy / "000_e176566e5cc576dc.txt"
    (sample_copy / "copy_of_000.txt").write_bytes(src.read_bytes())
    import_paths(fresh_store, [sample_copy], workers=1)
    assert fresh_store.count_documents() == 5


def test_changed_file_updates_its_document_and_derived_rows(fresh_store: Store, sample_copy: Path) -> None:
    import_paths(fresh_store, [sample_copy], workers=1)
    target = sample_copy / "004_a79ccac17297ce94.txt"
    body = target.read_text(encoding="utf-8")
    # an edit inside the article body (text after the site's footer would be boilerplate)
    body = body.replace("وبحثا التطورات", "وبحثا زيارة وفد طرابلسي والتطورات", 1)
    target.write_text(body, encoding="utf-8")
    os.utime(target, (1, 1))  # a different mtime, as an edit would give
    report = import_paths(fresh_store, [sample_copy], workers=1)
    assert report.updated == 1 and report.unchanged == 4
    assert fresh_store.count_documents() == 5
    hits = fresh_store.search("طرابلسي")
    assert _names(hits) == {"004_a79ccac17297ce94.txt"}
    # the old version is gone from the index too
    rows = fresh_store.conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'طرابلسي'")
    assert rows.fetchone()[0] == 1
    assert fresh_store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    fts_check = "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')"
    fresh_store.conn.execute(fts_check)  # raises if the index and the rows disagree


def test_entity_counts_follow_deletes(fresh_store: Store, sample_copy: Path) -> None:
    import_paths(fresh_store, [sample_copy], workers=1)
    before = {(e.type, e.key): e.n_documents for e in fresh_store.list_entities(limit=10_000)}
    target = sample_copy / "000_e176566e5cc576dc.txt"
    original = target.read_bytes()
    target.write_text("مقال قصير مختلف تماما عن الأحداث في المنطقة.\n", encoding="utf-8")
    os.utime(target, (2, 2))
    import_paths(fresh_store, [sample_copy], workers=1)
    target.write_bytes(original)
    os.utime(target, (3, 3))
    import_paths(fresh_store, [sample_copy], workers=1)
    after = {(e.type, e.key): e.n_documents for e in fresh_store.list_entities(limit=10_000)}
    assert after == before
    derived = fresh_store.conn.execute(
        "SELECT e.id FROM entities e WHERE e.n_documents !="
        " (SELECT count(*) FROM doc_entities de WHERE de.entity_id = e.id)"
    ).fetchall()
    assert derived == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("احمديان", {"004_a79ccac17297ce94.txt"}),
        ("قاانى", {"000_e176566e5cc576dc.txt"}),
        ("قآاني", {"000_e176566e5cc576dc.txt", "001_80e4dc2f95647e1a.txt"}),
        ('"غرفة عمليات مشتركة"', {"000_e176566e5cc576dc.txt", "001_80e4dc2f95647e1a.txt"}),
    ],
)
def test_search_is_spelling_insensitive(sample_store: Store, query: str, expected: set[str]) -> None:
    assert expected <= _names(sample_store.search(query))


def test_search_finds_clitic_forms(sample_store: Store) -> None:
    hits = sample_store.search("حماس")
    texts = {Path(h.path).name: sample_store.get_document(h.doc_id).text for h in hits}  # type: ignore[union-attr]
    # 000 writes لحركة حماس; 004 writes وحماس; 002 writes حركتي حماس
    assert "004_a79ccac17297ce94.txt" in texts and "وحماس" in texts["004_a79ccac17297ce94.txt"]
    # and a word found only with a clitic attached is found by its bare form
    only_prefixed = sample_store.search("النجباء")
    assert "000_e176566e5cc576dc.txt" in _names(only_prefixed)


def test_search_highlights_point_at_the_matched_words(sample_store: Store) -> None:
    for hit in sample_store.search("احمديان"):
        assert hit.snippet_spans
        for s, e in hit.snippet_spans:
            assert normalize(hit.snippet[s:e]) == "احمديان"


@pytest.mark.parametrize("query", ['"', "NEAR(", "AND OR", ")", "*", 'حماس"', "col:حماس", "-", "^"])
def test_search_never_raises_sql_errors(sample_store: Store, query: str) -> None:
    try:
        sample_store.search(query)
    except QueryError as exc:
        assert str(exc)


def test_not_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="not a rased store"):
        Store.open(bogus)
    assert bogus.read_text(encoding="utf-8") == "this is not a database"


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a rased store"):
        Store.open(other)


def test_read_only_store_opens_for_reading_and_refuses_writes(sample_db: Path) -> None:
    with Store.open(sample_db, read_only=True) as store:
        assert store.count_documents() == 5
        with pytest.raises(StoreError):
            store.write_batch([])


def test_missing_store_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        Store.open(tmp_path / "absent.db", create=False)


def test_stats(sample_store: Store) -> None:
    st = sample_store.stats()
    assert st["documents"] == 5
    assert sum(st["sources"].values()) == 5
    assert st["bytes"] > 0 and st["db"].endswith("sample.db")


def _quote_starting(store: Store, words: str):  # type: ignore[no-untyped-def]
    return next(q for q in store.list_quotes(limit=1000) if normalize(q.text).startswith(normalize(words)))


def test_same_statement_in_another_outlet_is_found(sample_store: Store) -> None:
    # حسين الموسوي's statement about the joint operations room, in حرية and in الأخبار.
    q = _quote_starting(sample_store, "فصائل محور المقاومة لديها تواصل يومي")
    similar = sample_store.similar_quotes(q.id)
    assert [(o.source, o.speaker) for o, _score in similar] == [("الأخبار", "حسين الموسوي")]
    back = sample_store.similar_quotes(similar[0][0].id)
    assert q.id in [o.id for o, _ in back]


def test_a_shared_stock_phrase_is_not_the_same_statement(sample_store: Store) -> None:
    # Both mention "منذ بداية عملية طوفان الأقصى", yet they are different statements.
    q = _quote_starting(sample_store, "نحن ننسق مع المقاومة")
    assert sample_store.similar_quotes(q.id) == []


def test_the_outlet_is_a_media_entity_of_its_documents(sample_store: Store) -> None:
    # 000's outlet حرية stands only in its header line, which is not part of the clean text.
    outlet = next(e for e in sample_store.list_entities(limit=10_000) if e.type == "media" and e.name == "حرية")
    docs = sample_store.entity_documents(outlet.id)
    assert [Path(d.document.path).name for d in docs] == ["000_e176566e5cc576dc.txt"]
    assert outlet.n_documents == 1 and outlet.n_mentions == 0


def test_document_ids_are_the_hash_of_the_normalised_text(sample_store: Store) -> None:
    """Stored ids must not change between versions: re-imports match on them."""
    import hashlib

    for doc in sample_store.list_documents():
        full = sample_store.get_document(doc.id)
        assert full is not None
        assert doc.uid == hashlib.sha1(normalize(full.text).encode("utf-8")).hexdigest()[:20]


def test_near_duplicates_do_not_depend_on_the_process(sample_db: Path) -> None:
    """The candidate words are chosen in a fixed order, whatever the string hash seed."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from rased.store.store import Store\n"
        "s = Store.open(sys.argv[1], read_only=True)\n"
        "print(sorted((q.id, [o.id for o, _ in s.similar_quotes(q.id)]) for q in s.list_quotes(limit=1000)))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, str(sample_db)],
            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "5", "7", "11")
    }
    assert len(outputs) == 1
