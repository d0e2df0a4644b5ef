"""Keeping the API key out of everything a server sends back.

A server may echo the key anywhere: an error body quoting the Authorization header, a response
header, the model's own words. Whatever comes from the server is scrubbed before it is shown,
logged or stored, and not only the whole key: any run of its characters at least
`MIN_FRAGMENT` long is replaced, so a clipped message or a partial echo leaks nothing of it
either.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

MIN_FRAGMENT = 6  # shorter runs are too common to be the key's, and too short to help a thief
MIN_SECRET = 8  # a "key" shorter than this is a placeholder, not a secret
MASK = "***"
# Loggers that may print what a server sent (httpcore logs raw response headers at DEBUG).
SERVER_LOGGERS = ("httpcore2", "httpx2", "openai")


class KeyScrubber:
    """Replaces every run of a secret's characters (`MIN_FRAGMENT` or more) with `MASK`."""

    def __init__(self, secrets: Iterable[str]) -> None:
        kept = [s for s in secrets if len(s) >= MIN_SECRET]
        grams = sorted(
            {s[i : i + MIN_FRAGMENT] for s in kept for i in range(len(s) - MIN_FRAGMENT + 1)}
        )
        self._grams = tuple(grams)
        # A lookahead finds every position where a fragment starts, overlapping ones included;
        # it runs only where a plain substring test (much faster) found a fragment at all.
        alternatives = "|".join(map(re.escape, grams))
        self._starts = re.compile(f"(?=(?:{alternatives}))") if grams else None

    def __bool__(self) -> bool:
        return self._starts is not None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where fragments of a secret lie in `text`, merged, as (start, end)."""
        spans: list[tuple[int, int]] = []
        if self._starts is None or not any(gram in text for gram in self._grams):
            return spans
        for match in self._starts.finditer(text):
            start, end = match.start(), match.start() + MIN_FRAGMENT
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        return spans

    def __call__(self, text: str) -> str:
        spans = self.spans(text)
        if not spans:
            return text
        out, at = [], 0
        for start, end in spans:
            out += [text[at:start], MASK]
            at = end
        out.append(text[at:])
        return "".join(out)

    def deep(self, value: Any) -> Any:
        """Every string inside parsed JSON, scrubbed (keys and values)."""
        if isinstance(value, str):
            return self(value)
        if isinstance(value, list):
            return [self.deep(v) for v in value]
        if isinstance(value, dict):
            return {self.deep(k): self.deep(v) for k, v in value.items()}
        return value

    async def stream(self, pieces: AsyncIterator[str]) -> AsyncIterator[str]:
        """Streamed text, scrubbed: what could still be the start of a fragment is held back
        until the next piece shows whether it is (a key split across two chunks is caught)."""
        try:
            if not self:
                async for piece in pieces:
                    yield piece
                return
            held = ""
            async for piece in pieces:
                held += piece
                safe = self._settled(held)
                if safe:
                    yield self(held[:safe])
                    held = held[safe:]
            if held:
                yield self(held)
        finally:
            await pieces.aclose()  # type: ignore[attr-defined]

    def _settled(self, text: str) -> int:
        """How much of `text` can be let out: up to the start of any fragment still open at
        its end, and never the last MIN_FRAGMENT - 1 characters (a fragment may begin there)."""
        safe = max(0, len(text) - (MIN_FRAGMENT - 1))
        for start, end in self.spans(text):
            if end >= safe:  # a fragment starting at `safe` or later would join this one
                return min(safe, start)
        return safe


class _LogScrubber(logging.Filter):
    def __init__(self) -> None:
        super().__init__()
        self.scrubbers: list[Callable[[str], str]] = []

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.scrubbers:
            return True
        message = record.getMessage()
        clean = message
        for scrub in self.scrubbers:
            clean = scrub(clean)
        if clean != message:
            record.msg, record.args = clean, None
        return True


_log_scrubber = _LogScrubber()


def scrub_server_logs(scrub: Callable[[str], str]) -> None:
    """Scrub records of the HTTP stack's loggers (which may print response headers a server
    filled with the key). Filters on a logger apply to its own records only, so it goes on
    each of their loggers that exists now (the stack is imported by then)."""
    if scrub not in _log_scrubber.scrubbers:
        _log_scrubber.scrubbers.append(scrub)
    for name in list(logging.root.manager.loggerDict):
        if name.split(".")[0] in SERVER_LOGGERS:
            logger = logging.getLogger(name)
            if _log_scrubber not in logger.filters:
                logger.addFilter(_log_scrubber)
