"""`roleplay calibrate [--rubric ID] [--holdout [PATH] | --labelled PATH]`: how far the active
judge agrees with the instructors' exemplars (scored along their intended path) and, with
--holdout, with the labels of the corpus's frozen holdout, or with --labelled, with every line of
a labelled set kept apart from the corpus."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from roleplay.cli.shared import read_input, services_from
from roleplay.content.library import ContentLibrary
from roleplay.errors import UsageError
from roleplay.factory import Services
from roleplay.judge.agreement import Agreement
from roleplay.judge.calibrate import Calibration, HoldoutCalibration, calibrate, calibrate_labelled
from roleplay.judge.holdout import LabelledLine, parse_labelled


def run(args: argparse.Namespace) -> int:
    services = services_from(args)
    if args.reviews:
        from roleplay.cli.calibrate_reviews import run_reviews

        return run_reviews(services, Path(args.reviews), args.show)
    source = args.labelled or args.holdout
    holdout = (
        _holdout_lines(Path(source), services.library, holdout_only=not args.labelled)
        if source
        else None
    )
    # The judge is built in one place (services, with its fallback wrapper) and closed once.
    result, measured = asyncio.run(_calibrate_then_close(services, args.rubric, holdout))
    print(report(result, services.describe_engine(), args.show))
    if measured is not None:
        print()
        print(holdout_report(measured, source, every_line=bool(args.labelled)))
    fell_back = [c for c in result.cases if c.evaluation.judge == "offline-fallback"]
    if fell_back:  # the figures above mix two judges: say so, and why
        reason = fell_back[-1].evaluation.fallback_reason
        print(
            f"roleplay: {len(fell_back)} of {len(result.cases)} exemplars were scored by the "
            f"offline engine because the server failed ({reason})",
            file=sys.stderr,
        )
        return 1
    return 0


async def _calibrate_then_close(
    services: Services, rubric: str, holdout: list[LabelledLine] | None
) -> tuple[Calibration, HoldoutCalibration | None]:
    try:
        result = await calibrate(services.library, rubric, services.judge)
        measured = None
        if holdout is not None:
            measured = await calibrate_labelled(services.library, holdout, services.judge)
        return result, measured
    finally:
        await services.aclose()


def _holdout_lines(path: Path, library: ContentLibrary, holdout_only: bool) -> list[LabelledLine]:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not path.exists() or not files:
        raise UsageError(
            f"no labelled corpus at {path}",
            "give --holdout a .jsonl file or a directory of them (the repository's corpus/)",
        )
    lines: list[LabelledLine] = []
    for file in files:
        lines += parse_labelled(read_input(str(file)), str(file), library, holdout_only)
    if not lines:
        where = "in the frozen holdout" if holdout_only else "labelled"
        raise UsageError(f"{path} has no lines {where}")
    return lines


def holdout_report(result: HoldoutCalibration, source: str, every_line: bool = False) -> str:
    title = (
        f"Labelled set: {result.lines} lines at {result.moments} moments from {source} "
        "(every line; kept apart from the corpus)"
        if every_line
        else f"Frozen holdout: {result.lines} lines at {result.moments} moments from {source} "
        "(never fitted or tuned on)"
    )
    lines = [
        title,
        "",
        _header(),
    ]
    lines += [_row(criterion, a) for criterion, a in result.by_criterion.items()]
    if len(result.by_criterion) > 1:
        lines.append(_row("all criteria", _pooled(list(result.by_criterion.values()))))
    return "\n".join(lines)


def _pooled(rows: list[Agreement]) -> Agreement:
    """Every criterion's items and pairs counted together (kappa does not pool: n/a)."""
    items = sum(a.items for a in rows)
    pairs = sum(a.pairs for a in rows)
    return Agreement(
        pairs=pairs,
        exact=sum(a.exact * a.pairs for a in rows) / pairs if pairs else 0.0,
        within_one=sum(a.within_one * a.pairs for a in rows) / pairs if pairs else 0.0,
        kappa=None,
        presence=sum(a.presence * a.items for a in rows) / items if items else 0.0,
        items=items,
    )


def _header() -> str:
    return (
        f"{'criterion':<18}{'items':>6}{'used agree':>12}{'scored':>8}{'exact':>8}"
        f"{'within 1':>10}{'QW kappa':>10}"
    )


def _row(criterion: str, a: Agreement) -> str:
    kappa = f"{a.kappa:.2f}" if a.kappa is not None else "n/a"
    return (
        f"{criterion:<18}{a.items:>6}{_pct(a.presence):>12}{a.pairs:>8}"
        f"{_pct(a.exact):>8}{_pct(a.within_one):>10}{kappa:>10}"
    )


def _pct(value: float) -> str:
    return f"{100 * value:5.1f}%"


def report(result: Calibration, engine: str, show: int) -> str:
    lines = [
        f"Judge: {engine}",
        f"Rubric: {result.rubric.id} v{result.rubric.version}, {len(result.cases)} exemplars "
        "(each scored after the strong answers along its intended path)",
        "",
        _header(),
    ]
    lines += [_row(criterion, a) for criterion, a in result.by_criterion.items()]
    for criterion in result.by_criterion:
        misses = result.disagreements(criterion)
        if not misses:
            continue
        lines += ["", f"Disagreements on {criterion} ({len(misses)}):"]
        for case in misses[:show]:
            expected = case.exemplar.scores[criterion]
            judged = case.judged(criterion)
            text = " ".join(case.exemplar.response.split())
            text = text if len(text) <= 90 else text[:87] + "..."
            lines.append(
                f"  {case.scenario.id}/{case.beat.id}: instructor "
                f"{expected if expected is not None else 'not used'}, judge "
                f"{judged if judged is not None else 'not used'}: {text}"
            )
        if len(misses) > show:
            lines.append(f"  ... and {len(misses) - show} more (--show N)")
    return "\n".join(lines)
