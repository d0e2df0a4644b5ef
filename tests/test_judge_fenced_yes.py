"""A yes fenced round ("Okay, but only for real emergencies, yeah? I'll write it on the back of
your card") is a grant of the number: boundary 1 (F's ruling: a reply that in effect gives the
thing asked for, however hedged). A supervisor reviewing the judge's feedback found one scored 4,
"Well held". A reply that leans on the service's rule is told so. Fresh examples written for this
file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

ASKS_NUMBER = "The nights are the worst. Can I just have your own number? For nights like that."


@pytest.mark.parametrize(
    "response",
    [
        "Alright, but only for proper emergencies. I'll write it on the back of your appointment "
        "card.",
        "Okay, but just if it's really bad, yeah?",
    ],
)
def test_a_fenced_yes_is_a_grant(response: str) -> None:
    verdict = _score(RB, ASKS_NUMBER, response, "boundary", "boundary")
    assert verdict.applicable
    assert verdict.score == 1


def test_the_services_rule_leant_on_is_named() -> None:
    verdict = _score(
        RB,
        ASKS_NUMBER,
        "We can't give personal numbers out. It's the clinic's policy.",
        "boundary",
        "boundary",
    )
    assert verdict.applicable
    assert "leans on rules" in verdict.rationale


def test_near_miss_a_clear_no_with_an_alternative_is_no_grant() -> None:
    verdict = _score(
        RB,
        ASKS_NUMBER,
        "I won't give you my own number, because then your nights would rest on my phone. The "
        "crisis line is there all night; shall we put it in your phone together now?",
        "boundary",
        "boundary",
    )
    assert verdict.applicable
    assert verdict.score >= 3
