"""Read queries the explorer needs beyond :class:`rased.store.store.Store`: list filters.

The explorer's ``/`` filter ranks the rows of the current list by how close their
normalised text is to what the user typed (so احمديان finds أحمديان and أحمد يان, and
hamza forms, diacritics and ال make no difference). A keystroke never scans a table:

- documents are matched on source, title and first line, entities on their names and
  spellings, through small full-text indexes of those normalised lines built once per
  store version and per process (FTS5 tables in a private in-memory SQLite database,
  shared by every connection of the process; the store may be read-only, so they cannot
  live there), and saved in the user's cache folder so that the next run of the same
  store version loads them instead of building them again;
- quotations are matched on their text through the store's own quotation index (it
  holds the normalised words and their forms without proclitics), on their speaker
  through the entity names, and on their outlet through the documents' source index.

Each gives at most :data:`CANDIDATES` rows (the newest first); rapidfuzz then ranks only
those. A word of three letters or more matches as a prefix, so the list follows typing.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from platformdirs import user_cache_dir

from rased.extract.normalize import clitic_forms, name_key, normalize
from rased.store.models import DocumentRow, EntityRow, QuoteRow
from rased.store.store import _DOC_COLUMNS, _QUOTE_SELECT, Store

__all__ = [
    "CANDIDATES",
    "filter_documents",
    "filter_entities",
    "filter_quotes",
    "match_expression",
    "rank_candidates",
    "rank_choices",
    "warm_document_index",
]

CANDIDATES = 2000
"""Rows an index lookup hands to the fuzzy ranking, at most (newest first)."""
_MIN_PREFIX = 3
# A prefix of one or two letters (ال، في) names most of a large store: such a word
# matches whole only.
_SPEAKER_SCORE = 85.0


def match_expression(query: str, any_word: bool = False, min_prefix: int = _MIN_PREFIX) -> str:
    """An FTS5 expression for ``query``: every word (or any, with ``any_word``), each as
    itself or one of its readings without proclitics, as a prefix when long enough.

    Words come from :func:`normalize`, which leaves only letters and digits, so quoting
    them is enough to keep FTS5 syntax out. Empty when nothing is left to match.
    """
    groups = []
    for w in dict.fromkeys(normalize(query).split()):
        alts = sorted({w} | clitic_forms(w))
        parts = [f'"{a}"*' if len(a) >= min_prefix else f'"{a}"' for a in alts]
        groups.append("(" + " OR ".join(parts) + ")" if len(parts) > 1 else parts[0])
    return (" OR " if any_word else " AND ").join(groups)


def rank_choices(query: str, texts: Sequence[str], limit: int) -> list[tuple[int, float]]:
    """Indexes of ``texts`` (already normalised) best matching ``query``, with scores.

    A row whose text contains the normalised query, or the query's space- and
    article-insensitive key, ranks first; then rapidfuzz's partial ratio fills the rest.
    """
    return rank_candidates(query, list(enumerate(texts)), limit)


def rank_candidates(
    query: str, items: Sequence[tuple[int, str]], limit: int, floor: dict[int, float] | None = None
) -> list[tuple[int, float]]:
    """``(id, normalised text)`` items best matching ``query``, best first, with scores.

    ``floor`` gives some ids a lowest score (rows an index found for every word of the
    query, a speaker that matches): the fuzzy score can only raise it.
    """
    from rapidfuzz import fuzz, process

    q = normalize(query)
    if not q:
        return []
    qkey = name_key(query)
    scored: dict[int, float] = dict(floor or {})
    rest: dict[int, str] = {}
    for i, t in items:
        if q in t:
            scored[i] = 100.0
        elif qkey and len(qkey) >= 3 and qkey in t.replace(" ", "").replace("ال", ""):
            scored[i] = max(scored.get(i, 0.0), 95.0)
        else:
            rest[i] = t
    if rest:
        for _c, score, i in process.extract(q, rest, scorer=fuzz.partial_ratio, limit=None, score_cutoff=75):
            scored[i] = max(scored.get(i, 0.0), float(score) * 0.9)
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:limit]


# -- in-memory indexes: document headings, entity names and spellings ------------------


class _MemoryIndex:
    """Normalised lines full-text indexed in a private in-memory SQLite database.

    Each row has an ``item`` (a document or entity id) and two indexed columns: the
    normalised line and extra forms (readings without proclitics, the spacing-free name
    key). Rows are numbered in the order given, so the first rows come first among equals.
    """

    def __init__(self, stamp: tuple[int, int]) -> None:
        self.stamp = stamp
        self.conn = sqlite3.connect(":memory:", check_same_thread=False)
        self.conn.execute(
            "CREATE VIRTUAL TABLE idx USING fts5(item UNINDEXED, line, forms, tokenize='unicode61',"
            " prefix='3', detail='none')"
        )
        self.lock = threading.Lock()
        self._vocab: list[str] | None = None

    def fill(self, rows: Iterable[tuple[int, str, str]]) -> None:
        """Index ``(item, line, forms)`` rows, ``line`` already normalised."""
        batch: list[tuple[int, str, str]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= 5000:
                self.conn.executemany("INSERT INTO idx(item, line, forms) VALUES (?,?,?)", batch)
                batch.clear()
        if batch:
            self.conn.executemany("INSERT INTO idx(item, line, forms) VALUES (?,?,?)", batch)
        self.conn.commit()

    def candidates(self, expr: str, items: Sequence[int] | None = None, newest: bool = False) -> list[tuple[int, str]]:
        """``(item, line)`` of the rows matching ``expr``: the first (or ``newest``) :data:`CANDIDATES`."""
        if not expr:
            return []
        where, params = "idx MATCH ?", [expr]
        if items is not None:
            where += " AND item IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(items)))
        order = "DESC" if newest else "ASC"
        with self.lock:
            try:
                return self.conn.execute(
                    f"SELECT item, line FROM idx WHERE {where} ORDER BY rowid {order} LIMIT ?", [*params, CANDIDATES]
                ).fetchall()
            except sqlite3.OperationalError:
                return []

    def near_words(self, query: str, per_word: int = 8) -> str:
        """An expression for words of the index spelled nearly like the query's (typos)."""
        from rapidfuzz import fuzz, process

        with self.lock:
            if self._vocab is None:
                self.conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, idx, row)")
                self._vocab = [t for (t,) in self.conn.execute("SELECT term FROM temp.vocab")]
            vocab = self._vocab
        words: list[str] = []
        for w in normalize(query).split():
            if len(w) >= _MIN_PREFIX:
                words += [
                    c for c, _s, _i in process.extract(w, vocab, scorer=fuzz.ratio, limit=per_word, score_cutoff=75)
                ]
        return " OR ".join(f'"{w}"' for w in dict.fromkeys(words))

    def close(self) -> None:
        self.conn.close()


