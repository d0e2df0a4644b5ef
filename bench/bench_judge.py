"""The offline judge's figures: `python -m bench bench_judge`.

Prints, in this order:
1. the frozen holdout of the labelled corpus (corpus/, never fitted or tuned on): per criterion
   used/not-used agreement, exact, within-one and quadratic-weighted kappa;
2. the dev figures the fitting script recorded (moment-grouped cross-validation on the train
   split and the dev sets), as dev;
3. ordinary helping talk: false self-disclosure and false immediacy rates on the ESConv
   non-disclosure supporter turns, self-disclosure recall on the ESConv and MI positives
   (non-commercial data, read in place from ../shared/data, never copied or fitted on; the
   labels are the writers' own and noisy, not hand-checked here);
4. the instructors' exemplars (as `roleplay calibrate --offline`), scored along their path;
5. throughput on one core.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import sys
import time
from pathlib import Path

from bench.machine import header, peak_rss_mb
from roleplay.content.library import load_library
from roleplay.domain.moment import Line, Moment
from roleplay.judge.calibrate import calibrate, calibrate_labelled
from roleplay.judge.holdout import parse_labelled
from roleplay.judge.offline import OfflineJudge
from roleplay.offline.model import shipped_weights
from roleplay.offline.scorer import score_response

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ROLEPLAY_SHARED_DATA", REPO.parent / "shared" / "data"))
SPEAKER = {"seeker": "client", "supporter": "trainee", "client": "client", "trainee": "trainee"}


def _table(by_criterion) -> None:
    print(
        f"  {'criterion':<16}{'items':>6}{'used agree':>12}{'scored':>8}{'exact':>8}"
        f"{'within 1':>10}{'QW kappa':>10}"
    )
    for criterion, a in by_criterion.items():
        kappa = f"{a.kappa:.2f}" if a.kappa is not None else "n/a"
        print(
            f"  {criterion:<16}{a.items:>6}{a.presence:>12.3f}{a.pairs:>8}{a.exact:>8.3f}"
            f"{a.within_one:>10.3f}{kappa:>10}"
        )


def holdout(library) -> None:
    files = sorted((REPO / "corpus").glob("*.jsonl"))
    if not files:
        print("\n1. frozen holdout: no corpus/ in this checkout")
        return
    lines = []
    for path in files:
        lines += parse_labelled(path.read_text("utf-8"), str(path), library)
    result = asyncio.run(calibrate_labelled(library, lines, OfflineJudge()))
    print(
        f"\n1. frozen holdout: {result.lines} lines at {result.moments} moments "
        f"(corpus/, sha256(moment) % 4 == 0; never fitted or tuned on)"
    )
    _table(result.by_criterion)


def holdout_second_labels(library) -> None:
    """The judge on the holdout sample a second labeller (P) labelled blind
    (corpus/reviews/holdout-second-p.jsonl), against the holdout's own labels and against P's:
    how far the judge's disagreements are the labels' own."""
    second_path = REPO / "corpus" / "reviews" / "holdout-second-p.jsonl"
    if not second_path.exists():
        return
    second = {}
    for raw in second_path.read_text("utf-8").splitlines():
        if raw.strip():
            row = json.loads(raw)
            second[row["id"]] = row["labels"]
    lines = []
    for path in sorted((REPO / "corpus").glob("*.jsonl")):
        lines += parse_labelled(path.read_text("utf-8"), str(path), library)
    sample = [line for line in lines if line.id in second]
    relabelled = [dataclasses.replace(line, labels=dict(second[line.id])) for line in sample]
    print(
        f"\n1b. the holdout sample labelled again, blind, by a second labeller: {len(sample)} "
        "lines (corpus/reviews/holdout_sample.py)"
    )
    for title, rows in (("against the holdout's labels", sample), ("against P's", relabelled)):
        result = asyncio.run(calibrate_labelled(library, rows, OfflineJudge()))
        print(f"  judge {title}:")
        _table(result.by_criterion)


def dev_figures() -> None:
    weights = shipped_weights()
    raw = json.loads(
        (REPO / "src" / "roleplay" / "offline" / "weights" / "judge.json").read_text("utf-8")
    )
    print(
        f"\n2. dev (weights {weights.label}; moment-grouped cross-validation on the train "
        "split + tests/data dev sets)"
    )
    for criterion, spec in raw["criteria"].items():
        dev = spec.get("dev_cross_validated")
        if not dev:
            print(f"  {criterion:<16} rule reading ({spec.get('why', '')})")
            continue
        chosen = dev["chosen"]
        print(
            f"  {criterion:<16} used head {spec.get('used_source', spec['source'])}, level head "
            f"{spec.get('level_source', spec['source'])}: used {chosen['used_agreement']:.3f}  "
            f"within-1 {chosen['within_one']}  exact {chosen['exact']}  (rows {spec['rows']})"
        )


def moment_of(row: dict) -> Moment:
    context = [
        Line(speaker=SPEAKER.get(c["speaker"], "client"), text=c["text"])
        for c in row.get("context", [])
    ]
    client = next((c.text for c in reversed(context) if c.speaker == "client"), "")
    return Moment(client_line=client, context=context)


def ordinary_talk(rubric) -> list[dict]:
    esconv = SHARED / "disclosure-labels" / "esconv_selfdisclosure_eval.jsonl"
    if not esconv.is_file():
        print(f"\n3. ordinary helping talk: no data at {esconv} (set ROLEPLAY_SHARED_DATA)")
        return []
    rows = [json.loads(x) for x in esconv.read_text("utf-8").splitlines() if x.strip()]
    negatives = [r for r in rows if not r["is_self_disclosure"]]
    positives = [r for r in rows if r["is_self_disclosure"]]
    false_sd = false_im = 0
    for row in negatives:
        evaluation = score_response(rubric, moment_of(row), row["response"][:4000])
        false_sd += evaluation.criteria["self_disclosure"].applicable
        false_im += evaluation.criteria["immediacy"].applicable
    found = sum(
        score_response(rubric, moment_of(r), r["response"][:4000])
        .criteria["self_disclosure"]
        .applicable
        for r in positives
    )
    print(
        "\n3. ordinary helping talk (ESConv, CC BY-NC, read in place; writers' own labels, "
        "noisy, not hand-checked)"
    )
    print(
        f"  false self-disclosure on {len(negatives)} non-disclosure turns: "
        f"{false_sd / len(negatives):.3f}"
    )
    print(
        f"  false immediacy on the same turns (none is relationship talk by label): "
        f"{false_im / len(negatives):.3f}"
    )
    print(
        f"  self-disclosure recall on {len(positives)} labelled disclosures: "
        f"{found / len(positives):.3f}"
    )
    mi = esconv.with_name("mi_gold_selfdisclose_supplement.jsonl")
    if mi.is_file():
        mrows = [json.loads(x) for x in mi.read_text("utf-8").splitlines() if x.strip()]
        tp = fp = pos = neg = 0
        for row in mrows:
            used = (
                score_response(rubric, moment_of(row), row["response"][:4000])
                .criteria["self_disclosure"]
                .applicable
            )
            if row["is_self_disclosure"]:
                pos += 1
                tp += used
            else:
                neg += 1
                fp += used
        print(
            f"  MI gold (CC BY-NC-SA): recall {tp / pos:.3f} on {pos}, false self-disclosure "
            f"{fp / neg:.3f} on {neg}"
        )
    return rows


def exemplars(library) -> None:
    print(
        "\n4. instructors' exemplars (roleplay calibrate --offline; each after the strong "
        "answers along its intended path)"
    )
    for rubric_id in sorted(library.rubrics):
        result = asyncio.run(calibrate(library, rubric_id, OfflineJudge()))
        print(f"  {rubric_id} ({len(result.cases)} exemplars)")
        _table({c: a for c, a in result.by_criterion.items() if a.items})


def _clear_text_caches() -> None:
    """Forget every client line and sentence the readers cached: the fitted weights, read once
    per process, stay loaded."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("roleplay.offline"):
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and value is not shipped_weights:
                value.cache_clear()


