"""The benchmark: generate a corpus, import it, time the store and the explorer.

Every figure comes from the product's own entry points: the import is the ``rased import``
command in a subprocess (its whole process tree's memory polled from /proc), searches go
through :meth:`Store.search` next to the bare FTS5 query that is their floor, cross-references
through the :class:`Store` methods the explorer calls, and the explorer is driven headless in
its own process. Results are printed as a table and returned as a dict (``--json`` writes it).
"""

from __future__ import annotations

import json
import math
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .corpus import build_model, build_queries, generate_corpus

__all__ = ["run", "run_store", "percentile", "KEYS"]

# The figures every run reports (null when a measurement was impossible).
KEYS = (
    "n",
    "files",
    "corpus_mb",
    "generate_s",
    "import_s",
    "import_docs_per_s",
    "import_peak_rss_mb",
    "import_peak_pss_mb",
    "import_workers",
    "documents",
    "entities",
    "quotes",
    "store_bytes_per_doc",
    "search_p50_ms",
    "search_p95_ms",
    "search_max_ms",
    "fts_raw_p50_ms",
    "fts_raw_p95_ms",
    "search_vs_raw_p95",
    "fts_bounded_p95_ms",
    "search200_p95_ms",
    "grep_s",
    "fuzzy_p50_ms",
    "fuzzy_p95_ms",
    "entity_documents_p95_ms",
    "entity_quotes_p95_ms",
    "cooccurring_p95_ms",
    "similar_quotes_p95_ms",
    "xref_p95_ms",
    "list_p95_ms",
    "list_deep_p95_ms",
    "tui_first_paint_s",
    "tui_switch_p95_ms",
    "tui_open_p95_ms",
    "tui_jump_p95_ms",
    "tui_peak_rss_mb",
)

SEARCH_LIMIT = 50


def _machine() -> dict[str, Any]:
    """What the figures depend on besides the code: cores, memory, versions, the build."""
    from rased.extract.native import build_status

    return {
        "cpus": os.cpu_count(),
        "memory_gb": _memory_gb(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "extraction": build_status(),
    }


def percentile(values: Sequence[float], p: float) -> float | None:
    """The ``p``-th percentile (nearest rank) of ``values``; None for no values."""
    if not values:
        return None
    s = sorted(values)
    k = max(0, min(len(s) - 1, math.ceil(p / 100 * len(s)) - 1))
    return s[k]


def _timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> float:
    """Milliseconds that ``fn(*args, **kwargs)`` took."""
    t = time.perf_counter()
    fn(*args, **kwargs)
    return (time.perf_counter() - t) * 1000


def _fetch(conn: sqlite3.Connection, sql: str, *params: Any) -> list[Any]:
    return conn.execute(sql, params).fetchall()


# -- import -----------------------------------------------------------------------------------


def _children(pid: int) -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: fields start after the last ')'.
        fields = stat[stat.rfind(b")") + 2 :].split()
        kids.setdefault(int(fields[1]), []).append(int(entry))
    return kids


def _tree_memory(root: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes of ``root`` and all its descendants."""
    kids = _children(root)
    todo, rss, pss = [root], 0, 0
    while todo:
        pid = todo.pop()
        todo.extend(kids.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
        except OSError:
            continue
    return rss, pss


def run_import(corpus: Path, db: Path, workers: int | None) -> dict[str, Any]:
    """``rased import`` as a subprocess; wall time and the process tree's peak memory."""
    cmd = [sys.executable, "-m", "rased", "import", str(corpus), "--db", str(db), "-q"]
    if workers:
        cmd += ["--workers", str(workers)]
    peak = [0, 0]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            rss, pss = _tree_memory(proc.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            done.wait(0.25)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - t
    done.set()
    poller.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bench: rased import failed ({proc.returncode}): {err.strip()[-2000:]}")
    return {
        "import_s": seconds,
        "import_peak_rss_mb": peak[0] / 2**20,
        "import_peak_pss_mb": peak[1] / 2**20,
        "import_max_process_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "import_summary": err.strip().splitlines()[-1] if err.strip() else "",
    }


def import_stages(corpus: Path, sample: int = 300) -> dict[str, float]:
    """Milliseconds per document of each import stage, in this process, on a sample of files.

    Read/parse (``read_file``), extraction (``extract``), the search copy (``search_text``
    and the document key) and the write (``Store.write_batch`` into a scratch store).
    """
    from rased.extract.article import read_file
    from rased.extract.pipeline import extract
    from rased.extract.records import Extraction
    from rased.store.importer import IMPORT_CACHE_KB, document_uid, prepare_article
    from rased.store.store import FileResult, Store

    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix != ".jsonl")[:sample]
    t_read = t_extract = t_search = 0.0
    results: list[FileResult] = []
    docs = 0
    from rased.extract.normalize import search_text

    for p in files:
        t = time.perf_counter()
        read = read_file(p)
        t_read += time.perf_counter() - t
        res = FileResult(path=str(p), sha1=str(hash(p)), size=1, mtime=1.0)
        for art in read.articles:
            t = time.perf_counter()
            ex: Extraction = extract(art.text)
            t_extract += time.perf_counter() - t
            t = time.perf_counter()
            document_uid(search_text(art.text))
            for q in ex.quotes:
                search_text(q.text)
            t_search += time.perf_counter() - t
            res.documents.append(prepare_article(art))
            docs += 1
        results.append(res)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "stages.db")
        store.conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KB}")  # as import_paths does
        t = time.perf_counter()
        for k in range(0, len(results), 50):
            store.write_batch(results[k : k + 50])
        t_write = time.perf_counter() - t
        store.close()
    per = 1000 / max(docs, 1)
    return {
        "read_parse": t_read * per,
        "extract": t_extract * per,
        "search_text": t_search * per,
        "write": t_write * per,
    }


