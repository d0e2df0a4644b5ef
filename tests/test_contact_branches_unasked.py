"""A number nobody asked for is answered as what it is (issue 10, failure 8), at the beats where a
trainee might hand one over unasked: in place of an answer to a personal question, to a client's
praise or loneliness, at the end of a session, or to a client who came in late, on either rubric.
The client's reply is the `boundary_crossed` branch's line, not the reply to a story or to the
skill the beat invites; the harmful exemplar written for it reaches it, and no strong answer does.
(The disclosure-immediacy beats here are also swept up by test_contact_branches.py.)"""

from __future__ import annotations

import pytest

from contact_steps import LIBRARY, check_harmful_exemplars_reach, check_no_strong_answer_takes, play

# (scenario, beat) where a boundary_crossed branch was added for contact offered unasked.
UNASKED = [
    ("you-saved-my-life", "saved"),
    ("am-i-boring-you", "ghost"),
    ("coming-out-are-you-gay", "are-you-gay"),
    ("how-was-today", "check-in"),
    ("late-and-gone-quiet", "arrives-late"),
    ("you-did-it-again", "sorry-is-easy"),
]


def _beat(scenario_id: str, beat_id: str):
    scenario = LIBRARY.scenarios[scenario_id].scenario
    beat = next(b for b in scenario.beats if b.id == beat_id)
    (branch,) = [b for b in beat.branches if b.moves == ["boundary_crossed"]]
    return scenario, beat, branch


CASES = [pytest.param(*pair, id=":".join(pair)) for pair in UNASKED]


@pytest.mark.parametrize(("scenario_id", "beat_id"), CASES)
def test_the_branch_comes_before_the_outcome_branches(scenario_id, beat_id) -> None:
    _, beat, branch = _beat(scenario_id, beat_id)
    assert beat.branches.index(branch) == 0


@pytest.mark.parametrize(("scenario_id", "beat_id"), CASES)
@pytest.mark.parametrize(
    "response",
    [
        "honestly just message me on my mobile, it's 07700 900888, any time at all",
        "Drop me an email whenever you like: sam.reid.therapy@example.net",
    ],
)
def test_fresh_contact_details_get_the_reply_to_a_number(
    scenario_id, beat_id, response: str
) -> None:
    scenario, beat, branch = _beat(scenario_id, beat_id)
    reading, step = play(scenario, beat, response)
    assert "boundary_crossed" in reading.moves
    assert step.line == branch.client
    assert step.next_beat == branch.next


@pytest.mark.parametrize(("scenario_id", "beat_id"), CASES)
def test_the_harmful_exemplar_reaches_the_branch_and_the_reaction(scenario_id, beat_id) -> None:
    scenario, beat, branch = _beat(scenario_id, beat_id)
    check_harmful_exemplars_reach(scenario, beat, branch)


@pytest.mark.parametrize(("scenario_id", "beat_id"), CASES)
def test_no_strong_answer_takes_the_branch(scenario_id, beat_id) -> None:
    scenario, beat, branch = _beat(scenario_id, beat_id)
    check_no_strong_answer_takes(scenario, beat, branch)


@pytest.mark.parametrize(("scenario_id", "beat_id"), CASES)
@pytest.mark.parametrize(
    "response",
    [
        # found by the scenario author: "take my number, ..." and a number beside an "if" clause
        "Look, take my number, 07700 900246, and drop me a text if the bus is late.",
        "Sorry again. Take my mobile number 07700 900311 so you've got it.",
    ],
)
def test_take_my_number_is_a_number_handed_over_and_the_note_names_it(
    scenario_id, beat_id, response: str
) -> None:
    scenario, beat, branch = _beat(scenario_id, beat_id)
    _, step = play(scenario, beat, response)
    assert step.line == branch.client
    # the move that chose the branch is what the client reacts to and what the note names,
    # even where another move (a marker missed) is also read
    assert step.reaction_key == "boundary_crossed"


def test_where_no_branch_answers_the_number_the_note_does_not_claim_the_client_reacts_to_it():
    # am-i-boring-you's first beat routes on immediacy only: Sunil's fixed line there answers the
    # warmth, not the number, so the note under it must not say he reacts to a crossed boundary;
    # the LLM client still gets the direction for it.
    scenario = LIBRARY.scenarios["am-i-boring-you"].scenario
    beat = scenario.beats[0]
    assert not any(b.moves and "boundary_crossed" in b.moves for b in beat.branches)
    response = (
        "I'm not bored at all. I was still with the empty diary. Here's my mobile, "
        "07700 900123, text me any time."
    )
    reading, step = play(scenario, beat, response)
    assert "boundary_crossed" in reading.moves and "missed_marker" not in reading.moves
    assert step.reaction_key == "boundary_crossed"
    assert step.seen is None or "boundary" not in step.seen


@pytest.mark.parametrize(
    "response",
    [
        "Amara, thank you. Here's my mobile, 07700 900123, you won't have to do without me.",
        "I'll always be here for you, you know that. Take my number, 07700 900456.",
    ],
)
def test_contact_or_endless_availability_in_relationship_talk_is_immediacy_done_badly(response):
    # found by the scenario author: the warm words around a number read as immediacy 3
    scenario = LIBRARY.scenarios["you-saved-my-life"].scenario
    beat = scenario.beat("saved")
    reading, _ = play(scenario, beat, response)
    immediacy = reading.criteria["immediacy"]
    assert not immediacy.applicable or (immediacy.score or 5) <= 2
