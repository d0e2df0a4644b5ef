"""A reply that says the client's strain back to them ("You feel stupid, like everyone knew except
you", "You shouldn't have said anything? Why not?") or names its weight ("It sounds like more than
just a Saturday", "Feels like it's hard to talk today") acknowledges the strain: rupture repair 3
by Q's convention (Safran & Muran 2000: attending to the marker is the first stage), not "Repair
not attempted". It says nothing of the two of them, so it is not immediacy on that ground alone
(Z's labellers). A supervisor reviewing the judge's feedback found four such replies told the
strain was left untouched. Fresh examples written for this file, none a line of any labelled
set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "I'm paying for this, you know. And I feel like an idiot. Everyone knew but me.",
            "You feel like an idiot, like everyone knew but you.",
        ),
        (
            "I got the text on the train. I'd already told work I'd be out. ...It's only one "
            "Tuesday.",
            "It sounds like it was more than just one Tuesday.",
        ),
        (
            "It doesn't matter. I shouldn't have brought it up.",
            "You shouldn't have brought it up? What makes you say that?",
        ),
    ],
)
def test_the_strain_said_back_acknowledges_it(client: str, response: str) -> None:
    verdict = _score(RB, client, response, "rupture_repair", "rupture_repair")
    assert verdict.applicable
    assert verdict.score >= 3
    assert "Repair not attempted" not in verdict.rationale
    assert "you reflected the strain" in verdict.rationale


def test_a_reflection_of_their_story_alone_is_not_immediacy() -> None:
    verdict = _score(
        RB,
        "I'm paying for this, you know. And I feel like an idiot. Everyone knew but me.",
        "You feel like an idiot, like everyone knew but you.",
        "rupture_repair",
        "immediacy",
    )
    assert not verdict.applicable


def test_near_miss_moving_on_is_still_repair_not_attempted() -> None:
    verdict = _score(
        RB,
        "It doesn't matter. I shouldn't have brought it up.",
        "Okay. So how was the rest of your week?",
        "rupture_repair",
        "rupture_repair",
    )
    assert verdict.applicable
    assert verdict.score <= 2
