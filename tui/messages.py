"""Messages workers post back to the UI thread (results of store queries).

Each carries the ``request`` number it answers, so a late answer to a superseded request
(the user moved on) is dropped by the handler instead of overwriting newer content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from textual.message import Message

from rased.tui.data import Detail


@dataclass
class PageLoaded(Message):
    """Rows of a list (a page from ``offset``, or filter/search results when ``ranked``)."""

    tab: str
    request: int
    offset: int
    rows: list[Any]
    total: int
    ranked: bool = False
    error: str | None = None
    placement: str = "replace"
    """replace (a fresh list from ``offset``), append, prepend (the page before the window)."""
    cursor: int = 0
    cells: Any = None
    """(table width, display mode, cells of each row) when the worker built them."""


@dataclass
class DetailLoaded(Message):
    """A detail page (reader, entity card or quote card) is ready."""

    request: int
    detail: Detail
    restore: dict[str, Any] = field(default_factory=dict)


@dataclass
class StoreChanged(Message):
    """The periodic check saw a different number of documents (a concurrent import)."""

    documents: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, StoreChanged)
