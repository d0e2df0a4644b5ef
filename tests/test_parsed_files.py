"""Content files are parsed once per distinct bytes, and never served stale."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from roleplay.content.library import load_library, shipped_dir
from roleplay.content.parsed_files import read_content_once
from roleplay.errors import ContentError

SHIPPED_SCENARIO = shipped_dir() / "scenarios" / "grief-have-you-lost-a-parent.yaml"


def test_the_same_bytes_are_parsed_once(tmp_path: Path) -> None:
    copy = tmp_path / "s.yaml"
    shutil.copyfile(SHIPPED_SCENARIO, copy)
    assert read_content_once(copy) is read_content_once(copy)


def test_an_edit_with_the_same_size_and_timestamp_is_read_again(tmp_path: Path) -> None:
    copy = tmp_path / "s.yaml"
    text = SHIPPED_SCENARIO.read_text("utf-8")
    copy.write_text(text, "utf-8")
    before = copy.stat()
    first = read_content_once(copy)
    # Same length, same mtime: only the bytes say it changed.
    edited = text.replace(first.model.title, first.model.title[::-1], 1)
    assert len(edited) == len(text) and edited != text
    copy.write_text(edited, "utf-8")
    os.utime(copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    second = read_content_once(copy)
    assert second is not first
    assert second.model.title == first.model.title[::-1]


def test_a_broken_file_reports_its_errors_every_time(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nbeats: [\n", "utf-8")
    for _ in range(2):
        with pytest.raises(ContentError) as caught:
            read_content_once(bad)
        assert "bad.yaml:" in str(caught.value)


def test_a_file_with_problems_keeps_them_when_read_again(tmp_path: Path) -> None:
    copy = tmp_path / "s.yaml"
    text = SHIPPED_SCENARIO.read_text("utf-8").replace("difficulty: beginner", "difficulty: easy")
    assert "difficulty: easy" in text
    copy.write_text(text, "utf-8")
    first, second = read_content_once(copy), read_content_once(copy)
    assert first.model is None and first.problems
    assert second.problems == first.problems


def test_a_library_loaded_twice_is_the_same_content() -> None:
    first, second = load_library(), load_library()
    assert list(first.scenarios) == list(second.scenarios)
    assert len(first.scenarios) >= 27
    assert first.problems == second.problems == []
