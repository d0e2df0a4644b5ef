"""Helpers shared by the commands: settings from arguments, input files, output files."""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from roleplay.errors import UsageError
from roleplay.regular_files import RefusedFile, open_regular, read_regular
from roleplay.settings import Settings, load_settings

if TYPE_CHECKING:
    from roleplay.factory import Services


def settings_from(args: argparse.Namespace) -> Settings:
    settings = load_settings()
    return settings.with_overrides(
        offline=True if getattr(args, "offline", None) else None,
        data_dir=Path(args.data_dir).expanduser() if getattr(args, "data_dir", None) else None,
    )


def services_from(args: argparse.Namespace) -> Services:
    # Imported here: commands that only read files (export, report) never load the engines.
    from roleplay.factory import build_services

    dirs = [Path(d).expanduser() for d in getattr(args, "content", []) or []]
    return build_services(settings_from(args), content_dirs=dirs)


# A file of practice responses: a session is tens of turns of at most 4,000 characters each.
MAX_RESPONSES_BYTES = 1024 * 1024
# One line of `score` input: a response (at most 4,000 characters) with its client line and
# context. Longer lines are refused before they are parsed.
MAX_SCORE_LINE_BYTES = 1024 * 1024


def read_input(name: str, limit: int = MAX_RESPONSES_BYTES, what: str = "an input file") -> str:
    """Text of FILE (a regular file of at most `limit` bytes), or of stdin for '-', as UTF-8."""
    if name == "-":
        text = sys.stdin.read(limit + 1)
        if len(text) > limit:
            raise UsageError(
                f"standard input is over {limit:,} characters; {what} is limited to that"
            )
        return text.removeprefix("\ufeff")
    try:
        raw = read_regular(name, limit, what)
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file") from None
    except RefusedFile as exc:
        raise UsageError(f"{name}: {exc.reason}", _refused_hint(exc)) from None
    except OSError as exc:
        raise UsageError(f"{name}: cannot read ({exc.strerror})") from None
    return decode_utf8(raw, name)


def decode_utf8(raw: bytes, name: str, first_line: int = 1) -> str:
    try:
        return raw.decode("utf-8-sig" if first_line == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        line = first_line + raw[: exc.start].count(b"\n")
        raise UsageError(f"{name}:{line}: not UTF-8 text", "save the file as UTF-8") from None


def input_lines(name: str, limit: int) -> Iterator[tuple[int, str | None]]:
    """(line number, text) for each line of FILE or stdin ('-'), read at most `limit` bytes at a
    time: a line longer than `limit` comes back as None and is never held in memory whole."""
    if name == "-":
        yield from _bounded(sys.stdin.readline, limit, lambda line, _n: line)
        return
    try:
        handle = open_regular(name)
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file") from None
    except RefusedFile as exc:
        raise UsageError(f"{name}: {exc.reason}", _refused_hint(exc)) from None
    except OSError as exc:
        raise UsageError(f"{name}: cannot read ({exc.strerror})") from None
    with handle:
        yield from _bounded(handle.readline, limit, lambda line, n: decode_utf8(line, name, n))


def _bounded(readline, limit: int, decode) -> Iterator[tuple[int, str | None]]:
    number = 0
    while True:
        line = readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit or line[-1:] in ("\n", b"\n"):
            yield number, decode(line, number)
            continue
        # Too long: skip to the end of this line in bounded pieces.
        while line and line[-1:] not in ("\n", b"\n"):
            line = readline(limit)
        yield number, None


def _refused_hint(exc: RefusedFile) -> str:
    if exc.errno == errno.EFBIG:
        return "is it the right file? split it into smaller files"
    return "name a regular file, or - to read standard input"
