"""Contracting read from what the reply does with the terms, not from a term's word said of
something else: a plea not to cancel ("pls dont cancel!!"), the trainee's own manner owned ("I
launched into rules before I'd said hello", "I was way too rule-y") are not terms set out. And a
plan put to the client as a question ("is that safe with him checking it?", "want to try it for a
couple of months?", "you choose") checks it with them. A supervisor reviewing the judge's feedback
found "You set out the terms: 'pls dont cancel!!'" and "told, not agreed" after each of those
questions. Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

WOBBLE = "Maybe I should just cancel the rest. I don't want to cause you any bother."


@pytest.mark.parametrize(
    "response",
    [
        "Please don't cancel! That's on me, I went straight into the rules last time. What would "
        "make it easier to keep coming?",
        "No bother at all. I was a bit rule-y last week, I think. What's made you think of "
        "stopping?",
    ],
)
def test_a_terms_word_said_of_something_else_sets_out_no_term(response: str) -> None:
    verdict = _score(RB, WOBBLE, response, "contracting", "contracting")
    assert not (verdict.applicable and "You set out the terms" in verdict.rationale)


@pytest.mark.parametrize(
    "response",
    [
        "We could go fortnightly from next month. Want to try it for six weeks and then review?",
        "If the call drops I'll ring your mobile. Is that okay with who's at home?",
        "There are three options, monthly, fortnightly, or the sliding scale, and you choose.",
    ],
)
def test_a_plan_put_as_a_question_checks_it_with_them(response: str) -> None:
    verdict = _score(
        RB, "Could we change how often we meet?", response, "contracting", "contracting"
    )
    assert verdict.applicable
    assert "told, not agreed" not in verdict.rationale
