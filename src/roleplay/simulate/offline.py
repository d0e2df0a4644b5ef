"""The offline client: speaks the scenario's line for the branch the response took."""

from __future__ import annotations

from collections.abc import AsyncIterator

from roleplay.simulate.base import ReplyRequest


class OfflineClient:
    kind = "offline"

    def describe(self) -> str:
        return "scripted client (offline)"

    async def aclose(self) -> None:
        return None

    async def reply(self, request: ReplyRequest) -> AsyncIterator[str]:
        yield request.planned.line
