"""V's consistency pass (classes F-I, the rest of Z's exemplar rulings carried into the corpus):
consistency-v.jsonl on training and consistency-v-holdout.jsonl on the holdout, applied with
`apply_consistency.py --by V` and `--holdout --by V`. Every ruling is what its line carries, each
side ruled exactly the lines the F-I rules select there, every changed line keeps its old label
and note, the blind labels (blind-v.jsonl) cover the same rows, and the rules select by their
words."""

from __future__ import annotations

import importlib.util
import json
import shutil

import pytest

from conftest import REPO

CORPUS = REPO / "corpus"
V_RULINGS = CORPUS / "reviews" / "consistency-v.jsonl"
V_HOLDOUT_RULINGS = CORPUS / "reviews" / "consistency-v-holdout.jsonl"
V_BLIND = CORPUS / "reviews" / "blind-v.jsonl"


def _module(name: str, path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SPLIT = _module("corpus_split_consistency_v", CORPUS / "split.py")
APPLY = _module("corpus_apply_consistency_v", CORPUS / "apply_consistency.py")
CLASSES = _module("corpus_consistency_classes_v", CORPUS / "reviews" / "consistency_classes.py")


def _read(path) -> list[dict]:
    return [json.loads(t) for t in path.read_text("utf-8").splitlines() if t.strip()]


V_ROWS = _read(V_RULINGS)
V_HOLDOUT_ROWS = _read(V_HOLDOUT_RULINGS)
LINES = {line["id"]: line for p in sorted(CORPUS.glob("*.jsonl")) for line in _read(p)}
SIDES = [(V_ROWS, False), (V_HOLDOUT_ROWS, True)]


@pytest.mark.parametrize(("rows", "holdout"), SIDES, ids=["training", "holdout"])
def test_every_v_ruling_is_what_its_line_carries_on_its_side(rows, holdout) -> None:
    assert rows
    for row in rows:
        line = LINES[row["id"]]
        assert SPLIT.in_holdout(line["moment"]) == holdout, row["id"]
        assert line["labels"][row["criterion"]] == row["label"], row["id"]
        assert row["class"] in {"F", "G", "H", "I"}
        assert row["criterion"] == CLASSES.CRITERION[row["class"]] and row["why"].strip()


@pytest.mark.parametrize(("rows", "holdout"), SIDES, ids=["training", "holdout"])
def test_v_ruled_exactly_the_lines_f_to_i_select_on_its_side(rows, holdout) -> None:
    found = CLASSES.classes(list(LINES.values()), holdout=holdout)
    ruled: dict[str, list[str]] = {}
    for row in rows:
        ruled.setdefault(row["class"], []).append(row["id"])
    assert set(ruled) == {"F", "G", "H", "I"}
    for name, ids in ruled.items():
        assert ids == [line["id"] for line in found[name]], name
    other = CLASSES.classes(list(LINES.values()), holdout=not holdout)
    assert not {line["id"] for n in "FGHI" for line in other[n]} & {row["id"] for row in rows}


def test_the_blind_labels_cover_the_same_rows_on_both_sides() -> None:
    blind = _read(V_BLIND)
    keys = [(r["id"], r["class"], r["side"] == "holdout") for r in blind]
    ruled = [(r["id"], r["class"], False) for r in V_ROWS]
    ruled += [(r["id"], r["class"], True) for r in V_HOLDOUT_ROWS]
    assert keys == ruled
    for row in blind:
        assert row["label"] is None or 1 <= row["label"] <= 5
        assert row["criterion"] == CLASSES.CRITERION[row["class"]] and row["why"].strip()


@pytest.mark.parametrize(("rows", "holdout"), SIDES, ids=["training", "holdout"])
def test_a_line_v_changed_keeps_its_old_label_and_note(rows, holdout) -> None:
    ruled = {(row["id"], row["criterion"]): row for row in rows}
    changed = [
        line
        for line in LINES.values()
        if line.get("consistency", {}).get("by") == "V"
        and SPLIT.in_holdout(line["moment"]) == holdout
    ]
    assert changed
    for line in changed:
        record = line["consistency"]
        assert line["note"].startswith(record["note_before"])
        for criterion, old in record["before"].items():
            assert old != line["labels"][criterion]
            assert record["whys"][criterion] == ruled[(line["id"], criterion)]["why"]
            assert f"V, consistency pass ({criterion}): " in line["note"]
    moved = {k for k in ruled if LINES[k[0]].get("consistency", {}).get("by") != "V"}
    assert all(APPLY.before(LINES[i], c) == ruled[(i, c)]["label"] for i, c in moved)


def _copy(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in CORPUS.glob("*.jsonl"):
        shutil.copy(path, corpus / path.name)
    return corpus


@pytest.mark.parametrize(("path", "holdout"), [(V_RULINGS, False), (V_HOLDOUT_RULINGS, True)])
def test_applying_v_again_changes_nothing_and_the_wrong_side_is_refused(
    tmp_path, path, holdout
) -> None:
    corpus = _copy(tmp_path)
    tally = APPLY.apply(path, corpus, holdout=holdout, by="V")
    assert set(tally) == {"F", "G", "H", "I"}
    assert sum(sum(found.values()) for found in tally.values()) == len(_read(path))
    for source in CORPUS.glob("*.jsonl"):
        assert (corpus / source.name).read_bytes() == source.read_bytes(), source.name
    with pytest.raises(APPLY.ConsistencyError, match=r"holdout line|training line"):
        APPLY.apply(path, corpus, holdout=not holdout, by="V")


def test_the_v_defaults_are_v_files() -> None:
    assert APPLY.DEFAULTS[("V", False)] == V_RULINGS
    assert APPLY.DEFAULTS[("V", True)] == V_HOLDOUT_RULINGS


def _line(response: str, client: str = "Can I have your number?", **fields) -> dict:
    base = {"moment": "sa/x", "invites": "boundary", "voice": "ordinary", "cue": None}
    base["rubric"] = "relationship-boundaries"
    return {**base, **fields, "client_line": client, "response": response}


def test_f_selects_a_hug_asked_for_by_the_client_line_or_cue() -> None:
    assert CLASSES.in_class("F", _line("Okay.", client="Could I have a hug?"))
    assert CLASSES.in_class("F", _line("Okay.", client="Please.", cue="arms open for a hug"))
    assert not CLASSES.in_class(
        "F", _line("Okay.", client="Could I have a hug?", invites="immediacy")
    )
    assert not CLASSES.in_class("F", _line("Okay.", client="Could you hold my hand?"))


def test_g_selects_a_deferral_word_at_an_outside_contact_moment() -> None:
    assert CLASSES.in_class("G", _line("Maybe once we've finished!"))
    assert CLASSES.in_class(
        "G", _line("I'll see if I'm free.", client="You must come to the wedding!")
    )
    assert CLASSES.in_class(
        "G", _line("Let's see how you go.", client="Can I ring you after today?")
    )
    assert CLASSES.in_class("G", _line("Let me think about it.", client="Fancy a coffee after?"))
    assert not CLASSES.in_class("G", _line("No, but here's the crisis line."))
    assert not CLASSES.in_class("G", _line("Maybe later.", client="Can we do ten more minutes?"))
    assert not CLASSES.in_class("G", _line("Maybe later.", rubric="disclosure-immediacy"))
    assert not CLASSES.in_class(
        "G", _line("Maybe.", client="I'm on call tomorrow.", invites="contracting")
    )


def test_h_selects_a_promised_answer_with_a_question_about_meaning() -> None:
    asked = {"client": "Do you have kids?", "invites": "self_disclosure"}
    meaning = "I will answer, and first: what would it mean to you if I did?"
    assert CLASSES.in_class("H", _line(meaning, **asked))
    assert CLASSES.in_class("H", _line("Before I answer, what made you ask?", **asked))
    assert not CLASSES.in_class("H", _line("I'm not going to answer. What made you ask?", **asked))
    assert not CLASSES.in_class("H", _line("Maybe I'll tell you one day.", **asked))
    assert not CLASSES.in_class(
        "H", _line(meaning, client="My sister has kids.", invites="restraint")
    )


def test_i_selects_a_confirm_or_correct_check_about_the_two_of_them() -> None:
    here = {"invites": "immediacy", "client": "Fine."}
    assert CLASSES.in_class("I", _line("I wonder if that left you less sure. Did it?", **here))
    assert CLASSES.in_class("I", _line("Something shifted. Am I right?", **here))
    assert CLASSES.in_class("I", _line("I'm wondering if part of you worries I'm bored?", **here))
    elsewhere = {"invites": "restraint", "client": "They left me out."}
    assert CLASSES.in_class(
        "I", _line("Maybe you worry what I think of you here. Is that close?", **elsewhere)
    )
    assert not CLASSES.in_class("I", _line("Maybe she was tired. Is that close?", **elsewhere))
    assert not CLASSES.in_class("I", _line("What do you make of why they did it?", **here))
