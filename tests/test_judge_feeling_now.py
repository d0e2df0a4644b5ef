"""The trainee's own feeling now, said as the client speaks, is immediacy (rubric v2: "sharing the
trainee's immediate feeling or reaction toward the client in the session ('I felt sad just now
when you laughed')", Hill & Knox 2009; Hill et al. 2014), however the sentence opens. Empathy
about the client's life elsewhere is not. Fresh examples written for this file, none a line of
any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score
from roleplay.offline.here_now import here_now, is_feeling_now
from roleplay.offline.text import split_sentences

CLIENT = (
    "And then he said, 'You were always the difficult one.' At the funeral. In front of them all."
)


@pytest.mark.parametrize(
    "response",
    [
        "I feel so sad hearing you say that. What was it like, standing there?",
        "I'm really moved that you'd bring this here. How is it, telling me?",
        "I notice I'm tearing up a little, listening to you. What's happening for you right now?",
        "i feel kinda choked up hearing that tbh. how r u doing with it?",
    ],
)
def test_a_feeling_said_now_is_immediacy_and_named_as_shared(response: str) -> None:
    first = split_sentences(response)[0]
    words = here_now(first)
    assert words and is_feeling_now(words)
    verdict = _score(DI, CLIENT, response, "immediacy", "immediacy")
    assert verdict.applicable


@pytest.mark.parametrize(
    "response",
    [
        "I'm so sad that your brother said that to you.",
        "I'm worried that you're not sleeping.",
        "I'm sad to hear how that went.",
        "I was scared of my own dad for years.",
    ],
)
def test_feeling_about_their_life_or_ones_own_is_not_the_feeling_now(response: str) -> None:
    assert here_now(split_sentences(response)[0]) is None
