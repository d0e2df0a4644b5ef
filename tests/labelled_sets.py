"""Checks shared by the labelled evaluation sets kept outside the corpus (bench/data/...): every
line is a corpus-format line at a real scenario beat, labelled against that scenario's rubric."""

from __future__ import annotations

import json
import re

from roleplay.content.library import load_library
from roleplay.judge.holdout import parse_labelled
from test_corpus import FIELDS

LIBRARY = load_library([])


def line_problems(line: dict, id_pattern: str, authors: set[str], voices: set[str]) -> list[str]:
    where = line.get("id", "?")
    out: list[str] = []
    if set(line) != FIELDS:
        return [f"{where}: fields {sorted(set(line) ^ FIELDS)} differ"]
    if not re.fullmatch(id_pattern, line["id"]):
        out.append(f"{where}: id does not match {id_pattern}")
    if line["author"] not in authors or line["reviewer"] is not None:
        out.append(f"{where}: author must be one of {sorted(authors)}, reviewer null")
    if line["voice"] not in voices:
        out.append(f"{where}: voice {line['voice']!r}")
    if line["moment"] != f"{line['scenario']}/{line['beat']}":
        out.append(f"{where}: moment is not scenario/beat")
    scenario = LIBRARY.scenario(line["scenario"]).scenario
    beats = [b.id for b in scenario.beats]
    if line["beat"] not in beats:
        return [*out, f"{where}: no beat {line['beat']!r} in {line['scenario']}"]
    index = beats.index(line["beat"])
    beat = scenario.beats[index]
    if (line["client_line"], line["cue"]) != (beat.client, beat.cue):
        out.append(f"{where}: client line or cue differ from the scenario file")
    if (line["rubric"], line["invites"]) != (scenario.rubric, beat.invites):
        out.append(f"{where}: rubric or invites differ from the scenario file")
    if index == 0:
        expected: list[dict] = []
    else:
        previous = scenario.beats[index - 1]
        expected = [
            {"speaker": "client", "text": previous.client},
            {"speaker": "trainee", "text": previous.exemplars[0].response},
        ]
    if line["context"] != expected:
        out.append(f"{where}: context is not the preceding beat and its first exemplar")
    criteria = LIBRARY.rubric(line["rubric"]).rubric.criterion_ids
    if list(line["labels"]) != criteria:
        out.append(f"{where}: labels {list(line['labels'])} are not {criteria}")
    for criterion, value in line["labels"].items():
        if value is not None and (type(value) is not int or not 1 <= value <= 5):
            out.append(f"{where}: {criterion} = {value!r}")
    if not line["response"].strip() or not line["note"].strip():
        out.append(f"{where}: empty response or note")
    return out


def file_problems(path, minimum: int, voices: set[str]) -> list[str]:
    """Every problem in one labelled set file whose stem names its labeller ("s.jsonl": S):
    each line parses, agrees with its scenario and rubric, and has a unique id."""
    text = path.read_text("utf-8")
    lines = [json.loads(raw) for raw in text.splitlines()]
    parsed = parse_labelled(text, path.name, LIBRARY, holdout_only=False)
    out = [] if len(parsed) == len(lines) >= minimum else [f"{path.name}: {len(lines)} lines"]
    author = path.stem.upper()
    pattern = rf"{path.stem}-\d{{3}}"
    out += [p for line in lines for p in line_problems(line, pattern, {author}, voices)]
    ids = [line["id"] for line in lines]
    if len(set(ids)) != len(ids):
        out.append(f"{path.name}: repeated ids")
    return out
