"""The :class:`Store`: one SQLite file of documents, entities, mentions and quotations.

Opening a store applies pending migrations (WAL mode, foreign keys on). Writes come
from one place, :meth:`Store.write_batch`, which the importer calls with whole files'
worth of prepared documents, one transaction per batch, so an interrupted import leaves
every document whole or absent. Reads are plain methods returning frozen rows; the
explorer opens its own read-only ``Store`` per worker thread.
"""

from __future__ import annotations

import bisect
import os
import re
import sqlite3
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils
from platformdirs import user_data_dir

from rased.extract.normalize import name_key, normalize
from rased.extract.records import Article, Extraction

from .migrations import migrations
from .models import (
    AliasRow,
    Document,
    DocumentRow,
    EntityDocument,
    EntityRow,
    MentionRow,
    QuoteRow,
    SearchHit,
)
from .search import (
    ParsedQuery,
    QueryError,
    check_prefixes,
    first_spans,
    match_spans,
    parse_query,
    quote_signature,
    snippet,
)

__all__ = ["Store", "StoreError", "PreparedDocument", "FileResult", "default_db_path"]

SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """The store cannot be opened or written; the message is one line for the user."""


def default_db_path() -> Path:
    """``$RASED_DB``, else ``rased.db`` in the platform's user data folder."""
    env = os.environ.get("RASED_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("rased", appauthor=False)) / "rased.db"


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """One article ready to store: parsed, extracted and keyed (built in a worker)."""

    article: Article
    extraction: Extraction
    uid: str
    search: str
    entity_keys: tuple[str, ...]
    """The store-wide key of each entity of ``extraction.entities``, in order."""
    quote_search: tuple[str, ...]
    quote_sigs: tuple[str, ...] = ()
    """The :func:`quote_signature` of each quotation (computed by the writer when absent)."""


@dataclass(slots=True)
class FileResult:
    """What reading one file gave the importer."""

    path: str
    sha1: str = ""
    size: int = 0
    mtime: float = 0.0
    documents: list[PreparedDocument] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    error: str | None = None
    status: str = ""
    """Set by the writer: imported, updated, unchanged or failed."""
    doc_ids: list[int] = field(default_factory=list)


_DOC_COLUMNS = "id, uid, path, source, date, dateline, title, first_line, n_entities, n_quotes, n_chars"
_DOC_SORTS = {
    "date": "date",
    "source": "source",
    "title": "coalesce(title, first_line)",
    "entities": "n_entities",
    "quotes": "n_quotes",
    "path": "path",
}
_ENTITY_SORTS = {
    "documents": "n_documents",
    "mentions": "n_mentions",
    "name": "name_norm",
    "type": "type",
    "quotes": "n_quotes",
    "aliases": "n_aliases",
}
# Quotations sort by text on their first 24 characters (an index of that size rather than
# of every quotation's whole text; rows alike that far keep their stored order).
_QUOTE_SORTS = {"date": "d.date", "speaker": "q.speaker", "source": "d.source", "text": "substr(q.text, 1, 24)"}
_QUOTE_SELECT = (
    'SELECT q.id, q.doc_id, q.start, q."end", q.text, q.speaker, q.speaker_surface, q.verb,'
    " q.speaker_entity_id, d.source, d.date, d.path FROM quotes q JOIN documents d ON d.id = q.doc_id"
)
SIMILAR_MIN_WORDS = 12
"""Quotations shorter than this are compared as whole strings only (see similar_quotes)."""
# Above this many quotations, an entity's quotations are read newest document first.
_SORT_ALL_QUOTES = 2000
# Quotations taken per signature band in a near-duplicate lookup, most recent first
# (at least five times the number asked for).
SIMILAR_PER_BAND = 100
# Without signatures (a store opened read-only before its upgrade): quotation-index
# matches ranked per lookup, most recent first.
SIMILAR_WINDOW = 2000
# Migrations a read-only open can do without: what they add has a slower fallback.
_READ_ONLY_OPTIONAL = frozenset({"m004_quote_signatures"})
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def first_line(article: Article, limit: int = 160) -> str:
    """The line a list shows for a document: its title, else its first sentence."""
    title: str | None = article.title
    if title:
        return title[:limit]
    text: str = article.text.strip()
    m = _SENTENCE_END.search(text)
    line = text[: m.start()] if m else text
    return line[:limit].strip()


def sentence_around(text: str, start: int, end: int, limit: int = 240) -> str:
    """The sentence holding ``text[start:end]``, cut to about ``limit`` characters."""
    # The nearest sentence ends on each side, found by str.rfind/find rather than a
    # character loop: an entity's documents list builds two hundred of these.
    half = limit // 2
    n = len(text)
    s = start
    if start > 0:
        lo = max(0, start - half - 1)
        s = max(0, start - half, max(text.rfind(c, lo, start) for c in ".!?؟\n") + 1)
    e = end
    if end < n:
        hi = min(n, end + half)
        found = [i for i in (text.find(c, end, hi) for c in ".!?؟\n") if i >= 0]
        e = min(found) if found else hi
    if e < len(text) and text[e] in ".!?؟":
        e += 1
    out = text[s:e].strip()
    return (
        ("…" if s > 0 and text[s - 1] not in ".!?؟\n" else "")
        + out
        + ("…" if e < len(text) and text[e - 1] not in ".!?؟" and text[e] != "\n" else "")
    )


# Full-text matches ranked per search, newest stored first (see Store.search).
RANK_WINDOW = 5000
# Aliases scored with the full scorer per fuzzy lookup; a store with fewer is scored whole.
_FUZZY_CANDIDATES = 3000
# Seconds an alias index may lag behind another process's commits.
_ALIAS_REFRESH = 15.0


@dataclass(frozen=True, slots=True)
class _AliasIndex:
    """Every normalised alias and entity name, with a word index for finding candidates."""

    stamp: tuple[int, int]
    names: list[str]
    ids: list[int]
    by_word: dict[str, list[int]]
    vocab: list[str]
    """The distinct words of ``names``, sorted (prefix ranges by bisection)."""
    by_shape: dict[tuple[int, str], list[str]]
    """Words of four letters or more by (length, first letter) and by (length, last letter):
    a misspelt word is looked for among words of its length ±1 sharing one end."""
    keys: dict[str, list[int]]
    """Names by their spacing- and article-insensitive key (احمديان = احمد يان)."""
    built: float


class Store:
    """A rased store. Use :meth:`open`; close it when done (or use it as a context manager)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool) -> None:
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.read_only = read_only
        self._entity_ids: dict[tuple[str, str], int] | None = None
        self._data_version: int | None = None
        self._alias_cache: _AliasIndex | None = None
        self._alias_norms: dict[str, str] = {}
        self._lock = threading.Lock()
        self._has_signatures = True

    # -- opening -------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        read_only: bool = False,
        create: bool = True,
        on_upgrade: Callable[[list[str]], None] | None = None,
    ) -> Store:
        """Open (and if needed create and migrate) the store at ``path``.

        ``on_upgrade`` is told the names of the migrations about to run on a store that
        already holds data (an upgrade can take a while on a big store; a new one is instant).

        Raises :class:`StoreError` with a one-line reason for a file that is not SQLite,
        a store that does not exist (``create=False``), or a folder that cannot be written.
        """
        path = Path(path).expanduser() if path is not None else default_db_path()
        if path.exists():
            if path.is_dir():
                raise StoreError(f"{path} is a folder, not a store file")
            try:
                with open(path, "rb") as fh:
                    head = fh.read(16)
            except OSError as exc:
                raise StoreError(f"{path}: cannot read the store ({exc.strerror})") from exc
            if head and head != SQLITE_MAGIC:
                raise StoreError(f"{path} is not a rased store (not an SQLite database)")
        elif not create or read_only:
            raise StoreError(f"no store at {path} (import articles first: rased import PATH --db {path})")
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the store's folder {path.parent} ({exc.strerror})") from exc
            if not os.access(path.parent, os.W_OK):
                raise StoreError(f"cannot create a store in {path.parent}: the folder is not writable")
        if not read_only and path.exists() and not os.access(path, os.W_OK):
            raise StoreError(f"{path} is read-only: open it with --read-only to explore it")
        try:
            return cls._connect(path, read_only=read_only, on_upgrade=on_upgrade)
        except sqlite3.DatabaseError as exc:
            error = exc
        if read_only and not Path(f"{path}-shm").exists() and not os.access(path.parent, os.W_OK):
            # A WAL store's readers need a -shm file beside it; in a folder nobody may write
            # (a read-only mount, a shared copy) none can be made, so SQLite refuses to open
            # unless told that the file cannot change, which holds there: no writer either.
            try:
                return cls._connect(path, read_only=True, immutable=True)
            except sqlite3.DatabaseError as exc:
                error = exc
        raise StoreError(f"{path}: cannot open the store ({error})") from error

    @classmethod
    def _connect(
        cls,
        path: Path,
        *,
        read_only: bool,
        immutable: bool = False,
        on_upgrade: Callable[[list[str]], None] | None = None,
    ) -> Store:
        if read_only:
            uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False, timeout=60, isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 60000")
            store = cls(path, conn, read_only=read_only)
            store._prepare(on_upgrade)
        except BaseException:
            conn.close()
            raise
        return store

    def _prepare(self, on_upgrade: Callable[[list[str]], None] | None = None) -> None:
        tables = set(self.db.table_names())
        if tables and "_sqlite_migrations" not in tables:
            raise StoreError(f"{self.path} is an SQLite database but not a rased store")
        if self.read_only:
            pending = {m.name for m in migrations.pending(self.db)}
            if pending - _READ_ONLY_OPTIONAL:
                raise StoreError(f"{self.path} needs a schema upgrade: open it once without --read-only")
            # A store that only lacks the near-duplicate signatures opens read-only (a shared
            # copy, a read-only disk): similar_quotes then finds candidates the older way.
            self._has_signatures = not pending
            return
        for attempt in range(100):
            try:
                # Inside the retry: switching a brand-new file to WAL while another process is
                # creating the same store can be refused at once ("database is locked").
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                to_run = migrations.pending(self.db)
                if to_run:
                    if on_upgrade is not None and attempt == 0 and "documents" in tables:
                        on_upgrade([m.name for m in to_run])
                    migrations.apply(self.db)
                return
            except sqlite3.OperationalError:
                # Another process is creating or upgrading this store at the same moment
                # ("table ... already exists"): once it has finished nothing is pending.
                if attempt == 99:
                    raise
                time.sleep(0.1)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------

    def file_state(self, path: str) -> tuple[str, int, float] | None:
        """The (sha1, size, mtime) recorded for ``path`` at its last import, if any."""
        row = self.conn.execute("SELECT sha1, size, mtime FROM files WHERE path = ?", [path]).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def _load_entity_ids(self) -> dict[tuple[str, str], int]:
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if self._entity_ids is None or version != self._data_version:
            # Another connection committed since: our cache of entity ids may be stale.
            self._entity_ids = {(t, k): i for i, t, k in self.conn.execute("SELECT id, type, key FROM entities")}
            self._data_version = version
        return self._entity_ids

    def write_batch(self, results: Sequence[FileResult]) -> None:
        """Store the documents of whole files in one transaction.

        For each file: unchanged content is left alone; a changed file first loses the
        documents it gave before (and everything derived from them); a document whose
        text is already stored (same text under another name) adds nothing.
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            entity_ids = self._load_entity_ids()
            now = _now()
            for res in results:
                if res.error is not None:
                    res.status = "failed"
                    continue
                old_rows = conn.execute("SELECT id, uid FROM documents WHERE path = ?", [res.path]).fetchall()
                old = [r[0] for r in old_rows]
                old_uids = {r[1] for r in old_rows}
                prev = self.file_state(res.path)
                new_uids = {d.uid for d in res.documents}
                if prev is not None and prev[0] == res.sha1 and old_uids == new_uids:
                    res.status = "unchanged"
                    res.doc_ids = old
                    continue
                kept_ids = self._ids_for_uids(old_uids & new_uids)
                stale = [i for i in old if i not in kept_ids]
                for doc_id in stale:
                    self._delete_document(doc_id)
                inserted = 0
                ids: list[int] = []
                for doc in res.documents:
                    row = conn.execute("SELECT id FROM documents WHERE uid = ?", [doc.uid]).fetchone()
                    if row is not None:
                        ids.append(row[0])
                        continue
                    ids.append(self._insert_document(res.path, doc, entity_ids, now))
                    inserted += 1
                conn.execute(
                    "INSERT INTO files(path, sha1, size, mtime, n_documents, imported_at) VALUES (?,?,?,?,?,?)"
                    " ON CONFLICT(path) DO UPDATE SET sha1=excluded.sha1, size=excluded.size,"
                    " mtime=excluded.mtime, n_documents=excluded.n_documents, imported_at=excluded.imported_at",
                    [res.path, res.sha1, res.size, res.mtime, len(res.documents), now],
                )
                res.doc_ids = ids
                if prev is None or not old:
                    res.status = "imported" if inserted else "unchanged"
                else:
                    res.status = "updated" if (inserted or stale) else "unchanged"
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            self._entity_ids = None
            raise
        self._data_version = conn.execute("PRAGMA data_version").fetchone()[0]

    def _ids_for_uids(self, uids: Iterable[str]) -> set[int]:
        uids = list(uids)
        if not uids:
            return set()
        marks = ",".join("?" * len(uids))
        return {r[0] for r in self.conn.execute(f"SELECT id FROM documents WHERE uid IN ({marks})", uids)}

    def _insert_document(
        self, path: str, doc: PreparedDocument, entity_ids: dict[tuple[str, str], int], now: str
    ) -> int:
        conn = self.conn
        art = doc.article
        ex = doc.extraction
        # Entities of this document, merged by store key (two canonical spellings of one
        # name in an article become one entity here). Resolved before the document row so
        # that its counts go in with it (no update afterwards).
        per_entity: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
        canon_to_id: dict[str, int] = {}
        alias_counts: Counter[tuple[int, str]] = Counter()
        alias_rules: dict[tuple[int, str], str] = {}
        for ent, key in zip(ex.entities, doc.entity_keys, strict=True):
            ek = (ent.type, key)
            eid = entity_ids.get(ek)
            if eid is None:
                conn.execute(
                    "INSERT INTO entities(type, key, name, name_norm) VALUES (?,?,?,?)"
                    " ON CONFLICT(type, key) DO NOTHING",
                    [ent.type, key, ent.canonical, normalize(ent.canonical)],
                )
                eid = conn.execute("SELECT id FROM entities WHERE type = ? AND key = ?", ek).fetchone()[0]
                entity_ids[ek] = eid
            canon_to_id[ent.canonical] = eid
            # An entity without mentions (the article's outlet, named only in its byline)
            # still belongs to the document.
            per_entity.setdefault(eid, [])
            for m in ent.mentions:
                per_entity[eid].append((m.start, m.end, m.surface, m.rule))
                alias_counts[(eid, m.surface)] += 1
                alias_rules.setdefault((eid, m.surface), m.rule)
            if not ent.mentions:
                alias_counts[(eid, ent.canonical)] += 0
        cur = conn.execute(
            "INSERT INTO documents(uid, path, part, source, date, dateline, title, url, first_line,"
            " n_entities, n_quotes, n_chars, imported_at, text, search) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                doc.uid,
                path,
                art.part,
                art.source,
                art.date,
                art.dateline,
                art.title,
                art.url,
                first_line(art),
                len(per_entity),
                len(ex.quotes),
                len(art.text),
                now,
                art.text,
                doc.search,
            ],
        )
        doc_id = int(cur.lastrowid or 0)
        conn.execute("INSERT INTO documents_fts(rowid, title, search) VALUES (?,?,?)", [doc_id, art.title, doc.search])
        conn.executemany(
            'INSERT INTO mentions(doc_id, entity_id, start, "end", surface, rule) VALUES (?,?,?,?,?,?)',
            [(doc_id, eid, s, e, surf, rule) for eid, ms in per_entity.items() for s, e, surf, rule in ms],
        )
        conn.executemany(
            "INSERT INTO doc_entities(entity_id, doc_id, n_mentions, first_start, first_end, date)"
            " VALUES (?,?,?,?,?,?)",
            [
                (eid, doc_id, len(ms), min(ms)[0], min(ms)[1], art.date) if ms else (eid, doc_id, 0, 0, 0, art.date)
                for eid, ms in per_entity.items()
            ],
        )
        conn.executemany(
            "INSERT INTO aliases(entity_id, alias, alias_norm, count, rule) VALUES (?,?,?,?,?)"
            " ON CONFLICT(entity_id, alias) DO UPDATE SET count = count + excluded.count",
            [
                (eid, alias, self._normalize_alias(alias), count, alias_rules.get((eid, alias), "exact"))
                for (eid, alias), count in alias_counts.items()
            ],
        )
        quote_counts: Counter[int] = Counter()
        if ex.quotes:
            # The writer is the only one inserting (BEGIN IMMEDIATE): it can number the
            # quotations itself and insert them and their index rows in two statements.
            next_id = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM quotes").fetchone()[0])
            rows = []
            for k, (q, qsearch) in enumerate(zip(ex.quotes, doc.quote_search, strict=True)):
                sid = canon_to_id.get(q.speaker) if q.speaker else None
                rows.append(
                    (next_id + k, doc_id, q.start, q.end, q.text, q.speaker, q.speaker_surface, q.verb, sid, qsearch)
                )
                if sid is not None:
                    quote_counts[sid] += 1
            conn.executemany(
                'INSERT INTO quotes(id, doc_id, start, "end", text, speaker, speaker_surface, verb,'
                " speaker_entity_id, search) VALUES (?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
            conn.executemany("INSERT INTO quotes_fts(rowid, search) VALUES (?,?)", [(r[0], r[9]) for r in rows])
            sigs = doc.quote_sigs
            if len(sigs) != len(rows):
                sigs = tuple(quote_signature(r[9].partition("\n")[0]) for r in rows)
            conn.executemany(
                "INSERT INTO quote_sigs(rowid, sig) VALUES (?,?)", [(r[0], g) for r, g in zip(rows, sigs, strict=True)]
            )
        conn.executemany(
            "UPDATE entities SET n_documents = n_documents + 1, n_mentions = n_mentions + ?,"
            " n_quotes = n_quotes + ? WHERE id = ?",
            [(len(ms), quote_counts.get(eid, 0), eid) for eid, ms in per_entity.items()],
        )
        conn.executemany(
            "UPDATE entities SET n_aliases = (SELECT count(*) FROM aliases WHERE entity_id = ?) WHERE id = ?",
            [(eid, eid) for eid in {eid for eid, _ in alias_counts}],
        )
        return doc_id

    def _normalize_alias(self, alias: str) -> str:
        norm = self._alias_norms.get(alias)
        if norm is None:
            if len(self._alias_norms) > 200_000:
                self._alias_norms.clear()
            norm = self._alias_norms[alias] = normalize(alias)
        return norm

    def _delete_document(self, doc_id: int) -> None:
        """Remove a document and everything derived from it, keeping the counts right."""
        conn = self.conn
        row = conn.execute("SELECT title, search FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            return
        conn.execute(
            "INSERT INTO documents_fts(documents_fts, rowid, title, search) VALUES ('delete', ?, ?, ?)",
            [doc_id, row[0], row[1]],
        )
        for qid, qsearch, sid in conn.execute(
            "SELECT id, search, speaker_entity_id FROM quotes WHERE doc_id = ?", [doc_id]
        ).fetchall():
            conn.execute("INSERT INTO quotes_fts(quotes_fts, rowid, search) VALUES ('delete', ?, ?)", [qid, qsearch])
            # The signature index keeps no copy of its rows: the tokens to delete are
            # computed again from the text they were computed from.
            conn.execute(
                "INSERT INTO quote_sigs(quote_sigs, rowid, sig) VALUES ('delete', ?, ?)",
                [qid, quote_signature(qsearch.partition("\n")[0])],
            )
            if sid is not None:
                conn.execute("UPDATE entities SET n_quotes = n_quotes - 1 WHERE id = ?", [sid])
        for eid, surface, n in conn.execute(
            "SELECT entity_id, surface, count(*) FROM mentions WHERE doc_id = ? GROUP BY entity_id, surface",
            [doc_id],
        ).fetchall():
            conn.execute("UPDATE aliases SET count = count - ? WHERE entity_id = ? AND alias = ?", [n, eid, surface])
        touched = [
            (n, eid)
            for eid, n in conn.execute(
                "SELECT entity_id, n_mentions FROM doc_entities WHERE doc_id = ?", [doc_id]
            ).fetchall()
        ]
        conn.executemany(
            "UPDATE entities SET n_documents = n_documents - 1, n_mentions = n_mentions - ? WHERE id = ?", touched
        )
        conn.execute("DELETE FROM quotes WHERE doc_id = ?", [doc_id])
        conn.execute("DELETE FROM mentions WHERE doc_id = ?", [doc_id])
        conn.execute("DELETE FROM doc_entities WHERE doc_id = ?", [doc_id])
        conn.execute("DELETE FROM documents WHERE id = ?", [doc_id])
        for _n, eid in touched:
            conn.execute("DELETE FROM aliases WHERE entity_id = ? AND count <= 0", [eid])
            left = conn.execute("SELECT n_documents FROM entities WHERE id = ?", [eid]).fetchone()
            if left is not None and left[0] <= 0:
                conn.execute("UPDATE quotes SET speaker_entity_id = NULL WHERE speaker_entity_id = ?", [eid])
                conn.execute("DELETE FROM aliases WHERE entity_id = ?", [eid])
                conn.execute("DELETE FROM entities WHERE id = ?", [eid])
                if self._entity_ids is not None:
                    # In place: write_batch holds this same dict for the rest of the batch.
                    for k in [k for k, v in self._entity_ids.items() if v == eid]:
                        del self._entity_ids[k]
            else:
                conn.execute(
                    "UPDATE entities SET n_aliases = (SELECT count(*) FROM aliases WHERE entity_id = ?) WHERE id = ?",
                    [eid, eid],
                )

    # -- reading: documents -----------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, list(params)).fetchall()

    @staticmethod
    def _order(sorts: dict[str, str], sort: str, descending: bool, tiebreak: str = "id") -> str:
        if sort not in sorts:
            raise ValueError(f"unknown sort {sort!r}; choose one of {', '.join(sorts)}")
        direction = "DESC" if descending else "ASC"
        return f"ORDER BY {sorts[sort]} {direction}, {tiebreak} {direction}"

    @staticmethod
    def _id_filter(doc_ids: Sequence[int] | None, column: str = "id") -> tuple[str, list[Any]]:
        if doc_ids is None:
            return "", []
        # A JSON array parameter keeps the statement the same size however many ids.
        import json

        return f"WHERE {column} IN (SELECT value FROM json_each(?))", [json.dumps(list(doc_ids))]

    def count_documents(self, doc_ids: Sequence[int] | None = None) -> int:
        where, params = self._id_filter(doc_ids)
        return int(self._rows(f"SELECT count(*) FROM documents {where}", params)[0][0])

    def list_documents(
        self,
        offset: int = 0,
        limit: int = 100,
        sort: str = "date",
        descending: bool = True,
        doc_ids: Sequence[int] | None = None,
    ) -> list[DocumentRow]:
        where, params = self._id_filter(doc_ids)
        order = self._order(_DOC_SORTS, sort, descending)
        rows = self._rows(
            f"SELECT {_DOC_COLUMNS} FROM documents {where} {order} LIMIT ? OFFSET ?", [*params, limit, offset]
        )
        return [DocumentRow(*r) for r in rows]

    def get_document(self, doc_id: int) -> Document | None:
        rows = self._rows(f"SELECT {_DOC_COLUMNS}, text, url FROM documents WHERE id = ?", [doc_id])
        return Document(*rows[0]) if rows else None

    def document_mentions(self, doc_id: int) -> list[MentionRow]:
        rows = self._rows(
            'SELECT m.id, m.doc_id, m.entity_id, e.name, e.type, m.start, m."end", m.surface, m.rule'
            " FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ? ORDER BY m.start",
            [doc_id],
        )
        return [MentionRow(*r) for r in rows]

    def document_quotes(self, doc_id: int) -> list[QuoteRow]:
        return [QuoteRow(*r) for r in self._rows(f"{_QUOTE_SELECT} WHERE q.doc_id = ? ORDER BY q.start", [doc_id])]

    # -- reading: entities -----------------------------------------------------------

    def count_entities(self, type: str | None = None) -> int:  # noqa: A002 - the entity's type
        if type is None:
            return int(self._rows("SELECT count(*) FROM entities")[0][0])
        return int(self._rows("SELECT count(*) FROM entities WHERE type = ?", [type])[0][0])

    def list_entities(
        self,
        offset: int = 0,
        limit: int = 100,
        sort: str = "documents",
        descending: bool = True,
        type: str | None = None,  # noqa: A002 - the entity's type
    ) -> list[EntityRow]:
        order = self._order(_ENTITY_SORTS, sort, descending)
        where, params = ("WHERE type = ?", [type]) if type else ("", [])
        rows = self._rows(
            "SELECT id, name, type, key, n_documents, n_mentions, n_quotes, n_aliases FROM entities"
            f" {where} {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [EntityRow(*r) for r in rows]

    def get_entity(self, entity_id: int) -> EntityRow | None:
        rows = self._rows(
            "SELECT id, name, type, key, n_documents, n_mentions, n_quotes, n_aliases FROM entities WHERE id = ?",
            [entity_id],
        )
        return EntityRow(*rows[0]) if rows else None

    def entity_aliases(self, entity_id: int) -> list[AliasRow]:
        rows = self._rows(
            "SELECT alias, count, rule FROM aliases WHERE entity_id = ? ORDER BY count DESC, alias", [entity_id]
        )
        return [AliasRow(*r) for r in rows]

    def entity_documents(self, entity_id: int, limit: int = 200) -> list[EntityDocument]:
        rows = self._rows(
            f"SELECT {', '.join('d.' + c.strip() for c in _DOC_COLUMNS.split(','))},"
            " de.first_start, de.first_end, de.n_mentions,"
            " substr(d.text, max(1, de.first_start - 150), de.first_end - de.first_start + 300),"
            " max(0, de.first_start - 150)"
            " FROM doc_entities de JOIN documents d ON d.id = de.doc_id WHERE de.entity_id = ?"
            " ORDER BY de.date DESC, de.doc_id DESC LIMIT ?",
            [entity_id, limit],
        )
        out = []
        for r in rows:
            doc = DocumentRow(*r[:11])
            first_start, first_end, n, window, base = r[11], r[12], r[13], r[14], r[15]
            sentence = sentence_around(window, first_start - base, first_end - base)
            out.append(EntityDocument(doc, first_start, first_end, sentence, n))
        return out

    def entity_quotes(self, entity_id: int, limit: int = 200) -> list[QuoteRow]:
        n = self._rows("SELECT n_quotes FROM entities WHERE id = ?", [entity_id])
        if n and n[0][0] > _SORT_ALL_QUOTES:
            # A prolific speaker: walk the documents naming them newest first (their date
            # index) and stop at ``limit`` quotations, instead of sorting tens of thousands.
            # A speaker is always one of the document's entities, so nothing is missed.
            select = _QUOTE_SELECT.replace(
                "FROM quotes q JOIN documents d ON d.id = q.doc_id",
                "FROM doc_entities de CROSS JOIN quotes q ON q.doc_id = de.doc_id"
                " CROSS JOIN documents d ON d.id = q.doc_id",
            )
            # The unary + keeps the planner on the document index for quotes.
            sql = (
                f"{select} WHERE de.entity_id = ? AND +q.speaker_entity_id = de.entity_id"
                " ORDER BY de.date DESC, q.doc_id, q.start LIMIT ?"
            )
        else:
            sql = f"{_QUOTE_SELECT} WHERE q.speaker_entity_id = ? ORDER BY d.date DESC, q.doc_id, q.start LIMIT ?"
        return [QuoteRow(*r) for r in self._rows(sql, [entity_id, limit])]

    def cooccurring(self, entity_id: int, limit: int = 20, sample: int = 5000) -> list[tuple[EntityRow, int]]:
        """Entities that share documents with ``entity_id``, most shared first.

        Counted over the entity's ``sample`` newest documents, which bounds the cost for
        an entity named in most of a large store.
        """
        rows = self._rows(
            "SELECT e.id, e.name, e.type, e.key, e.n_documents, e.n_mentions, e.n_quotes, e.n_aliases, c.n"
            " FROM (SELECT de2.entity_id AS eid, count(*) AS n"
            "       FROM (SELECT doc_id FROM doc_entities WHERE entity_id = ? ORDER BY doc_id DESC LIMIT ?) d"
            "       JOIN doc_entities de2 ON de2.doc_id = d.doc_id"
            "       WHERE de2.entity_id != ? GROUP BY de2.entity_id ORDER BY n DESC LIMIT ?) c"
            " JOIN entities e ON e.id = c.eid ORDER BY c.n DESC, e.n_documents DESC",
            [entity_id, sample, entity_id, limit],
        )
        return [(EntityRow(*r[:8]), int(r[8])) for r in rows]

    def _alias_index(self) -> _AliasIndex:
        # data_version moves when another connection commits, total_changes when this one
        # does: together they say whether the cached choices are still the store's.
        stamp = (self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes)
        with self._lock:
            cache = self._alias_cache
            # While another process imports, every batch it commits would make this index
            # stale; rebuilding it (a second or two at 100k names) at most every
            # _ALIAS_REFRESH seconds keeps lookups fast. This connection's own writes
            # always rebuild it.
            fresh_enough = (
                cache is not None and cache.stamp[1] == stamp[1] and time.monotonic() - cache.built < _ALIAS_REFRESH
            )
            if cache is None or (cache.stamp != stamp and not fresh_enough):
                names: list[str] = []
                ids: list[int] = []
                by_word: dict[str, list[int]] = {}
                for eid, norm in self._rows(
                    "SELECT entity_id, alias_norm FROM aliases UNION SELECT id, name_norm FROM entities"
                ):
                    for w in set(norm.split()):
                        by_word.setdefault(w, []).append(len(names))
                    names.append(norm)
                    ids.append(eid)
                by_shape: dict[tuple[int, str], list[str]] = {}
                for w in by_word:
                    if len(w) >= 4:
                        by_shape.setdefault((len(w), w[0]), []).append(w)
                        by_shape.setdefault((-len(w), w[-1]), []).append(w)
                keys: dict[str, list[int]] = {}
                for i, norm in enumerate(names):
                    keys.setdefault(name_key(norm), []).append(i)
                self._alias_cache = _AliasIndex(
                    stamp, names, ids, by_word, sorted(by_word), by_shape, keys, time.monotonic()
                )
            cache = self._alias_cache
            assert cache is not None
            return cache

    def _alias_candidates(self, q: str, index: _AliasIndex) -> dict[int, str]:
        """The aliases worth scoring for ``q``, found through word indexes, not by scoring all.

        Names with a word that a query word begins (typing in progress), a word close to a
        query word among those of about its length sharing its first or last letter (a
        misspelling), or the same spacing-insensitive key.
        """
        from rapidfuzz import fuzz, process

        names, by_word, vocab = index.names, index.by_word, index.vocab
        cand: set[int] = set(index.keys.get(name_key(q), ()))
        qwords = q.split()
        per_word = _FUZZY_CANDIDATES // max(1, len(qwords))
        for w in qwords:
            words: list[str] = []
            if len(w) >= 2:
                lo = bisect.bisect_left(vocab, w)
                hi = bisect.bisect_left(vocab, w + "\U0010ffff", lo)
                words.extend(vocab[lo : min(hi, lo + 200)])
            if len(w) >= 4:
                shaped = [
                    word
                    for n in (len(w) - 1, len(w), len(w) + 1)
                    for key in ((n, w[0]), (-n, w[-1]))
                    for word in index.by_shape.get(key, ())
                ]
                words.extend(
                    c for c, _s, _i in process.extract(w, shaped, scorer=fuzz.ratio, limit=30, score_cutoff=75)
                )
            taken = 0
            for word in dict.fromkeys(words):
                hits = by_word.get(word, [])[: per_word - taken]
                cand.update(hits)
                taken += len(hits)
                if taken >= per_word:
                    break
        return {i: names[i] for i in cand}

    def fuzzy_entities(self, query: str, limit: int = 50) -> list[tuple[EntityRow, float]]:
        """Entities whose name or an alias is close to ``query`` (Arabic spelling-insensitive)."""
        from rapidfuzz import fuzz, process

        q = normalize(query)
        if not q:
            return []
        qkey = name_key(query)
        index = self._alias_index()
        names, ids = index.names, index.ids
        choices = self._alias_candidates(q, index) if len(names) > _FUZZY_CANDIDATES else dict(enumerate(names))
        best: dict[int, float] = {}
        for _choice, score, idx in process.extract(q, choices, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=60):
            eid = ids[idx]
            # The spacing- and article-insensitive key breaks ties: احمديان = احمد يان.
            if name_key(names[idx]) == qkey:
                score = 100.0
            best[eid] = max(best.get(eid, 0.0), float(score))
        ranked = sorted(best.items(), key=lambda kv: -kv[1])[:limit]
        rows = {e.id: e for e in self._entities_by_id([eid for eid, _ in ranked])}
        return [(rows[eid], score) for eid, score in ranked if eid in rows]

    def _entities_by_id(self, ids: Sequence[int]) -> list[EntityRow]:
        if not ids:
            return []
        import json

        rows = self._rows(
            "SELECT id, name, type, key, n_documents, n_mentions, n_quotes, n_aliases FROM entities"
            " WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(ids))],
        )
        return [EntityRow(*r) for r in rows]

    # -- reading: quotes ---------------------------------------------------------------

    def count_quotes(self) -> int:
        return int(self._rows("SELECT count(*) FROM quotes")[0][0])

    def list_quotes(
        self, offset: int = 0, limit: int = 100, sort: str = "date", descending: bool = True
    ) -> list[QuoteRow]:
        return [QuoteRow(*r) for r in self._rows(self._list_quotes_sql(sort, descending), [limit, offset])]

    def _list_quotes_sql(self, sort: str, descending: bool) -> str:
        """The statement of one page of :meth:`list_quotes` (parameters: limit, offset).

        A deferred join: the page's ids come from walking one index in order, and only
        those rows are then read in full and joined to their documents. OFFSET steps over
        every earlier row, so reading full rows while stepping made a page halfway down a
        million quotations cost 0.7-1.5 s (with the ids alone, 10-200 ms). By text the
        index is that of the quotations' first 24 characters (``idx_quotes_text``), the
        tie-break on the quotation id being the index's own row order.
        """
        order = self._order(_QUOTE_SORTS, sort, descending, tiebreak="q.id")
        ids = f"SELECT q.id FROM quotes q {order} LIMIT ? OFFSET ?"
        if sort in ("date", "source"):
            # Walk the documents' index in order and take each one's quotations, rather
            # than sorting every quotation of the store. Quotation ids grow with document
            # ids (a document's quotations are stored right after it), so ordering by
            # document id before quotation id gives the same rows in the same order.
            d = "DESC" if descending else "ASC"
            order = f"ORDER BY {_QUOTE_SORTS[sort]} {d}, d.id {d}, q.id {d}"
            ids = f"SELECT q.id FROM documents d CROSS JOIN quotes q ON q.doc_id = d.id {order} LIMIT ? OFFSET ?"
        return f"{_QUOTE_SELECT} WHERE q.id IN ({ids}) {order}"

    def get_quote(self, quote_id: int) -> QuoteRow | None:
        rows = self._rows(f"{_QUOTE_SELECT} WHERE q.id = ?", [quote_id])
        return QuoteRow(*rows[0]) if rows else None

    def quote_context(self, quote_id: int) -> str:
        """The paragraph around a quotation, as it stands in its document."""
        row = self._rows(
            'SELECT d.text, q.start, q."end" FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.id = ?',
            [quote_id],
        )
        if not row:
            return ""
        text: str = row[0][0]
        start: int = row[0][1]
        end: int = row[0][2]
        s = text.rfind("\n", 0, start) + 1
        e = text.find("\n", end)
        return text[s : e if e >= 0 else len(text)].strip()

    def similar_quotes(self, quote_id: int, limit: int = 20, min_score: float = 75.0) -> list[tuple[QuoteRow, float]]:
        """The same statement in other documents: near-duplicate quotations, best first.

        Candidates are the quotations sharing a band of the statement's MinHash signature
        (:func:`quote_signature`, indexed at import), the most recent ``SIMILAR_PER_BAND``
        of each band; rapidfuzz then compares the normalised texts: near-identical
        wording, or, when both are long enough that a stock phrase (منذ بداية عملية طوفان
        الأقصى) cannot carry the score, the same words in another order or with cuts
        (token set ratio). Equal scores list the most recently stored first. A store opened
        read-only before its upgrade has no signatures: candidates then come from the
        quotation index (slower on a large store; same scoring).
        """
        from rapidfuzz import fuzz

        row = self._rows("SELECT doc_id, search FROM quotes WHERE id = ?", [quote_id])
        if not row:
            return []
        doc_id, qsearch = row[0]
        base = qsearch.partition("\n")[0]
        cands = self._similar_candidates(base, doc_id, limit)
        long_base = len(base.split()) >= SIMILAR_MIN_WORDS
        scored = []
        for cid, csearch in cands:
            other = csearch.partition("\n")[0]
            score = fuzz.ratio(base, other)
            if long_base and score < 100 and len(other.split()) >= SIMILAR_MIN_WORDS:
                score = max(score, fuzz.token_set_ratio(base, other))
            if score >= min_score:
                scored.append((float(score), cid))
        scored.sort(key=lambda t: (-t[0], -t[1]))
        top = scored[:limit]
        if not top:
            return []
        import json

        rows = {
            r[0]: QuoteRow(*r)
            for r in self._rows(
                f"{_QUOTE_SELECT} WHERE q.id IN (SELECT value FROM json_each(?))", [json.dumps([c for _s, c in top])]
            )
        }
        return [(rows[cid], score) for score, cid in top if cid in rows]

    def _similar_candidates(self, base: str, doc_id: int, limit: int) -> list[tuple[int, str]]:
        """(id, search copy) of the quotations of other documents worth scoring against ``base``."""
        if not self._has_signatures:
            # The slower way, for a store opened read-only before its upgrade: quotations
            # sharing two of the statement's five longest words (longest first, ties in
            # alphabetical order, so the choice does not depend on the hash seed), ranked
            # within the most recent matches of the quotation index.
            words = sorted({w for w in base.split() if len(w) > 3}, key=lambda w: (-len(w), w))[:5]
            if not words:
                return []
            pairs = [f'("{a}" AND "{b}")' for i, a in enumerate(words) for b in words[i + 1 :]]
            return [
                (int(r[0]), str(r[1]))
                for r in self._rows(
                    "SELECT q.id, q.search FROM (SELECT rowid AS id, rank FROM quotes_fts WHERE quotes_fts MATCH ?"
                    " ORDER BY rowid DESC LIMIT ?) f JOIN quotes q ON q.id = f.id"
                    " WHERE q.doc_id != ? ORDER BY f.rank LIMIT 200",
                    [" OR ".join(pairs) if pairs else f'"{words[0]}"', SIMILAR_WINDOW, doc_id],
                )
            ]
        tokens = quote_signature(base).split()
        if not tokens:
            return []
        # One index lookup per band, each cut to its newest quotations: a statement that
        # recurs in thousands of articles fills its bands with copies of itself, which
        # must not crowd out the other bands.
        arm = "SELECT id FROM (SELECT rowid AS id FROM quote_sigs WHERE quote_sigs MATCH ? ORDER BY rowid DESC LIMIT ?)"
        per_band = max(SIMILAR_PER_BAND, 5 * limit)
        return [
            (int(r[0]), str(r[1]))
            for r in self._rows(
                f"SELECT id, search FROM quotes WHERE id IN ({' UNION '.join([arm] * len(tokens))}) AND doc_id != ?",
                [x for t in tokens for x in (f'"{t}"', per_band)] + [doc_id],
            )
        ]

    # -- search ---------------------------------------------------------------------------

    def search(self, query: str | ParsedQuery, limit: int = 50) -> list[SearchHit]:
        """Full-text search; raises :class:`QueryError` for a query with nothing to search.

        Also for a prefix word shorter than :data:`~rased.store.search.MIN_PREFIX` letters
        (``قا*``): see :func:`~rased.store.search.check_prefixes`.
        """
        parsed = parse_query(query) if isinstance(query, str) else query
        check_prefixes(parsed)
        try:
            # BM25 scores every row it ranks: a word found in most of a large store would
            # cost a score per document. Ranking stops at the RANK_WINDOW most recently
            # stored matches (the whole result whenever there are fewer, which is the
            # ordinary case); the scores themselves are the full index's.
            rows = self._rows(
                "SELECT d.id, d.path, d.source, d.date, d.title, d.text, f.rank FROM"
                " (SELECT rowid AS id, rank FROM documents_fts WHERE documents_fts MATCH ?"
                "  ORDER BY rowid DESC LIMIT ?) f"
                " JOIN documents d ON d.id = f.id ORDER BY f.rank, f.id DESC LIMIT ?",
                [parsed.fts(), RANK_WINDOW, limit],
            )
        except sqlite3.OperationalError as exc:  # the parser quotes everything; keep the promise anyway
            raise QueryError(f"cannot search for {query!r}: {exc}") from exc
        hits = []
        for doc_id, path, source, date, title, text, rank in rows:
            snip, snip_spans = snippet(text, first_spans(text, parsed))
            hits.append(SearchHit(doc_id, path, source, date, title, snip, snip_spans, -float(rank)))
        return hits

    def match_spans(self, text: str, query: str | ParsedQuery) -> list[tuple[int, int]]:
        return match_spans(text, query)

    # -- overview -----------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        sources = {
            (s or "unknown"): n
            for s, n in self._rows(
                "SELECT source, count(*) FROM documents GROUP BY source ORDER BY count(*) DESC, source"
            )
        }
        size = sum(p.stat().st_size for p in self._files() if p.exists())
        return {
            "documents": self.count_documents(),
            "entities": self.count_entities(),
            "quotes": self.count_quotes(),
            "sources": sources,
            "db": str(self.path),
            "bytes": size,
        }

    def _files(self) -> list[Path]:
        return [self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")]
