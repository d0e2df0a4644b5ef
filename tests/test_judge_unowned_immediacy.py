"""Relationship talk with no "I", "me" or "we" in it is at most mixed (immediacy 3): the rubric's
levels 4 and 5 are owned ("I notice... I wonder...", or the trainee's own feeling offered). Found
on the probe set: a plain reflection at "Am I boring you?" ("It sounds like since you retired...")
scored immediacy 5, "you spoke to the relationship". Fresh examples written for this file."""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
TOO_MUCH = Moment(
    client_line="Sorry. I keep going on. Am I too much for you? Be honest.",
    cue="twisting a tissue, not looking up",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "It sounds like you've spent a long time worrying you're too much for people. When did "
        "that start?",
        "You've been apologising a lot today. What's that like, being here?",
        "Not too much at all. What made you ask just now?",
    ],
)
def test_unowned_relationship_talk_is_at_most_mixed(response: str) -> None:
    immediacy = score_response(DI, TOO_MUCH, response).criteria["immediacy"]
    assert not immediacy.applicable or (immediacy.score or 0) <= 3


def test_owned_relationship_talk_can_still_score_well() -> None:
    response = (
        "No, you're not too much for me. I notice you checked my face before you asked, and I "
        "wonder what you were afraid you'd see there?"
    )
    immediacy = score_response(DI, TOO_MUCH, response).criteria["immediacy"]
    assert immediacy.applicable and (immediacy.score or 0) >= 4
