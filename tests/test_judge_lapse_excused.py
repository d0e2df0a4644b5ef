"""A lapse put down to the trainee's own week is an explanation in place of repair (the rubric's
rupture repair level 2, "explains or defends"), however warmly it is said; owning one's part
beside it is repair. Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

CLIENT = "You said you'd ring the housing officer for me. You didn't, did you?"


@pytest.mark.parametrize(
    "response",
    [
        "Oh gosh, sorry! I've been snowed under with reports all week.",
        "I'm really sorry, it's been a manic week and I just ran out of time.",
    ],
)
def test_the_trainees_busy_week_in_place_of_repair_is_at_most_two(response: str) -> None:
    verdict = _score(RB, CLIENT, response, "rupture_repair", "rupture_repair")
    assert verdict.applicable and verdict.score <= 2


def test_owning_the_lapse_beside_the_reason_is_not_read_as_a_defence() -> None:
    verdict = _score(
        RB,
        CLIENT,
        "You're right, I didn't, and that's on me. It's been a busy week, but I said I would and "
        "I let you down. What was it like, waiting to hear?",
        "rupture_repair",
        "rupture_repair",
    )
    assert verdict.applicable and verdict.score >= 4
