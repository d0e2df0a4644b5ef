"""The ESConv development set: a second hand-labelled draw of ESConv supporter turns, disjoint from
the evaluation set (bench/data/esconv_checked.jsonl), on which the offline judge's decisions may be
chosen and its errors read (bench/data/README.md, "The development set").

The draw: every ESConv supporter turn whose id is not in `esconv_checked.jsonl` (which holds the
shared 1,500-row sample and our 400-turn extension), split by the writers' label, each stratum
sorted by id and shuffled with `random.Random(DEV_SEED)`. The first 75 Self-disclosure turns and
the first 725 others (800 turns at ESConv's own proportion, 1,713 of 18,376) form the natural
part, put in one order by a second shuffle with the same seed; the next 200 Self-disclosure turns
of the stratum's shuffle follow (for recall). The labels are in `esconv_dev_checked.jsonl`, in
draw order, ids and labels only.

ESConv is CC BY-NC: the text is read in place from the split files (ROLEPLAY_ESCONV_SPLITS) and
printed to stdout only, never written to a file.

Run: `.venv/bin/python -m bench.esconv_dev` prints false self-disclosure and false immediacy on the
hand-confirmed ordinary turns (all 1,000 and the natural 800) and self-disclosure recall on the
hand-confirmed disclosures; `--errors` also lists the turns the judge misreads; `--ids` prints the
drawn ids in order. Without the split files it says so and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
from pathlib import Path

from bench.bench_ordinary import Reading, judge_all, rate_line
from bench.esconv_turns import SPLITS, supporter_turns

DATA = Path(__file__).resolve().parent / "data"
EVALUATION_LABELS = DATA / "esconv_checked.jsonl"
DEV_LABELS = DATA / "esconv_dev_checked.jsonl"
DEV_SEED = 2027
# 1,713 of ESConv's 18,376 supporter turns are writer-labelled Self-disclosure: 75 of 800
NATURAL = {True: 75, False: 725}
EXTRA_DISCLOSURES = 200


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def dev_ids(writer_label_by_id: dict[str, bool], excluded: set[str]) -> tuple[list[str], list[str]]:
    """The development draw: (the natural 800 in their labelling order, the 200 extra
    writer-labelled Self-disclosure turns in theirs)."""
    shuffled: dict[bool, list[str]] = {}
    for flag in (True, False):
        pool = sorted(i for i, sd in writer_label_by_id.items() if sd == flag and i not in excluded)
        random.Random(DEV_SEED).shuffle(pool)
        shuffled[flag] = pool
    natural = shuffled[True][: NATURAL[True]] + shuffled[False][: NATURAL[False]]
    random.Random(DEV_SEED).shuffle(natural)
    extra = shuffled[True][NATURAL[True] : NATURAL[True] + EXTRA_DISCLOSURES]
    return natural, extra


def drawn_ids(turns: dict[str, dict]) -> tuple[list[str], list[str]]:
    """The draw from the split files' turns, excluding every id of the evaluation set."""
    excluded = {row["id"] for row in read_jsonl(EVALUATION_LABELS)}
    return dev_ids({i: row["is_self_disclosure"] for i, row in turns.items()}, excluded)


def summary(title: str, readings: list[Reading]) -> None:
    ordinary = [r for r in readings if r.ordinary]
    disclosures = [r for r in readings if r.disclosure]
    immediacy = [r for r in readings if r.immediacy]
    print(
        f"\n--- {title}: {len(readings)} turns  ·  ordinary {len(ordinary)}  ·  "
        f"self-disclosure {len(disclosures)}  ·  immediacy {len(immediacy)}"
    )
    if ordinary:
        print(
            rate_line(
                "false self-disclosure",
                sum(r.judged_disclosure for r in ordinary),
                len(ordinary),
                "<= 1%",
            )
        )
        print(
            rate_line(
                "false immediacy", sum(r.judged_immediacy for r in ordinary), len(ordinary), "<= 1%"
            )
        )
    if disclosures:
        found = sum(r.judged_disclosure for r in disclosures)
        print(
            f"  self-disclosure recall    {found:>4} / {len(disclosures):<5}= "
            f"{found / len(disclosures):.3f}  (target >= 0.90)"
        )
    if immediacy:
        caught = sum(r.judged_immediacy for r in immediacy)
        print(f"  immediacy found on the {len(immediacy)} hand-confirmed immediacy turns: {caught}")


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.esconv_dev", description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list the misread turns")
    parser.add_argument("--ids", action="store_true", help="print the drawn ids in order")
    args = parser.parse_args(argv)
    if not (SPLITS / "train.json").is_file():
        print(
            f"ESConv split files not found at {SPLITS} (set ROLEPLAY_ESCONV_SPLITS; "
            "bench/data/README.md says where to get them): not measured"
        )
        return 0
    turns = supporter_turns(SPLITS)
    natural, extra = drawn_ids(turns)
    if args.ids:
        print("\n".join(natural + extra))
        return 0
    label_rows = read_jsonl(DEV_LABELS) if DEV_LABELS.is_file() else []
    labels = {row["id"]: row for row in label_rows}
    absent = [row_id for row_id in labels if row_id not in turns]
    if absent:
        print(f"{len(absent)} labelled ids are not in {SPLITS} (another release?); skipped")
    order = [row_id for row_id in natural + extra if row_id in labels]
    print(
        f"ESConv development set: {len(labels)} of {len(natural) + len(extra)} drawn turns "
        "labelled (development data: decisions may be chosen on it)"
    )
    if not order:
        return 0
    readings = asyncio.run(judge_all([turns[i] for i in order], labels))
    natural_set = set(natural)
    summary("all labelled turns", readings)
    summary("the natural draw (ESConv's own mix)", [r for r in readings if r.id in natural_set])
    summary(
        "the extra writer-labelled disclosures", [r for r in readings if r.id not in natural_set]
    )
    if args.errors:
        print_errors(readings, turns, labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
