"""The code's own checks, run with the suite: ruff, strict mypy on extract and store, and
the import-linter contracts (layers look only down)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _tool(name: str) -> Path:
    exe = Path(sys.executable).with_name(name)
    if not exe.exists():
        pytest.skip(f"{name} is not installed")
    return exe


@pytest.fixture(scope="module")
def plain_install(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throwaway non-editable install of rased.

    The editable install maps rased.store, rased.extract and rased.tui from folders of
    other names, which static tools that read packages from disk cannot follow.
    """
    target = tmp_path_factory.mktemp("plain") / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        cwd=target.parent,
    )
    return target


def test_ruff() -> None:
    out = subprocess.run([str(_tool("ruff")), "check", "."], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stdout + out.stderr


def test_mypy_strict_on_extract_and_store(plain_install: Path) -> None:
    env = {**os.environ, "MYPYPATH": str(plain_install)}
    out = subprocess.run(
        [str(_tool("mypy")), "--config-file", str(REPO / "pyproject.toml"), "-p", "rased.extract", "-p", "rased.store"],
        capture_output=True,
        text=True,
        cwd=plain_install,
        env=env,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_import_linter_contracts_hold(plain_install: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(plain_install)}
    out = subprocess.run(
        [str(_tool("lint-imports")), "--config", str(REPO / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=plain_install,
        env=env,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "KEPT" in out.stdout and "BROKEN" not in out.stdout
