"""Contracting: consent pressed for or played down, and terms put to the client to agree (issue
13's contracting items: recording consent, trainee status and supervision, between-session
contact), on fresh examples written for this file."""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.criteria import build_context
from roleplay.offline.scorer import score_response
from roleplay.offline.text import split_sentences

RB = load_library().rubric("relationship-boundaries").rubric
RECORDING = Moment(
    client_line="Do we have to record it? I'm not sure I want my voice on a file somewhere.",
    invites="contracting",
)

# An opening line that asks about no term of the work.
OPENING = Moment(client_line="It's been a strange week. I don't really know where to start.")


def _contracting(moment: Moment, response: str):
    return build_context(moment, split_sentences(response)).reading("contracting")


@pytest.mark.parametrize(
    "response",
    [
        "It's really important for my course, so could we keep it on for now?",
        "You already agreed at intake, so it's fine. It's only for training purposes.",
        "Honestly, nobody ever listens to them. Let's just start.",
    ],
)
def test_consent_pressed_for_or_played_down_is_contracting_one(response: str) -> None:
    # consent must be free, informed and revocable: pressing for it misleads about the frame
    assert _contracting(RECORDING, response).has("pressures_consent")
    assert score_response(RB, RECORDING, response).criteria["contracting"].score == 1


@pytest.mark.parametrize(
    "response",
    [
        "It's your choice. My supervisor and I listen to it, then it's deleted. You can say no now "
        "or later and nothing changes. How does that sit with you?",
        "The recording is only heard by my supervisor and me, and you can stop it any time. "
        "Which would you prefer, today?",
    ],
)
def test_terms_put_to_the_client_to_agree_are_checked(response: str) -> None:
    reading = _contracting(RECORDING, response)
    assert reading.has("checks_consent") and not reading.has("no_check")


@pytest.mark.parametrize(
    "response",
    [
        "Just so you know, if you cancel again without notice you'll be charged the full fee.",
        "if u miss 2 more we'll have to close ur case tbh",
    ],
)
def test_terms_held_over_the_client_as_a_threat_coerce(response: str) -> None:
    # rubric contracting level 1: "imposes terms in a way that shames or coerces"; a term stated
    # outright puts contracting in play at any moment, not only when the terms were asked about
    moment = Moment(
        client_line="Sorry about last week. I just couldn't face it.", invites="rupture_repair"
    )
    reading = _contracting(moment, response)
    assert reading.present and reading.has("coerces")
    assert score_response(RB, moment, response).criteria["contracting"].score == 1


def test_refusing_a_loose_term_is_not_loosening_it() -> None:
    moment = Moment(
        client_line="Could I just pay you cash? Off the books, like.", invites="boundary"
    )
    response = "I won't take cash off the books, but we can look at the sliding scale together."
    assert not _contracting(moment, response).has("loose_terms")


@pytest.mark.parametrize(
    "response",
    [
        "I'll be recording today's session for my placement.",
        "My tutor group listens to the recordings, but it's all anonymised, so it's fine.",
    ],
)
def test_recording_told_as_settled_or_waved_away_takes_consent_for_granted(response) -> None:
    reading = _contracting(RECORDING, response)
    assert reading.has("pressures_consent")
    assert score_response(RB, RECORDING, response).criteria["contracting"].score == 1


def test_recording_told_and_then_put_to_the_client_is_not_pressed() -> None:
    response = "I'll be recording today for my placement, and you can say no now or later."
    assert not _contracting(RECORDING, response).has("pressures_consent")


def test_a_loose_term_that_carries_its_own_negation_is_still_loose() -> None:
    # "won't charge" loosens the frame; the "won't" is the loose term's, not a refusal of it
    moment = Moment(
        client_line="I might not make Thursdays now, with the new shifts.", invites="contracting"
    )
    response = "No need to worry, I won't charge you for missed ones, just turn up when you can."
    assert _contracting(moment, response).has("loose_terms")
    assert score_response(RB, moment, response).criteria["contracting"].score == 1


@pytest.mark.parametrize(
    "response",
    [
        "If we run into each other at the shops, you lead: a wave, or nothing at all.",
        "We've gone over, and that's mine to hold. Can we pick this up first thing next week?",
        "The forty-eight hours is so the slot can go to someone else, not to catch you out.",
        "Would it help to book an extra session before the hearing?",
        "What you tell me here is confidential, with one or two limits I'll go through.",
        "Best to email the clinic inbox; I check it every morning.",
    ],
)
def test_a_term_stated_outright_puts_contracting_in_play_at_any_moment(response: str) -> None:
    # the corpus labels these contracting wherever they fall: a term of the work is stated
    assert _contracting(OPENING, response).present


@pytest.mark.parametrize(
    "response",
    [
        "You lead a busy life, it sounds like.",
        "We've gone over this a few times now, and it still hurts.",
    ],
)
def test_look_alikes_of_terms_are_not_terms(response: str) -> None:
    assert not _contracting(OPENING, response).present


def test_contact_between_sessions_on_the_trainees_own_line_loosens_the_frame() -> None:
    # found by the scenario author at how-was-today: read as contracting 3 before
    moment = Moment(client_line="Same time next week?", invites="contracting")
    response = "Yes, same time. And text me if anything comes up before then."
    assert _contracting(moment, response).has("loose_terms")


@pytest.mark.parametrize(
    "response",
    [
        "Good question. Can I walk you through who hears what?",
        "Fair to ask. Want me to explain who sees what you tell me?",
    ],
)
def test_confidentiality_in_plain_words_is_a_term(response: str) -> None:
    # "who hears what" names the confidentiality term without the word (BACP's contracting
    # guidance: who is told what, and when)
    moment = Moment(client_line="Does my dad get told any of this? He pays.", invites="contracting")
    assert _contracting(moment, response).present


FEE_RISE = Moment(
    client_line="The letter says the fee's going up in May. Does that mean me too?",
    invites="contracting",
)
PLACEMENT_END = Moment(
    client_line="What happens when your placement finishes? Do I just stop?", invites="contracting"
)


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        # a deal kept from the service (rubric level 1: an agreement it cannot keep)
        (FEE_RISE, "Don't worry, I'll keep you on the old price. No need to tell reception."),
        # the work taken private, outside the service
        (PLACEMENT_END, "Oh, I'll probably carry on seeing you privately, it's easier."),
    ],
)
def test_a_term_rewritten_outside_the_service_is_contracting_one(
    moment: Moment, response: str
) -> None:
    # each had scored 2-3 ("the offline judge reads the skill in the reply as a whole")
    assert _contracting(moment, response).has("loose_terms")
    assert score_response(RB, moment, response).criteria["contracting"].score == 1


def test_near_miss_private_work_refused_is_no_loose_term() -> None:
    response = "I can't see you privately, but before I go in July we'll plan together what's next."
    assert not _contracting(PLACEMENT_END, response).has("loose_terms")


def test_the_trainees_own_need_pressed_over_a_no_to_recording_is_pressure() -> None:
    # it had scored 4: the client said no, and the trainee's assessment was laid over it
    moment = Moment(
        client_line="I'd rather not be recorded today, if that's okay.", invites="contracting"
    )
    response = (
        "I'd prefer to keep the recording going, my supervisor needs a tape for my portfolio."
    )
    assert _contracting(moment, response).has("pressures_consent")
    assert score_response(RB, moment, response).criteria["contracting"].score == 1
