"""Reading files other people hand us: regular files only, and never more than a stated size.

A FIFO named `x.json` in a cohort folder would block `open()` forever, and a link to `/dev/zero`
would read until memory runs out. Every reader (session records, content files, `score` and
`practice` inputs, the profile and the pseudonym key) opens through here: `stat` first (so a
device is never even opened), then `open` with O_NONBLOCK (a FIFO that appears meanwhile cannot
block) and `fstat` on what was actually opened, then a bounded read. Links are followed: a link
to a regular file is an ordinary way to hand in a file.

It sits beside `errors` (outside the layers) because both `content` and `store` read files.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

MiB = 1024 * 1024
# A session record: a long session with every retry and rescore is well under 1 MB.
MAX_RECORD_BYTES = 16 * MiB
# Small files roleplay keeps for itself (profile.json, pseudonym.key).
MAX_SMALL_BYTES = 1 * MiB


class RefusedFile(OSError):
    """Not a regular file, or over its size cap. An OSError, so `except OSError` still holds;
    `reason` (also `strerror`) says which in words, e.g. "is a FIFO (named pipe), not a regular
    file"."""

    def __init__(self, path: Path | str, reason: str, code: int = errno.EINVAL) -> None:
        super().__init__(code, reason, str(path))
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.filename}: {self.reason}"


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _refuse_unless_regular(path: Path | str, mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise RefusedFile(path, f"is {kind_of(mode)}, not a regular file")


def open_regular(path: Path | str) -> BinaryIO:
    """Open `path` for reading in binary if it is a regular file (links followed)."""
    _refuse_unless_regular(path, Path(path).stat().st_mode)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        _refuse_unless_regular(path, os.fstat(fd).st_mode)  # swapped after the stat?
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def too_large(size: int, limit: int, what: str) -> str:
    return f"is {size:,} bytes; {what} is limited to {limit:,} bytes"


def read_regular(path: Path | str, limit: int, what: str = "a file") -> bytes:
    """The bytes of the regular file `path`, refused (RefusedFile) beyond `limit` bytes.

    `what` names the kind of file in the message: "a session record", "a content file".
    """
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise RefusedFile(path, too_large(size, limit, what), errno.EFBIG)
        data = handle.read(limit + 1)  # the size can lie (/proc) or grow while we read
    if len(data) > limit:
        raise RefusedFile(path, f"is over {limit:,} bytes; {what} is limited to that", errno.EFBIG)
    return data
