"""Q's consistency pass (corpus/apply_consistency.py): every ruling in
corpus/reviews/consistency-q.jsonl is what its corpus line now carries, every ruled line is a
training line of the class the rule selects, every changed line keeps its label as it was, and
the script refuses a holdout line. R's pass on the holdout (consistency-r-holdout.jsonl, applied
with --holdout --by R) is held to the same, on holdout lines only, and so is U's pass (classes D
and E: consistency-u.jsonl on training, consistency-u-holdout.jsonl on the holdout, --by U).
V's pass (classes F-I) is checked in test_corpus_consistency_v.py."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from corpus_consistency_support import (
    APPLY,
    CLASSES,
    CORPUS,
    LINES,
    SPLIT,
    check_applying_again_changes_nothing,
    check_changed_lines_keep_their_old_label,
    check_ruled_exactly_the_selected_lines,
    check_rulings_on_their_side,
    copy_corpus,
    read_jsonl,
)

RULINGS = CORPUS / "reviews" / "consistency-q.jsonl"
R_RULINGS = CORPUS / "reviews" / "consistency-r-holdout.jsonl"
U_RULINGS = CORPUS / "reviews" / "consistency-u.jsonl"
U_HOLDOUT_RULINGS = CORPUS / "reviews" / "consistency-u-holdout.jsonl"


ROWS = read_jsonl(RULINGS)
R_ROWS = read_jsonl(R_RULINGS)
U_ROWS = read_jsonl(U_RULINGS)
U_HOLDOUT_ROWS = read_jsonl(U_HOLDOUT_RULINGS)


def test_every_ruling_is_what_the_corpus_line_carries_and_none_is_holdout() -> None:
    assert ROWS
    for row in ROWS:
        line = LINES[row["id"]]
        assert not SPLIT.in_holdout(line["moment"]), row["id"]
        assert line["labels"][row["criterion"]] == row["label"], row["id"]
        assert row["criterion"] == CLASSES.CRITERION[row["class"]] and row["why"].strip()


def test_each_ruled_class_is_exactly_the_lines_its_rule_selects() -> None:
    found = CLASSES.classes(list(LINES.values()))
    ruled: dict[str, list[str]] = {}
    for row in ROWS:
        ruled.setdefault(row["class"], []).append(row["id"])
    assert set(ruled) == {"A", "B", "C"}
    for name, ids in ruled.items():
        assert ids == [line["id"] for line in found[name]], name
        assert len(ids) == len(set(ids))


def test_the_rules_select_by_their_words_and_only_training_lines() -> None:
    def line(response: str, **fields) -> dict:
        base = {"moment": "sa/x", "invites": "restraint", "voice": "ordinary"}
        base["rubric"] = "relationship-boundaries"
        return {**base, **fields, "response": response}

    assert CLASSES.in_class("A", line("I love dogs."))
    assert CLASSES.in_class("A", line("i'm into old films, honestly"))
    assert not CLASSES.in_class("A", line("I'd like to hear more. I love dogs."))
    assert not CLASSES.in_class("A", line("I would like that"))
    assert CLASSES.in_class("B", line("Okay.", invites="rupture_repair", voice="keyword_trap"))
    assert not CLASSES.in_class("B", line("Okay.", invites="rupture_repair", voice="excellent"))
    assert CLASSES.in_class("C", line("We've run over, so let's stop there."))
    assert not CLASSES.in_class("C", line("We've run over.", rubric="disclosure-immediacy"))
    holdout = next(line for line in LINES.values() if SPLIT.in_holdout(line["moment"]))
    trap = {**holdout, "response": "I love dogs.", "invites": "rupture_repair", "voice": "ordinary"}
    assert not any(CLASSES.classes([trap]).values())


def test_a_changed_line_keeps_its_old_label_and_note_and_q_ruled_every_change() -> None:
    ruled = {(row["id"], row["criterion"]): row for row in ROWS}
    changed = [
        line
        for line in LINES.values()
        if "consistency" in line and not SPLIT.in_holdout(line["moment"])
    ]
    assert {line["consistency"]["by"] for line in changed} == {"Q", "U", "V"}
    changed = [line for line in changed if line["consistency"]["by"] == "Q"]
    assert changed
    for line in changed:
        record = line["consistency"]
        assert record["by"] == "Q" and record["before"]
        assert line["note"].startswith(record["note_before"])
        for criterion, old in record["before"].items():
            assert old != line["labels"][criterion]
            assert (line["id"], criterion) in ruled
            assert record["whys"][criterion] == ruled[(line["id"], criterion)]["why"]
    # and every ruling that moved a label left that record
    moved = {k for k, row in ruled.items() if "consistency" not in LINES[k[0]]}
    assert all(APPLY.before(LINES[i], c) == ruled[(i, c)]["label"] for i, c in moved)


def test_applying_again_changes_nothing(tmp_path) -> None:
    corpus = copy_corpus(tmp_path)
    tally = APPLY.apply(RULINGS, corpus)
    assert sum(sum(found.values()) for found in tally.values()) == len(ROWS)
    for path in CORPUS.glob("*.jsonl"):
        assert (corpus / path.name).read_bytes() == path.read_bytes(), path.name


def test_a_ruling_changes_one_label_and_putting_it_back_restores_the_line(tmp_path) -> None:
    corpus = copy_corpus(tmp_path)
    line = next(
        x
        for x in LINES.values()
        if not SPLIT.in_holdout(x["moment"])
        and "consistency" not in x
        and x["labels"]["self_disclosure"] is None
    )
    path = next(p for p in corpus.glob("*.jsonl") if f'"id": "{line["id"]}"' in p.read_text())
    original = path.read_bytes()
    rulings = tmp_path / "q.jsonl"
    row = {"id": line["id"], "class": "A", "criterion": "self_disclosure", "why": "a taste"}
    rulings.write_text(json.dumps({**row, "label": 3}) + "\n", "utf-8")
    assert APPLY.apply(rulings, corpus) == {"A": Counter({"None -> 3": 1})}
    now = next(x for x in read_jsonl(path) if x["id"] == line["id"])
    assert now["labels"] == {**line["labels"], "self_disclosure": 3}
    assert now["consistency"]["before"] == {"self_disclosure": None}
    assert now["note"] == line["note"] + " Q, consistency pass (self_disclosure): a taste"
    rulings.write_text(json.dumps({**row, "label": None}) + "\n", "utf-8")
    assert APPLY.apply(rulings, corpus) == {"A": Counter({"kept": 1})}
    assert path.read_bytes() == original


def test_it_refuses_a_holdout_line_and_writes_nothing(tmp_path) -> None:
    corpus = copy_corpus(tmp_path)
    holdout = next(x for x in LINES.values() if SPLIT.in_holdout(x["moment"]))
    train = next(x for x in LINES.values() if not SPLIT.in_holdout(x["moment"]))
    rulings = tmp_path / "q.jsonl"
    rows = [
        {"id": train["id"], "class": "A", "criterion": "immediacy", "label": 2, "why": "w"},
        {"id": holdout["id"], "class": "A", "criterion": "immediacy", "label": 2, "why": "w"},
    ]
    rulings.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    before = {p.name: p.read_bytes() for p in corpus.glob("*.jsonl")}
    with pytest.raises(APPLY.ConsistencyError, match=r"q\.jsonl:2: .* holdout line"):
        APPLY.apply(rulings, corpus)
    assert {p.name: p.read_bytes() for p in corpus.glob("*.jsonl")} == before


# R's pass: the same class rules applied blind to the frozen holdout.


def test_every_r_ruling_is_what_its_holdout_line_carries() -> None:
    assert R_ROWS
    for row in R_ROWS:
        line = LINES[row["id"]]
        assert SPLIT.in_holdout(line["moment"]), row["id"]
        assert line["labels"][row["criterion"]] == row["label"], row["id"]
        assert row["criterion"] == CLASSES.CRITERION[row["class"]] and row["why"].strip()


def test_r_ruled_exactly_the_holdout_lines_each_class_rule_selects() -> None:
    found = CLASSES.classes(list(LINES.values()), holdout=True)
    ruled: dict[str, list[str]] = {}
    for row in R_ROWS:
        ruled.setdefault(row["class"], []).append(row["id"])
    assert set(ruled) == {"A", "B", "C"}  # Q's classes; D and E are U's
    for name, ids in ruled.items():
        assert ids == [line["id"] for line in found[name]], name
    # and the training selection holds none of them
    train = {
        line["id"] for lines in CLASSES.classes(list(LINES.values())).values() for line in lines
    }
    assert not train & {row["id"] for row in R_ROWS}


def test_a_holdout_line_r_changed_keeps_its_old_label_and_note() -> None:
    ruled = {(row["id"], row["criterion"]): row for row in R_ROWS}
    changed = [
        line
        for line in LINES.values()
        if "consistency" in line and SPLIT.in_holdout(line["moment"])
    ]
    assert {line["consistency"]["by"] for line in changed} == {"R", "U", "V"}
    changed = [line for line in changed if line["consistency"]["by"] == "R"]
    assert changed
    for line in changed:
        record = line["consistency"]
        assert record["by"] == "R" and record["before"]
        assert line["note"].startswith(record["note_before"])
        for criterion, old in record["before"].items():
            assert old != line["labels"][criterion]
            assert record["whys"][criterion] == ruled[(line["id"], criterion)]["why"]
            assert f"R, consistency pass ({criterion}): " in line["note"]
    moved = {k for k, row in ruled.items() if "consistency" not in LINES[k[0]]}
    assert all(APPLY.before(LINES[i], c) == ruled[(i, c)]["label"] for i, c in moved)


def test_the_default_refuses_r_rulings_and_holdout_mode_refuses_training_lines(tmp_path) -> None:
    corpus = copy_corpus(tmp_path)
    before = {p.name: p.read_bytes() for p in corpus.glob("*.jsonl")}
    with pytest.raises(APPLY.ConsistencyError, match=r"holdout line"):
        APPLY.apply(R_RULINGS, corpus)
    with pytest.raises(APPLY.ConsistencyError, match=r"training line, not holdout"):
        APPLY.apply(RULINGS, corpus, holdout=True, by="R")
    assert {p.name: p.read_bytes() for p in corpus.glob("*.jsonl")} == before


def test_applying_r_again_changes_nothing_and_undoing_restores_the_holdout(tmp_path) -> None:
    corpus = copy_corpus(tmp_path)
    tally = APPLY.apply(R_RULINGS, corpus, holdout=True, by="R")
    assert sum(sum(found.values()) for found in tally.values()) == len(R_ROWS)
    for path in CORPUS.glob("*.jsonl"):
        assert (corpus / path.name).read_bytes() == path.read_bytes(), path.name
    # ruling every changed criterion back to its old label leaves no trace of R on any line
    undo = tmp_path / "undo.jsonl"
    rows = [
        {**row, "label": APPLY.before(LINES[row["id"]], row["criterion"])}
        for row in R_ROWS
        if APPLY.before(LINES[row["id"]], row["criterion"]) != row["label"]
    ]
    assert rows
    undo.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    APPLY.apply(undo, corpus, holdout=True, by="R")
    for row in rows:
        path = next(p for p in corpus.glob("*.jsonl") if f'"id": "{row["id"]}"' in p.read_text())
        line = next(x for x in read_jsonl(path) if x["id"] == row["id"])
        assert "consistency" not in line and line["labels"][row["criterion"]] == row["label"]


# U's pass: classes D and E, the exemplar rulings carried into both sides.

U_SIDES = [(U_ROWS, False), (U_HOLDOUT_ROWS, True)]


@pytest.mark.parametrize(("rows", "holdout"), U_SIDES, ids=["training", "holdout"])
def test_every_u_ruling_is_what_its_line_carries_on_its_side(rows, holdout) -> None:
    check_rulings_on_their_side(rows, holdout, "DE")


@pytest.mark.parametrize(("rows", "holdout"), U_SIDES, ids=["training", "holdout"])
def test_u_ruled_exactly_the_lines_d_and_e_select_on_its_side(rows, holdout) -> None:
    check_ruled_exactly_the_selected_lines(rows, holdout, "DE")


@pytest.mark.parametrize(("rows", "holdout"), U_SIDES, ids=["training", "holdout"])
def test_a_line_u_changed_keeps_its_old_label_and_note(rows, holdout) -> None:
    check_changed_lines_keep_their_old_label(rows, holdout, "U")


def test_the_d_and_e_rules_select_by_the_moment_and_the_question() -> None:
    def line(client: str, moment: str = "sa/x", invites: str = "restraint") -> dict:
        base = {"rubric": "disclosure-immediacy", "voice": "excellent", "response": "Okay."}
        return {**base, "moment": moment, "invites": invites, "client_line": client}

    late = "late-and-gone-quiet/arrives-late"
    assert CLASSES.in_class("D", line("Sorry. Bus.", moment=late, invites="immediacy"))
    assert not CLASSES.in_class("D", line("Sorry. Bus.", moment=late, invites="rupture_repair"))
    assert not CLASSES.in_class("D", line("Sorry. Bus.", invites="immediacy"))
    assert CLASSES.in_class("E", line("Are you alright? Do you still see him?"))
    assert CLASSES.in_class("E", line("hi. before i start, how are you today?"))
    assert CLASSES.in_class("E", line("So. Would you? If it were your mum?"))
    assert not CLASSES.in_class("E", line("Are you alright?", invites="immediacy"))
    assert not CLASSES.in_class("E", line("Do you think I should have said something to her?"))
    assert not CLASSES.in_class("E", line("You never show it. Is it raining?"))
    assert not CLASSES.in_class("E", line("I told you about it."))


@pytest.mark.parametrize(("path", "holdout"), [(U_RULINGS, False), (U_HOLDOUT_RULINGS, True)])
def test_applying_u_again_changes_nothing_and_the_wrong_side_is_refused(
    tmp_path, path, holdout
) -> None:
    check_applying_again_changes_nothing(tmp_path, path, holdout, "U", "DE")


def test_a_ruling_that_would_mix_two_adjudicators_on_a_line_is_refused(tmp_path) -> None:
    corpus = copy_corpus(tmp_path)
    line = next(x for x in LINES.values() if x.get("consistency", {}).get("by") == "U")
    holdout = SPLIT.in_holdout(line["moment"])
    other = next(c for c in line["labels"] if c not in line["consistency"]["before"])
    new = 3 if line["labels"][other] != 3 else 4
    rulings = tmp_path / "q.jsonl"
    row = {"id": line["id"], "class": "A", "criterion": other, "label": new, "why": "w"}
    rulings.write_text(json.dumps(row) + "\n", "utf-8")
    with pytest.raises(APPLY.ConsistencyError, match=r"already carries U's record"):
        APPLY.apply(rulings, corpus, holdout=holdout, by="Q")
    # a ruling that keeps the label touches nothing and passes
    rulings.write_text(json.dumps({**row, "label": line["labels"][other]}) + "\n", "utf-8")
    assert APPLY.apply(rulings, corpus, holdout=holdout, by="Q") == {"A": Counter({"kept": 1})}
