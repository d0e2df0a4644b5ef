"""Temp files a killed save leaves behind are swept when the data dir is opened; nothing else."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from roleplay.factory import build_services
from roleplay.settings import Settings
from roleplay.store.files import TEMP_GRACE_SECONDS, sweep_temp_files
from roleplay.store.sessions import SessionStore

HANG = 120  # seconds: only a hang gets anywhere near this

# A real save, stopped just before its rename (as if killed there): the temp file is written,
# fsynced and locked by this process.
STALLED_SAVE = """
import os, sys
from pathlib import Path
from roleplay.store import files

def stalled(*args):
    print("ready", flush=True)
    sys.stdin.read()

os.replace = stalled
files.atomic_write(Path(sys.argv[1]), b"a session being saved" * 100)
"""


def _temps(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_a_killed_save_leaves_a_temp_file_that_the_next_start_removes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    sessions = data / "sessions"
    sessions.mkdir(parents=True)
    record = sessions / "20260101-000000-x-abcdef.json"
    record.write_text('{"kept": true}', "utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-c", STALLED_SAVE, str(record)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        [temp] = _temps(sessions)
        # Still being written (locked by a live process): never swept, however old it looks.
        future = time.time() + 10 * 24 * 3600
        assert SessionStore(data).sweep_leftovers(now=future) == []
        assert _temps(sessions) == [temp]
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=HANG)
    build_services(Settings(data_dir=data, offline=True))  # opening the data dir sweeps
    assert _temps(sessions) == []
    assert record.read_text("utf-8") == '{"kept": true}'  # the previous version is intact


def test_only_roleplay_temp_files_that_nobody_writes_are_removed(tmp_path: Path) -> None:
    folder = tmp_path
    now = time.time()
    orphan = folder / ".profile.json.k3j9_x2a.tmp"
    orphan.write_bytes(b"{}")
    empty_old = folder / ".a.json.aaaaaaaa.tmp"
    empty_old.write_bytes(b"")
    os.utime(empty_old, (now - TEMP_GRACE_SECONDS - 1, now - TEMP_GRACE_SECONDS - 1))
    empty_young = folder / ".b.json.bbbbbbbb.tmp"  # maybe a save that has not locked it yet
    empty_young.write_bytes(b"")
    os.utime(empty_young, (now, now))
    theirs = folder / "notes.tmp"
    theirs.write_text("mine", "utf-8")
    link = folder / ".c.json.cccccccc.tmp"
    link.symlink_to(theirs)
    fifo = folder / ".d.json.dddddddd.tmp"
    os.mkfifo(fifo)

    removed = sweep_temp_files(folder, now=now)

    assert sorted(p.name for p in removed) == sorted([orphan.name, empty_old.name])
    assert not orphan.exists() and not empty_old.exists()
    for kept in (empty_young, theirs, fifo):
        assert kept.exists()
    assert link.is_symlink() and theirs.read_text("utf-8") == "mine"


def test_rescore_clears_what_a_killed_rescore_left_in_a_cohort_folder(tmp_path: Path) -> None:
    import shutil

    from roleplay.cli import main
    from test_fs_writes import _one_session

    cohort = tmp_path / "cohort"
    cohort.mkdir()
    record = cohort / "a.json"
    shutil.copy(_one_session(tmp_path / "made"), record)
    orphan = cohort / ".a.json.zz9_zz9z.tmp"
    orphan.write_bytes(b'{"half": ')
    assert main(["rescore", str(cohort), "--offline"]) == 0
    assert not orphan.exists()
    assert _temps(cohort) == []
