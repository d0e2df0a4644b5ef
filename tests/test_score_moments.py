"""`roleplay score` lines may name a scenario and beat: the moment then comes from the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.content.library import load_library

GRIEF = load_library().scenario("grief-have-you-lost-a-parent").scenario


def score_lines(tmp_path: Path, capsys, lines: list[dict], *extra: str) -> tuple[int, list, str]:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    code = main(["score", str(path), "--offline", *extra])
    captured = capsys.readouterr()
    rows = [json.loads(x) for x in captured.out.splitlines() if x.strip()]
    return code, rows, captured.err


def test_a_named_beat_supplies_the_client_line_and_what_it_invites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = GRIEF.first_beat
    response = "Yes. What has it been like for you since March?"
    code, rows, _ = score_lines(
        tmp_path,
        capsys,
        [
            {"id": "named", "scenario": GRIEF.id, "beat": first.id, "response": response},
            {"id": "bare", "client_line": "", "response": response},
        ],
    )
    assert code == 0
    named, bare = rows
    assert named["rubric"] == GRIEF.rubric
    # The named moment invites disclosure; the bare line knows nothing of that.
    assert first.invites == "self_disclosure"
    assert named["scores"]["self_disclosure"]["applicable"]
    # "Yes" answers the beat's question; without the beat there is no question to answer.
    assert not bare["scores"]["self_disclosure"]["applicable"]


def test_output_adds_the_level_descriptor_the_suggestion_and_the_practice_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, rows, _ = score_lines(
        tmp_path,
        capsys,
        [
            {
                "id": 1,
                "scenario": GRIEF.id,
                "beat": GRIEF.first_beat.id,
                "response": "Yes, my mum, and I still cry every day about it, I'm not over it.",
            }
        ],
    )
    assert code == 0
    sd = rows[0]["scores"]["self_disclosure"]
    rubric = load_library().rubric(GRIEF.rubric).rubric
    assert sd["level"] == rubric.criterion("self_disclosure").level(sd["score"])
    assert sd["suggestion"]
    assert "not grades" in rows[0]["note"]
    assert "@" in rows[0]["weights"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ({"scenario": "no-such-scenario", "beat": "asks"}, "no-such-scenario"),
        ({"scenario": "grief-have-you-lost-a-parent", "beat": "nope"}, "beat 'nope'"),
        ({"scenario": "grief-have-you-lost-a-parent"}, "both scenario and beat"),
    ],
)
def test_a_bad_scenario_or_beat_is_named_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: dict, message: str
) -> None:
    ok = {"id": 1, "client_line": "Hi", "response": "Hello."}
    code, rows, err = score_lines(tmp_path, capsys, [ok, {"id": 2, "response": "Hi.", **line}])
    assert code == 2
    assert rows == []
    assert f"{tmp_path / 'in.jsonl'}:2:" in err and message in err


def test_a_line_may_name_its_rubric_so_one_file_mixes_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client = "My band's on Friday, first gig in years. You should come! Bring whoever."
    response = "I'll see if I'm free!"
    code, rows, _ = score_lines(
        tmp_path,
        capsys,
        [
            {
                "id": "rb",
                "rubric": "relationship-boundaries",
                "invites": "boundary",
                "client_line": client,
                "response": response,
            },
            {"id": "default", "invites": "boundary", "client_line": client, "response": response},
        ],
    )
    assert code == 0
    named, default = rows
    assert named["rubric"] == "relationship-boundaries" and "boundary" in named["scores"]
    # a deferral to an invitation is a yes in waiting (rubric: "I'll see if I'm free" scores 1-2)
    assert named["scores"]["boundary"]["applicable"] and named["scores"]["boundary"]["score"] <= 2
    # without it the file's default (--rubric, else disclosure-immediacy) applies
    assert default["rubric"] == "disclosure-immediacy" and "boundary" not in default["scores"]


def test_an_unknown_rubric_or_one_at_odds_with_the_scenario_is_named_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, rows, err = score_lines(
        tmp_path,
        capsys,
        [
            {"id": 1, "rubric": "no-such-rubric", "client_line": "Hi.", "response": "Hello."},
            {
                "id": 2,
                "rubric": "relationship-boundaries",
                "scenario": GRIEF.id,
                "beat": GRIEF.first_beat.id,
                "response": "Yes.",
            },
        ],
    )
    assert code == 2 and rows == []
    assert "in.jsonl:1: rubric 'no-such-rubric' is not one of" in err
    assert f"in.jsonl:2: {GRIEF.id} is scored under its own rubric '{GRIEF.rubric}'" in err
