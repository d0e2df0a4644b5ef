"""Playing one response at a scenario beat, for the tests of the branches that answer contact
details handed over (test_contact_branches*.py)."""

from __future__ import annotations

from roleplay.content.library import load_library
from roleplay.domain.routing import Step, plan_step
from roleplay.domain.session import Evaluation
from roleplay.judge.calibrate import moment_for
from roleplay.offline.scorer import score_response

LIBRARY = load_library()


def play(scenario, beat, response: str) -> tuple[Evaluation, Step]:
    """The offline reading of `response` at `beat` and where the session goes after it."""
    rubric = LIBRARY.rubric(scenario.rubric).rubric
    reading = score_response(rubric, moment_for(scenario, beat), response)
    return reading, plan_step(scenario, beat.id, reading, rubric.scale)


def check_harmful_exemplars_reach(scenario, beat, branch) -> None:
    """At least one harmful exemplar takes `branch`, each that does scores self-disclosure 1, and
    the client reacts to the crossed boundary."""
    reached = []
    for exemplar in beat.exemplars:
        if exemplar.label != "harmful":
            continue
        _, taken = play(scenario, beat, exemplar.response)
        if taken.line == branch.client:
            reached.append(exemplar)
            assert taken.reaction_key == "boundary_crossed"
            assert taken.reaction == scenario.client.reactions["boundary_crossed"]
    assert reached and all(e.scores.get("self_disclosure") == 1 for e in reached)


def check_no_strong_answer_takes(scenario, beat, branch) -> None:
    answers = [e.response for e in beat.exemplars if e.label in {"strong", "restraint"}]
    assert answers
    for answer in answers:
        reading, taken = play(scenario, beat, answer)
        assert "boundary_crossed" not in reading.moves, answer
        assert taken.line != branch.client, answer
