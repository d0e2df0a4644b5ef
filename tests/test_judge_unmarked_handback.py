"""A hand-back typed without its question mark ("how are u holding up", "what's it been like for
you") still hands the focus back after a disclosure. A supervisor reviewing the judge's feedback
found such replies told "the focus drifts rather than returning to the client", which is false.
Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score

ASKED = "Have you ever had to move house in a hurry? Sorry, you don't have to answer."


@pytest.mark.parametrize(
    "response",
    [
        "yeah once, it was chaos. how are u doing with all the boxes",
        "I have, a long time ago. what's it been like for you this week",
    ],
)
def test_a_hand_back_without_its_question_mark_returns_the_focus(response: str) -> None:
    verdict = _score(DI, ASKED, response, "self_disclosure", "self_disclosure")
    assert verdict.applicable
    assert "handed the focus back" in verdict.rationale
    assert "focus drifts" not in verdict.rationale


def test_near_miss_a_statement_after_the_disclosure_still_drifts() -> None:
    verdict = _score(
        DI,
        ASKED,
        "yeah once, it was chaos. boxes everywhere for weeks",
        "self_disclosure",
        "self_disclosure",
    )
    assert verdict.applicable
    assert "handed the focus back" not in verdict.rationale
