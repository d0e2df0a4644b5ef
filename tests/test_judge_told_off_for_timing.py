"""Telling the client off for when they said something is a brush-off, not a repair.

At the door, "Is it all right that I said it like that?" answered "It's fine this once, but next
time try to bring the big stuff in at the start" scolds the disclosure's timing: the rupture
repair rubric's level 1 (it brushes the marker aside); the judge had scored it 3, quoting
nothing. Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

AT_THE_DOOR = "Sorry, I know we're out of time. Is it okay that I only said that now, at the door?"


@pytest.mark.parametrize(
    "response",
    [
        "That's okay, but from now on please mention the big things while we still have time.",
        "No harm done, just try and bring things up sooner so we can actually talk about them.",
    ],
)
def test_the_timing_scolded_is_low(response: str) -> None:
    verdict = _score(RB, AT_THE_DOOR, response, "rupture_repair", "rupture_repair")
    assert verdict.applicable and verdict.score <= 2
    assert "tells the client off" in verdict.rationale


def test_holding_it_for_next_week_is_no_telling_off() -> None:
    verdict = _score(
        RB,
        AT_THE_DOOR,
        "It's more than okay. You said it when you could, and I'll keep hold of it; next time we "
        "can start there if you want.",
        "rupture_repair",
        "rupture_repair",
    )
    assert "tells the client off" not in verdict.rationale
