"""``python -m rased.bench [--n N] [--json OUT] [--workdir DIR] [--keep]``: run the benchmark.

``--store PATH`` times an existing store instead (search, cross-references, lists and the
explorer), without generating or importing a corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .run import run, run_store, table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rased.bench", description=__doc__)
    ap.add_argument("--n", type=int, default=100_000, help="number of articles (default 100,000)")
    ap.add_argument("--json", type=Path, default=None, help="write the figures as JSON to this file")
    ap.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where the corpus and the store go (default: a temporary folder); put it on a real disk",
    )
    ap.add_argument("--keep", action="store_true", help="keep the corpus and the store (a later run reuses the corpus)")
    ap.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    ap.add_argument("--workers", type=int, default=None, help="import workers (default: one per core)")
    ap.add_argument("--tui-rounds", type=int, default=10, help="rounds of explorer actions timed (default 10)")
    ap.add_argument("--no-tui", action="store_true", help="skip the explorer measurements")
    ap.add_argument(
        "--store",
        type=Path,
        default=None,
        help="time this existing store only (no corpus, no import); it is upgraded first if its schema is older",
    )
    args = ap.parse_args(argv)
    if args.n < 10:
        ap.error("--n must be at least 10")
    if args.store is not None:
        if not args.store.is_file():
            ap.error(f"--store: no store at {args.store}")
        result = run_store(args.store, seed=args.seed, tui=not args.no_tui, tui_rounds=args.tui_rounds)
    else:
        result = run(
            args.n,
            workdir=args.workdir,
            keep=args.keep,
            seed=args.seed,
            workers=args.workers,
            tui=not args.no_tui,
            tui_rounds=args.tui_rounds,
        )
    print(table(result))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
