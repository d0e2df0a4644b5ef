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

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import clean_env
from practice_helpers import answer
from roleplay.content.library import load_library
from roleplay.content.route_checks import check_routes
from roleplay.domain.common import END
from roleplay.domain.endings import Route, endings, routes
from roleplay.domain.replay import moment_at
from roleplay.domain.routing import plan_step
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Branch, Exemplar, Scenario
from roleplay.domain.session import (
    Attempt,
    ClientLine,
    CriterionResult,
    Evaluation,
    Turn,
    outcome_of,
)
from roleplay.factory import Services, build_services
from roleplay.judge.base import Reader
from roleplay.settings import Settings

# Loaded once, at collection, to name one test per ending; the tests share it.
LIBRARY = load_library()
SCENARIOS = sorted(LIBRARY.scenarios)


def ending_id(scenario_id: str, route: Route) -> str:
    return f"{scenario_id}:{route.beat}:{'next' if route.branch is None else route.branch + 1}"


# Endings today's exemplars and offline judge do not reach, with the cause; each is a strict
# expected failure (an ending reached again fails the run until it is taken off this list).
NOT_YET_REACHED: dict[str, str] = {
    "cancelled-session-its-fine:next-time:3": (
        "judge: the harmful exemplar at 'next-time': scored onto the way here, read otherwise"
    ),
    "cancelled-session-its-fine:next-time:4": (
        "judge: the mixed exemplar at 'next-time' (rupture_repair 4: names what the "
        "cancellation cost her and owns it; boundary 3: private contact declined only by "
        "implication) is read as boundary 4 and no rupture repair"
    ),
    "coming-out-are-you-gay:over-the-break:2": (
        "judge: the harmful exemplar at 'over-the-break' that says no for the trainee's own "
        'sake ("I need my phone to be my own time") is read as using no skill, not as '
        "therapist_centred_disclosure"
    ),
    "coming-out-are-you-gay:over-the-break:3": (
        "judge: the harmful exemplars at 'over-the-break' (a cold \"not appropriate\" no and a "
        "no for the trainee's sake, boundary 2) are read as boundary 4 and as nothing"
    ),
    "coming-out-are-you-gay:over-the-break:4": (
        "content: a safety net under the grant branch (its client line is the grant's); a grant "
        "is boundary_crossed and boundary weak, taken above, so no honest exemplar is scored "
        "onto it; only a reading that finds a disclosure and no boundary answer takes it "
        "(over-the-break, branch 4: self_disclosure strong/mixed/weak)"
    ),
    "fees-mid-therapy:guilt:2": (
        "judge: the harmful exemplar at 'monthly' presses him to stay weekly (\"monthly will "
        'undo all that"): contracting used coercively, level 1, kept after review; read as not '
        "in play (beat 'guilt' is never reached)"
    ),
    "fees-mid-therapy:off-the-books:4": (
        "judge: the mixed exemplar at 'off-the-books': scored onto the way here, read otherwise"
    ),
    "first-session-agreement:outside:3": (
        "judge: the harmful exemplar at 'outside' (a too-rigid no, boundary 2) is read as "
        "boundary 3"
    ),
    "follow-request-on-instagram:contact-after:2": (
        "content: a safety net under the grant branch (its client line is the grant's); a grant "
        "is boundary_crossed and boundary weak, taken above, so no honest exemplar is scored "
        "onto it; only a reading that finds a disclosure and no boundary answer takes it "
        "(contact-after, branch 2: self_disclosure strong/mixed/weak)"
    ),
    "follow-request-on-instagram:contact-after:3": (
        "judge: every no at 'contact-after' is read as boundary_crossed (boundary 1), so the "
        "cold no (harmful exemplar, boundary 2) takes the grant branch"
    ),
    "follow-request-on-instagram:contact-after:5": (
        "judge: the strong and mixed exemplars at 'contact-after' (a clear no, boundary 5 and "
        "3: the otherwise branch) are read as boundary_crossed"
    ),
    "how-was-today:a-six:2": (
        "judge: the strong and mixed exemplars at 'check-in' ask for her feedback, which the "
        "rubric scores under contracting (how feedback is sought); scores kept after review; "
        "read as immediacy or as nothing (beat 'a-six' is never reached)"
    ),
    "how-was-today:a-six:3": (
        "judge: the strong and mixed exemplars at 'check-in' ask for her feedback, which the "
        "rubric scores under contracting (how feedback is sought); scores kept after review; "
        "read as immediacy or as nothing (beat 'a-six' is never reached)"
    ),
    "how-was-today:adjust:1": (
        "judge: the strong and mixed exemplars at 'check-in' ask for her feedback, which the "
        "rubric scores under contracting (how feedback is sought); scores kept after review; "
        "read as immediacy or as nothing (beat 'adjust' is never reached)"
    ),
    "how-was-today:adjust:2": (
        "judge: the strong and mixed exemplars at 'check-in' ask for her feedback, which the "
        "rubric scores under contracting (how feedback is sought); scores kept after review; "
        "read as immediacy or as nothing (beat 'adjust' is never reached)"
    ),
    "how-was-today:adjust:3": (
        "judge: the strong and mixed exemplars at 'check-in' ask for her feedback, which the "
        "rubric scores under contracting (how feedback is sought); scores kept after review; "
        "read as immediacy or as nothing (beat 'adjust' is never reached)"
    ),
    "hug-after-the-diagnosis:rejected:2": (
        "judge: the mixed exemplar at 'rejected' (\"It's fine, let's move on.\" accepts her "
        "apology as settled: rupture_repair 2) and the harmful one (the rule repeated: 1) "
        "answer the strain badly; scores kept after review; read as not in play"
    ),
    "hug-after-the-diagnosis:composure:2": (
        "judge: the mixed exemplar at 'composure', the harmful exemplar at 'composure': scored "
        "onto the way here, read otherwise"
    ),
    "hug-after-the-diagnosis:held:2": (
        "judge: the harmful exemplar at 'held' (the trainee's own feeling for her to manage, "
        "immediacy 2) is read as immediacy 3"
    ),
    "ill-fix-your-car:the-offer:2": (
        "judge: the harmful exemplar at 'the-offer' that accepts the favour (\"Saturday's "
        "fine, I'll bring it round\", boundary 1) is read as boundary 4 and boundary_held, not "
        "boundary_crossed"
    ),
    "ill-fix-your-car:useful:3": (
        "judge: the absent exemplar at 'useful': scored onto the way here, read otherwise"
    ),
    "just-like-everyone-else:escalates:4": (
        "content: a safety net: its client line answers the harmful exemplar (\"nobody's "
        'forcing you"), which also scores rupture_repair 1 and takes the rupture_repair weak '
        "branch; at this moment weak relationship talk addresses the strain too, so no honest "
        "exemplar is scored onto it (escalates, branch 4: immediacy weak)"
    ),
    "just-like-everyone-else:escalates:5": (
        "judge: the absent exemplar at 'escalates' (a question about the redundancy, straight "
        "past his complaint) is read as rupture_repair 3"
    ),
    "just-like-everyone-else:the-notepad:4": (
        'content: a safety net: its client line answers the harmful exemplar ("you seem quite '
        'suspicious"), which also scores rupture_repair 1 and takes the rupture_repair weak '
        "branch; at this moment weak relationship talk addresses the strain too, so no honest "
        "exemplar is scored onto it (the-notepad, branch 4: immediacy weak)"
    ),
    "late-and-gone-quiet:shut-down:4": (
        'content: a safety net: its client line answers the harmful exemplar ("I need you to '
        'meet me halfway"), which also scores rupture_repair 1 and takes the rupture_repair '
        "weak branch; at this moment weak relationship talk addresses the strain too, so no "
        "honest exemplar is scored onto it (shut-down, branch 4: immediacy weak)"
    ),
    "late-and-gone-quiet:email-draft:2": (
        "judge: the mixed and harmful exemplars at 'email-draft' speak to whether he stays in "
        'this therapy ("will you delete it now?", "I can\'t make you stay"): immediacy used '
        "badly, scores kept after review; read as not in play"
    ),
    "same-small-town:refer-rupture:2": (
        "judge: the harmful exemplar at 'team-sheet' (too rigid: refer her on or move the "
        "child, boundary 1) is read as boundary 3 (beat 'refer-rupture' is never reached)"
    ),
    "session-overrun:coat-on:3": (
        "judge: the mixed exemplar at 'coat-on', the harmful exemplar at 'coat-on': scored onto "
        "the way here, read otherwise"
    ),
    "session-overrun:over-time:3": (
        "judge: the mixed exemplar at 'over-time' (\"Yes, we should stop.\", boundary 3) is "
        "read as boundary_crossed"
    ),
    "session-overrun:safety-step:2": (
        "judge: the mixed exemplar at 'safety-step', the harmful exemplar at 'safety-step': "
        "scored onto the way here, read otherwise"
    ),
    "telehealth-from-the-car:cancel:2": (
        "judge: the harmful exemplar at 'car-park': scored onto the way here, read otherwise "
        "(beat 'cancel' is never reached)"
    ),
    "telehealth-from-the-car:dean:2": (
        "judge: the harmful exemplar at 'dean' (a cold recital of the limits of "
        "confidentiality, contracting 2) is read as contracting 3"
    ),
    "this-isnt-working:walking-out:2": (
        "judge: the mixed exemplar at 'walking-out' (holds the time against his exit: "
        "rupture_repair 2) and the harmful one (pathologises the exit: 1) answer the strain "
        "badly; scores kept after review; read as not in play"
    ),
    "this-isnt-working:red-pen:2": (
        "judge: the harmful exemplar at 'red-pen' answers his complaint with a rationale "
        '("CBT works best..."): rupture_repair 1, kept after review; read as not in play'
    ),
    "you-did-it-again:the-clock:2": (
        "judge: the harmful exemplar at 'the-clock' labels her reaction to the trainee's "
        'clock-watching ("a classic abandonment trigger"): immediacy 1, kept after review; read '
        "as not in play"
    ),
}

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


