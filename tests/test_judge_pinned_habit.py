"""A habit of the client's with the trainee, or in the room, pinned on them as fact ("I notice you
always...", "...whenever we get near it", "you do seem to need a lot from me") is relationship
talk stated as fact: the rubric's own level-2 example of immediacy ("I notice you shut down
whenever you feel criticised"), at any moment, and the "I notice" makes it no more tentative. A
supervisor reviewing the judge's feedback found such lines praised as "tentative" or passed over
with "held back, so that fits". Fresh examples written for this file, none a line of any labelled
set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score


@pytest.mark.parametrize(
    ("client", "response", "invites"),
    [
        (
            "I don't know. Whatever you think.",
            "I notice you go along with me whenever I suggest something, Dee.",
            "immediacy",
        ),
        (
            "Sorry, sorry, I'm rambling again.",
            "I've noticed you always say sorry when you take a bit of time in here.",
            "immediacy",
        ),
        (
            "Is it me or is this chair even more uncomfortable than last week?",
            "You do tend to start with the room when something's on your mind with me.",
            "restraint",
        ),
        (
            "Anyway. That's the week, really.",
            "You do seem to want a lot of approval from me.",
            None,
        ),
    ],
)
def test_a_habit_pinned_on_the_client_is_immediacy_stated_as_fact(
    client: str, response: str, invites: str | None
) -> None:
    verdict = _score(DI, client, response, invites, "immediacy")
    assert verdict.applicable
    assert verdict.score == 2
    assert "pins a habit on them" in verdict.rationale
    assert "it is tentative" not in verdict.rationale


def test_near_miss_something_noticed_now_and_wondered_about_is_not_pinned() -> None:
    verdict = _score(
        DI,
        "Sorry, sorry, I'm rambling again.",
        "I notice you said sorry just then. I wonder what it's like to take up time with me?",
        "immediacy",
        "immediacy",
    )
    assert verdict.applicable
    assert verdict.score >= 4
    assert "pins a habit" not in verdict.rationale
