"""Private, atomic file writes: temp file in the same dir, fsync, rename, fsync the dir.

A crash at any moment leaves either the previous file or the new one, never a torn file. Files are
created 0600 and directories 0700 because trainees may type real personal material.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from roleplay.errors import StoreError

FILE_MODE = 0o600
DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) as 0700; tighten it if it exists with wider permissions."""
    try:
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        if stat.S_IMODE(path.stat().st_mode) != DIR_MODE:
            path.chmod(DIR_MODE)
    except OSError as exc:
        raise StoreError(
            f"cannot create the private directory {path}: {exc.strerror}",
            "set ROLEPLAY_DATA_DIR to a directory you can write",
        ) from exc
    return path


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically and durably, mode 0600."""
    directory = path.parent
    ensure_private_dir(directory)
    fd, tmp_name = -1, ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        os.fchmod(fd, FILE_MODE)  # mkstemp already uses 0600; be explicit about the promise
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = ""
        _fsync_dir(directory)
    except OSError as exc:
        raise StoreError(
            f"cannot save {path}: {exc.strerror}",
            "check free disk space and permissions; nothing already saved was lost",
        ) from exc
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def write_private(path: Path, data: bytes) -> None:
    """Write an export or report: atomic and 0600, in a directory we may have to create."""
    atomic_write(path, data)


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
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """`atomic_write` for output made piece by piece (a streamed export): written to a private
    temp file beside `path` and renamed into place only once whole; on any error `path` is left
    as it was and the temp file is removed."""
    directory = path.parent
    ensure_private_dir(directory)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise StoreError(f"cannot save {path}: {exc.strerror}", "check permissions") from exc
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
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
