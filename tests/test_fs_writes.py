"""Writing files never changes other people's directories, and never replaces a special file.

Real directories with real modes (a sticky 1777 one like /tmp, and an ordinary 0755 one), real
FIFOs, sockets, directories and links; every command that writes is run through `main()`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.factory import build_services
from roleplay.settings import Settings
from roleplay.store.files import atomic_write, ensure_private_dir

SHARED_MODES = (0o1777, 0o755)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _shared_dir(parent: Path, mode: int) -> Path:
    path = parent / f"shared-{mode:o}"
    path.mkdir()
    path.chmod(mode)
    assert _mode(path) == mode
    return path


def _one_session(data_dir: Path) -> Path:
    services = build_services(Settings(data_dir=data_dir, offline=True))
    session = services.start("am-i-boring-you", trainee="t-1", cohort="c")

    async def play() -> None:
        async with contextlib.aclosing(session.submit("I hear you. Go on.")) as events:
            async for _ in events:
                pass

    asyncio.run(play())
    services.store.release(session.record.id)  # as if the trainee's process had exited
    return session.path


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    return _one_session(tmp_path / "made")


@pytest.mark.parametrize("mode", SHARED_MODES)
def test_output_files_leave_the_directory_mode_alone(
    tmp_path: Path, session_file: Path, mode: int
) -> None:
    shared = _shared_dir(tmp_path, mode)
    cohort = shared / "cohort"
    cohort.mkdir()
    cohort.chmod(0o755)
    shutil.copy(session_file, cohort / session_file.name)
    scores_in = tmp_path / "in.jsonl"
    scores_in.write_text(json.dumps({"id": 1, "response": "I hear you."}) + "\n", "utf-8")

    runs = {
        "score": ["score", str(scores_in), "--offline", "--out", str(shared / "scores.jsonl")],
        "export": ["export", str(cohort), "--out", str(shared / "grades.csv")],
        "report": ["report", str(cohort), "--out", str(shared / "report.html")],
        "schema": ["schema", "scenario", "--out", str(shared / "scenario.schema.json")],
        "rescore": ["rescore", str(cohort), "--offline"],
        "new": ["new", "scenario", "moving-cities", "--dir", str(shared)],
        "prep": ["prep", str(cohort), "--out", str(shared / "prep.md")],
    }
    for name, argv in runs.items():
        assert main(argv) == 0, name
        assert _mode(shared) == mode, f"{name} changed {shared}"
        assert _mode(cohort) == 0o755, f"{name} changed {cohort}"
    for private in ("scores.jsonl", "grades.csv", "report.html", "prep.md"):
        assert _mode(shared / private) == 0o600
    assert _mode(cohort / session_file.name) == 0o600  # rescored and written back
    assert _mode(shared / "scenarios" / "moving-cities.yaml") == 0o644
    assert _mode(shared / "scenarios") == 0o755  # made by `new`: shared teaching material


def test_directories_roleplay_creates_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "a" / "b" / "out.csv", b"x")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "a") == 0o700
    assert _mode(tmp_path / "a" / "b") == 0o700
    assert _mode(tmp_path / "a" / "b" / "out.csv") == 0o600


def test_the_data_dir_is_tightened_but_a_shared_one_is_not(tmp_path: Path) -> None:
    own = tmp_path / "own"
    own.mkdir(mode=0o755)
    own.chmod(0o755)
    ensure_private_dir(own)
    assert _mode(own) == 0o700
    sticky = _shared_dir(tmp_path, 0o1777)
    ensure_private_dir(sticky)  # ROLEPLAY_DATA_DIR=/tmp must not lock everyone else out
    assert _mode(sticky) == 0o1777


@pytest.mark.parametrize("mode", SHARED_MODES)
def test_transcript_save_leaves_existing_folders_alone(tmp_path: Path, mode: int) -> None:
    from roleplay.tui.app import RoleplayApp

    data = _shared_dir(tmp_path, mode)
    (data / "transcripts").mkdir()
    (data / "transcripts").chmod(0o755)
    services = build_services(Settings(data_dir=data, offline=True, trainee="t"))
    app = RoleplayApp(services)
    session = services.start("am-i-boring-you")
    mode_after_start = _mode(data)
    path = app.export_markdown(session)
    assert path is not None and path.read_text("utf-8").strip()
    assert _mode(data / "transcripts") == 0o755
    assert _mode(data) == mode_after_start
    assert _mode(path) == 0o600


@contextlib.contextmanager
def _special(kind: str, path: Path) -> Iterator[None]:
    if kind == "fifo":
        os.mkfifo(path)
        yield
    elif kind == "directory":
        path.mkdir()
        yield
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        try:
            yield
        finally:
            server.close()
    elif kind == "device":
        # A node like /dev/null, made here so a bug can never replace the real one.
        try:
            os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        except PermissionError:  # not root: a link to the real one still must be refused
            path.symlink_to("/dev/null")
        yield
    elif kind == "link":
        (path.parent / "target.txt").write_text("keep me", "utf-8")
        path.symlink_to(path.parent / "target.txt")
        yield


SPECIAL = ("fifo", "directory", "socket", "device", "link")


@pytest.mark.parametrize("kind", SPECIAL)
def test_out_naming_a_special_file_is_refused_and_left_alone(
    tmp_path: Path, session_file: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    folder.chmod(0o755)
    target = folder / "x.csv"
    scores_in = tmp_path / "in.jsonl"
    scores_in.write_text(json.dumps({"id": 1, "response": "I hear you."}) + "\n", "utf-8")
    with _special(kind, target):
        before = target.lstat()
        for argv in (
            ["export", str(session_file), "--out", str(target)],
            ["score", str(scores_in), "--offline", "--out", str(target)],
            ["report", str(session_file), "--out", str(target)],
            ["schema", "rubric", "--out", str(target)],
            ["prep", str(session_file), "--out", str(target)],
        ):
            capsys.readouterr()
            assert main(argv) == 2, argv
            err = capsys.readouterr().err
            assert "not a regular file" in err, err
            assert "Traceback" not in err
            after = target.lstat()
            assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
        assert _mode(folder) == 0o755
        assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
    if kind == "link":
        assert (folder / "target.txt").read_text("utf-8") == "keep me"


@pytest.mark.parametrize("mode", SHARED_MODES)
def test_a_review_saved_beside_a_cohort_leaves_its_folder_alone(tmp_path: Path, mode: int) -> None:
    from roleplay.domain.review import Review
    from roleplay.store.reviews import review_path, save_review

    cohort = _shared_dir(tmp_path, mode)
    review = Review(
        session_id="s-1",
        session_sha256="0" * 64,
        trainee="t-1",
        scenario_id="am-i-boring-you",
        rubric_id="disclosure-immediacy",
        rubric_version=1,
        reviewer="sup-1",
    )
    path = save_review(review_path(cohort / "s-1.json", "s-1", "sup-1"), review)
    assert _mode(cohort) == mode
    assert _mode(path.parent) == 0o700  # reviews/ was made here, so it is private
    assert _mode(path) == 0o600
