"""The ESConv development sets: hand-labelled draws of ESConv supporter turns, disjoint from the
evaluation set (bench/data/esconv_checked.jsonl), on which the offline judge's decisions may be
chosen and its errors read (bench/data/README.md, "The development set" and "The second
development set").

A draw (one `DrawSet`): every ESConv supporter turn whose id is in none of the set's excluded
label files, split by the writers' label, each stratum sorted by id and shuffled with
`random.Random(seed)`. The first `natural[True]` Self-disclosure turns and the first
`natural[False]` others (ESConv's own proportion, 1,713 of 18,376) form the natural part, put in
one order by a second shuffle with the same seed; the next `extra` Self-disclosure turns of the
stratum's shuffle follow (for recall). The labels are in the set's file, in draw order, ids and
labels only.
- `dev` (the first set, `esconv_dev_checked.jsonl`): seed 2027, 75 + 725 natural, 200 extra,
  excluding the evaluation set.
- `dev2` (`esconv_dev2_checked.jsonl`): seed 2029, 56 + 544 natural, 150 extra, excluding the
  evaluation set, the first development set and the second labeller's sample.
- `dev3` (`esconv_dev3_checked.jsonl`): seed 2031, the same sizes, excluding all of the above
  and the second development set.
- `dev4` (`esconv_dev4_checked.jsonl`): seed 2033, the same sizes, excluding all of the above
  and the third development set.

ESConv is CC BY-NC: the text is read in place from the split files (ROLEPLAY_ESCONV_SPLITS) and
printed to stdout only, never written to a file.

Run: `.venv/bin/python -m bench.esconv_dev [--set dev2]` prints false self-disclosure and false
immediacy on the hand-confirmed ordinary turns (all and the natural part) and self-disclosure
recall on the hand-confirmed disclosures; `--errors` also lists the turns the judge misreads;
`--ids` prints the drawn ids in order. Without the split files it says so and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.bench_ordinary import Reading, judge_all, kappa, rate_line
from bench.esconv_turns import SPLITS, supporter_turns

DATA = Path(__file__).resolve().parent / "data"
EVALUATION_LABELS = DATA / "esconv_checked.jsonl"
DEV_LABELS = DATA / "esconv_dev_checked.jsonl"
DEV2_LABELS = DATA / "esconv_dev2_checked.jsonl"
DEV3_LABELS = DATA / "esconv_dev3_checked.jsonl"
DEV4_LABELS = DATA / "esconv_dev4_checked.jsonl"
# the second labeller's sample: inside the evaluation set, but named among the exclusions
SECOND_LABELS = DATA / "esconv_second.jsonl"


@dataclass(frozen=True)
class DrawSet:
    """One development draw: its seed, sizes, the label files whose ids it keeps out, and its own
    label file."""

    name: str
    seed: int
    natural: dict[bool, int]  # by the writers' label: Self-disclosure or not
    extra: int  # further writer-labelled Self-disclosure turns, after the natural part
    excluded: tuple[Path, ...]
    labels: Path


# 1,713 of ESConv's 18,376 supporter turns are writer-labelled Self-disclosure: 75 of 800, 56 of 600
DEV = DrawSet("dev", 2027, {True: 75, False: 725}, 200, (EVALUATION_LABELS,), DEV_LABELS)
DEV2 = DrawSet(
    "dev2",
    2029,
    {True: 56, False: 544},
    150,
    (EVALUATION_LABELS, DEV_LABELS, SECOND_LABELS),
    DEV2_LABELS,
)
# drawn because both earlier sets' errors had been read (spent): bench/data/README.md
DEV3 = DrawSet(
    "dev3",
    2031,
    {True: 56, False: 544},
    150,
    (EVALUATION_LABELS, DEV_LABELS, SECOND_LABELS, DEV2_LABELS),
    DEV3_LABELS,
)
# drawn to check the decisions chosen on dev3 on turns nobody had read with the judge in mind
DEV4 = DrawSet(
    "dev4",
    2033,
    {True: 56, False: 544},
    150,
    (EVALUATION_LABELS, DEV_LABELS, SECOND_LABELS, DEV2_LABELS, DEV3_LABELS),
    DEV4_LABELS,
)
DRAW_SETS = {s.name: s for s in (DEV, DEV2, DEV3, DEV4)}
# the first set's constants, by their earlier names
DEV_SEED = DEV.seed
NATURAL = DEV.natural
EXTRA_DISCLOSURES = DEV.extra


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def dev_ids(
    writer_label_by_id: dict[str, bool], excluded: set[str], draw: DrawSet = DEV
) -> tuple[list[str], list[str]]:
    """A development draw: (the natural part in its labelling order, the extra writer-labelled
    Self-disclosure turns in theirs)."""
    shuffled: dict[bool, list[str]] = {}
    for flag in (True, False):
        pool = sorted(i for i, sd in writer_label_by_id.items() if sd == flag and i not in excluded)
        random.Random(draw.seed).shuffle(pool)
        shuffled[flag] = pool
    natural = shuffled[True][: draw.natural[True]] + shuffled[False][: draw.natural[False]]
    random.Random(draw.seed).shuffle(natural)
    extra = shuffled[True][draw.natural[True] : draw.natural[True] + draw.extra]
    return natural, extra


def excluded_ids(draw: DrawSet) -> set[str]:
    """Every id of the label files the draw keeps out."""
    return {row["id"] for path in draw.excluded for row in read_jsonl(path)}


def drawn_ids(turns: dict[str, dict], draw: DrawSet = DEV) -> tuple[list[str], list[str]]:
    """The draw from the split files' turns, excluding every id of the set's excluded files."""
    writers = {i: row["is_self_disclosure"] for i, row in turns.items()}
    return dev_ids(writers, excluded_ids(draw), draw)


@dataclass(frozen=True)
class Figures:
    """The judge against the hand labels on one set of turns."""

    turns: int
    ordinary: int
    false_disclosure: int  # ordinary turns the judge calls self-disclosure
    false_immediacy: int  # ordinary turns the judge calls immediacy
    disclosures: int
    disclosures_found: int
    immediacy: int
    immediacy_found: int


def figures(readings: list[Reading]) -> Figures:
    ordinary = [r for r in readings if r.ordinary]
    disclosures = [r for r in readings if r.disclosure]
    immediacy = [r for r in readings if r.immediacy]
    return Figures(
        turns=len(readings),
        ordinary=len(ordinary),
        false_disclosure=sum(r.judged_disclosure for r in ordinary),
        false_immediacy=sum(r.judged_immediacy for r in ordinary),
        disclosures=len(disclosures),
        disclosures_found=sum(r.judged_disclosure for r in disclosures),
        immediacy=len(immediacy),
        immediacy_found=sum(r.judged_immediacy for r in immediacy),
    )


def summary(title: str, readings: list[Reading]) -> None:
    f = figures(readings)
    print(
        f"\n--- {title}: {f.turns} turns  ·  ordinary {f.ordinary}  ·  "
        f"self-disclosure {f.disclosures}  ·  immediacy {f.immediacy}"
    )
    if f.ordinary:
        print(rate_line("false self-disclosure", f.false_disclosure, f.ordinary, "<= 1%"))
        print(rate_line("false immediacy", f.false_immediacy, f.ordinary, "<= 1%"))
    if f.disclosures:
        print(
            f"  self-disclosure recall    {f.disclosures_found:>4} / {f.disclosures:<5}= "
            f"{f.disclosures_found / f.disclosures:.3f}  (target >= 0.90)"
        )
    if f.immediacy:
        print(
            f"  immediacy found on the {f.immediacy} hand-confirmed immediacy turns: "
            f"{f.immediacy_found}"
        )
    if readings:
        pairs = [(r.disclosure, r.source) for r in readings]
        agree = sum(a == b for a, b in pairs)
        # kappa says nothing where the writers' label is the same on every turn (the extra part)
        varied = len({source for _, source in pairs}) == 2
        print(
            f"  hand self-disclosure label = the writers' on {agree} / {len(pairs)}"
            + (f"  ·  Cohen's kappa {kappa(pairs):.3f}" if varied else "")
        )


def misreadings(readings: list[Reading]) -> list[tuple[Reading, str]]:
    """Every turn the judge reads otherwise than the hand label, with what went wrong."""
    wrong = []
    for r in readings:
        if r.judged_disclosure != r.disclosure:
            wrong.append((r, "false SD" if r.judged_disclosure else "missed SD"))
        if r.judged_immediacy != r.immediacy:
            wrong.append((r, "false IM" if r.judged_immediacy else "missed IM"))
    return wrong


def print_errors(readings: list[Reading], turns: dict[str, dict], labels: dict[str, dict]) -> None:
    wrong = misreadings(readings)
    print(f"\n--- {len(wrong)} misreadings (text to stdout only; CC BY-NC, never to a file)")
    for r, what in wrong:
        label = labels[r.id]
        hand = "SD" if label["self_disclosure"] else ("IM" if label["immediacy"] else "ordinary")
        note = f"  [{label['note']}]" if label.get("note") else ""
        response = " ".join(turns[r.id]["response"].split())
        print(f"{what:<10} {r.id}  hand {hand}{note}\n    {response}")


def show_turns(turns: dict[str, dict], order: list[str], first: int, last: int) -> None:
    """Drawn turns for a labeller: number, id, the writers' strategy, the preceding turns and the
    response, to stdout only (CC BY-NC: never to a file)."""
    for number in range(max(first, 1), min(last, len(order)) + 1):
        row = turns[order[number - 1]]
        print(f"\n#{number} {row['id']}  writers: {row['label']}")
        for previous in row["context"]:
            print(f"    {previous['speaker']}: {' '.join(previous['text'].split())}")
        print(f"  RESPONSE: {' '.join(row['response'].split())}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.esconv_dev", description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list the misread turns")
    parser.add_argument("--ids", action="store_true", help="print the drawn ids in order")
    parser.add_argument(
        "--show",
        nargs=2,
        type=int,
        metavar=("FROM", "TO"),
        help="print drawn turns FROM..TO (1-based, inclusive) with their context, for labelling; "
        "the judge is not run",
    )
    parser.add_argument(
        "--set", choices=sorted(DRAW_SETS), default=DEV.name, help="which development set"
    )
    parser.add_argument("--splits", type=Path, default=SPLITS, help="folder of ESConv's splits")
    parser.add_argument("--labels", type=Path, help="the hand labels (default: the set's file)")
    args = parser.parse_args(argv)
    draw = DRAW_SETS[args.set]
    if not (args.splits / "train.json").is_file():
        print(
            f"ESConv split files not found at {args.splits} (set ROLEPLAY_ESCONV_SPLITS; "
            "bench/data/README.md says where to get them): not measured"
        )
        return 0
    turns = supporter_turns(args.splits)
    natural, extra = drawn_ids(turns, draw)
    if args.ids:
        print("\n".join(natural + extra))
        return 0
    if args.show:
        show_turns(turns, natural + extra, *args.show)
        return 0
    label_file = args.labels or draw.labels
    if not label_file.is_file():
        print(f"{label_file} not found: nothing measured")
        return 0
    labels = {row["id"]: row for row in read_jsonl(label_file)}
    absent = [row_id for row_id in labels if row_id not in turns]
    if absent:
        print(f"{len(absent)} labelled ids are not in {args.splits} (another release?); skipped")
    order = [row_id for row_id in labels if row_id in turns]
    print(
        f"ESConv development set {draw.name}: {len(order)} hand-labelled turns of the "
        f"{len(natural) + len(extra)} drawn (development data: decisions may be chosen on it)"
    )
    if not order:
        return 0
    readings = asyncio.run(judge_all([turns[i] for i in order], labels))
    natural_set = set(natural)
    summary("the natural draw (ESConv's own mix)", [r for r in readings if r.id in natural_set])
    summary(
        "the extra writer-labelled disclosures", [r for r in readings if r.id not in natural_set]
    )
    summary("all labelled turns", readings)
    if args.errors:
        print_errors(readings, turns, labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
