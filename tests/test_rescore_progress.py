"""A rescore keeps its progress: sessions are saved as they finish, even with the offline judge
(which never awaits), so a killed rescore keeps what it did and a rerun resumes from there.

Nothing here waits on time: the tests wait for session files to be replaced on disk, or for the
judge's progress reports.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cohort import load, make_cohort, save
from roleplay.cli import main
from roleplay.export.rescore import rescore
from roleplay.judge.offline import OfflineJudge
from roleplay.store.collect import collect_sessions

COPIES = 70  # of the 6-session cohort: 420 sessions, about 2,200 attempts to judge
HANG_GUARD = 300  # seconds: only to stop a hung test, never a speed limit


@pytest.fixture(scope="module")
def base_records(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    data = tmp_path_factory.mktemp("rescore-base") / "data"
    return [load(path) for path in make_cohort(data)]


def many_sessions(records: list[dict], folder: Path, copies: int) -> list[Path]:
    """`copies` of each record under new ids (a copy with the same id would be merged)."""
    folder.mkdir(parents=True)
    paths = []
    for n in range(copies):
        for record in records:
            record = {**record, "id": f"{record['id']}-copy{n}"}
            path = folder / f"{record['id']}.json"
            save(path, record)
            paths.append(path)
    return paths


def judged_attempts(path: Path) -> tuple[int, int]:
    """(attempts with an evaluation, those of them carrying a rescore) in a session file."""
    attempts = [
        a
        for t in load(path)["turns"]
        for a in t["attempts"]
        if a.get("evaluation") and not a.get("withdrawn")
    ]
    return len(attempts), sum(1 for a in attempts if a.get("rescores"))


def test_a_killed_rescore_keeps_the_sessions_it_saved_and_a_rerun_resumes(
    base_records: list[dict], tmp_path: Path
) -> None:
    paths = many_sessions(base_records, tmp_path / "cohort", COPIES)
    inodes = {path: path.stat().st_ino for path in paths}
    env = {**os.environ, "ROLEPLAY_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "roleplay", "--offline", "rescore", str(tmp_path / "cohort")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # Saving replaces a file (a new inode): wait for the first few, polling the process.
        saved: list[Path] = []
        for _ in range(HANG_GUARD * 20):
            saved = [p for p in paths if p.stat().st_ino != inodes[p]]
            if len(saved) >= 3:
                break
            try:
                proc.wait(timeout=0.05)
            except subprocess.TimeoutExpired:
                continue
            pytest.fail("the rescore finished before it was killed: make COPIES larger")
        assert len(saved) >= 3, "no session was saved while the rescore ran"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=HANG_GUARD)

    saved = [p for p in paths if p.stat().st_ino != inodes[p]]
    unsaved = [p for p in paths if p not in saved]
    assert saved
    assert len(unsaved) > len(paths) // 2, "killed early, most of the work should be left"
    # What was saved is whole: every judged attempt of a saved session carries its rescore.
    done = 0
    for path in saved:
        judged, rescored = judged_attempts(path)
        assert rescored == judged
        done += judged
    for path in unsaved[:20]:
        assert judged_attempts(path)[1] == 0

    # A rerun over the saved sessions and two others does only the two others' work.
    rest = unsaved[:2]
    to_do = sum(judged_attempts(p)[0] for p in rest)
    proc = subprocess.run(
        [sys.executable, "-m", "roleplay", "--offline", "rescore", *map(str, saved + rest)],
        env=env,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert f"rescored {to_do} of {to_do} attempt(s) in {len(saved) + 2} session(s)" in proc.stderr
    assert f"{done} already rescored earlier" in proc.stderr
    for path in rest:
        judged, rescored = judged_attempts(path)
        assert rescored == judged


def test_sessions_are_saved_while_the_offline_judge_is_still_working(
    base_records: list[dict], tmp_path: Path
) -> None:
    """The offline judge never awaits; the rescore must still hand the loop to the savers, so
    the first sessions are on disk long before the last attempt is judged."""
    paths = many_sessions(base_records, tmp_path / "cohort", 10)
    inodes = {path: path.stat().st_ino for path in paths}
    found, skipped = collect_sessions([tmp_path / "cohort"])
    assert not skipped
    saved_before_the_end: list[int] = []

    def progress(done: int, total: int) -> None:
        if total and done == total:
            saved_before_the_end.append(sum(p.stat().st_ino != inodes[p] for p in paths))

    summary = asyncio.run(rescore(found, OfflineJudge(), concurrency=4, on_progress=progress))
    assert summary.failed == 0
    assert summary.saved == len(paths)
    # By the last attempt, the sessions finished first have long been written.
    assert saved_before_the_end and saved_before_the_end[0] >= len(paths) // 2


def test_rescore_of_a_session_already_done_says_so(
    base_records: list[dict], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = many_sessions(base_records[:1], tmp_path / "cohort", 1)
    assert main(["--offline", "rescore", str(paths[0])]) == 0
    first = capsys.readouterr().err
    judged = judged_attempts(paths[0])[0]
    assert f"rescored {judged} of {judged}" in first
    assert main(["--offline", "rescore", str(paths[0])]) == 0
    assert "rescored 0 of 0 attempt(s) in 1 session(s)" in capsys.readouterr().err
