"""`roleplay new scenario|rubric|drill NAME` and `roleplay scenarios`: for instructors."""

from __future__ import annotations

import argparse
import json
import re
import sys
from importlib.resources import files
from pathlib import Path

from roleplay.cli.content_cmds import schema_text
from roleplay.cli.shared import services_from
from roleplay.content.library import describe_source
from roleplay.domain.common import ID_PATTERN
from roleplay.errors import UnsafeTarget, UsageError
from roleplay.store.files import check_target, write_public

FOLDERS = {"scenario": "scenarios", "rubric": "rubrics", "drill": "drills"}


def new(args: argparse.Namespace) -> int:
    name = args.name
    if not re.fullmatch(ID_PATTERN, name) or len(name) > 80:
        raise UsageError(
            f"'{name}' cannot be an id",
            "use lowercase letters and digits in words joined by '-', e.g. moving-cities",
        )
    root = Path(args.dir).expanduser()
    path = root / FOLDERS[args.kind] / f"{name}.yaml"
    schema = root / "schemas" / f"{args.kind}.schema.json"
    for target in (path, schema):
        # Never through a link: it would overwrite the link's target, or create a dangling
        # link's target wherever it points (outside the folder).
        if target.is_symlink():
            raise UnsafeTarget(
                f"{target} is a symbolic link; `roleplay new` never writes through links",
                "remove the link, or choose another name or folder",
            )
    if path.exists() and not args.force:
        raise UsageError(f"{path} already exists", "choose another name, or add --force")
    template = files("roleplay.content.templates").joinpath(f"{args.kind}.yaml").read_text("utf-8")
    text = (
        template.replace("__ID__", name)
        .replace("__TITLE__", name.replace("-", " ").capitalize())
        .replace("__PATH__", str(path))
        .replace("__DIR__", str(root))
    )
    # Content is shared teaching material, not private data: ordinary files, not 0600.
    check_target(path)
    check_target(schema)
    write_public(path, text.encode("utf-8"))
    write_public(schema, schema_text(args.kind).encode("utf-8"))
    print(f"wrote {path}")
    print(f"wrote {schema} (the file's first line points editors at it)")
    print(f"next: edit it, then `roleplay validate {path}`", file=sys.stderr)
    if args.kind == "scenario":
        print(
            f"      and try it: `roleplay practice {name} --content {root} --responses FILE`",
            file=sys.stderr,
        )
    elif args.kind == "drill":
        print(
            f"      and try it: `roleplay drill {name} --content {root} --responses FILE`",
            file=sys.stderr,
        )
    return 0


def list_scenarios(args: argparse.Namespace) -> int:
    services = services_from(args)
    entries = services.library.sorted_scenarios()
    if args.json:
        rows = [
            {
                "id": e.scenario.id,
                "title": e.scenario.title,
                "difficulty": e.scenario.difficulty,
                "skills": list(e.scenario.skills),
                "origin": e.origin,
                "path": str(e.path),
                "overrides": str(e.overrides) if e.overrides else None,
            }
            for e in entries
        ]
        json.dump(rows, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    for e in entries:
        print(f"{e.scenario.id:40} {e.scenario.difficulty:12} {describe_source(e)}")
    return 0
