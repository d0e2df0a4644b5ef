"""Faulting the client's conduct in the room is immediacy done badly (Hill 2014: punitive
immediacy), read as relationship talk that blames: "there you go again, shutting down", "I've
said sorry twice now", "I can't read your mind". The corpus labels such lines immediacy 1-2.
Fresh examples written for this file; none is a corpus line or a shipped exemplar.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.criteria import build_context
from roleplay.offline.scorer import score_response
from roleplay.offline.text import split_sentences

RB = load_library().rubric("relationship-boundaries").rubric
GONE_QUIET = Moment(
    client_line="...I don't know. Whatever. Can we just talk about something else?",
    cue="arms folded, looking at the window",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "There you go, closing off again whenever it gets close.",
        "I've said sorry twice now, I'm not sure what more you want from me.",
        "Honestly, I can't read your mind, so you'll have to say it.",
        "You keep doing this whenever we get near it. It's a pattern.",
    ],
)
def test_a_rebuke_of_the_clients_conduct_in_the_room_is_immediacy_done_badly(response) -> None:
    reading = build_context(GONE_QUIET, split_sentences(response)).reading("immediacy")
    assert reading.present and reading.has("accusatory")
    result = score_response(RB, GONE_QUIET, response).criteria["immediacy"]
    assert result.applicable and result.score <= 2


@pytest.mark.parametrize(
    "response",
    [
        "It's a pattern a lot of people notice after a loss. What do you make of it?",
        "There you go, that's the hardest bit said. Take your time.",
    ],
)
def test_the_same_words_about_something_else_are_no_rebuke(response: str) -> None:
    reading = build_context(GONE_QUIET, split_sentences(response)).reading("immediacy")
    assert not reading.has("accusatory")