def _forms(memo: dict[str, str], words: Iterable[str]) -> str:
    out = []
    for w in words:
        f = memo.get(w)
        if f is None:
            f = memo[w] = " ".join(sorted(clitic_forms(w)))
        if f:
            out.append(f)
    return " ".join(out)


def _document_rows(store: Store) -> Iterator[tuple[int, str, str]]:
    memo: dict[str, str] = {}
    # Oldest first: the newest documents are the last rows, found first (newest=True).
    for doc_id, source, head in store.conn.execute(
        "SELECT id, source, coalesce(title, first_line) FROM documents ORDER BY id"
    ):
        line = normalize(f"{source or ''} {head or ''}")
        yield int(doc_id), line, _forms(memo, line.split())


def _entity_rows(store: Store) -> Iterator[tuple[int, str, str]]:
    memo: dict[str, str] = {}
    # The most documented entities first: among equal matches they are the likelier ones.
    for eid, norm in store.conn.execute(
        "SELECT e.id, n.norm FROM entities e JOIN"
        " (SELECT entity_id AS eid, alias_norm AS norm FROM aliases UNION SELECT id, name_norm FROM entities) n"
        " ON n.eid = e.id ORDER BY e.n_documents DESC, e.id"
    ):
        words = norm.split()
        key = name_key(norm)
        yield int(eid), norm, _forms(memo, words) + (f" {key}" if len(words) > 1 and key else "")


