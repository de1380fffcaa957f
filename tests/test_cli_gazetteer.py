"""``--gazetteer``: a user's own file of names adds recall on bare names, in every process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from rased.cli import app

ARTICLE = "وصل وفد زنوبيا إلى المدينة صباح اليوم واجتمع مع أهالي القرى المجاورة لبحث أوضاع المياه والكهرباء.\n"


def _entities(stdout: str) -> set[str]:
    obj = json.loads(stdout.splitlines()[0])
    return {e["canonical"] for e in obj["entities"]}


def test_user_gazetteer_adds_a_bare_name(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    gaz = tmp_path / "mine.tsv"
    gaz.write_text("organization\tزنوبيا\t\n", encoding="utf-8")
    # A fresh process each time: registration is per process.
    base = [sys.executable, "-m", "rased", "extract", str(art)]
    without = subprocess.run(base, capture_output=True, text=True, check=True)
    assert "زنوبيا" not in _entities(without.stdout)
    with_gaz = subprocess.run([*base, "--gazetteer", str(gaz)], capture_output=True, text=True, check=True)
    assert "زنوبيا" in _entities(with_gaz.stdout)


def test_bad_gazetteer_file_is_a_clear_usage_error(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    gaz = tmp_path / "bad.tsv"
    gaz.write_text("not-a-type-line-without-tabs\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["extract", str(art), "--gazetteer", str(gaz)])
    assert r.exit_code == 2
    assert "gazetteer" in r.output and "Traceback" not in r.output