# -- store queries ------------------------------------------------------------------------------


def measure_search(db: Path, queries: list[tuple[str, str]]) -> dict[str, Any]:
    from rased.store.search import QueryError, parse_query
    from rased.store.store import Store

    store = Store.open(db, read_only=True, create=False)

    def search(q: str, limit: int) -> list[Any]:
        # A query the store refuses (a prefix of one or two letters) is timed as what the
        # user gets: the message, at once.
        try:
            hits: list[Any] = store.search(q, limit=limit)
            return hits
        except QueryError:
            refused.add(q)
            return []

    refused: set[str] = set()
    raw = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    exprs = [parse_query(q).fts() for _, q in queries]
    raw_sql = f"SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT {SEARCH_LIMIT}"
    # The same bounded ranking Store.search does (ranks the newest RANK_WINDOW matches).
    bounded_sql = (
        "SELECT id FROM (SELECT rowid AS id, rank FROM documents_fts WHERE documents_fts MATCH ?"
        f" ORDER BY rowid DESC LIMIT {_rank_window()}) ORDER BY rank, id DESC LIMIT {SEARCH_LIMIT}"
    )
    # One warm-up pass: the figures are for a store in the page cache, as after the first query.
    for (_, q), e in zip(queries, exprs, strict=True):
        search(q, SEARCH_LIMIT)
        raw.execute(raw_sql, [e]).fetchall()
    t_search: list[float] = []
    t_raw: list[float] = []
    t_bounded: list[float] = []
    t_200: list[float] = []
    by_kind: dict[str, list[float]] = {}
    hits = 0
    for (kind, q), e in zip(queries, exprs, strict=True):
        t = time.perf_counter()
        res = search(q, SEARCH_LIMIT)
        ms = (time.perf_counter() - t) * 1000
        hits += bool(res)
        t_search.append(ms)
        by_kind.setdefault(kind, []).append(ms)
        t_raw.append(_timed(_fetch, raw, raw_sql, e))
        t_bounded.append(_timed(_fetch, raw, bounded_sql, e))
    for _, q in queries[::4]:
        # The explorer's search tab asks for 200 hits.
        t_200.append(_timed(search, q, 200))
    store.close()
    raw.close()
    p95, raw95 = percentile(t_search, 95), percentile(t_raw, 95)
    slowest = sorted(zip(t_search, (q for _, q in queries), strict=True), reverse=True)[:5]
    return {
        "search_p50_ms": percentile(t_search, 50),
        "search_p95_ms": p95,
        "search_max_ms": max(t_search),
        "fts_raw_p50_ms": percentile(t_raw, 50),
        "fts_raw_p95_ms": raw95,
        "search_vs_raw_p95": (p95 / raw95) if p95 and raw95 else None,
        "fts_bounded_p95_ms": percentile(t_bounded, 95),
        "search200_p95_ms": percentile(t_200, 95),
        "search_queries": len(queries),
        "search_queries_with_hits": hits,
        "search_refused": sorted(refused),
        "search_p95_by_kind_ms": {k: percentile(v, 95) for k, v in by_kind.items()},
        "search_slowest": [[round(ms, 1), q] for ms, q in slowest],
    }


