"""What a trainee types is kept as typed, minus what could harm a terminal or a file."""

from __future__ import annotations

from roleplay.controls import strip_controls
from roleplay.domain.moment import MAX_RESPONSE_CHARS
from roleplay.domain.rubric import Rubric
from roleplay.domain.session import PauseNotes
from roleplay.errors import ResponseTooLong, UsageError

__all__ = ["MAX_RESPONSE_CHARS", "check_response", "clean_pause", "clean_response"]
MAX_REFLECTION_CHARS = 4000
MAX_PAUSE_CHARS = 1000


def clean_response(text: str) -> str:
    """Strip escape sequences and control characters; keep newlines and tabs; trim the ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return strip_controls(text).strip()


def check_response(text: str) -> str:
    cleaned = clean_response(text)
    if not cleaned:
        raise UsageError("The response is empty.", "type what you would say to the client")
    if len(cleaned) > MAX_RESPONSE_CHARS:
        raise ResponseTooLong(len(cleaned), MAX_RESPONSE_CHARS)
    return cleaned


def clean_pause(notes: PauseNotes | None) -> PauseNotes | None:
    """The pause's answers cleaned like a response and cut to length; None when all are empty."""
    if notes is None:
        return None
    cleaned = PauseNotes(
        **{
            name: clean_response(getattr(notes, name))[:MAX_PAUSE_CHARS]
            for name in ("feeling", "want", "whose_need")
        }
    )
    return None if cleaned.empty else cleaned


def check_self_rating(rubric: Rubric, rating: dict[str, int] | None) -> None:
    """A trainee's own rating names the rubric's criteria and stays on its scale."""
    if not rating:
        return
    for criterion, value in rating.items():
        if rubric.criterion(criterion) is None:
            raise UsageError(f"Unknown criterion '{criterion}' in the self-rating.")
        if value not in rubric.scale.points:
            raise UsageError(
                f"A self-rating of {value} is outside the scale "
                f"{rubric.scale.min}-{rubric.scale.max}."
            )
