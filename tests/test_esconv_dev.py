"""The ESConv development set: its label file's format, the draw rule, and `bench.esconv_dev` on a
tiny split of our own words.

ESConv itself (CC BY-NC) is never needed here: the label file holds ids and our labels only, and
the synthetic split files below stand in for the dataset.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from bench.bench_ordinary import Reading
from bench.esconv_dev import (
    DEV_LABELS,
    EVALUATION_LABELS,
    EXTRA_DISCLOSURES,
    NATURAL,
    dev_ids,
    figures,
    misreadings,
)

REPO = Path(__file__).resolve().parent.parent


def rows_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_the_dev_set_shares_no_turn_with_the_evaluation_set() -> None:
    evaluation = {row["id"] for row in rows_of(EVALUATION_LABELS)}
    assert not evaluation & {row["id"] for row in rows_of(DEV_LABELS)}


# The label files' row format and notes are checked for both sets in test_esconv_dev2.py.


def test_the_draw_is_fixed_by_its_seed_and_keeps_out_the_excluded_ids() -> None:
    labels = {f"esconv-train-{i:04d}-t01": i % 10 == 0 for i in range(5000)}
    excluded = {f"esconv-train-{i:04d}-t01" for i in range(0, 5000, 7)}
    natural, extra = dev_ids(labels, excluded)
    assert (natural, extra) == dev_ids(dict(reversed(list(labels.items()))), excluded)
    assert len(natural) == sum(NATURAL.values()) and len(extra) == EXTRA_DISCLOSURES
    assert sum(labels[i] for i in natural) == NATURAL[True]
    assert all(labels[i] for i in extra)
    assert not (set(natural) | set(extra)) & excluded
    assert not set(natural) & set(extra)
    # the natural part is interleaved, not one stratum after the other
    assert any(labels[i] for i in natural[:100]) and not all(labels[i] for i in natural[:100])


def reading(row_id: str, hand: str, judged: str) -> Reading:
    return Reading(
        id=row_id,
        disclosure=hand == "SD",
        immediacy=hand == "IM",
        source=hand == "SD",
        judged_disclosure="SD" in judged,
        judged_immediacy="IM" in judged,
    )


def test_figures_count_false_readings_on_ordinary_turns_and_recall_on_disclosures() -> None:
    readings = [
        reading("a", "ordinary", ""),
        reading("b", "ordinary", "SD"),
        reading("c", "ordinary", "IM"),
        reading("d", "SD", "SD"),
        reading("e", "SD", ""),
        reading("f", "IM", "IM"),
    ]
    f = figures(readings)
    assert (f.ordinary, f.false_disclosure, f.false_immediacy) == (3, 1, 1)
    assert (f.disclosures, f.disclosures_found, f.immediacy, f.immediacy_found) == (2, 1, 1, 1)
    assert [(r.id, what) for r, what in misreadings(readings)] == [
        ("b", "false SD"),
        ("c", "false IM"),
        ("e", "missed SD"),
    ]


GREETING = "Hello, what would you like to talk about today?"


def write_splits(folder: Path) -> None:
    """Three tiny split files in ESConv's format (JSON Lines of dialogues), in our own words."""
    dialogue = [
        {"speaker": "sys", "text": GREETING, "strategy": "Question"},
        {"speaker": "usr", "text": "My exams start next week and I cannot sleep."},
        {"speaker": "sys", "text": "What have you tried so far?", "strategy": "Question"},
        {"speaker": "usr", "text": "Not much. Did that ever happen to you?"},
        {
            "speaker": "sys",
            "text": "Yes, before my own finals I lay awake for nights too.",
            "strategy": "Self-disclosure",
        },
    ]
    for split in ("train", "valid", "test"):
        line = json.dumps({"situation": "x", "dialog": dialogue})
        (folder / f"{split}.json").write_text(line + "\n", "utf-8")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "bench.esconv_dev", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_the_script_measures_a_tiny_split_and_lists_its_misreadings(tmp_path: Path) -> None:
    splits = tmp_path / "splits"
    splits.mkdir()
    write_splits(splits)
    drawn = run("--splits", str(splits), "--ids")
    assert drawn.returncode == 0, drawn.stderr
    ids = drawn.stdout.split()
    assert "esconv-valid-0000-t00" in ids
    # the greeting is labelled disclosure on purpose: the judge must be listed as missing it
    labels = tmp_path / "labels.jsonl"
    rows = [
        {
            "id": row_id,
            "self_disclosure": row_id.endswith("t00"),
            "immediacy": False,
            "source_label": row_id.endswith("t04"),
        }
        for row_id in ids
    ]
    labels.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = run("--splits", str(splits), "--labels", str(labels), "--errors")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"{len(ids)} hand-labelled turns" in out
    assert "false self-disclosure" in out and "self-disclosure recall" in out
    missed = [line for line in out.splitlines() if line.startswith("missed SD")]
    assert any("esconv-valid-0000-t00" in line for line in missed)
    assert GREETING in out  # the text goes to stdout only...
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # ...and to no file
    recall = re.search(r"self-disclosure recall\s+(\d+) / (\d+)", out.split("--- all")[1])
    assert recall is not None
    found, total = int(recall.group(1)), int(recall.group(2))
    assert total - found == len(missed)


def test_the_script_says_so_and_succeeds_without_the_split_files(tmp_path: Path) -> None:
    result = run("--splits", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "not found" in result.stdout and "not measured" in result.stdout


# The README's label tables are checked for both sets in test_esconv_dev2.py.
