"""`roleplay rescore` takes the session lock: a session open in a practice room elsewhere is
skipped and counted, and a response submitted while a rescore runs is never overwritten.

The other window is a real second process (it resumes the session and holds it, or submits a
response and exits), so the lock is the kernel's, as between two terminals.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import sys
from pathlib import Path

from roleplay.domain.session import Evaluation
from roleplay.export.rescore import rescore
from roleplay.judge.base import JudgeRequest
from roleplay.store.collect import collect_sessions
from roleplay.store.locks import lock_path
from test_fs_locks import held_elsewhere
from test_fs_writes import _one_session

HANG = 120  # seconds: only a hang gets anywhere near this

SUBMITTER = """
import asyncio, contextlib, sys
from pathlib import Path
from roleplay.factory import build_services
from roleplay.settings import Settings

services = build_services(Settings(data_dir=Path(sys.argv[1]), offline=True))
session = services.resume(sys.argv[2])

async def submit():
    async with contextlib.aclosing(session.submit(sys.argv[3])) as events:
        async for _ in events:
            pass

asyncio.run(submit())
"""


def _rescores(path: Path) -> int:
    record = json.loads(path.read_text("utf-8"))
    return sum(len(a["rescores"]) for t in record["turns"] for a in t["attempts"])


def _responses(path: Path) -> list[str]:
    record = json.loads(path.read_text("utf-8"))
    return [a["response"] for t in record["turns"] for a in t["attempts"]]


def _rescore_cli(data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "roleplay", "rescore", str(data), "--offline"],
        capture_output=True,
        text=True,
        timeout=HANG,
        check=False,
    )


def test_rescore_skips_a_session_open_in_another_process_and_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_one, free_one = _one_session(data), _one_session(data)
    before = open_one.read_bytes()
    with held_elsewhere(data, open_one.stem):
        done = _rescore_cli(data)
        assert open_one.read_bytes() == before  # not a byte written under the holder's feet
    assert done.returncode == 1, done.stderr
    assert f"{open_one}: skipped: open in another roleplay window" in done.stderr
    assert "1 session(s) skipped because they are open in another window" in done.stderr
    assert "Traceback" not in done.stderr
    assert _rescores(open_one) == 0 and _rescores(free_one) > 0

    again = _rescore_cli(data)  # the window closed: now it is rescored, the other not again
    assert again.returncode == 0, again.stderr
    assert "0 session(s) skipped" in again.stderr
    assert _rescores(open_one) > 0
    assert not lock_path(open_one).exists() and not lock_path(free_one).exists()


class StepJudge:
    """The offline judgement, labelled llm; before its first answer it runs `first` (what another
    window does while the rescore is out judging)."""

    kind = "llm"

    def __init__(self, first) -> None:
        self.first = first
        self.calls = 0

    def describe(self) -> str:
        return "step judge"

    async def evaluate(self, request: JudgeRequest) -> Evaluation:
        self.calls += 1
        if self.calls == 1:
            self.first()
        return request.offline.model_copy(update={"judge": "llm", "model": "step-1"})


def test_a_response_submitted_during_a_rescore_is_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = _one_session(data)
    found, _ = collect_sessions([data])
    before = _responses(path)
    said = "It sounds like you're wondering whether I'm still with you."

    def submit_elsewhere() -> None:
        subprocess.run(
            [sys.executable, "-c", SUBMITTER, str(data), path.stem, said],
            check=True,
            timeout=HANG,
        )

    judge = StepJudge(submit_elsewhere)
    summary = asyncio.run(rescore(found, judge, judge_model="step-1"))
    assert summary.saved == 1 and summary.in_use == 0
    assert _responses(path) == [*before, said]  # the other window's response survived the save
    assert _rescores(path) == summary.done == len(before)  # and the rescores were added to it


def test_a_session_opened_elsewhere_during_the_rescore_is_left_alone(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    path = _one_session(data)
    found, _ = collect_sessions([data])
    before = path.read_bytes()
    with contextlib.ExitStack() as stack:

        def open_elsewhere() -> None:
            stack.enter_context(held_elsewhere(data, path.stem))

        summary = asyncio.run(rescore(found, StepJudge(open_elsewhere), judge_model="step-1"))
        assert path.read_bytes() == before
    assert summary.in_use == 1 and summary.saved == 0
    assert any("not saved: it was opened in another roleplay window" in p for p in summary.problems)
