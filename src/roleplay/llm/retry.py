"""The retry loop every call to the server goes through (tenacity), and what it says at the end.

429 (honouring Retry-After), 5xx, timeouts, dropped connections, cut-off bodies and output that
does not validate are tried again with exponential backoff and jitter, within a number of tries
and a total time. Each try runs under a hard deadline: the SDK's timeout is per read, and a
server sending a byte every few seconds never trips it. When the loop gives up, one sentence
says what happened, scrubbed of the key.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

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
from roleplay.llm.faults import Fault, classify

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4
    max_seconds: float = 40.0  # total budget for one call, waits and streaming included
    timeout: float = 45.0  # per try, start to last byte (a stream's too), never past the budget
    backoff: float = 0.5  # first wait; doubles each try, plus up to `backoff` of jitter
    backoff_max: float = 8.0
    max_response_bytes: int = 1024 * 1024  # one response body or one whole stream
    max_reply_chars: int = 4000  # one streamed reply's text, whatever max_tokens said


class Retry(Exception):
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
        if isinstance(exc, Retry):
            if exc.fault.retry_after is not None:
                return exc.fault.retry_after
            if exc.fault.kind == "invalid_output":
                return 0.0
        return self.backoff(retry_state)


Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


class _OutOfTime(stop_base):
    """tenacity's stop_before_delay, read off the loop's clock rather than tenacity's own, so the
    time budget and the waits it bounds come from one (injectable) clock."""

    def __init__(self, budget: float, clock: Clock) -> None:
        self.budget = budget
        self.clock = clock
        self.started = clock()

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self.clock() - self.started + retry_state.upcoming_sleep >= self.budget


class RetryLoop:
    """Runs one call's tries against `server`; `scrub` takes the key out of what is said.
    `sleep` and `clock` are injectable so tests can drive the waits without wall time."""

    def __init__(
        self,
        policy: RetryPolicy,
        server: str,
        scrub: Callable[[str], str],
        *,
        sleep: Sleep = asyncio.sleep,
        clock: Clock = time.monotonic,
    ) -> None:
        self.policy = policy
        self.server = server
        self._scrub = scrub
        self._sleep = sleep
        self._clock = clock

    async def run(self, attempt: Callable[[float], Awaitable[T]]) -> T:
        """`attempt(seconds)` until it returns, within the policy; raises ProviderError."""
        policy = self.policy
        faults: list[Fault] = []
        clock = self._clock
        started = clock()
        retrying = AsyncRetrying(
            sleep=self._sleep,
            stop=stop_after_attempt(policy.max_attempts) | _OutOfTime(policy.max_seconds, clock),
            wait=_Wait(policy),
            retry=retry_if_exception_type(Retry),
            before_sleep=lambda state: self._waiting(
                state.attempt_number, faults[-1], state.upcoming_sleep
            ),
            reraise=True,
        )
        try:
            async for try_ in retrying:
                with try_:
                    left = policy.max_seconds - (clock() - started)
                    timeout = max(0.01, min(policy.timeout, left))
                    try:
                        # A hard deadline on the whole try: the SDK's timeout is per read, and a
                        # server sending a byte every few seconds never trips it.
                        async with asyncio.timeout(timeout):
                            return await attempt(timeout)
                    except Retry as exc:
                        faults.append(exc.fault)
                        raise
                    except Exception as exc:
                        fault = classify(exc, self._scrub)
                        if fault is None:
                            raise
                        faults.append(fault)
                        if not fault.retryable:
                            raise ProviderError(
                                self._scrub(f"the server at {self.server} {fault.once()}"),
                                _hint(fault),
                            ) from None
                        raise Retry(fault) from None
        except Retry:
            raise ProviderError(
                self._scrub(self._gave_up(faults)),
                "the offline engine takes over; check the server, or use --offline",
            ) from None
        raise AssertionError("unreachable: tenacity either returns or raises")  # pragma: no cover

    @property
    def per_try(self) -> float:
        """The longest a try may take: the per-try timeout, but never more than the budget."""
        return min(self.policy.timeout, self.policy.max_seconds)

    def _waiting(self, attempt: int, fault: Fault, seconds: float) -> None:
        log.debug("try %d failed (%s); next in %.2f s", attempt, fault.kind, seconds)
        reason = self._scrub(fault.once(self.per_try))
        progress.report(progress.Waiting(reason, attempt, self.policy.max_attempts, seconds))

    def _gave_up(self, faults: list[Fault]) -> str:
        policy, last, tries = self.policy, faults[-1], len(faults)
        where = f"the server at {self.server}"
        if tries == 1:
            said = f"{where} {last.once(self.per_try)}"
            if last.kind == "timeout" and self.per_try >= policy.max_seconds:
                return f"{said}, all the time allowed for retries"  # one try took the budget
        elif all(f.kind == last.kind and f.status == last.status for f in faults):
            said = f"{where} {last.repeated(self.per_try)} after {tries} tries"
        else:
            last_one = last.once(self.per_try)
            said = f"{where} failed {tries} tries in a row, the last one {last_one}"
        if tries < policy.max_attempts:  # the time budget ran out first
            if last.retry_after is not None and last.retry_after >= policy.max_seconds:
                return (
                    f"{said} and asked to wait {last.retry_after:g} s, longer than the "
                    f"{policy.max_seconds:g} s allowed for retries"
                )
            return f"{said} within the {policy.max_seconds:g} s allowed for retries"
        return said


def _hint(fault: Fault) -> str:
    if fault.kind == "auth":
        return "check OPENAI_API_KEY, or use --offline"
    if fault.kind == "not_found":
        return "check ROLEPLAY_MODEL and that OPENAI_BASE_URL ends in /v1"
    if fault.kind == "too_large":
        return "check the server, or raise ROLEPLAY_MAX_RESPONSE_BYTES"
    return "check the server's settings, or use --offline"
