"""The OpenAI-compatible provider: streamed chat for the client, validated JSON for the judge.

Every call goes through one retry loop (tenacity): 429 (honouring Retry-After), 5xx, timeouts,
dropped connections, cut-off bodies and output that does not validate are tried again with
exponential backoff and jitter, within a number of tries and a total time; the SDK's own retries
are off so the two never multiply. When the loop gives up, a `ProviderError` says what happened
in one sentence. The API key is handed to the SDK and to nothing else: no message, log line or
file here can carry it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

import openai
from pydantic import BaseModel, ValidationError
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential_jitter,
)
from tenacity.stop import stop_base
from tenacity.wait import wait_base

from roleplay import progress
from roleplay.errors import ProviderError
from roleplay.llm.faults import Fault, classify, refuses_structured_output
from roleplay.llm.structured import ChatMessage, correction, json_schema, json_text, with_schema
from roleplay.settings import Settings

if TYPE_CHECKING:
    from openai.types.chat import ChatCompletionMessageParam

log = logging.getLogger(__name__)

# Servers without authentication (Ollama, llama.cpp, LM Studio, a local vLLM) still need some
# bearer value for the SDK; this one is not a secret.
PLACEHOLDER_KEY = "no-key"
OPENAI_URL = "https://api.openai.com/v1"
MIN_SECRET = 8
StructuredMode = Literal["json_schema", "json_object"]
M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4
    max_seconds: float = 40.0  # total budget for one call, waits included
    timeout: float = 45.0  # per try (for a stream: per read)
    backoff: float = 0.5  # first wait; doubles each try, plus up to `backoff` of jitter
    backoff_max: float = 8.0


class _Retry(Exception):
    """Internal: one failed try that may be tried again."""

    def __init__(self, fault: Fault) -> None:
        super().__init__(fault.kind)
        self.fault = fault


class _Wait(wait_base):
    """Retry-After when the server gave one; none after unparsable output (the server is fine,
    the answer was not); exponential backoff with jitter otherwise."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.backoff = wait_exponential_jitter(
            multiplier=policy.backoff, max=policy.backoff_max, jitter=policy.backoff
        )

    def __call__(self, retry_state: RetryCallState) -> float:
        exc = retry_state.outcome.exception() if retry_state.outcome else None
        if isinstance(exc, _Retry):
            if exc.fault.retry_after is not None:
                return exc.fault.retry_after
            if exc.fault.kind == "invalid_output":
                return 0.0
        return self.backoff(retry_state)


class _OutOfTime(stop_base):
    """tenacity's stop_before_delay, read off the provider's clock rather than tenacity's own,
    so the time budget and the waits it bounds come from one (injectable) clock."""

    def __init__(self, budget: float, clock: Clock) -> None:
        self.budget = budget
        self.clock = clock
        self.started = clock()

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self.clock() - self.started + retry_state.upcoming_sleep >= self.budget


