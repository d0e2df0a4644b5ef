"""The labelled corpus's frozen holdout, decided by rule rather than by hand.

A line is in the holdout iff sha256 of its `moment` (as UTF-8), read as an integer, is divisible
by 4: about a quarter of moments, and every paraphrase or variant written for one moment falls on
the same side, so none can leak from training into the holdout. Fitting and tuning import
`train_lines()` and never read `holdout_lines()`.

`python corpus/split.py` prints, for train and holdout, how many lines each criterion labels
(scored, and null) and how many lines each voice has.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent
HOLDOUT_MODULUS = 4


def in_holdout(moment: str) -> bool:
    """True when the moment (and so every line written for it) belongs to the frozen holdout."""
    digest = hashlib.sha256(moment.encode("utf-8")).hexdigest()
    return int(digest, 16) % HOLDOUT_MODULUS == 0


def corpus_files(directory: Path = CORPUS_DIR) -> list[Path]:
    return sorted(directory.glob("*.jsonl"))


def read_lines(paths: Iterable[Path] | None = None) -> Iterator[dict]:
    """Every labelled line of the corpus, in file order; a malformed line names file:line."""
    for path in corpus_files() if paths is None else paths:
        with path.open(encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    yield json.loads(text)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not a JSON object ({exc.msg})") from exc


def split(lines: Iterable[dict]) -> tuple[list[dict], list[dict]]:
    """(train, holdout) by the moment rule."""
    train: list[dict] = []
    holdout: list[dict] = []
    for line in lines:
        (holdout if in_holdout(line["moment"]) else train).append(line)
    return train, holdout


def train_lines(paths: Iterable[Path] | None = None) -> list[dict]:
    return split(read_lines(paths))[0]


def holdout_lines(paths: Iterable[Path] | None = None) -> list[dict]:
    return split(read_lines(paths))[1]


def counts(lines: list[dict]) -> dict[str, Counter]:
    """Per criterion: scored and null line counts; per voice: line counts; moments."""
    criteria: Counter = Counter()
    nulls: Counter = Counter()
    voices: Counter = Counter(line["voice"] for line in lines)
    for line in lines:
        for criterion, score in line["labels"].items():
            (nulls if score is None else criteria)[criterion] += 1
    moments: Counter = Counter(line["moment"] for line in lines)
    return {"scored": criteria, "null": nulls, "voice": voices, "moments": moments}


def report(train: list[dict], holdout: list[dict]) -> str:
    out: list[str] = []
    for name, lines in (("train", train), ("holdout", holdout)):
        found = counts(lines)
        out.append(f"{name}: {len(lines)} lines, {len(found['moments'])} moments")
        out.append("  criterion          scored    null")
        for criterion in sorted(set(found["scored"]) | set(found["null"])):
            scored, null = found["scored"][criterion], found["null"][criterion]
            out.append(f"  {criterion:<18} {scored:>6}  {null:>6}")
        out.append("  voice              lines")
        for voice, number in sorted(found["voice"].items()):
            out.append(f"  {voice:<18} {number:>6}")
    total = len(train) + len(holdout)
    if total:
        out.append(f"holdout share: {len(holdout) / total:.1%} of lines")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    paths = [Path(a) for a in args] or None
    train, holdout = split(read_lines(paths))
    print(report(train, holdout))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
