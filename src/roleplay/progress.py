"""Waiting, reported upward: the provider says "retrying" without knowing who is listening.

The session engine listens around each server call (a context variable, so concurrent calls each
reach their own listener) and turns a report into an event the UI shows, e.g. "the judge's server
answered 429; trying again in 2 s (try 2 of 4)". With no listener, reports go nowhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Waiting:
    reason: str  # what went wrong on the last try, e.g. "answered 429 Too Many Requests"
    attempt: int  # the try that just failed
    of: int  # tries allowed
    seconds: float  # wait before the next try


Listener = Callable[[Waiting], None]
_listener: ContextVar[Listener | None] = ContextVar("roleplay_waiting", default=None)


def report(waiting: Waiting) -> None:
    listener = _listener.get()
    if listener is not None:
        listener(waiting)


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)