class Provider:
    """One OpenAI-compatible server: `stream_text` for chat, `complete_json` for verdicts."""

    def __init__(
        self,
        client: openai.AsyncOpenAI,
        *,
        server: str,
        policy: RetryPolicy | None = None,
        secrets: tuple[str, ...] = (),
        sleep: Sleep = asyncio.sleep,
        clock: Clock = time.monotonic,
    ) -> None:
        self._client = client
        # Waits between tries and the budget's clock; tests pass a fake pair so the retry
        # loop runs without waiting on wall time.
        self._sleep = sleep
        self._clock = clock
        self.server = server
        self.policy = policy or RetryPolicy()
        # A key too short to be a real one (a placeholder like "k") would scrub ordinary words.
        self._secrets = tuple(s for s in secrets if len(s) >= MIN_SECRET)
        # Lowered once a server refuses json_schema, so later calls go straight to JSON mode.
        self.structured_mode: StructuredMode = "json_schema"

    @classmethod
    def from_settings(
        cls, settings: Settings, *, sleep: Sleep = asyncio.sleep, clock: Clock = time.monotonic
    ) -> Provider:
        key = settings.api_key.get_secret_value() if settings.api_key else ""
        client = openai.AsyncOpenAI(
            api_key=key or PLACEHOLDER_KEY,
            base_url=settings.base_url or OPENAI_URL,
            max_retries=0,  # our loop retries; the SDK's would multiply the tries
            timeout=settings.timeout,
        )
        policy = RetryPolicy(
            max_attempts=settings.max_attempts,
            max_seconds=settings.max_retry_seconds,
            timeout=settings.timeout,
            backoff=settings.retry_backoff,
        )
        return cls(
            client,
            server=settings.server,
            policy=policy,
            secrets=(key,),
            sleep=sleep,
            clock=clock,
        )

    async def aclose(self) -> None:
        """Close the connection pool; safe to call more than once (judge and client share it)."""
        if not self._client.is_closed():
            await self._client.close()

    # --- chat, streamed ----------------------------------------------------------------------
    async def stream_text(
        self,
        messages: list[ChatMessage],
        model: str,
        *,
        temperature: float = 0.8,
        max_tokens: int | None = None,
    ) -> AsyncIterator[str]:
        """The reply's text in pieces as they arrive. Tries again only until the first words
        arrive; a failure after that raises ProviderError (the caller already showed words)."""

        async def open_stream(limit: float) -> tuple[Any, AsyncIterator[Any], str]:
            stream = await self._client.chat.completions.create(
                model=model,
                # Our TypedDicts have the SDK's message shape; its own types are unions of them.
                messages=cast("list[ChatCompletionMessageParam]", messages),
                stream=True,
                timeout=limit,
                temperature=temperature,
                max_tokens=openai.omit if max_tokens is None else max_tokens,
            )
            chunks = aiter(stream)
            try:
                async for chunk in chunks:
                    text = _delta_text(chunk)
                    if text:
                        return stream, chunks, text
            except BaseException:
                await stream.close()
                raise
            return stream, chunks, ""

        stream, chunks, first = await self._call(open_stream)
        try:
            if first:
                yield first
            async for chunk in chunks:
                text = _delta_text(chunk)
                if text:
                    yield text
        except Exception as exc:
            fault = classify(exc)
            if fault is None:
                raise
            raise ProviderError(
                self._scrub(f"the server at {self.server} {fault.midway()}"),
                "the scenario's own line is used instead",
            ) from None
        finally:
            await stream.close()

    # --- structured output -------------------------------------------------------------------
    async def complete_json(
        self,
        messages: list[ChatMessage],
        model: str,
        *,
        schema: type[M],
        name: str,
        temperature: float = 0.0,
    ) -> M:
        """An answer validated against `schema` (a pydantic model). Asks for a json_schema
        response format; where the server refuses it, JSON mode with the schema in the prompt.
        Output that does not validate is asked for again, with the validation error."""
        feedback: list[ChatMessage] = []

        async def ask(limit: float) -> M:
            if self.structured_mode == "json_schema":
                try:
                    content = await self._complete(
                        [*messages, *feedback],
                        model,
                        temperature,
                        limit,
                        {
                            "type": "json_schema",
                            "json_schema": {
                                "name": name,
                                "schema": json_schema(schema),
                                "strict": True,
                            },
                        },
                    )
                except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
                    if not refuses_structured_output(exc):
                        raise
                    log.info("%s refused json_schema; using JSON mode from now on", self.server)
                    self.structured_mode = "json_object"
                    return await ask(limit)
            else:
                content = await self._complete(
                    [*with_schema(messages, schema), *feedback],
                    model,
                    temperature,
                    limit,
                    {"type": "json_object"},
                )
            try:
                return schema.model_validate_json(json_text(content))
            except ValidationError as exc:
                feedback[:] = [correction(exc)]
                raise _Retry(Fault("invalid_output")) from None

        return await self._call(ask)

    async def _complete(
        self,
        messages: list[ChatMessage],
        model: str,
        temperature: float,
        limit: float,
        response_format: dict[str, Any],
    ) -> str:
        completion = await self._client.chat.completions.create(
            model=model,
            messages=messages,  # type: ignore[arg-type]
            temperature=temperature,
            # Sent as is: the schema is plain JSON already, and going around the SDK's
            # parameter transform spares a recursive walk of a ~10 KB dict on every call.
            extra_body={"response_format": response_format},
            timeout=limit,
        )
        choice = completion.choices[0] if completion.choices else None
        if choice is None or not choice.message.content:
            raise _Retry(Fault("invalid_output"))
        return choice.message.content

    # --- the retry loop ----------------------------------------------------------------------
    async def _call(self, attempt: Callable[[float], Awaitable[T]]) -> T:
        policy = self.policy
        faults: list[Fault] = []
        budget = _OutOfTime(policy.max_seconds, self._clock)
        retrying = AsyncRetrying(
            sleep=self._sleep,
            stop=stop_after_attempt(policy.max_attempts) | budget,
            wait=_Wait(policy),
            retry=retry_if_exception_type(_Retry),
            before_sleep=lambda state: self._waiting(
                state.attempt_number, faults[-1], state.upcoming_sleep
            ),
            reraise=True,
        )
        try:
            async for try_ in retrying:
                with try_:
                    left = policy.max_seconds - (self._clock() - budget.started)
                    timeout = max(0.5, min(policy.timeout, left))
                    try:
                        return await attempt(timeout)
                    except _Retry as exc:
                        faults.append(exc.fault)
                        raise
                    except Exception as exc:
                        fault = classify(exc)
                        if fault is None:
                            raise
                        faults.append(fault)
                        if not fault.retryable:
                            raise ProviderError(
                                self._scrub(f"the server at {self.server} {fault.once()}"),
                                _hint(fault),
                            ) from None
                        raise _Retry(fault) from None
        except _Retry:
            raise ProviderError(
                self._scrub(self._gave_up(faults)),
                "the offline engine takes over; check the server, or use --offline",
            ) from None
        raise AssertionError("unreachable: tenacity either returns or raises")  # pragma: no cover

    def _waiting(self, attempt: int, fault: Fault, seconds: float) -> None:
        log.debug("try %d failed (%s); next in %.2f s", attempt, fault.kind, seconds)
        reason = self._scrub(fault.once(self.policy.timeout))
        progress.report(progress.Waiting(reason, attempt, self.policy.max_attempts, seconds))

    def _gave_up(self, faults: list[Fault]) -> str:
        policy, last, tries = self.policy, faults[-1], len(faults)
        where = f"the server at {self.server}"
        if tries == 1:
            said = f"{where} {last.once(policy.timeout)}"
        elif all(f.kind == last.kind and f.status == last.status for f in faults):
            said = f"{where} {last.repeated(policy.timeout)} after {tries} tries"
        else:
            last_one = last.once(policy.timeout)
            said = f"{where} failed {tries} tries in a row, the last one {last_one}"
        if tries < policy.max_attempts:  # the time budget ran out first
            if last.retry_after is not None and last.retry_after >= policy.max_seconds:
                return (
                    f"{said} and asked to wait {last.retry_after:g} s, longer than the "
                    f"{policy.max_seconds:g} s allowed for retries"
                )
            return f"{said} within the {policy.max_seconds:g} s allowed for retries"
        return said

    def _scrub(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text


def _delta_text(chunk: Any) -> str:
    if not chunk.choices:
        return ""
    return chunk.choices[0].delta.content or ""


def _hint(fault: Fault) -> str:
    if fault.kind == "auth":
        return "check OPENAI_API_KEY, or use --offline"
    if fault.kind == "not_found":
        return "check ROLEPLAY_MODEL and that OPENAI_BASE_URL ends in /v1"
    return "check the server's settings, or use --offline"
