"""`roleplay export` and `roleplay report`: a cohort's session files to a gradebook or a report."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from roleplay.cli.shared import settings_from
from roleplay.errors import RoleplayError, UsageError
from roleplay.export.pseudonym import Pseudonymizer, load_key
from roleplay.export.records import SessionKey, SessionScores, SessionSummary
from roleplay.export.select import Selection, parse_bound
from roleplay.export.supervision import ReviewIndex, find_reviews
from roleplay.settings import Settings

if TYPE_CHECKING:
    from roleplay.export.verify import Verdict
    from roleplay.export.writers import Format
from roleplay.store.collect import (
    Found,
    Record,
    Skipped,
    collect_sessions,
    gc_paused,
    read_record,
)
from roleplay.store.files import atomic_writer, write_private


def gather(args: argparse.Namespace, model: type[Record]) -> list[Found[Record]]:
    """Session records under the paths (the data dir when none is given), filtered; anything
    unreadable is named on stderr."""
    if args.paths:
        paths = [Path(p).expanduser() for p in args.paths]
    else:
        paths = [settings_from(args).data_dir]
        print(f"roleplay: reading your own sessions in {paths[0]}", file=sys.stderr)
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
    chosen = [f for f in found if selection.matches(f.session)]  # type: ignore[arg-type]
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
    from roleplay.export.writers import write_table

    fmt = args.format or _format_of(args.out)
    if fmt == "xlsx" and not args.out:
        raise UsageError("XLSX needs a file: add --out FILE.xlsx")
    settings = settings_from(args)
    # Keys first (order, filters, columns); each session is read in full only when its rows are
    # written, so memory stays flat with the cohort's size. Only the turn level shows text;
    # without it, scores alone are read (faster, smaller).
    with_text = args.level == "turn" and not args.no_text
    chosen = gather(args, SessionKey)
    paths = {f.session.id: f.path for f in chosen}
    reviews = find_reviews(_paths_of(args, settings), paths.values())
    for problem in reviews.problems:
        print(f"roleplay: warning: {problem}", file=sys.stderr)
    with_reviews = args.level == "turn" and bool(reviews.by_session)
    # A rating joins a row only if it was made on the same words, so reviews need the response.
    model = SessionSummary if with_text or with_reviews else SessionScores
    verdicts = None
    flagged = edited_reviews = 0
    if args.verify:
        verdicts = verify_all([(f.session.id, f.path) for f in chosen])
        for verdict in verdicts.values():
            for flag in verdict.flags:
                print(f"roleplay: verify: {flag}", file=sys.stderr)
            flagged += bool(verdict.flags)
        edited_reviews = _verify_reviews(reviews)
    options = RowOptions(
        text=not args.no_text,
        rescored=args.rescored,
        pseudonym=pseudonymizer(args, settings),
        verdicts=verdicts,
        reviews=reviews if with_reviews else None,
    )

    def load(key: SessionKey) -> SessionSummary | None:
        record = read_record(paths[key.id], model)
        if isinstance(record, Skipped):  # the file changed since it was first read
            print(f"roleplay: warning: {record}", file=sys.stderr)
            return None
        return record

    named = dict.fromkeys(c for f in chosen for c in f.session.criterion_ids)
    criteria = list(named) if named else _default_criteria(args)
    table = build_table(args.level, [f.session for f in chosen], options, load, criteria)
    if args.out:
        with atomic_writer(Path(args.out).expanduser()) as handle:
            rows = write_table(table, fmt, handle)
    else:
        rows = write_table(table, fmt, sys.stdout.buffer)
        sys.stdout.flush()
    where = args.out or "standard output"
    print(
        f"roleplay: {rows} row(s) from {len(chosen)} session(s) written to {where}",
        file=sys.stderr,
    )
    if args.verify:
        checked = sum(v.checked for v in verdicts.values()) if verdicts else 0
        print(
            f"roleplay: verify: {checked} evaluation(s) checked; {flagged} session(s) flagged"
            + (f"; {edited_reviews} review file(s) edited by hand" if edited_reviews else ""),
            file=sys.stderr,
        )
    return 1 if flagged or edited_reviews else 0


def _default_criteria(args: argparse.Namespace) -> list[str]:
    """With no session to export, the columns of the default rubric, so the file keeps its
    header (a script or spreadsheet reading it still finds every column)."""
    from roleplay.content.library import load_library
    from roleplay.domain.scenario import Scenario

    dirs = [Path(d).expanduser() for d in getattr(args, "content", None) or []]
    try:
        library = load_library([(d, str(d)) for d in dirs])
        return library.rubric(Scenario.model_fields["rubric"].default).rubric.criterion_ids
    except RoleplayError:  # no readable rubric: an empty header is still an honest one
        return []


# Sessions fewer than this are verified in this process: starting workers would cost more.
PARALLEL_FROM = 64


def verify_all(
    sessions: list[tuple[str, Path]], parallel_from: int = PARALLEL_FROM
) -> dict[str, Verdict]:
    """Verdicts by session id. Re-scoring is CPU-bound, so a large cohort is spread over the
    machine's cores, one process each."""
    workers = min(os.cpu_count() or 1, len(sessions))
    if workers < 2 or len(sessions) < parallel_from:
        results = [verify_path(item) for item in sessions]
    else:
        context = multiprocessing.get_context("spawn")  # never fork a process with threads
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            results = list(pool.map(verify_path, sessions, chunksize=16))
    return dict(results)


