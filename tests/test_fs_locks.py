"""Two processes, one session: the second opener is refused, so no response is ever lost.

Every test holds the session in a real second process (a child that resumes it and waits on its
stdin), so the lock is the kernel's, exactly as between two terminal windows.
"""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from roleplay.factory import build_services
from roleplay.settings import Settings
from roleplay.store.locks import SessionInUse
from roleplay.store.sessions import read_session
from test_fs_writes import _one_session

HANG = 120  # seconds: only a hang gets anywhere near this

HOLDER = """
import sys
from pathlib import Path
from roleplay.factory import build_services
from roleplay.settings import Settings

services = build_services(Settings(data_dir=Path(sys.argv[1]), offline=True))
session = services.resume(sys.argv[2])
print("open", flush=True)
sys.stdin.read()  # hold the session until the test closes our stdin
"""


@contextlib.contextmanager
def held_elsewhere(data: Path, session_id: str) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data), session_id],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "open"  # waits on the child, not the clock
        yield proc
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=HANG)


def _services(data: Path):
    return build_services(Settings(data_dir=data, offline=True))


async def _submit(session, text: str) -> None:
    async with contextlib.aclosing(session.submit(text)) as events:
        async for _ in events:
            pass


def test_a_second_process_cannot_open_or_write_an_open_session(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = _one_session(data)
    session_id = path.stem
    before = read_session(path)
    with held_elsewhere(data, session_id):
        with pytest.raises(SessionInUse, match="open in another window") as refused:
            _services(data).resume(session_id)
        assert refused.value.hint and "finish or quit it there" in refused.value.hint
        # Even a writer that skipped opening is refused, and the file is untouched.
        with pytest.raises(SessionInUse):
            _services(data).store.save(before)
    # The holder is gone (its lock went with it): now this process may open it and submit.
    session = _services(data).resume(session_id)
    asyncio.run(_submit(session, "Go on, I'm listening."))
    assert len(read_session(path).attempts) == len(before.attempts) + 1


def test_headless_second_opener_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    session_id = _one_session(data).stem
    with held_elsewhere(data, session_id):
        second = subprocess.run(
            [sys.executable, "-c", HOLDER, str(data), session_id],
            input="",
            capture_output=True,
            text=True,
            timeout=HANG,
            check=False,
        )
    assert second.returncode != 0 and "open" not in second.stdout
    assert "This session is open in another window" in second.stderr


def test_one_process_may_reopen_its_own_session(tmp_path: Path) -> None:
    data = tmp_path / "data"
    session_id = _one_session(data).stem
    first = _services(data).resume(session_id)
    again = _services(data).resume(session_id)  # e.g. back to the list, then open it again
    assert first.record.id == again.record.id


def test_a_finished_session_is_let_go(tmp_path: Path) -> None:
    data = tmp_path / "data"
    session_id = _one_session(data).stem
    _services(data).resume(session_id).finish("abandoned")
    script = HOLDER.replace('print("open", flush=True)', 'print("open", flush=True); sys.exit()')
    done = subprocess.run(
        [sys.executable, "-c", script, str(data), session_id],
        capture_output=True,
        text=True,
        timeout=HANG,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.strip() == "open", done.stderr


@pytest.fixture
def made(tmp_path: Path) -> Path:
    return _one_session(tmp_path / "data")


async def test_the_practice_room_says_the_session_is_open_elsewhere(made: Path) -> None:
    from roleplay.tui.app import RoleplayApp
    from roleplay.tui.screens.dialogs import ErrorScreen
    from roleplay.tui.screens.session import SessionScreen

    data, session_id = made.parent.parent, made.stem
    services = build_services(Settings(data_dir=data, offline=True, trainee="t-1"))
    with held_elsewhere(data, session_id):
        app = RoleplayApp(services, blink=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            app.open_session(session_id)
            await pilot.pause()
            assert isinstance(app.screen, ErrorScreen)
            assert "open in another window" in app.screen.message
            assert not any(isinstance(s, SessionScreen) for s in app.screen_stack)
