"""The hand-checked label files in bench/data: their format, and that they carry no dataset text.

The shared data they label (CC BY-NC) is not needed: only our ids and labels are checked here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ordinary_bench import run_ordinary_bench

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "bench" / "data"
FILES = {
    "esconv_checked.jsonl": (1900, re.compile(r"esconv-(train|valid|test)-\d{4}-t\d{2}")),
    "mi_gold_checked.jsonl": (268, re.compile(r"mi-gold-test-\d{4}")),
}
KEYS = {"id", "self_disclosure", "immediacy", "source_label"}
NOTE_MAX = 80  # a short reason in our words, never a quotation of the turn


def rows_of(name: str) -> list[dict]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_line_is_one_labelled_row(name: str) -> None:
    count, id_pattern = FILES[name]
    rows = rows_of(name)
    assert len(rows) == count
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids), "an id is labelled twice"
    for row in rows:
        assert id_pattern.fullmatch(row["id"]), row["id"]
        assert KEYS <= set(row) <= KEYS | {"note"}, row["id"]
        for key in ("self_disclosure", "immediacy", "source_label"):
            assert isinstance(row[key], bool), (row["id"], key)


@pytest.mark.parametrize("name", sorted(FILES))
def test_notes_are_short_reasons_only_where_we_differ(name: str) -> None:
    for row in rows_of(name):
        if "note" not in row:
            continue
        note = row["note"]
        assert isinstance(note, str) and 0 < len(note) <= NOTE_MAX, row["id"]
        differs = row["self_disclosure"] != row["source_label"]
        assert differs or row["immediacy"], f"{row['id']}: a note where we agree with the source"
        assert '"' not in note, f"{row['id']}: notes never quote the turn"


def test_every_disagreement_with_the_source_says_why() -> None:
    for name in FILES:
        for row in rows_of(name):
            if row["self_disclosure"] != row["source_label"]:
                assert row.get("note"), f"{name}: {row['id']} differs from its source unexplained"


def test_readme_counts_match_the_labels() -> None:
    readme = (DATA / "README.md").read_text("utf-8")
    rows = rows_of("esconv_checked.jsonl")
    ordinary = sum(not r["self_disclosure"] and not r["immediacy"] for r in rows)
    disclosure = sum(r["self_disclosure"] for r in rows)
    agree = sum(r["self_disclosure"] == r["source_label"] for r in rows)
    for figure in (ordinary, disclosure, agree):
        assert f"| {figure:,} |" in readme or f"| {figure} |" in readme, figure


def test_the_benchmark_says_so_and_succeeds_without_the_shared_data(tmp_path: Path) -> None:
    result = run_ordinary_bench(ROLEPLAY_SHARED_DATA=str(tmp_path))
    assert result.stdout.count("not found") == len(FILES)
    assert "false self-disclosure" not in result.stdout
