"""The session store: list, load and save session records in the data dir."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from roleplay.domain.session import SCHEMA_VERSION, Session
from roleplay.errors import StoreError
from roleplay.regular_files import MAX_RECORD_BYTES, RefusedFile, read_regular
from roleplay.store import locks
from roleplay.store.files import atomic_write, ensure_private_dir, sweep_temp_files

SESSIONS = "sessions"
TRANSCRIPTS = "transcripts"  # the practice room's Markdown transcripts


def new_session_id(scenario_id: str, now: datetime) -> str:
    """Sortable by time, readable, and unique without coordination."""
    return f"{now:%Y%m%d-%H%M%S}-{scenario_id[:40]}-{secrets.token_hex(3)}"


@dataclass(frozen=True)
class StoredSession:
    path: Path
    session: Session


class SessionStore:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.sessions_dir = data_dir / SESSIONS
        # Why files were left out by the last `iter_sessions` (a newer schema, not a record...).
        self.problems: list[str] = []

    def path_for(self, session_id: str) -> Path:
        if "/" in session_id or "\\" in session_id or session_id.startswith("."):
            raise StoreError(f"invalid session id {session_id!r}")
        return self.sessions_dir / f"{session_id}.json"

    def save(self, session: Session) -> Path:
        path = self.write(session.id, dump_session(session))
        if session.status != "in_progress":
            locks.release(path)  # finished: another window may open it now
        return path

    def write(self, session_id: str, data: bytes) -> Path:
        """Write an already serialised record (so a snapshot can be written from a thread).

        Only the process holding the session writes it (see `claim`)."""
        ensure_private_dir(self.data_dir)
        ensure_private_dir(self.sessions_dir)
        path = self.path_for(session_id)
        locks.claim(path)
        atomic_write(path, data)
        return path

    def sweep_leftovers(self, now: float | None = None) -> list[Path]:
        """Remove temp files orphaned by a killed save (in the data dir and its folders)."""
        removed: list[Path] = []
        folders = (SESSIONS, TRANSCRIPTS, "reviews", "drills")  # every folder roleplay saves in
        for directory in (self.data_dir, *(self.data_dir / name for name in folders)):
            removed += sweep_temp_files(directory, now)
        return removed

    def claim(self, session_id: str) -> None:
        """Hold a session for this process (SessionInUse if another process holds it)."""
        locks.claim(self.path_for(session_id))

    def release(self, session_id: str) -> None:
        locks.release(self.path_for(session_id))

    def load(self, session_id: str) -> Session:
        return read_session(self.path_for(session_id))

    def iter_sessions(self) -> Iterator[StoredSession]:
        """Every readable session, oldest first; unreadable files are skipped (see `problems`)."""
        self.problems = []
        if not self.sessions_dir.is_dir():
            return
        for path in sorted(self.sessions_dir.glob("*.json")):
            try:
                yield StoredSession(path, read_session(path))
            except StoreError as exc:
                self.problems.append(str(exc))
                continue

    def in_progress(self, trainee: str | None = None) -> list[StoredSession]:
        found = [
            s
            for s in self.iter_sessions()
            if s.session.status == "in_progress"
            and (trainee is None or s.session.trainee == trainee)
        ]
        return sorted(found, key=lambda s: s.session.started_at, reverse=True)


def dump_session(session: Session) -> bytes:
    return session.model_dump_json(indent=1).encode("utf-8")


def read_session(path: Path) -> Session:
    raw = read_record_bytes(path)
    newer = newer_schema(raw)
    if newer is not None:
        raise StoreError(f"{path}: {newer}", NEWER_HINT)
    try:
        session = Session.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise StoreError(
            f"{path}: not a roleplay session record ({where}: {first['msg']})",
            "was it edited by hand or written by another program?",
        ) from exc
    newer = newer_schema(raw, session.schema_version)
    if newer is not None:
        raise StoreError(f"{path}: {newer}", NEWER_HINT)
    return session


def read_record_bytes(path: Path) -> bytes:
    """A session file's bytes: a regular file of at most MAX_RECORD_BYTES, else StoreError."""
    try:
        return read_regular(path, MAX_RECORD_BYTES, "a session record")
    except RefusedFile as exc:
        raise StoreError(f"cannot read {path}: it {exc.reason}") from exc
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from exc


NEWER_HINT = "update roleplay to read it; nothing in it was changed"
# Records start with it (pydantic keeps field order); a quoted key inside a string is escaped.
_SCHEMA_VERSION = re.compile(rb'"schema_version"\s*:\s*(\d{1,18})')


def newer_schema(raw: bytes, version: int | None = None, reads: int = SCHEMA_VERSION) -> str | None:
    """Why a record is too new for this build (which reads up to `reads`), or None. A newer
    record is refused, never read as if it were the old format: its fields may mean something
    else now. Also for review and drill files, with their own `reads`."""
    if version is None:
        found = _SCHEMA_VERSION.search(raw, 0, 4096)
        version = int(found.group(1)) if found else None
    if version is None or version <= reads:
        return None
    return (
        f"written with schema_version {version}, newer than this build of roleplay reads "
        f"(schema_version {reads})"
    )
