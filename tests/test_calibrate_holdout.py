"""`roleplay calibrate --holdout`: agreement on the corpus's frozen holdout, and exemplars scored
along their intended path."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.content.library import load_library
from roleplay.judge.calibrate import intended_path
from roleplay.judge.holdout import in_holdout

REPO = Path(__file__).resolve().parent.parent
GRIEF = load_library().scenario("grief-have-you-lost-a-parent").scenario


def test_the_holdout_rule_is_the_corpus_rule() -> None:
    names = [f"sa/moment-{i}" for i in range(200)]
    expected = [int(hashlib.sha256(n.encode()).hexdigest(), 16) % 4 == 0 for n in names]
    assert [in_holdout(n) for n in names] == expected
    assert 20 < sum(expected) < 80  # about a quarter
    split = REPO / "corpus" / "split.py"
    if split.is_file():  # the corpus's own implementation, when the corpus is present
        spec = importlib.util.spec_from_file_location("corpus_split", split)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        assert [module.in_holdout(n) for n in names] == expected


def _moment_on(side: bool, start: int = 0) -> str:
    return next(
        f"sa/probe-{i}" for i in range(start, 10_000) if in_holdout(f"sa/probe-{i}") is side
    )


def _line(moment: str, response: str, sd: int | None, im: int | None = None) -> dict:
    return {
        "id": moment + response[:5],
        "moment": moment,
        "scenario": None,
        "beat": None,
        "rubric": "disclosure-immediacy",
        "invites": "self_disclosure",
        "client_line": "Have you ever had a panic attack yourself?",
        "cue": None,
        "context": [],
        "response": response,
        "voice": "excellent",
        "labels": {"self_disclosure": sd, "immediacy": im, "declining": None},
        "author": "T",
        "reviewer": "U",
    }


def test_calibrate_measures_the_frozen_holdout_and_ignores_training_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    held, trained = _moment_on(True), _moment_on(False)
    lines = [
        _line(held, "I have, a long time ago. What was it like for you?", 5),
        _line(held, "What was it like for you?", None),
        _line(trained, "I have, years ago. What happened for you?", 5),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    assert main(["calibrate", "--offline", "--show", "0", "--holdout", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Frozen holdout: 2 lines at 1 moments" in out
    row = next(x for x in out.split("Frozen holdout")[1].splitlines() if x.startswith("self_disc"))
    assert row.split()[1] == "2"  # both holdout lines, not the training one


def test_a_missing_holdout_is_a_clear_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["calibrate", "--offline", "--holdout", str(tmp_path / "none")]) == 2
    assert "no labelled corpus" in capsys.readouterr().err


def test_a_malformed_corpus_line_is_named(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"moment": "sa/x"\n', "utf-8")
    assert main(["calibrate", "--offline", "--holdout", str(path)]) == 2
    assert f"{path}:1:" in capsys.readouterr().err


def test_exemplars_are_scored_after_the_strong_answers_along_their_path() -> None:
    first = GRIEF.first_beat
    later = next(b for b in GRIEF.beats if b.id in first.targets)
    path = intended_path(GRIEF, later)
    assert path[0].speaker == "client" and path[0].text == first.client
    assert path[1].speaker == "trainee"
    assert path[1].text in {e.response for e in first.exemplars}
    assert intended_path(GRIEF, first) == []


def test_calibrate_labelled_measures_every_line_of_a_set_kept_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # an evaluation set outside the corpus (bench/data/fresh_check) is measured whole: the split
    # rule picks the corpus's holdout, not which lines of a separate set count
    held, trained = _moment_on(True), _moment_on(False)
    lines = [
        _line(held, "I have, a long time ago. What was it like for you?", 5),
        _line(trained, "I have, years ago. What happened for you?", 5),
        _line(trained, "What happened for you?", None),
    ]
    (tmp_path / "set.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    assert main(["calibrate", "--offline", "--show", "0", "--labelled", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Labelled set: 3 lines at 2 moments" in out
    section = out.split("Labelled set")[1].splitlines()
    row = next(x for x in section if x.startswith("self_disc"))
    assert row.split()[1] == "3"
    # every criterion's items counted together: 3 lines x 3 criteria of disclosure-immediacy
    pooled = next(x for x in section if x.startswith("all criteria"))
    assert pooled.split()[2] == "9" and pooled.split()[-1] == "n/a"
