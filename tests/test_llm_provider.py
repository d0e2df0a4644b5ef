"""The provider against a real loopback server: streaming, structured output, every fault kind.

Each fault is injected by FakeLLM over real HTTP, so what is tested is what the installed SDK
raises and what the retry loop makes of it: tries, waits, and the one sentence a user reads.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
import pytest_asyncio

from fakellm import FakeLLM, Fault
from llmkit import GOOD, Verdict
from roleplay.errors import ProviderError
from roleplay.llm.faults import Fault as FaultInfo
from roleplay.llm.faults import retry_after_seconds
from roleplay.llm.provider import Provider
from roleplay.settings import Settings
from sync_points import FakeClock, Meeting, timing

KEY = "sk-provider-test-5f1c2e9a"
USER: list[Any] = [
    {"role": "system", "content": "You answer in JSON."},
    {"role": "user", "content": "Hello?"},
]
WORDS = "I don't know. It's been a long few months, and I keep thinking about it."


@pytest.fixture
def llm() -> Iterator[FakeLLM]:
    with FakeLLM() as server:
        yield server


def make_settings(base_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "base_url": base_url,
        "api_key": KEY,
        "timeout": 2.0,
        "max_attempts": 4,
        "max_retry_seconds": 10.0,
        "retry_backoff": 0.01,
    }
    values.update(overrides)
    return Settings(**values)


@pytest_asyncio.fixture
async def provider(llm: FakeLLM) -> AsyncIterator[Provider]:
    made = Provider.from_settings(make_settings(llm.base_url))
    yield made
    await made.aclose()


async def collect(provider: Provider, **kwargs: Any) -> str:
    return "".join([piece async for piece in provider.stream_text(USER, "m", **kwargs)])


async def ask_json(provider: Provider) -> Verdict:
    return await provider.complete_json(USER, "judge-m", schema=Verdict, name="verdict")


# -- happy paths ---------------------------------------------------------------------------


async def test_stream_yields_the_words_in_pieces(llm: FakeLLM, provider: Provider) -> None:
    llm.reply_with(WORDS)
    llm.chunk_words = 2
    pieces = [p async for p in provider.stream_text(USER, "client-m", max_tokens=99)]
    assert "".join(pieces) == WORDS
    assert len(pieces) > 3
    [request] = llm.requests
    assert request.stream
    assert request.model == "client-m"
    assert request.body["max_tokens"] == 99
    assert request.body["temperature"] == 0.8
    assert request.authorization == f"Bearer {KEY}"


async def test_json_schema_is_sent_strict_and_the_answer_validated(
    llm: FakeLLM, provider: Provider
) -> None:
    llm.reply_with(GOOD)
    assert await ask_json(provider) == Verdict(**GOOD)
    [request] = llm.requests
    fmt = request.response_format
    assert fmt is not None
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["name"] == "verdict"
    assert fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["schema"]["additionalProperties"] is False
    assert request.body["temperature"] == 0.0
    assert request.model == "judge-m"


async def test_a_server_without_a_key_gets_a_placeholder(llm: FakeLLM) -> None:
    provider = Provider.from_settings(make_settings(llm.base_url, api_key=None))
    try:
        assert await collect(provider)
    finally:
        await provider.aclose()
    assert llm.last_request.authorization == "Bearer no-key"


# -- faults that are tried again -----------------------------------------------------------

RETRIED = [
    pytest.param(Fault("rate_limit", retry_after=0.05), id="429"),
    pytest.param(Fault("server_error", status=500), id="500"),
    pytest.param(Fault("server_error", status=502), id="502"),
    pytest.param(Fault("server_error", status=503), id="503"),
    pytest.param(Fault("hang_up"), id="hang-up"),
    pytest.param(Fault("stall", duration=5), id="stall"),
]
# Each try's deadline: short of the 5 s stall, so the stall is cut and retried, with room for the
# retry that follows to finish on a loaded machine.
TRY_TIMEOUT = 1.5


@pytest.mark.parametrize("fault", RETRIED)
async def test_stream_faults_before_the_first_words_are_retried(llm: FakeLLM, fault: Fault) -> None:
    llm.reply_with(WORDS)
    llm.faults.append(fault)
    provider = Provider.from_settings(make_settings(llm.base_url, timeout=TRY_TIMEOUT))
    try:
        assert await collect(provider) == WORDS
    finally:
        await provider.aclose()
    assert len(llm.requests) == 2
    assert llm.stats.completed == 1


@pytest.mark.parametrize(
    "fault",
    [
        *RETRIED,
        pytest.param(Fault("truncated_json"), id="truncated-json"),
        pytest.param(Fault("truncated_content"), id="truncated-content"),
    ],
)
async def test_json_faults_are_retried(llm: FakeLLM, fault: Fault) -> None:
    llm.reply_with(GOOD)
    llm.faults.append(fault)
    provider = Provider.from_settings(make_settings(llm.base_url, timeout=TRY_TIMEOUT))
    try:
        assert await ask_json(provider) == Verdict(**GOOD)
    finally:
        await provider.aclose()
    assert len(llm.requests) == 2


async def test_retry_after_is_honoured(llm: FakeLLM) -> None:
    llm.faults.append(Fault("rate_limit", retry_after=0.4))
    clock = FakeClock()
    provider = Provider.from_settings(make_settings(llm.base_url), **timing(clock))
    try:
        assert await collect(provider)
    finally:
        await provider.aclose()
    assert clock.slept == [0.4]  # exactly what the server asked for, not the 0.01 s backoff
    assert len(llm.requests) == 2


async def test_backoff_grows_between_tries(llm: FakeLLM) -> None:
    llm.faults.extend([Fault("server_error")] * 3)
    clock = FakeClock()
    provider = Provider.from_settings(
        make_settings(llm.base_url, retry_backoff=0.1), **timing(clock)
    )
    try:
        await collect(provider)
    finally:
        await provider.aclose()
    assert len(llm.requests) == 4
    first, second, third = clock.slept
    # 0.1 s, then 0.2, then 0.4, each plus up to 0.1 s of jitter
    assert 0.1 <= first <= 0.2
    assert 0.2 <= second <= 0.3
    assert 0.4 <= third <= 0.5


async def test_the_sdk_does_not_retry_on_its_own(llm: FakeLLM) -> None:
    llm.faults.append(Fault("server_error", status=503))
    provider = Provider.from_settings(make_settings(llm.base_url, max_attempts=1))
    try:
        with pytest.raises(ProviderError) as caught:
            await collect(provider)
    finally:
        await provider.aclose()
    assert len(llm.requests) == 1  # one try means one request: no hidden SDK retries
    port = llm.port
    assert (
        caught.value.message == f"the server at 127.0.0.1:{port} answered 503 Service Unavailable"
    )


# -- giving up, in one sentence ------------------------------------------------------------


async def test_exhausted_429_says_so_in_one_sentence(llm: FakeLLM, provider: Provider) -> None:
    llm.faults.extend([Fault("rate_limit", retry_after=0.01)] * 4)
    with pytest.raises(ProviderError) as caught:
        await ask_json(provider)
    assert caught.value.message == (
        f"the server at 127.0.0.1:{llm.port} kept answering 429 Too Many Requests after 4 tries"
    )
    assert "offline" in (caught.value.hint or "")
    assert len(llm.requests) == 4


async def test_mixed_faults_name_the_last_one(llm: FakeLLM) -> None:
    provider = Provider.from_settings(make_settings(llm.base_url, timeout=0.3))
    llm.faults.extend(
        [
            Fault("server_error"),
            Fault("rate_limit", retry_after=0),
            Fault("stall"),
            Fault("hang_up"),
        ]
    )
    try:
        with pytest.raises(ProviderError) as caught:
            await collect(provider)
    finally:
        await provider.aclose()
    assert caught.value.message == (
        f"the server at 127.0.0.1:{llm.port} failed 4 tries in a row, the last one "
        "dropped the connection"
    )


async def test_timeouts_are_bounded_and_named(llm: FakeLLM) -> None:
    # A stall that outlived the 0.3 s timeout would end in the full reply, and no error.
    llm.faults.extend([Fault("stall", duration=60)] * 2)
    provider = Provider.from_settings(make_settings(llm.base_url, timeout=0.3, max_attempts=2))
    try:
        with pytest.raises(ProviderError) as caught:
            await ask_json(provider)
    finally:
        await provider.aclose()
    assert caught.value.message.endswith("kept timing out (0.3 s per try) after 2 tries")
    # The provider counted two tries (the message); the server saw at most two, and on a loaded
    # machine a 0.3 s try can end before its request arrives, so fewer is no fault.
    assert llm.stats.faults["stall"] <= 2 and llm.stats.completed == 0


async def test_a_retry_after_beyond_the_budget_stops_at_once(llm: FakeLLM) -> None:
    llm.faults.append(Fault("rate_limit", retry_after=30))
    clock = FakeClock()
    provider = Provider.from_settings(
        make_settings(llm.base_url, max_retry_seconds=5), **timing(clock)
    )
    try:
        with pytest.raises(ProviderError) as caught:
            await collect(provider)
    finally:
        await provider.aclose()
    assert clock.slept == []  # did not sleep 30 s to find out
    assert len(llm.requests) == 1
    assert caught.value.message == (
        f"the server at 127.0.0.1:{llm.port} answered 429 Too Many Requests and asked to wait "
        "30 s, longer than the 5 s allowed for retries"
    )


async def test_the_total_time_budget_bounds_the_tries(llm: FakeLLM) -> None:
    llm.faults.extend([Fault("rate_limit", retry_after=0.3)] * 10)
    clock = FakeClock()
    provider = Provider.from_settings(
        make_settings(llm.base_url, max_attempts=10, max_retry_seconds=1.0), **timing(clock)
    )
    try:
        with pytest.raises(ProviderError) as caught:
            await collect(provider)
    finally:
        await provider.aclose()
    # Tries at 0, 0.3, 0.6 and 0.9 s; a fifth, at 1.2 s, would be past the budget.
    assert clock.slept == [0.3, 0.3, 0.3]
    assert len(llm.requests) == 4
    assert "within the 1 s allowed for retries" in caught.value.message


@pytest.mark.parametrize(
    ("status", "said", "hint"),
    [
        (401, "rejected the API key (401 Unauthorized)", "OPENAI_API_KEY"),
        (403, "rejected the API key (403 Forbidden)", "OPENAI_API_KEY"),
        (404, "answered 404 Not Found", "ROLEPLAY_MODEL"),
        (400, "refused the request (400 Bad Request): fakellm: injected 400", "settings"),
    ],
)
async def test_client_errors_are_not_retried(
    llm: FakeLLM, provider: Provider, status: int, said: str, hint: str
) -> None:
    llm.faults.append(Fault("server_error", status=status, message="fakellm: injected 400"))
    with pytest.raises(ProviderError) as caught:
        await collect(provider)
    assert len(llm.requests) == 1
    assert caught.value.message == f"the server at 127.0.0.1:{llm.port} {said}"
    assert hint in (caught.value.hint or "")
    assert KEY not in str(caught.value)


async def test_nothing_listening_is_unreachable() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    provider = Provider.from_settings(make_settings(f"http://127.0.0.1:{port}/v1", max_attempts=2))
    try:
        with pytest.raises(ProviderError) as caught:
            await collect(provider)
    finally:
        await provider.aclose()
    assert caught.value.message == (
        f"the server at 127.0.0.1:{port} could not be reached after 2 tries"
    )


# -- streams that break after words were shown -----------------------------------------------


@pytest.mark.parametrize(
    ("fault", "said"),
    [
        (Fault("hang_up", after_chunks=2), "dropped the connection in the middle of a reply"),
        (
            Fault("stall", after_chunks=2, duration=5),
            "went quiet in the middle of a reply, or was too slow to finish it within 0.3 s",
        ),
        # A cut-off event lands halfway through the words.
        (Fault("truncated_json"), "sent a cut-off event in the middle of a reply"),
    ],
)
async def test_a_stream_broken_midway_is_not_retried(llm: FakeLLM, fault: Fault, said: str) -> None:
    llm.reply_with(WORDS)
    llm.faults.append(fault)
    provider = Provider.from_settings(make_settings(llm.base_url, timeout=0.3))
    pieces: list[str] = []
    try:
        with pytest.raises(ProviderError) as caught:
            async for piece in provider.stream_text(USER, "m"):
                pieces.append(piece)
    finally:
        await provider.aclose()
    assert WORDS.startswith("".join(pieces))
    assert pieces
    assert len(llm.requests) == 1  # words were already shown: no second reply on top
    assert caught.value.message == f"the server at 127.0.0.1:{llm.port} {said}"


async def test_a_consumer_that_stops_early_closes_the_stream(
    llm: FakeLLM, provider: Provider
) -> None:
    llm.reply_with(WORDS)
    llm.chunk_delay = 0.05
    stream = provider.stream_text(USER, "m")
    assert await anext(stream)
    await stream.aclose()  # type: ignore[attr-defined]
    assert await collect(provider) == WORDS  # the pool is still usable


# -- structured output: JSON mode and validation -------------------------------------------


async def test_a_server_refusing_json_schema_gets_json_mode_from_then_on(
    llm: FakeLLM, provider: Provider
) -> None:
    llm.refuse_json_schema = True
    llm.reply_with(GOOD)
    assert await ask_json(provider) == Verdict(**GOOD)
    assert await ask_json(provider) == Verdict(**GOOD)
    kinds = [(r.response_format or {}).get("type") for r in llm.requests]
    assert kinds == ["json_schema", "json_object", "json_object"]
    assert provider.structured_mode == "json_object"
    system = llm.requests[1].texts("system")[0]
    assert system.startswith("You answer in JSON.")
    assert '"additionalProperties":false' in system  # the schema travels in the prompt


async def test_json_mode_accepts_a_fenced_object(llm: FakeLLM, provider: Provider) -> None:
    llm.refuse_json_schema = True
    llm.reply_with('```json\n{"score": 2, "reason": "ok"}\n```')
    assert await ask_json(provider) == Verdict(score=2, reason="ok")


async def test_output_that_does_not_validate_is_asked_for_again_with_the_error(
    llm: FakeLLM, provider: Provider
) -> None:
    llm.script([{"score": 9, "reason": "too high"}, {"score": 3}, GOOD])
    assert await ask_json(provider) == Verdict(**GOOD)
    first, second, third = llm.requests
    assert len(first.messages) == 2
    correction = second.messages[-1]["content"]
    assert correction.startswith("Your last answer did not validate (score:")
    assert "reason: Field required" in third.messages[-1]["content"]


async def test_output_that_never_validates_gives_up(llm: FakeLLM) -> None:
    llm.reply_with("I think the score is 4.")
    clock = FakeClock()
    provider = Provider.from_settings(make_settings(llm.base_url), **timing(clock))
    try:
        with pytest.raises(ProviderError) as caught:
            await ask_json(provider)
    finally:
        await provider.aclose()
    assert clock.slept == [0.0, 0.0, 0.0]  # the server is fine: no backoff between these
    assert len(llm.requests) == 4
    assert caught.value.message == (
        f"the server at 127.0.0.1:{llm.port} kept returning answers that do not fit the "
        "rubric's form after 4 tries"
    )


async def test_an_empty_answer_is_invalid_output(llm: FakeLLM, provider: Provider) -> None:
    llm.script(["", GOOD])
    assert await ask_json(provider) == Verdict(**GOOD)


async def test_judge_and_client_calls_share_the_server_concurrently(
    llm: FakeLLM, provider: Provider
) -> None:
    meeting = Meeting(2)  # each answer waits until the other request is in flight too
    llm.route(lambda r: r.wants_json, meeting.then(GOOD))
    llm.route(lambda r: r.stream, meeting.then(WORDS))
    text, verdict = await asyncio.gather(collect(provider), ask_json(provider))
    assert llm.handler_errors == []
    assert verdict == Verdict(**GOOD)
    assert text == WORDS
    assert len(llm.requests) == 2


# -- Retry-After values ----------------------------------------------------------------------


def test_retry_after_forms() -> None:
    soon = datetime.now(UTC) + timedelta(seconds=30)
    assert retry_after_seconds({"retry-after": "2"}) == 2.0
    assert retry_after_seconds({"retry-after-ms": "250"}) == 0.25
    assert 25 < (retry_after_seconds({"retry-after": format_datetime(soon)}) or 0) <= 30
    assert retry_after_seconds({"retry-after": "soon"}) is None
    assert retry_after_seconds({"retry-after": "-5"}) == 0.0
    assert retry_after_seconds({"retry-after": "99999"}) == 600.0
    assert retry_after_seconds({"retry-after-ms": "x", "retry-after": "1"}) == 1.0
    assert retry_after_seconds({}) is None
    assert retry_after_seconds(None) is None


@pytest.mark.parametrize(
    ("fault", "said"),
    [
        (Fault("hang_up"), "kept dropping the connection"),
        (Fault("truncated_json"), "kept sending cut-off replies"),
        (Fault("server_error", status=408), "kept timing out (2 s per try)"),
    ],
)
async def test_repeated_faults_are_named(
    llm: FakeLLM, provider: Provider, fault: Fault, said: str
) -> None:
    llm.faults.extend([fault] * 4)
    with pytest.raises(ProviderError) as caught:
        await ask_json(provider)
    assert caught.value.message == f"the server at 127.0.0.1:{llm.port} {said} after 4 tries"


def test_every_fault_reads_as_a_sentence() -> None:
    assert FaultInfo("timeout").once(45) == "did not answer within 45 s"
    assert FaultInfo("timeout").once() == "timed out"
    assert FaultInfo("timeout").repeated() == "kept timing out"
    assert FaultInfo("unreachable").once() == "could not be reached"
    assert FaultInfo("unreachable").midway() == "dropped the connection in the middle of a reply"
    assert FaultInfo("truncated").once() == "sent a cut-off reply"
    assert FaultInfo("invalid_output").once() == (
        "returned an answer that does not fit the rubric's form"
    )
    assert FaultInfo("server_error", 500).midway() == (
        "answered 500 Internal Server Error in the middle of a reply"
    )
    assert FaultInfo("refused", 422).repeated() == "refused the request (422 Unprocessable Entity)"
    assert FaultInfo("refused", None).once() == "refused the request (an error)"
    assert FaultInfo("refused", 599).once() == "refused the request (599)"
    assert not FaultInfo("auth", 401).retryable
    assert FaultInfo("rate_limit", 429).retryable


async def test_json_mode_without_a_system_message_adds_one(
    llm: FakeLLM, provider: Provider
) -> None:
    llm.refuse_json_schema = True
    llm.reply_with(GOOD)
    user_only: list[Any] = [{"role": "user", "content": "Score this."}]
    await provider.complete_json(user_only, "m", schema=Verdict, name="verdict")
    roles = [m["role"] for m in llm.last_request.messages]
    assert roles == ["system", "user"]
    assert llm.last_request.texts("system")[0].startswith("Answer with one JSON object")
