"""Killing the process mid-write never leaves a torn session file (SIGKILL, real processes)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from roleplay.store.sessions import read_session

WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from roleplay.factory import build_services
    from roleplay.settings import Settings

    services = build_services(Settings(data_dir=Path(sys.argv[1]), offline=True))
    session = services.start("grief-have-you-lost-a-parent", "t-kill", None)
    print(session.path, flush=True)
    n = 0
    while True:  # rewrite a growing record as fast as possible until killed
        n += 1
        session.record.cohort = "x" * (n % 50_000)
        services.store.save(session.record)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("delay", [0.15, 0.3, 0.45, 0.6])
def test_sigkill_during_writes_leaves_a_parsable_file(tmp_path: Path, delay: float) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    assert proc.stdout is not None
    path = Path(proc.stdout.readline().strip())
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    record = read_session(path)  # parses: the old file or the new, never a torn one
    assert record.trainee == "t-kill"
    assert json.loads(path.read_text())["id"] == record.id
