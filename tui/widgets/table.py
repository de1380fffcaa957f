"""PagedTable: a DataTable that holds only the pages of a list the user has reached.

The table never asks for all rows. It holds a window of the list, rows ``base`` to
``base + len(rows_data)``: the screen loads the first page, and the table posts
:class:`PagedTable.NeedMore` when the cursor comes near the last loaded row. ``end``
asks for the last page instead (:class:`PagedTable.NeedLast`: the window then starts
near the end of the list, fetched in reverse order so no query skips the rows before it)
and moving up from such a window asks for the page before it
(:class:`PagedTable.NeedEarlier`); ``home`` goes back to the first page. Cells are built by
the list's :class:`~rased.tui.lists.ListSpec` (sanitised, truncated in logical order,
shaped and reordered), re-cut when the table's width changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from rased.tui.arabic import Mode
from rased.tui.lists import ListSpec

__all__ = ["PagedTable"]

PAGE = 200
PREFETCH = 40


class PagedTable(DataTable[Text]):
    """The rows of one list tab, loaded a page at a time."""

    BINDINGS = [
        Binding("s", "cycle_sort", "Sort", tooltip="Sort by the next column"),
        Binding("S", "reverse_sort", "Reverse", show=False, tooltip="Reverse the sort order"),
        Binding("home,ctrl+home", "first", "First", show=False, tooltip="Go to the first row of the list"),
        Binding("end,ctrl+end", "last", "Last", show=False, tooltip="Go to the last row of the list"),
    ]
    """Keys of a list: sorting (the screen adds opening and filtering)."""

    DEFAULT_CSS = """
    PagedTable { height: 1fr; }
    """

    @dataclass
    class NeedMore(Message):
        """The cursor is near the last loaded row of a list with more rows."""

        table: PagedTable

    @dataclass
    class NeedEarlier(Message):
        """The cursor is near the first row of a window that does not start the list."""

        table: PagedTable

    @dataclass
    class NeedLast(Message):
        """The user asked for the end of a list whose last rows are not loaded."""

        table: PagedTable

    @dataclass
    class NeedFirst(Message):
        """The user asked for the start of a list whose first rows are not loaded."""

        table: PagedTable

    @dataclass
    class SortChanged(Message):
        """The user picked another sort column or direction."""

        table: PagedTable

    def __init__(self, spec: ListSpec, mode: Mode, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.spec = spec
        self.mode: Mode = mode
        self.rows_data: list[Any] = []
        self.base = 0
        """Position in the whole list of ``rows_data[0]``."""
        self.total = 0
        self.ranked = False
        self.waiting = False
        self.sort = spec.default_sort
        self.descending = spec.default_descending
        self._widths: list[int] = []
        self._kept: list[int] = list(range(len(spec.columns)))
        self._last_width = -1
        self._rebuilding = False
        self._style_state: tuple[Any, ...] | None = None
        self._shown_size: Any = None

    def notify_style_update(self) -> None:
        """Keep the rendered rows when only the focus changed.

        DataTable drops every rendered cell, row and line on any restyle, and gaining or
        losing focus is one: each tab switch re-rendered every visible cell (rich text
        layout for each). Its caches are keyed by the focus state already, so rows
        rendered for the state the table comes back to are still right; the cell styles
        derived from the component classes are recomputed (a handful).
        """
        state = (self.app.theme, frozenset(self.classes), self.disabled)
        if state == self._style_state:
            super(DataTable, self).notify_style_update()
            self._styles_cache.clear()
            self._get_styles_to_render_cell.cache_clear()
            self.refresh()
            return
        self._style_state = state
        super().notify_style_update()

    # -- content -------------------------------------------------------------

    def _compute_widths(self, width: int | None = None) -> list[int]:
        """Widths of every column (0 for a column dropped because the table is narrow)."""
        cols = self.spec.columns
        kept = list(range(len(cols)))
        while True:
            avail = max(self.size.width if width is None else width, 40) - 2 * self.cell_padding * len(kept) - 2
            fixed = sum(cols[i].width for i in kept if not cols[i].flex)
            flex = avail - fixed
            droppable = [i for i in kept if cols[i].drop > 0]
            if flex >= 16 or not droppable:
                break
            kept.remove(max(droppable, key=lambda i: cols[i].drop))
        flex = max(flex, 12)
        return [(flex if c.flex else c.width) if i in kept else 0 for i, c in enumerate(cols)]

    def _header(self, i: int) -> Text:
        col = self.spec.columns[i]
        label = col.label
        if col.sort == self.sort:
            label += " ▼" if self.descending else " ▲"
        return Text(label, style="bold")

    def _build_columns(self) -> None:
        self.clear(columns=True)
        self._widths = self._compute_widths()
        self._kept = [i for i, w in enumerate(self._widths) if w > 0]
        for i, col in enumerate(self.spec.columns):
            if i in self._kept:
                self.add_column(self._header(i), width=self._widths[i], key=col.key)
        self._last_width = self.size.width

    def widths_for(self, width: int) -> list[int]:
        """Column widths at ``width``, 0 for a dropped column (for cells built off the UI thread)."""
        return self._compute_widths(width)

    def _add(self, rows: list[Any], built: list[list[Text]] | None = None) -> None:
        seen = {str(k.value) for k in self.rows}
        for k, row in enumerate(rows):
            key = self.spec.key(row)
            if key in seen:
                continue
            seen.add(key)
            cells = built[k] if built is not None else self.spec.cells(row, self._widths, self.mode)
            self.add_row(*(cells[i] for i in self._kept), key=key)

    def set_rows(self, rows: list[Any], total: int, ranked: bool = False, cursor: int = 0, base: int = 0,
                 cells: tuple[int, str, list[list[Text]]] | None = None) -> None:
        """Replace the rows (a page from ``base``, or filter results when ``ranked``).

        ``cells``: (width, mode, cells of each row) built by a worker; used when the table
        still has that width and mode.
        """
        self.rows_data = list(rows)
        self.base = base
        self.total = total
        if ranked != self.ranked and self.is_mounted:
            self.screen.refresh_bindings()  # sorting comes or goes in the footer
        self.ranked = ranked
        self.waiting = False
        self._quiet()
        self._build_columns()
        ok = cells is not None and cells[0] == self.size.width and cells[1] == self.mode
        self._add(self.rows_data, cells[2] if ok and cells is not None else None)
        if self.rows_data:
            self.move_cursor(row=min(cursor, len(self.rows_data) - 1), animate=False)

    def _quiet(self) -> None:
        # Clearing and refilling the table moves the cursor through row 0: no page is
        # asked for until the cursor has settled on its row.
        self._rebuilding = True
        self.call_after_refresh(self._settled)

    def _settled(self) -> None:
        self._rebuilding = False

    def append_rows(self, rows: list[Any], cells: tuple[int, str, list[list[Text]]] | None = None) -> None:
        self.waiting = False
        self.rows_data.extend(rows)
        ok = cells is not None and cells[0] == self.size.width and cells[1] == self.mode
        self._add(rows, cells[2] if ok and cells is not None else None)

    def prepend_rows(self, rows: list[Any]) -> None:
        """Rows just before the window (the table is rebuilt; the cursor stays on its row)."""
        self.waiting = False
        if not rows:
            return
        row = self.cursor_row + len(rows)
        self.rows_data[:0] = rows
        self.base = max(0, self.base - len(rows))
        self._quiet()
        self._build_columns()
        self._add(self.rows_data)
        self.move_cursor(row=min(row, len(self.rows_data) - 1), animate=False)

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self.rebuild()

    def rebuild(self) -> None:
        """Re-cut every cell (width or display mode changed), keeping the cursor."""
        row = self.cursor_row
        self._quiet()
        self._build_columns()
        self._add(self.rows_data)
        if self.rows_data:
            self.move_cursor(row=min(row, len(self.rows_data) - 1), animate=False)

    def _on_resize(self, event: events.Resize) -> None:
        if event.size == self._shown_size:
            # Shown again at the same size (its tab chosen): DataTable's own handler would
            # drop every rendered row; nothing it drew has changed.
            event.prevent_default()
        self._shown_size = event.size
        if self.size.width != self._last_width and self.columns:
            self.rebuild()

    @property
    def current(self) -> Any | None:
        if 0 <= self.cursor_row < len(self.rows_data):
            return self.rows_data[self.cursor_row]
        return None

    @property
    def has_more(self) -> bool:
        return not self.ranked and self.base + len(self.rows_data) < self.total

    @property
    def has_earlier(self) -> bool:
        return not self.ranked and self.base > 0

    @property
    def position(self) -> int:
        """Position of the cursor's row in the whole list."""
        return self.base + self.cursor_row

    def watch_cursor_coordinate(self, old: Any, new: Any) -> None:
        super().watch_cursor_coordinate(old, new)
        if self.waiting or self._rebuilding:
            return
        if self.has_more and self.cursor_row >= len(self.rows_data) - PREFETCH:
            self.waiting = True
            self.post_message(self.NeedMore(self))
        elif self.has_earlier and self.cursor_row < PREFETCH:
            self.waiting = True
            self.post_message(self.NeedEarlier(self))

    def action_first(self) -> None:
        """Go to the first row of the list."""
        if self.has_earlier:
            self.waiting = True
            self.post_message(self.NeedFirst(self))
        elif self.rows_data:
            self.move_cursor(row=0, animate=False)

    def action_last(self) -> None:
        """Go to the last row of the list (its last page is loaded if need be)."""
        if self.has_more:
            self.waiting = True
            self.post_message(self.NeedLast(self))
        elif self.rows_data:
            self.move_cursor(row=len(self.rows_data) - 1, animate=False)

    # -- sorting ---------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("cycle_sort", "reverse_sort"):
            # Filter results and search hits are in rank order: sorting has nothing to do.
            return bool(self._sortable()) and not self.ranked
        return True

    def _sortable(self) -> list[str]:
        return [c.sort for c in self.spec.columns if c.sort]

    def set_sort(self, sort: str, descending: bool | None = None) -> None:
        if sort == self.sort and descending is None:
            self.descending = not self.descending
        else:
            self.sort = sort
            if descending is not None:
                self.descending = descending
            else:
                self.descending = next(c.sort_descending for c in self.spec.columns if c.sort == sort)
        self.post_message(self.SortChanged(self))

    def action_cycle_sort(self) -> None:
        """Sort the list by the next sortable column."""
        sorts = self._sortable()
        if not sorts:
            return
        i = sorts.index(self.sort) if self.sort in sorts else -1
        self.set_sort(sorts[(i + 1) % len(sorts)], None if len(sorts) == 1 else
                      next(c.sort_descending for c in self.spec.columns if c.sort == sorts[(i + 1) % len(sorts)]))

    def action_reverse_sort(self) -> None:
        """Reverse the sort order of the list."""
        self.set_sort(self.sort)

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        col = self.spec.columns[self._kept[event.column_index]]
        if col.sort:
            self.set_sort(col.sort)
