"""Import: files -> prepared documents (in worker processes) -> the store (one writer).

The pipeline has one place where extraction runs for each document,
:func:`prepare_article`; everything CPU-bound (decoding, boilerplate removal,
extraction, the search copy, the quotations' signatures) happens there, in worker
processes, so the single writer only inserts. Files whose size and modification time
are unchanged since their last import are not even read.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import signal
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rased.extract.article import ArticleError, read_file
from rased.extract.normalize import search_text
from rased.extract.pipeline import extract_article
from rased.extract.records import Article
from rased.extract.resolve import entity_key

from .files import iter_article_files, not_regular_reason
from .search import quote_signature
from .store import FileResult, PreparedDocument, Store, StoreError

__all__ = ["ImportReport", "import_paths", "prepare_article", "prepare_file", "run_import_cli"]

BATCH_DOCUMENTS = 400
BATCH_SECONDS = 1.0
IMPORT_CACHE_KB = 65536


def document_uid(search: str) -> str:
    """A document's stable id: a hash of its normalised text.

    Takes the document's search copy (:func:`search_text`), whose first line is that
    normalised text, so the article is normalised once on the import's hot path.
    """
    return hashlib.sha1(search.partition("\n")[0].encode("utf-8")).hexdigest()[:20]


def prepare_article(article: Article) -> PreparedDocument:
    """The extraction step: one article to everything the store keeps about it."""
    ex = extract_article(article)
    search = search_text(article.text)
    quote_search = tuple(search_text(q.text) for q in ex.quotes)
    return PreparedDocument(
        article=article,
        extraction=ex,
        uid=document_uid(search),
        search=search,
        entity_keys=tuple(entity_key(e.canonical, e.type) for e in ex.entities),
        quote_search=quote_search,
        quote_sigs=tuple(quote_signature(qs.partition("\n")[0]) for qs in quote_search),
    )


def _limit(name: str, default: int) -> int:
    try:
        value = int(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value > 0 else default


def max_file_bytes() -> int:
    """Largest file import reads: ``$RASED_MAX_FILE_MB`` megabytes (default 256)."""
    return _limit("RASED_MAX_FILE_MB", 256) * 1024 * 1024


def max_article_chars() -> int:
    """Longest article import keeps: ``$RASED_MAX_ARTICLE_CHARS`` (default 1,000,000).

    News articles are a few thousand characters; a text hundreds of times longer is a
    dump or a broken scrape, and would cost minutes of extraction and a useless document.
    """
    return _limit("RASED_MAX_ARTICLE_CHARS", 1_000_000)


def storable_path(path: str) -> str:
    """``path`` as valid text: bytes of a file name that are not UTF-8 become ``\\xNN``."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def prepare_file(path_str: str) -> FileResult:
    """Read, parse and extract one file (runs in a worker process; never raises)."""
    res = FileResult(path=path_str)
    path = Path(path_str)
    try:
        st = path.stat()
        res.size, res.mtime = st.st_size, st.st_mtime
        reason = not_regular_reason(st.st_mode)
        if reason is not None:
            res.error = reason  # a FIFO would block the open below forever
            return res
        if st.st_size > max_file_bytes():
            res.error = (
                f"too large ({st.st_size / 2**20:.0f} MB; the limit is {max_file_bytes() // 2**20} MB,"
                " set RASED_MAX_FILE_MB to change it)"
            )
            return res
        h = hashlib.sha1()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        res.sha1 = h.hexdigest()
        read = read_file(path)
        res.problems = list(read.problems)
        limit = max_article_chars()
        for art in read.articles:
            if len(art.text) > limit:
                where = "the article" if art.part is None else f"part {art.part}"
                res.problems.append(
                    f"{where} is too long ({len(art.text):,} characters; the limit is {limit:,},"
                    " set RASED_MAX_ARTICLE_CHARS to change it)"
                )
                continue
            res.documents.append(prepare_article(art))
        if not res.documents:
            res.error = "; ".join(res.problems) or "no article in the file"
    except ArticleError as exc:
        res.error = str(exc)
    except PermissionError:
        res.error = "permission denied"
    except OSError as exc:
        res.error = exc.strerror or str(exc)
    except RecursionError:
        res.error = "too deeply nested to read"
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop an import
        res.error = f"cannot read: {type(exc).__name__}: {exc}"
    return res


