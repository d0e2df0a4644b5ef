"""`roleplay calibrate --reviews DIR`: the active judge against supervisors' reviews.

Each reviewed response is scored again by the active judge (offline or LLM) at the moment it
answered, and compared with every supervisor who rated it; where two supervisors rated the same
words, their agreement with each other is shown too, as the ceiling a judge can be held to.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from roleplay.domain.replay import thaw
from roleplay.domain.session import Session
from roleplay.errors import UsageError
from roleplay.factory import Services
from roleplay.judge.agreement import Agreement
from roleplay.judge.review_agreement import (
    between_supervisors,
    disagreements,
    judge_reviewed,
    judge_vs_supervisors,
    reviewed_responses,
)
from roleplay.store.collect import collect_sessions
from roleplay.store.reviews import load_reviews


def _pct(value: float) -> str:
    return f"{100 * value:5.1f}%"


def _row(name: str, a: Agreement) -> str:
    kappa = f"{a.kappa:.2f}" if a.kappa is not None else "n/a"
    return (
        f"{name:<18}{a.items:>6}{_pct(a.presence):>12}{a.pairs:>8}"
        f"{_pct(a.exact):>8}{_pct(a.within_one):>10}{kappa:>10}"
    )


HEADER = (
    f"{'criterion':<18}{'items':>6}{'used agree':>12}{'scored':>8}{'exact':>8}"
    f"{'within 1':>10}{'QW kappa':>10}"
)


def run_reviews(services: Services, reviews_dir: Path, show: int) -> int:
    if not reviews_dir.exists():
        raise UsageError(f"{reviews_dir}: no such file or directory")
    reviews, problems = load_reviews([reviews_dir])
    for problem in problems:
        print(f"roleplay: {problem}", file=sys.stderr)
    if not reviews:
        raise UsageError(
            f"no review files in {reviews_dir}",
            "supervisors write them with `roleplay review PATH --reviewer ID`",
        )
    # The reviewed sessions sit beside their reviews folder (a data dir or a cohort folder).
    folder = reviews_dir.parent if reviews_dir.name == "reviews" else reviews_dir
    found, _ = collect_sessions([folder], Session)
    items, stale = reviewed_responses((f.session for f in found), reviews)
    if stale:
        print(
            f"roleplay: {stale} rating(s) set aside: their session is missing or its words "
            "changed after the review",
            file=sys.stderr,
        )
    if not items:
        raise UsageError("no reviewed response matches a session found beside the reviews")
    _, rubric = thaw(items[0].session)
    criteria = [c.id for c in rubric.criteria]
    judged = asyncio.run(_judge_then_close(services, items))
    lines = [
        f"Judge: {services.describe_engine()}",
        f"Reviews: {len(reviews)} file(s), {len(items)} rated response(s), "
        f"{len({r.reviewer for r in reviews})} reviewer(s)",
        "",
        "Judge against supervisors",
        HEADER,
    ]
    for criterion, a in judge_vs_supervisors(judged, criteria, rubric.scale).items():
        lines.append(_row(criterion, a))
    pairs = between_supervisors(items, criteria, rubric.scale)
    if pairs:
        lines += ["", "Supervisor against supervisor (same responses)", HEADER]
        lines += [_row(criterion, a) for criterion, a in pairs.items()]
    for criterion in criteria:
        misses = disagreements(judged, criterion)
        if not misses:
            continue
        lines += ["", f"Disagreements on {criterion} ({len(misses)}), widest first:"]
        for miss in misses[:show]:
            said = miss.item.ratings.get(criterion)
            got = miss.judged.get(criterion)
            text = " ".join(miss.item.response.split())
            text = text if len(text) <= 80 else text[:77] + "..."
            note = f" [{miss.item.comment[:60]}]" if miss.item.comment else ""
            lines.append(
                f"  {miss.item.review.reviewer} {_score(said)} vs judge {_score(got)}: {text}{note}"
            )
        if len(misses) > show:
            lines.append(f"  ... and {len(misses) - show} more (--show N)")
    print("\n".join(lines))
    return 0


def _score(value: int | None) -> str:
    return "not used" if value is None else str(value)


async def _judge_then_close(services: Services, items):
    try:
        return await judge_reviewed(items, services.judge)
    finally:
        await services.aclose()
