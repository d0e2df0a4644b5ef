"""`roleplay validate` reports every problem in a file in one run, each as `file:line: message`,
sorted by line: a field pydantic refuses no longer hides the beat graph, the scores against the
rubric's scale, the criteria the rubric lacks or a repeated id.

Every test runs the real command in a subprocess on a crafted file carrying several classes of
error at once, and checks each is reported on its own line number.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HANG = 120  # seconds: only a hang gets anywhere near this
LOCATED = re.compile(r"^(?P<path>.+\.yaml):(?P<line>\d+): (?P<message>\S.*)$")

SCENARIO = """\
id: many-problems
title: Many problems at once
skills: [self_disclosure, empathy]
difficulty: beginer
client:
  name: Sam
  presenting_concern: Worry.
  background: Background.
beats:
  - id: one
    client: Hello.
    invites: self_disclosure
    exemplars:
      - response: I have felt that too.
        scores: {self_disclosure: 9}
        why: Out of range.
    branches:
      - on: {warmth: strong}
        next: two
      - otherwise: true
        next: three
  - id: two
    client: Go on.
    invites: restraint
    next: end
  - id: two
    client: Again.
    invites: restraint
    next: end
"""

RUBRIC = """\
id: broken-rubric
version: 0
title: A rubric with several problems
scale: {min: 1, max: 3}
criteria:
  - id: warmth
    name: Warmth
    description: Warm.
    applies_when: Always.
    checks:
      - {id: warm, question: Is it warm?}
    levels: {1: Cold., 2: Mild.}
  - id: focus
    name: Focus
    description: Focus.
    applies_when: Always.
    colour: blue
    checks:
      - {id: focused, question: Is it focused?}
    levels: {1: Lost., 2: Near., 3: On it., 7: Beyond.}
  - id: warmth
    name: Warmth again
    description: Warm again.
    applies_when: Always.
    checks:
      - {id: warm, question: Is it warm?}
    levels: {1: Cold., 2: Mild., 3: Warm.}
"""

DRILL = """\
id: broken-drill
title: A deck with several problems
skill: empathy
rubric: disclosure-immediacy
statements:
  - id: s-one
    level: beginer
    client: I don't know what to say.
    exemplar: It's quiet between us today.
  - id: s-two
    level: beginner
    client: You're the only one I can tell.
    invites: warmth
    exemplar: I'm glad you can say it here.
  - id: s-one
    level: advanced
    client: I'm angry with you.
    exemplar: I'd like to hear more about that.
"""


def _validate(*paths: Path) -> tuple[int, list[tuple[str, int, str]], str]:
    done = subprocess.run(
        [sys.executable, "-m", "roleplay", "validate", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=HANG,
        check=False,
    )
    found = []
    for text in done.stdout.splitlines():
        match = LOCATED.match(text)
        assert match, f"not `file:line: message`: {text!r}"
        found.append((match["path"], int(match["line"]), match["message"]))
    assert "Traceback" not in done.stdout + done.stderr
    return done.returncode, found, done.stderr


def _line(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return lines[occurrence - 1]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def _reported(found: list[tuple[str, int, str]], path: Path, line: int, words: str) -> bool:
    return any(p == str(path) and n == line and words in m for p, n, m in found)


def _assert_exactly(
    found: list[tuple[str, int, str]], path: Path, expected: list[tuple[int, str]]
) -> None:
    """Every expected problem is reported at its line, nothing else is, and they come sorted."""
    for line, words in expected:
        assert _reported(found, path, line, words), (line, words, found)
    assert len(found) == len(expected), found
    assert [n for _, n, _ in found] == sorted(n for _, n, _ in found)


def test_a_scenario_reports_five_classes_of_error_in_one_run(tmp_path: Path) -> None:
    path = _write(tmp_path, "scenario.yaml", SCENARIO)
    code, found, err = _validate(path)
    assert code == 2
    expected = [
        (_line(SCENARIO, "skills:"), "skill 'empathy' is not a criterion"),
        (_line(SCENARIO, "difficulty:"), "got 'beginer'; expected 'beginner'"),
        (_line(SCENARIO, "scores:"), "score 9 is outside the rubric's scale 1-5"),
        (_line(SCENARIO, "warmth"), "branch condition on 'warmth'"),
        (_line(SCENARIO, "next: three"), "'three' is not a beat of this scenario"),
        (_line(SCENARIO, "- id: two", 2), "beat id 'two' is used 2 times"),
    ]
    _assert_exactly(found, path, expected)
    assert f"{len(expected)} error(s)" in err


def test_one_broken_beat_does_not_hide_the_others(tmp_path: Path) -> None:
    text = SCENARIO.replace("difficulty: beginer", "difficulty: beginner").replace(
        "    client: Go on.\n", "    cue: [not, text]\n"
    )
    path = _write(tmp_path, "scenario.yaml", text)
    code, found, _ = _validate(path)
    assert code == 2
    assert _reported(
        found, path, _line(text, "- id: two"), "beats[1].client: required key is missing"
    )
    assert _reported(found, path, _line(text, "cue:"), "beats[1].cue")
    # The beats around it are still checked: the dangling `next`, the score, the repeated id.
    assert _reported(found, path, _line(text, "next: three"), "'three' is not a beat")
    assert _reported(found, path, _line(text, "scores:"), "score 9 is outside")
    assert _reported(found, path, _line(text, "- id: two", 2), "used 2 times")


def test_the_beat_graph_is_checked_despite_a_bad_field(tmp_path: Path) -> None:
    text = """\
