"""What moved a level, as the rationale says it: the named faults that cap a level
(level_bounds.LEVEL_CEILINGS) are always said, and a capping one takes the levels it took off."""

from __future__ import annotations

from roleplay.offline.level_bounds import LEVEL_CEILINGS
from roleplay.offline.reading import SkillReading

# The least effect a move needs to be named in the rationale.
MIN_SAID = 0.05


def name_capping_faults(
    criterion: str,
    reading: SkillReading,
    moved: list[tuple[str, float, str | None]],
    fitted_level: int,
    level: int,
) -> list[tuple[str, float, str | None]]:
    """A named fault that capped the level (level_bounds.LEVEL_CEILINGS) is what moved it down, by
    the levels it took off, whatever its own fitted weight: the rationale must say so. Where the
    level was already at or under its cap, the fault is still said (a harm left unchecked must be
    named even when granting the request had already brought the level down)."""
    ceilings = LEVEL_CEILINGS.get(criterion, {})
    capping = (
        {
            f.label: f.quote
            for f in reading.features
            if ceilings.get(f"f.{f.name}", 5) < fitted_level
        }
        if level < fitted_level
        else {}
    )
    lowered = fitted_level - level
    kept = [item for item in moved if item[0] not in capping]
    faults: list[tuple[str, float, str | None]] = [
        (label, -float(lowered), quote) for label, quote in capping.items()
    ]
    named = {f.label for f in reading.features if f"f.{f.name}" in ceilings}
    kept = [(lbl, min(e, -MIN_SAID) if lbl in named else e, q) for lbl, e, q in kept]
    said = {item[0] for item in faults + kept}
    unsaid: list[tuple[str, float, str | None]] = [
        (f.label, -MIN_SAID, f.quote) for f in reading.features if f.label in named - said
    ]
    return faults + kept + unsaid
