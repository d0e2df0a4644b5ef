"""Apply a convention pass's rulings (W's by default) to the corpus lines, in place.

    python corpus/apply_convention.py                 # W's rulings on the training lines
    python corpus/apply_convention.py --holdout       # W's rulings on the frozen holdout

A convention pass follows a change to a rubric's `applies_when`, not a disagreement between
labellers: W's follows rupture repair's (rubric v2, relationship-boundaries.yaml), under which
every reply to a strain marker is scored and one that moves past it is repair not attempted
(1-2), where it had been "not in play" (null). W, blind to the judge, first ruled each moment
strain or not (`reviews/convention-w-moments*.jsonl`), then rated every line at a strain moment
whose rupture repair label was null (`reviews/convention-w*.jsonl`).

Each rulings row (`{"id", "class", "criterion", "label", "why"}`) sets one label and leaves its
record under `convention`: `{"by": "W", "before": {criterion: old label}, "whys": {criterion:
why}}`, with the why added to the line's note. The record governs that criterion from then on:
a consistency pass (apply_consistency.py) applied again leaves it alone. Running this again
changes nothing. It refuses (and writes nothing) a row naming a line on the other side of the
holdout split, an id the corpus does not have, a criterion the line does not label, a label
neither null nor 1-5, or a row without a why.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULTS = {
    False: HERE / "reviews" / "convention-w.jsonl",
    True: HERE / "reviews" / "convention-w-holdout.jsonl",
}
BY = "W"


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_CONSISTENCY = _module("corpus_apply_consistency_for_convention", HERE / "apply_consistency.py")
ConventionError = _CONSISTENCY.ConsistencyError


def note_tail(line: dict) -> str:
    """The words a convention record added to the end of the line's note ("" without one)."""
    record = line.get("convention")
    if not record:
        return ""
    tags = [f" {record['by']}, convention pass ({c}): {w}" for c, w in record["whys"].items()]
    return "".join(tags)


def before_conventions(line: dict) -> dict:
    """The line as it stood before any convention pass: its labels, its note, no record. The
    cross-reviews and the consistency passes came first and are checked against this."""
    record = line.get("convention")
    if not record:
        return line
    tail = note_tail(line)
    note = line["note"][: -len(tail)] if tail and line["note"].endswith(tail) else line["note"]
    out = {k: v for k, v in line.items() if k != "convention"}
    return {**out, "labels": {**line["labels"], **record["before"]}, "note": note}


def _rule(line: dict, criterion: str, label, why: str, by: str) -> bool:
    """Set one ruled label; True when the line changed."""
    record = line.setdefault("convention", {"by": by, "before": {}, "whys": {}})
    if record["by"] != by:
        raise ConventionError(f"{line['id']} already carries {record['by']}'s convention record")
    old = record["before"].get(criterion, line["labels"][criterion])
    if old == label and criterion not in record["before"]:
        if not record["before"]:
            line.pop("convention")
        return False
    changed = line["labels"][criterion] != label or record["whys"].get(criterion) != why
    base = before_conventions(line)["note"]
    record["before"][criterion] = old
    record["whys"][criterion] = why
    line["labels"][criterion] = label
    line["note"] = base + note_tail(line)
    return changed


def apply(
    rulings_file: Path, corpus: Path = HERE, holdout: bool = False, by: str = BY
) -> dict[str, Counter]:
    """Write every ruling into its corpus line; returns per class kept / changed old -> new."""
    found = _CONSISTENCY.CorpusFiles(corpus)
    tally: dict[str, Counter] = defaultdict(Counter)
    for place, row in _CONSISTENCY.read_rulings(rulings_file):
        key, line = found.ruled_line(place, row, holdout, by)
        criterion, label = row["criterion"], row["label"]
        old = line.get("convention", {}).get("before", {}).get(criterion, line["labels"][criterion])
        if _rule(line, criterion, label, row["why"], by):
            found.changed.add(key)
        tally[row["class"]]["kept" if old == label else f"{old} -> {label}"] += 1
    found.write()
    return tally


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rulings", nargs="?", type=Path, help="the rulings file")
    parser.add_argument("--holdout", action="store_true", help="a rulings file of holdout lines")
    args = parser.parse_args(argv)
    try:
        tally = apply(args.rulings or DEFAULTS[args.holdout], holdout=args.holdout)
    except ConventionError as exc:
        print(exc, file=sys.stderr)
        return 2
    _CONSISTENCY.print_tally(tally)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
