"""The second ESConv development set: its label file, its draw (`DEV2`) and `bench.esconv_dev
--set dev2` on synthetic split files of our own words.

ESConv itself (CC BY-NC) is never needed: the label files hold ids and our labels only, and the
synthetic splits below stand in for the dataset, laid out so that some of their ids are ids the
real label files name (which the dev2 draw must keep out).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bench.esconv_dev import (
    DEV,
    DEV2,
    DEV2_LABELS,
    DEV3,
    DEV4,
    DEV_LABELS,
    DRAW_SETS,
    EVALUATION_LABELS,
    SECOND_LABELS,
    dev_ids,
)

REPO = Path(__file__).resolve().parent.parent
ID = re.compile(r"esconv-(train|valid|test)-(\d{4})-t(\d{2,3})")  # turn 100+ in long talks
KEYS = {"id", "self_disclosure", "immediacy", "source_label"}
NOTE_MAX = 80
DIALOGUES, TURNS = 40, 12  # per synthetic split file: ids esconv-<split>-0000..0039-t00..t11


def ids_of(path: Path) -> set[str]:
    return {json.loads(line)["id"] for line in path.read_text("utf-8").splitlines()}


def rows_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_dev2_is_a_named_draw_with_its_own_seed_sizes_exclusions_and_file() -> None:
    assert DRAW_SETS["dev2"] is DEV2 and DRAW_SETS["dev"] is DEV
    assert DEV2.seed not in (DEV.seed, 2028)  # 2028 drew the second labeller's sample
    assert DEV2.natural == {True: 56, False: 544} and DEV2.extra == 150
    # ESConv's own rate: 1,713 writer-labelled Self-disclosure of 18,376 supporter turns
    assert round(600 * 1713 / 18376) == DEV2.natural[True]
    assert set(DEV2.excluded) == {EVALUATION_LABELS, DEV_LABELS, SECOND_LABELS}
    assert DEV2.labels == DEV2_LABELS
    # the first set's draw is unchanged: it keeps out the evaluation set only
    assert DEV.excluded == (EVALUATION_LABELS,) and DEV.seed == 2027


@pytest.mark.parametrize("drawn", [DEV, DEV2, DEV3, DEV4], ids=["dev", "dev2", "dev3", "dev4"])
def test_the_labels_are_one_row_per_drawn_turn_in_draw_order(drawn) -> None:
    rows = rows_of(drawn.labels)
    natural = sum(drawn.natural.values())
    assert len(rows) == natural + drawn.extra
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids), "an id is labelled twice"
    for row in rows:
        assert ID.fullmatch(row["id"]), row["id"]
        assert KEYS <= set(row) <= KEYS | {"note"}, row["id"]
        for key in ("self_disclosure", "immediacy", "source_label"):
            assert isinstance(row[key], bool), (row["id"], key)
    # the natural part holds the writers' labels in ESConv's own proportion; the extra part is
    # writer-labelled Self-disclosure only
    assert sum(row["source_label"] for row in rows[:natural]) == drawn.natural[True]
    assert all(row["source_label"] for row in rows[natural:])


def test_the_dev2_set_shares_no_turn_with_any_earlier_label_file() -> None:
    dev2 = ids_of(DEV2_LABELS)
    for path in (EVALUATION_LABELS, DEV_LABELS, SECOND_LABELS):
        assert not dev2 & ids_of(path), path.name


@pytest.mark.parametrize("drawn", [DEV, DEV2, DEV3, DEV4], ids=["dev", "dev2", "dev3", "dev4"])
def test_notes_are_short_reasons_given_exactly_where_needed(drawn) -> None:
    for row in rows_of(drawn.labels):
        differs = row["self_disclosure"] != row["source_label"]
        if differs or row["immediacy"]:
            assert row.get("note"), f"{row['id']}: differs from its source or marks immediacy"
        if "note" in row:
            note = row["note"]
            assert differs or row["immediacy"], f"{row['id']}: a note where we agree"
            assert isinstance(note, str) and 0 < len(note) <= NOTE_MAX, row["id"]
            assert '"' not in note, f"{row['id']}: notes never quote the turn"


def test_the_dev2_draw_is_fixed_by_its_seed_and_sized_and_excluded_as_stated() -> None:
    labels = {f"esconv-train-{i:04d}-t01": i % 4 == 0 for i in range(4000)}
    excluded = {f"esconv-train-{i:04d}-t01" for i in range(0, 4000, 7)}
    natural, extra = dev_ids(labels, excluded, DEV2)
    assert (natural, extra) == dev_ids(dict(reversed(list(labels.items()))), excluded, DEV2)
    assert len(natural) == 600 and len(extra) == 150
    assert sum(labels[i] for i in natural) == 56 and all(labels[i] for i in extra)
    assert not (set(natural) | set(extra)) & excluded
    assert not set(natural) & set(extra)
    assert any(labels[i] for i in natural[:100]) and not all(labels[i] for i in natural[:100])
    # another seed, another draw: dev2 is not the first set's draw cut shorter
    first_natural, _ = dev_ids(labels, excluded, DEV)
    assert natural != first_natural[:600]


def write_splits(folder: Path) -> None:
    """Three split files in ESConv's format, every turn a supporter's, in our own words: every
    id esconv-<split>-<0000..0039>-t<00..11> exists, one turn in four writer-labelled
    Self-disclosure."""
    for split in ("train", "valid", "test"):
        lines = []
        for d in range(DIALOGUES):
            dialog = [
                {
                    "speaker": "sys",
                    "text": f"Practice line {t} of talk {d}: how has your week been?",
                    "strategy": "Self-disclosure" if (d + t) % 4 == 0 else "Question",
                }
                for t in range(TURNS)
            ]
            lines.append(json.dumps({"situation": "x", "dialog": dialog}))
        (folder / f"{split}.json").write_text("\n".join(lines) + "\n", "utf-8")


def synthetic_ids() -> set[str]:
    return {
        f"esconv-{split}-{d:04d}-t{t:02d}"
        for split in ("train", "valid", "test")
        for d in range(DIALOGUES)
        for t in range(TURNS)
    }


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bench.esconv_dev", *args],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def splits_in(tmp_path: Path) -> Path:
    """Synthetic split files (write_splits) in a new folder under `tmp_path`."""
    folder = tmp_path / "splits"
    folder.mkdir()
    write_splits(folder)
    return folder


@pytest.fixture
def splits(tmp_path: Path) -> Path:
    return splits_in(tmp_path)


def test_set_dev2_draws_from_the_splits_keeping_out_every_earlier_labelled_id(
    splits: Path,
) -> None:
    dev2 = run("--splits", str(splits), "--set", "dev2", "--ids")
    first = run("--splits", str(splits), "--ids")
    assert dev2.returncode == 0 and first.returncode == 0, dev2.stderr + first.stderr
    dev2_ids, first_ids = dev2.stdout.split(), first.stdout.split()
    # enough synthetic turns for both full draws, in their stated sizes
    assert len(dev2_ids) == 750 and len(first_ids) == 1000
    writer_sd = {i for i in synthetic_ids() if sum(map(int, ID.fullmatch(i).groups()[1:])) % 4 == 0}
    assert sum(i in writer_sd for i in dev2_ids[:600]) == 56
    assert all(i in writer_sd for i in dev2_ids[600:])
    earlier = ids_of(EVALUATION_LABELS) | ids_of(DEV_LABELS) | ids_of(SECOND_LABELS)
    in_reach = synthetic_ids() & ids_of(DEV_LABELS)
    assert in_reach, "the synthetic splits must hold some first-set ids for this test to bite"
    assert not set(dev2_ids) & earlier
    # the first set's draw keeps out the evaluation set only, so first-set ids may be drawn...
    assert not set(first_ids) & ids_of(EVALUATION_LABELS)
    assert set(first_ids) & in_reach
    # ...and the same split drawn as dev2 never holds them
    assert not set(dev2_ids) & in_reach


def test_set_dev2_measures_the_labels_it_is_given_and_writes_no_file(
    splits: Path, tmp_path: Path
) -> None:
    drawn = run("--splits", str(splits), "--set", "dev2", "--ids").stdout.split()
    chosen = [drawn[0], drawn[1], drawn[600]]  # two of the natural draw, one extra
    labels = tmp_path / "labels.jsonl"
    rows = [
        {"id": i, "self_disclosure": k == 2, "immediacy": False, "source_label": k == 2}
        for k, i in enumerate(chosen)
    ]
    labels.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = run("--splits", str(splits), "--set", "dev2", "--labels", str(labels), "--errors")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "development set dev2: 3 hand-labelled turns of the 750 drawn" in out
    natural_part = out.split("--- the natural draw")[1].split("---")[0]
    assert "2 turns" in natural_part and "false self-disclosure" in natural_part
    extra_part = out.split("--- the extra writer-labelled disclosures")[1].split("---")[0]
    assert "1 turns" in extra_part and "self-disclosure recall" in extra_part
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # the text goes to no file


def test_an_unknown_set_is_refused(splits: Path) -> None:
    result = run("--splits", str(splits), "--set", "dev9", "--ids")
    assert result.returncode != 0 and "dev9" in result.stderr


@pytest.mark.parametrize(
    ("drawn", "heading"),
    [
        (DEV, "## The development set"),
        (DEV2, "## The second development set"),
        (DEV3, "## The third development set"),
        (DEV4, "## The fourth development set"),
    ],
    ids=["dev", "dev2", "dev3", "dev4"],
)
def test_the_readme_table_matches_the_labels(drawn, heading: str) -> None:
    rows = rows_of(drawn.labels)
    natural = sum(drawn.natural.values())
    parts = (rows, rows[:natural], rows[natural:])

    def line(count) -> str:  # one table row: all rows, natural draw, extra disclosures
        return "| " + " | ".join(str(sum(count(r) for r in part)) for part in parts) + " |"

    readme = (REPO / "bench" / "data" / "README.md").read_text("utf-8")
    section = readme.split(heading)[1].split("\n## ")[0]
    for count in (
        lambda r: not r["self_disclosure"] and not r["immediacy"],
        lambda r: r["self_disclosure"],
        lambda r: r["immediacy"],
        lambda r: r["self_disclosure"] == r["source_label"],
        lambda r: r["source_label"] and not r["self_disclosure"],
        lambda r: r["self_disclosure"] and not r["source_label"],
    ):
        assert line(count) in section
