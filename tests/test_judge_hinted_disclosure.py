"""A life hinted at ("Let's just say I know a bit about waiting", "let's just say you won't have
to explain as much as you think") is a disclosure, however veiled: neither told plainly nor
declined, it leaves the client guessing about the trainee, so it is bounded at 3 and the Try line
asks for one or the other. Fresh examples written for this file, none a line of any labelled
set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "Have you ever been in debt? Properly, I mean.",
            "Let's just say I know what a red letter feels like. What's it like for you?",
        ),
        (
            "Are you religious at all?",
            "Let's just say you won't have to explain church to me. What's it like for you?",
        ),
        (
            "Do you live on your own?",
            "Let's just say there's no one at home waiting. And you, how is it for you?",
        ),
    ],
)
def test_a_life_hinted_at_is_a_disclosure_bounded_at_three(client: str, response: str) -> None:
    verdict = _score(DI, client, response, "self_disclosure", "self_disclosure")
    assert verdict.applicable and verdict.score <= 3
    assert "hints at your life" in verdict.rationale
    assert verdict.suggestion and "plainly" in verdict.suggestion


def test_near_miss_lets_just_say_about_the_client_hints_at_nothing() -> None:
    client = "I had a week, honestly."
    response = "Let's just say it sounds like a lot landed on you. What was the worst of it?"
    assert not _score(DI, client, response, None, "self_disclosure").applicable
