"""Transcript lines. Everything a person typed is shown as plain Text, never parsed as markup."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from roleplay.domain.session import ClientLine


def client_text(name: str, line: ClientLine | None, text: str | None = None) -> Text:
    body = Text()
    body.append(f"{name}: ", style="bold")
    body.append(text if text is not None else (line.text if line else ""))
    if line and line.cue:
        body.append(f"\n({line.cue})", style="italic dim")
    if line and line.reaction_note:
        body.append(f"\n\u21b3 {line.reaction_note}", style="dim")
    if line and line.source == "offline-fallback":
        body.append("\n[scripted line: the server did not answer]", style="dim")
    return body


class ClientBubble(Static):
    """The client's words and their nonverbal cue; can grow while the words stream in."""

    DEFAULT_CLASSES = "bubble client"

    def __init__(self, name: str, line: ClientLine | None = None) -> None:
        self.client_name = name
        self.line = line
        self.streamed = ""
        super().__init__(client_text(name, line))

    def append(self, piece: str) -> None:
        self.streamed += piece
        self.update(client_text(self.client_name, None, self.streamed + " \u2026"))

    def restart(self) -> None:
        self.streamed = ""
        self.update(client_text(self.client_name, None, "\u2026"))

    def settle(self, line: ClientLine) -> None:
        self.line = line
        self.update(client_text(self.client_name, line))


class TraineeBubble(Static):
    DEFAULT_CLASSES = "bubble trainee"

    def __init__(self, text: str, attempt: int = 1) -> None:
        label = "You" if attempt == 1 else f"You (attempt {attempt})"
        body = Text()
        body.append(f"{label}: ", style="bold")
        body.append(text)
        super().__init__(body)
        self.response = text
