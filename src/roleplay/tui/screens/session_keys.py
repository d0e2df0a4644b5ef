"""The session screen's keys. Each binding's tooltip is its line in the help (built from these),
so the help cannot drift from the keys that exist."""

from __future__ import annotations

from textual.binding import Binding, BindingType

SESSION_KEYS: list[BindingType] = [
    Binding(
        "escape",
        "cancel",
        "Cancel reply",
        tooltip="cancel a reply that is on its way; your words go back in the box",
    ),
    Binding("enter", "summary", "Summary", tooltip="the summary, once the session is over"),
    Binding(
        "ctrl+r",
        "retry",
        "Retry",
        tooltip="retry the last moment (earlier attempts are kept; the best one counts)",
    ),
    Binding(
        "ctrl+b",
        "rewind",
        "Rewind",
        tooltip="rewind to any earlier turn and take the session another way",
    ),
    Binding(
        "ctrl+o",
        "exemplars",
        "Exemplars",
        tooltip="the instructor's exemplars for the moment you just answered",
    ),
    Binding(
        "ctrl+t",
        "attempts",
        "Attempts",
        show=False,
        tooltip="your attempts at that moment side by side",
    ),
    Binding(
        "ctrl+g",
        "toggle_rating",
        "Self-rating",
        show=False,
        tooltip="self-rating on or off: rate yourself before the scores appear",
    ),
    Binding(
        "ctrl+f",
        "finish",
        "Finish",
        tooltip="finish and see the summary (asks first if a draft would be lost)",
    ),
    Binding("ctrl+n", "carry_on", "Carry on", tooltip="carry on after finishing early"),
    # The box keeps the focus, so paging scrolls the transcript from there.
    Binding(
        "pageup",
        "page(-1)",
        "Scroll up",
        show=False,
        priority=True,
        tooltip="scroll the transcript up while you type",
    ),
    Binding(
        "pagedown",
        "page(1)",
        "Scroll down",
        show=False,
        priority=True,
        tooltip="scroll the transcript down while you type",
    ),
]
