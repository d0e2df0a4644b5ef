"""The response box: multi-line, Enter submits, ctrl+j (or alt+enter) starts a new line."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import TextArea

OPEN = "Type what you would say to the client. Enter sends it; ctrl+j starts a new line."
OVER = "The session is over: Enter shows the summary, ctrl+r retries, ctrl+b rewinds."


class ResponseBox(TextArea):
    BINDINGS = [
        Binding("enter", "submit", "Submit", priority=True, tooltip="send your response"),
        Binding(
            "ctrl+j,alt+enter,shift+enter",
            "newline",
            "New line",
            show=False,  # named in the placeholder: the footer keeps room for Quit and Help
            priority=True,
            tooltip="a new line in your response",
        ),
    ]

    # True once the session has ended: the box no longer invites a response.
    over: reactive[bool] = reactive(False, init=False)

    class _SubmitRequested(Message):
        """Queued behind the keys already typed, so a fast typist's last words are included."""

    class Submitted(Message):
        def __init__(self, box: ResponseBox, text: str) -> None:
            super().__init__()
            self.box = box
            self.text = text

    def __init__(self, **kwargs) -> None:
        super().__init__(
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            placeholder=OPEN,
            **kwargs,
        )

    def on_mount(self) -> None:
        self.cursor_blink = getattr(self.app, "blink", True)

    def watch_over(self, over: bool) -> None:
        self.placeholder = OVER if over else OPEN

    def action_submit(self) -> None:
        # A priority binding runs before key events still queued for this widget; posting to
        # ourselves puts the submit after them.
        self.post_message(self._SubmitRequested())

    def on_response_box__submit_requested(self, event: _SubmitRequested) -> None:
        event.stop()
        if self.text.strip():
            self.post_message(self.Submitted(self, self.text))

    def action_newline(self) -> None:
        self.insert("\n")
