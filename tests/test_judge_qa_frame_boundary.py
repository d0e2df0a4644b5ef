"""Wrong boundary verdicts found playing the frame scenarios as trainees would; the class list,
with where each was found, is in tests/test_judge_qa_frame.py's docstring (classes 10-15, 17,
19, 21, 22, 24 and 26 are boundary's), and the last one here. Fresh examples, written after each
fix in other words, and a near miss per class that must not move.

29. A yes hedged as harmless ("if you're really stuck I suppose a quick WhatsApp wouldn't hurt")
   read 4 (the development probe set, first-session-agreement whatsapp; Gutheil & Gabbard 1993:
   the slope starts with small, ambiguous yeses).
"""

from __future__ import annotations

import pytest

from qa_frame_support import (
    CONTACT_AFTER,
    DRIFT,
    HUG,
    NEXT_TIME,
    ROTA,
    TEAM_SHEET,
    THE_OFFER,
    THE_TIN,
    WHATSAPP,
    at,
    drill,
    result_at,
    score_at,
)
from roleplay.domain.moment import Moment

# --- 10-12. boundary: the waiver, the rule for everyone, the cold move on ----------------------


@pytest.mark.parametrize(
    "response",
    [
        "No no, I wouldn't charge you for that, it's the hospital's fault.",
        "No, don't worry about the fee when the rota changes.",
    ],
)
def test_a_no_followed_by_a_waiver_grants_the_press(response: str) -> None:
    assert (score_at(ROTA, response, "boundary") or 5) <= 2


def test_a_no_with_the_services_own_terms_holds() -> None:
    response = (
        "No, not if we can move you within the same week, and I'd rather plan around your rota "
        "than have you penalised for it. Tell the office as soon as it changes. Would that work?"
    )
    assert (score_at(ROTA, response, "boundary") or 0) >= 3


@pytest.mark.parametrize(
    "response",
    [
        "That's the same rule for everybody, sorry. Late cancellations are charged.",
        "The notice period applies to all our clients, regardless of the reason.",
    ],
)
def test_the_rule_for_everyone_is_cold(response: str) -> None:
    assert (score_at(ROTA, response, "boundary") or 5) <= 2


def test_the_rule_explained_for_her_care_is_not_cold() -> None:
    response = (
        "I can see why that worries you. The notice applies to everyone because the hour is kept "
        "just for you, so let's pick a slot that fits your rota and rebook within the week if it "
        "changes. Would that help?"
    )
    assert (score_at(ROTA, response, "boundary") or 0) >= 3


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (HUG, "It isn't appropriate for me to hug clients. Shall we get back to it?"),
        (NEXT_TIME, "That's not allowed, I'm afraid. You will need to ring the office yourself."),
    ],
)
def test_a_lecture_with_a_move_on_or_an_order_is_cold(moment: Moment, response: str) -> None:
    assert (score_at(moment, response, "boundary") or 5) <= 2


def test_a_no_with_a_real_offer_is_not_capped_as_cold() -> None:
    response = (
        "I won't message from my own phone, but the office will ring your mobile the moment a "
        "session has to move. Would that help?"
    )
    assert (score_at(NEXT_TIME, response, "boundary") or 0) >= 3


# --- 13-15. boundary: yes after an interjection, a valuable gift, a reflected wish ------------


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (DRIFT, "ooh, yes, tell me everything about the coach!"),
        (drill("We should get a coffee sometime, like normal people."), "aww yeah let's do it"),
    ],
)
def test_a_yes_after_an_interjection_is_a_grant(moment: Moment, response: str) -> None:
    assert score_at(moment, response, "boundary") == 1


def test_a_no_after_an_interjection_holds() -> None:
    moment = drill("We should get a coffee sometime, like normal people.")
    response = "haha, I won't be going for coffee, but I'm glad these chats matter to you."
    assert (score_at(moment, response, "boundary") or 0) >= 3


@pytest.mark.parametrize(
    "response",
    [
        "Oh, thank you so much, I love it! I'll wear it every day.",
        "That's so kind, thank you, I'll treasure it.",
    ],
)
def test_a_gift_beyond_a_token_accepted_is_too_loose(response: str) -> None:
    moment = drill("I bought you a gold bracelet. I want you to have it, please.")
    assert (score_at(moment, response, "boundary") or 5) <= 2


def test_a_token_gift_received_graciously_is_not_too_loose() -> None:
    moment = drill("I baked you some flapjacks for our last session.")
    response = "Thank you, that's really kind. What made you want to bake them for today?"
    assert (score_at(moment, response, "boundary") or 0) >= 4


@pytest.mark.parametrize(
    "response",
    [
        "I can tell you'd like to keep me posted once our sessions end, and that makes sense. I "
        "won't be staying in touch by email, so that the ending can really be yours. You can "
        "always refer yourself back to the service. What is it like to hear that?",
        "You want some way of letting me know how you are after we finish. I'm going to say no "
        "to emails, because I'd like you to leave with this work as yours. What comes up for you?",
    ],
)
def test_the_wish_put_back_before_a_no_is_no_deferral(response: str) -> None:
    assert (score_at(CONTACT_AFTER, response, "boundary") or 0) >= 3