id: lost-beat
title: A beat nobody reaches
skills: [self_disclosure]
difficulty: expert
estimated_minutes: many
client:
  name: Sam
  presenting_concern: Worry.
  background: Background.
beats:
  - id: one
    client: Hello.
    invites: restraint
    next: end
  - id: island
    client: Nobody gets here.
    invites: restraint
    next: end
"""
    path = _write(tmp_path, "lost.yaml", text)
    code, found, _ = _validate(path)
    assert code == 2
    assert _reported(found, path, _line(text, "difficulty:"), "got 'expert'")
    assert _reported(found, path, _line(text, "estimated_minutes:"), "expected a whole number")
    assert _reported(found, path, _line(text, "- id: island"), "beat 'island' is never reached")


def test_a_rubric_reports_every_level_and_field_problem(tmp_path: Path) -> None:
    path = _write(tmp_path, "rubric.yaml", RUBRIC)
    code, found, _ = _validate(path)
    assert code == 2
    expected = [
        (_line(RUBRIC, "version:"), "version"),
        (
            _line(RUBRIC, "levels: {1: Cold., 2: Mild.}"),
            "criterion 'warmth' has no level descriptor for 3",
        ),
        (_line(RUBRIC, "colour:"), "unknown key `colour`"),
        (
            _line(RUBRIC, "7: Beyond."),
            "criterion 'focus' describes level(s) 7 outside the scale 1-3",
        ),
        (_line(RUBRIC, "- id: warmth", 2), "criterion id 'warmth' is used twice"),
    ]
    _assert_exactly(found, path, expected)


def test_a_drill_deck_reports_its_fields_its_ids_and_its_rubric_criteria(tmp_path: Path) -> None:
    path = _write(tmp_path, "drill.yaml", DRILL)
    code, found, _ = _validate(path)
    assert code == 2
    expected = [
        (_line(DRILL, "skill:"), "skill 'empathy' is not a criterion of rubric"),
        (_line(DRILL, "level: beginer"), "got 'beginer'"),
        (_line(DRILL, "invites: warmth"), "'warmth' is not a criterion of 'disclosure-immediacy'"),
        (_line(DRILL, "- id: s-one", 2), "statement id `s-one` is used twice"),
    ]
    _assert_exactly(found, path, expected)


def test_a_scenario_on_a_broken_rubric_is_told_to_fix_that_rubric(tmp_path: Path) -> None:
    rubric = _write(tmp_path, "rubric.yaml", RUBRIC)
    text = SCENARIO.replace("difficulty: beginer", "difficulty: beginner").replace(
        "id: many-problems\n", "id: many-problems\nrubric: broken-rubric\n"
    )
    scenario = _write(tmp_path, "scenario.yaml", text)
    code, found, _ = _validate(rubric, scenario)
    assert code == 2
    assert _reported(
        found,
        scenario,
        _line(text, "rubric:"),
        f"rubric 'broken-rubric' in {rubric} has errors of its own: fix that file first",
    )
    # Checks that need no rubric still run; none pretends the rubric is missing.
    assert _reported(found, scenario, _line(text, "next: three"), "'three' is not a beat")
    assert not any("not found" in m for _, _, m in found)
    assert _reported(found, rubric, _line(RUBRIC, "colour:"), "unknown key `colour`")
