"""Rubrics: criteria with observable checks and a descriptor for every level of the scale."""

from __future__ import annotations

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
        seen: set[str] = set()
        for criterion in self.criteria:
            if criterion.id in seen:
                raise ValueError(f"criterion id '{criterion.id}' is used twice")
            seen.add(criterion.id)
            missing = [p for p in self.scale.points if p not in criterion.levels]
            extra = [p for p in criterion.levels if p not in self.scale.points]
            if missing:
                raise ValueError(
                    f"criterion '{criterion.id}' has no level descriptor for "
                    f"{', '.join(map(str, missing))}: write one for every point of the scale"
                )
            if extra:
                raise ValueError(
                    f"criterion '{criterion.id}' describes level(s) {', '.join(map(str, extra))} "
                    f"outside the scale {self.scale.min}-{self.scale.max}"
                )
        return self

    @property
    def criterion_ids(self) -> list[str]:
        return [c.id for c in self.criteria]

    def criterion(self, criterion_id: str) -> Criterion | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)
