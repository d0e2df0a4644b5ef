"""`roleplay calibrate [--rubric ID]`: how far the active judge agrees with the exemplars."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from roleplay.cli.shared import services_from
from roleplay.factory import Services
from roleplay.judge.calibrate import Calibration, calibrate


def run(args: argparse.Namespace) -> int:
    services = services_from(args)
    if args.reviews:
        from roleplay.cli.calibrate_reviews import run_reviews

        return run_reviews(services, Path(args.reviews), args.show)
    result = asyncio.run(_calibrate_then_close(services, args.rubric))
    print(report(result, services.describe_engine(), args.show))
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


async def _calibrate_then_close(services: Services, rubric: str) -> Calibration:
    try:
        return await calibrate(services.library, rubric, services.judge)
    finally:
        await services.aclose()


def _pct(value: float) -> str:
    return f"{100 * value:5.1f}%"


def report(result: Calibration, engine: str, show: int) -> str:
    lines = [
        f"Judge: {engine}",
        f"Rubric: {result.rubric.id} v{result.rubric.version}, {len(result.cases)} exemplars",
        "",
        f"{'criterion':<18}{'items':>6}{'used agree':>12}{'scored':>8}{'exact':>8}"
        f"{'within 1':>10}{'QW kappa':>10}",
    ]
    for criterion, a in result.by_criterion.items():
        kappa = f"{a.kappa:.2f}" if a.kappa is not None else "n/a"
        lines.append(
            f"{criterion:<18}{a.items:>6}{_pct(a.presence):>12}{a.pairs:>8}"
            f"{_pct(a.exact):>8}{_pct(a.within_one):>10}{kappa:>10}"
        )
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
