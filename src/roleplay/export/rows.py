"""Gradebook tables from session records: one row per session, per attempt, or per trainee.

Rows hold plain values (str, int, float, bool, datetime, None); the writers format them. With
`text=False` no column carries free text: not the trainee's responses, not the client's lines,
not a rationale, a quote, a suggestion or a note.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby
from statistics import fmean
from typing import TYPE_CHECKING, Any, Literal, cast

from roleplay.domain.client_rating import ITEMS as RATING_ITEMS
from roleplay.domain.counted import counted_index
from roleplay.export.records import SessionKey, SessionSummary
from roleplay.export.stats import SessionStats, criteria_of, evaluation_for, scale_from, stats_of
from roleplay.export.supervision import ReviewIndex, supervisor_cells

if TYPE_CHECKING:
    from roleplay.export.verify import Verdict

Level = Literal["session", "turn", "trainee"]
Sessions = Iterable[SessionSummary]
Rows = Iterator[list[Any]]


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: Iterable[list[Any]]  # often a generator: read once, by the writer


@dataclass(frozen=True)
class RowOptions:
    text: bool = True
    rescored: bool = False
    pseudonym: Callable[[str], str] | None = None
    verdicts: Mapping[str, Verdict] | None = None  # by session id, with --verify
    # Supervisors' reviews found beside the sessions: turn rows then carry their ratings.
    reviews: ReviewIndex | None = None


def build_table(
    level: Level,
    sessions: Sequence[SessionSummary] | Sequence[SessionKey],
    options: RowOptions,
    load: Callable[[SessionKey], SessionSummary | None] | None = None,
    criteria: list[str] | None = None,
) -> Table:
    """The table for `level`. Its rows are made as they are written: with `load`, `sessions` are
    keys (for order) and each session is read in full only when its rows are due, so a cohort
    of any size is never in memory at once; `criteria` then names the criterion columns (also
    when there is no session, so an empty export keeps its columns)."""
    # Sorted by the id as shown: sorting pseudonyms by the real ids would leak their order.
    ordered = sorted(sessions, key=lambda s: (s.cohort or "", _who(s, options), s.started_at, s.id))
    if load is None:
        full = cast(list[SessionSummary], ordered)
        criterion_ids = criteria if criteria is not None else criteria_of(full)
        loaded: Sessions = full
    else:
        criterion_ids = criteria or []
        loaded = (s for s in map(load, cast(list[SessionKey], ordered)) if s is not None)
    if level == "session":
        return session_table(loaded, criterion_ids, options)
    if level == "turn":
        return turn_table(loaded, criterion_ids, options)
    return trainee_table(loaded, criterion_ids, options)


def _who(session: SessionSummary | SessionKey, options: RowOptions) -> str:
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
    # The client's own end-of-session rating (0-10 on each Session Rating Scale line).
    columns += [f"client_{item}" for item in RATING_ITEMS] + ["client_rating_by"]
    if options.verdicts is not None:
        columns += ["verified", "flags"]
    if options.text:
        columns += ["client_comment", "reflection"]
    return Table(columns, _session_rows(sessions, criteria, options))


def _session_rows(sessions: Sessions, criteria: list[str], options: RowOptions) -> Rows:
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
        rating = session.client_rating
        row += [rating.scores.get(item) if rating else None for item in RATING_ITEMS]
        row.append(rating.source if rating else None)
        if options.verdicts is not None:
            verdict = options.verdicts.get(session.id)
            row += [verdict.status, len(verdict.flags)] if verdict else ["unchecked", 0]
        if options.text:
            row += [rating.comment if rating else None, session.reflection]
        yield row


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
        "counted",
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
    if options.reviews is not None:
        columns += ["reviewers", *(f"{cid}_supervisor" for cid in criteria)]
        columns += ["supervisor_flag", "supervisors_differ"]
    if options.text:
        columns += ["client_line", "response"]
        for cid in criteria:
            columns += [f"{cid}_rationale", f"{cid}_evidence", f"{cid}_suggestion"]
        columns += ["restraint_note", "fallback_reason"]
        columns += ["pause_feeling", "pause_want", "pause_whose_need"]
        if options.reviews is not None:
            columns += ["supervisor_comments"]
    return Table(columns, _turn_rows(sessions, criteria, options))


def _turn_rows(sessions: Sessions, criteria: list[str], options: RowOptions) -> Rows:
    for session in sessions:
        invites = _invites(session)
        who = _who(session, options)
        verdict = options.verdicts.get(session.id) if options.verdicts is not None else None
        scale = scale_from(session)
        for t, turn in enumerate(session.turns, start=1):
            evaluations = [
                None if attempt.withdrawn else evaluation_for(attempt, options.rescored)
                for attempt in turn.attempts
            ]
            counted = counted_index(evaluations, scale)
            for a, (attempt, evaluation) in enumerate(
                zip(turn.attempts, evaluations, strict=True), start=1
            ):
                if evaluation is None:
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
                    a - 1 == counted,
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
                cells = None
                if options.reviews is not None:
                    rated = options.reviews.items_for(
                        session.id, t - 1, a - 1, getattr(attempt, "response", "")
                    )
                    cells = supervisor_cells(rated, criteria)
                    row.append(cells.reviewers or None)
                    row += [cells.scores[cid] for cid in criteria]
                    row += [cells.flagged if rated else None, cells.differ]
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
                    # text columns come from full records (SessionSummary), not SessionScores
                    row += [
                        restraint.note if restraint else None,  # type: ignore[union-attr]
                        evaluation.fallback_reason,  # type: ignore[union-attr]
                    ]
                    pause = getattr(attempt, "pause", None)
                    row += [pause.feeling, pause.want, pause.whose_need] if pause else [None] * 3
                    if cells is not None:
                        row.append(cells.comments or None)
                yield row


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
    return Table(columns, _trainee_rows(sessions, criteria, options))


def _trainee_rows(sessions: Sessions, criteria: list[str], options: RowOptions) -> Rows:
    # Sessions come in (cohort, trainee as shown, started_at) order, so each trainee's sessions
    # are together: one group is held at a time.
    for _, members in groupby(sessions, key=lambda s: (s.cohort or "", s.trainee)):
        group = [stats_of(session, options.rescored) for session in members]
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
        yield row


def progress(group: Sequence[SessionStats], criterion: str) -> list[float | None]:
    """Mean over every moment of every session (each moment's counted score); the first and last
    sessions' means; their difference."""
    per_session = [mean for s in group if (mean := s.mean(criterion)) is not None]
    every = [v for s in group for v in s.scores.get(criterion, [])]
    if not per_session:
        return [None, None, None, None]
    first, last = per_session[0], per_session[-1]
    return [round(fmean(every), 2), first, last, round(last - first, 2)]
