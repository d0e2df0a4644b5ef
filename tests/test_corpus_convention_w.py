"""W's convention pass (corpus/apply_convention.py): rubric v2 scores every reply to a strain
marker under rupture repair. W, blind to the judge, ruled each relationship-boundaries moment
strain or not (reviews/convention-w-moments*.jsonl), then rated every line at a strain moment
whose rupture repair label was null (reviews/convention-w*.jsonl). Each ruling is what its line
carries, with the old label kept; applying again changes nothing; the training file is refused
on the holdout and the other way round; and no strain moment is left with a null label."""

from __future__ import annotations

import json

import pytest

from conftest import REPO
from corpus_consistency_support import CONVENTION, SPLIT, copy_corpus, read_jsonl

CORPUS = REPO / "corpus"
REVIEWS = CORPUS / "reviews"
RULINGS = {False: REVIEWS / "convention-w.jsonl", True: REVIEWS / "convention-w-holdout.jsonl"}
MOMENTS = {
    False: REVIEWS / "convention-w-moments.jsonl",
    True: REVIEWS / "convention-w-moments-holdout.jsonl",
}
# The corpus as committed (the support module's lines have the convention undone).
LINES = {line["id"]: line for p in sorted(CORPUS.glob("*.jsonl")) for line in read_jsonl(p)}


@pytest.mark.parametrize("holdout", [False, True])
def test_every_ruling_is_what_its_line_carries_with_the_old_label_kept(holdout: bool) -> None:
    rows = read_jsonl(RULINGS[holdout])
    assert rows
    for row in rows:
        line = LINES[row["id"]]
        assert SPLIT.in_holdout(line["moment"]) == holdout, row["id"]
        assert row["class"] == "W" and row["criterion"] == "rupture_repair" and row["why"].strip()
        assert line["labels"]["rupture_repair"] == row["label"], row["id"]
        # W's record comes first (X's immediacy pass came after it on some lines)
        record = line["convention"][0]
        assert record["by"] == "W" and record["before"] == {"rupture_repair": None}
        assert record["whys"]["rupture_repair"] == row["why"]
        assert f" W, convention pass (rupture_repair): {row['why']}" in line["note"]
        undone = CONVENTION.before_conventions(line)
        assert undone["labels"]["rupture_repair"] is None and "convention" not in undone


@pytest.mark.parametrize("holdout", [False, True])
def test_every_moment_is_ruled_and_no_strain_moment_keeps_a_null_label(holdout: bool) -> None:
    ruled = {row["moment"]: row for row in read_jsonl(MOMENTS[holdout])}
    moments = {
        line["moment"]
        for line in LINES.values()
        if line["rubric"] == "relationship-boundaries"
        and SPLIT.in_holdout(line["moment"]) == holdout
    }
    assert set(ruled) == moments
    assert all(isinstance(row["strain"], bool) and row["marker"].strip() for row in ruled.values())
    for line in LINES.values():
        if line["moment"] in ruled and ruled[line["moment"]]["strain"]:
            assert line["labels"]["rupture_repair"] is not None, line["id"]
    # and W touched no line at a moment it ruled free of strain
    for row in read_jsonl(RULINGS[holdout]):
        assert ruled[LINES[row["id"]]["moment"]]["strain"], row["id"]


@pytest.mark.parametrize("holdout", [False, True])
def test_applying_again_changes_nothing_and_the_other_side_is_refused(
    tmp_path, holdout: bool
) -> None:
    corpus = copy_corpus(tmp_path)
    tally = CONVENTION.apply(RULINGS[holdout], corpus, holdout=holdout)
    assert sum(tally["W"].values()) == len(read_jsonl(RULINGS[holdout]))
    for source in CORPUS.glob("*.jsonl"):
        assert (corpus / source.name).read_bytes() == source.read_bytes(), source.name
    with pytest.raises(CONVENTION.ConventionError, match=r"holdout line|training line"):
        CONVENTION.apply(RULINGS[holdout], corpus, holdout=not holdout)


def test_a_consistency_pass_applied_again_leaves_a_convention_label_alone(tmp_path) -> None:
    # Q ruled some of these lines null before W's convention; Q's file applied again must not
    # put them back.
    corpus = copy_corpus(tmp_path)
    apply = CONVENTION._CONSISTENCY
    tally = apply.apply(REVIEWS / "consistency-q.jsonl", corpus)
    assert tally["B"]["superseded"] > 0
    for source in CORPUS.glob("*.jsonl"):
        assert (corpus / source.name).read_bytes() == source.read_bytes(), source.name


def test_a_ruling_without_a_why_or_with_a_bad_label_is_refused(tmp_path) -> None:
    corpus = copy_corpus(tmp_path)
    row = read_jsonl(RULINGS[False])[0]
    for bad in ({**row, "why": " "}, {**row, "label": 6}, {**row, "id": "no-such-line"}):
        rulings = tmp_path / "bad.jsonl"
        rulings.write_text(json.dumps(bad) + "\n", "utf-8")
        with pytest.raises(CONVENTION.ConventionError):
            CONVENTION.apply(rulings, corpus)
