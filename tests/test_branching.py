"""The offline client follows the beats: the branch for strong, weak and absent responses."""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.routing import plan_step
from roleplay.domain.scenario import Beat, Branch
from roleplay.domain.session import CriterionResult, Evaluation
from roleplay.factory import Services
from roleplay.judge.offline import offline_request
from roleplay.practice.session import PracticeSession

LIBRARY = load_library()
GRIEF = LIBRARY.scenario("grief-have-you-lost-a-parent").scenario
RUBRIC = LIBRARY.rubric("disclosure-immediacy").rubric


def reading(sd: int | None, moves: list[str] | None = None) -> Evaluation:
    return Evaluation(
        judge="offline",
        rubric_id="disclosure-immediacy",
        rubric_version=1,
        criteria={
            "self_disclosure": CriterionResult(applicable=sd is not None, score=sd),
            "immediacy": CriterionResult(applicable=False),
        },
        moves=moves or [],
    )


def branch_for(beat: Beat, outcome: str) -> Branch:
    for branch in beat.branches:
        wanted = (branch.on or {}).get("self_disclosure")
        allowed = [wanted] if isinstance(wanted, str) else (wanted or [])
        if outcome in allowed:
            return branch
    raise AssertionError(f"no branch for {outcome}")


@pytest.mark.parametrize(("score", "outcome"), [(5, "strong"), (1, "weak")])
def test_the_branch_matching_the_outcome_is_taken(score: int, outcome: str) -> None:
    beat = GRIEF.first_beat
    step = plan_step(GRIEF, beat.id, reading(score), RUBRIC.scale)
    expected = branch_for(beat, outcome)
    assert step.line == expected.client
    assert step.next_beat == expected.next


def test_absent_takes_the_otherwise_branch() -> None:
    beat = GRIEF.first_beat
    step = plan_step(GRIEF, beat.id, reading(None), RUBRIC.scale)
    fallback = next(b for b in beat.branches if b.otherwise)
    assert (step.line, step.next_beat) == (fallback.client, fallback.next)


def test_a_matching_reaction_is_attached() -> None:
    key = next(iter(GRIEF.client.reactions))
    step = plan_step(GRIEF, GRIEF.first_beat.id, reading(1, [key]), RUBRIC.scale)
    assert step.reaction_key == key
    assert step.reaction == GRIEF.client.reactions[key]


def test_branches_can_name_moves() -> None:
    branch = Branch(moves=["boundary_crossed"], client="Oh. Okay then.", next="end")
    assert branch.matches({}, ["boundary_crossed"])
    assert not branch.matches({}, ["boundary_held"])
    both = Branch.model_validate(
        {"on": {"boundary": "weak"}, "moves": ["boundary_crossed"], "next": "end"}
    )
    assert not both.matches({"boundary": "strong"}, ["boundary_crossed"])
    assert both.matches({"boundary": "weak"}, ["boundary_crossed"])


def test_offline_reading_routes_a_real_response(services: Services) -> None:
    session: PracticeSession = services.start("grief-have-you-lost-a-parent")
    moment = session.moment(0)
    request = offline_request(
        session.rubric, moment, "When my dad died I fell apart and I still can't talk about it."
    )
    step = plan_step(session.scenario, session.current.beat, request.offline, RUBRIC.scale)
    assert step.next_beat == branch_for(GRIEF.first_beat, "weak").next
