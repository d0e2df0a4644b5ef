"""Offline judge throughput on one core: `python scripts/judge_speed.py`.

Scores every train-split corpus response once per pass (the frozen holdout is never read:
fit_judge.corpus_rows sets it aside) and prints responses per CPU-second (time.process_time,
so other processes on a shared machine count less), best and median of the passes. The
normalise cache is cleared before each pass so repeated passes get no help from the last one.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_judge import corpus_rows, load_library

from roleplay.offline import text
from roleplay.offline.scorer import score_response


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=7)
    args = parser.parse_args()
    library = load_library()
    rows, held = corpus_rows(library)
    jobs = [(library.rubric(r.rubric).rubric, r.moment, r.response) for r in rows]
    for job in jobs[:50]:
        score_response(*job)  # imports and the weights file, loaded once
    rates = []
    for _ in range(args.passes):
        text.normalise.cache_clear()
        start = time.process_time()
        for job in jobs:
            score_response(*job)
        rates.append(len(jobs) / (time.process_time() - start))
    chars = sum(len(r.response) for r in rows) / len(rows)
    print(
        f"{len(jobs)} train-split responses ({held} holdout lines set aside), {chars:.0f} chars "
        f"mean: best {max(rates):,.0f}, median {statistics.median(rates):,.0f} responses per "
        f"CPU-second over {args.passes} passes"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
