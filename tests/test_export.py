"""`roleplay export`: a cohort's session files to CSV, XLSX and JSONL, as a cohort lead runs it."""

from __future__ import annotations

import csv
import io
import json
import shutil
import stat
from pathlib import Path
from statistics import fmean

import pytest

from cohort import COHORT, SCENARIO_IDS, TRAINEES, free_text, load, save
from roleplay.cli import main
from roleplay.domain.counted import counted_turn
from roleplay.domain.rubric import Scale
from roleplay.domain.session import Session


def export(*args: str) -> int:
    return main(["export", *args])


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_session_level_csv_has_one_row_per_session_with_criterion_columns(
    cohort: list[Path], data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "gradebook.csv"
    assert export(str(data_dir), "--out", str(out)) == 0
    rows = read_csv(out)
    assert len(rows) == 6
    assert {r["trainee"] for r in rows} == set(TRAINEES)
    assert sorted(r["scenario"] for r in rows) == sorted(SCENARIO_IDS * 3)
    for cid in ("self_disclosure", "immediacy"):
        for stat_name in ("mean", "best", "last"):
            assert f"{cid}_{stat_name}" in rows[0]
    # The figures are the records' own: recompute them from the files.
    by_id = {r["session_id"]: r for r in rows}
    for path in cohort:
        record = load(path)
        row = by_id[record["id"]]
        assert row["cohort"] == COHORT
        assert row["status"] == record["status"]
        assert row["engine"] == "offline" and row["judge"] == "offline"
        assert row["rubric"] == "disclosure-immediacy"
        assert row["rubric_version"] == str(record["rubric"]["version"])
        # Per moment, the counted attempt's score (the best attempt counts; domain.counted).
        moments = [counted_turn(t, Scale()) for t in Session.model_validate(record).turns]
        scores = [s for m in moments if m and (s := m.scores.get("self_disclosure")) is not None]
        assert row["attempts"] == str(sum(len(t["attempts"]) for t in record["turns"]))
        if scores:
            assert float(row["self_disclosure_mean"]) == pytest.approx(fmean(scores), abs=0.01)
            assert int(row["self_disclosure_best"]) == max(scores)
            assert int(row["self_disclosure_last"]) == scores[-1]
        else:
            assert row["self_disclosure_mean"] == ""
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_turn_level_has_a_row_per_attempt_and_no_text_drops_every_free_text(
    cohort: list[Path], data_dir: Path, tmp_path: Path
) -> None:
    with_text, without = tmp_path / "t.csv", tmp_path / "nt.csv"
    assert export(str(data_dir), "--level", "turn", "--out", str(with_text)) == 0
    assert export(str(data_dir), "--level", "turn", "--no-text", "--out", str(without)) == 0
    attempts = sum(len(t["attempts"]) for p in cohort for t in load(p)["turns"])
    assert len(read_csv(with_text)) == attempts == len(read_csv(without))
    full = with_text.read_text("utf-8-sig")
    bare = without.read_text("utf-8-sig")
    texts = set().union(*(free_text(load(p)) for p in cohort))
    assert any(t in full for t in texts)
    leaked = [t for t in texts if t in bare]
    assert leaked == []
    header = read_csv(without)[0].keys()
    assert not [c for c in header if c.endswith(("_rationale", "_evidence", "_suggestion"))]
    assert "response" not in header and "client_line" not in header
    # Formula injection: the response starting with "=" is text in a spreadsheet.
    responses = [r["response"] for r in read_csv(with_text)]
    assert any(r.startswith("'=HYPERLINK") for r in responses)
    assert not any(r.startswith("=") for r in responses)


@pytest.mark.parametrize("level", ["session", "turn", "trainee"])
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "xlsx"])
def test_pseudonymized_exports_carry_no_trainee_id(
    cohort: list[Path], data_dir: Path, tmp_path: Path, level: str, fmt: str
) -> None:
    out = tmp_path / f"p.{fmt}"
    assert export(str(data_dir), "--level", level, "--pseudonymize", "--out", str(out)) == 0
    if fmt == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(out).active
        blob = "\n".join(str(v) for row in sheet.iter_rows(values_only=True) for v in row)
    else:
        blob = out.read_bytes().decode("utf-8-sig")
    for trainee in TRAINEES:
        assert trainee not in blob
    assert "p-" in blob


def test_pseudonyms_are_stable_and_keyed(
    cohort: list[Path], data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def pseudonyms(name: str) -> list[str]:
        out = tmp_path / name
        assert export(str(data_dir), "--level", "trainee", "--pseudonymize", "--out", str(out)) == 0
        return [r["trainee"] for r in read_csv(out)]

    first, again = pseudonyms("a.csv"), pseudonyms("b.csv")
    assert first == again and len(set(first)) == 3
    key = data_dir / "pseudonym.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    monkeypatch.setenv("ROLEPLAY_PSEUDONYM_KEY", "another key shared by the teaching team")
    other = pseudonyms("c.csv")
    assert set(other).isdisjoint(first)
    assert other == pseudonyms("d.csv")


def test_xlsx_opens_with_typed_cells_and_text_never_becomes_a_formula(
    cohort: list[Path], data_dir: Path, tmp_path: Path
) -> None:
    import openpyxl

    out = tmp_path / "book" / "gradebook.xlsx"
    assert export(str(data_dir), "--level", "turn", "--out", str(out)) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(out.parent.stat().st_mode) == 0o700
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows())
    header = [c.value for c in rows[0]]
    assert header[:3] == ["cohort", "trainee", "session_id"]
    response = header.index("response")
    cells = [row[response] for row in rows[1:]]
    risky = [c for c in cells if str(c.value).startswith("=")]
    assert risky and all(c.data_type == "s" for c in risky)
    turn = header.index("turn")
    assert all(isinstance(row[turn].value, int) for row in rows[1:])

    session_out = tmp_path / "s.xlsx"
    assert export(str(data_dir), "--out", str(session_out)) == 0
    assert openpyxl.load_workbook(session_out).active.max_row == 7


