"""What the session engine needs from a judge."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from roleplay.domain.moment import Moment
from roleplay.domain.rubric import Rubric
from roleplay.domain.session import Evaluation
from roleplay.offline.scorer import score_response


@dataclass
class JudgeRequest:
    rubric: Rubric
    moment: Moment
    response: str
    # The offline reading when the caller already has it (the session engine reads it to pick
    # the next beat); otherwise it is computed the first time someone asks for it.
    reading: Evaluation | None = field(default=None, repr=False)

    @cached_property
    def offline(self) -> Evaluation:
        """The offline judge's answer, and what a failing LLM judge falls back to."""
        return self.reading or score_response(self.rubric, self.moment, self.response)

    @classmethod
    def build(cls, rubric: Rubric, moment: Moment, response: str) -> JudgeRequest:
        """A request whose offline reading is computed only if a judge or fallback needs it."""
        return cls(rubric, moment, response)


class Judge(Protocol):
    kind: str  # "offline" | "llm"

    def describe(self) -> str: ...

    async def evaluate(self, request: JudgeRequest) -> Evaluation: ...

    async def aclose(self) -> None:
        """Release connections (a server's pool); a judge that holds none does nothing."""
        ...
