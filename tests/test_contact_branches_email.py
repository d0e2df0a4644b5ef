"""An email address handed over takes the same branch as a number, so the client's line must not
speak of "a number" (the helper's report last round: Rafa and Tasha said "your number" to an
email). Fresh responses written for this file."""

from __future__ import annotations

import pytest

from contact_steps import LIBRARY, play

BEATS = [("coming-out-are-you-gay", "are-you-gay"), ("you-did-it-again", "sorry-is-easy")]
EMAILS = [
    "whatever I am, you can always drop me a line at sam.k.counselling@gmail.com",
    "email me any time, it's jo.hart@outlook.com, I'll always answer",
]


@pytest.mark.parametrize(("scenario_id", "beat_id"), BEATS)
@pytest.mark.parametrize("response", EMAILS)
def test_an_email_handed_over_is_not_called_a_number(scenario_id, beat_id, response) -> None:
    scenario = LIBRARY.scenarios[scenario_id].scenario
    beat = next(b for b in scenario.beats if b.id == beat_id)
    (branch,) = [b for b in beat.branches if b.moves == ["boundary_crossed"]]
    reading, taken = play(scenario, beat, response)
    assert "boundary_crossed" in reading.moves
    assert taken.line == branch.client
    said = f"{taken.line} {taken.cue or ''}".lower()
    assert "your number" not in said and "the number" not in said
