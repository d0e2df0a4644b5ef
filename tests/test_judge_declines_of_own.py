"""A decline that names what it keeps back is no disclosure: "I'll keep who's at home to myself",
"I'll hold off on what I'd do", "my family isn't yours, and I don't want mine shaping this", "I'm
going to stop my story there, because how it went for me can't tell us how it goes for you".
Each had been read as the trainee's own life told ("You disclosed: ..."), a verdict no supervisor
would sign on a decline (Hill & Knox 2002; the rubric's declining, warm and brief with a reason
about the client's care). Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score

ASKED = "Do you have kids yourself? What would you do if it was your son?"


@pytest.mark.parametrize(
    "response",
    [
        "I'm going to keep who's at home to myself, so the hour stays yours. What's hardest now?",
        "I'll hold off on what I'd do. What are you leaning towards?",
        "My family isn't yours, and I don't want mine shaping your decision. What does he need?",
        "I'm going to stop my story there, because how it went for me can't tell us how it goes "
        "for you. What are you most afraid of?",
        "What I'd do with my own family wouldn't tell you much about yours. What do you think?",
    ],
)
def test_a_decline_naming_what_it_keeps_back_discloses_nothing(response: str) -> None:
    assert not _score(DI, ASKED, response, "declining", "self_disclosure").applicable
    assert _score(DI, ASKED, response, "declining", "declining").applicable


def test_near_miss_what_the_trainee_keeps_for_themselves_is_still_told() -> None:
    client = "I can't sleep unless I write it all down first."
    verdict = _score(
        DI, client, "I keep a journal just for myself too. It helps me.", None, "self_disclosure"
    )
    assert verdict.applicable


def test_a_phrase_that_caught_the_trainees_ear_tells_no_life() -> None:
    client = "He said I'd got it all figured out. As if."
    response = "'Got it all figured out' really caught my ear. What did you make of it?"
    assert not _score(DI, client, response, None, "self_disclosure").applicable
