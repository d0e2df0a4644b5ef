"""Points tests wait on instead of wall time: a fake server answer held until the test lets it
go, requests that must meet while both are in flight, and a clock that moves only when slept on.

`HANG` bounds every wait so that a broken feature fails its test with a message instead of
hanging it; no test should come near it when the feature works, however busy the machine.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from fakellm import Answer, Handler, RecordedRequest

HANG = 30.0


def _answer(answer: Answer | Handler, request: RecordedRequest) -> Answer:
    return answer(request) if callable(answer) else answer


class Hold:
    """Fake server answers that wait (in the server's request thread) until `release()`."""

    def __init__(self) -> None:
        self._released = threading.Event()

    def release(self) -> None:
        self._released.set()

    def then(self, answer: Answer | Handler) -> Handler:
        def held(request: RecordedRequest) -> Answer:
            if not self._released.wait(HANG):
                raise AssertionError("the test never released the held answer")
            return _answer(answer, request)

        return held


class Meeting:
    """Fake server answers that wait until `parties` requests are in flight at once (each
    round of `parties` requests meets again). Requests made one after the other never meet:
    the first one's handler raises, the server answers 500 and records it in
    `FakeLLM.handler_errors`, which the test asserts is empty."""

    def __init__(self, parties: int) -> None:
        self._barrier = threading.Barrier(parties, timeout=HANG)

    def then(self, answer: Answer | Handler) -> Handler:
        def met(request: RecordedRequest) -> Answer:
            self._barrier.wait()
            return _answer(answer, request)

        return met


class FakeClock:
    """A monotonic clock and an async sleep that only move each other: `sleep(s)` records `s`
    and moves the clock on by `s` at once. For code that takes `sleep=` and `clock=`."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)  # still a suspension point, as a real sleep is

    def __repr__(self) -> str:
        return f"FakeClock(now={self.now!r}, slept={self.slept!r})"


def timing(clock: FakeClock) -> dict[str, Any]:
    """Keyword arguments that hand `clock` to a Provider."""
    return {"sleep": clock.sleep, "clock": clock}
