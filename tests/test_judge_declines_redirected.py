"""A personal question turned back, or named as about the trainee, is declining (the rubric's
applies_when: "not answering, deferring, redirecting, or saying it will not be shared"). A
supervisor reviewing the judge's feedback found these told "You did not decline their question
(you answered it, or stepped past it)": "keep mine out of this", "that's a question about me",
a question about what wondering means to them, the question handed over to a sister, a cold "why,
does my X bother you?". Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score

ABOUT_HOME = "Do you live round here? Have you got a family of your own?"
WHAT_WOULD_YOU_DO = "If you were me, would you take the job in Leeds? Just say what you'd do."


@pytest.mark.parametrize(
    "response",
    [
        "I'll keep mine out of it for now, though I'm glad you asked. What's on your mind?",
        "That's a question about me, and we're here to talk about you.",
        "What's it like for you, wondering whether I've got a family?",
        "I notice you're asking about my family right as we near the end. I wonder what that's "
        "about for you?",
    ],
)
def test_a_question_about_the_trainee_turned_back_is_a_decline(response: str) -> None:
    assert _score(DI, ABOUT_HOME, response, "declining", "declining").applicable


@pytest.mark.parametrize(
    "response",
    [
        "What would you tell a friend, if she were weighing up Leeds?",
        "What would you say to your brother if it were him?",
    ],
)
def test_what_would_you_do_handed_to_someone_else_is_a_redirect(response: str) -> None:
    verdict = _score(DI, WHAT_WOULD_YOU_DO, response, "declining", "declining")
    assert verdict.applicable
    # turned aside with no word that it will not be answered and no reason: the middle at best
    assert verdict.score <= 3


def test_a_cold_why_back_declines_badly() -> None:
    client = "Where did you grow up? You've got an accent I can't place."
    verdict = _score(DI, client, "Why, is my accent a problem?", "declining", "declining")
    assert verdict.applicable
    assert verdict.score <= 3
    assert "turns the question aside" in verdict.rationale


def test_near_miss_an_answer_is_not_a_decline() -> None:
    verdict = _score(
        DI, ABOUT_HOME, "I do live nearby, yes. What made you wonder?", "declining", "declining"
    )
    assert not verdict.applicable
