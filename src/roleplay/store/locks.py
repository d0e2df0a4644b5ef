"""One process at a time may have a session open: an advisory lock beside the record.

Two windows resuming the same session would each submit and each save the whole record, and the
later save drops the other's response. So opening or writing a session takes `fcntl.flock` on a
hidden lock file beside it (`.ID.lock`), held until the session is finished or the process exits
(the kernel releases it even after a kill, so a crash never leaves a session locked). A second
process is refused with a message instead.

flock belongs to an open file, not a process: a second `open` in the same process would lock
itself out. The table of held locks is therefore per process, keyed by the lock file's real path.

A lock file is removed when its lock is released (and at a clean exit), so they do not pile up.
Removal is safe because it happens while the lock is held, and a claimer, once it has the flock,
checks that the path still names the file it locked (`fstat` against `stat`): if the holder
unlinked it meanwhile, the claimer holds a lock on a dead file, so it lets go and tries again.
Only a killed process leaves its lock file behind, and the next release of that session removes it.
"""

from __future__ import annotations

import atexit
import contextlib
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
        while True:
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
            if _still_named(fd, key):
                _held[key] = fd
                return
            os.close(fd)  # the holder removed it as it let go: lock the file there now


def _still_named(fd: int, path: str) -> bool:
    """Whether `path` still names the open file `fd` (not unlinked or replaced since the open)."""
    try:
        named = Path(path).lstat()
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (mine.st_dev, mine.st_ino)


def release(record: Path) -> None:
    with _guard:
        fd = _held.pop(_key(record), None)
        if fd is not None:
            _let_go(_key(record), fd)


def _let_go(key: str, fd: int) -> None:
    # Unlinked while still held: a claimer that opened the old file finds it gone and retries.
    with contextlib.suppress(OSError):
        Path(key).unlink()
    os.close(fd)  # closing the file releases the flock


@atexit.register
def release_all() -> None:
    """Let go of every session this process holds, removing the lock files (at exit)."""
    with _guard:
        while _held:
            key, fd = _held.popitem()
            _let_go(key, fd)


# A forked child must never remove its parent's lock files at its own exit.
os.register_at_fork(after_in_child=_held.clear)


def held(record: Path) -> bool:
    with _guard:
        return _key(record) in _held