@dataclass(frozen=True)
class Step:
    beat: str
    exemplar: Exemplar


@dataclass(repr=False)
class Search:
    """Where the exemplars lead: the shortest path to each ending reached, and every exemplar
    tried at each beat reached, with the judge's reading and the route it took."""

    paths: dict[Route, list[Step]]
    tried: dict[str, list[tuple[Exemplar, Evaluation, Route]]]


def search(scenario: Scenario, rubric: Rubric, reader: Reader) -> Search:
    """Breadth-first over the beats, each exemplar of a beat one edge, read by the same reader
    and routed by the same `plan_step` as a session. A state is the beat with the client lines
    before it, as those are what the judge sees of the past (`Moment.context`)."""
    first = scenario.first_beat
    start = [Turn(beat=first.id, client=ClientLine(text=first.client, cue=first.cue))]
    queue: deque[tuple[list[Turn], list[Step]]] = deque([(start, [])])
    seen: set[tuple[str, ...]] = set()
    found = Search({}, {})
    while queue:
        turns, path = queue.popleft()
        beat = scenario.beat(turns[-1].beat)
        moment = moment_at(scenario, turns, len(turns) - 1)
        for exemplar in beat.exemplars:
            reading = reader(rubric, moment, exemplar.response)
            step = plan_step(scenario, beat.id, reading, rubric.scale)
            route = route_taken(scenario, beat.id, reading, rubric)
            tried = found.tried.setdefault(beat.id, [])
            if all(e is not exemplar for e, _, _ in tried):  # as first read, on the shortest way
                tried.append((exemplar, reading, route))
            walked = [*path, Step(beat.id, exemplar)]
            if step.ends:
                found.paths.setdefault(route, walked)
                continue
            answered = [*turns[:-1], turns[-1].model_copy(deep=True)]
            answered[-1].attempts.append(Attempt(response=exemplar.response))
            said = ClientLine(text=step.line, cue=step.cue)
            after = [*answered, Turn(beat=step.next_beat, client=said)]
            key = (step.next_beat, *(t.client.text for t in after))
            if key not in seen and len(after) <= 4 * len(scenario.beats):
                seen.add(key)
                queue.append((after, walked))
    return found


