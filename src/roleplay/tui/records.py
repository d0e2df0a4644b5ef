"""Which stored session records the practice room can show and open.

The store's reader checks a record's shape; the screens also rely on a current turn and on
every turn naming a moment of the scenario frozen into the record. A crafted or damaged file can
break both, so records are checked here, once, before any screen uses them. When `store/` grows
one validated reader that checks these too, `unusable` shrinks to a call to it.
"""

from __future__ import annotations

from roleplay.domain.common import END
from roleplay.domain.session import Session


def unusable(record: Session) -> str | None:
    """Why the practice room cannot use this record, or None when it can."""
    if not record.turns:
        return "it has no turns"
    beats = record.scenario.frozen.get("beats")
    listed = beats if isinstance(beats, list) else []
    known = {b.get("id") for b in listed if isinstance(b, dict)}
    for number, turn in enumerate(record.turns, start=1):
        if turn.beat != END and turn.beat not in known:
            return f"turn {number} names a moment ('{turn.beat}') its scenario does not have"
    return None


def has_typed_words(record: Session) -> bool:
    """True once the trainee sent anything (answered, waiting, or withdrawn): worth keeping."""
    return any(turn.attempts for turn in record.turns)
