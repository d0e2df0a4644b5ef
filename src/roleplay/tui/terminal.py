"""Leave when the terminal is gone.

A hung-up terminal reads as end-of-file for ever, and the input loop then spins at full CPU.
The kernel sends SIGHUP only to the session leader, and a leader that waits for its children
(make does, under `make run`) never passes it on: after `tmux kill-server` the app was found
still running at 95% CPU forty minutes later. So the app looks at its terminal itself.

Leaving loses nothing: every submitted response is on disk before anything else happens, and a
draft has no terminal left to be finished in.
"""

from __future__ import annotations

import logging
import os
import sys

from textual.app import App

try:
    import termios
except ImportError:  # pragma: no cover - Windows has no termios; its console does not hang up
    termios = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

# How often the terminal is looked at. Asking costs one system call; a hang-up found within a
# couple of seconds is soon enough for a process nobody can see any more.
CHECK_SECONDS = 2.0


def controlling_input() -> int | None:
    """The file descriptor of the terminal the app reads, or None when it reads no terminal."""
    stream = sys.__stdin__
    if termios is None or stream is None:
        return None
    try:
        fd = stream.fileno()
    except (OSError, ValueError):  # closed, or replaced by something with no descriptor
        return None
    return fd if os.isatty(fd) else None


def hung_up(fd: int) -> bool:
    """True once the terminal behind `fd` has hung up (its settings can no longer be read)."""
    assert termios is not None
    try:
        termios.tcgetattr(fd)
    except termios.error:  # EIO after a hang-up
        return True
    return False


def leave_when_hung_up(app: App) -> None:
    """From mount on, have `app` exit once its terminal hangs up (nothing to do when headless)."""
    fd = None if app.is_headless else controlling_input()
    if fd is None:
        return

    def look() -> None:
        if hung_up(fd):
            log.warning("the terminal hung up; leaving (every submitted response is on disk)")
            app.exit()

    app.set_interval(CHECK_SECONDS, look)
