"""TypedPreview: one line under an input showing what was typed, readable on any terminal.

A Textual ``Input`` keeps and draws its value in logical order, unshaped: typed Arabic
shows reversed and disjoint on a terminal without bidi. The input itself is left alone
(editing, cursor and selection stay logical); this line repeats the value shaped and in
visual order when the app does the bidi and the value holds right-to-left letters, and
hides otherwise (the terminal orders it, or there is nothing to order).
"""

from __future__ import annotations

from textual.widgets import Static

from rased.tui.arabic import Mode, base_level, preview

__all__ = ["TypedPreview", "has_rtl"]


def has_rtl(value: str) -> bool:
    """Does ``value`` hold Arabic-script letters (what a terminal without bidi garbles)?"""
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufeff"
               for ch in value)


class TypedPreview(Static):
    """The typed value of an input, shaped and reordered (app bidi mode only)."""

    DEFAULT_CSS = """
    TypedPreview { height: 1; padding: 0 2; color: $text-muted; display: none; }
    TypedPreview.-rtl { text-align: right; }
    """

    def show_value(self, value: str, mode: Mode) -> None:
        if value and mode == "app" and has_rtl(value):
            self.update(preview(value, mode))
            # The base direction follows the typed text: a Latin query stays left to right.
            self.set_class(base_level(value) == 1, "-rtl")
            self.display = True
        else:
            self.display = False
