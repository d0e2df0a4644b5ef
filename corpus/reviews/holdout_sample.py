"""A fixed sample of the frozen holdout for a blind second labelling (P).

The rule: every holdout line (`in_holdout(moment)` true, corpus/split.py) of `corpus/*.jsonl`
(not `disputed/`), ordered by `id`, keeping every third (index 0, 3, 6, ...).

    python corpus/reviews/holdout_sample.py --ids              # the sampled ids, one a line
    python corpus/reviews/holdout_sample.py --blind-out DIR    # the reading sheet, in chunks

The reading sheet shows each sampled line's id, its moment fields (scenario, beat, rubric and the
rubric's criteria, what the moment invites, client line, cue, context) and the response, and
nothing else: never the line's labels, checks, voice, note, author, reviewer or dispute. It is
written as numbered text files of 50 lines each (`chunk-01.txt`, ...), in sample order.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
RUBRICS = CORPUS.parent / "rubrics"
STEP = 3
CHUNK = 50
# The only fields of a corpus line the reading sheet may show.
SHOWN = ("moment", "scenario", "beat", "rubric", "invites", "client_line", "cue", "context")


def _split_module():
    spec = importlib.util.spec_from_file_location("corpus_split_for_sample", CORPUS / "split.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sample() -> list[dict]:
    """The sampled holdout lines, in sample order (by id, every third from the first)."""
    split = _split_module()
    holdout = split.holdout_lines(split.corpus_files(CORPUS))
    return sorted(holdout, key=lambda line: line["id"])[::STEP]


def sample_ids() -> list[str]:
    return [line["id"] for line in sample()]


@functools.cache
def rubric_criteria(rubric_id: str) -> list[str]:
    """The rubric's criterion ids, inherited ones first (as the corpus labels them)."""
    data = yaml.safe_load((RUBRICS / f"{rubric_id}.yaml").read_text("utf-8"))
    inherited = rubric_criteria(data["extends"]) if data.get("extends") else []
    return [*inherited, *(criterion["id"] for criterion in data["criteria"])]


def sheet_entry(number: int, line: dict) -> str:
    """One line of the reading sheet: moment fields and response, no labels."""
    out = [f"=== {number:03d} {line['id']}"]
    out.append(f"moment: {line['moment']}  (scenario {line['scenario']}, beat {line['beat']})")
    out.append(f"rubric: {line['rubric']}  criteria: {', '.join(rubric_criteria(line['rubric']))}")
    out.append(f"invites: {line['invites']}")
    for turn in line["context"]:
        out.append(f"  [{turn['speaker']}] {turn['text']}")
    out.append(f"CLIENT: {line['client_line']}")
    if line["cue"]:
        out.append(f"CUE: {line['cue']}")
    out.append(f"RESPONSE: {line['response']}")
    return "\n".join(out) + "\n"


def write_blind(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    lines = sample()
    written = []
    for start in range(0, len(lines), CHUNK):
        entries = [sheet_entry(start + i + 1, line) for i, line in enumerate(lines[start:][:CHUNK])]
        path = directory / f"chunk-{start // CHUNK + 1:02d}.txt"
        path.write_text("\n".join(entries), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--ids", action="store_true", help="print the sampled ids")
    group.add_argument("--blind-out", type=Path, metavar="DIR", help="write the reading sheet")
    args = parser.parse_args(argv)
    if args.ids:
        print("\n".join(sample_ids()))
    else:
        paths = write_blind(args.blind_out)
        print(f"{sum(1 for _ in sample())} lines in {len(paths)} chunks under {args.blind_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
