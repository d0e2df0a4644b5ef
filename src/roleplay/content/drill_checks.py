"""Checks on a drill deck that need its rubric: the skill and every `invites` must be criteria."""

from __future__ import annotations

from roleplay.content.yaml_source import YamlDocument
from roleplay.domain.common import DIFFICULTIES, RESTRAINT
from roleplay.domain.drill import DrillDeck
from roleplay.domain.rubric import Rubric
from roleplay.errors import Problem


def check_drill(deck: DrillDeck, doc: YamlDocument, rubric: Rubric | None) -> list[Problem]:
    out: list[Problem] = []

    def err(loc: tuple, message: str, severity: str = "error") -> None:
        out.append(Problem(doc.path, doc.line_of(loc), message, severity))

    if rubric is None:
        err(("rubric",), f"rubric '{deck.rubric}' not found: check the id or add the rubric file")
        return out
    criteria = rubric.criterion_ids
    if deck.skill not in criteria:
        err(
            ("skill",),
            f"skill '{deck.skill}' is not a criterion of rubric '{rubric.id}' "
            f"(use one of {', '.join(criteria)})",
        )
    for i, statement in enumerate(deck.statements):
        if statement.invites and statement.invites not in (*criteria, RESTRAINT):
            err(
                ("statements", i, "invites"),
                f"'{statement.invites}' is not a criterion of '{rubric.id}' or `{RESTRAINT}`",
            )
    for level in DIFFICULTIES:
        if not deck.at_level(level):
            err(
                ("statements",),
                f"no {level} statements: the next set after a rating may ask for them",
                "warning",
            )
    return out
