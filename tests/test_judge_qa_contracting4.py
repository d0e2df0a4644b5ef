"""Contracting, fourth round of play (fresh examples, written for this file after the fixes).

Found playing are-you-a-student (rubric v2 contracting: applies_when and levels; APA 2017
10.01(c) on a trainee's status and 4.03 on consent; BACP on the limits of confidentiality):

1. "Who actually hears about me?" answered "honestly nobody, dont worry about it" was not read at
   all: a bare "nobody" with a reassurance after it states a term, wrongly (confidentiality
   promised without its limits, and the supervisor left out): the rubric's level 1. Only a
   "Nobody." standing alone had been read.
2. At are-you-a-student/tricked, the status restated after owning the lapse with the choice put
   to the client ("I'm a trainee, I'm supervised, and you can decide whether to carry on with
   me, knowing that") was not read: "you can decide" / "you're free to choose" were no consent
   sought, only "you decide" was. A choice with no term beside it stays out of play.
3. "Can we do sessions on Zoom from now on?" answered "Zoom it is." was not read, though "once a
   month it is" agrees a frequency (found playing `roleplay --offline score` with only a client
   line). A bare "sure no problem!" names no term and stays out of play (the corpus ruling:
   contracting needs a term).
4. At first-session-agreement/confidentiality, "Good question. What's making you worry about
   that?" was scored contracting 2 (the head leaning on the moment): an acknowledgement before a
   question about the worry states no term, as a reflection before one does not.
5. "never ever, i promise" to "Would you ever tell my work?" was read as terms told (2), not as
   the secrecy promised (1): "never, I promise" was, "never ever" was not.
6. Recording called standard in a contraction ("Recording's standard, everyone does it", "yes we
   record, it's standard") was not read as its weight played down (3; "recording is standard"
   was): the pattern wanted a space before "'s".
"""

from __future__ import annotations

import pytest

from qa_frame_support import FIRST, WHO_HEARS, at, result_at, score_at
from roleplay.domain.moment import Moment

TRICKED = at("are-you-a-student", "tricked")
CONFIDENTIALITY = at("first-session-agreement", "confidentiality")


@pytest.mark.parametrize(
    "response",
    [
        "no one, honestly, don't worry about that",
        "Nobody will, I promise.",
        "nah no one at all dont worry",
    ],
)
def test_a_bare_nobody_to_who_hears_promises_secrecy(response: str) -> None:
    found = result_at(WHO_HEARS, response, "contracting")
    assert found.applicable, found.rationale
    assert (found.score or 0) <= 2
    assert "secrecy" in found.rationale


def test_nobody_else_with_the_supervisor_named_is_not_a_promise_of_secrecy() -> None:
    found = result_at(
        WHO_HEARS,
        "My supervisor, and nobody else. Recording only if you say yes. Which part worries you?",
        "contracting",
    )
    assert found.applicable and (found.score or 0) >= 3
    assert "secrecy" not in found.rationale


@pytest.mark.parametrize(
    "response",
    [
        "You're right, that should have been said at the start. I'm in training and supervised, "
        "and you're free to choose whether we go on.",
        "I'm sorry. I'm a student counsellor with a supervisor, and you can choose to carry on "
        "with me or be offered someone qualified.",
    ],
)
def test_status_restated_with_the_choice_put_to_them_is_contracting(response: str) -> None:
    found = result_at(TRICKED, response, "contracting")
    assert found.applicable, found.rationale
    assert (found.score or 0) >= 3


def test_a_choice_with_no_term_beside_it_is_not_contracting() -> None:
    response = "That's awful. You can decide what we talk about today."
    assert score_at(TRICKED, response, "contracting") is None


VIDEO = Moment(client_line="Could we switch to video calls? The drive is killing me.")


@pytest.mark.parametrize(
    "response",
    ["Video it is, then. Somewhere private at your end?", "Phone sessions would work for me."],
)
def test_the_medium_agreed_in_so_many_words_is_contracting(response: str) -> None:
    found = result_at(VIDEO, response, "contracting")
    assert found.applicable, found.rationale


def test_a_bare_yes_names_no_term() -> None:
    assert score_at(VIDEO, "yeah no worries!", "contracting") is None


@pytest.mark.parametrize(
    "response",
    [
        "Fair question. What's got you thinking about work hearing?",
        "That's a really good question. What would it mean if they did?",
    ],
)
def test_an_acknowledgement_then_a_question_states_no_term(response: str) -> None:
    assert score_at(CONFIDENTIALITY, response, "contracting") is None


def test_never_ever_promised_is_a_secrecy_promised() -> None:
    found = result_at(CONFIDENTIALITY, "No, never ever, I promise.", "contracting")
    assert found.applicable and (found.score or 0) <= 2
    assert "secrecy" in found.rationale


POSTER = at("are-you-a-student", "poster")


@pytest.mark.parametrize(
    "response",
    [
        "Yep, I'm a trainee, and recordings are routine here, nothing to it.",
        "Student, yes. We record sessions too, it's standard practice.",
    ],
)
def test_recording_called_standard_plays_down_the_consent(response: str) -> None:
    found = result_at(POSTER, response, "contracting")
    assert found.applicable and (found.score or 5) <= 2
    assert "plays down" in found.rationale


def test_a_standard_session_length_is_not_played_down() -> None:
    found = result_at(FIRST, "Fifty minutes a week, it's standard. Any questions?", "contracting")
    assert "plays down" not in found.rationale
