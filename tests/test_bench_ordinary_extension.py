"""bench_ordinary on the ESConv rows of our own draw: read from the split files when they are there,
said so and left out when they are not, and never a turn id in what it prints.

Stand-in data of our own words under the real labelled ids (ESConv itself is CC BY-NC).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ordinary_bench import run_ordinary_bench

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "bench" / "data" / "esconv_checked.jsonl"
SHARED_ROWS = 1500  # the file's first rows label the shared sample, the rest our draw


def labelled() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text("utf-8").splitlines()]


def shared_row(label: dict) -> dict:
    return {
        "id": label["id"],
        "source": "stand-in",
        "context": [{"speaker": "seeker", "text": "I have had a hard week at work."}],
        "response": "That sounds exhausting. What made it hardest?",
        "label": "Self-disclosure" if label["source_label"] else "Question",
        "is_self_disclosure": label["source_label"],
    }


def write_shared(folder: Path) -> None:
    rows = labelled()[:SHARED_ROWS]
    disclosure = next(r for r in rows if r["self_disclosure"] and r["source_label"])
    ordinary = next(r for r in rows if not r["self_disclosure"] and not r["source_label"])
    target = folder / "disclosure-labels" / "esconv_selfdisclosure_eval.jsonl"
    target.parent.mkdir(parents=True)
    target.write_text("".join(json.dumps(shared_row(r)) + "\n" for r in (disclosure, ordinary)))


def write_splits_holding(folder: Path, row_id: str) -> None:
    """Split files in which only `row_id` of our draw exists (as a supporter turn)."""
    split, dialogue, turn = re.fullmatch(r"esconv-(\w+)-(\d{4})-t(\d+)", row_id).groups()
    dialog = [{"text": "I feel stuck.", "speaker": "usr"}] * int(turn)
    dialog = [*dialog, {"text": "I have felt stuck too.", "speaker": "sys", "strategy": "Others"}]
    for name in ("train", "valid", "test"):
        lines = [json.dumps({"dialog": []})] * int(dialogue) if name == split else []
        if name == split:
            lines.append(json.dumps({"dialog": dialog}))
        (folder / f"{name}.json").write_text("".join(line + "\n" for line in lines))


def run_bench(shared: Path, splits: Path) -> str:
    return run_ordinary_bench(
        ROLEPLAY_SHARED_DATA=str(shared), ROLEPLAY_ESCONV_SPLITS=str(splits)
    ).stdout


def test_our_draw_is_read_from_the_split_files_or_said_to_be_missing(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    write_shared(shared)
    extension = [r["id"] for r in labelled()[SHARED_ROWS:]]
    assert extension, "the labels file holds rows beyond the shared sample"
    outside_shared = len(labelled()) - 2  # every labelled id the stand-in shared file lacks

    without = run_bench(shared, tmp_path / "no-splits")
    assert f"{outside_shared} hand-labelled ESConv turns are read from the split files" in without
    assert "measuring the 2 shared rows only" in without
    assert "ESConv: 2 hand-checked turns" in without

    splits = tmp_path / "splits"
    splits.mkdir()
    write_splits_holding(splits, extension[0])
    present = run_bench(shared, splits)
    assert f"{outside_shared - 1} hand-labelled ids are not in" in present
    assert "ESConv: 3 hand-checked turns" in present
    for output in (without, present):
        assert "esconv-" not in output, "an evaluation set's turn ids are never printed"
