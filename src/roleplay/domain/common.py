"""Shared field types for the domain models."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
CRITERION_PATTERN = r"^[a-z][a-z0-9_]*$"

# Scenario, rubric and beat ids appear in file names and on the command line: no slashes, dots or
# spaces, so an id can never be a path.
Identifier = Annotated[str, StringConstraints(pattern=ID_PATTERN, min_length=1, max_length=80)]
# Criterion ids are the keys other tools read (`self_disclosure`, `immediacy`).
CriterionId = Annotated[str, StringConstraints(pattern=CRITERION_PATTERN, max_length=60)]
# Prose an instructor writes; bounded so a runaway file cannot make a line unreadable.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]

Difficulty = Literal["beginner", "intermediate", "advanced"]
DIFFICULTIES: tuple[Difficulty, ...] = ("beginner", "intermediate", "advanced")

# How a criterion came out on one response, as the offline client branches on it.
Outcome = Literal["strong", "mixed", "weak", "absent"]

SELF_DISCLOSURE = "self_disclosure"
IMMEDIACY = "immediacy"
RESTRAINT = "restraint"
END = "end"  # reserved `next:` target: the client's line closes the session


class ContentModel(BaseModel):
    """Content read from instructors' files: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class RecordModel(BaseModel):
    """Session-record parts: unknown keys are errors; the engine updates them as a session runs."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)
