"""`roleplay fit --reviews DIR --out DIR`: refit the offline judge on the shipped corpus plus a
course's supervisor reviews, and write the weights into an instructor content directory.

Every trainee who uses that content directory (`--content DIR`, or the content_dirs setting) is
then judged by the course's weights; each evaluation names the weights that judged it.

A part of the reviewed sessions is held back (about a quarter, chosen by a hash of the session
id, never fitted on) to show agreement with the supervisors before and after. The shipped
corpus's frozen holdout is scored before and after too: a criterion whose agreement there drops
by more than MARGIN is named, so a course can see what its standard costs against the
literature's. Too few reviews to say anything is refused.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from roleplay.cli.shared import services_from
from roleplay.content.library import ContentLibrary, corpus_dir
from roleplay.domain.replay import moment_at, thaw
from roleplay.domain.session import Session
from roleplay.errors import UsageError
from roleplay.judge.agreement import Agreement, agreement
from roleplay.judge.holdout import in_holdout, parse_labelled
from roleplay.judge.review_agreement import (
    JudgedReview,
    ReviewedResponse,
    judge_vs_supervisors,
    reviewed_responses,
)
from roleplay.offline.fitting import FitUnavailable, Row, fit, weights_text
from roleplay.offline.model import WEIGHTS_FILE, Weights, parse_weights, shipped_weights
from roleplay.offline.scorer import score_response
from roleplay.store.collect import collect_sessions
from roleplay.store.files import PUBLIC_DIR_MODE, PUBLIC_FILE_MODE, atomic_write
from roleplay.store.reviews import load_reviews

MIN_RESPONSES = 30  # rated responses, all reviewers together
MIN_SESSIONS = 4  # so some can be held back and some fitted on
# A course's own ratings count this many times a corpus line: they are its standard.
REVIEW_WEIGHT = 5
# Agreement on the shipped holdout may move this much before fit names the criterion.
MARGIN = 0.02


@dataclass(frozen=True)
class Figures:
    before: dict[str, Agreement]
    after: dict[str, Agreement]


def run(args: argparse.Namespace) -> int:
    services = services_from(args)
    library = services.library
    reviews_dir = Path(args.reviews).expanduser()
    items, sessions = _reviewed(reviews_dir)
    held, fitted = _split(items)
    current = services.weights or shipped_weights()
    print(
        f"fit: {len(items)} rated response(s) in {sessions} session(s); "
        f"{len({i.session.id for i in held})} session(s) held back to measure, "
        f"the rest fitted on with the corpus (each rating counts {REVIEW_WEIGHT}x)",
        file=sys.stderr,
    )
    rows = _corpus_rows(library) + [
        row for item in fitted for row in [_review_row(item)] * REVIEW_WEIGHT
    ]
    try:
        fitted_weights = fit(rows, library, name=args.name)
    except FitUnavailable as exc:
        raise UsageError(str(exc), "install the fit extra, then run roleplay fit again") from exc
    text = weights_text(fitted_weights)
    new = parse_weights(text.encode("utf-8"))
    reviews_before = _against_reviews(held, current)
    reviews_after = _against_reviews(held, new)
    holdout = [line for line in _corpus_lines(library) if in_holdout(line.moment_id)]
    shipped_before = _against_labels(holdout, library, current)
    shipped_after = _against_labels(holdout, library, new)
    out = Path(args.out).expanduser() / WEIGHTS_FILE
    atomic_write(out, text.encode("utf-8"), mode=PUBLIC_FILE_MODE, dir_mode=PUBLIC_DIR_MODE)
    print(_report(current, new, Figures(reviews_before, reviews_after)))
    dropped = _dropped(Figures(shipped_before, shipped_after))
    print()
    print(
        _table("Shipped corpus holdout (the literature's standard)", shipped_before, shipped_after)
    )
    if dropped:
        print(
            f"\nroleplay: fit: on the shipped holdout, agreement fell by more than {MARGIN:.0%} "
            f"for {', '.join(dropped)}: the course's standard differs from the corpus's there",
            file=sys.stderr,
        )
    print(f"\nwrote {out}: trainees using --content {args.out} are judged by {new.label}")
    return 0


def _reviewed(reviews_dir: Path) -> tuple[list[ReviewedResponse], int]:
    if not reviews_dir.exists():
        raise UsageError(f"{reviews_dir}: no such file or directory")
    reviews, problems = load_reviews([reviews_dir])
    for problem in problems:
        print(f"roleplay: {problem}", file=sys.stderr)
    folder = reviews_dir.parent if reviews_dir.name == "reviews" else reviews_dir
    found, _ = collect_sessions([folder], Session)
    items, stale = reviewed_responses((f.session for f in found), reviews)
    if stale:
        print(f"roleplay: fit: {stale} rating(s) set aside (words changed)", file=sys.stderr)
    sessions = len({i.session.id for i in items})
    if len(items) < MIN_RESPONSES or sessions < MIN_SESSIONS:
        raise UsageError(
            f"too few reviews to say anything: {len(items)} rated response(s) in {sessions} "
            f"session(s); fit needs at least {MIN_RESPONSES} in {MIN_SESSIONS} sessions",
            "review more sessions with `roleplay review`, then run fit again",
        )
    return items, sessions


def _split(items: list[ReviewedResponse]) -> tuple[list[ReviewedResponse], list[ReviewedResponse]]:
    """About a quarter of the sessions (at least one) held back, chosen by a hash of their id."""
    ids = sorted({i.session.id for i in items}, key=lambda s: hashlib.sha256(s.encode()).digest())
    held_ids = set(ids[: max(1, len(ids) // 4)])
    held = [i for i in items if i.session.id in held_ids]
    return held, [i for i in items if i.session.id not in held_ids]


def _review_row(item: ReviewedResponse) -> Row:
    scenario, rubric = thaw(item.session)
    moment = moment_at(scenario, item.session.turns, item.turn)
    labels = {cid: item.ratings[cid] for cid in rubric.criterion_ids if cid in item.ratings}
    return Row(f"review/{item.session.id}", rubric.id, moment, item.response, labels)


def _corpus_lines(library: ContentLibrary):
    directory = corpus_dir()
    if directory is None:
        raise UsageError("the labelled corpus is not installed with this copy of roleplay")
    lines = []
    for path in sorted(directory.glob("*.jsonl")):
        text = path.read_text(encoding="utf-8")
        lines += parse_labelled(text, str(path), library, holdout_only=False)
    return lines


def _corpus_rows(library: ContentLibrary) -> list[Row]:
    """The corpus's training side only: the frozen holdout is never fitted on."""
    return [
        Row(line.moment_id, line.rubric, line.moment, line.response, dict(line.labels))
        for line in _corpus_lines(library)
        if not in_holdout(line.moment_id)
    ]


