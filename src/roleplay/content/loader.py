"""Read one scenario or rubric file into a validated model, or a list of located problems."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from roleplay.content.errors import describe_loc, problems_from_validation
from roleplay.content.outline import raw_deck_outline, raw_rubric_levels
from roleplay.content.yaml_source import Loc, YamlDocument, YamlProblem, load_document
from roleplay.controls import describe, first_control
from roleplay.domain.drill import DrillDeck
from roleplay.domain.rubric import Rubric, consistency_problems
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


@dataclass(frozen=True)
class Reading:
    """A file read as far as it goes: its model if it validated, and every problem the file has on
    its own (all pydantic errors, and the checks its model would run, done on the raw mapping)."""

    kind: Kind
    doc: YamlDocument
    path: Path
    model: Scenario | Rubric | DrillDeck | None
    problems: list[Problem]


def read_content(path: Path, expected: Kind | None = None) -> Reading:
    """Parse and validate one file. Raises ContentError only when it is not a readable mapping of
    a known kind; otherwise every problem found is in the Reading."""
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
        # A rubric's or deck's whole-file validator runs only when every field is valid, and
        # stops at its first finding: the same checks are run on the raw mapping instead.
        whole_file = kind != "scenario"
        problems = problems_from_validation(doc, exc, model_type, skip_root=whole_file)
        if whole_file:
            problems += own_problems(kind, doc)
        return Reading(kind, doc, path, None, problems + refused)
    return Reading(kind, doc, path, model, refused)


def load_file(path: Path, expected: Kind | None = None) -> Loaded:
    """Parse and validate one file. Raises ContentError with every problem found in it."""
    reading = read_content(path, expected)
    if reading.model is None or reading.problems:
        raise ContentError(reading.problems)
    return Loaded(reading.kind, reading.model, reading.doc, path)


def own_problems(kind: Kind, doc: YamlDocument) -> list[Problem]:
    """The rubric's (levels against the scale, repeated criteria) or the deck's (repeated
    statements) own consistency, on the raw mapping of a file that did not validate."""
    problems: list[Problem] = []
    if kind == "rubric":
        points, criteria = raw_rubric_levels(doc.data)
        for index, key, message in consistency_problems(points, criteria):
            loc: Loc = ("criteria", index, key)
            problems.append(Problem(doc.path, doc.line_of(loc), f"{describe_loc(loc)}: {message}"))
    elif kind == "drill":
        seen: set[str] = set()
        for index, statement_id in enumerate(raw_deck_outline(doc.data).statement_ids):
            if statement_id in seen:
                loc = ("statements", index, "id")
                problems.append(
                    Problem(
                        doc.path,
                        doc.line_of(loc),
                        f"{describe_loc(loc)}: statement id `{statement_id}` is used twice",
                    )
                )
            if statement_id is not None:
                seen.add(statement_id)
    return problems


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
