"""`roleplay export --verify` and the integrity hash: hand-edited scores are caught."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from cohort import load, save
from roleplay.cli import main
from roleplay.domain.integrity import intact, integrity_of, stamped
from roleplay.domain.session import CriterionResult, Evaluation


def verify(path: Path, tmp_path: Path, *flags: str) -> tuple[int, list[dict[str, str]]]:
    out = tmp_path / "verified.csv"
    code = main(["export", str(path), "--verify", "--out", str(out), *flags])
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"), newline="")))
    return code, rows


def first_scored(record: dict) -> tuple[dict, str]:
    for turn in record["turns"]:
        for attempt in turn["attempts"]:
            for cid, result in attempt["evaluation"]["criteria"].items():
                if result["applicable"]:
                    return attempt, cid
    raise AssertionError("no scored attempt")


def test_engine_stamps_every_evaluation_and_clean_files_verify(
    cohort: list[Path], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in cohort:
        for turn in load(path)["turns"]:
            for attempt in turn["attempts"]:
                assert attempt["evaluation"]["integrity"].startswith("v1:")
    code, rows = verify(data_dir, tmp_path)
    assert code == 0
    assert {r["verified"] for r in rows} == {"ok"}
    assert "0 session(s) flagged" in capsys.readouterr().err


def test_a_hand_edited_offline_score_is_flagged(
    cohort: list[Path], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = load(cohort[2])
    attempt, cid = first_scored(record)
    stored = attempt["evaluation"]["criteria"][cid]["score"]
    attempt["evaluation"]["criteria"][cid]["score"] = 1 if stored != 1 else 5
    save(cohort[2], record)
    code, rows = verify(data_dir, tmp_path)
    assert code == 1
    flagged = [r for r in rows if r["verified"] == "flagged"]
    assert [r["session_id"] for r in flagged] == [record["id"]]
    err = capsys.readouterr().err
    assert f"{cohort[2]}: turn 1, attempt 1: integrity hash does not match" in err
    assert f"{cid} is stored as" in err and f"the offline scorer gives {stored}" in err


def test_an_edit_that_also_recomputes_the_hash_is_still_caught_offline(
    cohort: list[Path], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A careful forger recomputes the hash; deterministic re-scoring still sees the change."""
    record = load(cohort[0])
    attempt, cid = first_scored(record)
    evaluation = Evaluation.model_validate(attempt["evaluation"])
    forged = evaluation.model_copy(
        update={
            "criteria": {
                **evaluation.criteria,
                cid: CriterionResult(
                    applicable=True, score=1 if evaluation.criteria[cid].score != 1 else 5
                ),
            }
        }
    )
    attempt["evaluation"] = stamped(forged, attempt["response"]).model_dump(mode="json")
    save(cohort[0], record)
    code, _ = verify(data_dir, tmp_path)
    assert code == 1
    err = capsys.readouterr().err
    assert "integrity hash" not in err
    assert f"{cid} is stored as" in err


def _as_llm(path: Path) -> tuple[dict, dict]:
    """Turn the first evaluation into an LLM judge's, stamped as the engine stamps it."""
    record = load(path)
    attempt = record["turns"][0]["attempts"][0]
    evaluation = Evaluation.model_validate(attempt["evaluation"]).model_copy(
        update={"judge": "llm", "model": "judge-model-1", "prompt_version": "judge-1"}
    )
    attempt["evaluation"] = stamped(evaluation, attempt["response"]).model_dump(mode="json")
    save(path, record)
    return record, attempt


def test_llm_evaluations_are_checked_by_their_hash(
    cohort: list[Path], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record, attempt = _as_llm(cohort[1])
    code, rows = verify(data_dir, tmp_path)
    assert code == 0, capsys.readouterr().err
    for result in attempt["evaluation"]["criteria"].values():
        if result["applicable"]:
            result["score"] = 5 if result["score"] != 5 else 2
        else:
            result.update(applicable=True, score=5)
    save(cohort[1], record)
    code, rows = verify(data_dir, tmp_path, "--level", "turn", "--no-text")
    assert code == 1
    marked = [r for r in rows if r["session_id"] == record["id"] and r["turn"] == "1"]
    assert marked[0]["verified"].startswith("integrity hash does not match")
    err = capsys.readouterr().err
    assert "offline scorer gives" not in err  # an LLM's judgement cannot be re-run here


def test_an_llm_evaluation_without_its_hash_is_flagged_as_unverifiable(
    cohort: list[Path], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record, attempt = _as_llm(cohort[1])
    attempt["evaluation"]["integrity"] = None
    save(cohort[1], record)
    code, _ = verify(data_dir, tmp_path)
    assert code == 1
    assert "no integrity hash" in capsys.readouterr().err


def test_an_offline_evaluation_without_its_hash_is_settled_by_rescoring(
    cohort: list[Path], data_dir: Path, tmp_path: Path
) -> None:
    record = load(cohort[3])
    for turn in record["turns"]:
        for attempt in turn["attempts"]:
            attempt["evaluation"]["integrity"] = None
    save(cohort[3], record)
    code, rows = verify(data_dir, tmp_path)
    assert code == 0 and {r["verified"] for r in rows} == {"ok"}


def test_an_edited_frozen_scenario_is_flagged(
    cohort: list[Path], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = load(cohort[4])
    record["scenario"]["frozen"]["beats"][0]["invites"] = "restraint"
    save(cohort[4], record)
    code, _ = verify(data_dir, tmp_path)
    assert code == 1
    assert "frozen scenario was changed" in capsys.readouterr().err


def test_the_hash_covers_scores_applicability_judge_and_response() -> None:
    evaluation = Evaluation(
        judge="llm",
        rubric_id="disclosure-immediacy",
        rubric_version=1,
        model="m",
        criteria={
            "self_disclosure": CriterionResult(applicable=True, score=4, rationale="why"),
            "immediacy": CriterionResult(applicable=False),
        },
    )
    base = integrity_of(evaluation, "response")
    assert base == integrity_of(evaluation.model_copy(), "response")
    # Rationales are not scores: rewording them is not an edit this hash is about.
    reworded = evaluation.model_copy(
        update={
            "criteria": {
                **evaluation.criteria,
                "self_disclosure": CriterionResult(applicable=True, score=4, rationale="other"),
            }
        }
    )
    assert integrity_of(reworded, "response") == base
    changes = [
        evaluation.model_copy(
            update={
                "criteria": {
                    **evaluation.criteria,
                    "self_disclosure": CriterionResult(applicable=True, score=5),
                }
            }
        ),
        evaluation.model_copy(
            update={
                "criteria": {
                    **evaluation.criteria,
                    "immediacy": CriterionResult(applicable=True, score=3),
                }
            }
        ),
        evaluation.model_copy(update={"judge": "offline"}),
        evaluation.model_copy(update={"model": "other"}),
        evaluation.model_copy(update={"rubric_version": 2}),
    ]
    assert all(integrity_of(changed, "response") != base for changed in changes)
    assert integrity_of(evaluation, "another response") != base
    assert intact(stamped(evaluation, "r"), "r") is True
    assert intact(stamped(evaluation, "r"), "edited") is False
    assert intact(evaluation, "r") is None
