"""Terms put to the client in other words are checked with them, not "told, not agreed".

A supervisor's review found "the terms are told, not agreed" and the Try "How does that sound to
you?" said of replies that had asked: "What feels doable?", "Would that fit how your rota runs?",
"Does that answer it, or is there a bit you're still worried about?", "Does knowing it change
anything for you?", "I'd like us to agree what happens if...". Fresh examples written for this
file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

FEES = "Money's tight now. Can we go down to every other week?"


@pytest.mark.parametrize(
    "check",
    [
        "Which of those feels doable?",
        "Would that fit around your shifts?",
        "Does that answer it, or is there a part you're still worried about?",
        "Does hearing that change anything for you?",
        "I'd like us to agree together what we try first.",
    ],
)
def test_a_plan_put_to_them_is_a_check(check: str) -> None:
    response = (
        "We could meet fortnightly, or keep weekly at the lower sliding-scale fee, and review "
        f"it in six weeks. {check}"
    )
    verdict = _score(RB, FEES, response, "contracting", "contracting")
    assert verdict.applicable
    assert "told, not agreed" not in verdict.rationale
    assert verdict.suggestion is None or "How does that sound" not in verdict.suggestion


def test_near_miss_terms_only_told_are_still_told() -> None:
    verdict = _score(
        RB,
        FEES,
        "We can meet fortnightly from next month, at the same fee, and review it in six weeks.",
        "contracting",
        "contracting",
    )
    assert verdict.applicable
    assert "told, not agreed" in verdict.rationale
