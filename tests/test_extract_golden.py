"""The extractor's output on the sample articles, compared with tests/golden/<sample>.json.

A change of output fails this test on purpose: read the diff, and when the new output is
right, regenerate the files with ``RASED_UPDATE_GOLDEN=1 pytest tests/test_extract_golden.py``.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

import pytest

from rased.extract.pipeline import extract_strict

ROOT = Path(__file__).parent.parent
SAMPLES = sorted((ROOT / "sample_data").glob("*.txt"))
GOLDEN = Path(__file__).parent / "golden"


def output(path: Path) -> dict[str, object]:
    # Every line kept as a paragraph (not the article reader's clean text), so these files
    # do not move when the reader learns to drop more boilerplate.
    raw = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    text = "\n\n".join(line.strip() for line in raw.split("\n") if line.strip())
    ex = extract_strict(text)
    return {
        "entities": [
            {"canonical": e.canonical, "type": e.type,
             "mentions": [[m.surface, m.start, m.end, m.rule] for m in e.mentions]}
            for e in ex.entities
        ],
        "quotes": [asdict(q) for q in ex.quotes],
    }


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_golden(path: Path) -> None:
    got = output(path)
    target = GOLDEN / f"{path.stem}.json"
    if os.environ.get("RASED_UPDATE_GOLDEN") == "1":
        target.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    want = json.loads(target.read_text(encoding="utf-8"))
    assert got == want
