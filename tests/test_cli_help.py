"""The command line explains itself: every command and argument has help, and a wrong id points
to the command that lists the right ones."""

from __future__ import annotations

import argparse

import pytest

from roleplay.cli import build_parser, main


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no subcommands")


def test_every_command_and_argument_has_help_text() -> None:
    parser = build_parser()
    missing = []
    top = {a.dest: a for a in parser._actions if isinstance(a, argparse._SubParsersAction)}
    helped = {c.dest for a in top.values() for c in a._choices_actions if c.help}
    for name, command in _subcommands(parser).items():
        if name not in helped:
            missing.append(name)
        for action in command._actions:
            if action.help in (None, "") and action.dest != "help":
                missing.append(f"{name} {action.dest}")
    assert missing == []


def test_an_unknown_scenario_points_to_the_list_of_scenarios(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    responses = tmp_path / "r.txt"
    responses.write_text("Hello.\n", encoding="utf-8")
    assert main(["practice", "no-such-moment", "--responses", str(responses), "--offline"]) == 2
    assert "`roleplay scenarios` lists every scenario id" in capsys.readouterr().err


def test_report_offers_no_option_that_does_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    # The report never shows free text (responses, rationales, comments), so `--no-text` would
    # do nothing there: it is not offered (issue 12.6), and asking for it says so.
    with pytest.raises(SystemExit) as exited:
        main(["report", "x", "--out", "r.html", "--no-text"])
    assert exited.value.code == 2
    assert "unrecognized arguments: --no-text" in capsys.readouterr().err
