"""The moment a response answers: what the client just said, and what the moment invites."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Speaker = Literal["client", "trainee"]

# The longest response any entry point scores (practice, score, rescore, export --verify).
MAX_RESPONSE_CHARS = 4000
# Client lines and context come from content files or `score` input; bounded the same way.
MAX_LINE_CHARS = 4000
MAX_CONTEXT_LINES = 50


class Line(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    speaker: Speaker
    text: str


class Anchor(BaseModel):
    """An instructor's exemplar for this moment, with its scores: a calibration anchor."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    response: str
    scores: dict[str, int | None]
    why: str | None = None
    label: str | None = None


class Moment(BaseModel):
    """Everything a judge may know about the moment, apart from the response itself."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    client_line: str
    cue: str | None = None
    # a criterion id, "restraint", or None when unknown (standalone scoring)
    invites: str | None = None
    intent: str | None = None
    context: list[Line] = Field(default_factory=list)  # earlier lines, oldest first
    beat_id: str | None = None
    alliance: str | None = None
    session_number: int | None = None
    # The beat's exemplars with their scores, so an LLM judge is held to the instructor's
    # standard (never including the response being scored).
    anchors: list[Anchor] = Field(default_factory=list)

    @property
    def current_text(self) -> str:
        """What this moment shows: the client's line and cue now, never an earlier beat's."""
        return f"{self.client_line} {self.cue or ''}".strip()

    @property
    def context_text(self) -> str:
        lines = [line.text for line in self.context if line.speaker == "client"]
        return " ".join([*lines, self.client_line, self.cue or ""])
