"""Misreadings found while rewriting branch lines (fresh examples written for this file):
- a question about what the wish means ("What would it mean to you, to be able to email me?")
  was read as granting the contact: boundary 1, and the client thanked the trainee for an email
  address nobody gave (corpus ruling O: a question that explores a press leaves boundary null);
- a suicide attempt told without the word ("I tried to end things") was not read as intimate
  material, so a disclosure of it to a client after an overdose scored like a settled one.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

LIBRARY = load_library()
RB = LIBRARY.rubric("relationship-boundaries").rubric
DI = LIBRARY.rubric("disclosure-immediacy").rubric
WHATSAPP = Moment(
    client_line="After we finish, could I just WhatsApp you now and then? Only little updates.",
    invites="boundary",
)
AFTER_OVERDOSE = Moment(
    client_line="I wouldn't be here without you. Six months ago I didn't want to be here at all.",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "What would it mean to you, to be able to message me after we finish?",
        "What is it about sending me updates that matters to you?",
    ],
)
def test_exploring_the_wish_grants_nothing(response: str) -> None:
    result = score_response(RB, WHATSAPP, response)
    assert "boundary_crossed" not in result.moves
    assert not result.criteria["boundary"].applicable


def test_a_yes_after_the_question_is_still_a_yes() -> None:
    response = "What would it mean to you? Sure, message me whenever you like."
    result = score_response(RB, WHATSAPP, response)
    assert result.criteria["boundary"].applicable and result.criteria["boundary"].score == 1


@pytest.mark.parametrize(
    "response",
    [
        "I tried to end things myself at nineteen, so I know some of where you've been.",
        "There was a time I wanted to end it all too, so I really do get it.",
    ],
)
def test_an_attempt_on_ones_own_life_is_intimate_material(response: str) -> None:
    sd = score_response(DI, AFTER_OVERDOSE, response).criteria["self_disclosure"]
    assert sd.applicable and (sd.score or 5) <= 2
    assert "very intimate" in sd.rationale


DECIDE = Moment(
    client_line="My sister says a home. My wife says keep her with us. What would you do?",
    invites="restraint",
)


@pytest.mark.parametrize(
    "response",
    ["I'd move her in with us, no doubt about it.", "Honestly? I would find her a good home."],
)
def test_what_the_trainee_would_do_answers_the_question(response: str) -> None:
    # It was read as holding back ("this moment called for holding back, so that fits"); the
    # trainee's own choice handed over tells the client what to do (advice_through_story).
    sd = score_response(DI, DECIDE, response).criteria["self_disclosure"]
    assert sd.applicable and (sd.score or 5) <= 2
    assert "advice" in sd.rationale


def test_id_like_to_hear_is_not_an_answer() -> None:
    response = "I'd like to hear what you're leaning towards, before anything from me."
    sd = score_response(DI, DECIDE, response).criteria["self_disclosure"]
    assert not sd.applicable


PARENT = Moment(
    client_line="Have you lost a parent? Is that why you do this?", invites="self_disclosure"
)


@pytest.mark.parametrize(
    "response",
    [
        "I'm not able to answer personal questions, that's the service's policy.",
        "Sorry, I'm not permitted to discuss my personal life with clients.",
    ],
)
def test_a_policy_recital_is_a_cold_decline(response: str) -> None:
    # It was read as nothing at all, so the client met it as she meets a warm decline.
    declining = score_response(DI, PARENT, response).criteria["declining"]
    assert declining.applicable and declining.score == 2  # the rubric names the recital at 2


@pytest.mark.parametrize(
    ("response", "at_most"),
    [
        ("That's really not an appropriate thing to ask your counsellor.", 1),
        ("Honestly? None of your business.", 1),
        ("We're not here to talk about me.", 3),
        ("My family history isn't relevant to your therapy.", 3),
    ],
)
def test_a_cold_or_shaming_no_is_a_decline(response: str, at_most: int) -> None:
    # Read as "you did not decline their question": the rubric's own level-1 example
    # ("that's inappropriate") was not a decline at all.
    declining = score_response(DI, PARENT, response).criteria["declining"]
    assert declining.applicable and (declining.score or 5) <= at_most


@pytest.mark.parametrize(
    "client_line",
    [
        "Sorry, can I ask how old you are? You look about fifteen.",
        "You know what it's like, don't you? I can tell.",
        "Is that an engagement ring? Lucky you.",
    ],
)
def test_a_personal_question_asked_sideways_is_still_one(client_line: str) -> None:
    # The gate stayed shut, so a decline there was "not in play" (train CV mistakes).
    moment = Moment(client_line=client_line, invites="self_disclosure")
    response = "I'd rather keep that side of me out of here, so the time stays yours."
    declining = score_response(DI, moment, response).criteria["declining"]
    assert declining.applicable
