"""Rubrics: criteria with observable checks and a descriptor for every level of the scale."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import Field, field_validator, model_validator

from roleplay.domain.common import ContentModel, CriterionId, Identifier, ShortText, Text


class Scale(ContentModel):
    min: int = Field(1, ge=0, le=10)
    max: int = Field(5, ge=1, le=10)

    @model_validator(mode="after")
    def _ordered(self) -> Scale:
        if self.max <= self.min:
            raise ValueError("scale max must be greater than min")
        return self

    @property
    def points(self) -> range:
        return range(self.min, self.max + 1)

    def from_unit(self, value: float) -> int:
        """Map a 0..1 judgement onto this scale."""
        value = min(1.0, max(0.0, value))
        return self.min + round(value * (self.max - self.min))

    def to_unit(self, score: int) -> float:
        return (score - self.min) / (self.max - self.min)


class Check(ContentModel):
    """A yes/no question a judge answers with evidence. `good: false` marks a warning sign."""

    id: CriterionId
    question: ShortText
    good: bool = True


class Criterion(ContentModel):
    id: CriterionId
    name: ShortText
    description: Text
    applies_when: Text
    checks: list[Check] = Field(min_length=1)
    levels: dict[int, Text]

    @field_validator("checks")
    @classmethod
    def _unique_checks(cls, checks: list[Check]) -> list[Check]:
        seen: set[str] = set()
        for check in checks:
            if check.id in seen:
                raise ValueError(f"check id '{check.id}' is used twice; give each check its own id")
            seen.add(check.id)
        return checks

    def level(self, score: int | None) -> str | None:
        return None if score is None else self.levels.get(score)


class Rubric(ContentModel):
    id: Identifier
    version: int = Field(ge=1)
    title: ShortText
    description: Text | None = None
    # A rubric may build on another and add criteria (e.g. boundaries on top of disclosure).
    extends: Identifier | None = None
    scale: Scale = Scale()
    criteria: list[Criterion] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Rubric:
        problems = consistency_problems(
            self.scale.points, [(c.id, list(c.levels)) for c in self.criteria]
        )
        if problems:
            raise ValueError(problems[0][2])
        return self

    @property
    def criterion_ids(self) -> list[str]:
        return [c.id for c in self.criteria]

    def criterion(self, criterion_id: str) -> Criterion | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)


def consistency_problems(
    points: range | None, criteria: Sequence[tuple[str | None, list[int] | None]]
) -> list[tuple[int, str, str]]:
    """(criterion index, the key at fault, what is wrong) for every repeated criterion id and
    every criterion whose levels miss or overshoot the scale. `None` marks what could not be read
    (in a file being validated): the checks that need it are left out."""
    problems: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    for index, (criterion_id, levels) in enumerate(criteria):
        if criterion_id is not None:
            if criterion_id in seen:
                problems.append((index, "id", f"criterion id '{criterion_id}' is used twice"))
            seen.add(criterion_id)
        if points is None or levels is None:
            continue
        name = criterion_id if criterion_id is not None else f"#{index + 1}"
        missing = [p for p in points if p not in levels]
        extra = [p for p in levels if p not in points]
        if missing:
            problems.append(
                (
                    index,
                    "levels",
                    f"criterion '{name}' has no level descriptor for "
                    f"{', '.join(map(str, missing))}: write one for every point of the scale",
                )
            )
        if extra:
            problems.append(
                (
                    index,
                    "levels",
                    f"criterion '{name}' describes level(s) {', '.join(map(str, extra))} "
                    f"outside the scale {points.start}-{points.stop - 1}",
                )
            )
    return problems
