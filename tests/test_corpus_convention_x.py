"""X's convention pass (corpus/apply_convention.py --by X): the immediacy applies_when puts any
answer to a question or remark about the trainee's reaction in play. X, blind to the judge, ruled
each moment with a second-person client line marker or not (reviews/convention-x-moments*.jsonl),
then every null immediacy line at a marker moment in play (1-5) or still null
(reviews/convention-x*.jsonl). Each in-play ruling is what its line carries, beside any record of
W's; a still-null ruling leaves its line alone; applying again changes nothing; and a pass may
not set a label another pass governs."""

from __future__ import annotations

import json

import pytest

from conftest import REPO
from corpus_consistency_support import CONVENTION, SPLIT, copy_corpus, read_jsonl

CORPUS = REPO / "corpus"
REVIEWS = CORPUS / "reviews"
RULINGS = {False: REVIEWS / "convention-x.jsonl", True: REVIEWS / "convention-x-holdout.jsonl"}
MOMENTS = {
    False: REVIEWS / "convention-x-moments.jsonl",
    True: REVIEWS / "convention-x-moments-holdout.jsonl",
}
LINES = {line["id"]: line for p in sorted(CORPUS.glob("*.jsonl")) for line in read_jsonl(p)}


def x_record(line: dict) -> dict | None:
    found = [r for r in line.get("convention", []) if r["by"] == "X"]
    return found[0] if found else None


@pytest.mark.parametrize("holdout", [False, True])
def test_every_ruling_is_what_its_line_carries(holdout: bool) -> None:
    rows = read_jsonl(RULINGS[holdout])
    assert any(row["label"] is not None for row in rows)
    for row in rows:
        line = LINES[row["id"]]
        assert SPLIT.in_holdout(line["moment"]) == holdout, row["id"]
        assert row["class"] == "X" and row["criterion"] == "immediacy" and row["why"].strip()
        assert line["labels"]["immediacy"] == row["label"], row["id"]
        record = x_record(line)
        if row["label"] is None:
            assert record is None, row["id"]  # kept the null: nothing recorded
            continue
        assert record is not None and record["before"] == {"immediacy": None}
        assert record["whys"]["immediacy"] == row["why"]
        assert f" X, convention pass (immediacy): {row['why']}" in line["note"]
        undone = CONVENTION.before_conventions(line)
        assert undone["labels"]["immediacy"] is None and "convention" not in undone


@pytest.mark.parametrize("holdout", [False, True])
def test_every_null_line_at_a_marker_moment_was_ruled_and_no_other(holdout: bool) -> None:
    ruled_moments = {row["moment"]: row for row in read_jsonl(MOMENTS[holdout])}
    assert all(
        isinstance(row["marker"], bool) and row["why"].strip() for row in ruled_moments.values()
    )
    ruled_lines = {row["id"] for row in read_jsonl(RULINGS[holdout])}
    for line_id, line in LINES.items():
        before = CONVENTION.before_conventions(line)["labels"]
        moment = ruled_moments.get(line["moment"])
        at_marker = moment is not None and moment["marker"] and "immediacy" in before
        if at_marker and before["immediacy"] is None:
            assert line_id in ruled_lines, line_id
        elif line_id in ruled_lines:
            pytest.fail(f"{line_id} was ruled but is not a null line at a marker moment")


def test_a_line_can_carry_both_passes_and_undoing_restores_both(tmp_path) -> None:
    both = [
        line
        for line in LINES.values()
        if {r["by"] for r in line.get("convention", [])} == {"W", "X"}
    ]
    assert both
    for line in both:
        undone = CONVENTION.before_conventions(line)
        assert undone["labels"]["immediacy"] is None
        assert undone["labels"]["rupture_repair"] is None
        assert "convention pass" not in undone["note"]


@pytest.mark.parametrize("holdout", [False, True])
def test_applying_again_changes_nothing_and_the_other_side_is_refused(
    tmp_path, holdout: bool
) -> None:
    corpus = copy_corpus(tmp_path)
    tally = CONVENTION.apply(RULINGS[holdout], corpus, holdout=holdout, by="X")
    assert sum(tally["X"].values()) == len(read_jsonl(RULINGS[holdout]))
    for source in CORPUS.glob("*.jsonl"):
        assert (corpus / source.name).read_bytes() == source.read_bytes(), source.name
    with pytest.raises(CONVENTION.ConventionError, match=r"holdout line|training line"):
        CONVENTION.apply(RULINGS[holdout], corpus, holdout=not holdout, by="X")


def test_a_pass_may_not_set_a_label_another_pass_governs(tmp_path) -> None:
    corpus = copy_corpus(tmp_path)
    w_line = next(
        line
        for line in LINES.values()
        if any(r["by"] == "W" for r in line.get("convention", []))
        and not SPLIT.in_holdout(line["moment"])
    )
    rulings = tmp_path / "clash.jsonl"
    row = {"id": w_line["id"], "class": "X", "criterion": "rupture_repair", "label": 3, "why": "x"}
    rulings.write_text(json.dumps(row) + "\n", "utf-8")
    with pytest.raises(CONVENTION.ConventionError, match="governed by W"):
        CONVENTION.apply(rulings, corpus, by="X")
