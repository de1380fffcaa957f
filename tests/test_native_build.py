"""The compiled extraction modules never hide the sources they were built from."""

from __future__ import annotations

import importlib.machinery
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import rased.extract
from rased.cli import app
from rased.extract import native

from .conftest import SAMPLE_DIR

EXTRACT = Path(rased.extract.__file__).parent


def _import_in_child(env: dict[str, str]) -> list[str]:
    code = "import rased.extract.entities as m, rased.extract.native as n; print(m.__file__); print(n.build_status())"
    out = subprocess.run(
        [sys.executable, "-c", code], env={**os.environ, **env}, capture_output=True, text=True, check=True
    )
    return out.stdout.splitlines()


def test_pure_python_on_request() -> None:
    path, status = _import_in_child({native.PURE_ENV: "1"})
    assert path.endswith("entities.py")
    assert status.startswith("python")


def test_status_matches_the_module_that_runs() -> None:
    env = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import rased.extract.entities as m, rased.extract.native as n; print(m.__file__); print(n.build_status())",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert (out[1] == "compiled") == (not out[0].endswith(".py"))


@pytest.fixture
def fake_build(tmp_path: Path) -> Path:
    """A folder laid out like a compiled install: sources, one extension file, the digest."""
    for name in native.COMPILED_MODULES:
        shutil.copy(EXTRACT / f"{name}.py", tmp_path / f"{name}.py")
    (tmp_path / f"{native.COMPILED_MODULES[0]}{importlib.machinery.EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    (tmp_path / native.DIGEST_FILE).write_text(native.source_digest(tmp_path) + "\n", encoding="ascii")
    return tmp_path


def test_an_edited_source_wins_over_its_stale_build(fake_build: Path) -> None:
    before = list(sys.meta_path)
    try:
        assert native.choose_build(fake_build) == "compiled"
        assert not any(type(f).__name__ == "_SourcesFirst" for f in sys.meta_path)
        with (fake_build / "quotes.py").open("a", encoding="utf-8") as f:
            f.write("\n# edited after the build\n")
        assert "sources changed" in native.choose_build(fake_build)
        finder = sys.meta_path[0]
        spec = finder.find_spec("rased.extract.quotes", None)  # type: ignore[union-attr]
        assert spec is not None and spec.origin == str(fake_build / "quotes.py")
        assert finder.find_spec("rased.store.store", None) is None  # type: ignore[union-attr]
    finally:
        sys.meta_path[:] = before
        native.choose_build(EXTRACT)


def test_version_names_the_build() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert f"(extraction: {native.build_status()})" in result.output


def test_extraction_records_cross_process_boundaries() -> None:
    """Import's workers send their results to the writer by pickle, whichever build runs."""
    import pickle

    from rased.extract.article import read_file
    from rased.store.importer import prepare_article

    article = read_file(next(p for p in sorted(SAMPLE_DIR.iterdir()) if p.is_file())).articles[0]
    prepared = prepare_article(article)
    assert prepared.extraction.quotes and prepared.extraction.entities
    assert pickle.loads(pickle.dumps(prepared)) == prepared


_EXTRACT_ALL = """
import json, sys
from pathlib import Path
from rased.extract.article import read_file
from rased.extract.pipeline import extract_article
from rased.extract.records import extraction_json
out = []
for p in sys.argv[1:]:
    for art in read_file(Path(p)).articles:
        out.append(extraction_json(extract_article(art)))
print(json.dumps(out, ensure_ascii=False))
"""


def test_both_builds_extract_the_same() -> None:
    """The compiled build (when there is one) and the sources give identical results."""
    cases = SAMPLE_DIR.parent / "tests" / "data" / "extract_cases"
    files = sorted(str(p) for p in [*SAMPLE_DIR.iterdir(), *cases.rglob("*")] if p.is_file() and p.suffix != ".json")
    assert len(files) > 80

    def run(pure: bool) -> str:
        env = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
        if pure:
            env[native.PURE_ENV] = "1"
        return subprocess.run(
            [sys.executable, "-c", _EXTRACT_ALL, *files], env=env, capture_output=True, text=True, check=True
        ).stdout

    pure = run(pure=True)
    assert pure.count('"speaker"') > 300
    assert run(pure=False) == pure
