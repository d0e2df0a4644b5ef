"""A server that refuses json_schema (a bare 500 or a 4xx on every such request, as
llama-cpp-python's server does): JSON mode once, before it counts as a failure, remembered per
provider; tested against the loopback server set to behave that way."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from fakellm import FakeLLM, Fault
from llmkit import GOOD, Verdict, is_rating, judge_and_client
from practice_helpers import SESSION_RESPONSES
from roleplay import progress
from roleplay.cli import main
from roleplay.errors import ProviderError
from roleplay.llm.provider import Provider
from roleplay.settings import Settings

KEY = "sk-json-mode-test-6b2f0d4e"
USER: list[Any] = [
    {"role": "system", "content": "You answer in JSON."},
    {"role": "user", "content": "Hello?"},
]


@pytest.fixture
def llm() -> Iterator[FakeLLM]:
    with FakeLLM(reply=GOOD) as server:
        yield server


def make_provider(llm: FakeLLM, **values: Any) -> Provider:
    base: dict[str, Any] = {
        "base_url": llm.base_url,
        "api_key": KEY,
        "timeout": 2.0,
        "max_attempts": 4,
        "retry_backoff": 0.01,
    }
    return Provider.from_settings(Settings(**(base | values)))


@pytest_asyncio.fixture
async def provider(llm: FakeLLM) -> AsyncIterator[Provider]:
    made = make_provider(llm)
    yield made
    await made.aclose()


def kinds(llm: FakeLLM) -> list[str | None]:
    """The response format of each request, the client's end-of-session rating left out."""
    return [(r.response_format or {}).get("type") for r in llm.requests if not is_rating(r)]


async def ask(provider: Provider) -> Verdict:
    return await provider.complete_json(USER, "judge-m", schema=Verdict, name="verdict")


@pytest.mark.parametrize("status", [500, 400, 422, 501])
async def test_a_refused_json_schema_is_answered_in_json_mode_at_once(
    llm: FakeLLM, provider: Provider, status: int
) -> None:
    llm.refuse_json_schema = status
    waits: list[progress.Waiting] = []
    with progress.listening(waits.append):
        assert await ask(provider) == Verdict(**GOOD)
        assert await ask(provider) == Verdict(**GOOD)
    # One json_schema request, one in JSON mode in the same try; later calls go straight there.
    assert kinds(llm) == ["json_schema", "json_object", "json_object"]
    assert waits == []  # no retry was spent on it: the first failure was not counted
    assert provider.structured_mode == "json_object"
    assert '"additionalProperties":false' in llm.requests[1].texts("system")[0]


async def test_what_worked_is_remembered_per_provider(llm: FakeLLM, provider: Provider) -> None:
    llm.refuse_json_schema = 500
    await ask(provider)
    other = make_provider(llm)
    try:
        assert other.structured_mode == "json_schema"  # another server instance starts fresh
        llm.refuse_json_schema = False
        await ask(other)
    finally:
        await other.aclose()
    assert kinds(llm)[-1] == "json_schema"


async def test_a_server_failing_everything_gets_one_json_mode_try_per_call(
    llm: FakeLLM, provider: Provider
) -> None:
    llm.handler = lambda request: Fault("server_error", status=500)
    with pytest.raises(ProviderError) as caught:
        await ask(provider)
    assert kinds(llm) == ["json_schema", "json_object", "json_schema", "json_schema", "json_schema"]
    assert "kept answering 500 Internal Server Error after 4 tries" in caught.value.message
    assert provider.structured_mode == "json_schema"  # nothing worked, nothing learnt


async def test_once_json_schema_has_worked_a_500_is_only_a_server_error(
    llm: FakeLLM, provider: Provider
) -> None:
    await ask(provider)
    llm.faults.extend([Fault("server_error", status=500), Fault("server_error", status=503)])
    assert await ask(provider) == Verdict(**GOOD)
    assert kinds(llm) == ["json_schema"] * 4
    assert provider.structured_mode == "json_schema"


@pytest.mark.parametrize(
    "fault",
    [
        Fault("server_error", status=401),
        Fault("server_error", status=403),
        Fault("server_error", status=404),
        Fault("server_error", status=503),
        Fault("rate_limit", retry_after=0.01),
    ],
)
async def test_the_key_the_model_and_rate_limits_are_not_a_format_problem(
    llm: FakeLLM, provider: Provider, fault: Fault
) -> None:
    llm.faults.append(fault)
    if fault.kind == "rate_limit" or fault.status == 503:
        assert await ask(provider) == Verdict(**GOOD)  # retried as the server's trouble
    else:
        with pytest.raises(ProviderError):
            await ask(provider)
    assert "json_object" not in kinds(llm)
    assert provider.structured_mode == "json_schema"


def test_a_session_against_such_a_server_is_judged_by_the_llm(
    llm: FakeLLM,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", llm.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("ROLEPLAY_RETRY_BACKOFF", "0.01")
    llm.refuse_json_schema = 500
    judge_and_client(llm)
    responses = tmp_path / "answers.txt"
    responses.write_text("\n---\n".join(SESSION_RESPONSES) + "\n", encoding="utf-8")
    code = main(
        ["practice", "grief-have-you-lost-a-parent", "--responses", str(responses), "--json"]
    )
    out, err = capsys.readouterr()
    assert code == 0
    record = json.loads(out)
    attempts = [a for turn in record["turns"] for a in turn["attempts"]]
    assert len(attempts) > 1
    assert {a["evaluation"]["judge"] for a in attempts} == {"llm"}  # never the offline fallback
    judged = [k for k in kinds(llm) if k is not None]
    assert judged == ["json_schema"] + ["json_object"] * len(attempts)
    assert "offline engine" not in err
