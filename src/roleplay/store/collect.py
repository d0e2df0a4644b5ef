"""Finding session records in the paths a cohort lead names: data dirs, folders, single files.

A data dir (one with `sessions/`) contributes its session files; any other folder is searched
recursively, so a folder of files trainees submitted works as it is. Whatever is not a session
record is reported, never fatal: one corrupt file must not stop a cohort's export.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Generic

from pydantic import BaseModel

from roleplay.domain.session import Session
from roleplay.errors import UsageError
from roleplay.store.sessions import SESSIONS, Record, Skipped, read_record

__all__ = ["Found", "Record", "Skipped", "collect_sessions", "read_record", "session_paths"]

# Supervisors' review files (store/reviews.py) live in folders of this name, beside sessions.
REVIEWS = "reviews"

# Files a data dir keeps beside its sessions: not session records, and not worth a warning.
_DATA_DIR_FILES = {"profile.json", "pseudonym.key", "config.yaml"}


@dataclass(frozen=True)
class Found(Generic[Record]):
    path: Path
    session: Record


def session_paths(paths: Iterable[Path]) -> tuple[list[Path], list[Skipped]]:
    """Candidate files under `paths`, in a stable order, and the files set aside on sight."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for path in paths:
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            root = path / SESSIONS if (path / SESSIONS).is_dir() else path
            for found in _walk(root):
                if found.suffix.lower() == ".json":
                    files.append(found)
                elif found.name not in _DATA_DIR_FILES:
                    skipped.append(Skipped(found, "not a session record (not a .json file)"))
        elif path.exists():  # a FIFO or device named on the command line: skipped, with why
            files.append(path)
        else:
            raise UsageError(f"{path}: no such file or directory")
    unique = list(dict.fromkeys(files))
    return unique, skipped


def _walk(root: Path) -> Iterator[Path]:
    """Regular files under `root`, sorted, skipping hidden names (editor and temp files) and the
    supervisors' `reviews/` folders (review files are read by store/reviews, not as sessions)."""
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != REVIEWS)
        for name in sorted(filenames):
            if not name.startswith(".") and name not in _DATA_DIR_FILES:
                yield Path(directory, name)


def collect_sessions(
    paths: Iterable[Path],
    model: type[Record] = Session,  # type: ignore[assignment]
) -> tuple[list[Found[Record]], list[Skipped]]:
    """Every session record under `paths`; the same session found twice is kept once."""
    files, skipped = session_paths(paths)
    found: dict[str, Found[Record]] = {}
    with gc_paused():
        for path in files:
            record = read_record(path, model)
            if isinstance(record, Skipped):
                skipped.append(record)
                continue
            record_id: str = record.id  # type: ignore[attr-defined]
            previous = found.get(record_id)
            if previous is None:
                found[record_id] = Found(path, record)
                continue
            # A copy of the same session (a data dir and a submitted file): keep the fuller one.
            if _size(record) > _size(previous.session):
                found[record_id], dropped = Found(path, record), previous.path
            else:
                dropped = path
            kept = found[record_id].path
            skipped.append(Skipped(dropped, f"a copy of session {record_id} (using {kept})"))
    return list(found.values()), skipped


def _size(record: BaseModel) -> int:
    return len(record.attempts)  # type: ignore[attr-defined]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Loading thousands of records makes millions of small objects and no reference cycles;
    the cyclic collector would rescan them all again and again (it was 4/5 of an export's time
    at 10,000 sessions), so it waits until the work is done. Reference counting still frees."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
