"""Helpers shared by the commands: settings from arguments, input files, output files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from roleplay.errors import UsageError
from roleplay.settings import Settings

if TYPE_CHECKING:
    from roleplay.factory import Services


def settings_from(args: argparse.Namespace) -> Settings:
    settings = Settings()
    return settings.with_overrides(
        offline=True if getattr(args, "offline", None) else None,
        data_dir=Path(args.data_dir).expanduser() if getattr(args, "data_dir", None) else None,
    )


def services_from(args: argparse.Namespace) -> Services:
    # Imported here: commands that only read files (export, report) never load the engines.
    from roleplay.factory import build_services

    dirs = [Path(d).expanduser() for d in getattr(args, "content", []) or []]
    return build_services(settings_from(args), content_dirs=dirs)


def read_input(name: str) -> str:
    """Text of FILE, or of stdin for '-', as UTF-8 with a clear error otherwise."""
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file") from None
    except OSError as exc:
        raise UsageError(f"{name}: cannot read ({exc.strerror})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UsageError(f"{name}:{line}: not UTF-8 text", "save the file as UTF-8") from None
