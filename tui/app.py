"""The explorer application: :func:`make_app` builds it, :func:`run_explorer` runs it."""

from __future__ import annotations

import os
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from rased.tui.arabic import Mode
from rased.tui.commands import RasedCommands, RasedPalette
from rased.tui.data import StorePool
from rased.tui.screens.main import MainScreen
from rased.tui.settings import resolve_bidi

__all__ = ["RasedApp", "make_app", "run_explorer"]


class RasedApp(App[None]):
    """rased (راصد): documents, entities and quotations of an article store."""

    TITLE = "rased"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {RasedCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit", tooltip="Leave the explorer"),
        Binding("ctrl+p", "command_palette", "Palette", show=False, id="palette",
                tooltip="Jump to a document, entity or quotation by name; run any command"),
    ]
    """Keys of the application itself."""

    def __init__(self, path: Path, read_only: bool = False, bidi: Mode = "app",
                 doc_ids: list[int] | None = None) -> None:
        super().__init__()
        self.store_path = Path(path)
        self.read_only = read_only
        self.bidi_mode: Mode = bidi
        self.doc_ids = doc_ids
        self.pool = StorePool(self.store_path)
        if "TEXTUAL_ANIMATIONS" not in os.environ:
            # No sliding tab underline or smooth scrolling: every animation frame is a
            # repaint sent to the terminal, which costs over SSH and delays each switch.
            self.animation_level = "none"

    def action_command_palette(self) -> None:
        """Jump to a document, entity or quotation by name; run any command."""
        if self.use_command_palette and not RasedPalette.is_open(self):
            self.push_screen(RasedPalette(id="--command-palette"))

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.pool, self.bidi_mode, self.doc_ids, self.read_only)

    def on_unmount(self) -> None:
        self.pool.close()


def make_app(path: Path, read_only: bool = False, bidi: str | None = None,
             doc_ids: list[int] | None = None) -> RasedApp:
    """The explorer on the store at ``path`` (``bidi``: "app", "terminal" or None = setting)."""
    return RasedApp(Path(path), read_only=read_only, bidi=resolve_bidi(bidi), doc_ids=doc_ids)


def run_explorer(path: Path, read_only: bool, bidi: str | None, doc_ids: list[int] | None) -> None:
    """Run the explorer in this terminal until the user quits."""
    make_app(path, read_only=read_only, bidi=bidi, doc_ids=doc_ids).run()
