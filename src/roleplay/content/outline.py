"""What the cross-file and graph checks need of a scenario or drill deck, read from a valid model
or, when the model does not validate, from the raw YAML mapping as far as it can be read.

So one typo (a bad `difficulty`) no longer hides a dangling `next` or an out-of-range score: the
checks run on whatever could be read. A value that cannot be read (wrong type, missing) is `None`
and the checks that need it are left out; pydantic has already said what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from roleplay.domain.drill import DrillDeck
from roleplay.domain.scenario import Scenario


@dataclass(frozen=True)
class BranchOutline:
    next: str | None
    on: tuple[str, ...]


@dataclass(frozen=True)
class BeatOutline:
    id: str | None
    invites: str | None
    next: str | None
    branches: tuple[BranchOutline, ...]
    exemplar_scores: tuple[dict[str, Any], ...]  # criterion -> score (an int or None), per exemplar
    # Every way on could be read, so the graph checks can trust `targets`.
    readable: bool = True

    @property
    def targets(self) -> list[str]:
        found = [b.next for b in self.branches if b.next is not None]
        if self.next:
            found.append(self.next)
        return found


@dataclass(frozen=True)
class ScenarioOutline:
    rubric: str | None
    skills: tuple[str | None, ...]
    beats: tuple[BeatOutline, ...]

    @property
    def readable(self) -> bool:
        """Every beat, its id and its ways on could be read: the graph checks can run."""
        return bool(self.beats) and all(b.readable and b.id is not None for b in self.beats)


@dataclass(frozen=True)
class DeckOutline:
    rubric: str | None
    skill: str | None
    statement_ids: tuple[str | None, ...]
    invites: tuple[str | None, ...]  # per statement


def scenario_outline(scenario: Scenario) -> ScenarioOutline:
    return ScenarioOutline(
        scenario.rubric,
        tuple(scenario.skills),
        tuple(
            BeatOutline(
                beat.id,
                beat.invites,
                beat.next,
                tuple(BranchOutline(b.next, tuple(b.on or {})) for b in beat.branches),
                tuple(dict(e.scores) for e in beat.exemplars),
            )
            for beat in scenario.beats
        ),
    )


def raw_scenario_outline(data: Any) -> ScenarioOutline:
    """The outline of a scenario mapping that failed validation, from what can be read."""
    data = data if isinstance(data, dict) else {}
    rubric = _text(data["rubric"]) if "rubric" in data else Scenario.model_fields["rubric"].default
    return ScenarioOutline(
        rubric,
        tuple(_text(s) for s in _items(data.get("skills"))),
        tuple(_raw_beat(item) for item in _items(data.get("beats"))),
    )


def _raw_beat(item: Any) -> BeatOutline:
    if not isinstance(item, dict):
        return BeatOutline(None, None, None, (), (), readable=False)
    readable = True
    next_beat = _text(item.get("next"))
    if "next" in item and item["next"] is not None and next_beat is None:
        readable = False
    branches: list[BranchOutline] = []
    raw_branches = item.get("branches")
    if raw_branches is not None and not isinstance(raw_branches, list):
        readable = False
    for raw in _items(raw_branches):
        branch = raw if isinstance(raw, dict) else {}
        target = _text(branch.get("next"))
        readable = readable and target is not None
        on = branch.get("on")
        keys = tuple(k for k in on if isinstance(k, str)) if isinstance(on, dict) else ()
        branches.append(BranchOutline(target, keys))
    if not branches and not next_beat:
        readable = False  # no way on: pydantic says so; the graph would only repeat it
    scores: list[dict[str, Any]] = []
    for raw in _items(item.get("exemplars")):
        given = raw.get("scores") if isinstance(raw, dict) else None
        scores.append(
            {k: v for k, v in given.items() if isinstance(k, str) and _score(v)}
            if isinstance(given, dict)
            else {}
        )
    return BeatOutline(
        _text(item.get("id")),
        _text(item.get("invites")),
        next_beat,
        tuple(branches),
        tuple(scores),
        readable,
    )


def deck_outline(deck: DrillDeck) -> DeckOutline:
    return DeckOutline(
        deck.rubric,
        deck.skill,
        tuple(s.id for s in deck.statements),
        tuple(s.invites for s in deck.statements),
    )


def raw_deck_outline(data: Any) -> DeckOutline:
    data = data if isinstance(data, dict) else {}
    statements = [s if isinstance(s, dict) else {} for s in _items(data.get("statements"))]
    return DeckOutline(
        _text(data.get("rubric")),
        _text(data.get("skill")),
        tuple(_text(s.get("id")) for s in statements),
        tuple(_text(s.get("invites")) for s in statements),
    )


def raw_rubric_levels(data: Any) -> tuple[range | None, list[tuple[str | None, list[int] | None]]]:
    """A rubric mapping's scale points (None if unreadable) and, per criterion, its id and the
    level numbers it describes (None if unreadable), for the rubric's own consistency checks."""
    data = data if isinstance(data, dict) else {}
    scale = data.get("scale", {})
    points = None
    if isinstance(scale, dict):
        low, high = scale.get("min", 1), scale.get("max", 5)
        if _whole(low) and _whole(high) and high > low:
            points = range(low, high + 1)
    criteria: list[tuple[str | None, list[int] | None]] = []
    for item in _items(data.get("criteria")):
        item = item if isinstance(item, dict) else {}
        levels = item.get("levels")
        numbers = [_level(k) for k in levels] if isinstance(levels, dict) else []
        read = [n for n in numbers if n is not None]
        readable = isinstance(levels, dict) and len(read) == len(numbers)
        criteria.append((_text(item.get("id")), read if readable else None))
    return points, criteria


def _items(value: Any) -> Iterable[Any]:
    return value if isinstance(value, list) else ()


def _text(value: Any) -> str | None:
    """A string as the models read it (they strip whitespace), else None."""
    return value.strip() if isinstance(value, str) else None


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _score(value: Any) -> bool:
    return value is None or _whole(value)


def _level(key: Any) -> int | None:
    if isinstance(key, int) and not isinstance(key, bool):
        return key
    if isinstance(key, str) and key.strip().lstrip("-").isdigit():
        return int(key)
    return None
