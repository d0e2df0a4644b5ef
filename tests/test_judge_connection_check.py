"""A check on the video or the line is not talk about the two of them.

"Of course, wherever works for you! Can you hear me okay?" and "Can you still hear me? The
connection's been patchy" ask about the connection; the judge had read the question as inviting
the client's view of the relationship (immediacy 3). Fresh examples written for this file, none
a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

ON_THE_TRAIN = "Hi! Sorry, I'm on the train, it's a bit noisy. Is that alright?"


@pytest.mark.parametrize(
    "response",
    [
        "No problem at all. Can you see me alright?",
        "Hi! Can you still hear me? The signal's been really patchy this morning.",
    ],
)
def test_a_connection_check_is_not_immediacy(response: str) -> None:
    verdict = _score(RB, ON_THE_TRAIN, response, "contracting", "immediacy")
    assert not verdict.applicable


def test_a_question_about_them_beside_it_still_is() -> None:
    verdict = _score(
        RB,
        ON_THE_TRAIN,
        "Can you hear me okay? I'm noticing I feel a bit far away from you today, with the noise "
        "between us. What's it like for you, talking to me from there?",
        "contracting",
        "immediacy",
    )
    assert verdict.applicable
