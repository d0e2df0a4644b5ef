"""Transcript lines. Everything a person typed is shown as plain Text, never parsed as markup."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from roleplay.domain.session import ClientLine
from roleplay.practice.review import evidence_spans
from roleplay.tui.widgets.text import printable

# Streamed words are drawn at most this often, so a fast stream is not one repaint per token.
STREAM_REFRESH = 1 / 20
HIGHLIGHT = "reverse"


def client_text(name: str, line: ClientLine | None, text: str | None = None) -> Text:
    body = Text()
    body.append(f"{printable(name)}: ", style="bold")
    body.append(printable(text if text is not None else (line.text if line else "")))
    if line and line.cue:
        # The nonverbal cue is set apart from the words: its own line, italic, in brackets.
        body.append(f"\n({printable(line.cue)})", style="italic dim")
    if line and line.reaction_note:
        body.append(f"\n\u21b3 {printable(line.reaction_note)}", style="dim")
    if line and line.source == "offline-fallback":
        body.append("\n(scripted line: the server did not answer)", style="dim")
    return body


class ClientBubble(Static):
    """The client's words and their nonverbal cue; can grow while the words stream in."""

    DEFAULT_CLASSES = "bubble client"

    def __init__(self, name: str, line: ClientLine | None = None) -> None:
        self.client_name = name
        self.line = line
        self.streamed = ""
        self._repaint_due = False
        super().__init__(client_text(name, line))

    def append(self, piece: str) -> None:
        self.streamed += piece
        if not self._repaint_due:
            self._repaint_due = True
            self.set_timer(STREAM_REFRESH, self._repaint)

    def _repaint(self) -> None:
        self._repaint_due = False
        if self.line is None:
            self.update(client_text(self.client_name, None, self.streamed + " \u2026"))

    def restart(self) -> None:
        self.streamed = ""
        self.update(client_text(self.client_name, None, "\u2026"))

    def settle(self, line: ClientLine) -> None:
        self.line = line
        self.update(client_text(self.client_name, line))


def trainee_text(
    response: str, label: str, quotes: list[str] | None = None, note: str = ""
) -> Text:
    body = Text()
    body.append(f"{label}: ", style="bold")
    words = printable(response)
    shown = Text(words)
    for start, end in evidence_spans(words, quotes or []):
        shown.stylize(HIGHLIGHT, start, end)
    body.append_text(shown)
    return body


class TraineeBubble(Static):
    """What the trainee said; after scoring, the words that earned the scores are highlighted."""

    DEFAULT_CLASSES = "bubble trainee"

    def __init__(
        self, text: str, label: str = "You", attempt_index: int = 0, turn_index: int = 0
    ) -> None:
        super().__init__(trainee_text(text, label))
        self.response = text
        self.label = label
        self.attempt_index = attempt_index
        self.turn_index = turn_index
        self.quotes: list[str] = []

    def highlight(self, quotes: list[str]) -> None:
        self.quotes = quotes
        self.update(trainee_text(self.response, self.label, quotes))

    def relabel(self, label: str) -> None:
        if label != self.label:
            self.label = label
            self.update(trainee_text(self.response, label, self.quotes))
