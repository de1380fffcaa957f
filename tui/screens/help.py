"""The help screen: every key, generated from the bindings so it cannot drift."""

from __future__ import annotations

from importlib import resources

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

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
    rows.append(("List", "up, down, pgup, pgdn", "Move the selection (the detail pane follows)"))
    rows.append(("List", "enter, click", "Open the selection in the detail pane"))
    rows.append(("List", "click a header", "Sort by that column (again: reverse)"))
    rows += _rows_for(app, "Detail", [b for b in TextView.BINDINGS if isinstance(b, Binding)])
    rows.append(("Detail", "click", "Open the mention, quotation or document under the mouse"))
    rows.append(("Filter", "enter / esc", "Apply / back to the list (the filter stays; esc again clears it)"))
    rows.append(("Filter", "ctrl+u", "Clear what is typed"))
    rows.append(("Palette", "up, down, enter", "Choose a document, entity, quotation or command and open it"))
    rows.append(("Palette", "esc", "Close the palette"))
    rows += _rows_for(app, "Help", [b for b in HelpScreen.BINDINGS if isinstance(b, Binding)])
    return rows


def key_table(app: App[object]) -> Table:
    """Every key as a table: where it works, the keys, what they do."""
    table = Table(box=None, expand=True, show_edge=False, pad_edge=False, header_style="bold",
                  row_styles=["", "on grey11"])
    table.add_column("Where", style="grey70", no_wrap=True)
    table.add_column("Keys", style="bold", max_width=22, overflow="fold")
    table.add_column("What", ratio=1)
    last = ""
    for where, keys, what in key_rows(app):
        table.add_row("" if where == last else where, Text(keys), Text(what))
        last = where
    return table


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
    HelpScreen #keys { height: auto; margin: 0 1 1 1; }
    HelpScreen Markdown { margin: 0; }
    """

    def compose(self) -> ComposeResult:
        text = resources.files("rased.tui").joinpath("help.md").read_text(encoding="utf-8")
        with VerticalScroll():
            yield Markdown(text)
            # A Rich table in a Static: it wraps to the width of the screen and scrolls with
            # the text (a DataTable scrolled on its own and cut the descriptions at 80 columns).
            yield Static(key_table(self.app), id="keys")

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        """Close the help."""
        self.dismiss(None)