def route_taken(scenario: Scenario, beat_id: str, reading: Evaluation, rubric: Rubric) -> Route:
    beat = scenario.beat(beat_id)
    branch = beat.route(reading.outcomes(rubric.scale), reading.moves)
    index = next((j for j, b in enumerate(beat.branches) if b is branch), None)
    return Route(beat.id, index, branch.next)


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    root = tmp_path_factory.mktemp("endings")
    with pytest.MonkeyPatch.context() as monkeypatch:  # function fixtures have not run yet
        clean_env(monkeypatch, root)
        yield build_services(Settings(data_dir=root / "data", offline=True, trainee="t-endings"))


class Playground:
    """The module's shared services and each scenario's search, made on first use (with the
    reader its sessions route by). A short repr: a failing test's report prints its arguments,
    and the library's would be megabytes."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self._searches: dict[str, Search] = {}

    def __repr__(self) -> str:
        return f"<Playground: {len(self._searches)} scenario(s) searched>"

    def search(self, scenario_id: str) -> Search:
        if scenario_id not in self._searches:
            session = self.services.start(scenario_id, save=False)
            self._searches[scenario_id] = search(session.scenario, session.rubric, session.reader)
        return self._searches[scenario_id]


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
    branch = _branch(session.scenario, ending)
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


def diagnose(scenario_id: str, ending: Route, found: Search, services: Services) -> str:
    """Why the exemplars never reach this ending, first line the cause: a judge bug if an
    exemplar the instructor scored onto the way there is read otherwise (or the exemplar's
    score, when the judge finds the scored skill not in play at all); a content bug if no
    exemplar is scored onto it (or either, when the way needs a move no exemplar is read as).
    Then what each exemplar on the way did."""
    entry = services.library.scenario(scenario_id)
    scenario, rubric = entry.scenario, services.library.rubric(entry.scenario.rubric).rubric
    # The ending's own route, or, when its beat is never reached, the routes into that beat.
    wanted, unreached = [ending], {ending.beat} - set(found.tried)
    for _ in scenario.beats:  # walk back until the routes into the unreached beats are reached
        if not unreached:
            break
        into = [r for b in scenario.beats for r in routes(b) if r.next in unreached]
        wanted = [r for r in into if r.beat in found.tried]
        unreached = {r.beat for r in into} - set(found.tried) if not wanted else set()
    lines: list[str] = []
    meant: list[str] = []
    unused: list[str] = []  # criteria the instructor scored that the judge finds not in play
    for route in wanted:
        branch = _branch(scenario, route)
        lines.append(f"  at beat '{route.beat}', {route.label} needs {condition(branch)}:")
        for exemplar, reading, taken in found.tried[route.beat]:
            by_scores = instructor_route(scenario, route.beat, exemplar, reading, rubric)
            if by_scores == route:
                meant.append(f"the {exemplar.label or 'unlabelled'} exemplar at '{route.beat}'")
                unused += [
                    f"{criterion} {score}"
                    for criterion, score in exemplar.scores.items()
                    if criterion in (branch.on or {} if branch else {})
                    and score is not None
                    and not reading.criteria[criterion].applicable
                ]
            lines.append(
                f"    {exemplar.label or 'unlabelled'}: instructor {scores(exemplar.scores)} -> "
                f"{by_scores.label}; judge {scores(read_scores(reading))} {reading.moves} -> "
                f"{taken.label}  | {exemplar.response[:60]!r}"
            )
    way = "" if wanted == [ending] else f" (beat '{ending.beat}' is never reached)"
    if meant and len(unused) == len(meant):
        # The rubrics score a skill only when the response uses it (a response that steps past
        # a marker is null), so either the exemplar's score or the judge's reading is wrong.
        cause = (
            f"scores or judge: {', '.join(meant)}: scored {', '.join(unused)} by the "
            f"instructor, read as not in play{way}"
        )
    elif meant:
        cause = f"judge: {', '.join(meant)}: scored onto the way here, read otherwise{way}"
    else:
        needs = "; ".join(f"{r.label}: {condition(_branch(scenario, r))}" for r in wanted)
        branches = [b for b in (_branch(scenario, r) for r in wanted) if b is not None]
        moves = sorted({m for b in branches for m in b.moves or []})
        cause = f"content: no exemplar is scored onto the way here{way} ({needs})"
        if moves:  # exemplars carry scores, not moves: which one was meant is the reader's call
            cause = (
                f"judge or content: no exemplar on the way here{way} is read as "
                f"{'/'.join(moves)}, and exemplars do not name moves ({needs})"
            )
    return "\n".join([cause, f"{scenario_id}: ending '{ending.label}'", *lines])


def _branch(scenario: Scenario, route: Route) -> Branch | None:
    return None if route.branch is None else scenario.beat(route.beat).branches[route.branch]


def condition(branch: Branch | None) -> str:
    if branch is None:
        return "no branch to match"
    if branch.otherwise:
        return "otherwise"
    parts = [
        f"{c} {w if isinstance(w, str) else '/'.join(w)}" for c, w in (branch.on or {}).items()
    ]
    if branch.moves:
        parts.append(f"move {'/'.join(branch.moves)}")
    return " and ".join(parts)


def instructor_route(
    scenario: Scenario, beat_id: str, exemplar: Exemplar, reading: Evaluation, rubric: Rubric
) -> Route:
    """The route the exemplar takes by the instructor's own scores (moves are the judge's:
    exemplars do not name them)."""
    outcomes = {
        criterion: "absent" if score is None else _outcome(score, rubric)
        for criterion, score in exemplar.scores.items()
    }
    beat = scenario.beat(beat_id)
    branch = beat.route(outcomes, reading.moves)
    index = next((j for j, b in enumerate(beat.branches) if b is branch), None)
    return Route(beat_id, index, branch.next)


def _outcome(score: int, rubric: Rubric) -> str:
    return outcome_of(CriterionResult(applicable=True, score=score), rubric.scale)


def read_scores(reading: Evaluation) -> dict[str, int | None]:
    return {c: r.score for c, r in reading.criteria.items() if r.applicable}


def scores(found: dict[str, int | None]) -> str:
    shown = {c: s for c, s in found.items() if s is not None}
    return str(shown) if shown else "{}"


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
