"""Content files: every problem reads `path:line: message`; broken files never raise tracebacks."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from roleplay.content.library import load_library
from roleplay.content.loader import load_file
from roleplay.errors import ContentError
from tiny_scenario import TINY_HEAD

GOOD = TINY_HEAD + textwrap.indent(
    textwrap.dedent("""\
          - "on": {self_disclosure: strong}
            client: "Oh. Okay."
            next: close
          - otherwise: true
            next: close
      - id: close
        client: "Thanks."
        invites: restraint
        next: end
"""),
    "  ",
)


def write(tmp_path: Path, text: str | bytes, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    library = load_library(extra_files=[path], strict_duplicates=True)
    return [str(p) for p in library.problems if p.path == str(path) and p.severity == "error"]


def test_a_good_file_loads(tmp_path: Path) -> None:
    library = load_library(extra_files=[write(tmp_path, GOOD)])
    assert "tiny-scenario" in library.scenarios
    assert library.scenarios["tiny-scenario"].origin == "command line"


def test_unquoted_on_key_is_read_as_the_word_on(tmp_path: Path) -> None:
    library = load_library(extra_files=[write(tmp_path, GOOD.replace('"on":', "on:"))])
    assert "tiny-scenario" in library.scenarios


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("difficulty: beginner", "difficulty: expert"), 4, "difficulty: got 'expert'"),
        (
            ("  name: Sam", "  name: Sam\n  nmae: Sam"),
            8,
            "unknown key `nmae` (did you mean `name`?)",
        ),
        (("  name: Sam\n", ""), 6, "client.name: required key is missing"),
        (("id: tiny-scenario", "id: Tiny Scenario"), 1, "not a valid id"),
        (("next: end", "next: ending"), 27, "'ending' is not a beat"),
        (("  - id: close", "  - id: asks"), 24, "used 2 times"),
        (
            (
                "scores: {self_disclosure: 5, immediacy: null}",
                "scores: {self_disclosure: 5, warmth: 3}",
            ),
            16,
            "which rubric 'disclosure-immediacy' does not",
        ),
        (("rubric: disclosure-immediacy", "rubric: nope"), 5, "rubric 'nope' not found"),
        (
            (
                "    next: end\n",
                "    next: end\n  - id: orphan\n    client: Hi.\n"
                "    invites: restraint\n    next: end\n",
            ),
            28,
            "'orphan' is never reached",
        ),
    ],
)
def test_each_problem_names_its_line(
    tmp_path: Path, change: tuple[str, str], line: int, words: str
) -> None:
    old, new = change
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    found = problems_of(path)
    assert found, "expected a problem"
    assert any(p.startswith(f"{path}:{line}:") and words in p for p in found), found


def test_syntax_error_has_a_line(tmp_path: Path) -> None:
    path = write(tmp_path, "id: x\ntitle: [unclosed\nskills: []\n")
    with pytest.raises(ContentError) as info:
        load_file(path)
    assert str(info.value.problems[0]).startswith(f"{path}:")
    assert info.value.problems[0].line in (2, 3)


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path, GOOD.replace("difficulty: beginner", "difficulty: beginner\ndifficulty: advanced")
    )
    with pytest.raises(ContentError, match="appears twice"):
        load_file(path)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "file is empty"),
        (b"id: caf\xe9\n", "not UTF-8"),
        (b"\x00\x01\x02binary", "binary"),
        (b"- just\n- a list\n", "expected a mapping"),
        (b"hello: world\n", "cannot tell what this file is"),
    ],
)
def test_unusable_files_are_refused_with_a_message(
    tmp_path: Path, content: bytes, words: str
) -> None:
    with pytest.raises(ContentError, match=words):
        load_file(write(tmp_path, content))


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    lines.append("beats: *a9")
    with pytest.raises(ContentError, match="alias bomb"):
        load_file(write(tmp_path, "\n".join(lines)))


def test_huge_file_is_refused_without_parsing(tmp_path: Path) -> None:
    path = write(tmp_path, b"# " + b"x" * 2_000_000)
    with pytest.raises(ContentError, match="limited to"):
        load_file(path)


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    first, second = write(tmp_path, GOOD, "a.yaml"), write(tmp_path, GOOD, "b.yaml")
    library = load_library(extra_files=[first, second], strict_duplicates=True)
    assert any("also used by" in str(p) and p.line == 1 for p in library.problems)


def test_instructor_directory_overrides_shipped(tmp_path: Path) -> None:
    override = GOOD.replace("id: tiny-scenario", "id: grief-have-you-lost-a-parent")
    (tmp_path / "scenarios").mkdir()
    write(tmp_path / "scenarios", override, "mine.yaml")
    library = load_library([(tmp_path, "my course")])
    entry = library.scenarios["grief-have-you-lost-a-parent"]
    assert entry.origin == "my course"
    assert entry.overrides is not None and entry.overrides.name.startswith("grief")


def test_shipped_content_is_valid() -> None:
    library = load_library()
    assert not library.errors, [str(p) for p in library.errors]
    assert {"disclosure-immediacy"} <= set(library.rubrics)
    criteria = library.rubrics["disclosure-immediacy"].rubric.criterion_ids
    assert criteria[:2] == ["self_disclosure", "immediacy"]
