"""What happens during one submitted response, in order, for the CLI and the TUI to show."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from roleplay.domain.session import Evaluation, Turn


@dataclass(frozen=True)
class Saved:
    """The response is on disk (always the first event)."""

    path: Path
    turn_index: int
    attempt_index: int


@dataclass(frozen=True)
class ClientDelta:
    """A piece of the client's next words, as they stream."""

    text: str


@dataclass(frozen=True)
class ClientRestart:
    """The words streamed so far are void (the server failed mid-reply); the full line follows."""


@dataclass(frozen=True)
class Evaluated:
    evaluation: Evaluation
    turn_index: int
    attempt_index: int


@dataclass(frozen=True)
class ClientSpoke:
    """The client's next line is recorded as a new turn; `ended` when it closes the session."""

    turn: Turn
    turn_index: int
    ended: bool


@dataclass(frozen=True)
class Notice:
    """Something the trainee should know, in one sentence (e.g. a fallback to offline)."""

    message: str


@dataclass(frozen=True)
class Retrying:
    """A server call failed and will be tried again: what the trainee is waiting for, and why."""

    role: str  # "judge" or "client"
    reason: str
    attempt: int
    of: int
    seconds: float

    @property
    def message(self) -> str:
        who = "The judge's server" if self.role == "judge" else "The client's server"
        return (
            f"{who} {self.reason}; trying again in {self.seconds:.0f} s "
            f"(try {self.attempt + 1} of {self.of})"
        )


Event = Saved | ClientDelta | ClientRestart | Evaluated | ClientSpoke | Notice | Retrying
