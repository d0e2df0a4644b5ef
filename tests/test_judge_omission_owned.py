"""An omission owned from the client's side ("you should have heard that from me first", "you
deserved to know sooner") takes the trainee's share of the strain, as "I should have told you"
does: at are-you-a-student's opening, a reply close to the instructor's strong exemplar was told
rupture repair was "not used". The blaming form ("so you should have known") stays a defence.
Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

CLIENT = "Hold on. The sign says trainee. Are you still training? Nobody mentioned that."


@pytest.mark.parametrize(
    "response",
    [
        "I am, in my final year, and you should have heard that from me at the start. I'm sorry. "
        "What's it like to find out this way?",
        "Yes, and you deserved to know that sooner. How is it, hearing it now?",
    ],
)
def test_an_omission_owned_from_the_clients_side_is_repair(response: str) -> None:
    verdict = _score(RB, CLIENT, response, "contracting", "rupture_repair")
    assert verdict.applicable and verdict.score >= 3
    assert "you took your share" in verdict.rationale


def test_near_miss_you_should_have_known_as_blame_takes_no_share() -> None:
    response = "It was in the leaflet we sent, so you should have known from the start."
    verdict = _score(RB, CLIENT, response, "contracting", "rupture_repair")
    assert "you took your share" not in verdict.rationale
