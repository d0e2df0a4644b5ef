"""`roleplay rescore`: re-judge stored attempts with the active judge, beside the old evaluations.

- Never overwrites: each new evaluation is appended to the attempt's `rescores`.
- Bounded concurrency: N workers share one queue, so at most N judge calls are in flight.
- Resumable: an attempt that already has a rescore by the same judge kind, model and rubric
  (id and version) is skipped, and every session file is saved atomically as soon as its attempts
  are done (whichever judge: the workers yield to the loop after every attempt so the saves run),
  and on interruption, so a rerun picks up where the last one stopped, even after a SIGKILL.
- A failed judgement is counted and left out (a rerun tries it again); it never stops the rest.
  Where the server gives up, the offline judge's answer is kept, labelled `offline-fallback`
  (a rerun tries the server again, since that is not the judgement asked for).
- Never under a practice room's feet: a session open in another window (its lock held) is skipped
  and counted. Each save takes the session's lock, reads the file again and adds the new
  evaluations to what is there now, so a response submitted meanwhile is never overwritten.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from roleplay.domain.integrity import stamped
from roleplay.domain.moment import Moment
from roleplay.domain.replay import moment_at, thaw
from roleplay.domain.rubric import Rubric
from roleplay.domain.session import Attempt, Evaluation, Session
from roleplay.errors import RoleplayError
from roleplay.judge.base import Judge
from roleplay.judge.offline import offline_request
from roleplay.store import locks
from roleplay.store.collect import Found
from roleplay.store.files import atomic_write
from roleplay.store.sessions import Skipped, dump_session, read_record

Progress = Callable[[int, int], None]  # (attempts done so far, attempts to do)


@dataclass
class RescoreSummary:
    sessions: int = 0
    to_do: int = 0
    done: int = 0
    already: int = 0  # rescored by this judge and rubric in an earlier run
    failed: int = 0
    fell_back: int = 0  # the server failed and the offline judge answered (counted in done)
    saved: int = 0
    in_use: int = 0  # sessions skipped (or left unsaved) because another window had them open
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.done / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class _New:
    """A rescore to add to the attempt at (turn, attempt) if it still holds `response`."""

    turn: int
    attempt: int
    response: str
    evaluation: Evaluation


@dataclass
class _File:
    path: Path
    session: Session
    pending: int = 0
    added: list[_New] = field(default_factory=list)


@dataclass(frozen=True)
class _Job:
    file: _File
    turn: int
    index: int
    attempt: Attempt
    rubric: Rubric
    moment: Moment
    where: str


def same_judgement(evaluation: Evaluation, kind: str, model: str | None, rubric: Rubric) -> bool:
    """Whether `evaluation` is a rescore this run would repeat (and so can skip)."""
    if (evaluation.judge, evaluation.rubric_id, evaluation.rubric_version) != (
        kind,
        rubric.id,
        rubric.version,
    ):
        return False
    # Servers often answer with a dated model name ("gpt-4o-mini-2024-07-18").
    return model is None or evaluation.model is None or evaluation.model.startswith(model)


def plan(
    found: Sequence[Found], kind: str, model: str | None, rubric: Rubric | None
) -> tuple[list[_Job], RescoreSummary, list[_File]]:
    summary = RescoreSummary(sessions=len(found))
    jobs: list[_Job] = []
    files: list[_File] = []
    for item in found:
        if _open_elsewhere(item.path):
            summary.in_use += 1
            summary.problems.append(f"{item.path}: skipped: {_IN_USE}")
            continue
        state = _File(item.path, item.session)
        files.append(state)
        try:
            scenario, frozen_rubric = thaw(item.session)
        except ValueError:
            summary.problems.append(f"{item.path}: its frozen scenario or rubric cannot be read")
            continue
        use = rubric or frozen_rubric
        for t, turn in enumerate(item.session.turns):
            for a, attempt in enumerate(turn.attempts):
                if attempt.withdrawn or attempt.evaluation is None:
                    continue
                if any(same_judgement(e, kind, model, use) for e in attempt.rescores):
                    summary.already += 1
                    continue
                try:
                    moment = moment_at(scenario, item.session.turns, t)
                except KeyError:
                    summary.problems.append(f"{item.path}: turn {t + 1} names an unknown beat")
                    continue
                where = f"{item.path}: turn {t + 1}, attempt {a + 1}"
                jobs.append(_Job(state, t, a, attempt, use, moment, where))
                state.pending += 1
    summary.to_do = len(jobs)
    return jobs, summary, files


async def rescore(
    found: Sequence[Found],
    judge: Judge,
    *,
    judge_model: str | None = None,
    rubric: Rubric | None = None,
    concurrency: int = 8,
    on_progress: Progress | None = None,
) -> RescoreSummary:
    jobs, summary, files = plan(found, judge.kind, judge_model, rubric)
    started = time.perf_counter()
    report = on_progress or (lambda done, total: None)
    report(0, len(jobs))
    queue: asyncio.Queue[_Job] = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)
    finished = 0

    async def worker() -> None:
        nonlocal finished
        while True:
            try:
                job = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                request = offline_request(job.rubric, job.moment, job.attempt.response)
                evaluation = await judge.evaluate(request)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # one failure must not stop a cohort's rescore
                summary.failed += 1
                reason = exc.message if isinstance(exc, RoleplayError) else type(exc).__name__
                summary.problems.append(f"{job.where}: not rescored ({reason})")
            else:
                stamp = stamped(evaluation, job.attempt.response)
                job.file.added.append(_New(job.turn, job.index, job.attempt.response, stamp))
                summary.done += 1
                if evaluation.judge == "offline-fallback":  # kept, labelled; a rerun retries it
                    summary.fell_back += 1
                    summary.problems.append(
                        f"{job.where}: scored offline ({evaluation.fallback_reason})"
                    )
            finished += 1
            report(finished, len(jobs))
            job.file.pending -= 1
            if job.file.pending == 0 and job.file.added:
                # Written beside the work, so a slow disk never takes a judging slot.
                saves.append(asyncio.create_task(asyncio.to_thread(_save, job.file, summary)))
            # A judge that never awaits (the offline one is pure CPU) would otherwise keep the
            # loop to itself until the last job: no save would start, and a kill would lose all.
            await asyncio.sleep(0)

    saves: list[asyncio.Task[None]] = []
    try:
        workers = [asyncio.create_task(worker()) for _ in range(max(1, concurrency))]
        await asyncio.gather(*workers)
        await asyncio.gather(*saves)
    finally:
        for task in saves:  # an interrupted save is finished below, on the loop's own thread
            if not task.done():
                with contextlib.suppress(BaseException):
                    await asyncio.shield(task)
        # Interrupted or not: whatever was rescored is kept, so a rerun resumes from here.
        for state in files:
            if state.added:
                _save(state, summary)
        summary.seconds = time.perf_counter() - started
    return summary


_IN_USE = "open in another roleplay window (rescore it again once it is closed there)"


def _open_elsewhere(path: Path) -> bool:
    """Whether another process holds the session in `path` (a practice room has it open)."""
    real = path.resolve()
    if locks.held(real):
        return False  # this process's own
    try:
        locks.claim(real)
    except locks.SessionInUse:
        return True
    locks.release(real)
    return False


def _save(state: _File, summary: RescoreSummary) -> None:
    added, state.added = state.added, []
    if not added:
        return
    # Back into the file it was read from: a linked record keeps its link (never replaced).
    path = state.path.resolve()
    ours = locks.held(path)
    try:
        locks.claim(path)
    except locks.SessionInUse:
        summary.in_use += 1
        summary.problems.append(
            f"{state.path}: {len(added)} rescore(s) not saved: it was opened in another "
            f"roleplay window meanwhile (rescore it again once it is closed there)"
        )
        return
    try:
        # Read again under the lock: whatever was written since the first read is kept.
        current = read_record(path)
        if isinstance(current, Skipped):
            summary.problems.append(f"{state.path}: rescores not saved: {current.reason}")
            return
        if _merge(current, added, state.path, summary):
            atomic_write(path, dump_session(current))
            summary.saved += 1
    finally:
        if not ours:
            locks.release(path)


def _merge(session: Session, added: list[_New], shown: Path, summary: RescoreSummary) -> bool:
    """Add each new rescore to its attempt as the file holds it now; whether any was added."""
    changed = False
    for new in added:
        turns = session.turns
        attempts = turns[new.turn].attempts if new.turn < len(turns) else []
        attempt = attempts[new.attempt] if new.attempt < len(attempts) else None
        if attempt is None or attempt.response != new.response:
            summary.problems.append(
                f"{shown}: turn {new.turn + 1}, attempt {new.attempt + 1} changed since it was "
                "read: its rescore was not saved"
            )
            continue
        if any(_same_stamp(old, new.evaluation) for old in attempt.rescores):
            continue  # another rescore run saved this very judgement meanwhile
        attempt.rescores.append(new.evaluation)
        changed = True
    return changed


def _same_stamp(old: Evaluation, new: Evaluation) -> bool:
    return (old.judge, old.model, old.rubric_id, old.rubric_version) == (
        new.judge,
        new.model,
        new.rubric_id,
        new.rubric_version,
    )
