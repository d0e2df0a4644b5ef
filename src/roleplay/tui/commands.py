"""Command-palette providers: each screen lists its own entries in `COMMANDS`.

Entry titles can hold a scenario title someone wrote, so they are shown literally: never parsed
as markup (a title with `[@click=app.quit]` stays text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content
from textual.markup import escape


@dataclass(frozen=True)
class Entry:
    title: str
    help: str
    run: Callable[[], Any]
    # False: found by typing only, not listed when the palette opens (long lists of scenarios).
    discover: bool = True


def highlighted(matcher: Matcher, title: str) -> Content:
    """The title as literal text, the letters the query matched highlighted."""
    content = Content(title)
    score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    if score:
        for offset in offsets:
            if not title[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class EntriesProvider(Provider):
    """A provider built from `entries()`; subclasses say what their screen offers."""

    def entries(self) -> Iterable[Entry]:
        raise NotImplementedError

    async def discover(self) -> Hits:
        for entry in self.entries():
            if entry.discover:
                yield DiscoveryHit(
                    Content(entry.title), entry.run, text=entry.title, help=escape(entry.help)
                )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for entry in self.entries():
            score = matcher.match(entry.title)
            if score > 0:
                yield Hit(
                    score,
                    highlighted(matcher, entry.title),
                    entry.run,
                    text=entry.title,
                    help=escape(entry.help),
                )


class DrillCommands(EntriesProvider):
    """A palette entry per drill deck, on every screen (deck titles shown literally)."""

    def entries(self) -> Iterable[Entry]:
        app: Any = self.app  # the RoleplayApp (imported lazily: it imports this module)
        for entry in app.services.library.drills.values():
            deck = entry.deck
            yield Entry(
                f"Drill: {deck.title}",
                "Short statements, answered and repeated; the level follows how each set felt",
                partial(app.start_drill, deck.skill),
            )
