"""A blind second labelling of ESConv evaluation turns: the sample, the blind reading chunks, and
the agreement with the first labels (bench/data/README.md, "A second labeller").

The sample is drawn by a fixed rule from the 1,900 ESConv rows `bench_ordinary` measures (the
shared sample's ids plus the `bench.esconv_turns` extension): sorted, shuffled with
`random.Random(SEED)`, the first SAMPLE_SIZE. ESConv is CC BY-NC: the text is read in place and
written only to a directory outside the repository (`--blind-out`); the repository holds ids,
labels and our own short notes.

    python -m bench.second_labels --ids              the sample's ids, in sample order
    python -m bench.second_labels --blind-out DIR    the sample as numbered text chunks, no labels
    python -m bench.second_labels --agreement        second labels against the first, ids only
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.esconv_turns import REPO, SHARED_SAMPLE, SPLITS, extension_ids, supporter_turns

DATA = REPO / "bench" / "data"
FIRST_LABELS = DATA / "esconv_checked.jsonl"
SECOND_LABELS = DATA / "esconv_second.jsonl"
SEED = 2028
SAMPLE_SIZE = 400
CHUNK = 50
SKILLS = ("self_disclosure", "immediacy")


def sample_ids(row_ids: list[str] | set[str]) -> list[str]:
    """The fixed rule: the ids sorted, shuffled with SEED, the first SAMPLE_SIZE."""
    pool = sorted(row_ids)
    random.Random(SEED).shuffle(pool)
    return pool[:SAMPLE_SIZE]


@dataclass(frozen=True)
class Table:
    """A 2x2 table of two yes/no labellings: `yes_no` is first yes, second no."""

    yes_yes: int
    yes_no: int
    no_yes: int
    no_no: int

    @classmethod
    def of(cls, pairs: list[tuple[bool, bool]]) -> Table:
        count = {(a, b): 0 for a in (True, False) for b in (True, False)}
        for pair in pairs:
            count[pair] += 1
        return cls(count[True, True], count[True, False], count[False, True], count[False, False])

    @property
    def n(self) -> int:
        return self.yes_yes + self.yes_no + self.no_yes + self.no_no

    @property
    def agreement(self) -> float:
        return (self.yes_yes + self.no_no) / self.n

    @property
    def kappa(self) -> float:
        """Cohen's kappa; 1.0 when both labellers give one and the same label throughout
        (chance agreement is then 1 and kappa is undefined: there is nothing to disagree on)."""
        n = self.n
        first_yes = (self.yes_yes + self.yes_no) / n
        second_yes = (self.yes_yes + self.no_yes) / n
        expected = first_yes * second_yes + (1 - first_yes) * (1 - second_yes)
        if expected >= 1:
            return 1.0 if self.agreement == 1 else 0.0
        return (self.agreement - expected) / (1 - expected)


def evaluation_rows() -> dict[str, dict] | None:
    """The 1,900 ESConv rows bench_ordinary measures, by id; None without the data."""
    if not SHARED_SAMPLE.is_file() or not (SPLITS / "train.json").is_file():
        return None
    turns = supporter_turns()
    shared_ids = {json.loads(line)["id"] for line in SHARED_SAMPLE.read_text("utf-8").splitlines()}
    writers = {row_id: row["is_self_disclosure"] for row_id, row in turns.items()}
    ids = sorted(shared_ids) + extension_ids(writers, shared_ids)
    return {row_id: turns[row_id] for row_id in ids}


def blind_text(number: int, row: dict) -> str:
    """One turn for reading: its number, id, context and response, and no label of any kind."""
    lines = [f"#{number}  {row['id']}"]
    lines += [f"  [{turn['speaker']}] {turn['text']}" for turn in row["context"]]
    lines.append(f"  >>> [supporter] {row['response']}")
    return "\n".join(lines)


def write_blind(rows: dict[str, dict], out: Path) -> None:
    if out.resolve().is_relative_to(REPO):
        raise SystemExit(f"{out}: the text is CC BY-NC and must stay outside the repository")
    out.mkdir(parents=True, exist_ok=True)
    ids = sample_ids(list(rows))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        body = "\n\n".join(
            blind_text(start + i + 1, rows[row_id]) for i, row_id in enumerate(chunk)
        )
        (out / f"chunk{start // CHUNK + 1:02d}.txt").write_text(body + "\n", "utf-8")
    print(f"{len(ids)} turns in {-(-len(ids) // CHUNK)} chunks of {CHUNK} in {out}")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def agreement_report(first: dict[str, dict], second: list[dict]) -> str:
    """n, percent agreement, kappa and the 2x2 table per skill, then the disagreeing ids."""
    out = [f"second labels: {len(second)} turns (first labels: bench/data/esconv_checked.jsonl)"]
    for skill in SKILLS:
        pairs = [(first[row["id"]][skill], row[skill]) for row in second]
        table = Table.of(pairs)
        out += [
            f"\n{skill}: n {table.n}, agreement {table.agreement:.1%}, kappa {table.kappa:.3f}",
            "                 second yes  second no",
            f"  first yes      {table.yes_yes:>10}  {table.yes_no:>9}",
            f"  first no       {table.no_yes:>10}  {table.no_no:>9}",
        ]
        for row in second:
            if first[row["id"]][skill] != row[skill]:
                out.append(f"  {row['id']}  first {first[row['id']][skill]}, second {row[skill]}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.second_labels", description=__doc__)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--ids", action="store_true", help="print the sample's ids in order")
    action.add_argument("--blind-out", type=Path, metavar="DIR", help="write the reading chunks")
    action.add_argument("--agreement", action="store_true", help="compare with the first labels")
    args = parser.parse_args(argv)
    rows = evaluation_rows()
    if rows is None:
        print(f"ESConv data not found ({SHARED_SAMPLE}, {SPLITS}); nothing to do")
        return 0
    if args.ids:
        print("\n".join(sample_ids(list(rows))))
    elif args.blind_out:
        write_blind(rows, args.blind_out)
    else:
        if not SECOND_LABELS.is_file():
            print(f"{SECOND_LABELS} not found; nothing to compare")
            return 0
        first = {row["id"]: row for row in read_jsonl(FIRST_LABELS)}
        print(agreement_report(first, read_jsonl(SECOND_LABELS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
