"""The blind second labelling (bench/second_labels.py): the agreement figures, the sample rule,
and the format of bench/data/esconv_second.jsonl. No ESConv text is needed: ids and labels only."""

from __future__ import annotations

import pytest
from bench.second_labels import SAMPLE_SIZE, Table, agreement_report, main, sample_ids

from test_esconv_checked_format import FILES, NOTE_MAX, rows_of

SECOND = "esconv_second.jsonl"
ID_PATTERN = FILES["esconv_checked.jsonl"][1]


def test_the_table_counts_each_pair_of_labels() -> None:
    pairs = [(True, True)] * 3 + [(True, False)] * 2 + [(False, True)] + [(False, False)] * 4
    assert Table.of(pairs) == Table(yes_yes=3, yes_no=2, no_yes=1, no_no=4)


def test_kappa_on_a_worked_example() -> None:
    # observed 0.7; chance 0.5 * 0.4 + 0.5 * 0.6 = 0.5; kappa (0.7 - 0.5) / 0.5 = 0.4
    table = Table(yes_yes=3, yes_no=2, no_yes=1, no_no=4)
    assert table.n == 10
    assert table.agreement == pytest.approx(0.7)
    assert table.kappa == pytest.approx(0.4)


def test_kappa_is_zero_when_agreement_is_what_chance_gives() -> None:
    assert Table(yes_yes=1, yes_no=1, no_yes=1, no_no=1).kappa == pytest.approx(0.0)


def test_all_agree_with_both_labels_present_is_kappa_one() -> None:
    assert Table.of([(True, True), (False, False), (False, False)]).kappa == pytest.approx(1.0)


def test_no_positive_from_either_labeller_is_full_agreement_not_a_division_by_zero() -> None:
    table = Table.of([(False, False)] * 5)
    assert table.agreement == 1.0
    assert table.kappa == 1.0


def test_one_labeller_never_saying_yes_gives_kappa_zero() -> None:
    table = Table.of([(True, False)] + [(False, False)] * 9)
    assert table.agreement == pytest.approx(0.9)
    assert table.kappa == pytest.approx(0.0)


def test_the_sample_rule_is_fixed_and_400_long() -> None:
    ids = [f"esconv-train-{n:04d}-t{n % 50:02d}" for n in range(1900)]
    first = sample_ids(ids)
    assert len(first) == SAMPLE_SIZE == 400
    assert len(set(first)) == 400 and set(first) <= set(ids)
    assert sample_ids(list(reversed(ids))) == first, "the rule sorts before shuffling"
    assert first != sorted(ids)[:400], "the rule shuffles"


def test_the_report_lists_disagreeing_ids_with_both_labels() -> None:
    first = {
        "a": {"self_disclosure": True, "immediacy": False},
        "b": {"self_disclosure": False, "immediacy": False},
    }
    second = [
        {"id": "a", "self_disclosure": False, "immediacy": False},
        {"id": "b", "self_disclosure": False, "immediacy": False},
    ]
    report = agreement_report(first, second)
    assert "self_disclosure: n 2, agreement 50.0%" in report
    assert "a  first True, second False" in report
    assert "b  first" not in report


def test_second_labels_are_the_sample_of_the_first_files_ids_in_order() -> None:
    evaluation_ids = [row["id"] for row in rows_of("esconv_checked.jsonl")]
    assert [row["id"] for row in rows_of(SECOND)] == sample_ids(evaluation_ids)


def test_second_labels_are_booleans_with_short_unquoted_notes() -> None:
    for row in rows_of(SECOND):
        assert ID_PATTERN.fullmatch(row["id"]), row["id"]
        assert (
            {"id", "self_disclosure", "immediacy"}
            <= set(row)
            <= {
                "id",
                "self_disclosure",
                "immediacy",
                "note",
            }
        )
        assert isinstance(row["self_disclosure"], bool) and isinstance(row["immediacy"], bool)
        if "note" in row:
            assert 0 < len(row["note"]) <= NOTE_MAX, row["id"]
            assert '"' not in row["note"], f"{row['id']}: notes never quote the turn"
        if row["self_disclosure"] or row["immediacy"]:
            assert row.get("note"), f"{row['id']}: a marked skill says why"


def test_without_the_data_it_says_so_and_succeeds(
    monkeypatch: pytest.MonkeyPatch, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    import bench.second_labels as second_labels

    monkeypatch.setattr(second_labels, "SHARED_SAMPLE", tmp_path / "absent.jsonl")
    assert main(["--agreement"]) == 0
    assert "not found" in capsys.readouterr().out
