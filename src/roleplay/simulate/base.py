"""What the session engine needs from a simulated client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Protocol

from roleplay.domain.moment import Line
from roleplay.domain.routing import Step
from roleplay.domain.scenario import Scenario


@dataclass(frozen=True)
class ReplyRequest:
    scenario: Scenario
    beat_id: str  # the beat the trainee just answered
    transcript: list[Line] = field(default_factory=list)  # ends with the trainee's response
    step: Step | None = None  # where the session goes next, and the scripted line for it

    @property
    def planned(self) -> Step:
        assert self.step is not None
        return self.step


class ClientSimulator(Protocol):
    kind: str  # "offline" | "llm"

    def describe(self) -> str: ...

    def reply(self, request: ReplyRequest) -> AsyncIterator[str]:
        """The client's next words, streamed in pieces."""
        ...

    async def aclose(self) -> None:
        """Release connections (a server's pool); a client that holds none does nothing."""
        ...
