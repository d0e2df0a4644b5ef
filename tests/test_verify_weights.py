"""`export --verify` re-scores an offline evaluation only with the weights that judged it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from cohort import load, make_cohort, save
from roleplay.cli import main
from roleplay.domain.integrity import stamped
from roleplay.domain.session import CriterionResult, Evaluation
from roleplay.offline.model import shipped_weights


@pytest.fixture
def cohort(data_dir: Path) -> list[Path]:
    return make_cohort(data_dir)


def _restore(path: Path, weights: str) -> str:
    """Give the first scored evaluation a different score and `weights`, stamped as the engine
    stamps it: what a session judged by another weights file looks like."""
    record = load(path)
    for turn in record["turns"]:
        for attempt in turn["attempts"]:
            evaluation = Evaluation.model_validate(attempt["evaluation"])
            cid = next((c for c, r in evaluation.criteria.items() if r.applicable), None)
            if cid is None:
                continue
            score = evaluation.criteria[cid].score
            changed = evaluation.model_copy(
                update={
                    "weights": weights,
                    "criteria": {
                        **evaluation.criteria,
                        cid: CriterionResult(applicable=True, score=1 if score != 1 else 5),
                    },
                }
            )
            attempt["evaluation"] = stamped(changed, attempt["response"]).model_dump(mode="json")
            save(path, record)
            return cid
    raise AssertionError("no scored attempt")


def _verify(data_dir: Path, tmp_path: Path) -> tuple[int, list[dict[str, str]]]:
    out = tmp_path / "verified.csv"
    code = main(["export", str(data_dir), "--verify", "--out", str(out)])
    return code, list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"), newline="")))


def test_the_evaluation_records_the_shipped_weights(cohort: list[Path]) -> None:
    record = load(cohort[0])
    labels = {a["evaluation"].get("weights") for t in record["turns"] for a in t["attempts"]}
    assert labels == {shipped_weights().label}


def test_an_evaluation_by_other_weights_is_not_flagged_by_a_fresh_reading(
    cohort: list[Path], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _restore(cohort[0], "judge-older@000000000000")
    code, _ = _verify(data_dir, tmp_path)
    assert code == 0
    assert "is stored as" not in capsys.readouterr().err


def test_the_same_change_under_the_current_weights_is_caught(
    cohort: list[Path], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cid = _restore(cohort[0], shipped_weights().label)
    code, _ = _verify(data_dir, tmp_path)
    assert code == 1
    assert f"{cid} is stored as" in capsys.readouterr().err
