"""The offline judge on ordinary helping talk, against hand-checked labels.

Reads the shared ESConv supporter turns and MI gold helper sentences (../shared/data, CC BY-NC:
read in place, never copied), the further ESConv turns we drew from the dataset's split files
(bench/esconv_turns.py, ROLEPLAY_ESCONV_SPLITS), and our own hand labels for them
(bench/data/*_checked.jsonl: ids and labels only, see bench/data/README.md), scores every
turn with the offline judge as `roleplay score --offline` would (a standalone moment: the last
seeker turn is the client line, the other turns its context), and prints, against the targets
of issue 10:
- how many turns were hand-confirmed ordinary (neither skill), and on them the false
  self-disclosure and false immediacy rates (target <= 1% each);
- self-disclosure recall on the hand-confirmed disclosures (target >= 0.90);
- how far the hand labels agree with the source labels (ESConv: the writers' own).
Figures only: these are evaluation sets, so it never names the turns the judge gets wrong (no one
may tune on them).
Run: `.venv/bin/python -m bench bench_ordinary`. Without the shared data (CI) it says so and
exits 0; without the split files it says so and measures the shared rows only.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path

from bench.esconv_turns import SPLITS, supporter_turns
from bench.machine import header
from roleplay.content.library import load_library
from roleplay.domain.moment import Line, Moment
from roleplay.judge.base import JudgeRequest
from roleplay.judge.offline import OfflineJudge

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ROLEPLAY_SHARED_DATA", REPO.parent / "shared" / "data"))
DATA = REPO / "bench" / "data"
# (name, shared file, our labels); the MI gold sentences have no context
SETS = (
    ("ESConv", "esconv_selfdisclosure_eval.jsonl", DATA / "esconv_checked.jsonl"),
    ("MI gold supplement", "mi_gold_selfdisclose_supplement.jsonl", DATA / "mi_gold_checked.jsonl"),
)
# ESConv's supporter turns by the writers' label (shared README). Both draws (the shared 750 of
# each, our extension) are uniform within a label, so weighting a row by its stratum's size over
# the rows measured from it gives figures at ESConv's natural mix.
ESCONV_POPULATION = {True: 1713, False: 16663}
RUBRIC = "disclosure-immediacy"
SPEAKER = {"seeker": "client", "supporter": "trainee"}


@dataclass(frozen=True)
class Reading:
    """One turn: our hand label, the writer's label and what the offline judge said."""

    id: str
    disclosure: bool  # hand label
    immediacy: bool  # hand label
    source: bool  # the ESConv writer's own Self-disclosure label
    judged_disclosure: bool
    judged_immediacy: bool

    @property
    def ordinary(self) -> bool:
        return not self.disclosure and not self.immediacy


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def standalone_moment(row: dict) -> Moment:
    """What `roleplay score` builds from a line with `context`: the last seeker turn is the client
    line and every other turn, in order, the context (29 rows open a dialogue: no client line)."""
    turns = [(SPEAKER.get(c["speaker"], "client"), c["text"]) for c in row.get("context", [])]
    last_client = max((i for i, (who, _) in enumerate(turns) if who == "client"), default=None)
    client_line = turns[last_client][1] if last_client is not None else ""
    context = [
        Line(speaker=who, text=text) for i, (who, text) in enumerate(turns) if i != last_client
    ]
    return Moment(client_line=client_line, context=context)


async def judge_all(rows: list[dict], labels: dict[str, dict]) -> list[Reading]:
    rubric = load_library().rubric(RUBRIC).rubric
    judge = OfflineJudge()
    readings = []
    for row in rows:
        label = labels[row["id"]]
        request = JudgeRequest.build(rubric, standalone_moment(row), row["response"])
        criteria = (await judge.evaluate(request)).criteria
        readings.append(
            Reading(
                id=row["id"],
                disclosure=label["self_disclosure"],
                immediacy=label["immediacy"],
                source=row["is_self_disclosure"],
                judged_disclosure=criteria["self_disclosure"].applicable,
                judged_immediacy=criteria["immediacy"].applicable,
            )
        )
    await judge.aclose()
    return readings


def wilson_upper(hits: int, n: int, z: float = 1.96) -> float:
    """Upper end of the 95% Wilson interval of a rate: how high it could plausibly be."""
    if n == 0:
        return float("nan")
    p = hits / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre + spread) / (1 + z * z / n)


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two yes/no labellings."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    a_yes = sum(a for a, _ in pairs) / n
    b_yes = sum(b for _, b in pairs) / n
    expected = a_yes * b_yes + (1 - a_yes) * (1 - b_yes)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def rate_line(name: str, hits: int, n: int, target: str) -> str:
    return (
        f"  {name:<26}{hits:>4} / {n:<5}= {hits / n:6.2%}  "
        f"(95% upper {wilson_upper(hits, n):6.2%}; target {target})"
    )


def ordinary_rates(readings: list[Reading], label: str) -> None:
    ordinary = [r for r in readings if r.ordinary]
    false_sd = [r for r in ordinary if r.judged_disclosure]
    false_imm = [r for r in ordinary if r.judged_immediacy]
    print(f"\noffline judge on the {len(ordinary)} hand-confirmed ordinary turns{label}:")
    print(rate_line("false self-disclosure", len(false_sd), len(ordinary), "<= 1%"))
    print(rate_line("false immediacy", len(false_imm), len(ordinary), "<= 1%"))


