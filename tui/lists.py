"""The four lists of the explorer (documents, entities, quotes, search hits) as specs.

A :class:`ListSpec` says which columns a list has, how to fetch a page, a count, or a
filtered selection from the store (called in worker threads), how to turn a row into
table cells, and what the detail pane opens for a row. The table and the screen are
generic over it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.style import Style
from rich.text import Text

from rased.store.browse import filter_documents, filter_entities, filter_quotes
from rased.store.models import DocumentRow, EntityRow, QuoteRow, SearchHit
from rased.store.store import Store
from rased.tui.arabic import Mode, StyleSpan, layout_paragraph, one_line
from rased.tui.data import TYPE_LABELS, type_style
from rased.tui.widgets.textview import Target

__all__ = ["Column", "ListSpec", "SPECS", "TAB_ORDER"]


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    width: int = 10
    sort: str | None = None
    flex: bool = False
    sort_descending: bool = True
    drop: int = 0
    """When the table is narrow, columns with the highest ``drop`` go first (0: always shown)."""


def _num(n: int, width: int) -> Text:
    return Text(str(n), justify="right", style="grey70")


class ListSpec:
    """How one list is fetched and drawn (subclasses per list)."""

    name = ""
    title = ""
    columns: tuple[Column, ...] = ()
    default_sort = ""
    default_descending = True

    def count(self, store: Store, doc_ids: Sequence[int] | None) -> int:
        raise NotImplementedError

    def page(self, store: Store, offset: int, limit: int, sort: str, descending: bool,
             doc_ids: Sequence[int] | None) -> list[Any]:
        raise NotImplementedError

    def filter(self, store: Store, query: str, doc_ids: Sequence[int] | None) -> list[Any]:
        raise NotImplementedError

    def cells(self, row: Any, widths: list[int], mode: Mode) -> list[Text]:
        raise NotImplementedError

    def target(self, row: Any) -> Target:
        raise NotImplementedError

    def key(self, row: Any) -> str:
        return str(row.id)

    def label(self, row: Any) -> str:
        """A plain one-line name of the row (palette, status line)."""
        return str(row.id)


class DocumentsSpec(ListSpec):
    name = "documents"
    title = "Documents"
    columns = (
        Column("source", "Source", 14, "source", sort_descending=False, drop=1),
        Column("date", "Date", 10, "date"),
        Column("title", "Title", flex=True, sort="title", sort_descending=False),
        Column("entities", "Ent", 4, "entities", drop=3),
        Column("quotes", "Quo", 4, "quotes", drop=2),
    )
    default_sort = "date"

    def count(self, store: Store, doc_ids: Sequence[int] | None) -> int:
        return store.count_documents(doc_ids=doc_ids)

    def page(self, store: Store, offset: int, limit: int, sort: str, descending: bool,
             doc_ids: Sequence[int] | None) -> list[Any]:
        return store.list_documents(offset=offset, limit=limit, sort=sort, descending=descending, doc_ids=doc_ids)

    def filter(self, store: Store, query: str, doc_ids: Sequence[int] | None) -> list[Any]:
        return [d for d, _ in filter_documents(store, query, limit=300, doc_ids=doc_ids)]

    def cells(self, row: DocumentRow, widths: list[int], mode: Mode) -> list[Text]:
        return [
            one_line(row.source or "—", widths[0], mode),
            Text(row.date or "—", style="grey70"),
            one_line(row.title or row.first_line, widths[2], mode),
            _num(row.n_entities, widths[3]),
            _num(row.n_quotes, widths[4]),
        ]

    def target(self, row: DocumentRow) -> Target:
        return Target("document", row.id)

    def label(self, row: DocumentRow) -> str:
        return f"{row.source or ''} {row.date or ''} {row.title or row.first_line}".strip()


class EntitiesSpec(ListSpec):
    name = "entities"
    title = "Entities"
    columns = (
        Column("name", "Name", flex=True, sort="name", sort_descending=False),
        Column("type", "Type", 12, "type", sort_descending=False, drop=1),
        Column("documents", "Docs", 5, "documents"),
        Column("mentions", "Ment", 5, "mentions", drop=4),
        Column("aliases", "Spell", 5, "aliases", drop=3),
        Column("quotes", "Quo", 4, "quotes", drop=2),
    )
    default_sort = "documents"

    def count(self, store: Store, doc_ids: Sequence[int] | None) -> int:
        return store.count_entities()

    def page(self, store: Store, offset: int, limit: int, sort: str, descending: bool,
             doc_ids: Sequence[int] | None) -> list[Any]:
        return store.list_entities(offset=offset, limit=limit, sort=sort, descending=descending)

    def filter(self, store: Store, query: str, doc_ids: Sequence[int] | None) -> list[Any]:
        return [e for e, _ in filter_entities(store, query, limit=200)]

    def cells(self, row: EntityRow, widths: list[int], mode: Mode) -> list[Text]:
        return [
            one_line(row.name, widths[0], mode, type_style(row.type)),
            Text(TYPE_LABELS.get(row.type, row.type), style=type_style(row.type) + Style(bold=False)),
            _num(row.n_documents, widths[2]),
            _num(row.n_mentions, widths[3]),
            _num(row.n_aliases, widths[4]),
            _num(row.n_quotes, widths[5]),
        ]

    def target(self, row: EntityRow) -> Target:
        return Target("entity", row.id)

    def label(self, row: EntityRow) -> str:
        return row.name


class QuotesSpec(ListSpec):
    name = "quotes"
    title = "Quotes"
    columns = (
        Column("speaker", "Speaker", 16, "speaker", sort_descending=False),
        Column("text", "Quotation", flex=True, sort="text", sort_descending=False),
        Column("source", "Source", 12, "source", sort_descending=False, drop=1),
        Column("date", "Date", 10, "date", drop=2),
    )
    default_sort = "date"

    def count(self, store: Store, doc_ids: Sequence[int] | None) -> int:
        return store.count_quotes()

    def page(self, store: Store, offset: int, limit: int, sort: str, descending: bool,
             doc_ids: Sequence[int] | None) -> list[Any]:
        return store.list_quotes(offset=offset, limit=limit, sort=sort, descending=descending)

    def filter(self, store: Store, query: str, doc_ids: Sequence[int] | None) -> list[Any]:
        return [q for q, _ in filter_quotes(store, query, limit=300)]

    def cells(self, row: QuoteRow, widths: list[int], mode: Mode) -> list[Text]:
        return [
            one_line(row.speaker or row.speaker_surface or "—", widths[0], mode, type_style("person")),
            one_line(row.text, widths[1], mode, "italic"),
            one_line(row.source or "—", widths[2], mode),
            Text(row.date or "—", style="grey70"),
        ]

    def target(self, row: QuoteRow) -> Target:
        return Target("quote", row.id)

    def label(self, row: QuoteRow) -> str:
        return f"{row.speaker or ''}: {row.text}"


HIT_STYLE = "black on yellow"


class SearchSpec(ListSpec):
    """Full-text hits: the query runs on enter; no paging (the best hits by rank)."""

    name = "search"
    title = "Search"
    columns = (
        Column("source", "Source", 12, drop=1),
        Column("date", "Date", 10, drop=2),
        Column("snippet", "Match", flex=True),
    )
    default_sort = ""

    def count(self, store: Store, doc_ids: Sequence[int] | None) -> int:
        return 0

    def page(self, store: Store, offset: int, limit: int, sort: str, descending: bool,
             doc_ids: Sequence[int] | None) -> list[Any]:
        return []

    def filter(self, store: Store, query: str, doc_ids: Sequence[int] | None) -> list[Any]:
        return store.search(query, limit=200)

    def cells(self, row: SearchHit, widths: list[int], mode: Mode) -> list[Text]:
        snip = " ".join(row.snippet.split("\n"))
        spans = [StyleSpan(a, b, HIT_STYLE) for a, b in row.snippet_spans]
        lines = layout_paragraph(snip, max(widths[2], 8), mode, spans)
        first = spans[0].start if spans else 0
        line = next((ln for ln in lines if ln.start <= first < max(ln.end, ln.start + 1)), lines[0])
        text = line.text.copy()
        text.justify = "right" if (line.rtl and mode == "app") else "left"
        return [one_line(row.source or "—", widths[0], mode), Text(row.date or "—", style="grey70"), text]

    def target(self, row: SearchHit) -> Target:
        return Target("document", row.doc_id)

    def key(self, row: SearchHit) -> str:
        return str(row.doc_id)

    def label(self, row: SearchHit) -> str:
        return row.title or row.snippet


SPECS: dict[str, ListSpec] = {s.name: s for s in (DocumentsSpec(), EntitiesSpec(), QuotesSpec(), SearchSpec())}
TAB_ORDER = ("documents", "entities", "quotes", "search")
