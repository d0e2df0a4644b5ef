"""Turning stored words into terminal text safely: never markup, never control characters."""

from __future__ import annotations

from rich.text import Text

from roleplay.controls import strip_controls


def printable(text: str | None) -> str:
    if not text:
        return ""
    # Stored files could carry controls even though the engine strips them on the way in.
    return strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"))


def plain(text: str | None, style: str = "") -> Text:
    """A Text that shows `text` literally: square brackets stay brackets."""
    return Text(printable(text), style=style)


def clip(text: str, width: int) -> str:
    text = " ".join(printable(text).split())
    return text if len(text) <= width else text[: max(1, width - 1)].rstrip() + "\u2026"
