"""Read one scenario or rubric file into a validated model, or a list of located problems."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from roleplay.content.errors import describe_loc, problems_from_validation
from roleplay.content.yaml_source import Loc, YamlDocument, YamlProblem, load_document
from roleplay.controls import describe, first_control
from roleplay.domain.drill import DrillDeck
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Scenario
from roleplay.errors import ContentError, Problem

Kind = Literal["scenario", "rubric", "drill"]


@dataclass(frozen=True)
class Loaded:
    kind: Kind
    model: Scenario | Rubric | DrillDeck
    doc: YamlDocument
    path: Path


MODEL_TYPES: dict[Kind, type[Scenario] | type[Rubric] | type[DrillDeck]] = {
    "scenario": Scenario,
    "rubric": Rubric,
    "drill": DrillDeck,
}


def kind_of(doc: YamlDocument, expected: Kind | None = None) -> Kind:
    if not isinstance(doc.data, dict):
        raise ContentError(
            [
                Problem(
                    doc.path,
                    doc.line_of(()),
                    "expected a mapping of `key: value` lines at the top of the file",
                )
            ]
        )
    if expected:
        return expected
    if "beats" in doc.data:
        return "scenario"
    if "criteria" in doc.data:
        return "rubric"
    if "statements" in doc.data:
        return "drill"
    raise ContentError(
        [
            Problem(
                doc.path,
                1,
                "cannot tell what this file is: a scenario has `beats:`, a rubric has `criteria:`, "
                "a drill deck has `statements:`",
            )
        ]
    )


def load_file(path: Path, expected: Kind | None = None) -> Loaded:
    """Parse and validate one file. Raises ContentError with every problem found in it."""
    try:
        doc = load_document(path)
    except YamlProblem as exc:
        raise ContentError([exc.problem]) from None
    kind = kind_of(doc, expected)
    model_type: type[Scenario] | type[Rubric] | type[DrillDeck] = MODEL_TYPES[kind]
    refused = control_problems(doc)
    try:
        model = model_type.model_validate(doc.data)
    except ValidationError as exc:
        raise ContentError(problems_from_validation(doc, exc, model_type) + refused) from None
    if refused:
        raise ContentError(refused)
    return Loaded(kind, model, doc, path)


def control_problems(doc: YamlDocument) -> list[Problem]:
    """Every key or value holding a control character (YAML's `\\e` writes ESC): a title that
    could retitle a window or write a clipboard is refused here, not stripped later."""
    problems: list[Problem] = []

    def walk(value: Any, loc: Loc) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and (char := first_control(key)):
                    where = describe_loc((*loc, key))
                    line = doc.line_of((*loc, key), key=True)
                    problems.append(Problem(doc.path, line, _refusal(char, f"the key {where}")))
                walk(item, (*loc, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, (*loc, index))
        elif isinstance(value, str) and (char := first_control(value)):
            problems.append(Problem(doc.path, doc.line_of(loc), _refusal(char, describe_loc(loc))))

    walk(doc.data, ())
    return problems


def _refusal(char: str, where: str) -> str:
    return (
        f"control character {describe(char)} in {where}: "
        "remove it (escape sequences could take over a trainee's terminal)"
    )
