"""Finding the article files under the paths a user gives to import or extract."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path


def _hidden(name: str) -> bool:
    return name.startswith(".")


def iter_article_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
    """Each candidate file under ``paths`` in a stable order, or a problem with a path.

    Folders are walked recursively in name order; hidden files and folders are skipped;
    symbolic links to folders are not followed (no loops). A file named explicitly is
    always a candidate, hidden or not. Yields ``(path, None)`` for a file to read and
    ``(path, reason)`` for one that cannot even be listed.
    """
    seen: set[Path] = set()
    for root in paths:
        if root.is_dir():
            errors: list[OSError] = []
            for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
                dirnames[:] = sorted(d for d in dirnames if not _hidden(d))
                for name in sorted(filenames):
                    if _hidden(name):
                        continue
                    p = Path(dirpath, name)
                    if p in seen:
                        continue
                    seen.add(p)
                    if p.is_symlink() and not p.exists():
                        yield p, f"{p}: broken symbolic link"
                        continue
                    yield p, None
            for err in errors:
                yield Path(err.filename or root), f"{err.filename}: cannot read folder ({err.strerror})"
        elif root.exists():
            if root not in seen:
                seen.add(root)
                yield root, None
        else:
            yield root, f"{root}: no such file or folder"
