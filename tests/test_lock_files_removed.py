"""Lock files go when their lock is let go, and removing them never lets two holders in.

The lock is the kernel's flock, which belongs to an open file: two opens of the same path conflict
even inside one process, so a plain `os.open` + `flock` here stands for another process's claim.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest

from roleplay.factory import build_services
from roleplay.settings import Settings
from roleplay.store import locks
from roleplay.store.locks import SessionInUse, lock_path
from test_fs_locks import held_elsewhere
from test_fs_writes import _one_session

HANG = 120  # seconds: only a hang gets anywhere near this


def _lock_elsewhere(path: Path) -> int:
    """Take the lock on the file `path` names as another holder would; raises if it is held."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise
    return fd


def test_release_removes_the_lock_file(tmp_path: Path) -> None:
    record = tmp_path / "s-1.json"
    locks.claim(record)
    assert lock_path(record).exists() and locks.held(record)
    locks.release(record)
    assert not lock_path(record).exists()
    assert not locks.held(record)
    locks.claim(record)  # and the session can be taken again
    assert lock_path(record).exists()
    locks.release(record)
    assert list(tmp_path.iterdir()) == []


def test_a_finished_session_leaves_no_lock_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = _one_session(data)  # released as if the trainee's process had exited
    assert not lock_path(path).exists()
    services = build_services(Settings(data_dir=data, offline=True))
    services.resume(path.stem)
    assert lock_path(path).exists()
    services.resume(path.stem).finish("abandoned")
    assert not lock_path(path).exists()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_process_that_exits_removes_its_lock_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = _one_session(data)
    with held_elsewhere(data, path.stem):
        assert lock_path(path).exists()
        with pytest.raises(BlockingIOError):
            _lock_elsewhere(lock_path(path))
    assert not lock_path(path).exists()  # the holder quit without finishing: still cleaned up


def test_a_claim_racing_a_release_locks_the_file_that_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The claimer opened the lock file, then the holder let go (unlinking it) before the
    claimer's flock: the claimer must not keep a lock on the unlinked file."""
    record = tmp_path / "s-1.json"
    path = lock_path(record)
    real_flock = fcntl.flock
    raced = []

    def flock_after_the_holder_lets_go(fd: int, operation: int) -> None:
        if not raced:
            raced.append(fd)
            path.unlink()  # what the holder's release does, between our open and our flock
        real_flock(fd, operation)

    path.touch()
    monkeypatch.setattr(locks.fcntl, "flock", flock_after_the_holder_lets_go)
    locks.claim(record)
    monkeypatch.undo()
    try:
        assert raced and path.exists()
        # The lock held is on the file the path names now, so another claimer is kept out.
        with pytest.raises(BlockingIOError):
            _lock_elsewhere(path)
    finally:
        locks.release(record)
    assert not path.exists()


CONTENDER = """
import os, sys
from pathlib import Path
from roleplay.store import locks

record, marker, target = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
print("ready", flush=True)
sys.stdin.readline()  # both start together
won = 0
while won < target:  # ends: once the other has won its share and left, the lock is free
    try:
        locks.claim(record)
    except locks.SessionInUse:
        continue
    # Only the one holder may be here: a second would find the marker already made.
    fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    os.close(fd)
    os.unlink(marker)
    locks.release(record)
    won += 1
print(won)
"""


def test_two_processes_claiming_and_releasing_never_hold_it_together(tmp_path: Path) -> None:
    # Each claims until it has won its share, so the count never depends on how the two are
    # scheduled (a fixed number of tries let one lose every try on a loaded machine).
    record, marker = tmp_path / "s-1.json", tmp_path / "inside"
    share = "200"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CONTENDER, str(record), str(marker), share],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    for proc in procs:  # both told to go before either is waited on
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = [proc.communicate(timeout=HANG) for proc in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err  # a FileExistsError here means two held it at once
        assert int(out) == int(share)
    assert not lock_path(record).exists() and not marker.exists()


def test_a_held_session_still_refuses_a_second_claimer(tmp_path: Path) -> None:
    record = tmp_path / "s-1.json"
    fd = _lock_elsewhere(lock_path(record))
    try:
        with pytest.raises(SessionInUse):
            locks.claim(record)
    finally:
        os.close(fd)
    assert lock_path(record).exists()  # never removed by a claimer that was refused
