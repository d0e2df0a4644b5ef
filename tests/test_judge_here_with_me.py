"""Asking what is happening for the client "here with me" is immediacy, even where it steps around
a personal question (then it is used, and scored low for the dodge, never "not used"). Found in
a cohort session: at grief's "Have you ever lost a parent?", "I notice you went quiet just now. I
wonder what's happening for you, here with me? Take your time." read as no relationship talk at
all. Fresh examples written for this file."""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
ASKED = Moment(
    client_line="Can I ask, have you got kids yourself? Sorry. You probably can't say.",
    cue="stops mid-sentence, looks at the floor",
    invites="self_disclosure",
)
PLAIN = Moment(
    client_line="Anyway. That's the week. Nothing much else to say.",
    cue="arms folded",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "You stopped halfway through that. What's going on for you right now, in here with me?",
        "I wonder what's happening inside you just now, between us, as you ask me that.",
    ],
)
def test_what_is_happening_here_with_me_dodging_a_question_is_used_and_low(response: str) -> None:
    immediacy = score_response(DI, ASKED, response).criteria["immediacy"]
    assert immediacy.applicable
    assert (immediacy.score or 0) <= 3


def test_what_is_happening_here_with_me_at_an_immediacy_moment_is_used() -> None:
    response = "I notice you've folded your arms. What's happening for you, here with me, now?"
    immediacy = score_response(DI, PLAIN, response).criteria["immediacy"]
    assert immediacy.applicable and (immediacy.score or 0) >= 3


def test_what_is_happening_in_their_life_is_not_relationship_talk() -> None:
    # "what's going on with you at home" is about their life elsewhere, not the room
    response = "What's going on with you at home at the moment, with the kids?"
    immediacy = score_response(DI, PLAIN, response).criteria["immediacy"]
    assert not immediacy.applicable
