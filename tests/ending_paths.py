"""How the endings module finds its way to each ending: a breadth-first search over a scenario's
beats with the beats' own exemplars as the edges, and, when an ending is not reached, why (the
causes are listed in tests/test_scenario_endings.py's docstring)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from roleplay.domain.endings import Route, routes
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
from roleplay.factory import Services
from roleplay.judge.base import Reader


def ending_id(scenario_id: str, route: Route) -> str:
    return f"{scenario_id}:{route.beat}:{'next' if route.branch is None else route.branch + 1}"


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
        branch = branch_of(scenario, route)
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
        needs = "; ".join(f"{r.label}: {condition(branch_of(scenario, r))}" for r in wanted)
        branches = [b for b in (branch_of(scenario, r) for r in wanted) if b is not None]
        moves = sorted({m for b in branches for m in b.moves or []})
        cause = f"content: no exemplar is scored onto the way here{way} ({needs})"
        if moves:  # exemplars carry scores, not moves: which one was meant is the reader's call
            cause = (
                f"judge or content: no exemplar on the way here{way} is read as "
                f"{'/'.join(moves)}, and exemplars do not name moves ({needs})"
            )
    return "\n".join([cause, f"{scenario_id}: ending '{ending.label}'", *lines])


def branch_of(scenario: Scenario, route: Route) -> Branch | None:
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
