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
    p.set_defaults(handler=_lazy("roleplay.cli.calibrate_cmd", "run"))

    p = sub.add_parser("schema", help="print the JSON Schema of a scenario or rubric file")
    p.add_argument("kind", choices=["scenario", "rubric"])
    p.set_defaults(handler=_lazy("roleplay.cli.content_cmds", "schema"))


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
