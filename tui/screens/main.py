"""The explorer's main screen: list tabs on one side, the detail pane on the other.

Everything the store answers comes from thread workers (one exclusive group per list and
one for the detail pane) that post :mod:`rased.tui.messages` back; each answer carries a
request number so a stale answer never overwrites a newer one. Opening things pushes the
current view on a browser-like history (tab, list row, detail page, scroll, link cursor).
"""

from __future__ import annotations

import gc
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from rich.text import Text
from textual import events, on
from textual._context import active_app
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import ContentSwitcher, DataTable, Input, Static, Tab, Tabs
from textual.worker import Worker, WorkerState, get_current_worker

from rased.extract.display import safe_line
from rased.store.browse import warm_document_index
from rased.store.search import QueryError
from rased.tui.arabic import Mode, one_line, warm
from rased.tui.data import Detail, build_document, build_entity, build_quote, citation
from rased.tui.lists import SPECS, TAB_ORDER
from rased.tui.messages import DetailLoaded, PageLoaded, StoreChanged
from rased.tui.widgets.footer import KeyFooter
from rased.tui.widgets.preview import TypedPreview
from rased.tui.widgets.table import PAGE, PagedTable
from rased.tui.widgets.textview import TextView

__all__ = ["MainScreen", "State"]

def settle_heap() -> None:
    """Move what is alive now (modules, widgets, loaded filter indexes) out of the garbage
    collector's view.

    These objects live as long as the app, yet every full collection walked all of them:
    with a large store's filter index loaded that was ~100 ms on the UI thread, every
    few seconds of use, at random moments (a tab switch, a keypress). Garbage made
    later is still collected, full passes ten times less often: each still walks every
    object made since (the pages, rows and shaped lines kept in caches).
    """
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, 100)


NARROW = 100  # below this width one pane shows at a time
LOADING_DELAY = 0.25  # seconds an answer may take before a loading indicator shows
# Blocks of a page shaped before it is shown (about two screens of a card).
WARM_FIRST = 40
DETAIL_CACHE = 24  # detail pages kept built (tab switches, back and forward reuse them)
WARM_DELAY = 1.0  # seconds after the first paint before the filter index is built


@dataclass(frozen=True)
class State:
    """One step of the history: enough to put the screen back as it was."""

    tab: str
    position: int
    """The selected row's place in the whole list (or in the filter's results)."""
    key: str | None
    """The selected row's key: the same row is found again if the list has moved."""
    list_offset: int
    """Screen line of the selected row inside the list (its scroll)."""
    sort: str
    descending: bool
    list_query: str
    """The list's filter (the query on the search tab)."""
    target: Any  # Target | None
    query: str | None
    scroll_y: float
    link_index: int
    focus: str  # "list" or "detail"
    layout: str