def throughput(rubric, rows: list[dict], rounds: int = 9) -> None:
    """Responses per second of CPU time, best of `rounds` passes over 300 responses (on a shared,
    loaded machine wall time measures the neighbours, CPU time measures the scorer), two ways:
    - new moments: every pass starts with cold caches, so each response's moment (a different
      ESConv seeker turn each time) is read afresh, as when every line is at a new moment;
    - moments met before: the caches keep what earlier passes read of each client line, as in a
      session, a drill or a calibration run, where many responses answer the same few moments.
    """
    if not rows:
        return
    moments = [(moment_of(r), r["response"][:4000]) for r in rows[:300]]

    def best_of(cold: bool) -> float:
        best = 0.0
        for _ in range(rounds):
            if cold:
                _clear_text_caches()
            start = time.process_time()
            for moment, response in moments:
                score_response(rubric, moment, response)
            best = max(best, len(moments) / (time.process_time() - start))
        return best

    new, met = best_of(cold=True), best_of(cold=False)
    mean = sum(len(r) for _, r in moments) / len(moments)
    print(
        f"\n5. throughput, {rubric.id}: {new:,.0f} responses per CPU-second on one core at new "
        f"moments, {met:,.0f} at moments met before (best of {rounds} passes over "
        f"{len(moments)} ESConv responses, mean {mean:.0f} chars; target >= 1,000)"
    )


def main() -> None:
    header("offline judge: holdout, dev, ordinary talk, exemplars, speed")
    library = load_library()
    rubric = library.rubric("relationship-boundaries").rubric
    holdout(library)
    holdout_second_labels(library)
    dev_figures()
    rows = ordinary_talk(library.rubric("disclosure-immediacy").rubric)
    exemplars(library)
    throughput(library.rubric("disclosure-immediacy").rubric, rows)
    throughput(rubric, rows)
    print(f"\npeak memory: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
