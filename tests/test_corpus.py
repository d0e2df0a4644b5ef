"""The labelled corpus: every line parses, carries the fields, is labelled against rubric v2, and
the holdout is the moment rule of corpus/split.py."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys

from conftest import REPO
from roleplay.content.library import load_library

CORPUS = REPO / "corpus"
FIELDS = {
    "id",
    "moment",
    "scenario",
    "beat",
    "rubric",
    "invites",
    "client_line",
    "cue",
    "context",
    "response",
    "voice",
    "labels",
    "author",
    "reviewer",
    "note",
}
VOICES = {
    "excellent",
    "mediocre",
    "harmful",
    "wrong_moment",
    "typos",
    "refusal",
    "keyword_trap",
    "ordinary",
}
INVITES = {
    "self_disclosure",
    "immediacy",
    "restraint",
    "declining",
    "boundary",
    "rupture_repair",
    "contracting",
}


def _split_module():
    spec = importlib.util.spec_from_file_location("corpus_split", CORPUS / "split.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_split"] = module
    spec.loader.exec_module(module)
    return module


def _lines() -> list[tuple[str, dict]]:
    found = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for number, text in enumerate(path.read_text("utf-8").splitlines(), start=1):
            assert text.strip(), f"{path.name}:{number}: blank line"
            found.append((f"{path.name}:{number}", json.loads(text)))
    return found


LINES = _lines()
LIBRARY = load_library([])


def test_the_corpus_is_there() -> None:
    assert len(LINES) >= 100


def _problems(where: str, line: dict) -> list[str]:
    missing = FIELDS - set(line)
    if missing:
        return [f"{where}: missing {sorted(missing)}"]
    out = []
    rubric = LIBRARY.rubric(line["rubric"]).rubric
    if list(line["labels"]) != rubric.criterion_ids:
        out.append(f"{where}: labels {list(line['labels'])} are not {rubric.criterion_ids}")
    for score in line["labels"].values():
        if not (score is None or (isinstance(score, int) and 1 <= score <= 5)):
            out.append(f"{where}: label {score!r} is neither null nor 1-5")
    for criterion, answers in line.get("checks", {}).items():
        known = {c.id for c in rubric.criterion(criterion).checks}
        if not set(answers) <= known:
            out.append(f"{where}: unknown checks {sorted(set(answers) - known)}")
    if line["voice"] not in VOICES:
        out.append(f"{where}: voice {line['voice']!r}")
    if line["invites"] not in INVITES:
        out.append(f"{where}: invites {line['invites']!r}")
    if not (line["response"].strip() and line["note"].strip() and line["author"]):
        out.append(f"{where}: empty response, note or author")
    if line["scenario"] is None:
        if line["beat"] is not None or not line["moment"].startswith("sa/"):
            out.append(f"{where}: a standalone line has moment sa/<slug> and no beat")
    else:
        scenario = LIBRARY.scenario(line["scenario"]).scenario
        beat = scenario.beat(line["beat"])
        if line["moment"] != f"{line['scenario']}/{line['beat']}":
            out.append(f"{where}: moment is not scenario/beat")
        if line["rubric"] != scenario.rubric or line["invites"] != beat.invites:
            out.append(f"{where}: rubric or invites differ from the scenario file")
    return out


def test_every_line_is_labelled_against_its_rubric() -> None:
    problems = [p for where, line in LINES for p in _problems(where, line)]
    assert not problems, "\n".join(problems[:20])


def test_the_checker_catches_a_bad_line() -> None:
    where, line = LINES[0]
    bad = {**line, "labels": {**line["labels"], "immediacy": 6}, "voice": "shouting"}
    assert len(_problems(where, bad)) == 2


def test_ids_are_unique() -> None:
    ids = [line["id"] for _, line in LINES]
    assert len(ids) == len(set(ids))


def test_the_holdout_is_the_moment_rule() -> None:
    split = _split_module()
    train, holdout = split.split(line for _, line in LINES)
    assert len(train) + len(holdout) == len(LINES)
    for line in holdout:
        assert int(hashlib.sha256(line["moment"].encode()).hexdigest(), 16) % 4 == 0
    for line in train:
        assert int(hashlib.sha256(line["moment"].encode()).hexdigest(), 16) % 4 != 0
    # Paraphrases of one moment never straddle the split.
    assert not {x["moment"] for x in train} & {x["moment"] for x in holdout}
    assert holdout, "the rule should put some moments in the holdout"
