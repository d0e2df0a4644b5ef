"""Whole sessions against a loopback OpenAI-compatible server: the CLI contract, faults and
fallbacks end to end, concurrency, the TUI streaming, settings, and the key staying secret."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from fakellm import FakeLLM, Fault
from llmkit import CLIENT_WORDS, is_rating, judge_and_client, verdict
from practice_helpers import SESSION_RESPONSES
from roleplay.cli import main
from roleplay.domain.routing import plan_step
from roleplay.factory import Services, build_services
from roleplay.offline.scorer import score_response
from roleplay.practice.events import (
    ClientDelta,
    ClientRestart,
    ClientSpoke,
    Evaluated,
    Notice,
    Retrying,
)
from roleplay.practice.session import PracticeSession
from roleplay.settings import Settings
from roleplay.store.sessions import read_session
from sync_points import HANG, Hold, Meeting
from tui_helpers import send

KEY = "sk-roleplay-test-8d3f0c7be21a4b9e"
SCENARIO = "grief-have-you-lost-a-parent"
RESPONSES = SESSION_RESPONSES


@pytest.fixture
def llm() -> Iterator[FakeLLM]:
    with FakeLLM() as server:
        yield server


@pytest.fixture
def server_env(llm: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> FakeLLM:
    """The environment a user sets: the SDK's own names, plus quick retries for tests."""
    monkeypatch.setenv("OPENAI_BASE_URL", llm.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("ROLEPLAY_RETRY_BACKOFF", "0.01")
    monkeypatch.setenv("ROLEPLAY_TIMEOUT", "30")  # a hang guard: no test here times out
    return llm


@pytest.fixture
def responses_file(tmp_path: Path) -> Path:
    path = tmp_path / "responses.txt"
    path.write_text("\n---\n".join(RESPONSES) + "\n", encoding="utf-8")
    return path


def practice_json(responses: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> Any:
    code = main(["practice", SCENARIO, "--responses", str(responses), "--json", *extra])
    assert code == 0
    out, err = capsys.readouterr()
    record = json.loads(out)
    record["stderr"] = err  # not part of the record: for the test to read
    return record


def attempts_of(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for turn in record["turns"] for a in turn["attempts"]]


async def play(session: PracticeSession, text: str) -> list[Any]:
    async with contextlib.aclosing(session.submit(text)) as events:
        return [event async for event in events]


@pytest_asyncio.fixture
async def opened() -> AsyncIterator[Callable[[Settings], Services]]:
    """build_services, with every one closed at the end of the test."""
    made: list[Services] = []

    def build(settings: Settings) -> Services:
        made.append(build_services(settings))
        return made[-1]

    yield build
    for services in made:
        await services.aclose()


def llm_settings(llm: FakeLLM, data_dir: Path, **values: Any) -> Settings:
    base: dict[str, Any] = {
        "base_url": llm.base_url,
        "api_key": KEY,
        "data_dir": data_dir,
        "retry_backoff": 0.01,
        "timeout": 30,  # a hang guard: no test here times out
        "trainee": "t-1",
    }
    return Settings(**(base | values))


# -- the contract: a headless session against any OpenAI-compatible server ----------------------


def test_a_headless_session_is_voiced_and_judged_by_the_server(
    server_env: FakeLLM, responses_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    llm = server_env
    judge_and_client(llm)
    record = practice_json(responses_file, capsys)
    assert record["engine"] == {
        "mode": "llm",
        "model": "gpt-4o-mini",
        "judge_model": "gpt-4o-mini",
        "server": f"127.0.0.1:{llm.port}",
    }
    attempts = attempts_of(record)
    assert attempts
    for attempt in attempts:
        evaluation = attempt["evaluation"]
        assert evaluation["judge"] == "llm"
        assert evaluation["prompt_version"] == "llm-judge-1"
        assert evaluation["rubric_id"] == "disclosure-immediacy"
    spoken = [turn["client"] for turn in record["turns"][1:]]
    assert spoken
    assert all(line["source"] == "llm" and line["text"] == CLIENT_WORDS for line in spoken)
    # one judge call and one client call a turn, and the client's rating once the session ends
    assert len([r for r in llm.requests if not is_rating(r)]) == 2 * len(attempts)
    assert len([r for r in llm.requests if is_rating(r)]) == (record["status"] == "completed")
    saved = read_session(Path(record["stderr"].split("session saved: ")[-1].strip()))
    assert saved.model_dump(mode="json")["turns"] == record["turns"]
    assert "server" not in record["stderr"]  # no notices: nothing failed


# Seeds whose draws put several faults into a session's dozen requests.
@pytest.mark.parametrize("seed", [1, 7, 8])
def test_with_a_third_of_requests_failing_every_response_is_judged_once(
    server_env: FakeLLM, responses_file: Path, capsys: pytest.CaptureFixture[str], seed: int
) -> None:
    llm = server_env
    judge_and_client(llm)
    llm.fault_rate = 1 / 3
    llm.seed = seed
    record = practice_json(responses_file, capsys)
    attempts = attempts_of(record)
    used = RESPONSES[: len(attempts)]
    assert [a["response"] for a in attempts] == used  # none lost, none twice, in order
    assert len(record["turns"]) == len(attempts) + 1
    judges = [a["evaluation"]["judge"] for a in attempts]
    assert set(judges) <= {"llm", "offline-fallback"}
    assert "llm" in judges
    assert sum(llm.stats.faults.values()) >= 4  # the faults did happen, and were retried
    assert llm.stats.completed >= judges.count("llm")
    for attempt in attempts:
        if attempt["evaluation"]["judge"] == "offline-fallback":
            reason = attempt["evaluation"]["fallback_reason"]
            assert reason and reason in record["stderr"]  # the user was told


async def test_an_exhausted_server_falls_back_labelled_then_is_tried_again(
    llm: FakeLLM, data_dir: Path, opened: Any
) -> None:
    llm.handler = lambda request: Fault("server_error", status=503)
    services = opened(llm_settings(llm, data_dir, max_attempts=2))
    session = services.start(SCENARIO)
    notices: list[str] = []
    counts = []
    for text in RESPONSES[:4]:
        events = await play(session, text)
        notices += [e.message for e in events if isinstance(e, Notice)]
        counts.append(len(llm.requests))
    said = (
        f"the server at 127.0.0.1:{llm.port} kept answering 503 Service Unavailable after 2 tries"
    )
    first = session.turns[0].attempts[0].evaluation
    assert first is not None
    assert (first.judge, first.fallback_reason) == ("offline-fallback", said)
    assert session.turns[1].client.source == "offline-fallback"
    assert set(notices[:2]) == {
        f"The offline engine scored this response instead of the server: {said}.",
        f"The client spoke the scenario's own line instead of the server's: {said}.",
    }
    # Two failed turns in a row: the third does not wait on the server, and says so.
    assert counts[2] == counts[1]
    third = session.turns[2].attempts[0].evaluation
    assert third is not None
    assert third.judge == "offline-fallback"
    assert third.fallback_reason is not None
    assert third.fallback_reason.startswith("the server failed on the last 2 responses")
    assert session.turns[3].client.source == "offline-fallback"
    assert any(n.startswith("The server failed on the last 2 responses") for n in notices)
    # The fourth tries the server again.
    assert counts[3] == counts[2] + 4
    # Nothing typed was lost: every response is on disk with its (fallback) evaluation.
    saved = read_session(session.path)
    assert [t.attempts[0].response for t in saved.turns[:4]] == RESPONSES[:4]
    assert all(t.attempts[0].evaluation is not None for t in saved.turns[:4])


async def test_a_reply_broken_midway_is_replaced_by_the_scripted_line(
    llm: FakeLLM, data_dir: Path, opened: Any
) -> None:
    llm.route(lambda r: r.wants_json, lambda r: verdict(r))
    llm.route(lambda r: r.stream, Fault("hang_up", after_chunks=12, reply=CLIENT_WORDS))
    services = opened(llm_settings(llm, data_dir))
    session = services.start(SCENARIO)
    events = await play(session, RESPONSES[0])
    kinds = [type(e) for e in events]
    assert ClientDelta in kinds
    assert kinds.index(ClientDelta) < kinds.index(ClientRestart)
    [spoke] = [e for e in events if isinstance(e, ClientSpoke)]
    assert spoke.turn.client.source == "offline-fallback"
    assert spoke.turn.client.text != CLIENT_WORDS  # the scenario's own line
    reading = score_response(session.rubric, session.moment(0), RESPONSES[0])
    planned = plan_step(session.scenario, "asks", reading, session.rubric.scale)
    assert spoke.turn.client.text == planned.line
    [evaluated] = [e for e in events if isinstance(e, Evaluated)]
    assert evaluated.evaluation.judge == "llm"  # the judge's call was fine
    [notice] = [e for e in events if isinstance(e, Notice)]
    assert notice.message.endswith("dropped the connection in the middle of a reply.")
    assert len(llm.requests) == 2  # no second reply streamed on top of the first


# -- the key ---------------------------------------------------------------------------------


def test_the_key_never_reaches_a_file_a_log_or_the_screen(
    server_env: FakeLLM,
    responses_file: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    data_dir: Path,
) -> None:
    llm = server_env
    judge_and_client(llm)
    llm.faults.extend(
        [
            Fault("server_error", status=401),
            Fault("rate_limit", retry_after=0.01),
            Fault("hang_up"),
            Fault("truncated_json"),
            # A server echoing the key; twice, since a 400 to a json_schema request is asked
            # again at once in JSON mode, where the second one answers.
            Fault("server_error", status=400, message=f"bad key {KEY}"),
            Fault("server_error", status=400, message=f"bad key {KEY}"),
            Fault("truncated_content"),
            Fault("server_error", status=503),
        ]
    )
    llm.fault_rate = 0.3
    caplog.set_level(logging.DEBUG)
    code = main(["practice", SCENARIO, "--responses", str(responses_file), "--json"])
    out, err = capsys.readouterr()
    assert code == 0
    assert llm.requests[0].authorization == f"Bearer {KEY}"  # the server did get it
    assert "refused the request (400 Bad Request): bad key ***" in err  # scrubbed, still told
    assert KEY not in out
    assert KEY not in err
    assert KEY not in caplog.text
    for record in caplog.records:
        assert KEY not in record.getMessage()
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert KEY.encode() not in path.read_bytes()
    settings = Settings()
    assert KEY not in repr(settings)
    assert KEY not in build_services(settings).describe_engine()


# -- concurrency -------------------------------------------------------------------------------


async def test_a_turn_costs_one_round_trip_judge_and_client_in_flight_together(
    llm: FakeLLM, data_dir: Path, opened: Any
) -> None:
    # Neither answer leaves the server until the other request has arrived: a session that
    # asked one after the other would never get an answer from the LLM (speed is in bench/).
    meeting = Meeting(2)
    llm.route(lambda r: r.wants_json, meeting.then(verdict))
    llm.route(lambda r: r.stream, meeting.then(CLIENT_WORDS))
    session = opened(llm_settings(llm, data_dir)).start(SCENARIO)
    for text in RESPONSES[:4]:
        await play(session, text)
    assert llm.handler_errors == []
    requests = llm.requests
    assert len(requests) == 8
    for judge_call, client_call in zip(requests[::2], requests[1::2], strict=True):
        assert {judge_call.wants_json, client_call.wants_json} == {True, False}
    for turn in session.turns[:4]:
        evaluation = turn.attempts[0].evaluation
        assert evaluation is not None and evaluation.judge == "llm"


# -- choosing the engine, and settings -------------------------------------------------------


def test_offline_flag_wins_over_a_configured_server(
    server_env: FakeLLM, responses_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = practice_json(responses_file, capsys, "--offline")
    assert record["engine"]["mode"] == "offline"
    assert {a["evaluation"]["judge"] for a in attempts_of(record)} == {"offline"}
    assert server_env.requests == []


def test_no_server_configured_means_offline(
    responses_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = practice_json(responses_file, capsys)
    assert record["engine"]["mode"] == "offline"


async def test_a_config_file_configures_the_server_and_the_environment_wins(
    llm: FakeLLM, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path, opened: Any
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        f"base_url: {llm.base_url}\n"
        "api_key: sk-from-the-config-file\n"
        "model: client-from-file\n"
        "judge_model: judge-from-file\n"
        "retry_backoff: 0.01\n"
        f"data_dir: {data_dir}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("ROLEPLAY_CONFIG", str(config))
    monkeypatch.setenv("ROLEPLAY_JUDGE_MODEL", "judge-from-env")
    settings = Settings()
    assert settings.uses_server
    assert (settings.model, settings.judge_model) == ("client-from-file", "judge-from-env")
    judge_and_client(llm)
    services = opened(settings)
    assert services.engine.mode == "llm"
    session = services.start(SCENARIO)
    await play(session, RESPONSES[0])
    models = {("json" if r.wants_json else "chat", r.model) for r in llm.requests}
    assert models == {("json", "judge-from-env"), ("chat", "client-from-file")}
    assert llm.last_request.authorization == "Bearer sk-from-the-config-file"


def test_score_falls_back_per_line_when_the_server_fails(
    server_env: FakeLLM, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    llm = server_env
    llm.route(lambda r: r.wants_json, [lambda r: verdict(r), Fault("server_error", status=401)])
    lines = tmp_path / "in.jsonl"
    lines.write_text(
        json.dumps({"id": 1, "client_line": "Have you lost a parent?", "response": RESPONSES[0]})
        + "\n",
        encoding="utf-8",
    )
    assert main(["score", str(lines), "--concurrency", "1"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["judge"] == "llm"
    assert main(["score", str(lines)]) == 0
    out, err = capsys.readouterr()
    second = json.loads(out)
    assert second["judge"] == "offline-fallback"
    assert second["scores"]["self_disclosure"]["applicable"] is True
    assert "rejected the API key (401 Unauthorized)" in err


# -- the TUI streams and never blocks --------------------------------------------------------


async def test_the_tui_streams_the_client_while_the_judge_is_out(
    llm: FakeLLM, data_dir: Path, opened: Any
) -> None:
    from roleplay.tui.app import RoleplayApp
    from roleplay.tui.widgets.feedback import FeedbackCard
    from roleplay.tui.widgets.response import ResponseBox
    from roleplay.tui.widgets.transcript import ClientBubble

    judge = Hold()  # the verdict stays on the server until the test has seen the words
    llm.route(lambda r: r.wants_json, [judge.then(verdict)])
    llm.route(lambda r: r.stream, CLIENT_WORDS)
    services = opened(llm_settings(llm, data_dir))
    app = RoleplayApp(services, scenario=SCENARIO)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            app.screen.query_one(ResponseBox).text = RESPONSES[0]
            await send(pilot)
            partial = ""
            deadline = time.monotonic() + HANG  # only a broken app gets near this
            while not partial and time.monotonic() < deadline:
                await pilot.pause()  # words appear before the judge has answered
                bubbles = list(app.screen.query(ClientBubble))
                if len(bubbles) == 2 and bubbles[1].streamed:
                    partial = bubbles[1].streamed
            assert partial
            assert CLIENT_WORDS.startswith(partial)
            assert not app.screen.query(FeedbackCard)  # the judge is still out...
            await pilot.press("x")  # ...and the app still answers keys
            assert not app.screen.query(FeedbackCard)
            judge.release()
            await app.workers.wait_for_complete()
            await pilot.pause()
            [card] = app.screen.query(FeedbackCard)
            assert card.evaluation.judge == "llm"
            bubble = list(app.screen.query(ClientBubble))[1]
            assert bubble.line is not None
            assert bubble.line.text == CLIENT_WORDS
            await pilot.press("ctrl+q")
    finally:
        judge.release()
    assert llm.handler_errors == []


async def test_events_keep_their_order_with_both_engines_in_flight(
    llm: FakeLLM, data_dir: Path, opened: Any
) -> None:
    judge_and_client(llm)
    llm.chunk_words = 3
    session = opened(llm_settings(llm, data_dir)).start(SCENARIO)
    events = await play(session, RESPONSES[0])
    kinds = [type(e).__name__ for e in events]
    assert kinds[0] == "Saved"
    assert kinds.index("Evaluated") < kinds.index("ClientSpoke")
    deltas = "".join(e.text for e in events if isinstance(e, ClientDelta))
    assert deltas == CLIENT_WORDS
    await asyncio.sleep(0)


async def test_cancelling_a_turn_stops_waiting_on_the_server(
    llm: FakeLLM, data_dir: Path, opened: Any
) -> None:
    server = Hold()  # neither call is answered until the test is over
    llm.route(lambda r: r.wants_json, server.then(verdict))
    llm.route(lambda r: r.stream, server.then(CLIENT_WORDS))
    session = opened(llm_settings(llm, data_dir)).start(SCENARIO)
    task = asyncio.create_task(play(session, RESPONSES[0]))
    try:
        await asyncio.to_thread(llm.wait_for_requests, 2)  # the response is saved; both calls out
        task.cancel()  # what Escape does in the TUI
        with pytest.raises(asyncio.CancelledError):
            # A turn that kept waiting on the server would hang here until the hang guard.
            async with asyncio.timeout(HANG):
                await task
    finally:
        server.release()
    attempt = read_session(session.path).turns[0].attempts[0]
    assert (attempt.response, attempt.withdrawn, attempt.evaluation) == (RESPONSES[0], True, None)
    assert not session.busy


async def test_the_trainee_is_told_what_a_retry_is_waiting_for(
    llm: FakeLLM, data_dir: Path, opened: Any
) -> None:
    """While the server is retried, the session says why and for how long (issue 7)."""
    # The judge's first request gets the 429 (a queued fault would go to whichever of judge
    # and client arrived first, and the order of events below depends on which).
    llm.route(lambda r: r.wants_json, [Fault("rate_limit", retry_after=0.05), verdict])
    judge_and_client(llm)
    services = opened(llm_settings(llm, data_dir))
    session = services.start(SCENARIO)
    events = await play(session, RESPONSES[0])
    waits = [e for e in events if isinstance(e, Retrying)]
    assert len(waits) == 1
    wait = waits[0]
    assert wait.role == "judge"
    assert "429" in wait.reason and wait.attempt == 1 and wait.of == 4
    assert "trying again" in wait.message and "(try 2 of 4)" in wait.message
    assert KEY not in wait.message
    evaluation = session.turns[0].attempts[0].evaluation
    assert evaluation is not None and evaluation.judge == "llm"
    kinds = [type(e) for e in events]
    assert kinds.index(Retrying) < kinds.index(Evaluated)
