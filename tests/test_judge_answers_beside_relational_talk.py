"""Found trying recovery-are-you-in-recovery and do-you-think-about-me as a trainee would (fresh
examples written for this file):
- a personal question sitting beside talk of the last therapist ("Are you in recovery yourself?
  The last one was a lovely girl...") is still a question about the helper: "I'm not, no" and
  "Yeah, eleven years sober" answer it and are disclosures; the relational sentence made both
  read as nothing at the scenario's key moment;
- "you're one of my favourites" is a special place offered in the relationship (a boundary
  crossed in relationship talk), never "not used";
- "I feel sad when you laugh about her" shares the trainee's immediate feeling toward the client,
  which rubric v2 counts as immediacy (Hill & Knox 2009), not a need laid on the client: found at
  laughing-it-off, where it scored 3 with "it is about your needs"; hurt at the client still is.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
ASKED_BESIDE_THE_LAST_ONE = Moment(
    client_line="Are you a mum yourself? The last one wasn't, and honestly you could tell.",
    cue="arms folded",
    invites="self_disclosure",
)


@pytest.mark.parametrize(
    "response",
    [
        "I'm not, no. What would it mean to you if I were?",
        "Yeah, three of them, so believe me, I've seen it all.",
    ],
)
def test_an_answer_to_the_question_is_read_beside_relational_talk(response: str) -> None:
    result = score_response(DI, ASKED_BESIDE_THE_LAST_ONE, response).criteria["self_disclosure"]
    assert result.applicable


def test_a_question_about_the_two_of_you_is_still_not_a_personal_question() -> None:
    moment = Moment(client_line="Do you even like me? Be honest.", invites="immediacy")
    result = score_response(DI, moment, "Yes. What makes you wonder?").criteria["self_disclosure"]
    assert not result.applicable


def test_a_favourite_client_is_immediacy_done_badly() -> None:
    moment = Moment(
        client_line="Do you ever think about me? Between sessions? That sounds weird.",
        invites="immediacy",
    )
    response = "Honestly, all the time. You're one of my favourites."
    result = score_response(DI, moment, response).criteria["immediacy"]
    assert result.applicable and (result.score or 5) <= 2


AWFUL = Moment(
    client_line="My flatmate says I joke about everything. You must think I'm a terrible person.",
    invites="immediacy",
)


def test_an_immediate_feeling_toward_the_client_is_not_a_need() -> None:
    response = "I feel really sad when you laugh about it, and I'm curious what the laugh covers."
    result = score_response(DI, AWFUL, response).criteria["immediacy"]
    assert result.applicable and (result.score or 0) >= 4
    assert "your needs" not in (result.rationale or "")


def test_hurt_at_the_client_is_still_a_need() -> None:
    response = "Honestly I felt a bit hurt when you laughed at what I said."
    result = score_response(DI, AWFUL, response).criteria["immediacy"]
    assert result.applicable and (result.score or 5) <= 2
