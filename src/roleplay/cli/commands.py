"""Subcommand registration; each handler imports what it needs when it runs."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

ALL_GLOBALS = ("offline", "content", "data_dir")
# Commands that only read content files: --offline and --data-dir would do nothing there.
CONTENT_ONLY = ("content",)


def register(
    sub: Any, global_options: Callable[[tuple[str, ...]], argparse.ArgumentParser]
) -> None:
    """Add every subcommand, each with the global options it uses (`global_options(names)` builds
    the parser that offers them after the command)."""

    def command(name: str, *, options: tuple[str, ...] = ALL_GLOBALS, **kw: Any) -> Any:
        parents = [global_options(options)] if options else []
        p = sub.add_parser(name, parents=parents, **kw)
        p.set_defaults(command=name, global_options=options)
        return p

    p = command(
        "practice",
        help="a headless session from a file of responses (a dry run of a scenario)",
    )
    p.add_argument("scenario", metavar="SCENARIO_ID", help="which scenario (`roleplay scenarios`)")
    p.add_argument(
        "--responses",
        required=True,
        metavar="FILE",
        help="responses separated by lines holding only '---' ('-' reads stdin)",
    )
    p.add_argument("--trainee", metavar="ID", help="the trainee id stored in the session")
    p.add_argument("--cohort", metavar="NAME", help="the cohort stored in the session")
    p.add_argument("--json", action="store_true", help="print the session record as JSON")
    p.add_argument(
        "--reflection",
        metavar="TEXT",
        help="your reflection after the session, saved with it (see `roleplay prep`)",
    )
    p.set_defaults(handler=_lazy("roleplay.cli.practice_cmd", "run"))

    p = command("score", help="score standalone responses (JSONL)")
    p.add_argument(
        "file", metavar="FILE.jsonl", help="lines of {id, client_line, response}; '-' reads stdin"
    )
    p.add_argument(
        "--rubric", metavar="ID", default="disclosure-immediacy", help="rubric to score against"
    )
    p.add_argument("--out", metavar="FILE", help="write the scores here (default: stdout)")
    p.add_argument(
        "--concurrency", type=int, default=8, metavar="N", help="responses judged at once (LLM)"
    )
    p.set_defaults(handler=_lazy("roleplay.cli.score_cmd", "run"))

    p = command("validate", options=CONTENT_ONLY, help="check scenario and rubric files")
    p.add_argument("paths", nargs="+", metavar="PATH", help="scenario/rubric files or folders")
    p.set_defaults(handler=_lazy("roleplay.cli.content_cmds", "validate"))

    p = command(
        "calibrate",
        help="agreement of the active judge with the instructors' exemplars",
    )
    p.add_argument(
        "--rubric", metavar="ID", default="disclosure-immediacy", help="rubric to calibrate"
    )
    p.add_argument(
        "--show", type=int, default=20, metavar="N", help="disagreements to list per criterion"
    )
    p.add_argument(
        "--reviews",
        metavar="DIR",
        help="measure against supervisors' reviews in DIR (a reviews folder or the folder or "
        "data dir that holds it) instead of the exemplars",
    )
    p.add_argument(
        "--holdout",
        nargs="?",
        const="corpus",
        metavar="PATH",
        help="also measure on the labelled corpus's frozen holdout (a .jsonl file or a "
        "directory of them; default ./corpus)",
    )
    p.add_argument(
        "--labelled",
        metavar="PATH",
        help="also measure on every line of a labelled set kept apart from the corpus, in its "
        "format (e.g. bench/data/fresh_check)",
    )
    p.set_defaults(handler=_lazy("roleplay.cli.calibrate_cmd", "run"))

    p = command("schema", options=(), help="print the JSON Schema of a scenario or rubric file")
    p.add_argument("kind", choices=["scenario", "rubric", "drill"], help="which kind of file")
    p.add_argument("--out", metavar="FILE", help="write it to FILE (for an editor to use)")
    p.set_defaults(handler=_lazy("roleplay.cli.content_cmds", "schema"))

    p = command(
        "new", options=(), help="start a scenario, rubric or drill deck from a commented template"
    )
    p.add_argument("kind", choices=["scenario", "rubric", "drill"], help="which kind of file")
    p.add_argument("name", metavar="NAME", help="its id: lowercase words joined by '-'")
    p.add_argument(
        "--dir",
        default=".",
        metavar="DIR",
        help="content directory: writes DIR/scenarios/NAME.yaml (or rubrics/, drills/) and "
        "DIR/schemas/",
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(handler=_lazy("roleplay.cli.authoring_cmd", "new"))

    p = command("scenarios", options=CONTENT_ONLY, help="list scenarios and where each comes from")
    p.add_argument("--json", action="store_true", help="one JSON object per scenario")
    p.set_defaults(handler=_lazy("roleplay.cli.authoring_cmd", "list_scenarios"))

    p = command(
        "export",
        help="cohort gradebook: CSV, XLSX or JSONL from session files",
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="data dirs, folders or session files (default: your own data dir)",
    )
    p.add_argument("--format", choices=["csv", "xlsx", "jsonl"], help="default: from --out, or csv")
    p.add_argument(
        "--level",
        choices=["session", "turn", "trainee"],
        default="session",
        help="one row per session (default), per turn, or per trainee",
    )
    p.add_argument("--out", metavar="FILE", help="default: standard output (not for xlsx)")
    p.add_argument(
        "--no-text", action="store_true", help="leave out all free text (responses, rationales...)"
    )
    p.add_argument(
        "--verify", action="store_true", help="flag scores edited by hand (exit 1 if any)"
    )
    _selection_args(p)
    p.set_defaults(handler=_lazy("roleplay.cli.export_cmd", "export"))

    p = command("report", help="one self-contained HTML cohort report")
    p.add_argument("paths", nargs="+", metavar="PATH", help="data dirs, folders or session files")
    p.add_argument("--out", required=True, metavar="FILE.html", help="the HTML file to write")
    p.add_argument("--title", default="Cohort report", help="heading of the report")
    _selection_args(p)
    p.set_defaults(handler=_lazy("roleplay.cli.export_cmd", "report"))

    p = command("rescore", help="re-judge stored sessions beside the old scores")
    p.add_argument("paths", nargs="+", metavar="PATH", help="data dirs, folders or session files")
    p.add_argument("--rubric", metavar="ID", help="judge against this rubric, not the session's")
    p.add_argument(
        "--concurrency", type=int, default=8, metavar="N", help="attempts judged at once (LLM)"
    )
    p.set_defaults(handler=_lazy("roleplay.cli.rescore_cmd", "run"))

    p = command(
        "review",
        help="a supervisor rates and comments on stored sessions (review files beside them)",
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="session files, folders or data dirs (default: your own data dir)",
    )
    p.add_argument(
        "--reviewer", metavar="ID", help="your reviewer id, stamped on every review (required)"
    )
    p.set_defaults(handler=_lazy("roleplay.cli.review_cmd", "review"))

    p = command(
        "import-reviews",
        help="copy a supervisor's review files into your data dir, so history shows them",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="review files or folders holding them")
    p.set_defaults(handler=_lazy("roleplay.cli.review_cmd", "import_reviews"))

    p = command(
        "prep",
        options=(),
        help="supervision preparation (Markdown) from sessions: pauses, the client's rating, "
        "your reflection, moments worth discussing",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="session files, folders or data dirs")
    p.add_argument("--out", metavar="FILE.md", help="write it here (default: standard output)")
    p.set_defaults(handler=_lazy("roleplay.cli.review_cmd", "prep"))

    p = command(
        "fit",
        help="refit the offline judge on the corpus plus a course's supervisor reviews, into "
        "an instructor content directory",
    )
    p.add_argument(
        "--reviews",
        required=True,
        metavar="DIR",
        help="the supervisors' reviews (a reviews folder, or the data dir or folder holding it "
        "and the sessions)",
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help="the instructor content directory to write weights/judge.json into",
    )
    p.add_argument(
        "--name", default="course", help="a name for these weights, recorded with every score"
    )
    p.set_defaults(handler=_lazy("roleplay.cli.fit_cmd", "run"))

    p = command(
        "drill",
        help="deliberate-practice drills: short client statements, scored, repeated, "
        "difficulty adapting to how each set felt",
    )
    p.add_argument(
        "skill",
        nargs="?",
        default="self_disclosure",
        metavar="SKILL",
        help="the skill to drill: self_disclosure (default), immediacy, declining, boundary, "
        "rupture_repair (a criterion id, or a deck id)",
    )
    p.add_argument(
        "--level",
        choices=["beginner", "intermediate", "advanced"],
        default="beginner",
        help="level of the first set (default: beginner)",
    )
    p.add_argument(
        "--responses",
        metavar="FILE",
        help="answer headlessly from FILE (blocks separated by '---'; '-' reads stdin); "
        "without it the practice room opens in drill mode",
    )
    p.add_argument(
        "--rating",
        choices=["too_easy", "good_challenge", "too_hard"],
        default="good_challenge",
        help="headless: how each set felt, which sets the next set's level",
    )
    p.add_argument("--trainee", metavar="ID", help="the trainee id stored in the drill record")
    p.add_argument("--cohort", metavar="NAME", help="the cohort stored in the drill record")
    p.add_argument("--json", action="store_true", help="print the drill record as JSON")
    p.set_defaults(handler=_lazy("roleplay.cli.drill_cmd", "run"))


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
    group.add_argument(
        "--cohort", action="append", default=[], metavar="NAME", help="only this cohort"
    )
    group.add_argument(
        "--scenario", action="append", default=[], metavar="ID", help="only this scenario"
    )
    group.add_argument(
        "--trainee", action="append", default=[], metavar="ID", help="only this trainee"
    )
    group.add_argument(
        "--status",
        action="append",
        default=[],
        choices=["in_progress", "completed", "abandoned"],
        help="only sessions in this state",
    )
    group.add_argument("--since", metavar="DATE", help="sessions started on or after DATE")
    group.add_argument("--until", metavar="DATE", help="sessions started on or before DATE")


def _lazy(module: str, name: str) -> Any:
    def handler(args: argparse.Namespace) -> int:
        import importlib

        from roleplay.cli.output import stripped_output

        with stripped_output():
            return int(getattr(importlib.import_module(module), name)(args) or 0)

    return handler


def run_tui(args: argparse.Namespace) -> int:
    from roleplay.cli.shared import services_from

    services = services_from(args)
    from roleplay.tui.app import run_app

    return run_app(services, scenario=args.scenario, trainee=args.trainee, cohort=args.cohort)
