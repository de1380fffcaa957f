"""Pure Arabic text processing: no database, no UI.

A chain of pure steps: bytes -> decoded text -> :class:`Article` (clean text and header
fields) -> :class:`Extraction` (entities with mentions, quotations with speakers). Every
comparison of Arabic text goes through :func:`rased.extract.normalize.normalize`.
"""
