"""What docs/authoring.md tells instructors about v2 content, checked against the code and the
shipped files: the `invites` table, drill decks (shipped, the guide's example, the template), the
self-awareness pause, and the original scenarios' pauses."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from conftest import REPO, SCENARIOS
from roleplay.cli import main
from roleplay.cli.practice_cmd import split_pause
from roleplay.content.library import ContentLibrary, load_library
from roleplay.domain.common import DIFFICULTIES, RESTRAINT
from roleplay.domain.drill import DrillDeck

GUIDE = REPO / "docs" / "authoring.md"
SHIPPED_RUBRICS = ("disclosure-immediacy", "relationship-boundaries")
# The scenarios shipped before v2, which got their pauses by hand (at most two each).
ORIGINAL = [
    "am-i-boring-you",
    "cancelled-session-its-fine",
    "coming-out-are-you-gay",
    "complaint-about-last-session",
    "dementia-carer-nobody-gets-it",
    "do-you-think-about-me",
    "first-session-agreement",
    "follow-request-on-instagram",
    "gift-and-christening-invite",
    "grief-have-you-lost-a-parent",
    "infertility-do-you-have-children",
    "just-like-everyone-else",
    "late-and-gone-quiet",
    "laughing-it-off",
    "recovery-are-you-in-recovery",
]


def guide() -> str:
    return GUIDE.read_text("utf-8")


def section(title_start: str) -> str:
    """The text of the guide's `## N. <title_start>...` section."""
    text = guide()
    match = re.search(rf"^## \d+\. {re.escape(title_start)}.*?(?=^## \d+\. )", text, re.M | re.S)
    assert match, title_start
    return match.group(0)


