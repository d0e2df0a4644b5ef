"""The key footer every screen shows: Textual's compact Footer, rebuilt once per refresh.

Textual's Footer rebuilds all its keys for every "bindings changed" signal, and one keypress in
the practice room sends several (focus moves, the busy flag flips, a dialog closes): each
rebuild mounts and styles every key again, which was most of the CPU a screen change cost. Here
signals that arrive before the next refresh share one rebuild, made after that refresh, so it
reads the bindings as they are by then: what is shown is never older than with one rebuild each.
A rebuild that would show the same keys as are shown (focus moved within a screen) is skipped.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True)  # compact: Quit and Help stay in view at 80 columns
        self._rebuild_scheduled = False
        self._keys_shown: Hashable = None

    def bindings_changed(self, screen: Screen) -> None:
        if self._rebuild_scheduled:
            return  # the rebuild already scheduled runs after this change, and shows it
        self._rebuild_scheduled = True
        # Callbacks after a refresh run in order: the flag is down before the rebuild reads the
        # bindings, so a change made during the rebuild schedules another one.
        self.call_after_refresh(self._rebuild_started)
        super().bindings_changed(screen)

    def _rebuild_started(self) -> None:
        self._rebuild_scheduled = False

    def _keys_to_show(self) -> Hashable:
        """What the footer would draw: each shown binding (and the palette's, drawn on the
        right), whether it is enabled, its tooltip."""
        palette = self.app.COMMAND_PALETTE_BINDING
        return tuple(
            (key, binding.action, binding.description, enabled, tooltip)
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show or key == palette
        )

    async def recompose(self) -> None:
        if not self.is_attached:
            return  # its screen has gone (a dialog closed before the refresh)
        keys = self._keys_to_show()
        if keys == self._keys_shown and self.children:
            return
        self._keys_shown = keys
        await super().recompose()
