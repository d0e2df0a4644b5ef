"""Private, atomic file writes: temp file in the same dir, fsync, rename, fsync the dir.

A crash at any moment leaves either the previous file or the new one, never a torn file. Files are
created 0600 and the directories roleplay creates 0700, because trainees may type real personal
material. A directory that already exists is never changed: an output file may land in a shared
folder (`/tmp`, a cohort's folder) whose permissions belong to other people. Only roleplay's own
data dir is tightened when it already exists (`ensure_private_dir`).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from roleplay.errors import StoreError, UnsafeTarget
from roleplay.regular_files import kind_of

FILE_MODE = 0o600
DIR_MODE = 0o700
# Content files (`roleplay new`, `roleplay schema --out`) are shared teaching material.
PUBLIC_FILE_MODE = 0o644
PUBLIC_DIR_MODE = 0o755


def make_dirs(path: Path, mode: int = DIR_MODE) -> Path:
    """Create `path` and its missing parents, each 0700; directories that exist are left alone."""
    missing: list[Path] = []
    probe = path
    while True:
        try:
            info = probe.lstat()
        except FileNotFoundError:
            missing.append(probe)
            if probe.parent == probe:  # pragma: no cover - the root always exists
                break
            probe = probe.parent
            continue
        except OSError as exc:
            raise _cannot_create(path, exc) from exc
        if stat.S_ISLNK(info.st_mode) and not probe.is_dir():
            raise UnsafeTarget(
                f"{probe} is a symbolic link that does not lead to a directory; "
                "roleplay does not create the targets of links",
                "name a real directory",
            )
        if not stat.S_ISLNK(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            raise StoreError(
                f"cannot create the directory {probe}: a file of that name is in the way",
                "move that file, or name another directory",
            )
        break
    for directory in reversed(missing):
        try:
            directory.mkdir(mode=mode)
            # mkdir's mode is filtered by the umask; what we created is ours to set exactly.
            directory.chmod(mode)
        except FileExistsError:
            continue  # made meanwhile by another process: theirs, so left as it is
        except OSError as exc:
            raise _cannot_create(directory, exc) from exc
    return path


def ensure_private_dir(path: Path) -> Path:
    """roleplay's own data dir (and its sessions folder): created 0700, or tightened to 0700.

    An existing directory is tightened only when the user running roleplay owns it and it is not
    a shared sticky directory such as /tmp (`ROLEPLAY_DATA_DIR=/tmp` must not lock out others).
    """
    make_dirs(path)
    try:
        info = path.stat()
        mode = stat.S_IMODE(info.st_mode)
        shared = bool(mode & stat.S_ISVTX)
        if mode != DIR_MODE and info.st_uid == os.geteuid() and not shared:
            path.chmod(DIR_MODE)
    except OSError as exc:
        raise _cannot_create(path, exc) from exc
    return path


def check_target(path: Path) -> None:
    """Refuse to replace anything but a regular file: a device, FIFO, socket, directory or link.

    `os.replace` onto `/dev/null` (as root) would put a regular file where the device was; onto
    a link it would replace the link. Neither is what the person asked for.
    """
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"cannot save {path}: {exc.strerror}") from exc
    if stat.S_ISREG(info.st_mode):
        return
    kind = kind_of(info.st_mode)
    raise UnsafeTarget(
        f"{path} is {kind}, not a regular file; roleplay only replaces regular files",
        "name a regular file, or one that does not exist yet",
    )


def atomic_write(
    path: Path, data: bytes, *, mode: int = FILE_MODE, dir_mode: int = DIR_MODE
) -> None:
    """Replace the regular file `path` with `data` atomically and durably (0600 by default).

    Missing parent directories are created 0700; existing ones keep their mode.
    """
    with atomic_writer(path, mode=mode, dir_mode=dir_mode) as handle:
        handle.write(data)


# mkstemp's names: `.NAME.` + 8 random characters + `.tmp`.
_TEMP_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
# An empty, unlocked temp file younger than this may be a write that has not locked it yet.
TEMP_GRACE_SECONDS = 60.0


def sweep_temp_files(directory: Path, now: float | None = None) -> list[Path]:
    """Remove temp files a killed writer left in `directory`; return what was removed.

    A writer holds a lock on its temp file from before its first byte until the rename, and the
    kernel drops the lock when the writer dies. So a temp file we can lock that has data (or is
    older than a minute) belongs to nobody. Links and special files are never touched.
    """
    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        names = [entry.name for entry in os.scandir(directory) if _TEMP_NAME.match(entry.name)]
    except OSError:
        return removed
    for name in names:
        path = directory / name
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                continue
            if info.st_size == 0 and now - info.st_mtime < TEMP_GRACE_SECONDS:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # being written right now
            os.unlink(path)  # under our lock, so no writer can be using it
            removed.append(path)
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


def write_private(path: Path, data: bytes) -> None:
    """Write an export or report: atomic and 0600; its folder is created 0700 only if missing."""
    atomic_write(path, data)


def write_public(path: Path, data: bytes) -> None:
    """Write a content file an instructor shares (0644, new folders 0755), safely as the rest."""
    atomic_write(path, data, mode=PUBLIC_FILE_MODE, dir_mode=PUBLIC_DIR_MODE)


def _cannot_create(path: Path, exc: OSError) -> StoreError:
    return StoreError(
        f"cannot create the directory {path}: {exc.strerror}",
        "name a directory you can write (or set ROLEPLAY_DATA_DIR)",
    )


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(
    path: Path, *, mode: int = FILE_MODE, dir_mode: int = DIR_MODE
) -> Iterator[BinaryIO]:
    """The one durable write, for output made whole (`atomic_write`) or piece by piece (a
    streamed export): a temp file beside `path`, locked until it is renamed into place once
    complete (an unlocked temp file is a leftover, see `sweep_temp_files`), fsynced, then the
    directory fsynced. On any error `path` is left as it was and the temp file is removed.
    Missing parent directories are created with `dir_mode`; existing ones keep their mode."""
    directory = path.parent
    make_dirs(directory, dir_mode)
    check_target(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise StoreError(f"cannot save {path}: {exc.strerror}", "check permissions") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.fchmod(fd, mode)  # mkstemp uses 0600; content files are made readable on purpose
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            check_target(path)  # again, just before the rename: the window is a few syscalls
            os.replace(tmp_name, path)
        tmp_name = ""
        _fsync_dir(directory)
    except OSError as exc:
        raise StoreError(
            f"cannot save {path}: {exc.strerror}",
            "check free disk space and permissions; nothing already saved was lost",
        ) from exc
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
