"""A trainee's past sessions and their progress per criterion over time. Pure, no I/O.

The caller reads the sessions (from the store) and passes them in; everything here is arithmetic
over session records, so it is tested without files or a terminal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from roleplay.domain.counted import counted_turn, scale_of, session_figures
from roleplay.domain.session import Session


@dataclass(frozen=True)
class HistoryRow:
    session_id: str
    scenario_id: str
    title: str
    difficulty: str
    status: str
    started_at: datetime
    turns: int  # answered turns
    attempts: int  # answered attempts
    # Per criterion, the mean over moments of each moment's counted score (domain.counted);
    # None when the skill was never scored.
    means: dict[str, float | None]


def criterion_ids(sessions: Iterable[Session]) -> list[str]:
    """Every criterion any session was scored on, in the order first seen."""
    seen: list[str] = []
    for session in sessions:
        for turn in session.turns:
            for attempt in turn.attempts:
                if attempt.evaluation:
                    for cid in attempt.evaluation.criteria:
                        if cid not in seen:
                            seen.append(cid)
    return seen


def session_row(session: Session, criteria: list[str]) -> HistoryRow:
    scale = scale_of(session.rubric.frozen)
    figures = session_figures(counted_turn(t, scale) for t in session.turns)
    return HistoryRow(
        session_id=session.id,
        scenario_id=session.scenario.id,
        title=session.scenario.title,
        difficulty=session.scenario.difficulty,
        status=session.status,
        started_at=session.started_at,
        turns=figures.moments,
        attempts=sum(1 for t in session.turns for a in t.attempts if a.counts),
        means={cid: figures.mean(cid) for cid in criteria},
    )


def history(
    sessions: Iterable[Session], *, trainee: str | None = None, scenario: str | None = None
) -> list[HistoryRow]:
    """Rows for the trainee's sessions (optionally one scenario), newest first."""
    chosen = [
        s
        for s in sessions
        if (trainee is None or s.trainee == trainee)
        and (scenario is None or s.scenario.id == scenario)
    ]
    criteria = criterion_ids(chosen)
    rows = [session_row(s, criteria) for s in chosen]
    return sorted(rows, key=lambda r: r.started_at, reverse=True)


@dataclass(frozen=True)
class Point:
    started_at: datetime
    value: float
    session_id: str


def criterion_series(rows: Iterable[HistoryRow]) -> dict[str, list[Point]]:
    """Per criterion, one point per session that scored it, oldest first (for a chart)."""
    series: dict[str, list[Point]] = {}
    for row in sorted(rows, key=lambda r: r.started_at):
        for cid, value in row.means.items():
            series.setdefault(cid, [])
            if value is not None:
                series[cid].append(Point(row.started_at, value, row.session_id))
    return series


def done_scenarios(sessions: Iterable[Session], trainee: str) -> dict[str, str]:
    """scenario id -> "done" (a completed session exists) or "in progress", for the home list."""
    found: dict[str, str] = {}
    for session in sessions:
        if session.trainee != trainee:
            continue
        if session.status == "completed":
            found[session.scenario.id] = "done"
        elif session.status == "in_progress":
            found.setdefault(session.scenario.id, "in progress")
    return found
