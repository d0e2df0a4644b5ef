"""The trainee's manner about the rules is not a term, and talk about it does not answer the terms.

Asked "Am I going to get charged every time my rota changes?", "I'm sorry, I think I came across
a bit rigid about the rules just now. How did that land for you?" sets out no term ("rules" had
been quoted as one, contracting 3) and, at a moment that asked about the terms, turns to the
relationship instead of answering: the rubric's dodges_question (it had scored immediacy 4).
Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

CHARGED = "If my shifts change the night before and I cancel, do I still get charged the full fee?"
MANNER = (
    "Sorry, I think I came across quite strict about cancellations just now. How did that land?"
)


def test_the_trainees_manner_is_not_a_term() -> None:
    verdict = _score(RB, CHARGED, MANNER, "boundary", "contracting")
    assert "You set out the terms" not in verdict.rationale


def test_talk_about_the_manner_in_place_of_the_terms_is_a_dodge() -> None:
    verdict = _score(RB, CHARGED, MANNER, "boundary", "immediacy")
    assert verdict.applicable and verdict.score <= 3
    assert "instead of answering or declining" in verdict.rationale
