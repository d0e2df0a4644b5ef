"""One file never sets the workload, and one reader decides what a usable record is.

Crafted records (absurd numbers, no turns, unknown beats) are skipped with a warning naming the
file by `report`, `export` and the history the practice room shows; markup in titles and ids is
kept as data.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from cohort import load, make_cohort, save
from roleplay.cli import main
from roleplay.domain.drill import DeckRef
from roleplay.errors import StoreError
from roleplay.practice.history import history
from roleplay.store.collect import collect_sessions
from roleplay.store.sessions import SessionStore, Skipped, read_record, read_session

Edit = Callable[[dict[str, Any]], None]


def _first_attempt(record: dict[str, Any]) -> dict[str, Any]:
    return next(a for t in record["turns"] for a in t["attempts"] if a.get("evaluation"))


def _scale_max(record: dict[str, Any]) -> None:
    record["rubric"]["frozen"]["scale"]["max"] = 1_000_000


def _scale_min(record: dict[str, Any]) -> None:
    record["rubric"]["frozen"]["scale"]["min"] = -1_000_000


def _huge_score(record: dict[str, Any]) -> None:
    criteria = _first_attempt(record)["evaluation"]["criteria"]
    next(iter(criteria.values())).update(applicable=True, score=1_000_000_000)


def _score_off_the_scale(record: dict[str, Any]) -> None:
    criteria = _first_attempt(record)["evaluation"]["criteria"]
    next(iter(criteria.values())).update(applicable=True, score=7)  # the scale is 1-5


def _self_rating(record: dict[str, Any]) -> None:
    _first_attempt(record)["self_rating"] = {"self_disclosure": 99}


def _no_turns(record: dict[str, Any]) -> None:
    record["turns"] = []


def _unknown_beat(record: dict[str, Any]) -> None:
    record["turns"][0]["beat"] = "a-beat-nobody-wrote"


def _many_quotes(record: dict[str, Any]) -> None:
    criteria = _first_attempt(record)["evaluation"]["criteria"]
    next(iter(criteria.values()))["evidence"] = ["x"] * 100_000


def _long_response(record: dict[str, Any]) -> None:
    _first_attempt(record)["response"] = "word " * 50_000


def _rubric_version(record: dict[str, Any]) -> None:
    record["rubric"]["version"] = 10**15


CRAFTED: dict[str, tuple[Edit, str]] = {
    "scale-max": (_scale_max, "less than or equal to 10"),
    "scale-min": (_scale_min, "greater than or equal to 0"),
    "huge-score": (_huge_score, "less than or equal to 10"),
    "score-off-scale": (_score_off_the_scale, "score 7 is outside the rubric's scale 1-5"),
    "self-rating": (_self_rating, "less than or equal to 10"),
    "no-turns": (_no_turns, "at least 1 item"),
    "unknown-beat": (_unknown_beat, "names beat 'a-beat-nobody-wrote'"),
    "many-quotes": (_many_quotes, "at most 200 items"),
    "long-response": (_long_response, "at most 100000 characters"),
    "rubric-version": (_rubric_version, "less than or equal to 1000000"),
}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("pristine") / "data"
    make_cohort(data)
    return data


@pytest.fixture
def cohort(pristine: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(pristine, data)
    return data


def _craft(cohort: Path, case: str) -> Path:
    """Apply one crafted edit to the cohort's first session file; its path."""
    path = sorted((cohort / "sessions").glob("*.json"))[0]
    record = load(path)
    CRAFTED[case][0](record)
    save(path, record)
    return path


@pytest.mark.parametrize("case", sorted(CRAFTED))
def test_the_one_reader_refuses_a_crafted_record_and_says_why(cohort: Path, case: str) -> None:
    path = _craft(cohort, case)
    found = read_record(path)
    assert isinstance(found, Skipped)
    assert CRAFTED[case][1] in found.reason
    with pytest.raises(StoreError, match="not a valid session record"):
        read_session(path)

    # The store lists the rest, and names the file it left out.
    valid, skipped = SessionStore(cohort).scan()
    assert [s.path for s in skipped] == [path]
    assert len(valid) == 5
    assert path not in {s.path for s in SessionStore(cohort).iter_sessions()}
    # What the practice room's history is built from never holds it.
    rows = history(s.session for s in valid)
    assert len(rows) == 5


@pytest.mark.parametrize("case", ["scale-max", "huge-score", "no-turns", "unknown-beat"])
def test_report_skips_a_crafted_record_with_a_warning_naming_it(
    cohort: Path, tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _craft(cohort, case)
    out = tmp_path / "report.html"
    assert main(["report", str(cohort), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"roleplay: warning: {path}: skipped, not a valid session record" in err
    assert "report on 5 session(s)" in err
    # A report on six small sessions is tens of KB; a million-point scale made it 693 MB.
    assert out.stat().st_size < 500_000
    assert "score 1000000" not in out.read_text("utf-8")


EXPORT_CASES = [
    *[
        (level, case)
        for level in ("session", "turn", "trainee")
        for case in ("scale-max", "no-turns")
    ],
    ("session", "score-off-scale"),
    ("trainee", "self-rating"),
    ("session", "unknown-beat"),
    # Text is read at the turn level only (the others never parse it, so it cannot cost them).
    ("turn", "many-quotes"),
    ("turn", "long-response"),
]


@pytest.mark.parametrize(("level", "case"), EXPORT_CASES)
def test_export_skips_a_crafted_record_with_a_warning_naming_it(
    cohort: Path, level: str, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _craft(cohort, case)
    crafted_id = load(path)["id"]
    assert main(["export", str(cohort), "--level", level, "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert f"roleplay: warning: {path}: skipped, not a valid session record" in err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows
    assert crafted_id not in json.dumps(rows)


def test_markup_in_titles_and_ids_is_data(cohort: Path) -> None:
    path = sorted((cohort / "sessions").glob("*.json"))[0]
    record = load(path)
    record["scenario"]["title"] = "[/bold] closing tag [@click=app.quit]quit[/]"
    record["trainee"] = "[bold]t-001[/bold]"
    record["cohort"] = "[@click=app.quit]spring[/]"
    save(path, record)

    found = read_record(path)
    assert not isinstance(found, Skipped)
    assert found.scenario.title == "[/bold] closing tag [@click=app.quit]quit[/]"
    assert found.trainee == "[bold]t-001[/bold]"
    [row] = history([found])
    assert row.title == found.scenario.title
    collected, skipped = collect_sessions([cohort])
    assert not skipped
    assert "[@click=app.quit]spring[/]" in {f.session.cohort for f in collected}


def test_a_data_dir_without_sessions_scans_empty(tmp_path: Path) -> None:
    assert SessionStore(tmp_path / "nothing-here").scan() == ([], [])


def test_a_drill_record_is_bounded_like_a_session() -> None:
    deck = {
        "id": "d",
        "title": "t",
        "skill": "immediacy",
        "sha256": "0" * 64,
        "rubric_id": "disclosure-immediacy",
    }
    assert DeckRef.model_validate({**deck, "rubric_version": 2}).rubric_version == 2
    with pytest.raises(ValidationError, match="less than or equal to 1000000"):
        DeckRef.model_validate({**deck, "rubric_version": 10**15})
