"""One fallback wrapper for every caller: FallbackJudge and FallbackClient, used by the session,
`score`, `rescore` and `calibrate`, against a loopback server that fails."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cohort import load, make_cohort
from fakellm import FakeLLM, Fault
from llmkit import CLIENT_WORDS, judge_and_client
from roleplay.cli import main
from roleplay.domain.moment import Moment
from roleplay.domain.routing import plan_step
from roleplay.factory import build_services
from roleplay.judge.fallback import FallbackJudge
from roleplay.judge.offline import offline_request
from roleplay.offline.scorer import score_response
from roleplay.settings import Settings
from roleplay.simulate.base import ReplyRequest
from roleplay.simulate.fallback import FallbackClient

KEY = "sk-fallback-test-3e9d1c7a"
RESPONSE = "I lost my father too, years ago. What has it been like for you?"


@pytest.fixture
def llm() -> Iterator[FakeLLM]:
    with FakeLLM() as server:
        yield server


@pytest.fixture
def server_env(llm: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> FakeLLM:
    monkeypatch.setenv("OPENAI_BASE_URL", llm.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("ROLEPLAY_RETRY_BACKOFF", "0.01")
    monkeypatch.setenv("ROLEPLAY_MAX_ATTEMPTS", "2")
    monkeypatch.setenv("ROLEPLAY_TIMEOUT", "2")
    return llm


def settings_for(llm: FakeLLM, data_dir: Path) -> Settings:
    return Settings(
        base_url=llm.base_url,
        api_key=KEY,
        data_dir=data_dir,
        retry_backoff=0.01,
        max_attempts=2,
        timeout=2,
    )


async def test_the_factory_wraps_both_server_engines(llm: FakeLLM, data_dir: Path) -> None:
    services = build_services(settings_for(llm, data_dir))
    try:
        assert isinstance(services.judge, FallbackJudge)
        assert isinstance(services.client, FallbackClient)
        assert services.judge.kind == services.client.kind == "llm"  # the primary's kind
    finally:
        await services.aclose()
    assert services.judge.primary.provider._client.is_closed()  # type: ignore[attr-defined]
    await services.aclose()  # closing twice is harmless


async def test_a_failing_judge_is_answered_offline_labelled_with_the_reason(
    llm: FakeLLM, data_dir: Path
) -> None:
    llm.handler = lambda request: Fault("server_error", status=502)
    services = build_services(settings_for(llm, data_dir))
    rubric = services.library.rubric("disclosure-immediacy").rubric
    request = offline_request(rubric, Moment(client_line="Have you lost a parent?"), RESPONSE)
    try:
        evaluation = await services.judge.evaluate(request)
    finally:
        await services.aclose()
    assert evaluation.judge == "offline-fallback"
    assert evaluation.fallback_reason == (
        f"the server at 127.0.0.1:{llm.port} kept answering 502 Bad Gateway after 2 tries"
    )
    offline = request.offline
    assert {c: r.score for c, r in evaluation.criteria.items()} == {
        c: r.score for c, r in offline.criteria.items()
    }
    assert len(llm.requests) == 2  # the retries happened first


async def _reply(services: Any, request: ReplyRequest) -> tuple[list[str], Any]:
    stream = services.client.reply(request)
    async with contextlib.aclosing(stream):
        pieces = [piece async for piece in stream]
    return pieces, stream


async def test_a_failing_client_hands_over_to_the_script(llm: FakeLLM, data_dir: Path) -> None:
    services = build_services(settings_for(llm, data_dir))
    session = services.start("grief-have-you-lost-a-parent")

    reading = score_response(session.rubric, session.moment(0), RESPONSE)
    step = plan_step(session.scenario, "asks", reading, session.rubric.scale)
    request = ReplyRequest(session.scenario, "asks", [], step)
    try:
        llm.handler = lambda r: Fault("server_error", status=500)
        pieces, stream = await _reply(services, request)
        assert pieces == [step.line]
        assert stream.fallback_reason.endswith(
            "kept answering 500 Internal Server Error after 2 tries"
        )
        assert stream.taken_back is False  # nothing had been shown

        llm.handler = lambda r: Fault("hang_up", after_chunks=12, reply=CLIENT_WORDS)
        pieces, stream = await _reply(services, request)
        assert pieces[-1] == step.line and len(pieces) > 1  # words, then the script
        assert CLIENT_WORDS.startswith("".join(pieces[:-1]).strip())
        assert stream.taken_back is True  # the caller must take the three words back
        assert stream.fallback_reason.endswith("dropped the connection in the middle of a reply")

        llm.handler = lambda r: CLIENT_WORDS
        pieces, stream = await _reply(services, request)
        assert "".join(pieces).strip() == CLIENT_WORDS and stream.fallback_reason is None
    finally:
        await services.aclose()


def test_calibrate_goes_on_when_the_server_fails(
    server_env: FakeLLM, capsys: pytest.CaptureFixture[str]
) -> None:
    llm = server_env
    failing = {"left": 5}

    def handler(request: Any) -> Any:
        if failing["left"] > 0:
            failing["left"] -= 1
            return Fault("server_error", status=500)
        return Fault("server_error", status=503)

    llm.handler = handler
    code = main(["calibrate", "--rubric", "relationship-boundaries"])
    out, err = capsys.readouterr()
    assert code == 1  # the figures are not the server's: said, and the exit code says so
    assert "exemplars" in out and "QW kappa" in out  # the report is there all the same
    assert "were scored by the offline engine because the server failed" in err
    assert "kept answering 503 Service Unavailable after 2 tries" in err
    assert "Traceback" not in err


def test_rescore_keeps_what_the_offline_engine_answered_and_retries_it_later(
    server_env: FakeLLM, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    llm = server_env
    paths = make_cohort(data_dir)
    llm.handler = lambda r: Fault("server_error", status=500)
    assert main(["rescore", str(data_dir), "--concurrency", "2"]) == 1
    err = capsys.readouterr().err
    assert "scored offline because the server failed (run again to retry them)" in err
    rescores = [
        r for p in paths for t in load(p)["turns"] for a in t["attempts"] for r in a["rescores"]
    ]
    assert rescores and {r["judge"] for r in rescores} == {"offline-fallback"}
    assert all("kept answering 500" in r["fallback_reason"] for r in rescores)

    llm.reset()
    judge_and_client(llm)
    assert main(["rescore", str(data_dir), "--concurrency", "2"]) == 0
    for path in paths:
        for turn in load(path)["turns"]:
            for attempt in turn["attempts"]:
                if attempt["rescores"]:
                    assert attempt["rescores"][-1]["judge"] == "llm"


def test_score_says_which_lines_fell_back(
    server_env: FakeLLM, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    llm = server_env
    llm.handler = lambda r: Fault("server_error", status=500)
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"id": "a7", "response": RESPONSE}) + "\n", encoding="utf-8")
    assert main(["score", str(lines)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["judge"] == "offline-fallback"
    assert "roleplay: line a7: the server at" in err and "; scored offline" in err
