"""Turning stored words into terminal text safely: never markup, never control characters."""

from __future__ import annotations

import re

from rich.text import Text

# C0/C1 controls (but not newline or tab) and escape sequences: stored files could carry them
# even though the engine strips them on the way in, so display strips them again.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def printable(text: str | None) -> str:
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def plain(text: str | None, style: str = "") -> Text:
    """A Text that shows `text` literally: square brackets stay brackets."""
    return Text(printable(text), style=style)


def clip(text: str, width: int) -> str:
    text = " ".join(printable(text).split())
    return text if len(text) <= width else text[: max(1, width - 1)].rstrip() + "\u2026"