def test_xlsx_needs_a_file(
    cohort: list[Path], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(str(data_dir), "--format", "xlsx") == 2
    out, err = capsys.readouterr()
    assert out == ""  # no binary workbook on the terminal
    assert "--out" in err


def test_jsonl_keeps_json_types(
    cohort: list[Path], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(str(data_dir), "--format", "jsonl", "--level", "turn") == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines and all(isinstance(r["turn"], int) for r in lines)
    assert all(
        r["started_at" if "started_at" in r else "submitted_at"].endswith("Z") for r in lines
    )


def test_files_that_are_not_sessions_are_skipped_by_name_and_never_stop_the_export(
    cohort: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "submitted"
    (inbox / "group-a" / "alice").mkdir(parents=True)
    (inbox / "group-b").mkdir()
    for i, path in enumerate(cohort):
        target = inbox / ("group-a/alice" if i < 3 else "group-b") / path.name
        shutil.copy(path, target)
    (inbox / "group-b" / "notes.json").write_text('{"hello": "world"}', encoding="utf-8")
    truncated = cohort[0].read_bytes()[:500]
    (inbox / "group-b" / "broken.json").write_bytes(truncated)
    (inbox / "group-b" / "README.txt").write_text("submissions", encoding="utf-8")
    edited = load(cohort[1])
    edited["turns"] = "oops"
    (inbox / "edited.json").write_text(json.dumps(edited), encoding="utf-8")
    (inbox / ".DS_Store").write_bytes(b"\0\1")
    out = tmp_path / "out.csv"
    assert export(str(inbox), "--out", str(out)) == 0
    err = capsys.readouterr().err
    assert len(read_csv(out)) == 6
    assert "notes.json: skipped, not a roleplay session record" in err
    assert "broken.json: skipped, not valid JSON" in err
    assert "README.txt: skipped" in err
    assert "edited.json: skipped, not a valid session record (turns" in err
    assert ".DS_Store" not in err


def test_the_same_session_found_twice_counts_once(
    cohort: list[Path], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.json"
    shutil.copy(cohort[0], copy)
    out = tmp_path / "out.csv"
    assert export(str(data_dir), str(copy), "--out", str(out)) == 0
    assert len(read_csv(out)) == 6
    assert "a copy of session" in capsys.readouterr().err


def test_filters_by_cohort_scenario_trainee_status_and_date(
    cohort: list[Path], data_dir: Path, tmp_path: Path
) -> None:
    older = load(cohort[0])
    older["started_at"] = "2025-01-15T10:00:00Z"
    older["cohort"] = "autumn-2025"
    save(cohort[0], older)

    def rows(*flags: str) -> list[dict[str, str]]:
        out = tmp_path / "f.csv"
        assert export(str(data_dir), "--out", str(out), *flags) == 0
        return read_csv(out)

    assert len(rows("--cohort", COHORT)) == 5
    assert len(rows("--cohort", COHORT, "--cohort", "autumn-2025")) == 6
    assert {r["scenario"] for r in rows("--scenario", "am-i-boring-you")} == {"am-i-boring-you"}
    assert {r["trainee"] for r in rows("--trainee", "bob.marley")} == {"bob.marley"}
    assert [r["session_id"] for r in rows("--until", "2025-01-15")] == [older["id"]]
    assert len(rows("--since", "2025-01-16")) == 5
    assert len(rows("--since", "2025-01-15T09:00", "--until", "2025-02-01")) == 1
    assert len(rows("--status", "abandoned")) == 0
    assert export(str(data_dir), "--since", "last tuesday") == 2


def test_trainee_level_summarises_progress(
    cohort: list[Path], data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "trainees.csv"
    assert export(str(data_dir), "--level", "trainee", "--out", str(out)) == 0
    rows = read_csv(out)
    assert [r["trainee"] for r in rows] == sorted(TRAINEES)
    for row in rows:
        assert row["sessions"] == "2" and row["completed"] == "2" and row["scenarios"] == "2"
        first, last = row["immediacy_first"], row["immediacy_last"]
        if first and last:
            assert float(row["immediacy_change"]) == pytest.approx(float(last) - float(first))
    session_rows = {r["session_id"]: r for r in _session_rows(data_dir, tmp_path)}
    alice = [r for r in session_rows.values() if r["trainee"] == "alice.liddell"]
    alice.sort(key=lambda r: r["started_at"])
    assert rows[0]["immediacy_first"] == alice[0]["immediacy_mean"]


def _session_rows(data_dir: Path, tmp_path: Path) -> list[dict[str, str]]:
    out = tmp_path / "sessions.csv"
    assert export(str(data_dir), "--out", str(out)) == 0
    return read_csv(out)


def test_a_missing_path_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export(str(tmp_path / "nowhere")) == 2
    assert f"{tmp_path / 'nowhere'}: no such file or directory" in capsys.readouterr().err
