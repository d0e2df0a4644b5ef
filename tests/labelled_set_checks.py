"""Checks shared by the labelled development sets kept apart from the corpus (fresh_edges,
fresh_scenes, fresh_moments): a blind review of every third line, its disagreements set aside in
disputed/, and the agreement the set's README reports."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from conftest import REPO
from roleplay.judge.calibrate import moment_for
from roleplay.judge.holdout import parse_labelled
from test_corpus import FIELDS


def jsonl(path: Path) -> list[dict]:
    return [json.loads(raw) for raw in path.read_text("utf-8").splitlines()]


def assert_review_sampled_every_third_line(
    root: Path, authors: dict[str, str], reviewer: str, kept: dict[str, dict], disputed_count: int
) -> None:
    """`authors`: review file infix ("ea") -> author ("EA"); `kept`: the set's lines by id."""
    disputed = {line["id"]: line for line in jsonl(root / "disputed" / "disputed.jsonl")}
    assert not kept.keys() & disputed.keys() and len(disputed) == disputed_count
    for name, author in authors.items():
        review = jsonl(root / "reviews" / f"review-{reviewer.lower()}-of-{name}.jsonl")
        numbers = [int(row["id"].rsplit("-", 1)[1]) for row in review]
        assert numbers == list(range(1, numbers[-1] + 1, 3))
        for row in review:
            line = kept.get(row["id"]) or disputed[row["id"]]
            assert line["author"] == author
            # an agreeing line carries the reviewer; a disputed one both readings
            assert (line["reviewer"] == reviewer) == (row["id"] in kept)
        assert {i for i in disputed if i.startswith(name)} <= {row["id"] for row in review}


def assert_agreement_is_what_the_readme_says(
    root: Path, reviewer: str, agreed: dict[str, str]
) -> None:
    """`agreed`: review file infix -> "N of M" lines agreeing, as the README says."""
    script = REPO / "corpus" / "reviews" / "agreement.py"
    readme = (root / "README.md").read_text("utf-8")
    for name, figure in agreed.items():
        review = root / "reviews" / f"review-{reviewer.lower()}-of-{name}.jsonl"
        out = subprocess.run(
            [sys.executable, str(script), str(review), str(root)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        agreeing, reviewed = figure.split(" of ")
        assert f"lines reviewed: {reviewed}; agreeing on every criterion: {agreeing}" in out
        assert figure in readme


def load_set(root: Path, files: dict[str, str]) -> dict[str, list[dict]]:
    """The set's kept lines per file (`files`: file name -> author)."""
    return {name: jsonl(root / name) for name in files}


def assert_read_whole(root: Path, lines: dict[str, list[dict]], library, total: int) -> None:
    """Every line parses as `calibrate --labelled` reads it, in order, and none is missing."""
    for name, kept in lines.items():
        parsed = parse_labelled((root / name).read_text("utf-8"), name, library, False)
        assert [p.id for p in parsed] == [line["id"] for line in kept]
    assert sum(map(len, lines.values())) == total


def assert_a_corpus_line(line: dict, author: str, reviewer: str, criteria: list[str]) -> None:
    """The corpus's fields and id shape, the author's, reviewed or not, every criterion labelled."""
    where = line["id"]
    assert set(line) == FIELDS, where
    assert re.fullmatch(rf"{author.lower()}-01-\d{{3}}", where)
    assert line["author"] == author and line["reviewer"] in (None, reviewer), where
    assert list(line["labels"]) == criteria, where
    assert all(v is None or (type(v) is int and 1 <= v <= 5) for v in line["labels"].values())
    assert line["response"].strip() and line["note"].strip(), where


def assert_copies_its_scenario_beat(line: dict, library) -> None:
    """A line at a scenario beat names it as the corpus does and copies the scenario file's
    rubric, invitation and client line."""
    where = line["id"]
    assert line["moment"] == f"{line['scenario']}/{line['beat']}", where
    scenario = library.scenario(line["scenario"]).scenario
    moment = moment_for(scenario, scenario.beat(line["beat"]))
    assert line["rubric"] == scenario.rubric, where
    assert line["invites"] == moment.invites, where
    assert " ".join(line["client_line"].split()) == " ".join(moment.client_line.split()), where
