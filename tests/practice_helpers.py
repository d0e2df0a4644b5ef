"""Playing sessions headlessly for tests: real engine, offline judge and client."""

from __future__ import annotations

import contextlib

from roleplay.practice.session import PracticeSession

GRIEF = "grief-have-you-lost-a-parent"
GOOD_DISCLOSURE = (
    "I did lose my mother some years ago, so I have some sense of how heavy this is. "
    "What has it been like for you?"
)
HELD_BACK = "Nothing you have told me sounds wrong to me. What do you notice instead of tears?"
POOR_DISCLOSURE = (
    "Honestly I cried every day for months and I still do, I still can't talk about it. "
    "You should cry too."
)
NO_DISCLOSURE = "It isn't awful. What's it like to say it out loud?"


async def answer(
    session: PracticeSession, text: str, self_rating: dict[str, int] | None = None
) -> list[object]:
    events: list[object] = []
    async with contextlib.aclosing(session.submit(text, self_rating)) as stream:
        async for event in stream:
            events.append(event)
    return events


# A whole session's worth of responses, strong to harmful, for the headless paths.
SESSION_RESPONSES = [
    "I did lose my mother some years ago, so I have some sense of how heavy this is. "
    "What has it been like for you?",
    "I notice you went quiet just now. I wonder what's happening for you, here with me?",
    "That sounds really hard. Tell me more about that.",
    "When my dad died I fell apart for a year and I still can't talk about it.",
    "What would you like to take from today?",
    "I hear you.",
    "Mm.",
    "Go on.",
]
