"""The trainee's own life elsewhere is a disclosure, not what happened between the two of them.

"Years ago I went through something a bit like this with my own mum" had been credited in
rupture repair as "you named what happened between you" (its "I went"), and "When I moved here
nobody asked me either" as "you named what you did" (its "I moved"), at moments with no strain in
them. Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score
from qa_frame_support import at, result_at


@pytest.mark.parametrize(
    "response",
    [
        "Years ago I went through much the same with my own dad, and it did ease. What would it "
        "be like to leave it one night?",
        "Honestly, same. When I moved here nobody asked me either, for ages.",
    ],
)
@pytest.mark.parametrize(
    "scenario, beat",
    [("complaint-about-last-session", "two-am"), ("do-you-think-about-me", "not-even-you")],
)
def test_a_story_from_the_trainees_life_names_no_strain(scenario, beat, response: str) -> None:
    verdict = result_at(at(scenario, beat), response, "rupture_repair")
    assert "named what happened between you" not in verdict.rationale
    assert "you named what you did" not in verdict.rationale


def test_naming_what_the_trainee_did_in_the_room_still_counts() -> None:
    verdict = _score(
        RB,
        "You went straight to the worksheet again. I hadn't even finished.",
        "I went straight to the worksheet and cut you off. I'm sorry. What was that like?",
        "rupture_repair",
        "rupture_repair",
    )
    assert verdict.applicable and verdict.score >= 4
