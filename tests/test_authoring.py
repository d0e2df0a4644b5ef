"""Instructors' tools: `roleplay new`, schema for editors, content warnings, content directories."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import REPO
from roleplay.cli import main
from roleplay.content.checks import difficulty_load, fitting_difficulties
from roleplay.content.library import load_library
from roleplay.domain.scenario import Scenario
from roleplay.factory import build_services
from roleplay.settings import Settings


def new(kind: str, name: str, root: Path) -> Path:
    assert main(["new", kind, name, "--dir", str(root)]) == 0
    return root / f"{kind}s" / f"{name}.yaml"


def problems_of(path: Path) -> list[str]:
    library = load_library(extra_files=[path])
    return [str(p) for p in library.problems if p.path == str(path)]


@pytest.mark.parametrize("kind", ["scenario", "rubric"])
def test_new_writes_a_commented_template_that_validates_as_it_stands(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = new(kind, "moving-cities", tmp_path)
    text = path.read_text("utf-8")
    assert text.startswith(f"# yaml-language-server: $schema=../schemas/{kind}.schema.json\n")
    assert text.count("\n#") > 5  # it teaches as it goes
    schema = json.loads((tmp_path / "schemas" / f"{kind}.schema.json").read_text("utf-8"))
    capsys.readouterr()
    assert main(["schema", kind]) == 0
    assert json.loads(capsys.readouterr().out) == schema
    assert main(["validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""  # no problem, not even a warning
    assert "no errors, 0 warning(s)" in captured.err
    loaded = yaml.safe_load(text)
    assert loaded["id"] == "moving-cities"
    # Refuses to overwrite, accepts --force, refuses ids that could be paths.
    assert main(["new", kind, "moving-cities", "--dir", str(tmp_path)]) == 2
    assert main(["new", kind, "moving-cities", "--dir", str(tmp_path), "--force"]) == 0
    assert main(["new", kind, "../escape", "--dir", str(tmp_path)]) == 2
    assert main(["new", kind, "Moving Cities", "--dir", str(tmp_path)]) == 2


def test_schema_out_writes_a_file_for_editors(tmp_path: Path) -> None:
    out = tmp_path / "schemas" / "scenario.schema.json"
    assert main(["schema", "scenario", "--out", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["title"] == "Scenario"


def test_a_new_scenario_dry_runs_from_its_content_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new("scenario", "moving-cities", tmp_path)
    responses = tmp_path / "responses.txt"
    responses.write_text("I did, years ago. What has it been like for you?\n---\nGo on.\n")
    capsys.readouterr()
    code = main(
        ["practice", "moving-cities", "--content", str(tmp_path), "--responses", str(responses)]
    )
    assert code == 0
    captured = capsys.readouterr()
    # A brief, past answer handed back is 4 or 5 (5 also names its aim); which one is the
    # fitted head's call near a cut point, and this test is about the dry run.
    assert "Sam Okafor:" in captured.out
    assert re.search(r"Self-disclosure: [45]/5", captured.out)
    assert f"scenario 'moving-cities': {tmp_path / 'scenarios' / 'moving-cities.yaml'}" in (
        captured.err
    )


# --- content warnings ---------------------------------------------------------------------------


def variant(tmp_path: Path, change, name: str = "variant") -> Path:
    base = new("scenario", name, tmp_path / name)
    data: dict[str, Any] = yaml.safe_load(base.read_text("utf-8"))
    change(data)
    base.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return base


def test_shipped_content_has_no_warnings() -> None:
    library = load_library()
    assert library.problems == []


def test_a_beat_with_no_exemplars_is_a_warning_not_an_error(tmp_path: Path) -> None:
    path = variant(tmp_path, lambda d: d["beats"][0].pop("exemplars"))
    found = problems_of(path)
    assert len(found) == 1
    assert "warning: beat 'moved-too' invites self_disclosure but has no exemplars" in found[0]
    assert main(["validate", str(path)]) == 0


def test_harmful_and_absent_both_falling_to_otherwise_is_named(tmp_path: Path) -> None:
    def drop_weak(d: dict) -> None:
        d["beats"][0]["branches"] = [
            b for b in d["beats"][0]["branches"] if "on" not in b or "strong" in str(b["on"])
        ]

    (found,) = problems_of(variant(tmp_path, drop_weak))
    assert "a harmful self_disclosure (weak) and no self_disclosure at all both take the " in found
    assert "add a branch `on: {self_disclosure: weak}`" in found


def test_weak_without_a_branch_while_absent_has_one(tmp_path: Path) -> None:
    def absent_only(d: dict) -> None:
        d["beats"][0]["branches"][1]["on"] = {"self_disclosure": "absent"}

    (found,) = problems_of(variant(tmp_path, absent_only))
    assert "has no branch for a weak self_disclosure" in found


def test_an_inviting_beat_without_branches(tmp_path: Path) -> None:
    def plain(d: dict) -> None:
        d["beats"][0].pop("branches")
        d["beats"][0]["next"] = "weekends"

    (found,) = problems_of(variant(tmp_path, plain))
    assert "has no branches, so the client answers a harmful response exactly as" in found


def test_a_beginner_scenario_with_a_ruptured_alliance_and_a_hostile_client(
    tmp_path: Path,
) -> None:
    def harder(d: dict) -> None:
        d["relationship"]["alliance"] = "ruptured"
        d["client"]["style"] = "hostile"

    (found,) = problems_of(variant(tmp_path, harder))
    assert "warning: difficulty: beginner does not fit" in found
    assert "it reads as advanced" in found


def test_an_advanced_scenario_with_only_restraint_beats(tmp_path: Path) -> None:
    def restraint_only(d: dict) -> None:
        d["difficulty"] = "advanced"
        for beat in d["beats"]:
            beat["invites"] = "restraint"

    (found,) = problems_of(variant(tmp_path, restraint_only))
    assert "difficulty: advanced does not fit" in found and "only restraint" in found


def test_a_scenario_no_difficulty_fits(tmp_path: Path) -> None:
    def impossible(d: dict) -> None:
        d["relationship"]["alliance"] = "ruptured"
        d["client"]["style"] = "hostile"
        for beat in d["beats"]:
            beat["invites"] = "restraint"

    (found,) = problems_of(variant(tmp_path, impossible))
    assert "no difficulty fits this scenario" in found


def test_difficulty_heuristic_on_the_shipped_scenarios() -> None:
    for path in sorted((REPO / "scenarios").glob("*.yaml")):
        scenario = Scenario.model_validate(yaml.safe_load(path.read_text("utf-8")))
        assert scenario.difficulty in fitting_difficulties(scenario), path.name
        # Rubric v2 moved just-like-everyone-else (hostile, strained) onto rupture repair as well
        # as immediacy: load 4, still advanced.
        assert 0 <= difficulty_load(scenario) <= 4


# --- content directories ------------------------------------------------------------------------


def test_an_instructor_scenario_overrides_the_shipped_one_by_settings_or_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "mine"
    path = new("scenario", "grief-have-you-lost-a-parent", root)
    text = path.read_text("utf-8").replace('title: "Grief have you lost a parent"', 'title: "Mine"')
    path.write_text(text, encoding="utf-8")

    by_flag = build_services(Settings(offline=True), content_dirs=[root])
    by_setting = build_services(Settings(offline=True, content_dirs=[root]))
    monkeypatch.setenv("ROLEPLAY_CONTENT_DIRS", f"{tmp_path / 'elsewhere'}{os.pathsep}{root}")
    (tmp_path / "elsewhere").mkdir()
    by_env = build_services(Settings(offline=True))
    for services in (by_flag, by_setting, by_env):
        entry = services.library.scenario("grief-have-you-lost-a-parent")
        assert entry.scenario.title == "Mine" and entry.path == path
        assert entry.overrides == REPO / "scenarios" / "grief-have-you-lost-a-parent.yaml"
        session = services.start("grief-have-you-lost-a-parent", trainee="t")
        assert session.record.scenario.origin == str(root)
        assert session.record.scenario.title == "Mine"

    monkeypatch.delenv("ROLEPLAY_CONTENT_DIRS")
    capsys.readouterr()
    assert main(["scenarios", "--content", str(root)]) == 0
    line = next(
        x for x in capsys.readouterr().out.splitlines() if x.startswith("grief-have-you-lost")
    )
    assert f"{path}, replacing the shipped one" in line
    assert main(["scenarios", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["origin"] for r in rows} == {"shipped"}
    assert main(["validate", str(path)]) == 0
    assert "replaces" in capsys.readouterr().err


def test_validate_resolves_an_instructors_rubric_from_the_content_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "mine"
    new("rubric", "warmth-first", root)
    scenario = new("scenario", "uses-warmth", root)
    text = scenario.read_text("utf-8").replace(
        "rubric: disclosure-immediacy", "rubric: warmth-first"
    )
    scenario.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", str(scenario)]) == 2  # the rubric is nowhere it looks
    out, err = capsys.readouterr()
    assert "warmth-first" in out and "; 1 error(s)" in err
    assert main(["validate", str(scenario), "--content", str(root)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "1 scenario(s), 0 rubric(s) valid; no errors" in err


# --- the guide's complete example ---------------------------------------------------------------

GUIDE = REPO / "docs" / "authoring.md"


def guide_examples(root: Path) -> list[Path]:
    """The files docs/authoring.md shows in full, written where it says to save them."""
    import re

    text = GUIDE.read_text("utf-8")
    blocks = re.findall(r"<!-- example: (\S+) -->\n```yaml\n(.*?)```", text, flags=re.DOTALL)
    paths = []
    for name, body in blocks:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def test_the_guides_complete_example_validates_without_a_warning_and_plays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "teaching"
    paths = guide_examples(root)
    assert [p.name for p in paths] == ["exam-warmth.yaml", "failed-the-resit.yaml"]
    assert main(["validate", str(root)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "1 scenario(s), 1 rubric(s) valid; no errors, 0 warning(s)" in captured.err
    answers = tmp_path / "answers.txt"
    answers.write_text(
        "I have, years ago, and it knocked me for a while. What is it like for you?\n---\n"
        "I notice you're wondering what I think of you right now. What makes you expect that?\n"
        "---\nWhat is it like, having said it?\n",
        encoding="utf-8",
    )
    code = main(
        ["practice", "failed-the-resit", "--content", str(root), "--responses", str(answers)]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "Okay. That actually helps." in out
    assert "I guess because my dad would." in out
    assert "== end of session ==" in out
    assert "Warmth: not used" in out  # the offline engine leaves warmth to the LLM judge


def test_the_guide_documents_every_warning_and_command() -> None:
    text = GUIDE.read_text("utf-8")
    for needle in (
        "yaml-language-server: $schema=",
        "roleplay new scenario",
        "roleplay schema scenario --out",
        "roleplay practice",
        "--content DIR",
        "ROLEPLAY_CONTENT_DIRS",
        "replaces it",
        "no exemplars",
        "Difficulty",
    ):
        assert needle in text, needle
