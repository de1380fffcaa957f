"""Layers look only down: extract and store never load the UI (static contracts are in
test_quality.py; this catches deferred imports the static check cannot see)."""

from __future__ import annotations

import subprocess
import sys


def test_store_and_extract_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        "import rased.extract.pipeline, rased.extract.article, rased.extract.normalize\n"
        "import rased.store.store, rased.store.importer, rased.store.search\n"
        "from rased.store.importer import prepare_file\n"
        "prepare_file('sample_data/000_e176566e5cc576dc.txt')\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith(('textual.', 'rased.tui')))\n"
        "print(','.join(bad))\n"
    )
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=repo)
    assert out.stdout.strip() == ""
