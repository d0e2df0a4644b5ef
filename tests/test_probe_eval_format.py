"""The blind evaluation probe set (bench/data/probe_eval/): fresh responses written and labelled
blind by two labellers at the start of a round, read by the judge only once, at its end. Every
line must be a corpus-format line at a real beat, labelled against that scenario's rubric."""

from __future__ import annotations

import json

import pytest

from conftest import REPO
from labelled_sets import LIBRARY, file_problems

PROBE = REPO / "bench" / "data" / "probe_eval"
VOICES = {"excellent", "mediocre", "harmful", "wrong_moment", "hurried", "trap"}
FILES = sorted(PROBE.glob("*.jsonl"))


def test_two_labellers_wrote_the_set() -> None:
    assert [f.stem for f in FILES] == ["x", "y"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_line_parses_and_agrees_with_its_scenario(path) -> None:
    assert file_problems(path, 140, VOICES) == []


def test_the_two_files_cover_every_shipped_scenario() -> None:
    covered = {json.loads(raw)["scenario"] for f in FILES for raw in f.read_text().splitlines()}
    assert covered == set(LIBRARY.scenarios)
