"""The command line through typer's CliRunner: contracts, messages and exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from rased.cli import app

from .conftest import SAMPLE_DIR, old_store

runner = CliRunner()


def _commands() -> list[str]:
    group = get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_has_help() -> None:
    names = _commands()
    assert {"import", "open", "search", "stats", "extract"} <= set(names)
    for name in names:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage" in result.output
        # a sentence of help beyond the usage line
        assert len(result.output.splitlines()) > 4, name
    assert runner.invoke(app, ["--help"]).exit_code == 0


def test_import_stats_and_reimport(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    r = runner.invoke(app, ["import", str(SAMPLE_DIR), "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "imported 5" in r.output
    st = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).stdout)
    assert st["documents"] == 5 and st["db"] == str(db) and st["bytes"] > 0
    assert set(st) >= {"documents", "entities", "quotes", "sources", "db", "bytes"}
    r = runner.invoke(app, ["import", str(SAMPLE_DIR), "--db", str(db)])
    assert r.exit_code == 0 and "unchanged 5" in r.output
    st = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).stdout)
    assert st["documents"] == 5


def test_search_json(sample_db: Path) -> None:
    r = runner.invoke(app, ["search", "احمديان", "--db", str(sample_db), "--json"])
    assert r.exit_code == 0
    hits = [json.loads(line) for line in r.stdout.splitlines()]
    assert [Path(h["path"]).name for h in hits] == ["004_a79ccac17297ce94.txt"]
    assert {"path", "source", "date", "snippet"} <= set(hits[0])


def test_search_limit_and_plain_output(sample_db: Path) -> None:
    r = runner.invoke(app, ["search", "حماس", "--db", str(sample_db), "--limit", "2"])
    assert r.exit_code == 0
    assert r.stdout.count(".txt") == 2


def test_extract_prints_one_json_line_per_document() -> None:
    r = runner.invoke(app, ["extract", str(SAMPLE_DIR / "000_e176566e5cc576dc.txt"), "--json"])
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert {"path", "source", "date", "dateline", "title", "text", "entities", "quotes"} <= set(obj)
    for q in obj["quotes"]:
        assert obj["text"][q["start"] : q["end"]] == q["text"]


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    r = runner.invoke(app, ["import", str(tmp_path / "nope"), "--db", str(tmp_path / "x.db")])
    assert r.exit_code == 2
    assert "no such file or folder" in r.output
    assert "Traceback" not in r.output


def test_not_sqlite_db_is_a_usage_error(tmp_path: Path) -> None:
    bogus = tmp_path / "x.db"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    r = runner.invoke(app, ["import", str(SAMPLE_DIR), "--db", str(bogus)])
    assert r.exit_code == 2
    assert "not a rased store" in r.output
    assert bogus.read_bytes() == b"PK\x03\x04 not a database"


def test_some_files_failing_gives_status_1_and_imports_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(
        (SAMPLE_DIR / "000_e176566e5cc576dc.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    db = tmp_path / "x.db"
    r = runner.invoke(app, ["import", str(folder), "--db", str(db)])
    assert r.exit_code == 1
    assert "empty.txt" in r.output and "image.png" in r.output
    assert "Traceback" not in r.output
    st = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).stdout)
    assert st["documents"] == 1


def test_search_on_missing_store_is_clear(tmp_path: Path) -> None:
    r = runner.invoke(app, ["search", "حماس", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2
    assert "no store" in r.output


@pytest.mark.parametrize("query", ['"', "NEAR(", "!!!"])
def test_search_odd_queries_never_trace(sample_db: Path, query: str) -> None:
    r = runner.invoke(app, ["search", query, "--db", str(sample_db)])
    assert r.exit_code in (0, 1, 2)
    assert "Traceback" not in r.output


def test_extract_lists_the_outlet_once_among_the_entities() -> None:
    r = runner.invoke(app, ["extract", str(SAMPLE_DIR / "000_e176566e5cc576dc.txt")])
    obj = json.loads(r.stdout.splitlines()[0])
    media = [e for e in obj["entities"] if e["type"] == "media"]
    assert [e["canonical"] for e in media].count("حرية") == 1
    # 001's outlet الأخبار is named in its text: one entity, with its mentions
    r = runner.invoke(app, ["extract", str(SAMPLE_DIR / "001_80e4dc2f95647e1a.txt")])
    obj = json.loads(r.stdout.splitlines()[0])
    akhbar = [e for e in obj["entities"] if e["canonical"] == "الأخبار"]
    assert len(akhbar) == 1 and akhbar[0]["mentions"]


def test_an_older_store_says_it_is_being_upgraded_once(sample_db: Path, tmp_path: Path) -> None:
    db = old_store(sample_db, tmp_path / "old.db")
    first = runner.invoke(app, ["import", str(SAMPLE_DIR), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "upgrading the store" in first.output
    again = runner.invoke(app, ["import", str(SAMPLE_DIR), "--db", str(db)])
    assert again.exit_code == 0 and "upgrading" not in again.output
    fresh = runner.invoke(app, ["import", str(SAMPLE_DIR), "--db", str(tmp_path / "new.db")])
    assert fresh.exit_code == 0 and "upgrading" not in fresh.output
