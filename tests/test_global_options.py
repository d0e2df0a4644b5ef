"""Global options (--offline, --data-dir, --content) mean the same before or after the command.

`roleplay --help` lists them before the command, so users put them there. Before this was fixed,
`roleplay --offline practice ...` with a server configured sent the trainee's words to it anyway.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import SCENARIOS
from fakellm import FakeLLM
from practice_helpers import SESSION_RESPONSES
from roleplay.cli import main, parse_args

SCENARIO = "grief-have-you-lost-a-parent"


@pytest.fixture
def responses(tmp_path: Path) -> Path:
    path = tmp_path / "responses.txt"
    path.write_text("\n---\n".join(SESSION_RESPONSES[:2]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def llm(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLM]:
    with FakeLLM() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-global-options")
        yield server


@pytest.mark.parametrize("where", ["before", "after"])
def test_offline_keeps_the_trainees_words_off_a_configured_server(
    where: str, llm: FakeLLM, responses: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = ["practice", SCENARIO, "--responses", str(responses), "--json"]
    argv = ["--offline", *command] if where == "before" else [*command, "--offline"]
    assert main(argv) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["engine"]["mode"] == "offline"
    assert llm.requests == []


@pytest.mark.parametrize("where", ["before", "after"])
def test_data_dir_decides_where_the_session_is_saved(
    where: str, tmp_path: Path, responses: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "chosen"
    command = ["practice", SCENARIO, "--responses", str(responses), "--offline", "--json"]
    option = ["--data-dir", str(chosen)]
    assert main([*option, *command] if where == "before" else [*command, *option]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (chosen / "sessions" / f"{record['id']}.json").is_file()
    assert not (tmp_path / "data" / "sessions").exists()


@pytest.mark.parametrize("where", ["before", "after"])
def test_content_dir_finds_an_instructors_scenario(
    where: str, tmp_path: Path, responses: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "course"
    (content / "scenarios").mkdir(parents=True)
    source = next(p for p in SCENARIOS if p.stem == SCENARIO)
    text = source.read_text(encoding="utf-8").replace(f"id: {SCENARIO}", "id: course-only-copy", 1)
    (content / "scenarios" / "course-only-copy.yaml").write_text(text, encoding="utf-8")
    command = ["practice", "course-only-copy", "--responses", str(responses), "--offline", "--json"]
    option = ["--content", str(content)]
    assert main([*option, *command] if where == "before" else [*command, *option]) == 0
    assert json.loads(capsys.readouterr().out)["scenario"]["id"] == "course-only-copy"


# Every command that uses the global options, with the arguments it needs to parse.
COMMANDS = {
    "practice": ["practice", SCENARIO, "--responses", "r.txt"],
    "score": ["score", "in.jsonl"],
    "calibrate": ["calibrate"],
    "export": ["export", "d"],
    "report": ["report", "d", "--out", "r.html"],
    "rescore": ["rescore", "d"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_reads_global_options_in_either_place(command: str) -> None:
    options = ["--offline", "--data-dir", "/somewhere", "--content", "/course"]
    before = parse_args([*options, *COMMANDS[command]])
    after = parse_args([*COMMANDS[command], *options])
    for args in (before, after):
        assert args.offline is True
        assert args.data_dir == "/somewhere"
        assert args.content == ["/course"]


def test_content_dirs_given_in_both_places_are_all_kept() -> None:
    args = parse_args(["--content", "/a", "score", "in.jsonl", "--content", "/b"])
    assert args.content == ["/a", "/b"]


@pytest.mark.parametrize("command", [["validate", "x.yaml"], ["scenarios"]])
def test_content_only_commands_take_content_in_either_place(command: list[str]) -> None:
    assert parse_args(["--content", "/c", *command]).content == ["/c"]
    assert parse_args([*command, "--content", "/c"]).content == ["/c"]


@pytest.mark.parametrize(
    ("option", "command"),
    [
        (["--offline"], ["validate", "x.yaml"]),
        (["--data-dir", "/d"], ["scenarios"]),
        (["--offline"], ["schema", "scenario"]),
        (["--content", "/c"], ["new", "scenario", "my-scenario"]),
    ],
)
def test_an_option_a_command_cannot_use_is_refused_by_name(
    option: list[str], command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args([*option, *command])
    assert exited.value.code == 2
    assert f"{option[0]} has no effect on `roleplay {command[0]}`" in capsys.readouterr().err


def test_two_different_data_dirs_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--data-dir", "/a", "export", "d", "--data-dir", "/b"])
    assert "--data-dir given twice" in capsys.readouterr().err


def test_the_practice_room_takes_global_options(tmp_path: Path) -> None:
    args = parse_args(["--offline", "--data-dir", str(tmp_path), "--scenario", SCENARIO])
    assert args.offline is True and args.data_dir == str(tmp_path)
