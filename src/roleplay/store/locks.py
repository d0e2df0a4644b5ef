"""One process at a time may have a session open: an advisory lock beside the record.

Two windows resuming the same session would each submit and each save the whole record, and the
later save drops the other's response. So opening or writing a session takes `fcntl.flock` on a
hidden lock file beside it (`.ID.lock`), held until the session is finished or the process exits
(the kernel releases it even after a kill, so a crash never leaves a session locked). A second
process is refused with a message instead.

flock belongs to an open file, not a process: a second `open` in the same process would lock
itself out. The table of held locks is therefore per process, keyed by the lock file's real path.
Lock files are left in place: removing one while another process opens it would let two
processes hold "the" lock on two different files.
"""

from __future__ import annotations

import errno
import fcntl
import os
import threading
from pathlib import Path

from roleplay.errors import StoreError

_held: dict[str, int] = {}
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}
_guard = threading.Lock()


class SessionInUse(StoreError):
    title = "Session already open"


def lock_path(record: Path) -> Path:
    return record.with_name(f".{record.stem}.lock")


def _key(record: Path) -> str:
    return str(lock_path(record.parent.resolve() / record.name))


def claim(record: Path) -> None:
    """Hold the session in `record` for this process; SessionInUse if another process has it."""
    key = _key(record)
    with _guard:
        if key in _held:
            return
        try:
            fd = os.open(key, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            if exc.errno in _READ_ONLY:
                return  # a folder we cannot write: viewing only, and any save fails on its own

            raise StoreError(
                f"cannot lock {record}: {exc.strerror}",
                "check the permissions of the sessions folder",
            ) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise SessionInUse(
                "This session is open in another window (another roleplay process).",
                "finish or quit it there first, then open it here",
            ) from None
        except OSError as exc:  # pragma: no cover - a file system without flock
            os.close(fd)
            raise StoreError(f"cannot lock {record}: {exc.strerror}") from exc
        _held[key] = fd


def release(record: Path) -> None:
    with _guard:
        fd = _held.pop(_key(record), None)
    if fd is not None:
        os.close(fd)  # closing the file releases the flock


def held(record: Path) -> bool:
    with _guard:
        return _key(record) in _held
