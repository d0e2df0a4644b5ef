"""A scenario's endings, and which routes through its beats can be taken at all (no judge).

A route is one branch of a beat, or the beat's fall-through (`next:`, or the end when there is
none) when no branch matches. A route can be taken when some reading of a response (an outcome
per criterion and a set of the trainee's moves) makes it the first to match; an ending is a route
that can be taken to `end`. Pure domain logic, no I/O: `roleplay validate` reports routes that
can never be taken, and the tests play every scenario to each of its endings.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations, product
from typing import get_args

from roleplay.domain.common import END, Outcome
from roleplay.domain.scenario import Beat, Scenario

OUTCOMES: tuple[Outcome, ...] = get_args(Outcome)


@dataclass(frozen=True)
class Route:
    """One way on from a beat: `branch` indexes `beat.branches`; None is the fall-through."""

    beat: str
    branch: int | None
    next: str

    @property
    def ends(self) -> bool:
        return self.next == END

    @property
    def label(self) -> str:
        way = "fall-through" if self.branch is None else f"branch {self.branch + 1}"
        return f"{self.beat}, {way}"


# Past this many readings a beat is not searched (a file naming every criterion and move in its
# branches would take minutes); its routes are all taken to be live, and validate says so.
MAX_READINGS = 4096


def _named(beat: Beat) -> tuple[list[str], list[str]]:
    criteria = sorted({c for b in beat.branches for c in b.on or {}})
    moves: list[str] = sorted({m for b in beat.branches for m in b.moves or []})
    return criteria, moves


def reading_count(beat: Beat) -> int:
    criteria, moves = _named(beat)
    return len(OUTCOMES) ** len(criteria) * 2 ** len(moves)


def checkable(beat: Beat) -> bool:
    return reading_count(beat) <= MAX_READINGS


def readings(beat: Beat) -> Iterator[tuple[dict[str, Outcome], list[str]]]:
    """Every reading that can tell the beat's branches apart: each outcome of each criterion its
    branches name, with each set of the moves they name (other criteria stay absent)."""
    criteria, moves = _named(beat)
    move_sets = [list(c) for n in range(len(moves) + 1) for c in combinations(moves, n)]
    for outcomes in product(OUTCOMES, repeat=len(criteria)):
        for chosen in move_sets:
            yield dict(zip(criteria, outcomes, strict=True)), chosen


def routes(beat: Beat) -> list[Route]:
    """The beat's routes, in the file's order, the fall-through last."""
    found = [Route(beat.id, j, b.next) for j, b in enumerate(beat.branches)]
    return [*found, Route(beat.id, None, beat.next or END)]


def takeable(beat: Beat) -> list[Route]:
    """The routes some reading takes (a branch below an `otherwise`, or below branches that
    together catch all it matches, never is). A beat too intricate to search: all of them."""
    if not checkable(beat):
        return routes(beat)
    taken: set[int | None] = set()
    for outcomes, moves in readings(beat):
        taken.add(_first_match(beat, outcomes, moves))
    return [r for r in routes(beat) if r.branch in taken]


def _first_match(beat: Beat, outcomes: dict[str, Outcome], moves: list[str]) -> int | None:
    for j, branch in enumerate(beat.branches):
        if branch.matches(outcomes, moves):
            return j
    return None


def reachable_beats(scenario: Scenario) -> set[str]:
    """Beats the session can come to from the first, through routes that can be taken."""
    beats = {b.id: b for b in scenario.beats}
    reached: set[str] = set()
    stack = [scenario.beats[0].id]
    while stack:
        beat_id = stack.pop()
        if beat_id in reached or beat_id not in beats:  # `end`, or a dangling id
            continue
        reached.add(beat_id)
        stack.extend(r.next for r in takeable(beats[beat_id]))
    return reached


def endings(scenario: Scenario) -> list[Route]:
    """Every ending the routing graph can reach, in the file's order."""
    reached = reachable_beats(scenario)
    return [
        route
        for beat in scenario.beats
        if beat.id in reached
        for route in takeable(beat)
        if route.ends
    ]