@dataclass(slots=True)
class ImportReport:
    """What an import did, file by file."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0
    doc_ids: list[int] = field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0

    def count(self, res: FileResult) -> None:
        if res.status == "failed" or res.error is not None:
            self.failed.append((res.path, res.error or "failed"))
        elif res.status == "imported":
            self.imported += 1
        elif res.status == "updated":
            self.updated += 1
        else:
            self.unchanged += 1
        for p in res.problems:
            if res.error is None:
                self.problems.append((res.path, p))
        self.documents += len(res.documents)
        self.doc_ids.extend(res.doc_ids)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def _candidates(store: Store, paths: Iterable[Path], report: ImportReport) -> Iterator[str]:
    """Files to read: listing problems are failures; unchanged files are counted and skipped.

    The store's own files are never read as articles (``rased import . --db ./x.db``).
    """
    own = {str(store.path.absolute()) + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    for path, problem in iter_article_files(paths):
        if str(path.absolute()) in own:
            continue
        if problem is not None:
            prefix = f"{path}: "
            reason = problem[len(prefix) :] if problem.startswith(prefix) else problem
            report.failed.append((storable_path(str(path)), reason))
            continue
        abspath = str(path.absolute())
        key = storable_path(abspath)
        state = store.file_state(key)
        if state is not None:
            try:
                st = path.stat()
            except OSError:
                state = None
            else:
                if st.st_size == state[1] and st.st_mtime == state[2]:
                    report.unchanged += 1
                    report.doc_ids.extend(
                        r[0] for r in store.conn.execute("SELECT id FROM documents WHERE path = ?", [key])
                    )
                    continue
        yield abspath


def _pool_results(files: list[str], workers: int) -> Iterator[FileResult]:
    if workers <= 1 or len(files) < 4:
        for f in files:
            yield prepare_file(f)
        return
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    chunk = max(1, min(64, len(files) // (workers * 8)))
    stop = ctx.Event()
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init, initargs=(stop,)) as pool:
        try:
            yield from pool.map(_worker_prepare, files, chunksize=chunk)
        except BaseException:
            # Ctrl-C or an error in the writer: workers skip what they were sent and the
            # pool winds down by itself. Terminating them instead races the pool's own
            # thread (stray tracebacks, a dead pipe at exit).
            stop.set()
            pool.shutdown(wait=False, cancel_futures=True)
            raise


_STOP: Any = None


def _worker_init(stop: Any) -> None:
    """Workers leave Ctrl-C to the writer, which tells them to stop through ``stop``."""
    global _STOP
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _STOP = stop
    _fewer_collections()


# Extraction allocates many short-lived objects and makes few cycles: with the default
# threshold the cycle collector runs every 700 allocations and costs about 7 % of the
# extraction time. Collecting less often keeps memory flat all the same.
GC_THRESHOLD = (50_000, 20, 100)


def _fewer_collections() -> None:
    gc.freeze()  # what the process holds before its first article is never garbage
    gc.set_threshold(*GC_THRESHOLD)


def _worker_prepare(path_str: str) -> FileResult:
    if _STOP is not None and _STOP.is_set():
        return FileResult(path=path_str, error="import interrupted")
    return prepare_file(path_str)


WAIT_STEP_MS = 1000
MAX_WAIT_SECONDS = 600


def _write_waiting(store: Store, batch: list[FileResult], on_wait: Callable[[], None] | None) -> None:
    """``store.write_batch``, waiting (and saying so) while another process writes.

    SQLite's own wait is cut into short steps so the user hears why nothing moves; after
    ``MAX_WAIT_SECONDS`` the import stops with a clear reason instead of a lock error.
    """
    conn = store.conn
    conn.execute(f"PRAGMA busy_timeout = {WAIT_STEP_MS}")
    waited = 0.0
    try:
        while True:
            try:
                store.write_batch(batch)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                waited += WAIT_STEP_MS / 1000
                if waited >= MAX_WAIT_SECONDS:
                    raise StoreError(
                        f"another process has been writing to {store.path} for {waited:.0f} s;"
                        " run the import again when it has finished"
                    ) from exc
                if on_wait is not None:
                    on_wait()
    finally:
        conn.execute("PRAGMA busy_timeout = 60000")


def import_paths(
    store: Store,
    paths: Iterable[Path],
    *,
    workers: int | None = None,
    on_file: Callable[[FileResult], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    on_wait: Callable[[], None] | None = None,
) -> ImportReport:
    """Import every article file under ``paths`` into ``store``.

    Documents are written in batches, one transaction each: after an interruption every
    document is whole or absent, and the next import completes the rest. Ctrl-C stops
    after the last committed batch and returns the report with ``interrupted`` set.
    ``on_wait`` is called while another process holds the store's write lock.
    """
    t0 = time.perf_counter()
    report = ImportReport()
    workers = workers or os.cpu_count() or 1
    batch: list[FileResult] = []
    batch_docs = 0
    last = time.perf_counter()

    def flush() -> None:
        nonlocal batch, batch_docs, last
        if batch:
            _write_waiting(store, batch, on_wait)
            for res in batch:
                report.count(res)
        batch, batch_docs, last = [], 0, time.perf_counter()

    threshold = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    # The writer touches the same index pages batch after batch (entities, aliases, mentions,
    # the search index); SQLite's default 2 MB page cache rereads them. 64 MB cut the write
    # time per document by about 13 % on a 10,000-article store (bench: import stages).
    cache = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    store.conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KB}")
    try:
        files = list(_candidates(store, paths, report))
        if on_total is not None:
            on_total(len(files))
        for res in _pool_results(files, workers):
            res.path = storable_path(res.path)
            batch.append(res)
            batch_docs += len(res.documents)
            if on_file is not None:
                on_file(res)
            if batch_docs >= BATCH_DOCUMENTS or time.perf_counter() - last >= BATCH_SECONDS:
                flush()
        flush()
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        gc.set_threshold(*threshold)
        store.conn.execute(f"PRAGMA cache_size = {int(cache)}")
    report.seconds = time.perf_counter() - t0
    return report


def _show(path: str) -> str:
    """A file name for one terminal line: controls as symbols, a newline in it as ␊."""
    from rased.extract.display import safe_line

    line: str = safe_line(storable_path(path).replace("\n", "\u240a"))
    return line


def run_import_cli(
    store: Store,
    paths: list[Path],
    *,
    workers: int | None,
    quiet: bool,
    collect_ids: list[int] | None = None,
) -> int:
    """``rased import``: progress bar, summary and exit status (0, 1; 130 on Ctrl-C)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from rased.extract.display import safe_line

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    show = not quiet and err.is_terminal
    progress = Progress(
        TextColumn("importing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not show,
    )
    task = progress.add_task("import", total=None)
    waiting: list[bool] = []

    def on_wait() -> None:
        if not waiting:
            waiting.append(True)
            err.print("waiting for another import to finish…", markup=False)

    try:
        with progress:
            report = import_paths(
                store,
                paths,
                workers=workers,
                on_total=lambda n: progress.update(task, total=n),
                on_file=lambda _res: progress.advance(task),
                on_wait=on_wait,
            )
    except (StoreError, sqlite3.DatabaseError) as exc:
        # A full disk, a store locked for too long: the batches written so far are whole.
        err.print(
            f"rased: cannot write to the store: {safe_line(str(exc))}; what was stored before is whole", markup=False
        )
        return 2
    for path, reason in report.failed:
        err.print(f"failed: {_show(path)}: {safe_line(reason)}", markup=False)
    for path, problem in report.problems:
        err.print(f"skipped part of {_show(path)}: {safe_line(problem)}", markup=False)
    summary = (
        f"imported {report.imported}, unchanged {report.unchanged}, updated {report.updated},"
        f" failed {len(report.failed)} ({report.documents} documents read in {report.seconds:.1f} s)"
    )
    if report.interrupted:
        err.print(
            f"interrupted: {summary}; everything listed was stored whole, run the import again to finish", markup=False
        )
        return 130
    err.print(summary, markup=False)
    if collect_ids is not None:
        collect_ids.extend(report.doc_ids)
    return report.exit_code
