"""Gradebook tables from session records: one row per session, per attempt, or per trainee.

Rows hold plain values (str, int, float, bool, datetime, None); the writers format them. With
`text=False` no column carries free text: not the trainee's responses, not the client's lines,
not a rationale, a quote, a suggestion or a note.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import TYPE_CHECKING, Any, Literal

from roleplay.export.records import SessionSummary
from roleplay.export.stats import SessionStats, criteria_of, evaluation_for, stats_of

if TYPE_CHECKING:
    from roleplay.export.verify import Verdict

Level = Literal["session", "turn", "trainee"]
Sessions = Sequence[SessionSummary]
LEVELS: tuple[Level, ...] = ("session", "turn", "trainee")


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list[Any]]


@dataclass(frozen=True)
class RowOptions:
    text: bool = True
    rescored: bool = False
    pseudonym: Callable[[str], str] | None = None
    verdicts: Mapping[str, Verdict] | None = None  # by session id, with --verify


def build_table(level: Level, sessions: Sequence[SessionSummary], options: RowOptions) -> Table:
    # Sorted by the id as shown: sorting pseudonyms by the real ids would leak their order.
    ordered = sorted(sessions, key=lambda s: (s.cohort or "", _who(s, options), s.started_at, s.id))
    criteria = criteria_of(ordered)
    if level == "session":
        return session_table(ordered, criteria, options)
    if level == "turn":
        return turn_table(ordered, criteria, options)
    return trainee_table(ordered, criteria, options)


def _who(session: SessionSummary, options: RowOptions) -> str:
    return options.pseudonym(session.trainee) if options.pseudonym else session.trainee


def _joined(values: set[str]) -> str:
    return "+".join(sorted(values))


def session_table(sessions: Sessions, criteria: list[str], options: RowOptions) -> Table:
    columns = [
        "cohort",
        "trainee",
        "session_id",
        "scenario",
        "scenario_title",
        "difficulty",
        "started_at",
        "ended_at",
        "status",
        "turns",
        "attempts",
    ]
    for cid in criteria:
        columns += [f"{cid}_mean", f"{cid}_best", f"{cid}_last"]
    columns += [
        "restraint_invited",
        "restraint_held",
        "engine",
        "client_model",
        "judge",
        "judge_model",
        "fallbacks",
        "rubric",
        "rubric_version",
    ]
    if options.verdicts is not None:
        columns += ["verified", "flags"]
    rows = []
    for session in sessions:
        stats = stats_of(session, options.rescored)
        row: list[Any] = [
            session.cohort,
            _who(session, options),
            session.id,
            session.scenario.id,
            session.scenario.title,
            session.scenario.difficulty,
            session.started_at,
            session.ended_at,
            session.status,
            stats.turns,
            stats.attempts,
        ]
        for cid in criteria:
            row += [stats.mean(cid), stats.best(cid), stats.last(cid)]
        row += [
            stats.restraint_invited,
            stats.restraint_held,
            session.engine.mode,
            session.engine.model,
            _joined(stats.judges),
            _joined(stats.judge_models) or session.engine.judge_model,
            stats.fallbacks,
            session.rubric.id,
            session.rubric.version,
        ]
        if options.verdicts is not None:
            verdict = options.verdicts.get(session.id)
            row += [verdict.status, len(verdict.flags)] if verdict else ["unchecked", 0]
        rows.append(row)
    return Table(columns, rows)


def turn_table(sessions: Sessions, criteria: list[str], options: RowOptions) -> Table:
    columns = [
        "cohort",
        "trainee",
        "session_id",
        "scenario",
        "difficulty",
        "turn",
        "beat",
        "invites",
        "attempt",
        "submitted_at",
        "judge",
        "judge_model",
        "rubric",
        "rubric_version",
    ]
    columns += criteria
    columns += [f"{cid}_self" for cid in criteria]
    columns += ["restraint_held", "moves", "rescores"]
    if options.verdicts is not None:
        columns += ["verified"]
    if options.text:
        columns += ["client_line", "response"]
        for cid in criteria:
            columns += [f"{cid}_rationale", f"{cid}_evidence", f"{cid}_suggestion"]
        columns += ["restraint_note", "fallback_reason"]
    rows = []
    for session in sessions:
        invites = _invites(session)
        who = _who(session, options)
        verdict = options.verdicts.get(session.id) if options.verdicts is not None else None
        for t, turn in enumerate(session.turns, start=1):
            for a, attempt in enumerate(turn.attempts, start=1):
                evaluation = evaluation_for(attempt, options.rescored)
                if attempt.withdrawn or evaluation is None:
                    continue
                results = evaluation.criteria
                rating = attempt.self_rating or {}
                row: list[Any] = [
                    session.cohort,
                    who,
                    session.id,
                    session.scenario.id,
                    session.scenario.difficulty,
                    t,
                    turn.beat,
                    invites.get(turn.beat),
                    a,
                    attempt.submitted_at,
                    evaluation.judge,
                    evaluation.model,
                    evaluation.rubric_id,
                    evaluation.rubric_version,
                ]
                for cid in criteria:
                    result = results.get(cid)
                    row.append(result.score if result and result.applicable else None)
                row += [rating.get(cid) for cid in criteria]
                restraint = evaluation.restraint
                row += [
                    restraint.held if restraint else None,
                    " ".join(evaluation.moves),
                    len(attempt.rescores),
                ]
                if options.verdicts is not None:
                    flags = verdict.for_attempt(t, a) if verdict else []
                    row.append(
                        "; ".join(f.problem for f in flags)
                        if flags
                        else (verdict.status if verdict else "unchecked")
                    )
                if options.text:
                    # Text columns come from full records (SessionSummary, not SessionScores);
                    # the two share one annotation, hence the ignores below.
                    row += [turn.client.text, attempt.response]
                    for cid in criteria:
                        result = results.get(cid)
                        row += (
                            [result.rationale, " | ".join(result.evidence), result.suggestion]  # type: ignore[union-attr]
                            if result
                            else [None, None, None]
                        )
                    row += [
                        restraint.note if restraint else None,  # type: ignore[union-attr]
                        evaluation.fallback_reason,  # type: ignore[union-attr]
                    ]
                rows.append(row)
    return Table(columns, rows)


def _invites(session: SessionSummary) -> dict[str, str | None]:
    return {b.id: b.invites for b in session.scenario.frozen.beats}


def trainee_table(sessions: Sessions, criteria: list[str], options: RowOptions) -> Table:
    columns = [
        "cohort",
        "trainee",
        "sessions",
        "completed",
        "scenarios",
        "first_session",
        "last_session",
        "attempts",
    ]
    for cid in criteria:
        columns += [f"{cid}_mean", f"{cid}_first", f"{cid}_last", f"{cid}_change"]
    groups: dict[tuple[str, str], list[SessionStats]] = {}
    for session in sessions:  # already in (cohort, trainee as shown, started_at) order
        key = (session.cohort or "", session.trainee)
        groups.setdefault(key, []).append(stats_of(session, options.rescored))
    rows = []
    for group in groups.values():
        first = group[0].session
        row: list[Any] = [
            first.cohort,
            _who(first, options),
            len(group),
            sum(s.session.status == "completed" for s in group),
            len({s.session.scenario.id for s in group}),
            first.started_at,
            group[-1].session.started_at,
            sum(s.attempts for s in group),
        ]
        for cid in criteria:
            row += progress(group, cid)
        rows.append(row)
    return Table(columns, rows)


def progress(group: Sequence[SessionStats], criterion: str) -> list[float | None]:
    """Mean over all attempts; the first and last sessions' means; their difference."""
    per_session = [mean for s in group if (mean := s.mean(criterion)) is not None]
    every = [v for s in group for v in s.scores.get(criterion, [])]
    if not per_session:
        return [None, None, None, None]
    first, last = per_session[0], per_session[-1]
    return [round(fmean(every), 2), first, last, round(last - first, 2)]
