"""A brief, honest "no" that hands the focus back is a well-judged disclosure, so it takes the
strong branch; the client's line there must not presume a yes. Found trying the app: after "I'm
not, no..." at dementia-carer's first beat, Bayo said "Right. So you know." Fresh responses
written for this file."""

from __future__ import annotations

import pytest

from contact_steps import LIBRARY, play

NO_ANSWERS = [
    (
        "dementia-carer-nobody-gets-it",
        "nobody-gets-it",
        "I haven't, not like this, and I won't pretend I know the nights. What are they like?",
        ("so you know",),
    ),
    (
        "grief-have-you-lost-a-parent",
        "asks",
        "I haven't, no. I'd still like to understand what it's like for you. What's it been like?",
        ("not good that",),
    ),
]


@pytest.mark.parametrize(("scenario_id", "beat_id", "response", "presumed"), NO_ANSWERS)
def test_a_no_answer_is_not_answered_as_a_yes(scenario_id, beat_id, response, presumed) -> None:
    scenario = LIBRARY.scenarios[scenario_id].scenario
    beat = next(b for b in scenario.beats if b.id == beat_id)
    reading, taken = play(scenario, beat, response)
    assert reading.criteria["self_disclosure"].applicable
    strong = next(b for b in beat.branches if b.on == {"self_disclosure": "strong"})
    assert taken.line == strong.client
    assert not any(words in taken.line.lower() for words in presumed)
