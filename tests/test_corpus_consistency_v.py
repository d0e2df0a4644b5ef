"""V's consistency pass (classes F-I, the rest of Z's exemplar rulings carried into the corpus):
consistency-v.jsonl on training and consistency-v-holdout.jsonl on the holdout, applied with
`apply_consistency.py --by V` and `--holdout --by V`. Every ruling is what its line carries, each
side ruled exactly the lines the F-I rules select there, every changed line keeps its old label
and note, the blind labels (blind-v.jsonl) cover the same rows, and the rules select by their
words."""

from __future__ import annotations

import pytest

from corpus_consistency_support import (
    APPLY,
    CLASSES,
    CORPUS,
    check_applying_again_changes_nothing,
    check_changed_lines_keep_their_old_label,
    check_ruled_exactly_the_selected_lines,
    check_rulings_on_their_side,
    read_jsonl,
)

V_RULINGS = CORPUS / "reviews" / "consistency-v.jsonl"
V_HOLDOUT_RULINGS = CORPUS / "reviews" / "consistency-v-holdout.jsonl"
V_BLIND = CORPUS / "reviews" / "blind-v.jsonl"


V_ROWS = read_jsonl(V_RULINGS)
V_HOLDOUT_ROWS = read_jsonl(V_HOLDOUT_RULINGS)
SIDES = [(V_ROWS, False), (V_HOLDOUT_ROWS, True)]


@pytest.mark.parametrize(("rows", "holdout"), SIDES, ids=["training", "holdout"])
def test_every_v_ruling_is_what_its_line_carries_on_its_side(rows, holdout) -> None:
    check_rulings_on_their_side(rows, holdout, "FGHI")


@pytest.mark.parametrize(("rows", "holdout"), SIDES, ids=["training", "holdout"])
def test_v_ruled_exactly_the_lines_f_to_i_select_on_its_side(rows, holdout) -> None:
    check_ruled_exactly_the_selected_lines(rows, holdout, "FGHI")


def test_the_blind_labels_cover_the_same_rows_on_both_sides() -> None:
    blind = read_jsonl(V_BLIND)
    keys = [(r["id"], r["class"], r["side"] == "holdout") for r in blind]
    ruled = [(r["id"], r["class"], False) for r in V_ROWS]
    ruled += [(r["id"], r["class"], True) for r in V_HOLDOUT_ROWS]
    assert keys == ruled
    for row in blind:
        assert row["label"] is None or 1 <= row["label"] <= 5
        assert row["criterion"] == CLASSES.CRITERION[row["class"]] and row["why"].strip()


@pytest.mark.parametrize(("rows", "holdout"), SIDES, ids=["training", "holdout"])
def test_a_line_v_changed_keeps_its_old_label_and_note(rows, holdout) -> None:
    check_changed_lines_keep_their_old_label(rows, holdout, "V")


@pytest.mark.parametrize(("path", "holdout"), [(V_RULINGS, False), (V_HOLDOUT_RULINGS, True)])
def test_applying_v_again_changes_nothing_and_the_wrong_side_is_refused(
    tmp_path, path, holdout
) -> None:
    check_applying_again_changes_nothing(tmp_path, path, holdout, "V", "FGHI")


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
