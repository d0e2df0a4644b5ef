"""The session store: list, load and save session records in the data dir."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from roleplay.domain.session import Session
from roleplay.errors import StoreError
from roleplay.store.files import atomic_write, ensure_private_dir

SESSIONS = "sessions"


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

    def path_for(self, session_id: str) -> Path:
        if "/" in session_id or "\\" in session_id or session_id.startswith("."):
            raise StoreError(f"invalid session id {session_id!r}")
        return self.sessions_dir / f"{session_id}.json"

    def save(self, session: Session) -> Path:
        return self.write(session.id, dump_session(session))

    def write(self, session_id: str, data: bytes) -> Path:
        """Write an already serialised record (so a snapshot can be written from a thread)."""
        ensure_private_dir(self.data_dir)
        ensure_private_dir(self.sessions_dir)
        path = self.path_for(session_id)
        atomic_write(path, data)
        return path

    def load(self, session_id: str) -> Session:
        return read_session(self.path_for(session_id))

    def iter_sessions(self) -> Iterator[StoredSession]:
        """Every readable session, oldest first; unreadable files are skipped (see `problems`)."""
        if not self.sessions_dir.is_dir():
            return
        for path in sorted(self.sessions_dir.glob("*.json")):
            try:
                yield StoredSession(path, read_session(path))
            except StoreError:
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
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return Session.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise StoreError(
            f"{path}: not a roleplay session record ({where}: {first['msg']})",
            "was it edited by hand or written by another program?",
        ) from exc
