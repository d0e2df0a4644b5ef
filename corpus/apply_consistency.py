"""Apply a consistency pass's rulings (Q's by default) to the corpus lines, in place.

    python corpus/apply_consistency.py [corpus/reviews/consistency-q.jsonl]
    python corpus/apply_consistency.py --holdout --by R [corpus/reviews/consistency-r-holdout.jsonl]
    python corpus/apply_consistency.py --by U [corpus/reviews/consistency-u.jsonl]
    python corpus/apply_consistency.py --holdout --by U [corpus/reviews/consistency-u-holdout.jsonl]
    python corpus/apply_consistency.py --by V [corpus/reviews/consistency-v.jsonl]
    python corpus/apply_consistency.py --holdout --by V [corpus/reviews/consistency-v-holdout.jsonl]

Each row of the rulings file (`{"id", "class", "criterion", "label", "why"}`) names one training
line and the label Q ruled for one criterion. For every row whose label differs from the line's,
the line in its corpus file gets the ruled label, and keeps what it had under `consistency`:
`{"by": "Q", "before": {criterion: old label}, "note_before": old note}`, with Q's `why` added to
its note. A row that agrees with the line changes nothing. Running it again changes nothing, and
a row that puts a label back to what it was before removes the record of the change. A label a
later convention pass governs (the line's `convention` record, apply_convention.py) is left alone
and counted as superseded.

It refuses (and writes nothing) if a row names a line in the frozen holdout, an id the corpus
does not have, a criterion the line's rubric does not label, or a label neither null nor 1-5.
Only with `--holdout` (R's pass: Q's class rules applied blind to the holdout) does it take a
rulings file of holdout lines, and then it refuses any training line; `--by` names the
adjudicator recorded under `consistency` and in the note (R by default with `--holdout`). With
`--by U` (U's pass, classes D and E) the default rulings file is U's, on either side, and with
`--by V` (V's pass, classes F-I) V's. A ruling that
would change a line already carrying another adjudicator's record is refused, so no record
mixes two adjudicators (one that keeps the line's label changes nothing and passes).

It prints, per class, how many rulings kept the line's label and how many changed it, old -> new.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
RULINGS = HERE / "reviews" / "consistency-q.jsonl"
HOLDOUT_RULINGS = HERE / "reviews" / "consistency-r-holdout.jsonl"
BY = "Q"
# the default rulings file per adjudicator and side (holdout True / False)
DEFAULTS = {
    ("Q", False): RULINGS,
    ("R", True): HOLDOUT_RULINGS,
    ("U", False): HERE / "reviews" / "consistency-u.jsonl",
    ("U", True): HERE / "reviews" / "consistency-u-holdout.jsonl",
    ("V", False): HERE / "reviews" / "consistency-v.jsonl",
    ("V", True): HERE / "reviews" / "consistency-v-holdout.jsonl",
}


class ConsistencyError(Exception):
    """A rulings file that cannot be applied; the message names file:line."""


def _in_holdout():
    spec = importlib.util.spec_from_file_location("corpus_split_apply_q", HERE / "split.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.in_holdout


def read_rulings(path: Path = RULINGS) -> list[tuple[str, dict]]:
    out = []
    for number, text in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if text.strip():
            try:
                out.append((f"{path}:{number}", json.loads(text)))
            except json.JSONDecodeError as exc:
                raise ConsistencyError(f"{path}:{number}: not a JSON object ({exc.msg})") from exc
    return out


def _dump(line: dict) -> str:
    return json.dumps(line, ensure_ascii=False)


def before(line: dict, criterion: str):
    """The line's label for `criterion` as it stood before Q's pass."""
    kept = line.get("consistency", {}).get("before", {})
    return kept[criterion] if criterion in kept else line["labels"][criterion]


def _rule(line: dict, criterion: str, label, why: str, by: str = BY) -> bool:
    """Set one ruled label on a corpus line; True when the line changed."""
    original = before(line, criterion)
    record = line.get("consistency", {"by": by, "before": {}, "note_before": line["note"]})
    if label == original:
        if criterion not in record["before"]:
            return False
        del record["before"][criterion]
    else:
        record["before"][criterion] = original
    line["labels"][criterion] = label
    notes = {c: r for c, r in record.get("whys", {}).items() if c in record["before"]}
    if label != original:
        notes[criterion] = why
    # a convention pass's words stay at the end of the note, where apply_convention.py put them
    tail = "".join(
        f" {conv['by']}, convention pass ({c}): {w}"
        for conv in line.get("convention", [])
        for c, w in conv["whys"].items()
    )
    if record["before"]:
        record["whys"] = notes
        line["consistency"] = record
        line["note"] = (
            record["note_before"]
            + " "
            + " ".join(f"{record['by']}, consistency pass ({c}): {w}" for c, w in notes.items())
            + tail
        )
    else:
        line["note"] = record["note_before"] + tail
        line.pop("consistency", None)
    return True


class CorpusFiles:
    """The corpus's line files, read once: the line a ruling names, checked, and the changed
    lines written back (this pass's and apply_convention.py's)."""

    def __init__(self, corpus: Path) -> None:
        self.files: dict[Path, list[str]] = {}
        self.where: dict[str, tuple[Path, int]] = {}
        self.lines: dict[tuple[Path, int], dict] = {}
        self.changed: set[tuple[Path, int]] = set()
        self.in_holdout = _in_holdout()
        for path in sorted(corpus.glob("*.jsonl")):
            self.files[path] = path.read_text("utf-8").splitlines()
            for number, text in enumerate(self.files[path]):
                self.where[json.loads(text)["id"]] = (path, number)

    def ruled_line(self, place: str, row: dict, holdout: bool, who: str) -> tuple:
        """The line `row` rules (its key and its object), once its id, side of the holdout
        split, criterion, label and why are checked; `who` names the pass in the refusal."""
        if row.get("id") not in self.where:
            raise ConsistencyError(f"{place}: no corpus line {row.get('id')!r}")
        key = self.where[row["id"]]
        line = self.lines.setdefault(key, json.loads(self.files[key[0]][key[1]]))
        if self.in_holdout(line["moment"]) != holdout:
            if holdout:
                raise ConsistencyError(f"{place}: {row['id']} is a training line, not holdout")
            raise ConsistencyError(
                f"{place}: {row['id']} is a holdout line; {who} never touches one"
            )
        criterion, label = row.get("criterion"), row.get("label")
        if criterion not in line["labels"]:
            raise ConsistencyError(f"{place}: {row['id']} has no criterion {criterion!r}")
        if not (label is None or (isinstance(label, int) and 1 <= label <= 5)):
            raise ConsistencyError(f"{place}: label {label!r} is neither null nor 1-5")
        if not str(row.get("why", "")).strip():
            raise ConsistencyError(f"{place}: a ruling needs a why")
        return key, line

    def write(self) -> None:
        for path, number in self.changed:
            self.files[path][number] = _dump(self.lines[(path, number)])
        for path in {path for path, _ in self.changed}:
            path.write_text("".join(text + "\n" for text in self.files[path]), "utf-8")


def apply(
    rulings_file: Path = RULINGS, corpus: Path = HERE, holdout: bool = False, by: str = BY
) -> dict[str, Counter]:
    """Write every ruling into its corpus line; returns per class kept / changed old -> new.

    Training lines only, unless `holdout` (then holdout lines only)."""
    found = CorpusFiles(corpus)
    tally: dict[str, Counter] = defaultdict(Counter)
    for place, row in read_rulings(rulings_file):
        key, line = found.ruled_line(place, row, holdout, "Q")
        criterion, label = row["criterion"], row["label"]
        if any(criterion in conv["before"] for conv in line.get("convention", [])):
            # a later convention pass (apply_convention.py) governs this label now
            tally[row["class"]]["superseded"] += 1
            continue
        old = before(line, criterion)
        record = line.get("consistency")
        touches = old != label or criterion in (record or {}).get("before", {})
        if record and record["by"] != by and touches:
            raise ConsistencyError(f"{place}: {row['id']} already carries {record['by']}'s record")
        if _rule(line, criterion, label, row["why"], by):
            found.changed.add(key)
        tally[row["class"]]["kept" if old == label else f"{old} -> {label}"] += 1
    found.write()
    return tally


def print_tally(tally: dict[str, Counter]) -> None:
    """Per class: how many ruled, kept and changed, and each change old -> new."""
    for name, counts in sorted(tally.items()):
        moved = sum(n for k, n in counts.items() if k not in {"kept", "superseded"})
        print(f"class {name}: {sum(counts.values())} ruled, kept {counts['kept']}, changed {moved}")
        for change, number in sorted(counts.items()):
            if change != "kept":
                print(f"  {change}: {number}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rulings", nargs="?", type=Path, help="the rulings file")
    parser.add_argument("--holdout", action="store_true", help="a rulings file of holdout lines")
    parser.add_argument("--by", help="the adjudicator recorded (Q; R with --holdout; U; V)")
    args = parser.parse_args(argv)
    by = args.by or ("R" if args.holdout else BY)
    rulings = args.rulings or DEFAULTS.get((by, args.holdout))
    if rulings is None:
        print(f"no default rulings file for {by} on this side; name one", file=sys.stderr)
        return 2
    try:
        tally = apply(rulings, holdout=args.holdout, by=by)
    except ConsistencyError as exc:
        print(exc, file=sys.stderr)
        return 2
    print_tally(tally)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
