"""The session store: list, load and save session records in the data dir.

`read_record` is the one reader of session files, for the store, exports, reports, rescore and
the practice room: it returns a record validated as `domain.session.Session` (or a lean model of
the same shape) or a `Skipped` saying, in words a reader can act on, why the file is not usable.
Validation bounds every number and list (see `domain.bounds`), requires at least one turn, every
turn on a beat of the session's own scenario and every score inside its rubric's scale, so code
that holds a record can index its turns and look up its beats without checking again.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ValidationError

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
        # Why files were left out by the last `scan` or `iter_sessions` ("path: reason").
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

    def scan(self) -> tuple[list[StoredSession], list[Skipped]]:
        """Every session file in the data dir, oldest first: the valid records, and the files
        that are not (each with its reason, for a warning or a row the user can act on)."""
        found: list[StoredSession] = []
        skipped: list[Skipped] = []
        if not self.sessions_dir.is_dir():
            return found, skipped
        for path in sorted(self.sessions_dir.glob("*.json")):
            record = read_record(path)
            if isinstance(record, Skipped):
                skipped.append(record)
            else:
                found.append(StoredSession(path, record))
        self.problems = [str(s.error()) for s in skipped]
        return found, skipped

    def iter_sessions(self) -> Iterator[StoredSession]:
        """Every valid session, oldest first; files that are not are left out (`scan` names
        them and says why)."""
        yield from self.scan()[0]

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


@dataclass(frozen=True)
class Skipped:
    """A file that is not a usable session record, and why (`kind` says which way it is not)."""

    path: Path
    reason: str
    kind: Literal["unreadable", "newer", "invalid"] = "invalid"

    def __str__(self) -> str:
        return f"{self.path}: skipped, {self.reason}"

    def error(self) -> StoreError:
        """The same, as the error for one file a user asked for (opening a session)."""
        if self.kind == "unreadable":
            if self.reason.startswith("cannot be read"):
                return StoreError(f"{self.path}: {self.reason}")
            return StoreError(f"cannot read {self.path}: it {self.reason}")
        if self.kind == "newer":
            return StoreError(f"{self.path}: {self.reason}", NEWER_HINT)
        what = "not a roleplay session record"
        reason = self.reason if self.reason.startswith(what) else f"{what} ({self.reason})"
        return StoreError(
            f"{self.path}: {reason}", "was it edited by hand or written by another program?"
        )


Record = TypeVar("Record", bound=BaseModel)


# `Record` is Session or export's lean summaries; a BaseModel-bound TypeVar cannot take the
# default, hence the ignore.
def read_record(
    path: Path,
    model: type[Record] = Session,  # type: ignore[assignment]
) -> Record | Skipped:
    """The session in `path`, validated, or why it is not one (in words a cohort lead can act on).

    `model` is `Session` or one of the lean export models, which validate the same bounds."""
    try:
        raw = read_regular(path, MAX_RECORD_BYTES, "a session record")
    except RefusedFile as exc:
        return Skipped(path, exc.reason, "unreadable")
    except OSError as exc:
        return Skipped(path, f"cannot be read ({exc.strerror})", "unreadable")
    newer = newer_schema(raw)
    if newer is not None:
        return Skipped(path, newer, "newer")
    try:
        record = model.model_validate_json(raw)
    except ValidationError as exc:
        newer = newer_schema(raw, _declared_version(raw))
        if newer is not None:  # a newer format may fail this one's checks: say why instead
            return Skipped(path, newer, "newer")
        first = exc.errors(include_url=False)[0]
        if first["type"] == "json_invalid":
            return Skipped(path, "not valid JSON (corrupt or truncated)")
        if first["type"] in ("model_type", "missing") and b'"schema_version"' not in raw[:200]:
            return Skipped(path, "not a roleplay session record")
        what = str(first["msg"]).removeprefix("Value error, ")
        where = ".".join(str(p) for p in first["loc"])
        return Skipped(path, f"not a valid session record ({where + ': ' if where else ''}{what})")
    newer = newer_schema(raw, getattr(record, "schema_version", None))
    return record if newer is None else Skipped(path, newer, "newer")


def _declared_version(raw: bytes) -> int | None:
    """`schema_version` wherever it sits in the record (only asked when validation failed)."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    version = data.get("schema_version") if isinstance(data, dict) else None
    return version if isinstance(version, int) else None


def read_session(path: Path) -> Session:
    """The session in `path`, or a StoreError saying why not (for one file the user named)."""
    record = read_record(path)
    if isinstance(record, Skipped):
        raise record.error()
    return record


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


Versioned = TypeVar("Versioned", bound=BaseModel)


def read_versioned(path: Path, model: type[Versioned], reads: int, what: str) -> Versioned:
    """A drill or review file: a regular file under the record cap, of a schema this build
    reads (`reads`), validated as `model`; StoreError saying which of those it is not."""
    try:
        raw = read_regular(path, MAX_RECORD_BYTES, what)
    except RefusedFile as exc:
        raise StoreError(f"{path}: {exc.reason}") from exc
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from exc
    newer = newer_schema(raw, reads=reads)
    if newer is not None:
        raise StoreError(f"{path}: {newer}", NEWER_HINT)
    try:
        record = model.model_validate_json(raw)
    except ValidationError as exc:
        raise StoreError(f"{path}: not {what} roleplay can read", "was it edited by hand?") from exc
    newer = newer_schema(raw, getattr(record, "schema_version", None), reads)
    if newer is not None:
        raise StoreError(f"{path}: {newer}", NEWER_HINT)
    return record
