"""The extraction step that import runs once per article.

``extract(text)`` is the single entry point: the store calls it in worker processes and
``rased extract`` calls it directly. It must never raise and its offsets always refer to
``text``.
"""

from __future__ import annotations

from .records import Extraction


def extract(text: str) -> Extraction:
    """Entities and quotations of one article's clean text."""
    return Extraction()
