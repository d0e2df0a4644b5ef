"""Third round of play for boundary (classes 12-18; the round and classes 1-11, contracting, are
described in tests/test_judge_qa_frame3.py). Fresh examples written after each fix, each class
with a near miss that must not move (Gutheil & Gabbard 1993, 1998; Zur 2007)."""

from __future__ import annotations

import pytest

from qa_frame_support import (
    HUG,
    OFF_BOOKS,
    ROTA,
    THE_OFFER,
    WHATSAPP,
    at,
    drill,
    result_at,
    score_at,
)

OUTSIDE = at("first-session-agreement", "outside")
OVER_TIME = at("session-overrun", "over-time")
DRIFT = at("same-small-town", "drift")
FREQUENCY = drill("Can we cut down to every other week? It's getting expensive.")
CANCEL_FEE = drill("Do I really have to pay if I cancel the same day? That seems harsh.")
VIDEO_BED = drill("Can I do our video call lying on the sofa? I'm so comfy.")


# --- 12. a yes by the day, or with an endearment -------------------------------------------------


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        ("offer", "Sunday it is, you're a legend."),
        ("whatsapp", "aw hun course u can, my phone's always on"),
        ("drift", "omg yes go on, spill"),
    ],
)
def test_a_yes_by_the_day_or_with_warmth_is_a_grant(moment_name: str, response: str) -> None:
    moment = {"offer": THE_OFFER, "whatsapp": WHATSAPP, "drift": DRIFT}[moment_name]
    found = result_at(moment, response, "boundary")
    assert found.applicable and (found.score or 5) <= 2


def test_of_course_you_cannot_is_no_grant() -> None:
    found = result_at(
        WHATSAPP, "Of course you can't, sorry, but the clinic text line is quick.", "boundary"
    )
    assert found.applicable and (found.score or 0) >= 2


# --- 13. the wish found understandable is no yes ------------------------------------------------


def test_of_course_you_would_want_it_is_no_grant() -> None:
    response = (
        "Of course you'd want someone to hold you after news like that. I'm staying right here."
    )
    found = result_at(HUG, response, "boundary")
    assert not found.applicable or (found.score or 0) >= 3


def test_of_course_you_can_have_one_is_a_grant() -> None:
    assert (score_at(HUG, "Of course you can have a hug, come here.", "boundary") or 5) <= 2


# --- 14. kept for others ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        ("whatsapp", "My WhatsApp isn't for clients, I'm afraid. The clinic text line is quick."),
        ("outside", "I keep LinkedIn for people I work with only."),
    ],
)
def test_kept_for_others_is_a_no(moment_name: str, response: str) -> None:
    moment = WHATSAPP if moment_name == "whatsapp" else OUTSIDE
    found = result_at(moment, response, "boundary")
    assert found.applicable and (found.score or 0) >= 2
    assert "grants" not in found.rationale


# --- 15. a yes confirming a fact ----------------------------------------------------------------


def test_a_yes_that_confirms_the_next_client_holds_the_frame() -> None:
    response = (
        "Yeah, my next client is here, so we'll stop in five minutes. Before you go: are you "
        "safe tonight?"
    )
    found = result_at(OVER_TIME, response, "boundary")
    assert found.applicable and (found.score or 0) >= 3
    assert "grants" not in found.rationale


def test_a_yes_that_the_fee_stands_holds_it() -> None:
    found = result_at(ROTA, "Yes, you'll still pay, that's the policy.", "boundary")
    assert found.applicable and "grants" not in found.rationale


def test_a_yes_to_staying_on_is_still_a_grant() -> None:
    assert (score_at(OVER_TIME, "Yes, stay as long as you need.", "boundary") or 5) <= 2


# --- 16. a review point is no deferral ---------------------------------------------------------


def test_a_review_point_on_a_new_frequency_is_no_yes_for_later() -> None:
    response = (
        "Fortnightly could work. Let's try it, and review in a few weeks how it's going for you."
    )
    found = result_at(FREQUENCY, response, "boundary")
    assert "yes for later" not in found.rationale
    assert not found.applicable or (found.score or 0) >= 3


# --- 17. questions handed back, and holds said another way -------------------------------------


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [("whatsapp", "Would that honestly be simpler?"), ("offer", "Won't it?")],
)
def test_only_questions_handed_back_answer_nothing(moment_name: str, response: str) -> None:
    moment = WHATSAPP if moment_name == "whatsapp" else THE_OFFER
    assert score_at(moment, response, "boundary") is None


def test_a_question_that_offers_something_instead_is_left_to_the_heads() -> None:
    # near miss: an alternative offered as a question is not a question handed back
    found = result_at(HUG, "Could we just sit side by side for a bit instead?", "boundary")
    assert found.applicable


def test_a_question_that_grants_still_answers() -> None:
    assert (score_at(WHATSAPP, "Why not, shall I give you my number?", "boundary") or 5) <= 2


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        (
            "bed",
            "I'd rather you sat up somewhere private, so the hour feels like yours. Would "
            "the desk in your room work?",
        ),
        ("books", "Can't do cash, sorry, it all goes through the clinic so you're protected."),
    ],
)
def test_holds_said_another_way_are_read(moment_name: str, response: str) -> None:
    moment = VIDEO_BED if moment_name == "bed" else OFF_BOOKS
    found = result_at(moment, response, "boundary")
    assert found.applicable and (found.score or 0) >= 3


def test_those_are_the_rules_is_rule_bound() -> None:
    found = result_at(CANCEL_FEE, "yep, full fee, them's the rules", "boundary")
    assert found.applicable and (found.score or 5) <= 3


# --- 18. the service's channel offered instead; "won't be coming" quoted as the answer ---------

BAPTISM = at("gift-and-christening-invite", "baptism")
CONTACT_AFTER = at("follow-request-on-instagram", "contact-after")


def test_the_clinic_offered_instead_answers_the_request() -> None:
    found = result_at(CONTACT_AFTER, "Could you write to the office instead?", "boundary")
    assert found.applicable and "grants" not in found.rationale


def test_a_no_to_coming_is_the_answer_quoted() -> None:
    response = (
        "A great-granddaughter, how lovely! I won't be coming, because our time works best kept "
        "in here. Will you tell me about the day?"
    )
    found = result_at(BAPTISM, response, "boundary")
    assert found.applicable and "won't be coming" in found.rationale
    assert "great-granddaughter" not in found.rationale.split("What")[0]
