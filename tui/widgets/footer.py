"""KeyFooter: Textual's footer, rebuilt only when the keys it shows change.

Textual's ``Footer`` removes and re-mounts all its keys whenever the screen says its
bindings may have changed: on every focus change and every ``refresh_bindings``. Each
rebuild mounts a dozen widgets, restyles them and lays the screen out again, twice or
three times per tab switch or opened page. This footer keeps the same keys (same
descriptions, same enabled state) and rebuilds once per change, after the handlers of
the current message have run; when only a key's enabled state changed, that key is
restyled in place.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

__all__ = ["KeyFooter"]


class KeyFooter(Footer):
    """A footer that is rebuilt only when the keys it would show differ."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple[Any, ...] | None = None
        self._check_pending = False

    def _keys(self) -> tuple[Any, ...]:
        """What :meth:`Footer.compose` would show, as a comparable value."""
        active = self.screen.active_bindings
        keys: list[Any] = [
            (b.key, b.action, b.description, b.tooltip, tip, b.group, enabled)
            for (_, b, enabled, tip) in active.values() if b.show
        ]
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        if palette is not None:
            keys.append((palette[1].key, palette[1].action, "palette", None, None, None, palette[2]))
        return (self.compact, self.show_command_palette, tuple(keys))

    def _restyle(self, keys: tuple[Any, ...]) -> bool:
        """Enable or disable the shown keys in place, if only that changed."""
        shown = self._shown
        if shown is None or shown[:2] != keys[:2] or len(shown[2]) != len(keys[2]):
            return False
        if any(a[:-1] != b[:-1] for a, b in zip(shown[2], keys[2], strict=True)):
            return False
        enabled = {(k[0], k[1]): k[-1] for k in keys[2]}
        widgets = list(self.query(FooterKey))
        if any((w.key, w.action) not in enabled for w in widgets):
            return False
        for w in widgets:
            off = not enabled[(w.key, w.action)]
            if off != w._disabled:
                w._disabled = off
                w.set_class(off, "-disabled")
        return True

    def bindings_changed(self, screen: Screen[Any]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._check_pending:
            self._check_pending = True
            self.call_next(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._check_pending = False
        if not self.is_attached:
            return
        keys = self._keys()
        if keys == self._shown:
            return
        if self._restyle(keys):
            self._shown = keys
            return
        self._shown = keys
        await self.recompose()
