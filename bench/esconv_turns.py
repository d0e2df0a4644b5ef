"""ESConv supporter turns read in place from the dataset's split files, and the rule that drew the
turns we hand-checked beyond the shared 1,500-row sample (bench/data/README.md).

ESConv is CC BY-NC: its text is read from a copy outside the repository at run time and never
written into it. A row built here has the shared file's format (`id`
`esconv-<split>-<dialogue>-t<turn>`, up to 3 previous turns as `context`, `response`, `label`,
`is_self_disclosure`); for the 1,500 shared ids it reproduces the shared rows exactly.

`python -m bench.esconv_turns` prints the ids of the extension draw, in order (ids only).
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ROLEPLAY_SHARED_DATA", REPO.parent / "shared" / "data"))
# the HF split release, three JSON Lines files (train/valid/test.json); where to get them: README
SPLITS = Path(os.environ.get("ROLEPLAY_ESCONV_SPLITS", SHARED / "esconv"))
SPLIT_NAMES = ("train", "valid", "test")
SPEAKER = {"usr": "seeker", "sys": "supporter"}
CONTEXT_TURNS = 3
SHARED_SAMPLE = SHARED / "disclosure-labels" / "esconv_selfdisclosure_eval.jsonl"

# The extension draw: within each stratum of the writers' label, the supporter turns not in the
# shared sample, sorted by id and shuffled with this seed; the first N of each are taken, N in
# ESConv's own proportion (1,713 Self-disclosure of 18,376 supporter turns: 37 of 400).
SEED = 2026
DRAW = {True: 37, False: 363}


def supporter_turns(splits: Path = SPLITS) -> dict[str, dict]:
    """Every supporter turn of ESConv by id, in the shared file's row format."""
    rows: dict[str, dict] = {}
    for split in SPLIT_NAMES:
        lines = (splits / f"{split}.json").read_text("utf-8").splitlines()
        for dialogue_index, line in enumerate(lines):
            dialog = json.loads(line)["dialog"]
            for turn_index, turn in enumerate(dialog):
                if turn["speaker"] != "sys":
                    continue
                before = dialog[max(0, turn_index - CONTEXT_TURNS) : turn_index]
                row_id = f"esconv-{split}-{dialogue_index:04d}-t{turn_index:02d}"
                rows[row_id] = {
                    "id": row_id,
                    "context": [
                        {"speaker": SPEAKER[t["speaker"]], "text": t["text"]} for t in before
                    ],
                    "response": turn["text"],
                    "label": turn["strategy"],
                    "is_self_disclosure": turn["strategy"] == "Self-disclosure",
                }
    return rows


def extension_ids(all_ids_by_label: dict[str, bool], shared_ids: set[str]) -> list[str]:
    """The drawn ids: for each writer label, the first DRAW[label] of the seeded shuffle of the
    turns outside the shared sample (Self-disclosure first, then the others)."""
    drawn: list[str] = []
    for flag in (True, False):
        pool = sorted(i for i, sd in all_ids_by_label.items() if sd == flag and i not in shared_ids)
        random.Random(SEED).shuffle(pool)
        drawn.extend(pool[: DRAW[flag]])
    return drawn


def main() -> int:
    if not (SPLITS / "train.json").is_file() or not SHARED_SAMPLE.is_file():
        print(f"need {SPLITS}/{{train,valid,test}}.json and {SHARED_SAMPLE}", file=sys.stderr)
        return 2
    turns = supporter_turns()
    shared_ids = {json.loads(line)["id"] for line in SHARED_SAMPLE.read_text("utf-8").splitlines()}
    labels = {row_id: row["is_self_disclosure"] for row_id, row in turns.items()}
    print("\n".join(extension_ids(labels, shared_ids)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
