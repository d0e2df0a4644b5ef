"""Blame for how the client is with the trainee, and the trainee's frustration laid on them, are
immediacy done badly (Hill 2014: punitive immediacy), never "mixed". Found on the development
probe set: "I notice you go quiet and fold your arms whenever you don't get your way", "It's hard
to work like that", "I'm not going to play along with that" and "that's a bit frustrating for me"
scored immediacy 3. Fresh examples written for this file."""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
SHUT = Moment(
    client_line="Can we just leave it. I don't want to talk about her today.",
    cue="turns towards the window, jaw set",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "You always clam up like this whenever you can't get your own way with me.",
        "It's really difficult to work with you when you won't say anything.",
        "I can see what you're doing, and I'm not gonna play along.",
        "That is quite frustrating for me, to be honest, after last week.",
    ],
)
def test_blame_and_the_trainees_frustration_score_low(response: str) -> None:
    immediacy = score_response(DI, SHUT, response).criteria["immediacy"]
    assert immediacy.applicable
    assert (immediacy.score or 0) <= 2


def test_naming_the_shift_without_blame_is_not_read_as_blame() -> None:
    response = (
        "Okay, we can leave her. I notice something changed just then, when I mentioned her, "
        "and I wonder if I pushed too fast?"
    )
    immediacy = score_response(DI, SHUT, response).criteria["immediacy"]
    assert immediacy.applicable and (immediacy.score or 0) >= 4
    assert "blames" not in immediacy.rationale


@pytest.mark.parametrize(
    "response",
    [
        "I notice you change the subject every time, and it's a bit of an avoidant pattern.",
        "You're testing me because you don't want to talk about what happened with her.",
    ],
)
def test_the_clients_way_in_the_room_labelled_is_immediacy_done_badly(response: str) -> None:
    immediacy = score_response(DI, SHUT, response).criteria["immediacy"]
    assert immediacy.applicable
    assert (immediacy.score or 0) <= 2
