"""`roleplay rescore`: re-judging beside the old scores, bounded, with progress, resumable."""

from __future__ import annotations

import asyncio
import stat
from pathlib import Path

import pytest

from cohort import load
from roleplay.cli import main
from roleplay.domain.integrity import intact
from roleplay.domain.session import Evaluation
from roleplay.errors import ProviderError
from roleplay.export.rescore import rescore
from roleplay.judge.base import JudgeRequest
from roleplay.store.collect import collect_sessions


class SlowJudge:
    """A judge that records how many calls overlap. Each call yields to the event loop once;
    with `open_at`, calls wait until that many are in flight together; with `hold`, calls
    wait until cancelled."""

    kind = "llm"

    def __init__(self, open_at: int = 0, fail_when: str | None = None) -> None:
        self.fail_when = fail_when
        self.in_flight = 0
        self.peak = 0
        self.calls = 0
        self.hold = False
        self.open_at = open_at
        self._open = asyncio.Event()

    def describe(self) -> str:
        return "slow test judge"

    async def evaluate(self, request: JudgeRequest) -> Evaluation:
        self.calls += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        if self.in_flight >= self.open_at:
            self._open.set()
        try:
            await asyncio.sleep(0)
            await self._open.wait()
            if self.hold:
                await asyncio.Event().wait()
        finally:
            self.in_flight -= 1
        if self.fail_when and self.fail_when in request.response:
            raise ProviderError("the server said no")
        return request.offline.model_copy(update={"judge": "llm", "model": "slow-1"})


def counted(paths: list[Path]) -> int:
    return sum(
        1
        for p in paths
        for t in load(p)["turns"]
        for a in t["attempts"]
        if a["evaluation"] and not a["withdrawn"]
    )


def originals(paths: list[Path]) -> list[dict]:
    return [a["evaluation"] for p in paths for t in load(p)["turns"] for a in t["attempts"]]


def test_cli_rescores_every_attempt_beside_the_original_and_resumes(
    cohort: list[Path], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = originals(cohort)
    total = counted(cohort)
    assert main(["rescore", str(data_dir), "--offline", "--concurrency", "3"]) == 0
    err = capsys.readouterr().err
    assert f"{total}/{total}" in err  # the progress bar's last state
    assert f"rescored {total} of {total} attempt(s) in 6 session(s)" in err
    assert originals(cohort) == before  # never overwritten
    for path in cohort:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        for turn in load(path)["turns"]:
            for attempt in turn["attempts"]:
                assert len(attempt["rescores"]) == 1
                again = Evaluation.model_validate(attempt["rescores"][0])
                assert again.judge == "offline" and intact(again, attempt["response"])

    assert main(["rescore", str(data_dir), "--offline"]) == 0
    err = capsys.readouterr().err
    assert "rescored 0 of 0 attempt(s)" in err and f"{total} already rescored earlier" in err

    assert main(["rescore", str(data_dir), "--offline", "--rubric", "relationship-boundaries"]) == 0
    for path in cohort:
        for turn in load(path)["turns"]:
            for attempt in turn["attempts"]:
                rubrics = [r["rubric_id"] for r in attempt["rescores"]]
                assert rubrics == ["disclosure-immediacy", "relationship-boundaries"]
    assert originals(cohort) == before


def test_unknown_rubric_and_bad_concurrency_are_bad_input(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True)
    assert main(["rescore", str(data_dir), "--offline", "--rubric", "nope"]) == 2
    assert "no rubric with id 'nope'" in capsys.readouterr().err
    assert main(["rescore", str(data_dir), "--offline", "--concurrency", "0"]) == 2
    assert "--concurrency must be at least 1" in capsys.readouterr().err


async def test_concurrency_is_bounded_and_progress_counts_up(cohort: list[Path]) -> None:
    found, _ = collect_sessions(cohort)
    judge = SlowJudge(open_at=4)  # an unbounded rescore would start a fifth call before
    seen: list[tuple[int, int]] = []
    summary = await rescore(
        found,
        judge,
        judge_model="slow-1",
        concurrency=4,
        on_progress=lambda d, t: seen.append((d, t)),
    )
    total = counted(cohort)
    assert judge.peak == 4
    assert summary.done == total == judge.calls
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert summary.saved == 6


async def test_an_interrupted_rescore_keeps_its_work_and_a_rerun_finishes_it(
    cohort: list[Path],
) -> None:
    total = counted(cohort)
    found, _ = collect_sessions(cohort)
    judge = SlowJudge()
    halfway = asyncio.Event()

    def progress(done: int, _: int) -> None:
        if done >= total // 2:
            judge.hold = True  # calls not yet finished now hang until the cancel, so the
            halfway.set()  # interruption is always mid-way

    task = asyncio.create_task(
        rescore(found, judge, judge_model="slow-1", concurrency=2, on_progress=progress)
    )
    await halfway.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    kept = sum(len(a["rescores"]) for p in cohort for t in load(p)["turns"] for a in t["attempts"])
    assert total // 2 <= kept < total

    found, _ = collect_sessions(cohort)
    second = SlowJudge()
    summary = await rescore(found, second, judge_model="slow-1", concurrency=8)
    assert summary.already == kept and summary.done == total - kept == second.calls
    for path in cohort:
        for turn in load(path)["turns"]:
            for attempt in turn["attempts"]:
                assert [r["model"] for r in attempt["rescores"]] == ["slow-1"]


async def test_failed_judgements_are_counted_left_out_and_retried_next_time(
    cohort: list[Path],
) -> None:
    # A response every trainee gives in their first two turns: how long a session runs after that
    # follows the judge's reading (a branch may end it), so a later response may never be given.
    fails_on = "I notice you went quiet"
    found, _ = collect_sessions(cohort)
    summary = await rescore(found, SlowJudge(fail_when=fails_on), judge_model="slow-1")
    failing = sum(
        1
        for p in cohort
        for t in load(p)["turns"]
        for a in t["attempts"]
        if fails_on in a["response"]
    )
    assert failing and summary.failed == failing
    assert all("not rescored (the server said no)" in p for p in summary.problems)
    found, _ = collect_sessions(cohort)
    retry = SlowJudge()
    summary = await rescore(found, retry, judge_model="slow-1")
    assert summary.done == failing == retry.calls


async def test_a_new_model_is_a_new_rescore(cohort: list[Path]) -> None:
    found, _ = collect_sessions(cohort)
    await rescore(found, SlowJudge(), judge_model="slow-1")
    found, _ = collect_sessions(cohort)
    again = await rescore(found, SlowJudge(), judge_model="slow-1-2025")
    # The server answered "slow-1", so "slow-1-2025" is not the same judgement as what is stored.
    assert again.done == counted(cohort)


def test_export_can_use_the_rescores(cohort: list[Path], data_dir: Path, tmp_path: Path) -> None:
    assert main(["rescore", str(data_dir), "--offline", "--rubric", "relationship-boundaries"]) == 0
    out = tmp_path / "t.csv"
    assert main(["export", str(data_dir), "--level", "turn", "--rescored", "--out", str(out)]) == 0
    text = out.read_text("utf-8-sig")
    assert "relationship-boundaries" in text