_ROWS = {"documents": _document_rows, "entities": _entity_rows}
_lock = threading.Lock()
_build_locks: dict[tuple[str, str], threading.Lock] = {}
_indexes: dict[tuple[str, str], _MemoryIndex] = {}


def _stamp(store: Store) -> tuple[int, int]:
    # Every import adds, changes or removes documents: their count and last id move.
    row = store.conn.execute("SELECT count(*), coalesce(max(id), 0) FROM documents").fetchone()
    return int(row[0]), int(row[1])


def cache_dir() -> Path:
    """Where built filter indexes are kept between runs: ``$RASED_CACHE_DIR``, else the
    platform's user cache folder."""
    env = os.environ.get("RASED_CACHE_DIR")
    return Path(env).expanduser() if env else Path(user_cache_dir("rased", appauthor=False)) / "filters"


def _saved_path(store_key: str, kind: str, stamp: tuple[int, int] | None) -> Path:
    name = hashlib.sha1(store_key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    tail = "*" if stamp is None else f"{stamp[0]}-{stamp[1]}"
    return cache_dir() / f"{name}-{kind}-{tail}.db"


def _load_saved(index: _MemoryIndex, store_key: str, kind: str) -> bool:
    """Fill ``index`` from the copy saved by an earlier run for this store version, if any."""
    path = _saved_path(store_key, kind, index.stamp)
    if not path.is_file():
        return False
    try:
        src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            src.backup(index.conn)
        finally:
            src.close()
        index.conn.execute("SELECT count(*) FROM idx").fetchone()
        return True
    except (sqlite3.Error, OSError):
        index.conn.execute("DELETE FROM idx")
        return False


def _save(index: _MemoryIndex, store_key: str, kind: str) -> None:
    """Keep a copy of a fresh index for the next run (replacing older versions'); a cache
    folder that cannot be written only costs the next run a rebuild."""
    path = _saved_path(store_key, kind, index.stamp)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(_saved_path(store_key, kind, None).name):
            old.unlink(missing_ok=True)
        dst = sqlite3.connect(tmp)
        try:
            with index.lock:
                index.conn.backup(dst)
        finally:
            dst.close()
        os.replace(tmp, path)
    except (sqlite3.Error, OSError):
        tmp.unlink(missing_ok=True)


def _build_elsewhere(store: Store, kind: str) -> None:
    """Build and save an index in a child process (``python -m rased.store.browse``).

    Building is pure-Python work for seconds on a large store; in a thread of the
    explorer it would hold the interpreter lock against the UI thread (each switch of tab
    then waited seconds). A child process uses another core and leaves the saved copy.
    """
    import subprocess
    import sys

    try:
        subprocess.run(
            [sys.executable, "-m", "rased.store.browse", str(store.path), kind],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=600,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        pass


def _index(store: Store, kind: str, elsewhere: bool = False) -> _MemoryIndex:
    key = (_key(store), kind)
    stamp = _stamp(store)
    with _lock:
        index = _indexes.get(key)
        if index is not None and index.stamp == stamp:
            return index
        build_lock = _build_locks.setdefault(key, threading.Lock())
    with build_lock:
        # Another thread may have built it while this one waited.
        with _lock:
            index = _indexes.get(key)
            if index is not None and index.stamp == stamp:
                return index
        fresh = _MemoryIndex(stamp)
        if not _load_saved(fresh, key[0], kind) and elsewhere:
            _build_elsewhere(store, kind)
        if not _load_saved(fresh, key[0], kind):
            fresh.fill(_ROWS[kind](store))
            _save(fresh, key[0], kind)
        with _lock:
            old = _indexes.get(key)
            _indexes[key] = fresh
        if old is not None:
            with old.lock:
                old.close()
        return fresh


def _key(store: Store) -> str:
    try:
        return str(store.path.resolve())
    except OSError:
        return str(store.path)


_NAMES_SQL = {
    "sources": ("documents", "SELECT DISTINCT source FROM documents WHERE source IS NOT NULL"),
    "speakers": ("quotes", "SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL"),
}
_names: dict[tuple[str, str], tuple[tuple[int, int], list[str], list[str]]] = {}


def _normalised_names(store: Store, kind: str) -> tuple[list[str], list[str]]:
    """Every distinct outlet or speaker name and its normalised form (cached per store version)."""
    table, sql = _NAMES_SQL[kind]
    key = (_key(store), kind)
    row = store.conn.execute(f"SELECT count(*), coalesce(max(rowid), 0) FROM {table}").fetchone()
    stamp = (int(row[0]), int(row[1]))
    with _lock:
        hit = _names.get(key)
    if hit is not None and hit[0] == stamp:
        return hit[1], hit[2]
    names = [str(n) for (n,) in store.conn.execute(sql)]
    norms = [normalize(n) for n in names]
    with _lock:
        _names[key] = (stamp, names, norms)
    return names, norms


def _matching(q: str, names_norms: tuple[list[str], list[str]], limit: int) -> list[str]:
    """The names that contain ``q``, or nearly (a misspelling), best first."""
    from rapidfuzz import fuzz, process

    names, norms = names_norms
    if not q or not names:
        return []
    exact = [names[i] for i, n in enumerate(norms) if q in n]
    if len(exact) >= limit or len(q) < _MIN_PREFIX:
        return exact[:limit]
    near = process.extract(q, norms, scorer=fuzz.partial_ratio, limit=limit, score_cutoff=90)
    return list(dict.fromkeys([*exact, *(names[i] for _c, _s, i in near)]))[:limit]


def warm_document_index(store: Store, elsewhere: bool = False) -> None:
    """Build the documents' and entities' filter indexes now (before the first keystroke);
    with ``elsewhere``, in a child process (see :func:`_build_elsewhere`), then load them."""
    _index(store, "documents", elsewhere)
    _index(store, "entities", elsewhere)


def filter_documents(
    store: Store, query: str, limit: int = 200, doc_ids: Sequence[int] | None = None
) -> list[tuple[DocumentRow, float]]:
    """Documents whose source, title or first line match ``query``, best first."""
    expr = match_expression(query)
    if not expr:
        return []
    index = _index(store, "documents")
    cands = index.candidates(expr, doc_ids, newest=True)
    floor = {i: 85.0 for i, _t in cands}
    if len(cands) < limit:
        seen = set(floor)
        for more in (match_expression(query, any_word=True), index.near_words(query)):
            cands += [c for c in index.candidates(more, doc_ids, newest=True) if c[0] not in seen]
            seen.update(c[0] for c in cands)
    chosen = rank_candidates(query, cands, limit, floor)
    if not chosen:
        return []
    rows = store.conn.execute(
        f"SELECT {_DOC_COLUMNS} FROM documents WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps([i for i, _ in chosen])],
    ).fetchall()
    by_id = {r[0]: DocumentRow(*r) for r in rows}
    return [(by_id[i], s) for i, s in chosen if i in by_id]


def filter_entities(store: Store, query: str, limit: int = 50) -> list[tuple[EntityRow, float]]:
    """Entities whose name or a spelling of it is close to ``query``, best first.

    Like :meth:`Store.fuzzy_entities` (rapidfuzz's WRatio on the normalised spellings; the
    spacing- and article-insensitive key makes احمديان = احمد يان), but the spellings
    scored come from the in-memory index (prefixes, then near spellings of each word),
    which one process shares between all its connections.
    """
    from rapidfuzz import fuzz, process

    q = normalize(query)
    # Names are short and few beside texts: two letters are enough to start listing them.
    expr = match_expression(query, min_prefix=2)
    if not expr:
        return []
    qkey = name_key(query)
    index = _index(store, "entities")
    cands = index.candidates(expr)
    if len(cands) < limit:
        for more in (match_expression(query, any_word=True, min_prefix=2), index.near_words(query)):
            cands += index.candidates(more)
    rank: dict[int, int] = {}
    for k, (eid, _line) in enumerate(cands):
        rank.setdefault(eid, k)
    best: dict[int, float] = {}
    lines = [line for _eid, line in cands]
    for _c, score, k in process.extract(q, lines, scorer=fuzz.WRatio, limit=None, score_cutoff=60):
        eid = cands[k][0]
        if name_key(lines[k]) == qkey:
            score = 100.0
        best[eid] = max(best.get(eid, 0.0), float(score))
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], rank[kv[0]]))[:limit]
    if not ranked:
        return []
    rows = store.conn.execute(
        "SELECT id, name, type, key, n_documents, n_mentions, n_quotes, n_aliases FROM entities"
        " WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps([eid for eid, _ in ranked])],
    ).fetchall()
    by_id = {r[0]: EntityRow(*r) for r in rows}
    return [(by_id[eid], score) for eid, score in ranked if eid in by_id]


