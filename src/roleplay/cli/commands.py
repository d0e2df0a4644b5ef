"""Subcommand registration; each handler imports what it needs when it runs."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "practice",
        parents=[common],
        help="a headless session from a file of responses (a dry run of a scenario)",
    )
    p.add_argument("scenario", metavar="SCENARIO_ID")
    p.add_argument(
        "--responses",
        required=True,
        metavar="FILE",
        help="responses separated by lines holding only '---' ('-' reads stdin)",
    )
    p.add_argument("--trainee", metavar="ID")
    p.add_argument("--cohort", metavar="NAME")
    p.add_argument("--json", action="store_true", help="print the session record as JSON")
    p.set_defaults(handler=_lazy("roleplay.cli.practice_cmd", "run"))

    p = sub.add_parser("score", parents=[common], help="score standalone responses (JSONL)")
    p.add_argument(
        "file", metavar="FILE.jsonl", help="lines of {id, client_line, response}; '-' reads stdin"
    )
    p.add_argument("--rubric", metavar="ID", default="disclosure-immediacy")
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--concurrency", type=int, default=8, metavar="N")
    p.set_defaults(handler=_lazy("roleplay.cli.score_cmd", "run"))

    p = sub.add_parser("validate", parents=[common], help="check scenario and rubric files")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(handler=_lazy("roleplay.cli.content_cmds", "validate"))

    p = sub.add_parser(
        "calibrate",
        parents=[common],
        help="agreement of the active judge with the instructors' exemplars",
    )
    p.add_argument("--rubric", metavar="ID", default="disclosure-immediacy")
    p.add_argument(
        "--show", type=int, default=20, metavar="N", help="disagreements to list per criterion"
    )
    p.add_argument(
        "--holdout",
        nargs="?",
        const="corpus",
        metavar="PATH",
        help="also measure on the labelled corpus's frozen holdout (a .jsonl file or a "
        "directory of them; default ./corpus)",
    )
    p.set_defaults(handler=_lazy("roleplay.cli.calibrate_cmd", "run"))

    p = sub.add_parser("schema", help="print the JSON Schema of a scenario or rubric file")
    p.add_argument("kind", choices=["scenario", "rubric"])
    p.add_argument("--out", metavar="FILE", help="write it to FILE (for an editor to use)")
    p.set_defaults(handler=_lazy("roleplay.cli.content_cmds", "schema"))

    p = sub.add_parser("new", help="start a scenario or rubric from a commented template")
    p.add_argument("kind", choices=["scenario", "rubric"])
    p.add_argument("name", metavar="NAME", help="its id: lowercase words joined by '-'")
    p.add_argument(
        "--dir",
        default=".",
        metavar="DIR",
        help="content directory: writes DIR/scenarios/NAME.yaml (or rubrics/) and DIR/schemas/",
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(handler=_lazy("roleplay.cli.authoring_cmd", "new"))

    p = sub.add_parser(
        "scenarios", parents=[common], help="list scenarios and where each comes from"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_lazy("roleplay.cli.authoring_cmd", "list_scenarios"))

    p = sub.add_parser(
        "export", parents=[common], help="cohort gradebook: CSV, XLSX or JSONL from session files"
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="data dirs, folders or session files")
    p.add_argument("--format", choices=["csv", "xlsx", "jsonl"], help="default: from --out, or csv")
    p.add_argument("--level", choices=["session", "turn", "trainee"], default="session")
    p.add_argument("--out", metavar="FILE", help="default: standard output (not for xlsx)")
    p.add_argument(
        "--no-text", action="store_true", help="leave out all free text (responses, rationales...)"
    )
    p.add_argument(
        "--verify", action="store_true", help="flag scores edited by hand (exit 1 if any)"
    )
    _selection_args(p)
    p.set_defaults(handler=_lazy("roleplay.cli.export_cmd", "export"))

    p = sub.add_parser("report", parents=[common], help="one self-contained HTML cohort report")
    p.add_argument("paths", nargs="+", metavar="PATH", help="data dirs, folders or session files")
    p.add_argument("--out", required=True, metavar="FILE.html")
    p.add_argument("--title", default="Cohort report")
    p.add_argument("--no-text", action="store_true", help="(the report never shows responses)")
    _selection_args(p)
    p.set_defaults(handler=_lazy("roleplay.cli.export_cmd", "report"))

    p = sub.add_parser(
        "rescore", parents=[common], help="re-judge stored sessions beside the old scores"
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="data dirs, folders or session files")
    p.add_argument("--rubric", metavar="ID", help="judge against this rubric, not the session's")
    p.add_argument("--concurrency", type=int, default=8, metavar="N")
    p.set_defaults(handler=_lazy("roleplay.cli.rescore_cmd", "run"))


def _selection_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--pseudonymize",
        action="store_true",
        help="replace trainee ids with stable keyed pseudonyms",
    )
    p.add_argument(
        "--rescored", action="store_true", help="use each attempt's latest rescore where present"
    )
    group = p.add_argument_group("filters (repeat a flag to allow several values)")
    group.add_argument("--cohort", action="append", default=[], metavar="NAME")
    group.add_argument("--scenario", action="append", default=[], metavar="ID")
    group.add_argument("--trainee", action="append", default=[], metavar="ID")
    group.add_argument(
        "--status",
        action="append",
        default=[],
        choices=["in_progress", "completed", "abandoned"],
    )
    group.add_argument("--since", metavar="DATE", help="sessions started on or after DATE")
    group.add_argument("--until", metavar="DATE", help="sessions started on or before DATE")


def _lazy(module: str, name: str) -> Any:
    def handler(args: argparse.Namespace) -> int:
        import importlib

        return int(getattr(importlib.import_module(module), name)(args) or 0)

    return handler


def run_tui(args: argparse.Namespace) -> int:
    from roleplay.cli.shared import services_from

    services = services_from(args)
    from roleplay.tui.app import run_app

    return run_app(services, scenario=args.scenario, trainee=args.trainee, cohort=args.cohort)
