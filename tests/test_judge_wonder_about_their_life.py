"""Wondering about the client's life ("I wonder why...") is a question about content, not immediacy.

Immediacy is talk about the relationship now (Hill 2020); "I wonder why you stopped seeing your
last counsellor" or "I wonder what the office was like back then" opens like "I wonder what's
happening between us", but asks about the client's life. The judge had credited such lines as
relationship talk at moments that invite immediacy (the judge issue's "I wonder what it's like
when your brother texts"). Fresh examples written for this file, none a line of any labelled set.
"""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score

AM_I_TOO_MUCH = "Sorry, I've gone on and on. Am I too much for you?"


@pytest.mark.parametrize(
    "response",
    [
        "I wonder why you stopped seeing your last counsellor.",
        "I wonder what the office was like back when you started there.",
        "Hm. I wonder where you went after the move?",
    ],
)
def test_wondering_about_their_life_is_not_immediacy(response: str) -> None:
    verdict = _score(DI, AM_I_TOO_MUCH, response, "immediacy", "immediacy")
    assert not verdict.applicable


@pytest.mark.parametrize(
    "response",
    [
        "I wonder what it would mean if I said yes, you were too much?",
        "I'm wondering what it's like to ask me that right now.",
    ],
)
def test_near_miss_wondering_about_the_two_of_you_is_immediacy(response: str) -> None:
    verdict = _score(DI, AM_I_TOO_MUCH, response, "immediacy", "immediacy")
    assert verdict.applicable
