"""Contracting, rupture repair and boundary: the answers that misstate the frame, deepen a strain
or refuse coldly are read as the skill done badly, not as "not used" or as a grant.

Fresh examples written for this test (Safran & Muran; Eubanks' 3RS; the rubric's level
descriptors); none is a corpus line or a shipped exemplar.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.domain.session import Evaluation
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric


def score(evaluation: Evaluation, criterion: str) -> int | None:
    result = evaluation.criteria[criterion]
    return result.score if result.applicable else None


CONFIDENTIAL = Moment(
    client_line="Before I say anything: who gets to know what I tell you in here?",
    invites="contracting",
)
FEES = Moment(
    client_line="Can we talk about the fee? I don't think I can keep paying weekly.",
    invites="contracting",
)


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (CONFIDENTIAL, "No one, ever. You have my word on that."),
        (CONFIDENTIAL, "Honestly nobody will ever find out, I promise."),
        (FEES, "Oh, don't worry about paying for now, we'll sort it some other time."),
        (FEES, "Cash is fine, just between us, no need to tell the office."),
    ],
)
def test_terms_stated_wrongly_are_contracting_done_badly(moment: Moment, response: str) -> None:
    level = score(score_response(RB, moment, response), "contracting")
    assert level is not None and level <= 2


def test_honest_terms_score_above_a_promise_of_total_secrecy() -> None:
    honest = score_response(
        RB,
        CONFIDENTIAL,
        "What you say stays with me and my supervisor, who helps me do this well. The one "
        "exception is if I thought you or someone else was at serious risk; then I'd talk to "
        "you first. How does that sit with you?",
    )
    secret = score_response(RB, CONFIDENTIAL, "No one, ever. You have my word on that.")
    assert score(honest, "contracting") > score(secret, "contracting")


STRAIN = Moment(
    client_line="Honestly, these exercises are pointless. You're not listening to me.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "You're being quite negative about everything today.",
        "It would help if you gave the homework a proper try.",
        "The exercises are the method, so let's push through.",
        "If you leave now you'll be charged for the hour anyway.",
    ],
)
def test_responses_that_deepen_a_rupture_are_repair_done_badly(response: str) -> None:
    level = score(score_response(RB, STRAIN, response), "rupture_repair")
    assert level is not None and level <= 2


def test_a_repair_scores_above_blaming_the_client() -> None:
    repair = score_response(
        RB,
        STRAIN,
        "You're right to say it. I think I kept pushing the exercises when you needed me to "
        "listen. What has it been like, feeling unheard by me?",
    )
    blame = score_response(RB, STRAIN, "You're being quite negative about everything today.")
    assert score(repair, "rupture_repair") > score(blame, "rupture_repair")


LIFT = Moment(
    client_line="Any chance you could drop me home after? It's on your way, isn't it?",
    invites="boundary",
)


def test_a_cold_refusal_never_scores_like_a_grant() -> None:
    cold = score_response(RB, LIFT, "No. Against the rules.")
    grant = score_response(RB, LIFT, "Sure, hop in, I'm going that way anyway.")
    cold_level, grant_level = score(cold, "boundary"), score(grant, "boundary")
    assert cold_level is not None and cold_level >= 2
    assert grant_level is not None and grant_level < cold_level


PHONE = Moment(client_line="Could I have your mobile, for the bad nights?", invites="boundary")


@pytest.mark.parametrize(
    "response",
    [
        "Sorry, I'm not able to give out my number. The crisis line is there at night.",
        "We won't be texting once we finish either; I'd rather you had a service that's "
        "always there. Who else could you call?",
        "I'd love to say yes, but I'm not going to give you my mobile.",
    ],
)
def test_refusals_that_name_the_request_are_not_grants(response: str) -> None:
    evaluation = score_response(RB, PHONE, response)
    level = score(evaluation, "boundary")
    assert level is not None and level >= 2
    assert "boundary_crossed" not in evaluation.moves
    assert not evaluation.criteria["self_disclosure"].applicable


PARTY = Moment(
    client_line="It's my graduation party on Saturday. Would you come? Even for ten minutes?",
    invites="boundary",
)


@pytest.mark.parametrize(
    "response",
    [
        "I'll see if I can make it, no promises!",
        "Maybe I could drop by for the speeches?",
        "I'd better not... but okay, ten minutes.",
        "I'll try to come along if I'm free.",
    ],
)
def test_tentative_yeses_are_grants(response: str) -> None:
    evaluation = score_response(RB, PARTY, response)
    assert score(evaluation, "boundary") == 1


def test_a_no_with_an_alternative_is_not_a_tentative_yes() -> None:
    evaluation = score_response(
        RB,
        PARTY,
        "I won't come to the party, but maybe we could spend some of next session on what "
        "graduating means to you?",
    )
    level = score(evaluation, "boundary")
    assert level is not None and level >= 3
