"""Checks on a drill deck that need its rubric: the skill and every `invites` must be criteria."""

from __future__ import annotations

from collections.abc import Mapping

from roleplay.content.outline import DeckOutline
from roleplay.content.yaml_source import YamlDocument
from roleplay.domain.common import DIFFICULTIES, RESTRAINT
from roleplay.domain.drill import DrillDeck
from roleplay.domain.rubric import Rubric
from roleplay.errors import Problem


def check_drill(
    outline: DeckOutline,
    doc: YamlDocument,
    rubric: Rubric | None,
    unusable: Mapping[str, str] | None = None,
) -> list[Problem]:
    """Errors against the deck's rubric, from what could be read of the deck (`outline`)."""
    out: list[Problem] = []

    def err(loc: tuple, message: str) -> None:
        out.append(Problem(doc.path, doc.line_of(loc), message))

    if outline.rubric is None:
        return out  # not readable: pydantic has said what is wrong with `rubric:`
    if rubric is None:
        broken = (unusable or {}).get(outline.rubric)
        err(
            ("rubric",),
            f"rubric '{outline.rubric}' in {broken} has errors of its own: fix that file first"
            if broken
            else f"rubric '{outline.rubric}' not found: check the id or add the rubric file",
        )
        return out
    criteria = rubric.criterion_ids
    if outline.skill is not None and outline.skill not in criteria:
        err(
            ("skill",),
            f"skill '{outline.skill}' is not a criterion of rubric '{rubric.id}' "
            f"(use one of {', '.join(criteria)})",
        )
    for i, invites in enumerate(outline.invites):
        if invites and invites not in (*criteria, RESTRAINT):
            err(
                ("statements", i, "invites"),
                f"'{invites}' is not a criterion of '{rubric.id}' or `{RESTRAINT}`",
            )
    return out


def drill_advice(deck: DrillDeck, doc: YamlDocument) -> list[Problem]:
    """Warnings for a deck that validated: a level with no statements."""
    return [
        Problem(
            doc.path,
            doc.line_of(("statements",)),
            f"no {level} statements: the next set after a rating may ask for them",
            "warning",
        )
        for level in DIFFICULTIES
        if not deck.at_level(level)
    ]