def natural_mix(readings: list[Reading]) -> None:
    """ESConv's sample is half writer-labelled disclosure; reweight to the dialogues' own mix."""
    sampled = {flag: sum(r.source == flag for r in readings) for flag in (True, False)}
    if not all(sampled.values()):
        return
    weight = {flag: ESCONV_POPULATION[flag] / sampled[flag] for flag in (True, False)}
    ordinary = [r for r in readings if r.ordinary]
    total = sum(weight[r.source] for r in ordinary)
    false_sd = sum(weight[r.source] for r in ordinary if r.judged_disclosure)
    false_imm = sum(weight[r.source] for r in ordinary if r.judged_immediacy)
    share = total / sum(weight[r.source] for r in readings)
    print(
        f"  at ESConv's natural mix ({share:.1%} of turns ordinary): false self-disclosure "
        f"{false_sd / total:.2%}, false immediacy {false_imm / total:.2%}"
    )


def report(name: str, readings: list[Reading]) -> None:
    ordinary = [r for r in readings if r.ordinary]
    disclosures = [r for r in readings if r.disclosure]
    immediacy = [r for r in readings if r.immediacy]
    missed = [r for r in disclosures if not r.judged_disclosure]
    print(
        f"\n--- {name}: {len(readings)} hand-checked turns  ·  ordinary (neither skill) "
        f"{len(ordinary)}  ·  self-disclosure {len(disclosures)}  ·  immediacy {len(immediacy)}"
    )
    ordinary_rates(readings, "")
    if name == "ESConv":
        natural_mix(readings)
    found = len(disclosures) - len(missed)
    print(f"\noffline judge on the {len(disclosures)} hand-confirmed self-disclosures:")
    print(
        f"  self-disclosure recall    {found:>4} / {len(disclosures):<5}= "
        f"{found / len(disclosures):.3f}  (target >= 0.90)"
    )
    if immediacy:
        caught = sum(r.judged_immediacy for r in immediacy)
        print(f"  immediacy found on the {len(immediacy)} hand-confirmed immediacy turns: {caught}")
    called = [r for r in readings if r.judged_disclosure]
    if called:
        right = sum(r.disclosure for r in called)
        print(
            f"  self-disclosure precision (all turns): {right} / {len(called)} = "
            f"{right / len(called):.3f}"
        )
    pairs = [(r.disclosure, r.source) for r in readings]
    agree = sum(a == b for a, b in pairs)
    print("\nhand labels against the source labels (self-disclosure):")
    print(
        f"  agreement {agree} / {len(pairs)} = {agree / len(pairs):.3f}  ·  "
        f"Cohen's kappa {kappa(pairs):.3f}  ·  source yes, hand no: "
        f"{sum(b and not a for a, b in pairs)}  ·  source no, hand yes: "
        f"{sum(a and not b for a, b in pairs)}"
    )


def load_set(shared_name: str, labels_path: Path) -> list[dict] | None:
    """The rows that have a hand label, or None when the shared file is missing. Labelled ESConv
    ids outside the shared file (our extension draw) are read from the split files."""
    data = SHARED / "disclosure-labels" / shared_name
    if not data.is_file():
        print(f"\n{data} not found (set ROLEPLAY_SHARED_DATA): not measured")
        return None
    rows = read_jsonl(data)
    labelled = [label["id"] for label in read_jsonl(labels_path)]
    labelled_ids = set(labelled)
    unlabelled = [row["id"] for row in rows if row["id"] not in labelled_ids]
    if unlabelled:
        print(f"{len(unlabelled)} rows of {shared_name} have no hand label; skipped")
    rows = [row for row in rows if row["id"] in labelled_ids]
    shared_ids = {row["id"] for row in rows}
    extension = [row_id for row_id in labelled if row_id not in shared_ids]
    if not extension:
        return rows
    if not (SPLITS / "train.json").is_file():
        print(
            f"{len(extension)} hand-labelled ESConv turns are read from the split files, and "
            f"{SPLITS}/train.json was not found (set ROLEPLAY_ESCONV_SPLITS): measuring the "
            f"{len(rows)} shared rows only"
        )
        return rows
    turns = supporter_turns(SPLITS)
    absent = [row_id for row_id in extension if row_id not in turns]
    if absent:
        print(f"{len(absent)} hand-labelled ids are not in {SPLITS} (another release?); skipped")
    return rows + [turns[row_id] for row_id in extension if row_id in turns]


def main() -> int:
    header("offline judge on ordinary helping talk (hand-checked ESConv and MI gold)")
    everything: list[Reading] = []
    for name, shared_name, labels_path in SETS:
        rows = load_set(shared_name, labels_path)
        if rows is None:
            continue
        labels = {label["id"]: label for label in read_jsonl(labels_path)}
        readings = asyncio.run(judge_all(rows, labels))
        report(name, readings)
        everything.extend(readings)
    if everything:
        print("\n--- both sets together")
        ordinary_rates(everything, " (both sets)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