def _rank_window() -> int:
    from rased.store import store

    return int(getattr(store, "RANK_WINDOW", 10**9))


def measure_grep(corpus: Path, queries: list[tuple[str, str]], count: int = 6) -> dict[str, Any]:
    """What a user does without rased: ``grep -rlF`` of single words over the folder."""
    if shutil.which("grep") is None:
        return {"grep_s": None}
    words = [q for kind, q in queries if kind in ("common", "name", "clitic", "rare") and " " not in q]
    picks = words[:: max(1, len(words) // count)][:count]
    env = dict(os.environ, LC_ALL="C.UTF-8")
    times = []
    subprocess.run(["grep", "-rlF", "-e", picks[0], str(corpus)], capture_output=True, env=env)  # warm the cache
    for w in picks:
        t = time.perf_counter()
        subprocess.run(["grep", "-rlF", "-e", w, str(corpus)], capture_output=True, env=env)
        times.append(time.perf_counter() - t)
    return {"grep_s": statistics.median(times), "grep_words": picks}


def _fuzzy_queries(store: Any, count: int = 100) -> list[str]:
    rows = store.conn.execute("SELECT alias FROM aliases ORDER BY entity_id, alias").fetchall()
    if not rows:
        return []
    step = max(1, len(rows) // count)
    out = []
    for k, (alias,) in enumerate(rows[::step][:count]):
        form = k % 4
        if form == 0:  # a typo: one letter dropped
            mid = len(alias) // 2
            out.append(alias[:mid] + alias[mid + 1 :])
        elif form == 1:  # a spelling variant
            out.append(alias.replace("أ", "ا").replace("ة", "ه").replace("ي", "ى"))
        elif form == 2:  # the first letters, as typed so far
            out.append(alias[: max(3, len(alias) // 2)])
        else:
            out.append(alias)
    return out


def measure_store(db: Path) -> dict[str, Any]:
    from rased.store.store import Store

    store = Store.open(db, read_only=True, create=False)
    out: dict[str, Any] = {
        "documents": store.count_documents(),
        "entities": store.count_entities(),
        "quotes": store.count_quotes(),
    }
    fq = _fuzzy_queries(store)
    if fq:
        store.fuzzy_entities(fq[0])  # builds the alias cache once, as the explorer's first lookup does
        times = [_timed(store.fuzzy_entities, q, limit=50) for q in fq]
        out["fuzzy_p50_ms"] = percentile(times, 50)
        out["fuzzy_p95_ms"] = percentile(times, 95)
    ents = [r[0] for r in store.conn.execute("SELECT id FROM entities ORDER BY n_documents DESC LIMIT 20")]
    n_ent = out["entities"]
    if n_ent:
        step = max(1, n_ent // 30)
        ents += [r[0] for r in store.conn.execute("SELECT id FROM entities WHERE id % ? = 0 LIMIT 30", [step])]
    quotes = []
    if out["quotes"]:
        step = max(1, out["quotes"] // 50)
        quotes = [r[0] for r in store.conn.execute("SELECT id FROM quotes WHERE id % ? = 0 LIMIT 50", [step])]
    xref: dict[str, list[float]] = {"entity_documents": [], "entity_quotes": [], "cooccurring": []}
    for eid in ents:
        xref["entity_documents"].append(_timed(store.entity_documents, eid, limit=200))
        xref["entity_quotes"].append(_timed(store.entity_quotes, eid, limit=200))
        xref["cooccurring"].append(_timed(store.cooccurring, eid, limit=20))
    xref["similar_quotes"] = [_timed(store.similar_quotes, q, limit=20) for q in quotes]
    worst = None
    for name, times in xref.items():
        p = percentile(times, 95)
        out[f"{name}_p95_ms"] = p
        if p is not None:
            worst = max(worst or 0.0, p)
    out["xref_p95_ms"] = worst
    out.update(measure_lists(store))
    store.close()
    return out


def measure_lists(store: Any) -> dict[str, Any]:
    """The explorer's list pages: every sort, both directions, the first page and one halfway down.

    ``list_p95_ms`` is over first pages (what opening a list or changing its sort costs);
    ``list_deep_p95_ms`` over pages at the middle of the list (OFFSET paging, reached only
    by scrolling through half of it).
    """
    from rased.store.store import _DOC_SORTS, _ENTITY_SORTS, _QUOTE_SORTS

    timings: dict[str, float] = {}
    sizes = {"documents": store.count_documents(), "entities": store.count_entities(), "quotes": store.count_quotes()}
    calls = {"documents": store.list_documents, "entities": store.list_entities, "quotes": store.list_quotes}
    sorts = {"documents": _DOC_SORTS, "entities": _ENTITY_SORTS, "quotes": _QUOTE_SORTS}
    for name, fn in calls.items():
        if not sizes[name]:
            continue
        for sort in sorts[name]:
            for desc in (True, False):
                for offset in (0, sizes[name] // 2):
                    key = f"{name}:{sort}:{'desc' if desc else 'asc'}@{offset}"
                    timings[key] = _timed(fn, offset, 200, sort, desc)
    counts = {"count_" + k: v for k, v in ((k, _timed(getattr(store, f"count_{k}"))) for k in calls)}
    slow = sorted(timings.items(), key=lambda kv: -kv[1])[:8]
    first = [v for k, v in timings.items() if k.endswith("@0")]
    deep = [v for k, v in timings.items() if not k.endswith("@0")]
    return {
        "list_p95_ms": percentile(first, 95),
        "list_deep_p95_ms": percentile(deep, 95),
        "list_slowest_ms": [[k, round(v, 1)] for k, v in slow],
        "count_ms": counts,
    }


# -- explorer ---------------------------------------------------------------------------------


def measure_tui(db: Path, rounds: int = 10) -> dict[str, Any]:
    pkg = __package__ or "rased.bench"
    try:
        proc = subprocess.run(
            [sys.executable, "-m", f"{pkg}.tui_probe", str(db), str(rounds)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        data = json.loads(proc.stdout.strip().splitlines()[-1])
    except (subprocess.TimeoutExpired, json.JSONDecodeError, IndexError) as exc:
        return {"tui_notes": [f"the explorer probe failed: {exc}"]}
    return {
        "tui_first_paint_s": data.get("first_paint_s"),
        "tui_switch_p95_ms": percentile(data.get("switch_ms") or [], 95),
        "tui_switch_cold_p95_ms": percentile(data.get("switch_cold_ms") or [], 95),
        "tui_open_p95_ms": percentile(data.get("open_ms") or [], 95),
        "tui_jump_p95_ms": percentile(data.get("jump_ms") or [], 95),
        "tui_peak_rss_mb": data.get("peak_rss_mb"),
        "tui_import_s": data.get("import_s"),
        "tui_notes": data.get("notes", []),
    }


# -- the whole run ----------------------------------------------------------------------------


def run(
    n: int,
    workdir: Path | None = None,
    keep: bool = False,
    seed: int = 1,
    workers: int | None = None,
    tui: bool = True,
    tui_rounds: int = 10,
    log: Callable[[str], None] = lambda s: print(s, file=sys.stderr, flush=True),
) -> dict[str, Any]:
    """Generate, import and measure; return every figure (see :data:`KEYS`)."""
    own = workdir is None
    work = Path(tempfile.mkdtemp(prefix="rased-bench-")) if workdir is None else workdir
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"corpus-{n}-{seed}"
    db = work / f"bench-{n}-{seed}.db"
    out: dict[str, Any] = dict.fromkeys(KEYS)
    out.update(
        n=n,
        machine=_machine(),
    )
    try:
        marker = corpus / ".complete"
        t = time.perf_counter()
        if not marker.exists():
            if corpus.exists():
                shutil.rmtree(corpus)
            log(f"generating {n} articles in {corpus}")
            info = generate_corpus(corpus, n, seed=seed)
            marker.write_text(json.dumps({"files": info.files, "bytes": info.bytes}))
            out["generate_s"] = time.perf_counter() - t
        meta = json.loads(marker.read_text())
        out["files"], out["corpus_mb"] = meta["files"], meta["bytes"] / 2**20
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        log("importing (rased import)")
        imp = run_import(corpus, db, workers)
        out.update(imp)
        out["import_workers"] = workers or os.cpu_count()
        log("import stages")
        out["import_stage_ms_per_doc"] = import_stages(corpus)
        from rased.store.store import Store

        with Store.open(db, read_only=True, create=False) as st:
            stats = st.stats()
        docs = stats["documents"]
        out["import_docs_per_s"] = docs / imp["import_s"] if imp["import_s"] else None
        out["store_bytes_per_doc"] = stats["bytes"] / docs if docs else None
        model = build_model(seed)
        queries = build_queries(model)
        log("search")
        out.update(measure_search(db, queries))
        log("grep")
        out.update(measure_grep(corpus, queries))
        log("entities, quotes, lists")
        out.update(measure_store(db))
        if tui:
            log("explorer")
            out.update(measure_tui(db, rounds=tui_rounds))
    finally:
        if not keep:
            shutil.rmtree(corpus, ignore_errors=True)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            if own:
                shutil.rmtree(work, ignore_errors=True)
    return out


def run_store(
    db: Path,
    seed: int = 1,
    tui: bool = True,
    tui_rounds: int = 10,
    log: Callable[[str], None] = lambda s: print(s, file=sys.stderr, flush=True),
) -> dict[str, Any]:
    """Time an existing store (search, cross-references, lists, the explorer): no corpus, no import.

    The store must be writable once if it needs a schema upgrade (opening it applies the
    pending migrations; the time they took is reported as ``migrate_s``). ``seed`` chooses
    the fixed queries, as in :func:`run`.
    """
    from rased.store.migrations import migrations
    from rased.store.store import Store

    out: dict[str, Any] = dict.fromkeys(KEYS)
    out.update(
        machine=_machine(),
        store=str(db),
    )
    t = time.perf_counter()
    with Store.open(db, create=False) as st:
        out["migrate_s"] = time.perf_counter() - t
        out["migrated"] = [m.name for m in migrations.applied(st.db)]
        stats = st.stats()
    docs = stats["documents"]
    out["n"] = docs
    out["store_bytes_per_doc"] = stats["bytes"] / docs if docs else None
    log("search")
    out.update(measure_search(db, build_queries(build_model(seed))))
    log("entities, quotes, lists")
    out.update(measure_store(db))
    if tui:
        log("explorer")
        out.update(measure_tui(db, rounds=tui_rounds))
    return out


def _memory_gb() -> float | None:
    try:
        with open("/proc/meminfo") as fh:
            return round(int(fh.readline().split()[1]) / 2**20, 1)
    except (OSError, ValueError, IndexError):
        return None


def table(result: dict[str, Any]) -> str:
    """The figures as an aligned two-column table."""
    lines = []
    for key in KEYS:
        v = result.get(key)
        if isinstance(v, float):
            text = f"{v:,.3f}" if abs(v) < 10 else f"{v:,.1f}"
        else:
            text = "—" if v is None else f"{v:,}" if isinstance(v, int) else str(v)
        lines.append(f"{key:<26} {text}")
    stages = result.get("import_stage_ms_per_doc")
    if stages:
        lines.append("import stages (ms/doc)     " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
    machine = result.get("machine") or {}
    if machine:
        lines.append(
            f"machine                    {machine.get('cpus')} cores, {machine.get('memory_gb')} GB,"
            f" extraction {machine.get('extraction')}"
        )
    for note in result.get("tui_notes") or []:
        lines.append(f"note: explorer: {note}")
    return "\n".join(lines)
