"""Bounds on everything read from a session record, so one file cannot set the workload.

A record is data from anyone: a trainee's submitted file, a copy edited by hand, a crafted one.
A rubric scale of 1,000,000 made a report build a million-bar chart (85 s, 3.5 GB), so every
number and list a record carries is bounded here, and a value outside its bound makes the record
invalid when it is read (the readers in `store/` then skip it with a warning naming the file).
The bounds sit far above anything roleplay writes: they catch absurd values, not unusual ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from pydantic import Field

MAX_SCALE_POINT = 10  # the same ceiling as a rubric's `scale.max` (domain.rubric.Scale)
MAX_VERSION = 1_000_000
MAX_TURNS = 2_000  # a scenario has tens of beats; rewinds and retries add some
MAX_ATTEMPTS = 500  # per turn, retries included
MAX_RESCORES = 500  # per attempt
MAX_ITEMS = 200  # evidence quotes, moves, checks, criteria, beats
MAX_TEXT = 100_000  # characters of any free text (a response is capped far lower when typed)
MAX_LABEL = 1_000  # ids, names, titles, model names

Score = Annotated[int, Field(ge=0, le=MAX_SCALE_POINT)]
ScalePoint = Annotated[int, Field(ge=0, le=MAX_SCALE_POINT)]
Version = Annotated[int, Field(ge=0, le=MAX_VERSION)]
LongText = Annotated[str, Field(max_length=MAX_TEXT)]
Label = Annotated[str, Field(max_length=MAX_LABEL)]


def scale_problem(low: int, high: int) -> str | None:
    if not 0 <= low < high <= MAX_SCALE_POINT:
        return f"scale {low}-{high} is not a rubric scale (0 <= min < max <= {MAX_SCALE_POINT})"
    return None


def score_problem(scores: Iterable[tuple[str, int | None]], low: int, high: int) -> str | None:
    """The first score outside the session's own scale, said as a reader can act on it."""
    for where, score in scores:
        if score is not None and not low <= score <= high:
            return f"{where}: score {score} is outside the rubric's scale {low}-{high}"
    return None


def beat_problem(turn_beats: Iterable[str], beat_ids: set[str], end: str) -> str | None:
    for index, beat in enumerate(turn_beats, start=1):
        if beat != end and beat not in beat_ids:
            return f"turn {index} names beat {beat!r}, which is not in the session's scenario"
    return None
