"""The command line (the contract in docs/architecture.md and the README). Heavy imports wait
until a command needs them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from roleplay import __version__
from roleplay.controls import strip_controls
from roleplay.errors import ContentError, RoleplayError

# Global options may come before or after the command (`roleplay --offline practice ...` and
# `roleplay practice ... --offline` mean the same). argparse lets a subcommand's defaults overwrite
# what the main parser already read, so the copies under each command write to their own names
# (`sub_offline`, ...) and default to nothing; `_merge_global_options` joins the two.
GLOBAL_OPTIONS = ("offline", "content", "data_dir")


def _global_options(
    *, prefix: str, suppress: bool, only: tuple[str, ...] = GLOBAL_OPTIONS
) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group("global options (before or after the command)")
    default: object = argparse.SUPPRESS if suppress else None
    if "offline" in only:
        group.add_argument(
            "--offline",
            dest=f"{prefix}offline",
            action="store_true",
            default=default,
            help="use the embedded offline engine even if a server is configured",
        )
    if "content" in only:
        group.add_argument(
            "--content",
            dest=f"{prefix}content",
            action="append",
            metavar="DIR",
            default=default if suppress else [],
            help="an instructor content directory (scenarios/, rubrics/); repeatable",
        )
    if "data_dir" in only:
        group.add_argument(
            "--data-dir",
            dest=f"{prefix}data_dir",
            metavar="DIR",
            default=default,
            help="where sessions are kept (default: ROLEPLAY_DATA_DIR or the user data dir)",
        )
    return parser


def build_parser() -> argparse.ArgumentParser:
    from roleplay.cli import commands

    parser = argparse.ArgumentParser(
        prog="roleplay",
        parents=[_global_options(prefix="", suppress=False)],
        description="Practise self-disclosure and immediacy with a simulated client.",
        epilog="Without a command, the practice room (TUI) opens. "
        "Global options work before or after the command.",
    )
    parser.add_argument("--version", action="version", version=f"roleplay {__version__}")
    parser.add_argument("--scenario", metavar="ID", help="open straight into this scenario")
    parser.add_argument("--trainee", metavar="ID", help="your trainee id (remembered)")
    parser.add_argument("--cohort", metavar="NAME", help="your cohort (remembered)")
    parser.set_defaults(handler=commands.run_tui, global_options=GLOBAL_OPTIONS)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    commands.register(sub, lambda names: _global_options(prefix="sub_", suppress=True, only=names))
    return parser


def _merge_global_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Join a global option given before the command with one given after it.

    A command that has no use for an option refuses it by name rather than ignoring it, so
    `roleplay --offline schema scenario` cannot look as if it did something.
    """
    allowed = args.global_options
    command = getattr(args, "command", "the practice room")
    for name in GLOBAL_OPTIONS:
        before = getattr(args, name)
        if before and name not in allowed:
            flag = "--" + name.replace("_", "-")
            parser.error(f"{flag} has no effect on `roleplay {command}`")
    if getattr(args, "sub_offline", False):
        args.offline = True
    args.content = [*args.content, *getattr(args, "sub_content", [])]
    after = getattr(args, "sub_data_dir", None)
    if after is not None:
        if args.data_dir is not None and args.data_dir != after:
            parser.error(f"--data-dir given twice ({args.data_dir} and {after}): give it once")
        args.data_dir = after
    for name in GLOBAL_OPTIONS:
        if hasattr(args, f"sub_{name}"):
            delattr(args, f"sub_{name}")


def parse_args(
    argv: Sequence[str] | None, parser: argparse.ArgumentParser | None = None
) -> argparse.Namespace:
    """The command line read into one namespace, global options joined from either place."""
    parser = parser or build_parser()
    args = parser.parse_args(argv)
    _merge_global_options(parser, args)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parse_args(argv, parser)
    try:
        return int(args.handler(args) or 0)
    except ContentError as exc:
        for problem in exc.problems:
            print(strip_controls(str(problem)), file=sys.stderr)
        return exc.exit_code
    except RoleplayError as exc:
        # Messages may quote a server's or a file's words: never let them drive the terminal.
        print(f"roleplay: {strip_controls(exc.message)}", file=sys.stderr)
        if exc.hint:
            print(f"  hint: {strip_controls(exc.hint)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("roleplay: interrupted (anything already submitted is saved)", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `roleplay schema scenario | head`
        return 0
