"""Refusals read as grants (issue 10, failure 2), found trying boundary moments as a trainee
would (fresh examples written for this file):
- "I won't be accepting it ... What made you want to follow me?": the refusal's verb in another
  form ("accepting") was missed, and the question about the client's wish ("want to follow me")
  was read as an offer to follow: boundary 1;
- "I can't say yes to phone calls ... The service can book you a review in a few months": "say
  yes" was not read as refused, and the time put on the service's alternative was read as a
  deferral of the calls: boundary 1;
- a real deferral ("once we've finished, we can...") is still a grant with a date.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric
FOLLOW = Moment(
    client_line="Random, but I requested to follow you on TikTok last night. Is that alright?",
    invites="boundary",
)
RING = Moment(
    client_line="When we finish, could I phone you now and then? Just to say how I'm getting on.",
    invites="boundary",
)


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (
            FOLLOW,
            "I won't be accepting it, though it's not a no to you. What made you want to "
            "follow me?",
        ),
        (
            FOLLOW,
            "I'm not following clients back, and I'd like to hear what the request meant to you.",
        ),
        (
            RING,
            "I can't say yes to phone calls, though I wish I could make the ending easier. The "
            "service can book you a check-in session in a couple of months. Would that help?",
        ),
    ],
)
def test_a_refusal_is_not_a_grant(moment: Moment, response: str) -> None:
    result = score_response(RB, moment, response)
    assert "boundary_crossed" not in result.moves
    boundary = result.criteria["boundary"]
    assert boundary.applicable and (boundary.score or 0) >= 3


def test_a_deferral_is_still_a_grant() -> None:
    response = "Maybe once we've finished, we can follow each other!"
    result = score_response(RB, FOLLOW, response)
    assert result.criteria["boundary"].score == 1
