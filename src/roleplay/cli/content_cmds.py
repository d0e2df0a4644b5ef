"""`roleplay validate` and `roleplay schema`: for instructors writing content files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pydantic import BaseModel

from roleplay.cli.shared import settings_from
from roleplay.content.library import RubricEntry, ScenarioEntry, load_library, yaml_files
from roleplay.errors import Problem, UsageError
from roleplay.store.files import write_public


def validate(args: argparse.Namespace) -> int:
    files: list[Path] = []
    for name in args.paths:
        path = Path(name)
        if not path.exists():
            raise UsageError(f"{name}: no such file or directory")
        found = yaml_files(path)
        if path.is_dir() and not found:
            print(f"{name}: warning: no .yaml files here", file=sys.stderr)
        files += found
    # Configured instructor directories load too, so a scenario can use an instructor's rubric.
    dirs = [*settings_from(args).content_dirs, *(Path(d).expanduser() for d in args.content)]
    library = load_library([(d, str(d)) for d in dirs], extra_files=files, strict_duplicates=True)
    given = {str(f) for f in files}
    problems = [p for p in library.problems if p.path in given]
    for problem in sorted(problems, key=lambda p: (p.path, p.line or 0)):
        print(problem, file=sys.stdout)
    entries: list[ScenarioEntry | RubricEntry] = [
        *library.scenarios.values(),
        *library.rubrics.values(),
    ]
    for entry in entries:
        if str(entry.path) in given and entry.overrides is not None:
            kind = "scenario" if isinstance(entry, ScenarioEntry) else "rubric"
            model = entry.scenario if isinstance(entry, ScenarioEntry) else entry.rubric
            print(
                f"{entry.path}: note: {kind} '{model.id}' replaces {entry.overrides} "
                "wherever this file is loaded",
                file=sys.stderr,
            )
    errors = [p for p in problems if p.severity == "error"]
    warnings = len(problems) - len(errors)
    print(_summary(files, library, errors, warnings), file=sys.stderr)
    return 2 if errors else 0


def _summary(files: list[Path], library, errors: list[Problem], warnings: int) -> str:
    given = {str(f) for f in files}
    scenarios = sum(1 for e in library.scenarios.values() if str(e.path) in given)
    rubrics = sum(1 for e in library.rubrics.values() if str(e.path) in given)
    drills = sum(1 for e in library.drills.values() if str(e.path) in given)
    state = f"{len(errors)} error(s)" if errors else "no errors"
    decks = f", {drills} drill deck(s)" if drills else ""
    return (
        f"checked {len(files)} file(s): {scenarios} scenario(s), {rubrics} rubric(s){decks} "
        f"valid; {state}, {warnings} warning(s)"
    )


def schema_text(kind: str) -> str:
    from roleplay.domain.drill import DrillDeck
    from roleplay.domain.rubric import Rubric
    from roleplay.domain.scenario import Scenario

    models: dict[str, type[BaseModel]] = {
        "scenario": Scenario,
        "rubric": Rubric,
        "drill": DrillDeck,
    }
    model = models[kind]
    document = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://roleplay.invalid/schema/{kind}.json",
        **model.model_json_schema(),
    }
    return json.dumps(document, indent=2) + "\n"


def schema(args: argparse.Namespace) -> int:
    text = schema_text(args.kind)
    if args.out:
        out = Path(args.out).expanduser()
        write_public(out, text.encode("utf-8"))
        print(f"wrote {out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
