"""Feedback validity and speed of the offline scorer.

Prints, for the labelled dev sets in tests/data: presence accuracy and good-vs-harmful AUC per
skill, and mean absolute score error; for ESConv (../shared/data, noisy crowd labels, read in
place and never copied): self-disclosure presence precision, recall and F1; for the instructors'
exemplars: the calibrate figures; then scoring throughput on one core and peak memory.
Run: `.venv/bin/python -m bench.bench_scorer` (or `make bench`).
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from pathlib import Path

from bench.machine import header, peak_rss_mb
from roleplay.content.library import load_library
from roleplay.domain.moment import Line, Moment
from roleplay.judge.calibrate import calibrate
from roleplay.judge.offline import OfflineJudge
from roleplay.offline.scorer import score_response

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ROLEPLAY_SHARED_DATA", REPO.parent / "shared" / "data"))
SPEAKER = {"seeker": "client", "supporter": "trainee", "client": "client", "trainee": "trainee"}


def moment_of(row: dict) -> Moment:
    context = [
        Line(speaker=SPEAKER.get(c["speaker"], "client"), text=c["text"])
        for c in row.get("context", [])
    ]
    client = row.get("client_line") or next(
        (c.text for c in reversed(context) if c.speaker == "client"), ""
    )
    return Moment(client_line=client, invites=row.get("invites"), context=context)


def auc(pos: list[float], neg: list[float]) -> float:
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def labelled_set(path: Path, rubric) -> None:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    print(f"\n{path.relative_to(REPO)} ({len(rows)} responses)")
    print(f"  {'skill':<16}{'presence acc':>13}{'AUC good>harmful':>18}{'MAE (both used)':>17}")
    for skill in ("self_disclosure", "immediacy"):
        correct, good, bad, errors = 0, [], [], []
        for row in rows:
            result = score_response(rubric, moment_of(row), row["response"]).criteria[skill]
            label = row["labels"][skill]
            correct += result.applicable == label["present"]
            value = result.score if result.applicable else 0
            if label["quality"] == "good":
                good.append(value)
            elif label["quality"] == "harmful":
                bad.append(value)
            if result.applicable and label["present"]:
                errors.append(abs(result.score - label["score"]))
        mae = sum(errors) / len(errors) if errors else float("nan")
        print(f"  {skill:<16}{correct / len(rows):>13.3f}{auc(good, bad):>18.3f}{mae:>17.2f}")


def presence_set(path: Path, rubric) -> float:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    tp = fp = fn = tn = 0
    start = time.perf_counter()
    for row in rows:
        used = (
            score_response(rubric, moment_of(row), row["response"])
            .criteria["self_disclosure"]
            .applicable
        )
        truth = row["is_self_disclosure"]
        tp += used and truth
        fp += used and not truth
        fn += truth and not used
        tn += not used and not truth
    elapsed = time.perf_counter() - start
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"\n{path.name} ({len(rows)} responses; labels are the writers' own, noisy)")
    print(
        f"  self-disclosure presence: precision {precision:.3f}  recall {recall:.3f}  "
        f"F1 {f1:.3f}  accuracy {(tp + tn) / len(rows):.3f}"
    )
    return len(rows) / elapsed


def throughput(rubric, rows: list[dict], seconds: float = 3.0) -> float:
    moments = [(moment_of(r), r["response"]) for r in rows]
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for moment, response in moments:
            score_response(rubric, moment, response)
        done += len(moments)
    return done / (time.perf_counter() - start)


def main() -> None:
    header("offline scorer: feedback validity and speed")
    library = load_library()
    rubric = library.rubric("disclosure-immediacy").rubric
    for path in sorted((REPO / "tests" / "data").glob("devset*.jsonl")):
        labelled_set(path, rubric)
    esconv = SHARED / "disclosure-labels" / "esconv_selfdisclosure_eval.jsonl"
    if esconv.is_file():
        presence_set(esconv, rubric)
        supplement = esconv.with_name("mi_gold_selfdisclose_supplement.jsonl")
        if supplement.is_file():
            presence_set(supplement, rubric)
        rows = [json.loads(x) for x in esconv.read_text("utf-8").splitlines() if x.strip()]
        rate = throughput(rubric, rows)
        print(
            f"\nthroughput: {rate:,.0f} responses/s on one core (ESConv responses, mean "
            f"{sum(len(r['response']) for r in rows) / len(rows):.0f} chars)"
        )
    else:
        print(f"\nESConv data not found at {esconv}: set ROLEPLAY_SHARED_DATA")
    result = asyncio.run(calibrate(library, "disclosure-immediacy", OfflineJudge()))
    print(f"\ninstructor exemplars ({len(result.cases)}), as `roleplay calibrate --offline`:")
    for criterion, a in result.by_criterion.items():
        kappa = f"{a.kappa:.2f}" if a.kappa is not None else "n/a"
        print(
            f"  {criterion:<16} used-agreement {a.presence:.3f}  exact {a.exact:.3f}  "
            f"within-1 {a.within_one:.3f}  QW kappa {kappa}  (n scored {a.pairs})"
        )
    print(f"\npeak memory: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
