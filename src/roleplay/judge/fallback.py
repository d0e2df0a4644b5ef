"""The one place a failing server judge hands over to the offline engine.

Every caller that judges (the practice session, `score`, `rescore`, `calibrate`) gets this
wrapper from the factory, so a server that gives up after its retries never stops the work: the
offline judge answers that response, labelled `offline-fallback`, with the reason recorded. The
reason comes from the provider, which has already scrubbed the key from it.
"""

from __future__ import annotations

import asyncio
import logging

from roleplay.domain.session import Evaluation
from roleplay.errors import failure_reason
from roleplay.judge.base import Judge, JudgeRequest

log = logging.getLogger(__name__)
FALLBACK = "offline-fallback"


class FallbackJudge:
    """`primary` (the server's judge), and `fallback` (offline) whenever it fails."""

    def __init__(self, primary: Judge, fallback: Judge) -> None:
        self.primary = primary
        self.fallback = fallback
        self.kind = primary.kind

    def describe(self) -> str:
        return self.primary.describe()

    async def evaluate(self, request: JudgeRequest) -> Evaluation:
        try:
            return await self.primary.evaluate(request)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the server, or a bug in the LLM path: never lose the answer
            reason = failure_reason(exc)
            # info, not warning: callers tell the user; a warning would print it twice.
            log.info("judge failed, falling back to offline: %s", reason)
            evaluation = await self.fallback.evaluate(request)
            return evaluation.model_copy(update={"judge": FALLBACK, "fallback_reason": reason})

    async def aclose(self) -> None:
        for engine in (self.primary, self.fallback):
            close = getattr(engine, "aclose", None)  # engines older than the protocol's aclose
            if close is not None:
                await close()
