"""The offline client: speaks the scenario's line for the branch the response took."""

from __future__ import annotations

from collections.abc import AsyncIterator

from roleplay.domain.client_rating import ClientRating
from roleplay.simulate.base import ReplyRequest
from roleplay.simulate.rating import RatingRequest


class OfflineClient:
    kind = "offline"

    def describe(self) -> str:
        return "scripted client (offline)"

    async def reply(self, request: ReplyRequest) -> AsyncIterator[str]:
        yield request.planned.line

    async def aclose(self) -> None:
        """Nothing to close: the script holds no connection."""

    async def rate(self, request: RatingRequest) -> ClientRating:
        """The rating the offline engine reads from what the trainee did."""
        return request.offline
