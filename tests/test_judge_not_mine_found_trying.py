"""An honest "no, that isn't my experience" read as a disclosure that serves the helper, found
by the helper rewriting branch lines and in the probe set (fresh examples written for this file):
- "No, not from my own life, but I've worked with a lot of people whose..." at a moment that
  asks whether the trainee "gets it" scored self-disclosure 2 and the client answered "That
  sounds rough. Are you alright?" to a trainee who had said no;
- "I've had lots of training in addiction" was quoted as "something very intimate";
- a bare "No, I don't." to "do you have children?" scored 2, "mostly serves the trainee".
An honest difference is low in intimacy (rubric v2): never below 3 on its own, while a "no"
that goes on to the helper's own raw material keeps its low score.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
SHIFTS = Moment(
    client_line=(
        "Nights were the worst. She'd stop sleeping and just walk the landing. "
        "...You've seen this before, haven't you? In your own family?"
    ),
    invites="self_disclosure",
)
PARENT = Moment(
    client_line="Can I ask... is your mum still alive? Have you been through this?",
    invites="self_disclosure",
)
CHILDREN = Moment(client_line="Have you got kids yourself?", invites="self_disclosure")
DRINKING = Moment(
    client_line="Have you ever had a problem with drink? Be honest.", invites="self_disclosure"
)


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (
            SHIFTS,
            "Not in my own family, no, though I've sat with many carers through nights like "
            "that, and I know how long they can feel.",
        ),
        (PARENT, "No, I haven't been through it myself."),
        (CHILDREN, "Nope, I don't."),
        (DRINKING, "No, I haven't. What made you want to know?"),
    ],
)
def test_an_honest_no_is_a_low_intimacy_disclosure(moment: Moment, response: str) -> None:
    sd = score_response(DI, moment, response).criteria["self_disclosure"]
    assert sd.applicable
    assert (sd.score or 0) >= 3
    assert "very intimate" not in sd.rationale


def test_training_in_a_field_is_not_intimate_material() -> None:
    # The score may be 2: credentials offered to answer a doubt are self-disclosure 2 (ruling O).
    response = "Not personally, no. I've had a good deal of training in addiction, though."
    sd = score_response(DI, DRINKING, response).criteria["self_disclosure"]
    assert "intimate" not in sd.rationale


@pytest.mark.parametrize(
    "response",
    [
        "No, my mum's alive, but my dad died in March and honestly I'm still a wreck about it.",
        "No, I haven't lost a parent, but my brother is using again and I can barely sleep.",
    ],
)
def test_a_no_that_goes_on_to_raw_material_keeps_its_low_score(response: str) -> None:
    sd = score_response(DI, PARENT, response).criteria["self_disclosure"]
    assert sd.applicable
    assert (sd.score or 5) <= 2


def test_an_addiction_of_ones_own_is_still_intimate() -> None:
    response = "Yes. I was addicted to painkillers for years and it nearly killed me."
    sd = score_response(DI, DRINKING, response).criteria["self_disclosure"]
    assert sd.applicable and (sd.score or 5) <= 2
