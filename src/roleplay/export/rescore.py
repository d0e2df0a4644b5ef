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
from roleplay.store.collect import Found
from roleplay.store.files import atomic_write
from roleplay.store.sessions import dump_session

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
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.done / self.seconds if self.seconds > 0 else 0.0


@dataclass
class _File:
    path: Path
    session: Session
    pending: int = 0
    dirty: bool = False


@dataclass(frozen=True)
class _Job:
    file: _File
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
                jobs.append(_Job(state, attempt, use, moment, where))
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
                job.attempt.rescores.append(stamped(evaluation, job.attempt.response))
                job.file.dirty = True
                summary.done += 1
                if evaluation.judge == "offline-fallback":  # kept, labelled; a rerun retries it
                    summary.fell_back += 1
                    summary.problems.append(
                        f"{job.where}: scored offline ({evaluation.fallback_reason})"
                    )
            finished += 1
            report(finished, len(jobs))
            job.file.pending -= 1
            if job.file.pending == 0 and job.file.dirty:
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
            if state.dirty:
                _save(state, summary)
        summary.seconds = time.perf_counter() - started
    return summary


def _save(state: _File, summary: RescoreSummary) -> None:
    if not state.dirty:
        return
    state.dirty = False
    # Back into the file it was read from: a linked record keeps its link (never replaced).
    atomic_write(state.path.resolve(), dump_session(state.session))
    summary.saved += 1
