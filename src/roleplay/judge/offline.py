"""The offline judge: the feature scorer's reading, as is."""

from __future__ import annotations

from roleplay.domain.session import Evaluation
from roleplay.judge.base import JudgeRequest


class OfflineJudge:
    kind = "offline"

    def describe(self) -> str:
        return "offline feature scorer"

    async def evaluate(self, request: JudgeRequest) -> Evaluation:
        return request.offline

    async def aclose(self) -> None:
        """Nothing to close: the offline judge holds no connection."""
