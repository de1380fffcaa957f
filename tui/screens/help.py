"""The help screen: every key, generated from the bindings so it cannot drift."""

from __future__ import annotations

from importlib import resources

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Markdown

__all__ = ["HelpScreen", "key_rows"]


def _rows_for(app: App[object], title: str, bindings: list[Binding]) -> list[tuple[str, str, str]]:
    rows = []
    for b in bindings:
        if not b.description and not b.tooltip:
            continue
        keys = ", ".join(app.get_key_display(Binding(k.strip(), b.action)) for k in b.key.split(","))
        rows.append((title, keys, b.tooltip or b.description))
    return rows


def key_rows(app: App[object]) -> list[tuple[str, str, str]]:
    """(where, keys, what) for every documented binding of the explorer."""
    from rased.tui.app import RasedApp
    from rased.tui.screens.main import MainScreen
    from rased.tui.widgets.table import PagedTable
    from rased.tui.widgets.textview import TextView

    rows: list[tuple[str, str, str]] = []
    rows += _rows_for(app, "Anywhere", [b for b in MainScreen.BINDINGS if isinstance(b, Binding)])
    rows += _rows_for(app, "Anywhere", [b for b in RasedApp.BINDINGS if isinstance(b, Binding)])
    rows += _rows_for(app, "List", [b for b in PagedTable.BINDINGS if isinstance(b, Binding)])
    rows.append(("List", "up, down, pgup, pgdn, home, end", "Move the selection (the detail pane follows)"))
    rows.append(("List", "enter, click", "Open the selection in the detail pane"))
    rows.append(("List", "click a header", "Sort by that column (again: reverse)"))
    rows += _rows_for(app, "Detail", [b for b in TextView.BINDINGS if isinstance(b, Binding)])
    rows.append(("Detail", "click", "Open the mention, quotation or document under the mouse"))
    rows.append(("Filter", "enter / esc", "Apply / back to the list (the filter stays)"))
    return rows


class HelpScreen(ModalScreen[None]):
    """Keys and a short guide; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", tooltip="Close the help"),
    ]
    """Keys of the help screen."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 110; height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    HelpScreen DataTable { height: auto; margin-bottom: 1; }
    HelpScreen Markdown { margin: 0; }
    """

    def compose(self) -> ComposeResult:
        text = resources.files("rased.tui").joinpath("help.md").read_text(encoding="utf-8")
        with VerticalScroll():
            yield Markdown(text)
            table: DataTable[str] = DataTable(cursor_type="none", zebra_stripes=True, id="keys")
            yield table

    def on_mount(self) -> None:
        table = self.query_one("#keys", DataTable)
        table.add_columns("Where", "Keys", "What")
        for row in key_rows(self.app):
            table.add_row(*row)

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        """Close the help."""
        self.dismiss(None)
