"""A bad setting is one sentence naming the setting and where it came from, exit 2, on every
command that reads settings: never a traceback, never a secret's value."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from roleplay.cli import main

BAD_ENV = [
    ("ROLEPLAY_TIMEOUT", "-5"),
    ("ROLEPLAY_TIMEOUT", "inf"),
    ("ROLEPLAY_MAX_ATTEMPTS", "abc"),
    ("ROLEPLAY_OFFLINE", "maybe"),
    ("ROLEPLAY_MAX_RETRY_SECONDS", "0"),
    ("ROLEPLAY_CONTENT_DIRS", "[not json"),
]


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, str]:
    responses = tmp_path / "responses.txt"
    responses.write_text("I hear you.\n", encoding="utf-8")
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"id": 1, "client_line": "Hi.", "response": "Hello."}\n', encoding="utf-8")
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    scenario = Path(__file__).resolve().parent.parent / "scenarios"
    return {
        "responses": str(responses),
        "lines": str(lines),
        "sessions": str(sessions),
        "report": str(tmp_path / "report.html"),
        "scenarios": str(scenario),
    }


def commands(inputs: dict[str, str]) -> dict[str, list[str]]:
    return {
        "practice": [
            "practice",
            "grief-have-you-lost-a-parent",
            "--responses",
            inputs["responses"],
        ],
        "score": ["score", inputs["lines"]],
        "export": ["export", inputs["sessions"]],
        "report": ["report", inputs["sessions"], "--out", inputs["report"]],
        "rescore": ["rescore", inputs["sessions"]],
        "calibrate": ["calibrate"],
        "scenarios": ["scenarios"],
        "validate": ["validate", inputs["scenarios"]],
    }


COMMANDS = [
    "practice",
    "score",
    "export",
    "report",
    "rescore",
    "calibrate",
    "scenarios",
    "validate",
]


def run_main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, err


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(("name", "value"), BAD_ENV)
def test_a_bad_environment_variable_names_itself_and_exits_2(
    command: str,
    name: str,
    value: str,
    inputs: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(name, value)
    code, err = run_main(commands(inputs)[command], capsys)
    assert code == 2
    assert f"roleplay: the environment variable {name}=" in err
    assert f"hint: fix or unset {name}" in err


CONFIG_FILES = [
    ("timeout: [1, 2\n", ":2: not valid YAML"),
    ("timeout: 0\n", "the setting `timeout` in"),
    ("max_attempts: lots\n", "the setting `max_attempts` in"),
    ("- a list\n- not a mapping\n", "expected `key: value` lines, found a list"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe binary", ":1: not UTF-8 text"),
    (b"model: x\n\x00\x00\x00", ":2: a binary file, not YAML"),
]


@pytest.mark.parametrize("command", ["practice", "export", "scenarios", "rescore"])
@pytest.mark.parametrize(("content", "expected"), CONFIG_FILES)
def test_a_bad_config_file_names_the_file_and_exits_2(
    command: str,
    content: str | bytes,
    expected: str,
    inputs: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = tmp_path / "config.yaml"
    config.write_bytes(content if isinstance(content, bytes) else content.encode())
    monkeypatch.setenv("ROLEPLAY_CONFIG", str(config))
    code, err = run_main(commands(inputs)[command], capsys)
    assert code == 2
    assert str(config) in err
    assert expected in err


def test_a_bad_secret_is_named_but_never_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("api_key: [sk-secret-in-a-list]\n", encoding="utf-8")
    monkeypatch.setenv("ROLEPLAY_CONFIG", str(config))
    code, err = run_main(["scenarios"], capsys)
    assert code == 2
    assert "`api_key`" in err
    assert "sk-secret" not in err


def test_the_environment_wins_over_a_good_config_file_and_is_the_one_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("timeout: 10\n", encoding="utf-8")
    monkeypatch.setenv("ROLEPLAY_CONFIG", str(config))
    monkeypatch.setenv("ROLEPLAY_TIMEOUT", "-1")
    code, err = run_main(["scenarios"], capsys)
    assert code == 2
    assert "ROLEPLAY_TIMEOUT='-1'" in err
    assert str(config) not in err


@pytest.mark.parametrize(
    "argv", [["scenarios"], ["export", "."], []], ids=["scenarios", "export", "tui"]
)
def test_a_real_process_says_it_in_one_line(argv: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "ROLEPLAY_MAX_ATTEMPTS": "abc", "ROLEPLAY_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "roleplay", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("roleplay: the environment variable ROLEPLAY_MAX_ATTEMPTS='abc'")
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_a_config_path_that_is_not_a_file_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "config.yaml"
    os.mkfifo(fifo)  # reading it would block forever
    monkeypatch.setenv("ROLEPLAY_CONFIG", str(fifo))
    code, err = run_main(["scenarios"], capsys)
    assert code == 2
    assert f"config file {fifo}: not a regular file" in err
    monkeypatch.setenv("ROLEPLAY_CONFIG", str(tmp_path))
    assert run_main(["scenarios"], capsys)[0] == 2


def test_a_missing_config_file_is_no_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ROLEPLAY_CONFIG", str(tmp_path / "absent.yaml"))
    assert run_main(["scenarios"], capsys)[0] == 0
