"""The app leaves when its terminal hangs up, even when no SIGHUP reaches it (as under make)."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pty = pytest.importorskip("pty")
termios = pytest.importorskip("termios")

# The app as `make run` leaves it after `tmux kill-server`: the kernel tells only the session
# leader of the hang-up, and this leader, like make, ignores it and waits for its child. So only
# the terminal itself can tell the app. The leader exits with the app's exit status.
LAUNCH = textwrap.dedent("""
    import fcntl, os, signal, sys, termios
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    child = os.fork()
    if child == 0:
        signal.signal(signal.SIGHUP, signal.SIG_DFL)  # the app as make starts it
        os.execv(sys.executable, [sys.executable, "-m", "roleplay", "--offline"])
    sys.exit(os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]))
""")


def _read_until(fd: int, needle: bytes, limit: int = 1_000_000) -> bytes:
    """Read the app's screen output until `needle` has been drawn (blocking on the pty)."""
    seen = b""
    while needle not in seen and len(seen) < limit:
        ready, _, _ = select.select([fd], [], [], 60)
        assert ready, "the app drew nothing for a minute"
        seen += os.read(fd, 65536)
    return seen


def test_a_hung_up_terminal_ends_the_app(tmp_path: Path) -> None:
    main, tty = pty.openpty()
    termios.tcsetwinsize(tty, (24, 80))
    proc = subprocess.Popen(
        [sys.executable, "-c", LAUNCH],
        stdin=tty,
        stdout=tty,
        stderr=tty,
        env={**os.environ, "TERM": "xterm-256color", "ROLEPLAY_DATA_DIR": str(tmp_path / "d")},
        close_fds=True,
    )
    os.close(tty)
    try:
        assert b"roleplay" in _read_until(main, b"Trainee")  # the home screen is up
        os.close(main)  # the terminal goes away, as when tmux's server is killed
        main = -1
        assert proc.wait(timeout=60) == 0  # left on its own, cleanly
    finally:
        if main != -1:
            os.close(main)
        # The leader and the app share a process group named after the leader.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
