"""What the session engine needs from a judge.

The protocol knows no implementation: whoever builds a request may attach a `reader` (the offline
judge's pure scoring function, see `roleplay.judge.offline.offline_request`) so that a failing
judge has something to fall back to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from roleplay.domain.moment import Moment
from roleplay.domain.rubric import Rubric
from roleplay.domain.session import Evaluation

# A pure, synchronous reading of one response (the offline judge's scoring function).
Reader = Callable[[Rubric, Moment, str], Evaluation]


@dataclass
class JudgeRequest:
    rubric: Rubric
    moment: Moment
    response: str
    # The offline reading when the caller already has it (the session engine reads it to pick
    # the next beat); otherwise `reader` computes it the first time someone asks for it.
    reading: Evaluation | None = field(default=None, repr=False)
    reader: Reader | None = field(default=None, repr=False)

    @cached_property
    def offline(self) -> Evaluation:
        """The offline judge's answer, and what a failing LLM judge falls back to."""
        if self.reading is not None:
            return self.reading
        if self.reader is None:
            raise LookupError("this judge request carries no offline reader to fall back on")
        return self.reader(self.rubric, self.moment, self.response)

    @classmethod
    def build(
        cls, rubric: Rubric, moment: Moment, response: str, reader: Reader | None = None
    ) -> JudgeRequest:
        """A request whose offline reading is computed only if a judge or fallback needs it."""
        return cls(rubric, moment, response, reader=reader)


class Judge(Protocol):
    kind: str  # "offline" | "llm"

    def describe(self) -> str: ...

    async def evaluate(self, request: JudgeRequest) -> Evaluation: ...

    async def aclose(self) -> None:
        """Release connections (a server's pool); a judge that holds none does nothing."""
        ...
