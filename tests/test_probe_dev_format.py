"""The blind probe set (bench/data/probe_dev/): a development set used to find the judge's
misreadings, so every line must be a corpus-format line at a real beat, labelled against that
scenario's rubric, by one of its three blind labellers."""

from __future__ import annotations

import pytest

from conftest import REPO
from labelled_sets import file_problems

PROBE = REPO / "bench" / "data" / "probe_dev"
VOICES = {"excellent", "mediocre", "harmful", "wrong_moment", "hurried", "trap"}
FILES = sorted(PROBE.glob("*.jsonl"))


def test_three_labellers_wrote_the_set() -> None:
    assert [f.stem for f in FILES] == ["s", "t", "v"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_line_parses_and_agrees_with_its_scenario(path) -> None:
    assert file_problems(path, 120, VOICES) == []
