"""The offline judge: the feature scorer's reading, computed off the event loop."""

from __future__ import annotations

import asyncio
from functools import partial

from roleplay.domain.moment import Moment
from roleplay.domain.rubric import Rubric
from roleplay.domain.session import Evaluation
from roleplay.judge.base import JudgeRequest
from roleplay.offline.model import Weights
from roleplay.offline.scorer import score_response


def offline_request(rubric: Rubric, moment: Moment, response: str) -> JudgeRequest:
    """A judge request that can always fall back on the offline reading."""
    return JudgeRequest.build(rubric, moment, response, reader=score_response)


class OfflineJudge:
    """The feature scorer with the shipped weights, or a course's own (`roleplay fit`)."""

    kind = "offline"

    def __init__(self, weights: Weights | None = None) -> None:
        self.weights = weights
        self.reader = partial(score_response, weights=weights) if weights else score_response

    def describe(self) -> str:
        return "offline feature scorer"

    async def aclose(self) -> None:
        return None

    async def evaluate(self, request: JudgeRequest) -> Evaluation:
        if request.reading is not None:
            return request.reading
        # Scoring is pure CPU work; a thread keeps a long response from stalling the event loop.
        return await asyncio.to_thread(
            self.reader, request.rubric, request.moment, request.response
        )
