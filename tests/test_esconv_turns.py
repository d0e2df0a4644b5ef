"""bench/esconv_turns.py: rows built from ESConv's split files; the rule that drew our extension.

ESConv itself (CC BY-NC) is never needed here: tiny split files of our own words stand in for it.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench.esconv_turns import DRAW, extension_ids, supporter_turns


def write_splits(folder: Path) -> None:
    dialogues = {
        "train": [
            [
                ("sys", "Hello there.", "Others"),
                ("usr", "I lost my job.", None),
                ("usr", "It has been hard.", None),
                ("sys", "I lost mine last spring.", "Self-disclosure"),
                ("usr", "How did you cope?", None),
                ("sys", "What helped you before?", "Question"),
            ]
        ],
        "valid": [[("usr", "Hi.", None), ("sys", "Hi, how can I help?", "Question")]],
        "test": [[("sys", "Good evening.", "Others")]],
    }
    for split, dialogs in dialogues.items():
        lines = []
        for dialog in dialogs:
            turns = []
            for speaker, text, strategy in dialog:
                turn = {"text": text, "speaker": speaker}
                if strategy:
                    turn["strategy"] = strategy
                turns.append(turn)
            lines.append(json.dumps({"situation": "x", "dialog": turns}))
        (folder / f"{split}.json").write_text("\n".join(lines) + "\n", "utf-8")


def test_rows_have_the_shared_format_with_three_turns_of_context(tmp_path: Path) -> None:
    write_splits(tmp_path)
    rows = supporter_turns(tmp_path)
    assert set(rows) == {
        "esconv-train-0000-t00",
        "esconv-train-0000-t03",
        "esconv-train-0000-t05",
        "esconv-valid-0000-t01",
        "esconv-test-0000-t00",
    }
    row = rows["esconv-train-0000-t05"]
    assert row["response"] == "What helped you before?"
    assert row["label"] == "Question" and row["is_self_disclosure"] is False
    assert row["context"] == [
        {"speaker": "seeker", "text": "It has been hard."},
        {"speaker": "supporter", "text": "I lost mine last spring."},
        {"speaker": "seeker", "text": "How did you cope?"},
    ]
    assert rows["esconv-train-0000-t03"]["is_self_disclosure"] is True
    assert rows["esconv-test-0000-t00"]["context"] == []


def test_the_draw_is_fixed_stratified_and_leaves_out_the_shared_sample() -> None:
    by_label = {f"esconv-train-{i:04d}-t01": i % 10 == 0 for i in range(5000)}
    shared = {row_id for n, row_id in enumerate(sorted(by_label)) if n % 7 == 0}
    drawn = extension_ids(by_label, shared)
    assert drawn == extension_ids(dict(reversed(by_label.items())), set(shared))
    assert len(drawn) == len(set(drawn)) == DRAW[True] + DRAW[False]
    assert not shared & set(drawn)
    assert sum(by_label[row_id] for row_id in drawn) == DRAW[True]
    assert all(by_label[row_id] for row_id in drawn[: DRAW[True]])
