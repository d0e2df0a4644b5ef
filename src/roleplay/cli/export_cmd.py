"""`roleplay export` and `roleplay report`: a cohort's session files to a gradebook or a report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from roleplay.cli.shared import settings_from
from roleplay.errors import UsageError
from roleplay.export.pseudonym import Pseudonymizer, load_key
from roleplay.export.records import SessionScores, SessionSummary
from roleplay.export.select import Selection, parse_bound
from roleplay.settings import Settings

if TYPE_CHECKING:
    from roleplay.export.verify import Verdict
    from roleplay.export.writers import Format
from roleplay.store.collect import Found, Skipped, collect_sessions, gc_paused, read_record
from roleplay.store.files import write_private


def gather(
    args: argparse.Namespace, model: type[SessionSummary] = SessionScores
) -> list[Found[SessionSummary]]:
    """Session records under the paths, filtered; anything unreadable is named on stderr."""
    paths = [Path(p).expanduser() for p in args.paths]
    found, skipped = collect_sessions(paths, model)
    for item in skipped:
        print(f"roleplay: warning: {item}", file=sys.stderr)
    selection = Selection(
        cohorts=frozenset(args.cohort),
        scenarios=frozenset(args.scenario),
        trainees=frozenset(args.trainee),
        statuses=frozenset(args.status),
        since=parse_bound(args.since, end=False) if args.since else None,
        until=parse_bound(args.until, end=True) if args.until else None,
    )
    chosen = [f for f in found if selection.matches(f.session)]
    if found and not chosen:
        print("roleplay: warning: no session matches the filters", file=sys.stderr)
    elif not found:
        print("roleplay: warning: no session records found", file=sys.stderr)
    return chosen


def pseudonymizer(args: argparse.Namespace, settings: Settings) -> Pseudonymizer | None:
    if not args.pseudonymize:
        return None
    configured = settings.pseudonym_key.get_secret_value() if settings.pseudonym_key else None
    return Pseudonymizer(load_key(settings.data_dir, configured))


def export(args: argparse.Namespace) -> int:
    with gc_paused():
        return _export(args)


def _export(args: argparse.Namespace) -> int:
    from roleplay.export.rows import RowOptions, build_table
    from roleplay.export.verify import verify_session
    from roleplay.export.writers import render

    fmt = args.format or _format_of(args.out)
    if fmt == "xlsx" and not args.out:
        raise UsageError("XLSX needs a file: add --out FILE.xlsx")
    settings = settings_from(args)
    # Only the turn level shows text; without it, scores alone are read (faster, smaller).
    with_text = args.level == "turn" and not args.no_text
    chosen = gather(args, SessionSummary if with_text else SessionScores)
    verdicts = None
    flagged = 0
    if args.verify:
        verdicts = {f.session.id: _verify(f, verify_session) for f in chosen}
        for verdict in verdicts.values():
            for flag in verdict.flags:
                print(f"roleplay: verify: {flag}", file=sys.stderr)
            flagged += bool(verdict.flags)
    options = RowOptions(
        text=not args.no_text,
        rescored=args.rescored,
        pseudonym=pseudonymizer(args, settings),
        verdicts=verdicts,
    )
    table = build_table(args.level, [f.session for f in chosen], options)
    data = render(table, fmt)
    if args.out:
        write_private(Path(args.out).expanduser(), data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    where = args.out or "standard output"
    print(
        f"roleplay: {len(table.rows)} row(s) from {len(chosen)} session(s) written to {where}",
        file=sys.stderr,
    )
    if args.verify:
        checked = sum(v.checked for v in verdicts.values()) if verdicts else 0
        print(
            f"roleplay: verify: {checked} evaluation(s) checked; {flagged} session(s) flagged",
            file=sys.stderr,
        )
    return 1 if flagged else 0


def _verify(found: Found[SessionSummary], verify_session) -> Verdict:
    """Verification needs the whole record (frozen scenario, set-aside turns): read it again."""
    from roleplay.export.verify import Flag, Verdict

    record = read_record(found.path)
    if isinstance(record, Skipped):  # pragma: no cover - the file changed under us
        verdict = Verdict()
        verdict.flags.append(Flag(found.path, found.session.id, None, None, record.reason))
        return verdict
    return verify_session(Found(found.path, record))


def report(args: argparse.Namespace) -> int:
    with gc_paused():
        return _report(args)


def _report(args: argparse.Namespace) -> int:
    from roleplay.export.report import build_report

    settings = settings_from(args)
    chosen = gather(args)
    html = build_report(
        [f.session for f in chosen],
        pseudonym=pseudonymizer(args, settings),
        rescored=args.rescored,
        title=args.title,
    )
    out = Path(args.out).expanduser()
    write_private(out, html.encode("utf-8"))
    print(f"roleplay: report on {len(chosen)} session(s) written to {out}", file=sys.stderr)
    return 0


def _format_of(out: str | None) -> Format:
    suffix = Path(out).suffix.lower().lstrip(".") if out else ""
    if suffix == "xlsx":
        return "xlsx"
    return "jsonl" if suffix == "jsonl" else "csv"
