"""One criterion, decided by the scorer: the reading, used or not, the level, what moved it."""

from __future__ import annotations

from dataclasses import dataclass, field

from roleplay.offline.criteria import CriterionReader
from roleplay.offline.reading import SkillReading


@dataclass
class Verdict:
    """One criterion, decided: used or not, the 1-5 level, and what moved it."""

    reader: CriterionReader
    reading: SkillReading
    used: bool
    level: float  # 1..5 before mapping onto the rubric's scale
    moved: list[tuple[str, float, str | None]] = field(default_factory=list)  # label, effect, quote
    unsure: str | None = None

    def has(self, name: str) -> bool:
        return self.reading.has(name)
