"""``python -m rased.bench --store PATH``: the store's timings on an existing store, no import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rased.bench.__main__ import main

from .conftest import old_store


def test_an_existing_store_is_timed_and_upgraded_first(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = old_store(sample_db, tmp_path / "old.db")
    out = tmp_path / "figures.json"
    assert main(["--store", str(db), "--no-tui", "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["n"] == data["documents"] == 5 and data["quotes"] > 10
    assert "m004_quote_signatures" in data["migrated"] and data["migrate_s"] >= 0
    for key in ("search_p95_ms", "similar_quotes_p95_ms", "xref_p95_ms", "list_p95_ms", "store_bytes_per_doc"):
        assert isinstance(data[key], float) and data[key] > 0, key
    assert data["import_docs_per_s"] is None and data["tui_first_paint_s"] is None
    assert "similar_quotes_p95_ms" in capsys.readouterr().out


def test_a_missing_store_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--store", str(tmp_path / "absent.db"), "--no-tui"])
