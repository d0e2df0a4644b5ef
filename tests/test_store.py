"""Session files are private and written atomically: a failed write leaves the old file whole."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from roleplay.errors import StoreError
from roleplay.factory import Services
from roleplay.store import files
from roleplay.store.sessions import read_session


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_session_file_is_0600_in_a_0700_dir(services: Services, data_dir: Path) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    assert mode(session.path) == 0o600
    assert mode(session.path.parent) == 0o700
    assert mode(data_dir) == 0o700


def test_existing_loose_data_dir_is_tightened(services: Services, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    services.start("grief-have-you-lost-a-parent")
    assert mode(data_dir) == 0o700


def test_a_crash_mid_write_leaves_the_previous_file_intact(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    before = session.path.read_bytes()
    session.record.trainee = "changed"

    def power_cut(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(files.os, "fsync", power_cut)
    with pytest.raises(StoreError, match="cannot save"):
        services.store.save(session.record)
    assert session.path.read_bytes() == before
    leftovers = [p for p in session.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert read_session(session.path).trainee != "changed"


def test_unreadable_files_are_skipped_when_listing(services: Services) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    (session.path.parent / "garbage.json").write_text("{not json")
    listed = list(services.store.iter_sessions())
    assert [s.session.id for s in listed] == [session.record.id]


def test_path_like_session_ids_are_refused(services: Services) -> None:
    with pytest.raises(StoreError):
        services.store.path_for("../../etc/passwd")
