"""One meaning of "the best attempt counts", the same in every view of a session.

Two sessions written by hand, so every figure is known:
- RETRY: moment 1 tried twice, self-disclosure 3 then 5 (the moment is a 5: the session mean is
  5, not 4); moment 2 invited restraint, attempt 1 brought the trainee in, attempt 2 held back
  (one moment invited restraint and it was held, not "1 of 2").
- FIRST_BEST: moment 1 tried twice, 5 then 2 (attempt 1 counts); moment 2 tried twice,
  self-disclosure 5 with immediacy 1, then 3 with immediacy 4 (attempt 2 counts, so the moment is
  3 and 4: never the 5 of one attempt beside the 4 of another).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from statistics import fmean

import pytest
from openpyxl import load_workbook

from practice_helpers import GRIEF
from roleplay.cli import main
from roleplay.domain.counted import counted_attempt_index, counted_turn, session_figures
from roleplay.domain.rubric import Scale
from roleplay.domain.session import (
    Attempt,
    ClientLine,
    CriterionResult,
    Evaluation,
    Restraint,
    Session,
    Turn,
)
from roleplay.factory import Services
from roleplay.practice.history import history
from roleplay.practice.review import review_session
from roleplay.practice.transcript_md import markdown_transcript

SD, IM = "self_disclosure", "immediacy"


def _attempt(sd: int | None, im: int | None = None, held: bool | None = None) -> Attempt:
    restraint = None
    if held is not None:
        note = "held back" if held else "brought yourself in"
        restraint = Restraint(invited=True, held=held, note=note)
    return Attempt(
        response=f"response sd={sd} im={im} held={held}",
        evaluation=Evaluation(
            judge="offline",
            rubric_id="disclosure-immediacy",
            rubric_version=1,
            criteria={
                SD: CriterionResult(applicable=sd is not None, score=sd, rationale=f"sd {sd}."),
                IM: CriterionResult(applicable=im is not None, score=im, rationale=f"im {im}."),
            },
            restraint=restraint,
        ),
        replied=True,
    )


def _turn(beat: str, *attempts: Attempt) -> Turn:
    return Turn(beat=beat, client=ClientLine(text=f"client at {beat}"), attempts=list(attempts))


def _save(services: Services, turns: list[Turn]) -> Session:
    record = services.start(GRIEF).record
    record.turns = turns
    record.status = "completed"
    services.store.save(record)
    return record


@pytest.fixture
def retry(services: Services) -> Session:
    return _save(
        services,
        [
            _turn("asks", _attempt(3), _attempt(5)),
            _turn("caretaking", _attempt(2, held=False), _attempt(None, held=True)),
            _turn("end"),  # the closing line: nothing to answer
        ],
    )


@pytest.fixture
def first_best(services: Services) -> Session:
    return _save(
        services,
        [
            _turn("asks", _attempt(5), _attempt(2)),
            _turn("relief", _attempt(5, 1), _attempt(3, 4)),
        ],
    )


def test_the_counted_attempt_is_the_best_one_and_its_scores_are_never_mixed(
    retry: Session, first_best: Session
) -> None:
    scale = Scale()
    assert [counted_attempt_index(t, scale) for t in retry.turns] == [1, 1, None]
    assert [counted_attempt_index(t, scale) for t in first_best.turns] == [0, 1]
    moment = counted_turn(first_best.turns[1], scale)
    assert moment is not None and moment.scores == {SD: 3, IM: 4}
    figures = session_figures(counted_turn(t, scale) for t in retry.turns)
    assert figures.mean(SD) == 5 and figures.moments == 2
    assert (figures.restraint_invited, figures.restraint_held) == (1, 1)


def test_summary_counts_the_best_attempt(services: Services, retry: Session, first_best: Session):
    scenario = services.library.scenario(GRIEF).scenario
    rubric = services.library.rubric("disclosure-immediacy").rubric
    review = review_session(retry, scenario, rubric)
    assert [(t.best_attempt, t.scores[SD]) for t in review.turns] == [(1, 5), (1, None)]
    assert review.turns[1].restraint_held is True
    assert any("Held back in 1 of 1 moment(s)" in n.text for n in review.strengths)
    assert any("5.0 on average over 1 turn(s)" in n.text for n in review.strengths)
    review = review_session(first_best, scenario, rubric)
    # rubric v2 adds `declining`, which none of these attempts uses
    assert [(t.best_attempt, {c: t.scores[c] for c in (SD, IM)}) for t in review.turns] == [
        (0, {SD: 5, IM: None}),
        (1, {SD: 3, IM: 4}),
    ]
    assert all(t.scores.get("declining") is None for t in review.turns)


def test_markdown_labels_and_summarises_the_counted_attempt(
    services: Services, retry: Session, first_best: Session
) -> None:
    scenario = services.library.scenario(GRIEF).scenario
    rubric = services.library.rubric("disclosure-immediacy").rubric
    text = markdown_transcript(retry, scenario, rubric)
    assert "**You, attempt 2 (best, counted):**" in text
    assert "**You, attempt 1 (best, counted):**" not in text
    assert (
        "- Turn 1: Self-disclosure 5/5, Immediacy not used, Declining not used · "
        "2 attempt(s), attempt 2" in text
    )
    text = markdown_transcript(first_best, scenario, rubric)
    assert "**You, attempt 1 (best, counted):**" in text
    assert (
        "- Turn 1: Self-disclosure 5/5, Immediacy not used, Declining not used · "
        "2 attempt(s), attempt 1" in text
    )
    assert (
        "- Turn 2: Self-disclosure 3/5, Immediacy 4/5, Declining not used · 2 attempt(s), attempt 2"
        in text
    )


def test_history_means_are_over_moments(retry: Session, first_best: Session) -> None:
    rows = {r.session_id: r for r in history([retry, first_best])}
    assert rows[retry.id].means == {SD: 5.0, IM: None}
    assert rows[first_best.id].means == {SD: 4.0, IM: 4.0}
    assert rows[retry.id].turns == 2 and rows[retry.id].attempts == 4


def _csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_session_gradebook_csv_xlsx_jsonl_agree(
    data_dir: Path, tmp_path: Path, retry: Session, first_best: Session
) -> None:
    outputs = {fmt: tmp_path / f"book.{fmt}" for fmt in ("csv", "xlsx", "jsonl")}
    for out in outputs.values():
        assert main(["export", str(data_dir), "--out", str(out)]) == 0
    by_format: dict[str, dict[str, dict]] = {}
    by_format["csv"] = {r["session_id"]: r for r in _csv(outputs["csv"])}
    lines = outputs["jsonl"].read_text("utf-8").splitlines()
    by_format["jsonl"] = {r["session_id"]: r for r in map(json.loads, lines)}
    sheet = load_workbook(outputs["xlsx"], read_only=True)["export"]
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    # a row ending in empty cells comes back shorter than the header: pad it
    rows = [r + [None] * (len(header) - len(r)) for r in rows]
    by_format["xlsx"] = {
        r[header.index("session_id")]: dict(zip(header, r, strict=True)) for r in rows
    }
    for fmt, rows_by_id in by_format.items():
        got = rows_by_id[retry.id]
        assert float(got["self_disclosure_mean"]) == 5.0, fmt  # not 4.0 (nor 3.33)
        assert int(got["self_disclosure_best"]) == 5 and int(got["self_disclosure_last"]) == 5
        assert int(got["restraint_invited"]) == 1 and int(got["restraint_held"]) == 1, fmt
        assert int(got["turns"]) == 2 and int(got["attempts"]) == 4
        got = rows_by_id[first_best.id]
        assert float(got["self_disclosure_mean"]) == 4.0, fmt  # moments 5 and 3
        assert int(got["self_disclosure_best"]) == 5 and int(got["self_disclosure_last"]) == 3
        assert float(got["immediacy_mean"]) == 4.0, fmt  # the counted attempt's 4, not 2.5


def test_turn_rows_mark_the_counted_attempt(
    data_dir: Path, tmp_path: Path, retry: Session, first_best: Session
) -> None:
    csv_out, jsonl_out = tmp_path / "turns.csv", tmp_path / "turns.jsonl"
    assert main(["export", str(data_dir), "--level", "turn", "--out", str(csv_out)]) == 0
    assert main(["export", str(data_dir), "--level", "turn", "--out", str(jsonl_out)]) == 0
    rows = _csv(csv_out)
    marks = {(r["session_id"], r["turn"], r["attempt"]): r["counted"] for r in rows}
    assert marks == {
        (retry.id, "1", "1"): "false",
        (retry.id, "1", "2"): "true",
        (retry.id, "2", "1"): "false",
        (retry.id, "2", "2"): "true",
        (first_best.id, "1", "1"): "true",
        (first_best.id, "1", "2"): "false",
        (first_best.id, "2", "1"): "false",
        (first_best.id, "2", "2"): "true",
    }
    lines = [json.loads(line) for line in jsonl_out.read_text("utf-8").splitlines()]
    assert [r["counted"] for r in lines if r["session_id"] == first_best.id] == [
        True,
        False,
        False,
        True,
    ]


def test_trainee_progress_and_report_are_over_moments(
    data_dir: Path, tmp_path: Path, retry: Session, first_best: Session
) -> None:
    out = tmp_path / "trainees.csv"
    assert main(["export", str(data_dir), "--level", "trainee", "--out", str(out)]) == 0
    [row] = _csv(out)
    assert float(row["self_disclosure_mean"]) == round(fmean([5, 5, 3]), 2)
    report = tmp_path / "report.html"
    assert main(["report", str(data_dir), "--out", str(report)]) == 0
    html = report.read_text("utf-8")
    assert "3 scored moment(s), mean 4.33" in html  # self-disclosure: 5, 5 and 3
    assert "1 scored moment(s), mean 4.00" in html  # immediacy: the counted 4 only
    assert "4.33 / 5" in html  # the scenario's self-disclosure mean / best