class MainScreen(Screen[None]):
    """Lists, detail pane, history."""

    BINDINGS = [
        Binding("1", "tab('documents')", "Documents", show=False, id="tab-documents",
                tooltip="Show the documents list"),
        Binding("2", "tab('entities')", "Entities", show=False, id="tab-entities",
                tooltip="Show the entities list"),
        Binding("3", "tab('quotes')", "Quotes", show=False, id="tab-quotes", tooltip="Show the quotations list"),
        Binding("4", "tab('search')", "Search", show=False, id="tab-search", tooltip="Show full-text search"),
        Binding("slash", "filter", "Filter", id="filter", tooltip="Filter the current list (spelling-tolerant)"),
        Binding("ctrl+f", "search", "Full text", show=False, id="search",
                tooltip="Search the text of every document"),
        Binding("escape", "escape", "List", show=False, id="escape",
                tooltip="Back to the list; in a filtered list, clear the filter"),
        Binding("backspace,alt+left", "back", "Back", id="back", tooltip="Go back in history"),
        Binding("alt+right", "forward", "Forward", show=False, id="forward", tooltip="Go forward in history"),
        Binding("n", "next_hit", "Next hit", id="next-hit", tooltip="Next search hit in the document"),
        Binding("N", "previous_hit", "Prev hit", show=False, id="previous-hit",
                tooltip="Previous search hit in the document"),
        Binding("y", "copy", "Copy quote", id="copy", tooltip="Copy the quotation with its citation"),
        Binding("r", "refresh", "Refresh", show=False, id="refresh", tooltip="Reload lists from the store"),
        Binding("ctrl+b", "toggle_bidi", "Bidi", show=False, id="bidi",
                tooltip="Switch who shapes Arabic: the app or the terminal"),
        Binding("l", "cycle_layout", "Layout", show=False, id="layout",
                tooltip="Both panes, list only, or detail only"),
        Binding("x", "show_all", "All docs", show=False, id="show-all",
                tooltip="Show every document, not just the new ones"),
        Binding("question_mark", "help", "Help", id="help", tooltip="Every key"),
    ]
    """Keys that work everywhere on the main screen."""

    def __init__(self, pool: Any, mode: Mode, doc_ids: list[int] | None, read_only: bool) -> None:
        super().__init__()
        self.pool = pool
        self.mode: Mode = mode
        self.doc_ids = doc_ids
        self.read_only = read_only
        self.tab = "documents"
        self.filters: dict[str, str] = {name: "" for name in TAB_ORDER}
        self.search_query = ""
        self.requests: dict[str, int] = {name: 0 for name in TAB_ORDER}
        self.applied: dict[str, int] = {name: 0 for name in TAB_ORDER}
        self.detail_applied = 0
        self.loaded: set[str] = set()
        self.detail_request = 0
        self.detail: Detail | None = None
        self.detail_query: str | None = None
        self.back_stack: list[State] = []
        self.forward_stack: list[State] = []
        self.pane_layout = "split"
        self._preview_timer: Timer | None = None
        self._filter_timer: Timer | None = None
        self._quiet_rows: set[tuple[str, int]] = set()
        self._follow_cursor: set[str] = set()
        """Tabs whose next page replaces the rows under the cursor (a new sort order)."""
        self._quiet_input = False
        self._known_documents: int | None = None
        self._counts: dict[str, int] = {}
        self._pending_restore: dict[str, Any] | None = None
        self._restoring: dict[str, tuple[int, State]] = {}
        """Per list: the load request that puts a history step's row back, and that step."""
        self._loading_timers: dict[str, Timer] = {}
        self._detail_timer: Timer | None = None
        self._details: OrderedDict[tuple[Any, str | None], Detail] = OrderedDict()
        self._warmed = False
        self._settled_filters: set[str] = set()
        self._binding_state: tuple[bool, ...] = ()

    # -- composition -----------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="topbar")
        with Horizontal(id="body"):
            with Vertical(id="list-pane"):
                yield Tabs(
                    *(Tab(f"{i + 1} {SPECS[n].title}", id=f"tab-{n}") for i, n in enumerate(TAB_ORDER)),
                    id="tabs",
                )
                yield Input(placeholder="/ filter documents", id="filter")
                yield TypedPreview(id="filter-preview")
                with ContentSwitcher(initial="list-documents", id="lists"):
                    for name in TAB_ORDER:
                        yield PagedTable(SPECS[name], self.mode, id=f"list-{name}")
                yield Static(id="list-status")
            with Vertical(id="detail-pane"):
                yield Static(id="detail-title")
                yield TextView(self.mode, id="detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.set_layout("list" if self.app.size.width < NARROW else "split")
        self.query_one(KeyFooter).compact = self.narrow
        self.update_topbar()
        self.table("documents").focus()
        self.load_list("documents")
        self.set_interval(5.0, self.check_store)

    # -- helpers -----------------------------------------------------------------

    @property
    def idle(self) -> bool:
        """No list or detail answer pending (tests and benchmarks wait for this)."""
        return (
            self._filter_timer is None
            and self._preview_timer is None
            and self.applied[self.tab] == self.requests[self.tab]
            and self.detail_applied == self.detail_request
        )

    def run_worker(self, work: Any, *args: Any, thread: bool = False, **kwargs: Any) -> Worker[Any]:  # type: ignore[override]
        """Textual's ``run_worker``; a thread worker also sees the running app. Textual runs it in
        an executor thread without the app's context variables, and Textual code reached from
        the thread (building or posting what it found) may look the app up there: under load a
        fresh thread then failed with ``LookupError(active_app)`` and the list stayed empty."""
        if thread and callable(work):
            app = self.app

            def with_app(work: Callable[[], Any] = work) -> Any:
                active_app.set(app)
                return work()

            work = with_app
        return super().run_worker(work, *args, thread=thread, **kwargs)

    def table(self, name: str | None = None) -> PagedTable:
        return self.query_one(f"#list-{name or self.tab}", PagedTable)

    @property
    def view(self) -> TextView:
        return self.query_one("#detail", TextView)

    @property
    def narrow(self) -> bool:
        return self.app.size.width < NARROW

    def update_topbar(self) -> None:
        # (text, style, rank): when the bar is wider than the screen, the parts of highest
        # rank go first, so the counts and "new" stay readable at 80 columns.
        parts: list[tuple[Text | str, str, int]] = [
            (one_line("راصد", 0, self.mode, "bold"), "", 0),
            (" rased", "bold", 3),
            (f"  {self.pool.path.name}", "grey70", 4),
        ]
        for key, label in (("documents", "documents"), ("entities", "entities"), ("quotes", "quotations")):
            if key in self._counts:
                parts.append((f" · {self._counts[key]:,} {label}", "", 1))
        if self.doc_ids is not None:
            parts.append((f" · {len(self.doc_ids)} new (x: all)", "yellow", 0))
        parts.append((f" · bidi: {self.mode}", "grey62", 5))
        if self.read_only:
            parts.append((" · read-only", "grey62", 2))
        room = max(self.app.size.width - 2, 20)
        while sum(Text(p).cell_len if isinstance(p, str) else p.cell_len for p, _, _ in parts) > room:
            worst = max(range(len(parts)), key=lambda i: (parts[i][2], i))
            if parts[worst][2] == 0:
                break
            del parts[worst]
        bar = Text(no_wrap=True, overflow="ellipsis")
        for part, style, _ in parts:
            if isinstance(part, Text):
                bar.append_text(part)
            else:
                bar.append(part, style=style)
        # Fixed one-line bars: a new text never changes their size, so no layout pass.
        self.query_one("#topbar", Static).update(bar, layout=False)

    def update_status(self) -> None:
        t = self.table()
        spec = t.spec
        if self.tab == "search":
            if not self.search_query:
                msg = "Type words and press enter. \"a phrase\", prefix*, OR."
            else:
                msg = f"{len(t.rows_data)} documents match"
        elif t.ranked:
            msg = f"{len(t.rows_data)} match the filter · esc in the list clears it"
        else:
            col = next((c.label for c in spec.columns if c.sort == t.sort), t.sort)
            arrow = "▼" if t.descending else "▲"
            where = f"{t.position + 1:,} of {t.total:,}" if t.rows_data else f"0 of {t.total:,}"
            msg = f"{where} · by {col} {arrow} · s sort · S reverse"
        self.query_one("#list-status", Static).update(Text(msg, style="grey62"), layout=False)

    def set_layout(self, layout: str) -> None:
        changed = layout != self.pane_layout
        self.pane_layout = layout
        for name in ("split", "list", "detail"):
            self.set_class(layout == name, f"-layout-{name}")
        if changed and self.is_mounted:
            self.update_detail_title()

    # -- lists -------------------------------------------------------------------

    def load_list(self, name: str, cursor: int = 0, last: bool = False, start: int = 0,
                  count: int | None = None) -> None:
        """Reload a list from its start (count + first page, or the filter's selection);
        with ``last``, from its end (count + last page, the cursor on the last row); with
        ``start``, the window of ``count`` rows from there (the cursor ``cursor`` rows in)."""
        if name == self.tab:
            self._filter_timer = None
        self.requests[name] += 1
        req = self.requests[name]
        t = self.table(name)
        query = self.search_query if name == "search" else self.filters[name]
        if name == self.tab:
            self._start_loading(name)  # a hidden tab's page (the prefetch) shows no indicator
        self.run_worker(
            partial(self._fetch_list, name, req, t.sort, t.descending, query, start, count or PAGE, "replace",
                    cursor, last),
            thread=True, exclusive=True, group=f"list-{name}", exit_on_error=False,
            description=f"load {name}",
        )

    def _start_loading(self, name: str) -> None:
        """Show a loading indicator over the list if its answer takes a while."""
        old = self._loading_timers.pop(name, None)
        if old is not None:
            old.stop()
        self._loading_timers[name] = self.set_timer(LOADING_DELAY, partial(self._show_loading, name))

    def _show_loading(self, name: str) -> None:
        self._loading_timers.pop(name, None)
        if self.applied[name] != self.requests[name]:
            self.table(name).loading = True

    def _stop_loading(self, name: str) -> None:
        timer = self._loading_timers.pop(name, None)
        if timer is not None:
            timer.stop()
        t = self.table(name)
        if t.loading:
            t.loading = False

    def _fetch_list(self, name: str, req: int, sort: str, desc: bool, query: str, start: int, count: int,
                    placement: str, cursor: int = 0, last: bool = False, total: int | None = None) -> None:
        """Rows ``start`` to ``start + count`` of a list (or the filter's selection), posted back.

        A window nearer the end of the list than its start is read in the reverse order
        and turned around, so reaching the last rows never makes SQLite skip all the others.
        """
        spec = SPECS[name]
        worker = get_current_worker()
        error = None
        with self.pool.store() as st:
            if name == "search" or query.strip():
                if not query.strip():
                    rows, total = [], 0
                else:
                    try:
                        rows = spec.filter(st, query, self.doc_ids if name == "documents" else None)
                    except QueryError as exc:
                        rows, error = [], str(exc)
                    if name not in self._settled_filters:
                        # The first filter of a list loads its index: long-lived from now on.
                        self._settled_filters.add(name)
                        settle_heap()
                    total = len(rows)
                ranked = True
            else:
                ids = self.doc_ids if name == "documents" else None
                if total is None:
                    total = spec.count(st, ids)
                if last:
                    start = max(0, total - count)
                    cursor = max(0, total - start - 1)
                count = max(0, min(count, total - start))
                if worker.is_cancelled:
                    return
                from_end = total - (start + count)
                if count and from_end < start:
                    rows = spec.page(st, from_end, count, sort, not desc, ids)
                    rows.reverse()
                else:
                    rows = spec.page(st, start, count, sort, desc, ids) if count else []
                ranked = False
        if worker.is_cancelled:
            return
        # Cells (cut, shaped, reordered) are built here rather than on the UI thread.
        t = self.table(name)
        width, mode = t.size.width, self.mode
        widths = t.widths_for(width)
        cells = (width, mode, [spec.cells(r, widths, mode) for r in rows])
        if not worker.is_cancelled:
            self.post_message(PageLoaded(name, req, start, rows, total, ranked, error, placement, cursor, cells))

    def _load_window(self, t: PagedTable, start: int, count: int, placement: str) -> None:
        name = t.spec.name
        self.run_worker(
            partial(self._fetch_list, name, self.requests[name], t.sort, t.descending, "", start, count, placement,
                    total=t.total),
            thread=True, exclusive=True, group=f"more-{name}", exit_on_error=False,
        )

    def on_paged_table_need_more(self, event: PagedTable.NeedMore) -> None:
        t = event.table
        self._load_window(t, t.base + len(t.rows_data), PAGE, "append")

    def on_paged_table_need_earlier(self, event: PagedTable.NeedEarlier) -> None:
        t = event.table
        start = max(0, t.base - PAGE)
        self._load_window(t, start, t.base - start, "prepend")

    def on_paged_table_need_last(self, event: PagedTable.NeedLast) -> None:
        self.load_list(event.table.spec.name, last=True)

    def on_paged_table_need_first(self, event: PagedTable.NeedFirst) -> None:
        self.load_list(event.table.spec.name)

    def on_paged_table_sort_changed(self, event: PagedTable.SortChanged) -> None:
        # Another order puts another row under the cursor: the detail pane follows it.
        self._follow_cursor.add(event.table.spec.name)
        self.load_list(event.table.spec.name)

    def on_page_loaded(self, msg: PageLoaded) -> None:
        if msg.request != self.requests[msg.tab]:
            return
        self.applied[msg.tab] = msg.request
        t = self.table(msg.tab)
        if msg.error:
            # The message may quote what was typed: never markup.
            self.notify(safe_line(msg.error), title="Search", severity="warning", markup=False)
        if msg.placement == "replace":
            self._stop_loading(msg.tab)
            cursor = msg.cursor
            self._quiet_rows.add((msg.tab, min(cursor, max(len(msg.rows) - 1, 0))))
            t.set_rows(msg.rows, msg.total, msg.ranked, cursor=cursor, base=msg.offset, cells=msg.cells)
            restoring = self._restoring.get(msg.tab)
            if restoring is not None and restoring[0] == msg.request:
                del self._restoring[msg.tab]
                self._place_row(t, restoring[1])
            if not msg.ranked and msg.tab != "search":
                self._counts[msg.tab] = msg.total if msg.tab != "documents" or self.doc_ids is None else \
                    self._counts.get("documents", msg.total)
                if msg.tab == "documents" and self.doc_ids is None:
                    self._known_documents = msg.total
                self.update_topbar()
            first = msg.tab not in self.loaded
            self.loaded.add(msg.tab)
            follow = msg.tab in self._follow_cursor
            self._follow_cursor.discard(msg.tab)
            if msg.tab == self.tab and self._pending_restore is None and restoring is None and (
                    first or self.detail is None or msg.ranked or msg.offset > 0 or follow):
                self.preview_current(immediate=True)
        elif msg.placement == "append" and msg.offset == t.base + len(t.rows_data):
            t.append_rows(msg.rows, msg.cells)
        elif msg.placement == "prepend" and msg.offset + len(msg.rows) == t.base:
            self._quiet_rows.add((msg.tab, t.cursor_row + len(msg.rows)))
            t.prepend_rows(msg.rows)
        else:
            t.waiting = False
        if msg.tab == self.tab:
            self.update_status()
        if msg.tab == "documents" and len(self.loaded) == 1 and not self._warmed:
            self._warmed = True
            settle_heap()
            # Counts for the other tabs' labels, without loading their rows yet; then the
            # documents' filter index, so that the first keystroke of a filter finds it built.
            self.run_worker(self._fetch_counts, thread=True, group="counts", exit_on_error=False)
            self.set_timer(WARM_DELAY, self._warm_filter)

    def _warm_filter(self) -> None:
        self.run_worker(self._build_filter_index, thread=True, group="warm", exit_on_error=False)

    def _build_filter_index(self) -> None:
        with self.pool.store() as st:
            warm_document_index(st, elsewhere=True)
        settle_heap()
        self.app.call_from_thread(self._prefetch_lists)

    def _prefetch_lists(self) -> None:
        """The other tabs' first pages, once the explorer is idle: the first 2 or 3 is then a
        switch to rows already there (a first visit otherwise waits for its page)."""
        for name in ("entities", "quotes"):
            if name not in self.loaded and self.requests[name] == 0:
                self.load_list(name)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A store query that failed (a store gone, a schema too new) is said, not swallowed."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        group = event.worker.group
        if group.startswith("list-"):
            self._stop_loading(group.removeprefix("list-"))
        elif group == "detail":
            self.view.loading = False
        self.notify(safe_line(str(error))[:300] or type(error).__name__, title="The store could not answer",
                    severity="error", timeout=10, markup=False)

    def _fetch_counts(self) -> None:
        with self.pool.store() as st:
            counts = {"entities": st.count_entities(), "quotes": st.count_quotes()}
            if self.doc_ids is not None:
                counts["documents"] = st.count_documents()
        self.app.call_from_thread(self._set_counts, counts)

    def _set_counts(self, counts: dict[str, int]) -> None:
        self._counts.update(counts)
        if self.doc_ids is not None:
            self._known_documents = counts.get("documents", self._known_documents)
        self.update_topbar()

    @on(DataTable.RowHighlighted)
    def row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        t = event.data_table
        if not isinstance(t, PagedTable) or t.spec.name != self.tab:
            return
        if not t.ranked and self.tab != "search":
            self.update_status()
        key = (self.tab, event.cursor_row)
        if key in self._quiet_rows:
            self._quiet_rows.discard(key)
            return
        self._quiet_rows.clear()
        if self.pane_layout != "detail":
            self.preview_current()

    def preview_current(self, immediate: bool = False) -> None:
        """Show the highlighted row in the detail pane (not a history step)."""
        if self._preview_timer is not None:
            self._preview_timer.stop()
            self._preview_timer = None
        row = self.table().current
        if row is None:
            return
        target = self.table().spec.target(row)
        query = self.search_query if self.tab == "search" else None
        if immediate:
            self.show_target(target, query=query)
        else:
            self._preview_timer = self.set_timer(0.08, partial(self._preview_fire, target, query))

    def _preview_fire(self, target: Any, query: str | None) -> None:
        self._preview_timer = None
        self.show_target(target, query=query)

    @on(DataTable.RowSelected)
    def row_selected(self, event: DataTable.RowSelected) -> None:
        t = event.data_table
        if not isinstance(t, PagedTable):
            return
        row = t.current
        if row is None:
            return
        target = t.spec.target(row)
        query = self.search_query if self.tab == "search" else None
        self.navigate(target, query=query)

    # -- filter ------------------------------------------------------------------

    def action_filter(self) -> None:
        """Focus the filter of the current list (the query box on the search tab)."""
        if self.pane_layout == "detail":
            self.set_layout("list" if self.narrow else "split")
        self.query_one("#filter", Input).focus()

    def action_search(self) -> None:
        """Full-text search: open the search tab and focus its query box."""
        self.action_tab("search")
        self.action_filter()

    @on(Input.Changed, "#filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self._update_preview(event.value)
        if self._quiet_input:
            return
        if self.tab == "search":
            return
        self.filters[self.tab] = event.value
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(0.15, partial(self.load_list, self.tab))

    @on(Input.Submitted, "#filter")
    def filter_submitted(self, event: Input.Submitted) -> None:
        if self.tab == "search":
            self.search_query = event.value.strip()
            self.filters["search"] = event.value
            self.load_list("search")
        elif self._filter_timer is not None:
            self._filter_timer.stop()
            self.load_list(self.tab)
        self.table().focus()

    def _update_preview(self, value: str) -> None:
        self.query_one("#filter-preview", TypedPreview).show_value(value, self.mode)

    def _set_filter_box(self, tab: str) -> None:
        box = self.query_one("#filter", Input)
        self._quiet_input = True
        box.value = self.filters[tab]
        self._quiet_input = False
        self._update_preview(box.value)
        box.placeholder = (
            "/ full-text query, enter to search" if tab == "search" else f"/ filter {SPECS[tab].title.lower()}"
        )

    # -- tabs ----------------------------------------------------------------------

    def action_tab(self, name: str) -> None:
        """Switch to a list tab."""
        if name not in TAB_ORDER:
            return
        # Switched here rather than when the tabs say so: one repaint instead of two.
        with self.app.batch_update():
            self._switch(name)
            self.query_one("#tabs", Tabs).active = f"tab-{name}"

    @on(Tabs.TabActivated, "#tabs")
    def tab_activated(self, event: Tabs.TabActivated) -> None:
        with self.app.batch_update():
            self._switch((event.tab.id or "tab-documents").removeprefix("tab-"))

    def _switch(self, name: str) -> None:
        if name == self.tab and name in self.loaded:
            return
        self.tab = name
        self.query_one("#lists", ContentSwitcher).current = f"list-{name}"
        self._set_filter_box(name)
        if self.pane_layout == "detail":
            self.set_layout("list" if self.narrow else "split")
        if self.focused is not self.query_one("#filter", Input):
            self.table().focus()
        if name not in self.loaded and name != "search":
            self.load_list(name)
        elif name == "search" and not self.search_query:
            self.loaded.add("search")
            self.query_one("#filter", Input).focus()
        else:
            if self._pending_restore is None:
                self.preview_current(immediate=True)
        self.update_status()
        self.update_bindings()

    # -- detail ----------------------------------------------------------------------

    def show_target(self, target: Any, query: str | None = None, restore: dict[str, Any] | None = None,
                    focus: bool = False) -> None:
        """Load ``target`` into the detail pane (in a worker, unless it was shown lately)."""
        self.detail_request += 1
        req = self.detail_request
        self.detail_query = query
        restore = dict(restore or {}, focus=focus)
        cached = self._details.get((target, query))
        if cached is not None:
            self._details.move_to_end((target, query))
            self._stop_detail_loading()
            self.on_detail_loaded(DetailLoaded(req, cached, restore))
            return
        if self._detail_timer is not None:
            self._detail_timer.stop()
        self._detail_timer = self.set_timer(LOADING_DELAY, self._show_detail_loading)
        self.run_worker(
            partial(self._fetch_detail, target, req, query, restore),
            thread=True, exclusive=True, group="detail", exit_on_error=False, description="load detail",
        )

    def _fetch_detail(self, target: Any, req: int, query: str | None, restore: dict[str, Any]) -> None:
        worker = get_current_worker()
        with self.pool.store() as st:
            if target.kind == "document":
                detail = build_document(st, target, query)
            elif target.kind == "entity":
                detail = build_entity(st, target)
            else:
                detail = build_quote(st, target)
        # Shaping and bidi are the slow part of showing a page: do them here, off the UI
        # thread, for what the first screens show; the page goes up then, and the rest is
        # warmed while the view lays it out in chunks.
        width = self.view._content_width()
        texts = [b.text for b in detail.blocks]
        warm(texts[:WARM_FIRST], width, self.mode)
        if worker.is_cancelled:
            return
        self.post_message(DetailLoaded(req, detail, restore))
        warm(texts[WARM_FIRST:], width, self.mode)

    def _show_detail_loading(self) -> None:
        self._detail_timer = None
        if self.detail_applied != self.detail_request:
            self.view.loading = True

    def _stop_detail_loading(self) -> None:
        if self._detail_timer is not None:
            self._detail_timer.stop()
            self._detail_timer = None
        if self.view.loading:
            self.view.loading = False

    def on_detail_loaded(self, msg: DetailLoaded) -> None:
        if msg.request != self.detail_request:
            return
        with self.app.batch_update():
            self._apply_detail(msg)

    def _apply_detail(self, msg: DetailLoaded) -> None:
        self._stop_detail_loading()
        self.detail_applied = msg.request
        d = msg.detail
        if not d.missing:
            # Pages shown lately come back without a query (tab switches, back, forward).
            self._details[(d.target, self.detail_query)] = d
            self._details.move_to_end((d.target, self.detail_query))
            while len(self._details) > DETAIL_CACHE:
                self._details.popitem(last=False)
        view = self.view
        fresh = d is not self.detail or view.empty
        if fresh:
            # The same page again (the previewed row opened) keeps its lines, scroll and cursor.
            view.set_blocks(d.blocks, d.hits)
        self.detail = d
        restore = msg.restore
        if "scroll_y" in restore:
            if restore.get("link_index", -1) >= 0:
                view.link_index = restore["link_index"]
            view.scroll_to(y=restore["scroll_y"], animate=False, immediate=True)
        elif d.focus_offset is not None and fresh:
            if not view.select_offset(d.focus_offset):
                view.scroll_to_document_offset(d.focus_offset)
        elif d.hits and fresh:
            view.action_next_hit()
        if restore.get("focus"):
            if self.narrow and self.pane_layout == "list":
                self.set_layout("detail")
            view.focus()
        self.update_detail_title()
        self._pending_restore = None
        self.update_bindings()

    def update_detail_title(self) -> None:
        """The detail pane's title bar, cut to the width the pane has (or is about to have)."""
        d = self.detail
        if d is None:
            return
        pane = self.query_one("#detail-pane").size.width
        if self.pane_layout != "split" or not pane:
            # A pane just shown has no size yet: the whole screen, or its half when split.
            pane = self.app.size.width if self.pane_layout != "split" else self.app.size.width // 2
        kind = {"document": "Document", "entity": "Entity", "quote": "Quotation"}.get(d.target.kind, "")
        title = Text(f" {kind} ", style="reverse bold")
        title.append(" ")
        title.append_text(one_line(d.title, max(pane - len(kind) - 6, 10), self.mode))
        title.justify = "left"
        self.query_one("#detail-title", Static).update(title, layout=False)

    @on(TextView.LinkActivated)
    def link_activated(self, event: TextView.LinkActivated) -> None:
        self.navigate(event.target)

    @on(TextView.LinkSelected)
    def link_selected(self, event: TextView.LinkSelected) -> None:
        self.update_bindings()

    # -- history -----------------------------------------------------------------------

    def current_state(self) -> State:
        view = self.view
        t = self.table()
        row = t.current
        return State(
            tab=self.tab,
            position=t.position if row is not None else -1,
            key=t.spec.key(row) if row is not None else None,
            list_offset=max(0, t.cursor_row - int(t.scroll_y)),
            sort=t.sort,
            descending=t.descending,
            list_query=self._list_query(self.tab),
            target=self.detail.target if self.detail else None,
            query=self.detail_query,
            scroll_y=view.scroll_y,
            link_index=view.link_index,
            focus="detail" if self.focused is view else "list",
            layout=self.pane_layout,
        )

    def _list_query(self, name: str) -> str:
        return self.search_query if name == "search" else self.filters[name]

    def navigate(self, target: Any, query: str | None = None) -> None:
        """Open ``target`` as a new step of history and move the focus to it."""
        if self._preview_timer is not None:
            # The row being opened was about to be previewed: that would load it twice.
            self._preview_timer.stop()
            self._preview_timer = None
        self.back_stack.append(self.current_state())
        del self.back_stack[:-200]
        self.forward_stack.clear()
        self.show_target(target, query=query, focus=True)

    def restore(self, state: State) -> None:
        self._pending_restore = {"state": state}
        if state.tab != self.tab:
            self.action_tab(state.tab)
        t = self.table(state.tab)
        self._restore_row(t, state)
        self.set_layout(state.layout)
        if state.target is not None:
            self.show_target(state.target, query=state.query,
                             restore={"scroll_y": state.scroll_y, "link_index": state.link_index},
                             focus=state.focus == "detail")
        else:
            self._pending_restore = None
        if state.focus == "list":
            t.focus()

    def _restore_row(self, t: PagedTable, state: State) -> None:
        """Select the step's row again: in the rows loaded if it is there, else by loading
        the list as it was (sort, filter) around the row's place."""
        name = state.tab
        self._restoring.pop(name, None)
        if state.key is None:
            return
        same = (t.sort, t.descending, self._list_query(name)) == (state.sort, state.descending, state.list_query)
        if same and name in self.loaded and self._place_row(t, state):
            return
        if not same:
            t.sort, t.descending = state.sort, state.descending
            if name == "search":
                self.search_query = state.list_query
            self.filters[name] = state.list_query
            if name == self.tab:
                self._set_filter_box(name)
        if name == "search" or state.list_query.strip():
            self.load_list(name)
        else:
            # Enough rows above the selection to show it on the same screen line.
            start = max(0, state.position - max(PAGE // 2, state.list_offset))
            self.load_list(name, cursor=state.position - start, start=start,
                           count=PAGE + state.position - start)
        self._restoring[name] = (self.requests[name], state)

    def _place_row(self, t: PagedTable, state: State) -> bool:
        """Put the cursor on the step's row if it is loaded, on the screen line it had."""
        keys = [t.spec.key(r) for r in t.rows_data]
        near = state.position - (0 if t.ranked else t.base)
        if 0 <= near < len(keys) and keys[near] == state.key:
            i = near
        elif state.key in keys:
            i = keys.index(state.key)
        else:
            return False
        if t.cursor_row != i:
            self._quiet_rows.add((state.tab, i))
            t.move_cursor(row=i, animate=False)
        y = max(0, i - state.list_offset)
        t.call_after_refresh(t.scroll_to, y=y, animate=False, immediate=True)
        return True

    def action_back(self) -> None:
        """Go back to the previous view (tab, selection and scroll)."""
        if not self.back_stack:
            self.app.bell()
            return
        self.forward_stack.append(self.current_state())
        self.restore(self.back_stack.pop())

    def action_forward(self) -> None:
        """Go forward again after going back."""
        if not self.forward_stack:
            self.app.bell()
            return
        self.back_stack.append(self.current_state())
        self.restore(self.forward_stack.pop())

    def action_escape(self) -> None:
        """Back to the list (from the filter or the detail pane); in a filtered list, clear
        the filter."""
        if self.focused is self.table() and self.tab != "search" and self.filters[self.tab]:
            self.filters[self.tab] = ""
            self._set_filter_box(self.tab)
            self.load_list(self.tab)
            return
        if self.pane_layout == "detail":
            self.set_layout("list" if self.narrow else "split")
        self.table().focus()

    # -- other actions --------------------------------------------------------------------

    def action_next_hit(self) -> None:
        """Next full-text hit in the open document."""
        self.view.action_next_hit()
        self._hit_status()

    def action_previous_hit(self) -> None:
        """Previous full-text hit in the open document."""
        self.view.action_previous_hit()
        self._hit_status()

    def _hit_status(self) -> None:
        v = self.view
        if v.hit_count:
            self.query_one("#list-status", Static).update(
                Text(f"hit {v.hit_index + 1} of {v.hit_count} · n next · N previous", style="grey62"), layout=False
            )

    def _selected_quote_id(self) -> int | None:
        d = self.detail
        if self.focused is self.view or self.pane_layout == "detail":
            link = self.view.current_link
            if link is not None and link.target.kind == "quote":
                return link.target.id
            if d is not None and d.quote is not None:
                return d.quote.id
        if self.tab == "quotes" and self.table().current is not None:
            return int(self.table().current.id)
        if d is not None and d.quote is not None:
            return d.quote.id
        link = self.view.current_link
        if link is not None and link.target.kind == "quote":
            return link.target.id
        return None

    def action_copy(self) -> None:
        """Copy the selected quotation with its citation (speaker, outlet, date, file)."""
        qid = self._selected_quote_id()
        if qid is None:
            self.notify("Select a quotation first (quotes tab, quote card, or tab to one in a document).")
            return
        self.run_worker(partial(self._fetch_copy, qid), thread=True, group="copy", exit_on_error=False)

    def _fetch_copy(self, qid: int) -> None:
        with self.pool.store() as st:
            q = st.get_quote(qid)
        if q is not None:
            self.app.call_from_thread(self._copy, citation(q))

    def _copy(self, text: str) -> None:
        self.app.copy_to_clipboard(text)
        self.notify("Quotation copied with its citation.", title="Copied")

    def action_refresh(self) -> None:
        """Reload every list and the open page from the store."""
        self._details.clear()
        for name in list(self.loaded):
            if name == self.tab:
                self.load_list(name, cursor=self.table(name).cursor_row)
            else:
                self.loaded.discard(name)
        self.run_worker(self._fetch_counts, thread=True, group="counts", exit_on_error=False)
        if self.detail is not None:
            st = self.current_state()
            self.show_target(st.target, query=st.query, restore={"scroll_y": st.scroll_y,
                                                                 "link_index": st.link_index})

    def check_store(self) -> None:
        """Every few seconds: has a concurrent import added documents?"""
        self.run_worker(self._check_count, thread=True, exclusive=True, group="check", exit_on_error=False)

    def _check_count(self) -> None:
        with self.pool.store() as st:
            n = st.count_documents()
        self.post_message(StoreChanged(n))

    def on_store_changed(self, msg: StoreChanged) -> None:
        if self._known_documents is None:
            self._known_documents = msg.documents
            return
        if msg.documents != self._known_documents:
            diff = msg.documents - self._known_documents
            self._known_documents = msg.documents
            self._counts["documents"] = msg.documents
            self._details.clear()
            self.update_topbar()
            self.notify(f"{diff:+,} documents in the store · r to refresh", title="Store changed")

    def action_toggle_bidi(self) -> None:
        """Switch Arabic display between app shaping and the terminal's own bidi."""
        from rased.tui.settings import save_setting

        self.mode = "terminal" if self.mode == "app" else "app"
        self.app.bidi_mode = self.mode  # type: ignore[attr-defined]
        for name in TAB_ORDER:
            self.table(name).set_mode(self.mode)
        self.view.set_mode(self.mode)
        save_setting("bidi", self.mode)
        self.update_topbar()
        self._update_preview(self.query_one("#filter", Input).value)
        self.notify(
            "The app shapes and orders Arabic." if self.mode == "app"
            else "The terminal orders Arabic (for terminals with their own bidi).",
            title=f"bidi: {self.mode}",
        )

    def action_cycle_layout(self) -> None:
        """Both panes, the list only, or the detail only."""
        order = ["split", "list", "detail"]
        self.set_layout(order[(order.index(self.pane_layout) + 1) % 3])
        if self.pane_layout == "detail":
            self.view.focus()
        elif self.pane_layout == "list":
            self.table().focus()

    def action_show_all(self) -> None:
        """Show every document, not only those just imported."""
        if self.doc_ids is None:
            return
        self.doc_ids = None
        self.update_topbar()
        self.update_bindings()
        self.load_list("documents")

    def action_help(self) -> None:
        """Show every key."""
        from rased.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def update_bindings(self) -> None:
        """Refresh the footer when what :meth:`check_action` answers has changed.

        Rebuilding the footer restyles every key in it, a good part of the cost of a tab
        switch or of opening a page: skipped when nothing it shows would change.
        """
        state = (bool(self.view.hit_count), self.doc_ids is not None, bool(self.back_stack),
                 bool(self.forward_stack), self._selected_quote_id() is not None)
        if state != self._binding_state:
            self._binding_state = state
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_hit", "previous_hit"):
            return True if self.view.hit_count else False
        if action == "show_all":
            return True if self.doc_ids is not None else False
        if action == "back":
            return True if self.back_stack else None
        if action == "forward":
            return True if self.forward_stack else None
        if action == "copy":
            # Enabled only where there is a quotation to copy (quotes list, quote card, a
            # quotation selected in the reader); dimmed elsewhere.
            return True if self._selected_quote_id() is not None else None
        return True

    def on_resize(self, event: events.Resize) -> None:
        if self.narrow and self.pane_layout == "split":
            self.set_layout("list")
        elif not self.narrow and self.pane_layout == "list" and not self.back_stack:
            self.set_layout("split")
        self.query_one(KeyFooter).compact = self.narrow
        self.update_topbar()
        self.update_detail_title()

    def open_target(self, target: Any) -> None:
        """Open ``target`` from outside (the command palette)."""
        self.navigate(target)

    def run_action_string(self, action: str) -> Callable[[], Any]:
        return partial(self.run_action, action)

