"""Extraction speed: median milliseconds per article and per KB over the sample articles.

Run ``python -m rased.bench.extract_speed [folder] [--rounds N]``. Word lists and the
gazetteer are loaded before timing (they load once per process in import workers too).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from rased.extract.pipeline import extract


def _texts(folder: Path) -> list[str]:
    texts = []
    for p in sorted(folder.glob("*.txt")):
        raw = p.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        texts.append("\n\n".join(line.strip() for line in raw.split("\n") if line.strip()))
    return texts


def measure(texts: list[str], rounds: int = 50) -> tuple[float, float]:
    """(median ms per article, median ms per KB) over ``rounds`` passes of every text."""
    extract(texts[0] if texts else "")
    per_article: list[float] = []
    per_kb: list[float] = []
    for _ in range(rounds):
        for t in texts:
            t0 = time.perf_counter()
            extract(t)
            ms = (time.perf_counter() - t0) * 1000
            per_article.append(ms)
            per_kb.append(ms / max(len(t.encode("utf-8")) / 1024, 0.001))
    return statistics.median(per_article), statistics.median(per_kb)


def main() -> None:
    default = Path(__file__).resolve().parent.parent / "sample_data"
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder", nargs="?", type=Path, default=default)
    ap.add_argument("--rounds", type=int, default=50)
    a = ap.parse_args()
    texts = _texts(a.folder)
    if not texts:
        raise SystemExit(f"no .txt articles in {a.folder}")
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024 / len(texts)
    art, per_kb = measure(texts, a.rounds)
    print(f"{len(texts)} articles, mean {kb:.1f} KB: median {art:.2f} ms per article, {per_kb:.2f} ms per KB")


if __name__ == "__main__":
    main()
