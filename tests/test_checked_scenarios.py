"""A scenario's checks are remembered between library loads, and never outlive an edit: a
changed scenario, or a changed rubric it is checked against, is checked again."""

from __future__ import annotations

from pathlib import Path

from roleplay.content.library import load_library, shipped_dir

SHIPPED = shipped_dir()


def _course(tmp_path: Path, rubric_text: str) -> Path:
    """A course directory with its own copy of the grief scenario on its own rubric."""
    course = tmp_path / "course"
    (course / "scenarios").mkdir(parents=True)
    (course / "rubrics").mkdir()
    scenario = (SHIPPED / "scenarios" / "grief-have-you-lost-a-parent.yaml").read_text("utf-8")
    scenario = scenario.replace("id: grief-have-you-lost-a-parent", "id: grief-course-copy", 1)
    scenario = scenario.replace("rubric: disclosure-immediacy", "rubric: course-rubric", 1)
    (course / "scenarios" / "grief.yaml").write_text(scenario, "utf-8")
    (course / "rubrics" / "course.yaml").write_text(rubric_text, "utf-8")
    return course


def _rubric_text() -> str:
    text = (SHIPPED / "rubrics" / "disclosure-immediacy.yaml").read_text("utf-8")
    return text.replace("id: disclosure-immediacy", "id: course-rubric", 1)


def _load(course: Path):
    return load_library([(course, "course")])


def test_loading_twice_gives_the_same_verdicts(tmp_path: Path) -> None:
    course = _course(tmp_path, _rubric_text())
    first, second = _load(course), _load(course)
    assert "grief-course-copy" in first.scenarios and "grief-course-copy" in second.scenarios
    assert first.problems == second.problems
    assert (
        first.scenarios["grief-course-copy"].sha256 == second.scenarios["grief-course-copy"].sha256
    )


def test_a_rubric_edit_is_checked_against_again(tmp_path: Path) -> None:
    course = _course(tmp_path, _rubric_text())
    assert "grief-course-copy" in _load(course).scenarios
    # The scenario's beats invite immediacy; a rubric without it cannot score them.
    text = _rubric_text()
    start = text.index("  - id: immediacy")
    end = text.index("  - id: declining")
    (course / "rubrics" / "course.yaml").write_text(text[:start] + text[end:], "utf-8")
    after = _load(course)
    assert "grief-course-copy" not in after.scenarios
    assert any(
        p.path.endswith("grief.yaml") and "immediacy" in p.message and p.severity == "error"
        for p in after.problems
    )


def test_a_scenario_edit_is_checked_again(tmp_path: Path) -> None:
    course = _course(tmp_path, _rubric_text())
    assert "grief-course-copy" in _load(course).scenarios
    path = course / "scenarios" / "grief.yaml"
    text = path.read_text("utf-8")
    first_next = text.index("next: ") + len("next: ")
    line_end = text.index("\n", first_next)
    path.write_text(text[:first_next] + "no-such-beat" + text[line_end:], "utf-8")
    after = _load(course)
    assert "grief-course-copy" not in after.scenarios
    assert any("no-such-beat" in p.message for p in after.problems)
