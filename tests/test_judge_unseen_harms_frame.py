"""Harms the frame rubrics name that the judge scored 3-4 because it had no reading of them, only
the response's words: what the client says put within others' reach and consent pressed after a
no (contracting 1); the no given for the trainee's comfort, as a crime or as a rule, and a yes put
as not minding (boundary); the complaint read as a symptom, the trainee's collapse, the policy
held up (rupture repair); a decline said as what the trainee will not do. Fresh examples, written
for this file; the classes were found on the development sets (bench/data/probe_dev,
bench/data/fresh_edges) and the instructors' exemplars, not on the holdout. The relationship
harms are in test_judge_unseen_harms_relationship.py."""

from __future__ import annotations

import pytest

from judge_at_moment import DI, RB
from judge_at_moment import criterion_at as _score
from roleplay.offline.answer import answer_to_request
from roleplay.offline.text import split_sentences

# --- contracting: what the client says put within others' reach -------------------------------

CONFIDENTIALITY_RISKED = [
    (
        "My mum keeps asking what we talk about in here. She says she's paying so she should know.",
        "That's tricky. I could have a quick chat with your mum and fill her in, if that helps?",
    ),
    (
        "What happens to the recordings after?",
        "Oh they just sit on my personal laptop, I'll delete them when I get round to it.",
    ),
    (
        "Work sent me here. Will my manager find out what I say?",
        "Don't worry about it. If it helps I could always give your manager a quick ring.",
    ),
    (
        "Work set this up. Does my line manager get a report?",
        "She gets a brief update each month, so just be careful what you say about the team.",
    ),
    (
        "Is any of this going back to my employer?",
        "Only a summary. Don't tell me anything you wouldn't want them to read.",
    ),
]


@pytest.mark.parametrize(("client", "response"), CONFIDENTIALITY_RISKED)
def test_confidentiality_put_at_risk_is_contracting_at_its_lowest(
    client: str, response: str
) -> None:
    verdict = _score(RB, client, response, "contracting", "contracting")
    assert verdict.applicable
    assert verdict.score == 1
    assert "within reach of other people" in verdict.rationale


CONFIDENTIALITY_KEPT = [
    (
        "My mum keeps asking what we talk about in here. She says she's paying so she should know.",
        "What you say here stays between us, and I won't be talking to your mum about it. The one "
        "exception is if I were worried about your safety, and I'd tell you first. How is it when "
        "she asks?",
    ),
    (
        "What happens to the recordings after?",
        "They're stored on the clinic's encrypted system, only my supervisor and I hear them, and "
        "they're deleted once she has reviewed them. You can say no at any point. How does that "
        "sound?",
    ),
]


@pytest.mark.parametrize(("client", "response"), CONFIDENTIALITY_KEPT)
def test_confidentiality_kept_is_not_read_as_put_at_risk(client: str, response: str) -> None:
    verdict = _score(RB, client, response, "contracting", "contracting")
    assert verdict.applicable
    assert verdict.score >= 3
    assert "within reach of other people" not in verdict.rationale


def test_a_recording_pressed_on_after_a_no_is_consent_pressured() -> None:
    verdict = _score(
        RB,
        "Actually, I don't want this recorded. Can you switch it off?",
        "Can we keep it running until the break and then see?",
        "contracting",
        "contracting",
    )
    assert verdict.applicable and verdict.score == 1
    assert "presses for consent" in verdict.rationale


# --- rupture repair: the complaint read as a symptom ------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "Telling that it's the clipboard you've latched onto, isn't it?",
        "Often when people feel exposed, they find something in the room to be angry at.",
    ],
)
def test_the_complaint_read_as_a_symptom_defends_the_trainee(response: str) -> None:
    verdict = _score(
        RB,
        "Do you have to write down every word? It makes me feel like a lab rat.",
        response,
        "rupture_repair",
        "rupture_repair",
    )
    assert verdict.applicable and verdict.score <= 2


# --- boundary: a hedged yes with the condition first --------------------------------------------


def test_a_quick_message_that_wouldnt_hurt_is_a_hedged_grant() -> None:
    sentences = split_sentences(
        "The office number is the proper route, but one quick text can't hurt, I suppose."
    )
    assert answer_to_request(sentences).kind == "hedged_grant"


# --- boundary: the no given for the trainee, as a crime, or as a rule; the yes as not minding ----

BOUNDARY_LOW = [
    (
        "Could you knock a tenner off if I pay cash? Nobody needs to know.",
        "Absolutely not. That's fraud, and I'd be struck off for it.",
    ),
    (
        "I've just had the results. Can I have a hug? Please?",
        "Sorry, I'm just not a huggy person. It's really awful news though.",
    ),
    ("I sent you a friend request, hope that's okay?", "ha, sure, i don't mind really."),
]


@pytest.mark.parametrize(("client", "response"), BOUNDARY_LOW)
def test_these_answers_to_a_request_are_boundary_done_badly(client: str, response: str) -> None:
    verdict = _score(RB, client, response, "boundary", "boundary")
    assert verdict.applicable
    assert verdict.score <= 2


def test_not_minding_their_asking_is_not_a_yes() -> None:
    verdict = _score(
        RB,
        "I sent you a friend request, hope that's okay?",
        "I don't mind you asking, and I'm glad you feel we've got somewhere. I won't accept it, "
        "because I want this room to stay yours. What made you want to connect there?",
        "boundary",
        "boundary",
    )
    assert verdict.applicable and verdict.score >= 4


def test_a_rule_given_as_what_the_work_does_not_do_is_read_as_leaning_on_rules() -> None:
    verdict = _score(
        RB,
        "I've just had the results. Can I have a hug? Please?",
        "I'm so sorry, but touching clients is not something we do here.",
        "boundary",
        "boundary",
    )
    assert verdict.applicable
    assert "leans on rules" in verdict.rationale or "the rule gives the answer" in verdict.rationale


# --- rupture repair: the trainee's collapse, the guidelines held up ---------------------------


@pytest.mark.parametrize(
    "response",
    [
        "Oh no, please don't be cross, I'm new to this and I'm clearly getting everything wrong.",
        "I'm sorry, but the policy is very clear on this, so there's nothing I can change.",
    ],
)
def test_collapse_or_the_policy_held_up_is_not_repair(response: str) -> None:
    verdict = _score(
        RB,
        "You said you'd ring me back on Tuesday and you never did. I waited all day.",
        response,
        "rupture_repair",
        "rupture_repair",
    )
    assert verdict.applicable and verdict.score <= 2


# --- declining: the no said as what the trainee will not do ---------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "I'm not going to give you my own rules for it; you know your family better than I do. "
        "What would feel right to you?",
        "I won't go into my own divorce, but I'm right here. What's the hardest part today?",
    ],
)
def test_saying_what_one_will_not_share_is_a_decline(response: str) -> None:
    verdict = _score(
        DI,
        "What did you do when your marriage ended? Just tell me what worked for you.",
        response,
        "declining",
        "declining",
    )
    assert verdict.applicable
    assert verdict.score >= 3


def test_a_contracting_harm_is_not_credited_with_setting_out_the_terms() -> None:
    # the opener names the act ("You set out the terms: ..."); "What worked" repeated it, even
    # before a confidentiality put at risk (found trying the headless score command)
    verdict = _score(
        RB,
        "Work sent me here. Will my manager find out what I say?",
        "Don't worry about it. If it helps I could always give your manager a quick ring.",
        "contracting",
        "contracting",
    )
    assert verdict.rationale.startswith("You set out the terms")
    assert "What worked: you set out the terms" not in verdict.rationale
