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


Event = Saved | ClientDelta | ClientRestart | Evaluated | ClientSpoke | Notice
