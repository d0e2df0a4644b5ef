"""The fresh check set (bench/data/fresh_check/, issue 10): every line is a corpus-format line
at a real scenario beat, labelled against that scenario's rubric, four voices per beat."""

from __future__ import annotations

import json
from collections import Counter, defaultdict

import pytest

from conftest import REPO
from labelled_sets import line_problems
from roleplay.content.library import load_library
from roleplay.judge.holdout import parse_labelled

FRESH = REPO / "bench" / "data" / "fresh_check" / "p-01.jsonl"
VOICES = {"excellent", "mediocre", "harmful", "wrong_moment"}
LIBRARY = load_library([])
TEXT = FRESH.read_text("utf-8")
LINES = [json.loads(raw) for raw in TEXT.splitlines()]


def _problems(line: dict) -> list[str]:
    return line_problems(line, r"p-01-\d{3}", {"P"}, VOICES)


def test_every_line_parses_as_a_corpus_line() -> None:
    parsed = parse_labelled(TEXT, FRESH.name, LIBRARY, holdout_only=False)
    assert len(parsed) == len(LINES) == 160
    assert [p.id for p in parsed] == [line["id"] for line in LINES]
    assert all(p.moment.client_line for p in parsed)


def test_ids_are_unique() -> None:
    ids = [line["id"] for line in LINES]
    assert len(set(ids)) == len(ids)


def test_every_line_agrees_with_its_scenario_and_rubric() -> None:
    problems = [p for line in LINES for p in _problems(line)]
    assert problems == []


def test_four_voices_at_each_of_forty_beats_in_eight_scenarios() -> None:
    voices: dict[str, Counter[str]] = defaultdict(Counter)
    for line in LINES:
        voices[line["moment"]][line["voice"]] += 1
    assert len(voices) == 40
    assert all(counts == Counter(VOICES) for counts in voices.values()), voices
    rubric_of = {line["scenario"]: line["rubric"] for line in LINES}
    assert len(rubric_of) == 8
    assert Counter(rubric_of.values())["relationship-boundaries"] >= 4
    assert set(rubric_of.values()) == {"relationship-boundaries", "disclosure-immediacy"}
    per_scenario = Counter(line["scenario"] for line in LINES)
    assert set(per_scenario.values()) == {20}


def _bad(**change: object) -> dict:
    line = json.loads(json.dumps(LINES[0]))
    line.update(change)
    return line


@pytest.mark.parametrize(
    "line",
    [
        _bad(cue="smiling"),
        _bad(client_line="Are you gay?"),
        _bad(beat="no-such-beat", moment=f"{LINES[0]['scenario']}/no-such-beat"),
        _bad(labels={"self_disclosure": 5, "immediacy": None, "declining": None}),
        _bad(labels={**LINES[0]["labels"], "boundary": 6}),
        _bad(voice="typos"),
        _bad(context=[{"speaker": "client", "text": "earlier"}]),
        _bad(id="a-01-001"),
    ],
)
def test_the_checker_catches_a_bad_line(line: dict) -> None:
    assert _problems(line)
