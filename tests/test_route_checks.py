"""Routes that can never be taken are reported by `roleplay validate`, judged on the graph alone."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.content.library import load_library
from roleplay.domain.endings import endings
from tiny_scenario import TINY_HEAD

HEAD = TINY_HEAD.replace("id: tiny-scenario", "id: tiny-routes", 1)
CLOSE = '  - id: close\n    client: "Thanks."\n    invites: restraint\n    next: end\n'


def scenario_file(tmp_path: Path, branches: str, *, tail: str = CLOSE) -> Path:
    path = tmp_path / "tiny-routes.yaml"
    path.write_text(HEAD + textwrap.indent(textwrap.dedent(branches), " " * 6) + tail)
    return path


def errors_of(path: Path) -> list[str]:
    library = load_library(extra_files=[path])
    return [str(p) for p in library.errors if p.path == str(path)]


def test_a_branch_below_otherwise_is_an_ending_never_reached(tmp_path: Path) -> None:
    path = scenario_file(
        tmp_path,
        """\
        - otherwise: true
          next: close
        - "on": {self_disclosure: weak}
          client: "I'll stop there."
          next: end
        """,
    )
    found = errors_of(path)
    assert found == [
        f"{path}:21: beat 'asks': branch 2 can never be taken, so it is an ending the session "
        "never reaches: a branch above it (an `otherwise`, or conditions that together cover "
        "it) catches every response it matches; move it up or narrow those"
    ]


def test_branches_that_together_cover_a_later_one_make_it_dead(tmp_path: Path) -> None:
    path = scenario_file(
        tmp_path,
        """\
        - "on": {self_disclosure: [strong, mixed]}
          next: close
        - "on": {self_disclosure: [weak, absent]}
          next: close
        - moves: [one_upping]
          client: "Right."
          next: close
        """,
    )
    found = errors_of(path)
    assert len(found) == 1
    assert found[0].startswith(f"{path}:23: beat 'asks': branch 3 can never be taken")
    assert "a line never heard" in found[0]


def test_a_beat_reached_only_through_a_dead_branch_is_never_reached(tmp_path: Path) -> None:
    path = scenario_file(
        tmp_path,
        """\
        - otherwise: true
          next: close
        - "on": {self_disclosure: weak}
          next: aside
        """,
        tail=CLOSE
        + '  - id: aside\n    client: "Anyway."\n    invites: restraint\n    next: end\n',
    )
    found = errors_of(path)
    assert any(": beat 'asks': branch 2 can never be taken" in p for p in found), found
    assert any(
        p.startswith(f"{path}:27: beat 'aside' is never reached: the only branches") for p in found
    ), found
    assert main(["validate", str(path)]) == 2


def test_a_move_condition_keeps_a_branch_under_an_outcome_alive(tmp_path: Path) -> None:
    """`on` and `moves` must both hold, so a narrower branch first leaves room below it."""
    path = scenario_file(
        tmp_path,
        """\
        - "on": {self_disclosure: weak}
          moves: [one_upping]
          next: end
        - "on": {self_disclosure: weak}
          client: "Hm."
          next: end
        - otherwise: true
          next: close
        """,
    )
    assert errors_of(path) == []
    scenario = load_library(extra_files=[path]).scenario("tiny-routes").scenario
    assert [(r.beat, r.branch) for r in endings(scenario)] == [
        ("asks", 0),
        ("asks", 1),
        ("close", None),
    ]


@pytest.mark.parametrize(
    ("branches", "expected"),
    [
        # No `otherwise`: a response no branch matches ends the session (the fall-through).
        ('- "on": {self_disclosure: strong}\n  next: close\n', [("asks", None), ("close", None)]),
        # With `otherwise`, the fall-through can never be taken.
        ("- otherwise: true\n  next: close\n", [("close", None)]),
    ],
)
def test_the_fall_through_is_an_ending_only_when_something_reaches_it(
    tmp_path: Path, branches: str, expected: list[tuple[str, int | None]]
) -> None:
    path = scenario_file(tmp_path, branches)
    scenario = load_library(extra_files=[path]).scenario("tiny-routes").scenario
    assert [(r.beat, r.branch) for r in endings(scenario)] == expected


def test_a_beat_too_intricate_to_search_is_a_warning_not_a_hang(tmp_path: Path) -> None:
    moves = [
        "helpful_disclosure",
        "one_upping",
        "no_disclosure",
        "tentative_immediacy",
        "accusatory_immediacy",
        "missed_marker",
        "held_back",
    ]
    branches = "".join(
        f'- "on": {{self_disclosure: weak, immediacy: mixed, declining: strong}}\n'
        f"  moves: [{move}]\n  next: close\n"
        for move in moves
    )
    path = scenario_file(tmp_path, branches + "- otherwise: true\n  next: close\n")
    library = load_library(extra_files=[path])
    found = [str(p) for p in library.problems if p.path == str(path)]
    assert [p for p in library.errors if p.path == str(path)] == []
    assert any(
        "warning: beat 'asks': its branches name too many criteria and moves (8,192 combinations)"
        in p
        for p in found
    ), found
    # Not searched, so every route counts as live, the fall-through too (to be played, not lost).
    scenario = library.scenario("tiny-routes").scenario
    assert [(r.beat, r.branch) for r in endings(scenario)] == [("asks", None), ("close", None)]


def _warnings_of(path: Path) -> list[str]:
    library = load_library(extra_files=[path])
    return [str(p) for p in library.problems if p.path == str(path) and "warning" in str(p)]


def test_branches_that_cover_every_reading_need_no_otherwise(tmp_path: Path) -> None:
    # Rupture beats under rubric v2: every reply to the strain is scored, so the branches cover
    # every outcome of the criterion and no response falls through (no warning).
    path = scenario_file(
        tmp_path,
        """\
        - "on": {self_disclosure: [strong, mixed]}
          next: close
        - moves: [one_upping]
          "on": {self_disclosure: [weak, absent]}
          client: "Right."
          next: end
        - "on": {self_disclosure: [weak, absent]}
          client: "Okay."
          next: end
        """,
    )
    assert not [w for w in _warnings_of(path) if "otherwise" in w]


def test_branches_that_leave_a_reading_uncovered_still_warn(tmp_path: Path) -> None:
    path = scenario_file(
        tmp_path,
        """\
        - "on": {self_disclosure: [strong, mixed]}
          next: close
        - "on": {self_disclosure: weak}
          client: "Okay."
          next: end
        """,
    )
    assert any("has no `otherwise: true` branch" in w for w in _warnings_of(path))
