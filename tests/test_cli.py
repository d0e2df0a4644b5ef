"""The command line end to end, through `main()` as a user runs it."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from conftest import SCENARIOS
from practice_helpers import SESSION_RESPONSES
from roleplay.cli import main

RESPONSES = "\n---\n".join(SESSION_RESPONSES) + "\n"


@pytest.fixture
def responses(tmp_path: Path) -> Path:
    path = tmp_path / "responses.txt"
    path.write_text(RESPONSES, encoding="utf-8")
    return path


@pytest.mark.parametrize("scenario", [p.stem for p in SCENARIOS])
def test_practice_every_shipped_scenario_as_json(
    scenario: str, responses: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "practice",
                scenario,
                "--responses",
                str(responses),
                "--offline",
                "--json",
                "--trainee",
                "t-1",
            ]
        )
        == 0
    )
    record = json.loads(capsys.readouterr().out)
    assert record["engine"]["mode"] == "offline"
    assert record["scenario"]["id"] == scenario
    attempts = [a for t in record["turns"] for a in t["attempts"]]
    assert attempts
    for attempt in attempts:
        criteria = attempt["evaluation"]["criteria"]
        assert {"self_disclosure", "immediacy"} <= set(criteria)
        assert attempt["evaluation"]["judge"] == "offline"
    path = next((Path(p) for p in Path(record_path_dir()).glob(f"{record['id']}.json")), None)
    assert path is not None and stat.S_IMODE(path.stat().st_mode) == 0o600


def record_path_dir() -> str:
    import os

    return str(Path(os.environ["ROLEPLAY_DATA_DIR"]) / "sessions")


def test_practice_prints_a_readable_transcript(
    responses: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            ["practice", "grief-have-you-lost-a-parent", "--responses", str(responses), "--offline"]
        )
        == 0
    )
    out = capsys.readouterr()
    # Feedback on every response used, each criterion scored or said to be not used.
    feedback = out.out.count("Feedback (offline practice feedback):")
    assert feedback == len(re.findall(r"^You: ", out.out, re.MULTILINE)) >= 3
    for criterion in ("Self-disclosure", "Immediacy"):
        verdicts = re.findall(rf"^    {criterion}: (\d/5|not used)", out.out, re.MULTILINE)
        assert len(verdicts) == feedback
    assert "session saved:" in out.err


def test_practice_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Tell me more.\n---\nGo on.\n"))
    assert (
        main(
            ["practice", "grief-have-you-lost-a-parent", "--responses", "-", "--offline", "--json"]
        )
        == 0
    )
    assert len(json.loads(capsys.readouterr().out)["turns"][0]["attempts"]) == 1


def test_unknown_scenario_is_exit_2_with_a_suggestion(
    responses: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["practice", "grief-have-you-lost", "--responses", str(responses)]) == 2
    err = capsys.readouterr().err
    assert "no scenario with id" in err and "did you mean" in err
    assert "Traceback" not in err


def test_validate_shipped_content_passes(capsys: pytest.CaptureFixture[str]) -> None:
    repo = SCENARIOS[0].parent.parent
    assert main(["validate", str(repo / "scenarios"), str(repo / "rubrics")]) == 0
    assert "no errors" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"id: x\ntitle: [oops\n",
            "YAML syntax error: did not find expected ',' or ']' (while "
            "parsing a flow sequence that starts on line 2)",
        ),
        (
            b"id: x\ntitle: T\nskills: self_disclosure\ndifficulty: beginner\n"
            b"client: {}\nbeats: []\n",
            ":3: skills: expected a list",
        ),
        (b"id: bad\nbeats: []\nsurprise: 1\n", ":3: surprise: unknown key"),
        (b"\xff\xfe", ":1: byte 0xff is not UTF-8"),
        (b"", "file is empty"),
    ],
)
def test_validate_reports_file_line_message_and_exit_2(
    tmp_path: Path, content: bytes, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.yaml"
    path.write_bytes(content)
    assert main(["validate", str(path)]) == 2
    out = capsys.readouterr().out
    assert f"{path}" in out and expected in out, out
    assert "Traceback" not in out


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "scenario"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert "beats" in schema["properties"]


def test_score_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {
            "id": "a",
            "client_line": "Have you ever lost a parent?",
            "response": "I have, years ago. What has it been like for you?",
        },
        {
            "id": "b",
            "client_line": "Whatever.",
            "response": "You're being resistant again.",
            "context": [{"speaker": "seeker", "text": "I don't know."}],
        },
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(src), "--offline", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["scores"]["self_disclosure"]["applicable"] is True
    assert {"applicable", "score", "rationale", "evidence", "level", "suggestion"} <= set(
        rows[0]["scores"]["immediacy"]
    )
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_score_reports_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "response": "ok"}\nnot json\n{"id": 2}\n')
    assert main(["score", str(src), "--offline"]) == 2
    err = capsys.readouterr().err
    assert f"{src}:2: not valid JSON" in err
    assert f"{src}:3: response" in err


def test_help_lists_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for command in ("practice", "score", "validate", "schema"):
        assert command in out
