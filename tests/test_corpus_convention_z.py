"""Z's convention pass (corpus/apply_convention.py --by Z): at a strain between client and trainee,
the immediacy applies_when puts "a complaint treated as something happening between them" in
play. At every moment W ruled strain and X did not rule marker (reviews/convention-w-moments*,
reviews/convention-x-moments*), Z, blind to the judge, ruled every immediacy line in play or
not (reviews/convention-z*.jsonl), keeping the level of a line already scored. Each ruling is
what its line carries; a kept label is not recorded; applying again changes nothing; the other
side of the split is refused."""

from __future__ import annotations

import pytest

from conftest import REPO
from corpus_consistency_support import CONVENTION, SPLIT, copy_corpus, read_jsonl

CORPUS = REPO / "corpus"
REVIEWS = CORPUS / "reviews"
RULINGS = {False: REVIEWS / "convention-z.jsonl", True: REVIEWS / "convention-z-holdout.jsonl"}
SUFFIX = {False: "", True: "-holdout"}
LINES = {line["id"]: line for p in sorted(CORPUS.glob("*.jsonl")) for line in read_jsonl(p)}


def z_moments(holdout: bool) -> set[str]:
    strain = read_jsonl(REVIEWS / f"convention-w-moments{SUFFIX[holdout]}.jsonl")
    marker = read_jsonl(REVIEWS / f"convention-x-moments{SUFFIX[holdout]}.jsonl")
    asked = {row["moment"] for row in marker if row["marker"]}
    return {row["moment"] for row in strain if row["strain"]} - asked


def z_record(line: dict) -> dict | None:
    found = [r for r in line.get("convention", []) if r["by"] == "Z"]
    return found[0] if found else None


@pytest.mark.parametrize("holdout", [False, True])
def test_every_ruling_is_what_its_line_carries(holdout: bool) -> None:
    rows = read_jsonl(RULINGS[holdout])
    changed = 0
    for row in rows:
        line = LINES[row["id"]]
        assert SPLIT.in_holdout(line["moment"]) == holdout, row["id"]
        assert row["class"] == "Z" and row["criterion"] == "immediacy" and row["why"].strip()
        assert line["labels"]["immediacy"] == row["label"], row["id"]
        record = z_record(line)
        before = CONVENTION.before_conventions(line)["labels"]["immediacy"]
        if before == row["label"]:
            assert record is None, row["id"]  # the pass kept the label: nothing recorded
            continue
        changed += 1
        assert record is not None and record["before"] == {"immediacy": before}
        assert f" Z, convention pass (immediacy): {row['why']}" in line["note"]
    assert changed  # the pass moved labels on both sides


@pytest.mark.parametrize("holdout", [False, True])
def test_every_immediacy_line_at_a_strain_moment_was_ruled_and_no_other(holdout: bool) -> None:
    moments = z_moments(holdout)
    ruled = {row["id"] for row in read_jsonl(RULINGS[holdout])}
    for line_id, line in LINES.items():
        if line["moment"] in moments and "immediacy" in line["labels"]:
            assert line_id in ruled, line_id
        elif line_id in ruled:
            pytest.fail(f"{line_id} was ruled but is not at a strain moment Z rules")


@pytest.mark.parametrize("holdout", [False, True])
def test_applying_again_changes_nothing_and_the_other_side_is_refused(
    tmp_path, holdout: bool
) -> None:
    corpus = copy_corpus(tmp_path)
    tally = CONVENTION.apply(RULINGS[holdout], corpus, holdout=holdout, by="Z")
    assert sum(tally["Z"].values()) == len(read_jsonl(RULINGS[holdout]))
    for source in CORPUS.glob("*.jsonl"):
        assert (corpus / source.name).read_bytes() == source.read_bytes(), source.name
    with pytest.raises(CONVENTION.ConventionError, match=r"holdout line|training line"):
        CONVENTION.apply(RULINGS[holdout], corpus, holdout=not holdout, by="Z")
