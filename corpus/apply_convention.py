"""Apply a convention pass's rulings to the corpus lines, in place.

    python corpus/apply_convention.py                      # W's rulings on the training lines
    python corpus/apply_convention.py --holdout            # W's rulings on the frozen holdout
    python corpus/apply_convention.py --by X [--holdout]   # X's rulings (immediacy)
    python corpus/apply_convention.py --by Z [--holdout]   # Z's rulings (immediacy at a strain)

A convention pass follows a change to a rubric's `applies_when`, not a disagreement between
labellers. W's follows rupture repair's (rubric v2, relationship-boundaries.yaml), under which
every reply to a strain marker is scored and one that moves past it is repair not attempted
(1-2), where it had been "not in play" (null). W, blind to the judge, first ruled each moment
strain or not (`reviews/convention-w-moments*.jsonl`), then rated every line at a strain moment
whose rupture repair label was null (`reviews/convention-w*.jsonl`). X's follows immediacy's
(disclosure-immediacy.yaml), under which a question or remark about the trainee's reaction is a
marker and any answer to it is in play: X ruled each moment with a second-person client line
marker or not (`reviews/convention-x-moments*.jsonl`), then every null immediacy line at a marker
moment in play (1-5) or still null (`reviews/convention-x*.jsonl`). Z's follows the same
`applies_when` at the other kind of marker, a strain (a complaint, a let-down, a withdrawal or
appeasing after something in the therapy), where "a complaint treated as something happening
between them" is immediacy: at every moment W ruled strain and X did not rule marker, Z ruled
every line in play or not (`reviews/convention-z*.jsonl`), keeping the level of a line already
scored and rating the newly in play.

Each rulings row (`{"id", "class", "criterion", "label", "why"}`) sets one label and leaves its
record in the line's `convention` list, one record per pass in the order applied: `{"by": "W",
"before": {criterion: old label}, "whys": {criterion: why}}`, with the why added to the line's
note. A row that keeps the line's label (X's "still null") changes nothing. The record governs
that criterion from then on: a consistency pass (apply_consistency.py) applied again leaves it
alone. Running this again changes nothing. It refuses (and writes nothing) a row naming a line on
the other side of the holdout split, an id the corpus does not have, a criterion the line does
not label, a criterion another pass's record already governs, a label neither null nor 1-5, or a
row without a why.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the default rulings file per pass and side (holdout True / False)
DEFAULTS = {
    ("W", False): HERE / "reviews" / "convention-w.jsonl",
    ("W", True): HERE / "reviews" / "convention-w-holdout.jsonl",
    ("X", False): HERE / "reviews" / "convention-x.jsonl",
    ("X", True): HERE / "reviews" / "convention-x-holdout.jsonl",
    ("Z", False): HERE / "reviews" / "convention-z.jsonl",
    ("Z", True): HERE / "reviews" / "convention-z-holdout.jsonl",
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


def records(line: dict) -> list[dict]:
    """The line's convention records, one per pass, in the order applied."""
    return line.get("convention", [])


def governed(line: dict, criterion: str) -> bool:
    """A convention pass has set this criterion's label (a consistency pass leaves it alone)."""
    return any(criterion in record["before"] for record in records(line))


def note_tail(line: dict) -> str:
    """The words the convention records added to the end of the line's note ("" without one)."""
    return "".join(
        f" {record['by']}, convention pass ({c}): {w}"
        for record in records(line)
        for c, w in record["whys"].items()
    )


def before_conventions(line: dict) -> dict:
    """The line as it stood before any convention pass: its labels, its note, no record. The
    cross-reviews and the consistency passes came first and are checked against this."""
    if not records(line):
        return line
    tail = note_tail(line)
    note = line["note"][: -len(tail)] if tail and line["note"].endswith(tail) else line["note"]
    labels = dict(line["labels"])
    for record in reversed(records(line)):
        labels.update(record["before"])
    out = {k: v for k, v in line.items() if k != "convention"}
    return {**out, "labels": labels, "note": note}


def _rule(line: dict, criterion: str, label, why: str, by: str) -> bool:
    """Set one ruled label; True when the line changed."""
    others = [r for r in records(line) if r["by"] != by and criterion in r["before"]]
    if others:
        raise ConventionError(
            f"{line['id']}: {criterion} is governed by {others[0]['by']}'s convention record"
        )
    base = before_conventions(line)["note"]
    mine = next((r for r in records(line) if r["by"] == by), None)
    old = mine["before"][criterion] if mine and criterion in mine["before"] else None
    if mine is None or criterion not in mine["before"]:
        old = line["labels"][criterion]
        if old == label:
            return False  # the pass kept the label: nothing to record
    if mine is None:
        mine = {"by": by, "before": {}, "whys": {}}
        line.setdefault("convention", []).append(mine)
    changed = line["labels"][criterion] != label or mine["whys"].get(criterion) != why
    mine["before"][criterion] = old
    mine["whys"][criterion] = why
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
        mine = [r["before"] for r in records(line) if r["by"] == by and criterion in r["before"]]
        old = mine[0][criterion] if mine else line["labels"][criterion]
        if _rule(line, criterion, label, row["why"], by):
            found.changed.add(key)
        tally[row["class"]]["kept" if old == label else f"{old} -> {label}"] += 1
    found.write()
    return tally


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rulings", nargs="?", type=Path, help="the rulings file")
    parser.add_argument("--holdout", action="store_true", help="a rulings file of holdout lines")
    parser.add_argument("--by", default=BY, choices=sorted({by for by, _ in DEFAULTS}))
    args = parser.parse_args(argv)
    try:
        rulings = args.rulings or DEFAULTS[(args.by, args.holdout)]
        tally = apply(rulings, holdout=args.holdout, by=args.by)
    except ConventionError as exc:
        print(exc, file=sys.stderr)
        return 2
    _CONSISTENCY.print_tally(tally)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
