"""Finding the article files under the paths a user gives to import or extract.

The walk never follows a symbolic link to a folder (no loops), never recurses in Python
(a folder tree thousands of levels deep is walked like a flat one), and gives only
regular files to read: a FIFO would block a reader forever and a device has no end, so
both come back as problems with a reason instead.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["iter_article_files", "not_regular_reason"]


def _hidden(name: str) -> bool:
    return name.startswith(".")


def not_regular_reason(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "not a regular file (a named pipe), skipped"
    if stat.S_ISSOCK(mode):
        return "not a regular file (a socket), skipped"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "not a regular file (a device), skipped"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file, skipped"


def _check(p: Path) -> str | None:
    """None for a readable regular file, else the reason (the file itself is not opened)."""
    try:
        st = p.stat()
    except OSError as exc:
        if p.is_symlink():
            return "symbolic link loop" if exc.errno == 40 else "broken symbolic link"
        return f"cannot read ({exc.strerror})"
    return not_regular_reason(st.st_mode)


def _walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    """Files under ``root`` in name order, depth first, without recursion."""
    stack: list[Path] = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield folder, f"cannot read folder ({exc.strerror})"
            continue
        subfolders: list[Path] = []
        for entry in entries:
            if _hidden(entry.name):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(Path(entry.path))
            elif entry.is_symlink() and _is_dir_link(entry.path):
                continue  # a link to a folder: not followed
            else:
                yield Path(entry.path), None
        # Reversed onto the stack, so folders come out in name order.
        stack.extend(reversed(subfolders))


def _is_dir_link(path: str) -> bool:
    try:
        return os.path.isdir(path)
    except OSError:
        return False


def iter_article_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
    """Each candidate file under ``paths`` in a stable order, or a problem with a path.

    Folders are walked in name order (files of a folder before its subfolders' files);
    hidden files and folders are skipped; symbolic links to folders are not followed. A
    file named explicitly is always a candidate, hidden or not. Yields ``(path, None)``
    for a file to read and ``(path, "<path>: <reason>")`` for one that cannot be read.
    """
    seen: set[Path] = set()
    for root in paths:
        if root.is_dir():
            for p, problem in _walk(root):
                if p in seen:
                    continue
                seen.add(p)
                if problem is None:
                    problem = _check(p)
                yield (p, None) if problem is None else (p, f"{p}: {problem}")
        elif root.exists() or root.is_symlink():
            if root not in seen:
                seen.add(root)
                problem = _check(root)
                yield (root, None) if problem is None else (root, f"{root}: {problem}")
        else:
            yield root, f"{root}: no such file or folder"
