"""The command palette (ctrl+p): jump to any document, entity or quotation by name, or run
any command of the main screen.

Store lookups run in a thread (``asyncio.to_thread``) with the app's connection pool, and
are spelling-tolerant like the list filters (the one normalisation, rapidfuzz).
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.command import CommandInput, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from rased.extract.display import safe_line
from rased.store.browse import filter_documents, filter_entities, filter_quotes
from rased.tui.arabic import ltr, one_line
from rased.tui.data import type_style
from rased.tui.widgets.preview import TypedPreview
from rased.tui.widgets.textview import Target

if TYPE_CHECKING:
    from rased.tui.app import RasedApp
    from rased.tui.screens.main import MainScreen

__all__ = ["RasedCommands", "RasedPalette"]


def _commands() -> list[tuple[str, str, str]]:
    """(name, action, help) for every documented main-screen binding."""
    from rased.tui.screens.main import MainScreen

    out = []
    for b in MainScreen.BINDINGS:
        if isinstance(b, Binding) and b.description:
            out.append((b.tooltip or b.description, b.action, f"key: {b.key}"))
    return out


def _where(source: str | None, date: str | None) -> str:
    """Outlet and date for a hit's help line; the date marked left-to-right so that next to
    an Arabic outlet it still reads 2024-05-26."""
    return " · ".join(p for p in (source, ltr(date) if date else None) if p)


class RasedCommands(Provider):
    """Documents, entities, quotations and commands."""

    @property
    def main(self) -> MainScreen | None:
        from rased.tui.screens.main import MainScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, MainScreen):
                return screen
        return None

    async def discover(self) -> Hits:
        main = self.main
        if main is None:
            return
        for name, action, help_text in _commands():
            yield DiscoveryHit(name, partial(main.run_action, action), help=help_text)

    def _lookup(self, query: str) -> list[tuple[float, Text, Target, str, str]]:
        app: RasedApp = self.app  # type: ignore[assignment]
        mode = app.bidi_mode
        out: list[tuple[float, Text, Target, str, str]] = []
        with app.pool.store() as st:
            for ent, score in filter_entities(st, query, limit=8):
                label = Text("entity  ", style="grey62")
                label.append_text(one_line(ent.name, 60, mode, type_style(ent.type)))
                out.append((score, label, Target("entity", ent.id), f"{ent.type} · {ent.n_documents:,} documents",
                            ent.name))
            for doc, score in filter_documents(st, query, limit=8):
                label = Text("document  ", style="grey62")
                label.append_text(one_line(doc.title or doc.first_line, 60, mode))
                out.append((score * 0.98, label, Target("document", doc.id), _where(doc.source, doc.date),
                            doc.title or doc.first_line))
            for q, score in filter_quotes(st, query, limit=8):
                label = Text("quote  ", style="grey62")
                label.append_text(one_line(f"{q.speaker or '?'}: {q.text}", 60, mode))
                out.append((score * 0.97, label, Target("quote", q.id), _where(q.source, q.date),
                            q.text))
        return out

    async def search(self, query: str) -> Hits:
        main = self.main
        if main is None:
            return
        matcher = self.matcher(query)
        for name, action, help_text in _commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(main.run_action, action), help=help_text)
        if len(query.strip()) < 2:
            return
        try:
            results = await asyncio.to_thread(self._lookup, query)
        except Exception:  # noqa: BLE001 - the palette must not crash on a store error
            return
        for score, label, target, help_text, text in results:
            # ``text`` is what the palette puts back in its input (tab completes a hit):
            # the logical string, never the shaped, reordered one the label shows.
            # The help line (outlet, date) is display only: shaped like the label, and
            # escaped, since the palette reads it as markup (an outlet is article text).
            yield Hit(min(score / 100.0, 1.0), label, partial(main.open_target, target),
                      text=safe_line(text)[:200], help=escape(one_line(help_text, 0, main.mode).plain))


class RasedPalette(CommandPalette):
    """Textual's command palette with the typed query repeated readably under its input
    (shaped and reordered when the app does the bidi, like the list filter)."""

    DEFAULT_CSS = """
    RasedPalette #palette-preview {
        visibility: visible; background: $surface; border-left: hkey black 50%;
        border-right: hkey black 50%; padding: 0 2;
    }
    """

    def on_mount(self) -> None:
        self.query_one("#--container").mount(TypedPreview(id="palette-preview"), after="#--input")
        # Watched on the value rather than on Input.Changed: the palette also sets the
        # value itself (a chosen hit) with that message held back.
        self.watch(self.query_one(CommandInput), "value", self._show_typed)

    def _show_typed(self, value: str) -> None:
        mode = getattr(self.app, "bidi_mode", "app")
        for widget in self.query("#palette-preview").results(TypedPreview):
            widget.show_value(value, mode)
