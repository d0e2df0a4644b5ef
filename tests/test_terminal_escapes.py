"""Terminal escapes never reach a terminal: stripped at every output boundary, refused in content.

The payloads are the ones a hostile scenario, server or record would send: OSC 0 (window title),
CSI 2J (clear screen), OSC 52 (clipboard write), a DCS string and the 8-bit CSI form.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cohort import load, make_cohort, save
from fakellm import FakeLLM, Fault
from llmkit import judge_and_client, verdict
from practice_helpers import SESSION_RESPONSES
from roleplay.cli import main
from roleplay.controls import first_control, strip_controls

TITLE = "\x1b]0;pwned\x07"
CLEAR = "\x1b[2J\x1b[H"
CLIPBOARD = "\x1b]52;c;ZWNobyBldmls\x1b\\"
DCS = "\x1bP1$r0m\x1b\\"
CSI8 = "\x9b31m"
PAYLOAD = f"{TITLE}Hello{CLEAR} there{CLIPBOARD}, friend{DCS}.{CSI8}"
SCENARIO = "grief-have-you-lost-a-parent"
KEY = "sk-roleplay-test-escapes"


def assert_inert(text: str | bytes) -> None:
    """No byte of `text` could start a control sequence or move the cursor."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    bad = sorted({f"U+{ord(c):04X}" for c in text if first_control(c)})
    assert not bad, f"control characters reached the output: {bad}"
    assert "\r" not in text.replace("\r\n", "")


def test_the_stripper_removes_whole_sequences_and_keeps_the_words() -> None:
    assert strip_controls(PAYLOAD) == "Hello there, friend."
    assert strip_controls("line one\n\tindented\r\nnext") == "line one\n\tindented\r\nnext"
    assert strip_controls("overwrite\rme") == "overwriteme"
    assert strip_controls("bell\x07 del\x7f nul\x00 c1\x85") == "bell del nul c1"
    assert strip_controls("naïve café — “quoted” 日本") == "naïve café — “quoted” 日本"
    # An unterminated OSC would swallow the rest in a terminal; it is dropped, never shown raw.
    assert strip_controls("ok\x1b]52;c;AAAA") == "ok"


def test_validate_refuses_a_control_character_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = Path(__file__).resolve().parent.parent / "scenarios" / f"{SCENARIO}.yaml"
    lines = source.read_text("utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("title:"))
    lines[at] = 'title: "Lost\\e]52;c;ZXZpbA==\\a a parent"'
    bad = tmp_path / "scenarios" / "evil.yaml"
    bad.parent.mkdir()
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")

    assert main(["validate", str(bad)]) == 2
    out, err = capsys.readouterr()
    assert f"{bad}:{at + 1}: control character U+001B in title" in out
    assert_inert(out + err)

    # Loading refuses it too: the scenario is not offered from that content dir.
    assert main(["scenarios", "--content", str(tmp_path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert not [s for s in listed if "evil" in json.dumps(s)]


def test_shipped_content_holds_no_control_characters(capsys: pytest.CaptureFixture[str]) -> None:
    repo = Path(__file__).resolve().parent.parent
    assert main(["validate", str(repo / "scenarios"), str(repo / "rubrics")]) == 0
    assert "control character" not in capsys.readouterr().out


@pytest.fixture
def hostile_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLM]:
    with FakeLLM() as llm:
        monkeypatch.setenv("OPENAI_BASE_URL", llm.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("ROLEPLAY_RETRY_BACKOFF", "0.01")
        monkeypatch.setenv("ROLEPLAY_MAX_ATTEMPTS", "1")
        yield llm


def _hostile_verdict(request) -> dict:
    answer = verdict(request)
    for result in answer["criteria"].values():
        result["rationale"] = f"Rationale {PAYLOAD}"
        if result["suggestion"]:
            result["suggestion"] = f"Try {CLIPBOARD}this"
    return answer


def test_practice_output_strips_what_a_server_sends(
    hostile_server: FakeLLM, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile_server.route(lambda r: r.wants_json, _hostile_verdict)
    judge_and_client(hostile_server, client=f"Client says {PAYLOAD}")
    responses = tmp_path / "responses.txt"
    responses.write_text("\n---\n".join(SESSION_RESPONSES[:2]) + "\n", encoding="utf-8")

    assert main(["practice", SCENARIO, "--responses", str(responses)]) == 0
    out, err = capsys.readouterr()
    # The words arrive (wrapped to the terminal), the escapes do not.
    assert "Rationale Hello there, friend." in " ".join(out.split())
    assert_inert(out)
    assert_inert(err)


def test_a_servers_error_text_is_stripped_on_stderr(
    hostile_server: FakeLLM, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile_server.handler = lambda request: Fault(
        "server_error", status=400, message=f"bad request {PAYLOAD}"
    )
    lines = tmp_path / "in.jsonl"
    lines.write_text(
        json.dumps({"id": 1, "client_line": "Have you lost a parent?", "response": "I have."})
        + "\n",
        encoding="utf-8",
    )
    main(["score", str(lines)])
    out, err = capsys.readouterr()
    assert "400" in err
    assert_inert(out)
    assert_inert(err)


@pytest.fixture(scope="module")
def hostile_cohort(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Session records whose every free-text field carries escapes (a crafted or old file)."""
    data = tmp_path_factory.mktemp("hostile") / "data"
    for path in make_cohort(data)[:2]:
        record = load(path)
        record["trainee"] = f"t{TITLE}1"
        record["cohort"] = f"spring{CLEAR}"
        record["scenario"]["title"] = f"Lost {CLIPBOARD}"
        for turn in record["turns"]:
            turn["client"]["text"] += PAYLOAD
            for attempt in turn["attempts"]:
                attempt["response"] += PAYLOAD
                for result in (attempt.get("evaluation") or {}).get("criteria", {}).values():
                    result["rationale"] += PAYLOAD
        save(path, record)
    return data


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_to_stdout_is_inert_in_a_real_process(hostile_cohort: Path, fmt: str) -> None:
    env = {**os.environ, "ROLEPLAY_DATA_DIR": str(hostile_cohort)}
    command = ["export", str(hostile_cohort), "--level", "turn", "--format", fmt]
    done = subprocess.run(
        [sys.executable, "-m", "roleplay", *command],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    # The text is exported (JSONL keeps escapes as JSON's own inert \\u001b); raw, never.
    assert ", friend" in done.stdout.decode("utf-8")
    assert_inert(done.stdout)
    assert_inert(done.stderr)
