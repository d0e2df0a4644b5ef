"""A direct question about the trainee answered only by handing it back is a dodge.

"Why do you even do this job?" met with nothing but "What's it like for you to ask me that?"
neither answers nor declines: the rubric's dodges_question check, at most 3 in immediacy (the
corpus ruling puts the plain dodge at 2). The judge had read such a question back as relationship
talk "Well judged" (4), because the hand-back was only recognised after a question about the
relationship itself. Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score

WHY_THIS_JOB = "Be honest. Why would anyone want to do this job? What do you get out of it?"
MARRIED = "Are you married? You don't wear a ring."


@pytest.mark.parametrize(
    "client, response",
    [
        (WHY_THIS_JOB, "What's it like for you, asking me that?"),
        (MARRIED, "What was it like to ask me that just now?"),
        (WHY_THIS_JOB, "And what's in it for you, coming here each week?"),
    ],
)
def test_a_question_handed_back_and_nothing_else_is_a_dodge(client: str, response: str) -> None:
    verdict = _score(DI, client, response, "immediacy", "immediacy")
    assert verdict.applicable and verdict.score <= 3
    assert "answers their question with a question" in verdict.rationale
    assert "Well judged" not in (verdict.suggestion or "")


def test_an_answer_before_the_question_back_is_no_dodge() -> None:
    verdict = _score(
        DI,
        WHY_THIS_JOB,
        "Fair question. I do it because I find this work meaningful. What's it like for you, "
        "asking me that?",
        "immediacy",
        "immediacy",
    )
    assert "answers their question with a question" not in verdict.rationale
