"""Fuzzing the import path: file bytes -> read_file -> extraction -> the store's search.

Each input is written to a file whose suffix the first byte picks (text, HTML, JSON, JSON
Lines or unknown), then read as import reads it. The harness fails on what must never
happen: ``read_file`` raising anything but ``ArticleError``/``OSError``, extraction
raising, an offset that does not point at its surface, or a search on the file's words
raising anything but ``QueryError``.

With atheris (coverage-guided; ``.venv/bin/pip install atheris``)::

    .venv/bin/python -m rased.bench.fuzz_import -max_total_time=300 [corpus_dir]

Without it (or with ``--plain``), a plain random fuzzer mutates the sample articles for a
bounded time and saves any failing input under ``fuzz-failures/``::

    .venv/bin/python -m rased.bench.fuzz_import --plain --seconds 120
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

SUFFIXES = [".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson", "", ".xml"]
REPO = Path(__file__).resolve().parent.parent
_TMP = Path(tempfile.mkdtemp(prefix="rased-fuzz-"))
_STORE: object = None


def _store() -> object:
    """A small store to search (built once from the sample articles)."""
    global _STORE
    if _STORE is None:
        from rased.store.importer import import_paths
        from rased.store.store import Store

        db = _TMP / "fuzz.db"
        store = Store.open(db)
        import_paths(store, [REPO / "sample_data"], workers=1)
        _STORE = store
    return _STORE


def check_one(data: bytes) -> None:
    """Raise AssertionError (or the unexpected exception) when an invariant breaks."""
    from rased.extract.article import ArticleError, read_file
    from rased.store.importer import prepare_article
    from rased.store.search import QueryError

    suffix = SUFFIXES[data[0] % len(SUFFIXES)] if data else ".txt"
    path = _TMP / f"input{suffix}"
    path.write_bytes(data[1:])
    try:
        read = read_file(path)
    except (ArticleError, OSError):
        return
    for art in read.articles:
        doc = prepare_article(art)
        text = art.text
        for ent in doc.extraction.entities:
            for m in ent.mentions:
                assert text[m.start : m.end] == m.surface, (m, text[m.start : m.end])
        for q in doc.extraction.quotes:
            assert text[q.start : q.end] == q.text, (q.start, q.end)
        query = " ".join(text.split()[:4])
        try:
            _store().search(query, limit=3)  # type: ignore[attr-defined]
        except QueryError:
            pass


def _seeds() -> list[bytes]:
    seeds = [p.read_bytes() for p in sorted((REPO / "sample_data").glob("*.txt"))]
    return seeds or [b"\xd9\x82\xd8\xa7\xd9\x84"]


def _mutate(rng: random.Random, seeds: list[bytes]) -> bytes:
    data = bytearray(rng.choice(seeds))
    for _ in range(rng.randint(0, 8)):
        op = rng.randrange(5)
        pos = rng.randrange(len(data) + 1)
        if op == 0 and data:
            del data[pos : pos + rng.randint(1, 64)]
        elif op == 1:
            data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2:
            data[pos:pos] = rng.choice(
                [b"\x1b]2;x\x07", b"<script>", b"<p>", b'{"text": "', b"\n\n", b"\xc2\x9b", b"\xe2\x80\xae", b"\x00"]
            )
        elif op == 3 and data:
            other = rng.choice(seeds)
            start = rng.randrange(len(other))
            data[pos:pos] = other[start : start + rng.randint(1, 400)]
        elif op == 4:
            data = data[: rng.randint(0, len(data))]
    return bytes([rng.randrange(256)]) + bytes(data)


def run_plain(seconds: float, seed: int | None = None) -> int:
    """Random mutation fuzzing for ``seconds``; returns the number of failing inputs."""
    rng = random.Random(seed)
    seeds = _seeds()
    out = Path("fuzz-failures")
    failures = runs = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        data = _mutate(rng, seeds) if rng.random() < 0.8 else bytes(rng.randrange(256) for _ in range(600))
        runs += 1
        try:
            check_one(data)
        except Exception:  # noqa: BLE001 - every failure is recorded, then fuzzing goes on
            failures += 1
            out.mkdir(exist_ok=True)
            name = out / f"failure-{failures:03d}.bin"
            name.write_bytes(data)
            sys.stderr.write(f"failure saved to {name}:\n{traceback.format_exc()}\n")
    print(f"{runs} inputs in {seconds:.0f} s, {failures} failures")
    return failures


def main(argv: list[str]) -> int:
    plain = "--plain" in argv
    seconds = 60.0
    if "--seconds" in argv:
        seconds = float(argv[argv.index("--seconds") + 1])
    if not plain:
        try:
            import atheris
        except ImportError:
            print("atheris is not installed: plain random fuzzing instead", file=sys.stderr)
            plain = True
    if plain:
        return 1 if run_plain(seconds) else 0
    with atheris.instrument_imports():
        import rased.extract.article  # noqa: F401
        import rased.extract.pipeline  # noqa: F401
        import rased.store.search  # noqa: F401
    args = [a for a in argv if a not in ("--plain",)]
    atheris.Setup([sys.argv[0], *args], check_one)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
