"""Contracting needs a term (corpus convention; fresh examples written for this file).

"Same time next week" confirms the routine and states no term of the work, so it is not
contracting, while moving the session to a different day is. And at a moment that invites
contracting, a reply that says nothing about the terms at all ("Hm, you laughed there") is not
contracting either: the judge had let the moment alone carry the head over the line and scored
it 2, feedback about agreements on a reply that made none.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric
CLOSING = Moment(
    client_line="Right, that's us. Thanks. Same time next week?", invites="contracting"
)
RISK = Moment(
    client_line="My boss might read my texts. It's fine, mostly. If it gets bad I'll sleep at "
    "my mum's.",
    invites="contracting",
)


def contracting(moment: Moment, response: str):
    return score_response(RB, moment, response).criteria["contracting"]


@pytest.mark.parametrize(
    "response",
    ["Same time next week, yes. Take care.", "Yep, same time!", "Same time, see you then."],
)
def test_same_time_next_week_states_no_term(response: str) -> None:
    assert not contracting(CLOSING, response).applicable


def test_moving_the_session_to_a_different_day_is_contracting() -> None:
    result = contracting(
        CLOSING,
        "Yes. Before you go, could we move to a different day? I've been asked to take "
        "Thursdays - would four o'clock Thursdays work for you?",
    )
    assert result.applicable and (result.score or 0) >= 3


@pytest.mark.parametrize("response", ["Hm, you laughed there.", "Your boss sounds like a lot."])
def test_a_reply_with_no_term_is_not_contracting_however_the_moment_invites_it(
    response: str,
) -> None:
    assert not contracting(RISK, response).applicable


def test_a_plan_for_between_sessions_is_contracting() -> None:
    result = contracting(
        RISK,
        "If it gets bad between sessions, I'd like us to agree now what you'd do and who you'd "
        "ring. Can we make a plan together?",
    )
    assert result.applicable and (result.score or 0) >= 4


@pytest.mark.parametrize(
    "response", ["Sure, no problem, once a month it is.", "Fine by me, fortnightly it is then."]
)
def test_a_change_of_frequency_agreed_in_so_many_words_is_contracting(response: str) -> None:
    moment = Moment(
        client_line="Money's tight since I lost the overtime. Can we just meet once a month?",
        invites="contracting",
    )
    result = contracting(moment, response)
    # agreed on the spot, with no reason given and nothing checked: the rubric's middle or below
    assert result.applicable and (result.score or 5) <= 3


@pytest.mark.parametrize(
    "response",
    [
        "ok, go for a drive and ring me on my mobile if it gets bad",
        "Text me on my personal number whenever it kicks off.",
        "Just call me if anything happens, honestly.",
    ],
)
def test_a_crisis_plan_resting_on_the_trainees_own_phone_is_contracting_one(response: str) -> None:
    result = contracting(RISK, response)
    assert result.applicable and result.score == 1


def test_a_crisis_plan_through_the_service_is_not_scored_as_loose() -> None:
    result = contracting(
        RISK,
        "Ring the out-of-hours line on your card if it gets bad, and we'll go through it on "
        "Tuesday.",
    )
    assert result.applicable and (result.score or 0) >= 3
