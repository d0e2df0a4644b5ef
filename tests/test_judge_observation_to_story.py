"""An observation of the client followed only by a question about their life elsewhere ("I notice
you said 'home' very softly. What does that word mean to you?", "I notice you keep checking your
phone. Is someone waiting for you after this?") says nothing about the two of them: not
immediacy, and no answer to a remark about the trainee. A habit named ("you always apologise")
is a label, immediacy done badly, and stays in play; so does asking about now. Fresh examples
written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "Dad keeps saying the house isn't home any more.",
            "I notice you said 'home' very softly. What does that word mean to you?",
        ),
        (
            "Sorry, I've gone over again. You've probably got people waiting after me.",
            "I notice you keep checking your phone. Is someone waiting for you after this?",
        ),
        (
            "It was just a normal Tuesday, really.",
            "I notice you said 'normal'. Where does that come from?",
        ),
    ],
)
def test_an_observation_turned_to_their_story_is_not_immediacy(client: str, response: str) -> None:
    assert not _score(DI, client, response, "immediacy", "immediacy").applicable


@pytest.mark.parametrize(
    "response",
    [
        "I notice you always apologise when you cry. Where does that come from?",
        "I notice you've gone quiet. What's happening for you right now, here with me?",
    ],
)
def test_near_miss_a_habit_named_or_a_question_about_now_stays_in_play(response: str) -> None:
    client = "Sorry. Sorry. I don't know why I'm crying about a kettle."
    assert _score(DI, client, response, "immediacy", "immediacy").applicable
