"""Every shipped scenario played to each of its endings, on the offline engine.

An ending is a route to `end` the routing graph can take (domain/endings.py). For each one, a
breadth-first search over the scenario's beats finds responses that lead there, taken only from
the exemplars of the beats on the way (what a trainee might plausibly say, as the instructor wrote
it); then a real session, in-process (the path of `roleplay practice --offline --responses`),
plays them and must end at that ending with every turn scored. Nothing here is written per
scenario: the endings, the paths and the responses all come from the files.

An ending the exemplars cannot reach is a content bug or a judge bug, and the failure says which:
"judge" (an exemplar the instructor scored onto the way there is graded otherwise), "scores or
judge" (the judge finds the skill that exemplar is scored on not in play at all, and the rubrics
score a skill only when it is used), "content" (no exemplar is scored onto the way there), or
"judge or content" (the way needs a move, such as boundary_crossed, that no exemplar is read as;
exemplars carry scores, not moves). Those known today are listed in NOT_YET_REACHED as strict
expected failures, so a fix shows up as a pass to be removed from the list; `pytest --runxfail`
prints each one's diagnosis, and `python tests/test_scenario_endings.py` prints the list as it
stands (after a judge or content change).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import clean_env
from ending_paths import Playground, branch_of, diagnose, ending_id, route_taken
from practice_helpers import answer
from roleplay.content.library import load_library
from roleplay.content.route_checks import check_routes
from roleplay.domain.common import END
from roleplay.domain.endings import Route, endings, routes
from roleplay.factory import Services, build_services
from roleplay.settings import Settings

# Loaded once, at collection, to name one test per ending; the tests share it.
LIBRARY = load_library()
SCENARIOS = sorted(LIBRARY.scenarios)


# Endings today's exemplars and offline judge do not reach, with the cause; each is a strict
# expected failure (an ending reached again fails the run until it is taken off this list).
NOT_YET_REACHED: dict[str, str] = {}

CASES = [
    pytest.param(
        scenario_id,
        route,
        id=ending_id(scenario_id, route),
        marks=[
            pytest.mark.xfail(strict=True, reason=NOT_YET_REACHED[ending_id(scenario_id, route)])
        ]
        if ending_id(scenario_id, route) in NOT_YET_REACHED
        else [],
    )
    for scenario_id in SCENARIOS
    for route in endings(LIBRARY.scenarios[scenario_id].scenario)
]


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    root = tmp_path_factory.mktemp("endings")
    with pytest.MonkeyPatch.context() as monkeypatch:  # function fixtures have not run yet
        clean_env(monkeypatch, root)
        yield build_services(Settings(data_dir=root / "data", offline=True, trainee="t-endings"))


@pytest.fixture(scope="module")
def playground(services: Services) -> Playground:
    return Playground(services)


@pytest.mark.parametrize(("scenario_id", "ending"), CASES)
async def test_each_ending_is_played_to(
    scenario_id: str, ending: Route, playground: Playground
) -> None:
    services = playground.services
    found = playground.search(scenario_id)
    path = found.paths.get(ending)
    if path is None:
        pytest.fail(diagnose(scenario_id, ending, found, services))

    session = services.start(scenario_id)
    for step in path:
        assert session.current.beat == step.beat
        await answer(session, step.exemplar.response)

    assert session.finished and session.record.status == "completed"
    assert session.current.beat == END
    # The session ended at this ending: from its beat, by its branch, with its closing words.
    closing = session.turns[-2]
    assert closing.beat == ending.beat
    evaluation = closing.attempts[-1].evaluation
    assert evaluation is not None
    assert route_taken(session.scenario, ending.beat, evaluation, session.rubric) == ending
    branch = branch_of(session.scenario, ending)
    if branch is not None and branch.client:
        assert session.current.client.text == branch.client
        assert session.current.client.cue == branch.cue
    # Every turn was answered once and scored by the offline judge on every criterion of the
    # scenario's rubric; the record on disk says so too.
    stored = services.store.load(session.record.id)
    assert [t.beat for t in stored.turns] == [*(s.beat for s in path), END]
    for turn, step in zip(stored.turns[:-1], path, strict=True):
        (attempt,) = turn.attempts
        assert attempt.response == step.exemplar.response
        assert attempt.evaluation is not None and attempt.evaluation.judge == "offline"
        assert attempt.evaluation.rubric_id == session.rubric.id
        assert set(attempt.evaluation.criteria) == set(session.rubric.criterion_ids)
        assert attempt.evaluation.integrity


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_every_route_to_the_end_is_an_ending_the_graph_reaches(scenario_id: str) -> None:
    """Static, no judge: no branch is dead (validate's check), and so every route to `end` on a
    reachable beat is one of the endings played above."""
    entry = LIBRARY.scenarios[scenario_id]
    assert check_routes(entry.scenario, entry.doc) == []
    found = set(endings(entry.scenario))
    to_end = {r for b in entry.scenario.beats for r in routes(b) if r.ends and r.branch is not None}
    assert to_end <= found
    assert found, f"{scenario_id} has no ending"


def test_the_module_plays_every_shipped_scenario() -> None:
    shipped = sorted(p.stem for p in (Path(__file__).parent.parent / "scenarios").glob("*.yaml"))
    assert shipped == SCENARIOS
    assert len(SCENARIOS) >= 27


def not_yet_reached(data_dir: Path) -> dict[str, str]:
    """Today's NOT_YET_REACHED, recomputed: each ending the exemplars do not reach, with the
    first line of its diagnosis."""
    playground = Playground(build_services(Settings(data_dir=data_dir, offline=True)))
    return {
        ending_id(scenario_id, route): diagnose(
            scenario_id, route, found, playground.services
        ).splitlines()[0]
        for scenario_id in SCENARIOS
        for found in [playground.search(scenario_id)]
        for route in endings(LIBRARY.scenarios[scenario_id].scenario)
        if route not in found.paths
    }


if __name__ == "__main__":  # after a change to the judge or the content: print the list anew
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        print(json.dumps(not_yet_reached(Path(scratch)), indent=4))
