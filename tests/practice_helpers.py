"""Playing sessions headlessly for tests: real engine, offline judge and client."""

from __future__ import annotations

import contextlib
from functools import cache

from roleplay.content.library import load_library
from roleplay.judge.calibrate import moment_for
from roleplay.offline.scorer import score_response
from roleplay.practice.session import PracticeSession

GRIEF = "grief-have-you-lost-a-parent"
GOOD_DISCLOSURE = (
    "I did lose my mother some years ago, so I have some sense of how heavy this is. "
    "What has it been like for you?"
)


@cache
def good_disclosure_score() -> int:
    """The offline judge's level for GOOD_DISCLOSURE at the grief moment it answers, so tests of
    the flow (what is shown, saved and counted) follow the shipped weights; that the level is a
    good one is tested once, in test_feedback_view."""
    library = load_library()
    scenario = library.scenario(GRIEF).scenario
    rubric = library.rubric(scenario.rubric).rubric
    moment = moment_for(scenario, scenario.beat("asks"))
    result = score_response(rubric, moment, GOOD_DISCLOSURE).criteria["self_disclosure"]
    assert result.applicable and result.score is not None
    return int(result.score)


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