def _against_reviews(items: list[ReviewedResponse], weights: Weights) -> dict[str, Agreement]:
    judged: list[JudgedReview] = []
    for item in items:
        scenario, rubric = thaw(item.session)
        moment = moment_at(scenario, item.session.turns, item.turn)
        evaluation = score_response(rubric, moment, item.response, weights)
        scores = {
            cid: (r.score if r.applicable else None) for cid, r in evaluation.criteria.items()
        }
        judged.append(JudgedReview(item, scores))
    _, rubric = thaw(items[0].session)
    return judge_vs_supervisors(judged, rubric.criterion_ids, rubric.scale)


def _against_labels(lines, library: ContentLibrary, weights: Weights) -> dict[str, Agreement]:
    pairs: dict[str, tuple[list[int | None], list[int | None]]] = {}
    scale = None
    for line in lines:
        rubric = library.rubric(line.rubric).rubric
        scale = rubric.scale
        evaluation = score_response(rubric, line.moment, line.response, weights)
        for cid, label in line.labels.items():
            result = evaluation.criteria.get(cid)
            judged = result.score if result and result.applicable else None
            expected, got = pairs.setdefault(cid, ([], []))
            expected.append(label)
            got.append(judged)
    if scale is None:
        return {}
    return {cid: agreement(e, g, scale.min, scale.max) for cid, (e, g) in sorted(pairs.items())}


def _dropped(figures: Figures) -> list[str]:
    out = []
    for cid, before in figures.before.items():
        after = figures.after.get(cid)
        if after is None:
            continue
        if after.presence < before.presence - MARGIN or (
            before.pairs and after.within_one < before.within_one - MARGIN
        ):
            out.append(cid)
    return out


def _row(a: Agreement | None) -> str:
    if a is None:
        return f"{'-':>8}{'-':>8}{'-':>8}"
    within = f"{a.within_one:.2f}" if a.pairs else "n/a"
    exact = f"{a.exact:.2f}" if a.pairs else "n/a"
    return f"{a.presence:>8.2f}{within:>8}{exact:>8}"


def _table(title: str, before: dict[str, Agreement], after: dict[str, Agreement]) -> str:
    lines = [
        title,
        f"{'':<16}{'before':>24}{'after':>24}",
        f"{'criterion':<16}" + f"{'used':>8}{'within1':>8}{'exact':>8}" * 2,
    ]
    for cid in sorted(set(before) | set(after)):
        lines.append(f"{cid:<16}{_row(before.get(cid))}{_row(after.get(cid))}")
    return "\n".join(lines)


def _report(current: Weights, new: Weights, reviews: Figures) -> str:
    return _table(
        f"Held-back reviews: the supervisors against {current.label} (before) and "
        f"{new.label} (after)",
        reviews.before,
        reviews.after,
    )
