"""Pure Arabic text processing: no database, no UI.

A chain of pure steps: bytes -> decoded text -> :class:`Article` (clean text and header
fields) -> :class:`Extraction` (entities with mentions, quotations with speakers). Every
comparison of Arabic text goes through :func:`rased.extract.normalize.normalize`.
"""

from pathlib import Path as _Path

from .native import choose_build as _choose_build

# Before any other module of the package is imported: compiled build or the sources.
_choose_build(_Path(__file__).parent)
