"""Found trying scenario moments as a trainee would (fresh examples written for this file):
- a client's "for you" is not a gift ("Am I too much for you?", "Sorry, I didn't mean to bring it
  up for you"), while "I got you a card" is one; "I've got feelings for you" is a declaration;
- advice at a moment that called for holding back is never called "so that fits" (issue 10,
  class 3): the reason names what the trainee did, in their own sentence;
- "It did, yes." answers "Did it work out for you?", and the quoted answer is the answer, not a
  lead-in such as "Honestly?".
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.cues import read_cues
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric


def _cues(client_line: str):
    return read_cues(Moment(client_line=client_line))


@pytest.mark.parametrize(
    "client_line",
    [
        "You look worn out. Am I too much for you?",
        "Sorry, I didn't mean to drag all that up for you.",
        "Why would anyone do this job? What's in it for you?",
        "Can I ask how it went, for you? You don't have to say.",
    ],
)
def test_for_you_alone_is_no_gift(client_line: str) -> None:
    assert not _cues(client_line).gift


@pytest.mark.parametrize(
    "client_line",
    [
        "I got you a card. Don't open it till I've gone.",
        "These are for you. Mum's shortbread, she insisted.",
        "I bought you a little plant for the windowsill.",
    ],
)
def test_a_thing_given_is_a_gift(client_line: str) -> None:
    assert _cues(client_line).gift


@pytest.mark.parametrize(
    "client_line",
    [
        "I think I've got feelings for you. Proper ones.",
        "I'm falling for you and I don't know what to do with it.",
        "I have real feelings for you, you must know that.",
    ],
)
def test_a_declaration_is_romantic(client_line: str) -> None:
    assert _cues(client_line).romantic


HOLD_BACK = Moment(
    client_line="She still leaves the hall light on for him. Twelve years, and she still does it.",
    cue="quiet, turning the ring on her finger",
    invites="restraint",
)


def test_advice_at_a_restraint_moment_is_not_called_a_fit() -> None:
    response = "Honestly I think you need to sit her down and tell her it's time to let go."
    result = score_response(DI, HOLD_BACK, response)
    for criterion in ("self_disclosure", "immediacy"):
        reason = result.criteria[criterion].rationale or ""
        assert "so that fits" not in reason
        assert "tell her it's time to let go" in reason  # the trainee's own sentence, quoted


def test_staying_with_it_at_a_restraint_moment_still_fits() -> None:
    response = "Twelve years of leaving the light on. What do you make of it, when you see it?"
    result = score_response(DI, HOLD_BACK, response)
    assert "so that fits" in (result.criteria["self_disclosure"].rationale or "")


ASKED_HOW_IT_WENT = Moment(
    client_line="Did it all work out for you in the end? Sorry, you don't have to say.",
    cue="leaning forward",
    invites="restraint",
)


def test_it_did_yes_answers_the_question() -> None:
    response = "It did, yes, in the end. What made you want to know?"
    result = score_response(DI, ASKED_HOW_IT_WENT, response).criteria["self_disclosure"]
    assert result.applicable
    assert "It did, yes, in the end." in result.evidence


def test_the_quoted_answer_is_not_the_lead_in() -> None:
    response = "Honestly? It worked out, and I'm grateful. What made you want to know?"
    result = score_response(DI, ASKED_HOW_IT_WENT, response).criteria["self_disclosure"]
    assert result.applicable
    assert "Honestly?" not in result.evidence


RB = load_library().rubric("relationship-boundaries").rubric
LAST_SESSION = Moment(
    client_line="So this is it, then. Last one. I don't really know what to say.",
    cue="hands in her lap, not looking up",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "Ah, you'll be absolutely fine without me, you've done all the work!",
        "Honestly, you don't even need me any more.",
    ],
)
def test_waving_away_the_ending_is_immediacy_done_badly(response: str) -> None:
    result = score_response(RB, LAST_SESSION, response).criteria["immediacy"]
    assert result.applicable and (result.score or 5) <= 2
    assert "waves away" in (result.rationale or "")


def test_staying_with_the_ending_is_not_flagged() -> None:
    response = (
        "It's hard to find the words. I notice I'm feeling it too, that this is our last one."
    )
    result = score_response(RB, LAST_SESSION, response).criteria["immediacy"]
    assert "waves away" not in (result.rationale or "")


HARM_AT_THE_DOOR = Moment(
    client_line="Right, that's us. Oh, and he threw a mug at me last night. Same time Thursday?",
    cue="standing, bag over her shoulder",
    invites="boundary",
)


def test_harm_left_unchecked_is_named_even_when_the_grant_already_lowered_it() -> None:
    response = "Stay a bit longer if you like, I've got nothing on after you."
    result = score_response(RB, HARM_AT_THE_DOOR, response).criteria["boundary"]
    assert result.applicable and (result.score or 5) <= 2
    assert "safe" in (result.rationale or "")