def invites_table() -> list[tuple[str, str]]:
    """(invites value, rubric column) for each row of the guide's `invites` table."""
    text = guide().split("<!-- invites table -->", 1)[1]
    rows = []
    for line in text.splitlines()[3:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows.append((cells[0].strip("`"), cells[1].strip("`")))
    return rows


@pytest.fixture(scope="module")
def shipped() -> ContentLibrary:
    library = load_library()
    assert library.problems == []
    return library


# --- the `invites` table --------------------------------------------------------------------


def test_every_invites_value_the_guide_lists_is_a_criterion_of_the_rubric_it_names(
    shipped: ContentLibrary,
) -> None:
    rows = invites_table()
    assert len(rows) == 7
    for value, rubric_id in rows:
        if rubric_id == "either":
            assert value == RESTRAINT
            continue
        assert rubric_id in SHIPPED_RUBRICS, rubric_id
        assert value in shipped.rubric(rubric_id).rubric.criterion_ids, (value, rubric_id)


def test_the_invites_table_covers_both_rubrics_and_says_where_each_criterion_is_defined(
    shipped: ContentLibrary,
) -> None:
    rows = dict(invites_table())
    base = shipped.rubric("disclosure-immediacy").rubric.criterion_ids
    extended = shipped.rubric("relationship-boundaries").rubric.criterion_ids
    assert set(rows) == {*base, *extended, RESTRAINT}
    # "a scenario on disclosure-immediacy [can invite] only the first three": the ones the table
    # places on relationship-boundaries are not in the base rubric, and it inherits the rest.
    assert {v for v, r in rows.items() if r == "disclosure-immediacy"} == set(base)
    assert all(v not in base for v, r in rows.items() if r == "relationship-boundaries")
    assert set(base) <= set(extended)


def test_every_invites_in_a_shipped_scenario_is_in_the_guides_table() -> None:
    listed = dict(invites_table())
    for path in SCENARIOS:
        data = yaml.safe_load(path.read_text("utf-8"))
        for beat in data["beats"]:
            assert beat["invites"] in listed, (path.name, beat["id"])
            if beat["invites"] != RESTRAINT:
                # the scenario's rubric has the criterion the table says it comes from
                assert listed[beat["invites"]] in (data["rubric"], "disclosure-immediacy")


# --- drill decks --------------------------------------------------------------------------


def test_every_shipped_drill_deck_validates_without_a_warning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    decks = sorted((REPO / "drills").glob("*.yaml"))
    assert main(["validate", *map(str, decks)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{len(decks)} drill deck(s) valid; no errors, 0 warning(s)" in captured.err


def test_the_guide_names_every_shipped_deck_with_its_rubric_and_size(
    shipped: ContentLibrary,
) -> None:
    text = " ".join(section("Drill decks").split())
    files = sorted(p.name for p in (REPO / "drills").glob("*.yaml"))
    named = sorted(set(re.findall(r"`([a-z-]+\.yaml)`", text.split("| field |")[0])))
    assert named == files
    # "`self-disclosure.yaml`, `immediacy.yaml` and `declining.yaml` on `disclosure-immediacy`,
    # `boundary.yaml` and `rupture-repair.yaml` on `relationship-boundaries`"
    said = {}
    for group, rubric_id in re.findall(r"((?:`[a-z-]+\.yaml`(?:,| and)? ?)+) on `([a-z-]+)`", text):
        for name in re.findall(r"`([a-z-]+\.yaml)`", group):
            said[name] = rubric_id
    assert sorted(said) == files
    for entry in shipped.drills.values():
        assert said[entry.path.name] == entry.deck.rubric
        # "each with 41 or 42 statements, about 14 per level"
        assert 41 <= len(entry.deck.statements) <= 42, entry.path.name
        assert all(13 <= len(entry.deck.at_level(level)) <= 14 for level in DIFFICULTIES)


def guide_drill_example(root: Path) -> Path:
    name, body = re.findall(
        r"<!-- drill example: (\S+) -->\n```yaml\n(.*?)```", guide(), flags=re.DOTALL
    )[0]
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def test_the_guides_drill_deck_validates_without_a_warning_and_plays_by_its_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "teaching"
    path = guide_drill_example(root)
    assert main(["validate", str(root)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "1 drill deck(s) valid; no errors, 0 warning(s)" in captured.err
    # "`roleplay drill SKILL` keeps choosing the shipped deck for that skill, so ask for yours by
    # its id"
    library = load_library([(root, "mine")])
    assert library.drill_for("declining").deck.id == "declining-drills"
    assert library.drill_for("declining-short").path == path
    answers = tmp_path / "answers.txt"
    answers.write_text(
        "I'll keep that to myself, but I'm glad you asked. What's it like that I'll be away?\n",
        encoding="utf-8",
    )
    args = ["drill", "declining-short", "--content", str(root), "--responses", str(answers)]
    assert main([*args, "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["deck"]["id"] == "declining-short"
    item = record["sets"][0]["items"][0]
    assert item["statement_id"] == "b-holiday"
    assert item["attempts"][0]["evaluation"] is not None  # answered and scored


def test_a_deck_that_replaces_a_shipped_one_by_id_is_the_one_drilled(tmp_path: Path) -> None:
    root = tmp_path / "teaching"
    path = guide_drill_example(root)
    path.write_text(
        path.read_text("utf-8").replace("id: declining-short", "id: declining-drills"), "utf-8"
    )
    library = load_library([(root, "mine")])
    assert library.problems == []
    assert library.drill_for("declining").path == path


# --- the drill template -------------------------------------------------------------------


def test_new_drill_writes_a_commented_template_that_validates_and_plays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "drill", "declining-ours", "--dir", str(tmp_path)]) == 0
    path = tmp_path / "drills" / "declining-ours.yaml"
    text = path.read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/drill.schema.json\n")
    assert text.count("\n#") > 5  # it teaches as it goes
    assert "__" not in text  # every placeholder filled
    schema = json.loads((tmp_path / "schemas" / "drill.schema.json").read_text("utf-8"))
    assert schema["title"] == "DrillDeck"
    err = capsys.readouterr().err
    assert f"roleplay drill declining-ours --content {tmp_path}" in err
    assert main(["validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "1 drill deck(s) valid; no errors, 0 warning(s)" in captured.err
    deck = DrillDeck.model_validate(yaml.safe_load(text))
    assert deck.id == "declining-ours"
    assert all(deck.at_level(level) for level in DIFFICULTIES)
    # The command the template prints plays it.
    answers = tmp_path / "answers.txt"
    answers.write_text("I'll keep my weekend to myself. What's yours looking like?\n", "utf-8")
    args = ["drill", "declining-ours", "--content", str(tmp_path), "--responses", str(answers)]
    assert main(args) == 0
    assert "Exemplar: I'll keep my weekend to myself" in " ".join(capsys.readouterr().out.split())
    # Refuses to overwrite without --force, like the other templates.
    assert main(["new", "drill", "declining-ours", "--dir", str(tmp_path)]) == 2
    assert main(["new", "drill", "declining-ours", "--dir", str(tmp_path), "--force"]) == 0


def test_the_drill_template_filled_for_another_skill_still_validates_and_a_missing_level_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "drill", "boundary-ours", "--dir", str(tmp_path)]) == 0
    path = tmp_path / "drills" / "boundary-ours.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data["skill"], data["rubric"] = "boundary", "relationship-boundaries"
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    capsys.readouterr()
    assert main(["validate", str(path)]) == 0
    assert "no errors, 0 warning(s)" in capsys.readouterr().err
    data["statements"] = [s for s in data["statements"] if s["level"] != "advanced"]
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    assert main(["validate", str(path)]) == 0  # a warning never fails validation
    captured = capsys.readouterr()
    assert "no advanced statements" in captured.out + captured.err


# --- the self-awareness pause ---------------------------------------------------------------


def test_the_guides_pause_lines_are_read_as_the_three_answers_and_the_response() -> None:
    block = re.search(r"```text\n(pause>.*?)```", guide(), flags=re.DOTALL)
    assert block
    notes, response = split_pause(block.group(1))
    assert notes is not None
    assert (notes.feeling, notes.want, notes.whose_need) == (
        "a tightness, my own dad",
        "to tell her I know",
        "mine",
    )
    assert response.startswith("I'm going to keep the focus on you.")


def test_the_original_scenarios_pause_at_most_twice_and_only_where_named() -> None:
    paused = {}
    for name in ORIGINAL:
        data = yaml.safe_load((REPO / "scenarios" / f"{name}.yaml").read_text("utf-8"))
        paused[name] = [b["id"] for b in data["beats"] if b.get("pause")]
        assert len(paused[name]) <= 2, name
    # "Most shipped scenarios mark one or two; first-session-agreement, a session about terms,
    # marks none."
    assert paused["first-session-agreement"] == []
    assert sum(1 for beats in paused.values() if beats) == len(ORIGINAL) - 1
    # The moments the guide names: a personal question about loss, a client in tears, a romantic
    # declaration, a gift.
    assert "asks" in paused["grief-have-you-lost-a-parent"]
    assert "tears" in paused["laughing-it-off"]
    assert paused["do-you-think-about-me"] == ["feelings"]
    assert "the-tin" in paused["gift-and-christening-invite"]
