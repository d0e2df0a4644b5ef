"""`roleplay review PATH...` (the supervisor's screen) and `roleplay import-reviews PATH...`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from roleplay.cli.shared import services_from, settings_from
from roleplay.domain.session import Session
from roleplay.errors import StoreError, UsageError
from roleplay.store.collect import collect_sessions
from roleplay.store.files import atomic_write, ensure_private_dir
from roleplay.store.reviews import REVIEWS, read_review, review_files


def review(args: argparse.Namespace) -> int:
    from roleplay.practice.supervision import open_for_review

    if not args.reviewer:
        raise UsageError(
            "a reviewer id is needed: it is stamped on every rating you give",
            "pass --reviewer YOUR-ID (your staff or supervisor id)",
        )
    services = services_from(args)
    paths = [Path(p) for p in args.paths] or [services.settings.data_dir]
    found, skipped = collect_sessions(paths, Session)
    for item in skipped:
        print(f"roleplay: {item}", file=sys.stderr)
    sessions = sorted(((f.path, f.session) for f in found), key=lambda pair: pair[1].started_at)
    queue = open_for_review(sessions, args.reviewer)
    from roleplay.tui.app import run_app

    return run_app(services, review=queue)


def import_reviews(args: argparse.Namespace) -> int:
    """Copy review files into the data dir's reviews/, each checked first; a newer copy already
    there is kept."""
    target_dir = ensure_private_dir(settings_from(args).data_dir) / REVIEWS
    imported = 0
    sources: list[Path] = []
    for name in args.paths:
        path = Path(name)
        if path.is_file():
            sources.append(path)
        elif path.is_dir():
            sources += list(review_files([path]))
        elif path.exists():  # a FIFO or device: refused by the reader, with what it is
            sources.append(path)
        else:
            raise UsageError(f"{name}: no such file or directory")
    for source in sources:
        try:
            incoming = read_review(source)
        except StoreError as exc:
            print(f"roleplay: {exc.message}: skipped", file=sys.stderr)
            continue
        target = target_dir / source.name
        if target.exists():
            try:
                if read_review(target).updated_at >= incoming.updated_at:
                    continue  # what is here is as new or newer
            except StoreError:
                pass  # a broken copy is replaced by a readable one
        atomic_write(target, incoming.model_dump_json(indent=1).encode("utf-8"))
        imported += 1
    print(f"imported {imported} review file(s) into {target_dir}", file=sys.stderr)
    return 0


def prep(args: argparse.Namespace) -> int:
    """`roleplay prep PATH...`: supervision preparation (Markdown) for each session found."""
    from roleplay.practice.records import thaw
    from roleplay.practice.supervision_prep import supervision_prep
    from roleplay.store.files import write_private

    paths = [Path(p) for p in args.paths]
    found, skipped = collect_sessions(paths, Session)
    for problem in skipped:
        print(f"roleplay: {problem}", file=sys.stderr)
    if not found:
        raise UsageError("no session records found there", "name session files or a data dir")
    documents = []
    for item in sorted(found, key=lambda f: f.session.started_at):
        scenario, rubric = thaw(item.session)
        documents.append(supervision_prep(item.session, scenario, rubric))
    text = "\n---\n\n".join(documents)
    if args.out:
        write_private(Path(args.out), text.encode("utf-8"))
        print(f"written: {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)  # md_text has already removed control characters
    return 0
