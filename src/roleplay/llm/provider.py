"""The OpenAI-compatible provider: streamed chat for the client, validated JSON for the judge.

Every call goes through one retry loop (tenacity): 429 (honouring Retry-After), 5xx, timeouts,
dropped connections, cut-off bodies and output that does not validate are tried again with
exponential backoff and jitter, within a number of tries and a total time; the SDK's own retries
are off so the two never multiply. Each try has a hard deadline, start to last byte (a stream's
rest keeps the deadline of the try that opened it), and what a server may send is capped in bytes
(llm/guard.py) and, for a streamed reply, in characters. When the loop gives up, a
`ProviderError` says what happened in one sentence. The API key is handed to the SDK and to
nothing else, and whatever the server sends back is scrubbed of it (llm/secrets.py) before it is
shown, logged or stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator
from typing import Any, Literal, TypeVar

import openai
from pydantic import BaseModel, ValidationError

from roleplay.errors import ProviderError
from roleplay.llm.faults import Fault, classify, refuses_structured_output
from roleplay.llm.guard import guarded_hooks
from roleplay.llm.retry import Clock, Retry, RetryLoop, RetryPolicy, Sleep
from roleplay.llm.secrets import KeyScrubber, scrub_server_logs
from roleplay.llm.structured import ChatMessage, correction, json_schema, json_text, with_schema
from roleplay.settings import Settings

log = logging.getLogger(__name__)

# Servers without authentication (Ollama, llama.cpp, LM Studio, a local vLLM) still need some
# bearer value for the SDK; this one is not a secret.
PLACEHOLDER_KEY = "no-key"
OPENAI_URL = "https://api.openai.com/v1"
# Failures of a json_schema request that say nothing about the format.
NOT_ABOUT_FORMAT = frozenset({401, 403, 404, 408, 429})
StructuredMode = Literal["json_schema", "json_object"]
M = TypeVar("M", bound=BaseModel)


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
        self.server = server
        self.policy = policy or RetryPolicy()
        self._sleep = sleep  # injectable, so tests drive the retry waits without wall time
        self._clock = clock
        # Any run of 6+ of the key's characters, wherever the server puts it. A key too short
        # to be a real one (a placeholder like "k") is not scrubbed: it would eat ordinary words.
        self._scrub = KeyScrubber(secrets)
        # Lowered once a server refuses json_schema and JSON mode works, so later calls go
        # straight to JSON mode; kept per provider (one server), never shared between them.
        self.structured_mode: StructuredMode = "json_schema"
        self._schema_answered = False  # a json_schema request has succeeded here

    @classmethod
    def from_settings(
        cls, settings: Settings, *, sleep: Sleep = asyncio.sleep, clock: Clock = time.monotonic
    ) -> Provider:
        key = settings.api_key.get_secret_value() if settings.api_key else ""
        policy = RetryPolicy(
            max_attempts=settings.max_attempts,
            max_seconds=settings.max_retry_seconds,
            timeout=settings.timeout,
            backoff=settings.retry_backoff,
            max_response_bytes=settings.max_response_bytes,
            max_reply_chars=settings.max_reply_chars,
        )
        scrub = KeyScrubber((key,))
        http = openai.DefaultAsyncHttpxClient(
            timeout=settings.timeout,
            event_hooks=guarded_hooks(policy.max_response_bytes, scrub),
        )
        if scrub:
            scrub_server_logs(scrub)
        client = openai.AsyncOpenAI(
            api_key=key or PLACEHOLDER_KEY,
            base_url=settings.base_url or OPENAI_URL,
            max_retries=0,  # our loop retries; the SDK's would multiply the tries
            timeout=settings.timeout,
            http_client=http,
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
        """The reply's text in pieces as they arrive, with nothing of the key in it. Tries
        again only until the first words arrive; a failure after that raises ProviderError
        (the caller already showed words)."""
        pieces = self._scrub.stream(
            self._stream_raw(messages, model, temperature=temperature, max_tokens=max_tokens)
        )
        try:
            async for piece in pieces:
                yield piece
        finally:
            await pieces.aclose()  # type: ignore[attr-defined]

    async def _stream_raw(
        self,
        messages: list[ChatMessage],
        model: str,
        *,
        temperature: float,
        max_tokens: int | None,
    ) -> AsyncIterator[str]:
        options: dict[str, Any] = {"temperature": temperature}
        if max_tokens is not None:
            options["max_tokens"] = max_tokens

        loop = asyncio.get_running_loop()
        started_at = [0.0]  # when the try that opened the stream began

        async def open_stream(limit: float) -> tuple[Any, AsyncIterator[Any], str, float]:
            # The rest of the stream keeps this try's deadline: a server that trickles a byte
            # at a time, or never stops, cannot hold the turn past it.
            started_at[:] = [loop.time()]
            deadline = started_at[0] + limit
            # ChatMessage is the SDK's message shape in our own TypedDict; `stream=True` makes
            # this an AsyncStream (the SDK's overloads cannot see it through **options).
            stream: Any = await self._client.chat.completions.create(
                model=model,
                messages=messages,  # type: ignore[arg-type]
                stream=True,
                timeout=limit,
                **options,
            )
            chunks = aiter(stream)
            try:
                async for chunk in chunks:
                    text = _delta_text(chunk)
                    if text:
                        return stream, chunks, text, deadline
            except BaseException:
                await stream.close()
                raise
            return stream, chunks, "", deadline

        stream, chunks, first, deadline = await self._loop().run(open_stream)
        limit = deadline - started_at[0]
        said = len(first)
        try:
            if first:
                yield first
            while True:
                try:
                    async with asyncio.timeout_at(deadline):  # around the read, not the yield
                        chunk = await anext(chunks)
                except StopAsyncIteration:
                    break
                except TimeoutError:  # a stall and a trickle look alike from here
                    raise ProviderError(
                        f"the server at {self.server} went quiet in the middle of a reply, or "
                        f"was too slow to finish it within {limit:g} s",
                        "the scenario's own line is used instead",
                    ) from None
                text = _delta_text(chunk)
                said += len(text)
                if said > self.policy.max_reply_chars:
                    raise ProviderError(
                        f"the server at {self.server} sent a reply longer than "
                        f"{self.policy.max_reply_chars:,} characters, so it was cut off",
                        "the scenario's own line is used instead",
                    )
                if text:
                    yield text
        except ProviderError:
            raise
        except Exception as exc:
            fault = classify(exc, self._scrub)
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
        probed = False  # JSON mode tried once in this call after a json_schema failure

        async def in_json_mode(limit: float) -> str:
            return await self._complete(
                [*with_schema(messages, schema), *feedback],
                model,
                temperature,
                limit,
                {"type": "json_object"},
            )

        async def ask(limit: float) -> M:
            nonlocal probed
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
                    self._schema_answered = True
                except openai.APIStatusError as exc:
                    said_so = refuses_structured_output(exc)
                    if not said_so and (probed or not self._may_probe(exc)):
                        raise
                    # Some servers refuse json_schema with a bare 500 (llama-cpp-python) or a
                    # 4xx: JSON mode, once, before this counts as a failure of the server.
                    probed = True
                    log.info("%s failed a json_schema request; trying JSON mode", self.server)
                    content = await in_json_mode(limit)
                    log.info("%s answered in JSON mode; using it from now on", self.server)
                    self.structured_mode = "json_object"
            else:
                content = await in_json_mode(limit)
            text = json_text(content)
            # The model's words are shown and stored: none of the key in them. Its strings are
            # in the text verbatim unless escaped, so text without either needs no parsing here.
            if self._scrub and ("\\" in text or self._scrub.spans(text)):
                # Not JSON at all: left as it is; validation says so and it is asked for again.
                with contextlib.suppress(ValueError):
                    text = json.dumps(self._scrub.deep(json.loads(text)), ensure_ascii=False)
            try:
                return schema.model_validate_json(text)
            except ValidationError as exc:
                feedback[:] = [correction(exc)]
                raise Retry(Fault("invalid_output")) from None

        return await self._loop().run(ask)

    def _loop(self) -> RetryLoop:
        return RetryLoop(
            self.policy, self.server, self._scrub, sleep=self._sleep, clock=self._clock
        )

    def _may_probe(self, exc: openai.APIStatusError) -> bool:
        """Whether a failed json_schema request may be the server refusing the format: a 500 or
        a 4xx, not once json_schema has worked here, and not for the key, the model, a timeout,
        a rate limit or a gateway or overload (502-504): JSON mode would not change those."""
        if self._schema_answered:
            return False
        return exc.status_code not in NOT_ABOUT_FORMAT and 400 <= exc.status_code <= 501

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
            raise Retry(Fault("invalid_output"))
        return choice.message.content

    # --- the retry loop ----------------------------------------------------------------------


def _delta_text(chunk: Any) -> str:
    if not chunk.choices:
        return ""
    return chunk.choices[0].delta.content or ""
