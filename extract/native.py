"""Which build of the extraction modules runs: compiled (mypyc) or the Python sources.

``setup.py`` compiles the modules in :data:`COMPILED_MODULES` with mypyc when it can and
records a digest of their sources in ``compiled.sha1``. Compiled modules shadow their
``.py`` files, so an edited source would silently keep running the old build; this module
notices (the digest no longer matches) and makes the sources win, as does
``RASED_PURE_PYTHON=1``. Results are the same either way; only the speed differs.

This module is never compiled itself, and is loaded by ``setup.py`` from its path.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

__all__ = ["COMPILED_MODULES", "DIGEST_FILE", "PURE_ENV", "build_status", "choose_build", "source_digest"]

# The hot path of import: the extraction pipeline and everything it calls per article.
# Not ``records``: its frozen dataclasses cross from import's worker processes to the
# writer by pickle, and a compiled frozen class cannot be unpickled.
COMPILED_MODULES: tuple[str, ...] = (
    "normalize",
    "lexicon",
    "gazetteer",
    "textview",
    "entities",
    "resolve",
    "quotes",
    "nested",
    "pipeline",
    "dates",
    "decode",
    "boilerplate",
    "header",
    "html",
    "article",
)
DIGEST_FILE = "compiled.sha1"
PURE_ENV = "RASED_PURE_PYTHON"
PACKAGE = "rased.extract"

_status = "python"


def source_digest(folder: Path) -> str:
    """One digest of the sources of every compiled module, in a fixed order."""
    h = hashlib.sha1()
    for name in COMPILED_MODULES:
        h.update(name.encode())
        h.update((folder / f"{name}.py").read_bytes())
    return h.hexdigest()


def _compiled_present(folder: Path) -> bool:
    return any(
        (folder / f"{COMPILED_MODULES[0]}{suffix}").exists() for suffix in importlib.machinery.EXTENSION_SUFFIXES
    )


class _SourcesFirst:
    """A meta path finder that loads the package's modules from their ``.py`` files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        package, _, leaf = fullname.rpartition(".")
        source = self.folder / f"{leaf}.py"
        # Every module with a source, not just today's list: a build may hold modules that
        # are no longer compiled.
        if package != PACKAGE or not source.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def choose_build(folder: Path) -> str:
    """Decide, before any extraction module is imported, which build runs; return why.

    Called once by the package's ``__init__``.
    """
    global _status
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _SourcesFirst)]
    if not _compiled_present(folder):
        _status = "python"
        return _status
    if os.environ.get(PURE_ENV):
        _status = f"python ({PURE_ENV} is set)"
    else:
        try:
            recorded = (folder / DIGEST_FILE).read_text(encoding="ascii").strip()
            current = source_digest(folder)
        except OSError:
            recorded, current = "", "unreadable"
        if recorded == current:
            _status = "compiled"
            return _status
        _status = "python (sources changed since they were compiled; reinstall to compile them again)"
    sys.meta_path.insert(0, _SourcesFirst(folder))
    return _status


def build_status() -> str:
    """``compiled``, or ``python`` with the reason when a compiled build is present but unused."""
    return _status
