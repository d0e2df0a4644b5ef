"""The bad-input corpus: every malformed file gets `file:line: message` and exit 2, no traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.content.loader import load_file
from roleplay.errors import ContentError

BAD = Path(__file__).parent / "data" / "bad"
EXPECTED = {
    "syntax-error.yaml": "YAML syntax error",
    "wrong-type.yaml": "skills: expected a list",
    "unknown-key.yaml": "unknown key `favourite_colour`",
    "dangling-next.yaml": "'two' is not a beat",
    "duplicate-beat.yaml": "used 2 times",
    "duplicate-key.yaml": "appears twice",
    "path-like-id.yaml": "is not a valid id",
    "no-ending.yaml": "can never end",
    "missing-rubric.yaml": "rubric 'no-such-rubric' not found",
    "rubric-missing-level.yaml": "no level descriptor for 3",
    "empty.yaml": "file is empty",
    "not-utf8.yaml": "not UTF-8",
    "binary.yaml": "looks binary",
    "alias-bomb.yaml": "alias bomb",
}
LOCATED = re.compile(r"^(?P<path>[^:]+\.yaml)(?::(?P<line>\d+))?: \S")


def test_the_corpus_is_complete() -> None:
    assert {p.name for p in BAD.glob("*.yaml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_validate_reports_each_bad_file(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = BAD / name
    assert main(["validate", str(path)]) == 2
    captured = capsys.readouterr()
    lines = [line for line in captured.out.splitlines() if line.strip()]
    assert lines, captured.err
    for line in lines:
        match = LOCATED.match(line)
        assert match and match["path"] == str(path), line
    assert any(EXPECTED[name] in line for line in lines), lines
    assert "Traceback" not in captured.out + captured.err


@pytest.mark.parametrize(
    "name",
    sorted(
        n
        for n in EXPECTED
        if "rubric" not in n
        and n
        not in {
            "dangling-next.yaml",
            "duplicate-beat.yaml",
            "no-ending.yaml",
            "missing-rubric.yaml",
        }
    ),
)
def test_the_loader_raises_a_content_error(name: str) -> None:
    with pytest.raises(ContentError) as info:
        load_file(BAD / name)
    assert info.value.problems and info.value.exit_code == 2


def test_a_ten_megabyte_file_is_refused_without_reading_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.write(b"id: huge\ntitle: |\n")
        handle.write(b"  " + b"x" * 10_000_000 + b"\n")
    assert main(["validate", str(path)]) == 2
    assert "limited to 1,000,000 bytes" in capsys.readouterr().out


def test_a_missing_path_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "no/such/file.yaml"]) == 2
    assert "no such file" in capsys.readouterr().err
