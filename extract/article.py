"""Reading article files: bytes -> decoded text -> :class:`Article` records.

Interface used by the store and the CLI (kept stable):

- :data:`SUPPORTED_SUFFIXES`: the file kinds import looks at.
- :func:`read_file` (path) -> :class:`FileRead` (articles plus per-part problems), raising
  :class:`ArticleError` with a one-line reason when the whole file is unusable.
- :func:`parse_text` (text) -> :class:`Article` for plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .records import Article

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".jsonl", ".json", ".ndjson"})


class ArticleError(Exception):
    """A file that cannot give any article; the message is a one-line reason."""


@dataclass(frozen=True, slots=True)
class FileRead:
    """What one file gave: its articles and the problems of parts that were skipped."""

    articles: list[Article]
    problems: list[str] = field(default_factory=list)


def parse_text(text: str) -> Article:
    """A plain-text article: paragraphs kept, blank lines collapsed."""
    paras = [p.strip() for p in text.replace("\r\n", "\n").split("\n") if p.strip()]
    return Article(text="\n\n".join(paras))


def read_file(path: Path) -> FileRead:
    """Read one file of any supported kind."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError("not valid UTF-8") from exc
    if not text.strip():
        raise ArticleError("empty file")
    return FileRead([parse_text(text)])