# -- quotations: the store's quotation index, speakers and outlets ------------------------


def _quote_lines(store: Store, ids: Sequence[int]) -> list[tuple[int, str]]:
    if not ids:
        return []
    rows = store.conn.execute(
        "SELECT q.id, q.speaker, d.source, q.search FROM quotes q JOIN documents d ON d.id = q.doc_id"
        " WHERE q.id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(ids))],
    ).fetchall()
    by_id = {
        int(r[0]): " ".join(x for x in (normalize(r[1] or ""), normalize(r[2] or ""), r[3].split("\n")[0]) if x)
        for r in rows
    }
    return [(i, by_id[i]) for i in ids if i in by_id]


def _fts_quote_ids(store: Store, expr: str) -> list[int]:
    try:
        rows = store.conn.execute(
            "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ?", [expr, CANDIDATES]
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    return [int(r[0]) for r in rows]


def filter_quotes(store: Store, query: str, limit: int = 200) -> list[tuple[QuoteRow, float]]:
    """Quotations whose speaker, outlet or text match ``query``, best first."""
    expr = match_expression(query)
    if not expr:
        return []
    ids = _fts_quote_ids(store, expr)
    floor = {i: 85.0 for i in ids}
    # Speakers as written (a name, or "sources in the movement"), then the entities the
    # query names under any spelling: their newest quotations.
    q = normalize(query)
    for speaker in _matching(q, _normalised_names(store, "speakers"), 10):
        for (qid,) in store.conn.execute(
            "SELECT id FROM quotes WHERE speaker = ? ORDER BY id DESC LIMIT ?", [speaker, limit]
        ):
            floor[int(qid)] = max(floor.get(int(qid), 0.0), _SPEAKER_SCORE)
    for ent, score in filter_entities(store, query, limit=5):
        if score < 90:
            continue
        for (qid,) in store.conn.execute(
            "SELECT id FROM quotes WHERE speaker_entity_id = ? ORDER BY id DESC LIMIT ?", [ent.id, limit]
        ):
            floor[int(qid)] = max(floor.get(int(qid), 0.0), _SPEAKER_SCORE)
    # Outlets: few distinct names.
    for s in _matching(q, _normalised_names(store, "sources"), 5):
        for (qid,) in store.conn.execute(
            "SELECT q.id FROM documents d CROSS JOIN quotes q ON q.doc_id = d.id WHERE d.source = ?"
            " ORDER BY d.id DESC LIMIT ?",
            [s, limit],
        ):
            floor[int(qid)] = max(floor.get(int(qid), 0.0), _SPEAKER_SCORE)
    cand_ids = list(dict.fromkeys([*ids, *floor]))
    if len(cand_ids) < limit:
        seen = set(cand_ids)
        cand_ids += [i for i in _fts_quote_ids(store, match_expression(query, any_word=True)) if i not in seen]
    chosen = rank_candidates(query, _quote_lines(store, cand_ids), limit, floor)
    if not chosen:
        return []
    rows = store.conn.execute(
        f"{_QUOTE_SELECT} WHERE q.id IN (SELECT value FROM json_each(?))", [json.dumps([i for i, _ in chosen])]
    ).fetchall()
    by_id = {r[0]: QuoteRow(*r) for r in rows}
    return [(by_id[i], s) for i, s in chosen if i in by_id]


def main(argv: Sequence[str]) -> int:
    """``python -m rased.store.browse STORE KIND``: build and save one filter index."""
    if len(argv) != 2 or argv[1] not in _ROWS:
        print("usage: python -m rased.store.browse STORE documents|entities")
        return 2
    with Store.open(Path(argv[0]), read_only=True, create=False) as store:
        _index(store, argv[1])
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
