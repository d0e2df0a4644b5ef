"""A disclosure of harm at the door, left without a check on safety, is never a boundary well held
(the rubric's level 1-2: "no attention to what the request meant"), whether the response puts it
off, grants more time or walks past it. Found trying the app: a response that ignored both the
request and the harm scored 5/5, "well held". Fresh examples written for this file.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric
AT_THE_DOOR = Moment(
    client_line="Anyway, that's time. ...Oh, and Gav shoved me into the door frame on Sunday. "
    "See you next week?",
    cue="coat on, already turning the handle",
    invites="boundary",
)


@pytest.mark.parametrize(
    "response",
    [
        "I can hear it's been a long week. I'm glad you came. What's it like, leaving now?",
        "Sit back down, my next client can wait a bit.",
    ],
)
def test_harm_left_unchecked_scores_two_at_most(response: str) -> None:
    result = score_response(RB, AT_THE_DOOR, response).criteria["boundary"]
    assert not result.applicable or (result.score or 5) <= 2
    if result.applicable:
        assert "safe" in (result.rationale or "")


def test_a_safety_check_is_not_flagged() -> None:
    response = (
        "I'm really glad you told me. Before you go: are you safe at home tonight? "
        "Let's start with this first thing next week."
    )
    result = score_response(RB, AT_THE_DOOR, response).criteria["boundary"]
    assert "without checking they are safe" not in (result.rationale or "")
