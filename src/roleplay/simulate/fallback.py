"""The one place a failing server client hands over to the scenario's own line.

The wrapper keeps the `ClientSimulator` protocol (text in pieces). When the server fails, the
pieces that follow are the offline client's, and the stream says so (`fallback_reason`) before
the first of them, so the caller can take back words already shown and label the line.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

from roleplay.domain.client_rating import ClientRating
from roleplay.errors import failure_reason
from roleplay.simulate.base import ClientSimulator, ReplyRequest
from roleplay.simulate.rating import RatingRequest

log = logging.getLogger(__name__)


class FallbackReply:
    """The client's words in pieces; `fallback_reason` is set once the offline client speaks,
    and `taken_back` says whether the server's words had started arriving before it failed."""

    def __init__(self, primary: ClientSimulator, fallback: ClientSimulator, request: ReplyRequest):
        self.fallback_reason: str | None = None
        self.taken_back = False
        self._pieces = self._run(primary, fallback, request)

    def __aiter__(self) -> FallbackReply:
        return self

    async def __anext__(self) -> str:
        return await self._pieces.__anext__()

    async def aclose(self) -> None:
        await self._pieces.aclose()  # type: ignore[attr-defined]  # an async generator's

    async def _run(
        self, primary: ClientSimulator, fallback: ClientSimulator, request: ReplyRequest
    ) -> AsyncIterator[str]:
        started = False
        stream = primary.reply(request)
        try:
            async for piece in stream:
                started = True
                yield piece
            return
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the server, or a bug in the LLM path: the script speaks
            reason = failure_reason(exc)
        finally:
            close = getattr(stream, "aclose", None)
            if close is not None:
                await close()
        log.info("client failed, falling back to the script: %s", reason)
        self.fallback_reason, self.taken_back = reason, started
        async for piece in fallback.reply(request):
            yield piece


class FallbackClient:
    """`primary` (the server's client), and `fallback` (the script) whenever it fails."""

    def __init__(self, primary: ClientSimulator, fallback: ClientSimulator) -> None:
        self.primary = primary
        self.fallback = fallback
        self.kind = primary.kind

    def describe(self) -> str:
        return self.primary.describe()

    def reply(self, request: ReplyRequest) -> FallbackReply:
        return FallbackReply(self.primary, self.fallback, request)

    async def rate(self, request: RatingRequest) -> ClientRating:
        """The server client's rating of the session, or the offline one (labelled) if it fails."""
        try:
            return await self.primary.rate(request)  # type: ignore[attr-defined]
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.info("client rating failed, offline rating used: %s", failure_reason(exc))
            return request.offline.model_copy(update={"source": "offline-fallback"})

    async def aclose(self) -> None:
        for engine in (self.primary, self.fallback):
            close = getattr(engine, "aclose", None)  # engines older than the protocol's aclose
            if close is not None:
                await close()
