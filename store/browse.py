"""Read queries the explorer needs beyond :class:`rased.store.store.Store`: list filters.

The explorer's ``/`` filter ranks the rows of the current list by how close their
normalised text is to what the user typed (so احمديان finds أحمديان and أحمد يان, and
hamza forms, diacritics and ال make no difference). Documents are matched on source,
title and first line; quotations on speaker and text. The normalised strings are built
once per store version and kept in memory (about 100 bytes a row), so a keystroke costs a
rapidfuzz pass over the cached strings, not a table scan with normalisation.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from typing import Any

from rased.extract.normalize import name_key, normalize
from rased.store.models import DocumentRow, QuoteRow
from rased.store.store import _DOC_COLUMNS, _QUOTE_SELECT, Store

__all__ = ["filter_documents", "filter_quotes", "rank_choices"]

_lock = threading.Lock()
# (db path, kind) -> (stamp, ids, normalised strings)
_cache: dict[tuple[str, str], tuple[Any, list[int], list[str]]] = {}


def _stamp(store: Store, table: str) -> tuple[int, int]:
    row = store.conn.execute(f"SELECT count(*), coalesce(max(id), 0) FROM {table}").fetchone()
    return int(row[0]), int(row[1])


def _choices(store: Store, kind: str, sql: str, table: str) -> tuple[list[int], list[str]]:
    key = (str(store.path), kind)
    stamp = _stamp(store, table)
    with _lock:
        hit = _cache.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1], hit[2]
    ids: list[int] = []
    texts: list[str] = []
    for row in store.conn.execute(sql):
        ids.append(int(row[0]))
        texts.append(normalize(" ".join(str(x) for x in row[1:] if x)))
    with _lock:
        _cache[key] = (stamp, ids, texts)
    return ids, texts


def rank_choices(query: str, texts: Sequence[str], limit: int) -> list[tuple[int, float]]:
    """Indexes of ``texts`` (already normalised) best matching ``query``, with scores.

    A row whose text contains the normalised query, or the query's space- and
    article-insensitive key, ranks first; then rapidfuzz's partial ratio fills the rest.
    """
    from rapidfuzz import fuzz, process

    q = normalize(query)
    if not q:
        return []
    qkey = name_key(query)
    scored: dict[int, float] = {}
    for i, t in enumerate(texts):
        if q in t:
            scored[i] = 100.0
        elif qkey and len(qkey) >= 3 and qkey in t.replace(" ", "").replace("ال", ""):
            scored[i] = 95.0
    if len(scored) < limit:
        for _c, score, idx in process.extract(
            q, texts, scorer=fuzz.partial_ratio, limit=limit * 2, score_cutoff=75
        ):
            if idx not in scored:
                scored[idx] = float(score) * 0.9
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:limit]


def filter_documents(
    store: Store, query: str, limit: int = 200, doc_ids: Sequence[int] | None = None
) -> list[tuple[DocumentRow, float]]:
    """Documents whose source, title or first line match ``query``, best first."""
    ids, texts = _choices(
        store, "documents", "SELECT id, source, title, first_line FROM documents ORDER BY id", "documents"
    )
    if doc_ids is not None:
        allowed = set(doc_ids)
        keep = [i for i, d in enumerate(ids) if d in allowed]
        sub_ids = [ids[i] for i in keep]
        ranked = rank_choices(query, [texts[i] for i in keep], limit)
        chosen = [(sub_ids[i], s) for i, s in ranked]
    else:
        chosen = [(ids[i], s) for i, s in rank_choices(query, texts, limit)]
    if not chosen:
        return []
    rows = store.conn.execute(
        f"SELECT {_DOC_COLUMNS} FROM documents WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps([i for i, _ in chosen])],
    ).fetchall()
    by_id = {r[0]: DocumentRow(*r) for r in rows}
    return [(by_id[i], s) for i, s in chosen if i in by_id]


def filter_quotes(store: Store, query: str, limit: int = 200) -> list[tuple[QuoteRow, float]]:
    """Quotations whose speaker or text match ``query``, best first."""
    ids, texts = _choices(
        store,
        "quotes",
        "SELECT q.id, q.speaker, d.source, q.text FROM quotes q JOIN documents d ON d.id = q.doc_id ORDER BY q.id",
        "quotes",
    )
    chosen = [(ids[i], s) for i, s in rank_choices(query, texts, limit)]
    if not chosen:
        return []
    rows = store.conn.execute(
        f"{_QUOTE_SELECT} WHERE q.id IN (SELECT value FROM json_each(?))", [json.dumps([i for i, _ in chosen])]
    ).fetchall()
    by_id = {r[0]: QuoteRow(*r) for r in rows}
    return [(by_id[i], s) for i, s in chosen if i in by_id]