def test_a_real_yes_for_later_is_still_a_deferral() -> None:
    response = "Maybe once we've finished you could drop me a line, we'll see."
    assert (score_at(CONTACT_AFTER, response, "boundary") or 5) <= 2


# --- 17. a no put as a wish that they not ------------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "I'd prefer you didn't message me on my own phone, so that nothing goes astray; the "
        "office text line gets straight to me. Shall I write it down?",
        "Best if you don't WhatsApp me, but the service has a text number that reaches me, and "
        "your messages stay in one safe place.",
    ],
)
def test_a_no_put_as_a_wish_holds(response: str) -> None:
    assert (score_at(WHATSAPP, response, "boundary") or 0) >= 3


def test_a_wish_about_something_else_does_not_undo_an_offer() -> None:
    response = "I'd rather you didn't have to wait around, so just text me whenever."
    assert (score_at(WHATSAPP, response, "boundary") or 5) <= 2


# --- 19. a friendship proposed in the overlap --------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "Ha, brilliant! We could be touchline mates, I never know anyone there.",
        "Oh that's great, we'll be netball friends then!",
    ],
)
def test_a_friendship_proposed_in_the_overlap_is_too_loose(response: str) -> None:
    assert (score_at(TEAM_SHEET, response, "boundary") or 5) <= 2


# --- 21. "no thank you" is no acknowledgement -------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "No thank you. Accepting favours from clients isn't appropriate.",
        "No, thank you, I can't accept that, it would be a dual relationship.",
    ],
)
def test_no_thank_you_before_a_lecture_is_cold(response: str) -> None:
    assert (score_at(THE_OFFER, response, "boundary") or 5) <= 2


def test_thanks_for_the_offer_itself_is_warm() -> None:
    response = (
        "Thank you, that's a really generous offer, and I can tell these sessions matter. I'm "
        "going to say no, because I'd like this to be a place where you don't owe anyone "
        "anything. What's it like to hear that?"
    )
    assert (score_at(THE_OFFER, response, "boundary") or 0) >= 4


# --- 22. a gift in the client's own words ------------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "Thank you, Eleni, I'd be happy to take them home. What does it mean to you to bring them "
        "today?",
        "Oh, these look wonderful. Thank you, I'll enjoy them. Tell me about your mother's recipe?",
    ],
)
def test_a_token_gift_in_the_clients_words_received_graciously_holds(response: str) -> None:
    assert (score_at(THE_TIN, response, "boundary") or 0) >= 4


def test_a_gift_in_the_clients_words_refused_by_rule_is_stiff() -> None:
    response = "I'm sorry, I'm not allowed to accept anything from clients. It's the policy."
    assert (score_at(THE_TIN, response, "boundary") or 5) <= 3


# --- 24. "I keep it separate" is a clear no; "stays just yours" a reason about them -----------


@pytest.mark.parametrize(
    "response",
    [
        "I'm glad you feel connected enough to look. I keep my online life separate from my work, "
        "so that this stays entirely yours. Can we talk about how that lands?",
        "That's kind. I keep my accounts apart from my work, so this relationship stays just "
        "about you. I'd like to hear what it was like to find me.",
    ],
)
def test_keeping_it_separate_is_a_clear_no(response: str) -> None:
    moment = drill("I found you on Instagram! Can I follow you?")
    found = result_at(moment, response, "boundary")
    assert found.applicable
    assert (found.score or 0) >= 4
    assert "leaves the door open" not in found.rationale


def test_keeping_it_for_later_is_no_clear_no() -> None:
    moment = drill("I found you on Instagram! Can I follow you?")
    response = "Maybe once we've finished working together you could follow me."
    assert (score_at(moment, response, "boundary") or 5) <= 2


# --- 26. the hour let run on -------------------------------------------------------------------


OVER_TIME = at("session-overrun", "over-time")


@pytest.mark.parametrize(
    "response",
    [
        "no no, we can stay on a bit longer, this matters more",
        "Oh, don't worry about the next person. Let's keep going.",
    ],
)
def test_the_hour_let_run_on_is_a_yes(response: str) -> None:
    assert (score_at(OVER_TIME, response, "boundary") or 5) <= 2


def test_stopping_and_carrying_on_next_week_holds() -> None:
    response = (
        "You haven't kept me. We do need to stop now, and let's carry on next week right where we "
        "left off. Before you go, are you safe at home tonight?"
    )
    assert (score_at(OVER_TIME, response, "boundary") or 0) >= 3


# --- 29. a yes hedged as harmless --------------------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "I guess one text wouldn't do any harm, if it's urgent.",
        "Normally it's the office, but I reckon a quick message now and then couldn't hurt.",
    ],
)
def test_a_yes_hedged_as_harmless_is_too_loose(response: str) -> None:
    assert (score_at(WHATSAPP, response, "boundary") or 5) <= 2


def test_supposing_what_they_want_before_a_no_holds() -> None:
    response = (
        "I suppose you'd like the quickest way to reach me. I won't use my own phone, but the "
        "office text line comes straight to me, so nothing gets lost."
    )
    assert (score_at(WHATSAPP, response, "boundary") or 0) >= 3