def verify_path(session: tuple[str, Path]) -> tuple[str, Verdict]:
    """Verification needs the whole record (frozen scenario, set-aside turns): read it again."""
    from roleplay.export.verify import Flag, Verdict, verify_session

    session_id, path = session
    record = read_record(path)
    if isinstance(record, Skipped):  # pragma: no cover - the file changed under us
        verdict = Verdict()
        verdict.flags.append(Flag(path, session_id, None, None, record.reason))
        return session_id, verdict
    return session_id, verify_session(Found(path, record))


def report(args: argparse.Namespace) -> int:
    with gc_paused():
        return _report(args)


def _report(args: argparse.Namespace) -> int:
    from roleplay.export.report import build_report

    settings = settings_from(args)
    chosen = gather(args, SessionScores)
    html = build_report(
        [f.session for f in chosen],
        pseudonym=pseudonymizer(args, settings),
        rescored=args.rescored,
        title=args.title,
        supervision=_supervision(args, settings, {f.session.id: f.path for f in chosen}),
    )
    out = Path(args.out).expanduser()
    write_private(out, html.encode("utf-8"))
    print(f"roleplay: report on {len(chosen)} session(s) written to {out}", file=sys.stderr)
    return 0


def _supervision(args: argparse.Namespace, settings, paths: dict[str, Path]):
    """Agreement between supervisors' reviews and the recorded judge scores, for the report;
    None when no session in the report was reviewed."""
    from roleplay.domain.replay import thaw
    from roleplay.export.report_supervision import SupervisionSummary
    from roleplay.judge.review_agreement import (
        between_supervisors,
        judge_vs_supervisors,
        reviewed_responses,
        stored_judgements,
    )
    from roleplay.store.sessions import read_session

    reviews = find_reviews(_paths_of(args, settings), paths.values())
    chosen = [r for group in reviews.by_session.values() for r in group if r.session_id in paths]
    if not chosen:
        return None
    # Only the reviewed sessions are read in full, to check the words each rating was given to.
    sessions = [read_session(paths[sid]) for sid in {r.session_id for r in chosen}]
    items, _ = reviewed_responses(sessions, chosen)
    if not items:
        return None
    _, rubric = thaw(items[0].session)
    criteria = [c.id for c in rubric.criteria]
    return SupervisionSummary(
        reviews=len(chosen),
        responses=len({(i.session.id, i.turn, i.attempt) for i in items}),
        reviewers=len({r.reviewer for r in chosen}),
        judge=judge_vs_supervisors(stored_judgements(items), criteria, rubric.scale),
        between=between_supervisors(items, criteria, rubric.scale),
    )


def _paths_of(args: argparse.Namespace, settings) -> list[Path]:
    return [Path(p).expanduser() for p in args.paths] if args.paths else [settings.data_dir]


def _verify_reviews(reviews: ReviewIndex) -> int:
    """Review files edited by hand (their integrity hash no longer matches): named, counted."""
    from roleplay.domain.review import review_intact

    edited = 0
    for group in reviews.by_session.values():
        for review in group:
            if review_intact(review) is False:
                edited += 1
                print(
                    f"roleplay: verify: review of session {review.session_id} by "
                    f"{review.reviewer}: edited by hand (its integrity hash does not match)",
                    file=sys.stderr,
                )
    return edited


def _format_of(out: str | None) -> Format:
    suffix = Path(out).suffix.lower().lstrip(".") if out else ""
    if suffix == "xlsx":
        return "xlsx"
    return "jsonl" if suffix == "jsonl" else "csv"
