"""Doing what a complaint about the task or the trainee's conduct asks ("Okay. Pad's down.", "we
can take the clock down altogether") is the 3RS indirect repair: rupture repair 3 unchecked (O's
ruling in corpus/README.md), not "Repair not attempted" or "it moves on without exploring what
happened". Going along with a withdrawal ("Whatever you want. I'm fine." met with "Great, let's
talk about your week then") stays 2. Found by a supervisor's review. Fresh examples written for
this file, none a line of any labelled set."""

from __future__ import annotations

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score


def test_the_thing_complained_of_put_away_is_indirect_repair() -> None:
    verdict = _score(
        RB,
        "You scribble every time I say anything. What are you even writing about me?",
        "Okay. Notebook's away.",
        "rupture_repair",
        "rupture_repair",
    )
    assert verdict.applicable
    assert verdict.score >= 3
    assert "Repair not attempted" not in verdict.rationale
    assert "moves on without exploring" not in verdict.rationale


def test_near_miss_going_along_with_a_withdrawal_is_not_raised() -> None:
    verdict = _score(
        RB,
        "Whatever you want. I'm fine. Honestly. What do you want to talk about?",
        "Great, let's talk about your weekend then.",
        "rupture_repair",
        "rupture_repair",
    )
    assert verdict.applicable
    assert verdict.score <= 2
