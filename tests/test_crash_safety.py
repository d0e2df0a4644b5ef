"""Killing the process mid-write never leaves a torn session file (SIGKILL, real processes)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from roleplay.store.sessions import read_session
from sync_points import HANG

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
        session.record.cohort = "x" * (n * 97 % 1_000)  # records cap text fields (domain/bounds)
        services.store.save(session.record)
        print(n, flush=True)  # the test kills after a number of saves, not after a time
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("saves", [1, 20, 60, 150])
def test_sigkill_during_writes_leaves_a_parsable_file(tmp_path: Path, saves: int) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    assert proc.stdout is not None
    path = Path(proc.stdout.readline().strip())
    for line in proc.stdout:  # the writer is already busy with the next save when we kill
        if int(line) >= saves:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    record = read_session(path)  # parses: the old file or the new, never a torn one
    assert record.trainee == "t-kill"
    assert json.loads(path.read_text())["id"] == record.id


PRACTICE = [
    sys.executable,
    "-m",
    "roleplay",
    "practice",
    "grief-have-you-lost-a-parent",
    "--responses",
    "-",
    "--trainee",
    "t-kill",
]
RESPONSE = "I did lose my mother some years ago. What has it been like for you?"


def _start_practice(llm, data: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONUNBUFFERED": "1",  # each feedback line reaches the test as it is printed
        "OPENAI_BASE_URL": llm.base_url,
        "OPENAI_API_KEY": "sk-crash-test-key",
        "ROLEPLAY_DATA_DIR": str(data),
        "ROLEPLAY_TIMEOUT": "60",
    }
    proc = subprocess.Popen(
        PRACTICE,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdin is not None
    proc.stdin.write(RESPONSE + "\n")
    proc.stdin.close()
    return proc


def _session_file(data: Path) -> Path:
    [path] = (data / "sessions").glob("*.json")
    return path


def _wait_for_feedback(proc: subprocess.Popen[str]) -> None:
    """Read the process's output until the scores are printed: the verdict is saved first."""
    assert proc.stdout is not None
    for line in proc.stdout:
        if "Feedback" in line:
            return
    raise AssertionError("the process ended without printing the feedback")


async def _resume(llm, data: Path, path: Path):
    from roleplay.factory import build_services
    from roleplay.settings import Settings

    services = build_services(
        Settings(
            base_url=llm.base_url,
            api_key="sk-crash-test-key",
            data_dir=data,
            retry_backoff=0.01,
            timeout=30,  # a hang guard: a busy machine must not turn a slow answer into a fallback
        )
    )
    try:
        session = services.resume(path.stem)
        assert session.pending_attempt == (0, 0)
        events = [e async for e in session.resume_pending()]
        return events
    finally:
        await services.aclose()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
async def test_sigkill_while_the_response_is_judged_keeps_it_and_resumes(tmp_path: Path) -> None:
    from fakellm import FakeLLM
    from llmkit import judge_and_client
    from roleplay.practice.events import ClientSpoke, Evaluated

    with FakeLLM(latency=30) as llm:  # the judge and the client both hang: killed mid-judging
        judge_and_client(llm)
        proc = _start_practice(llm, tmp_path)
        llm.wait_for_requests(1, timeout=HANG)  # the response is saved before any call goes out
        path = _session_file(tmp_path)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
        record = read_session(path)
        attempt = record.turns[0].attempts[0]
        assert (attempt.response, attempt.evaluation, attempt.replied) == (RESPONSE, None, False)
        llm.latency = 0
        events = await _resume(llm, tmp_path, path)
    assert any(isinstance(e, Evaluated) for e in events)
    assert any(isinstance(e, ClientSpoke) for e in events)
    saved = read_session(path)
    assert saved.turns[0].attempts[0].evaluation is not None
    assert saved.turns[0].attempts[0].replied and len(saved.turns) == 2


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
async def test_sigkill_while_the_client_streams_keeps_the_verdict_and_resumes(
    tmp_path: Path,
) -> None:
    from fakellm import FakeLLM
    from llmkit import judge_and_client
    from roleplay.practice.events import ClientSpoke, Evaluated

    # The verdict comes at once; the client's words trickle in, one word every half second.
    with FakeLLM(chunk_words=1, chunk_delay=0.5) as llm:
        judge_and_client(llm)
        proc = _start_practice(llm, tmp_path)
        _wait_for_feedback(proc)
        path = _session_file(tmp_path)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
        record = read_session(path)
        attempt = record.turns[0].attempts[0]
        assert attempt.response == RESPONSE and attempt.evaluation is not None
        assert not attempt.replied and len(record.turns) == 1
        judged_before = attempt.evaluation
        llm.chunk_delay = 0
        requests_before = len(llm.requests)
        events = await _resume(llm, tmp_path, path)
        resumed_requests = llm.requests[requests_before:]
    assert not any(isinstance(e, Evaluated) and e.evaluation != judged_before for e in events)
    assert any(isinstance(e, ClientSpoke) for e in events)
    assert all(r.stream for r in resumed_requests), "only the client is asked again"
    saved = read_session(path)
    assert saved.turns[0].attempts[0].evaluation == judged_before
    assert len(saved.turns) == 2
