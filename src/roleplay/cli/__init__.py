"""The command line (the contract in docs/architecture.md and the README). Heavy imports wait
until a command needs them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from roleplay import __version__
from roleplay.errors import ContentError, RoleplayError


def build_parser() -> argparse.ArgumentParser:
    from roleplay.cli import commands

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--offline",
        action="store_true",
        default=None,
        help="use the embedded offline engine even if a server is configured",
    )
    common.add_argument(
        "--content",
        action="append",
        metavar="DIR",
        default=[],
        help="an instructor content directory (scenarios/, rubrics/); repeatable",
    )
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where sessions are kept (default: ROLEPLAY_DATA_DIR or the user data dir)",
    )

    parser = argparse.ArgumentParser(
        prog="roleplay",
        parents=[common],
        description="Practise self-disclosure and immediacy with a simulated client.",
        epilog="Without a command, the practice room (TUI) opens.",
    )
    parser.add_argument("--version", action="version", version=f"roleplay {__version__}")
    parser.add_argument("--scenario", metavar="ID", help="open straight into this scenario")
    parser.add_argument("--trainee", metavar="ID", help="your trainee id (remembered)")
    parser.add_argument("--cohort", metavar="NAME", help="your cohort (remembered)")
    parser.set_defaults(handler=commands.run_tui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    commands.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return exc.exit_code
    except RoleplayError as exc:
        print(f"roleplay: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(f"  hint: {exc.hint}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("roleplay: interrupted (anything already submitted is saved)", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `roleplay schema scenario | head`
        return 0
