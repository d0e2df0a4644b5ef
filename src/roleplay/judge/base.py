"""What the session engine needs from a judge."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from roleplay.domain.moment import Moment
from roleplay.domain.rubric import Rubric
from roleplay.domain.session import Evaluation
from roleplay.offline.scorer import score_response


@dataclass(frozen=True)
class JudgeRequest:
    rubric: Rubric
    moment: Moment
    response: str
    # The offline reading, already computed for routing: the offline judge returns it, and a
    # failing LLM judge falls back to it.
    offline: Evaluation

    @classmethod
    def build(cls, rubric: Rubric, moment: Moment, response: str) -> JudgeRequest:
        return cls(rubric, moment, response, score_response(rubric, moment, response))


class Judge(Protocol):
    kind: str  # "offline" | "llm"

    def describe(self) -> str: ...

    async def evaluate(self, request: JudgeRequest) -> Evaluation: ...
