"""The fresh-edges development set (bench/data/fresh_edges/): corpus-format lines at standalone
client lines by authors EA and EB, blind-reviewed by ER, kept apart from the corpus (never fitted
on) and read whole by `roleplay calibrate --labelled`."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from conftest import REPO
from roleplay.content.library import load_library
from roleplay.judge.holdout import parse_labelled
from test_corpus import FIELDS

EDGES = REPO / "bench" / "data" / "fresh_edges"
FILES = {"ea-01.jsonl": "EA", "eb-01.jsonl": "EB"}
LIBRARY = load_library([])
LINES = {
    name: [json.loads(raw) for raw in (EDGES / name).read_text("utf-8").splitlines()]
    for name in FILES
}
DISPUTED = [
    json.loads(raw)
    for raw in (EDGES / "disputed" / "disputed.jsonl").read_text("utf-8").splitlines()
]


def test_every_line_parses_and_is_read_whole() -> None:
    for name, lines in LINES.items():
        parsed = parse_labelled((EDGES / name).read_text("utf-8"), name, LIBRARY, False)
        assert [p.id for p in parsed] == [line["id"] for line in lines]
    assert sum(map(len, LINES.values())) == 380


def test_lines_are_corpus_lines_of_their_author_at_standalone_moments() -> None:
    ids = []
    for name, author in FILES.items():
        prefix = author.lower()
        for line in LINES[name]:
            where = line["id"]
            assert set(line) == FIELDS, where
            assert re.fullmatch(rf"{prefix}-01-\d{{3}}", where)
            assert line["author"] == author and line["reviewer"] in (None, "ER"), where
            assert line["moment"].startswith(f"sa/{prefix}-"), where
            assert line["scenario"] is None and line["beat"] is None, where
            criteria = LIBRARY.rubric(line["rubric"]).rubric.criterion_ids
            assert list(line["labels"]) == criteria, where
            assert all(
                v is None or (type(v) is int and 1 <= v <= 5) for v in line["labels"].values()
            )
            assert line["response"].strip() and line["note"].strip(), where
            ids.append(where)
    assert len(ids) == len(set(ids))


def test_the_review_sampled_every_third_line_and_the_disagreements_sit_apart() -> None:
    kept = {line["id"]: line for lines in LINES.values() for line in lines}
    disputed = {line["id"]: line for line in DISPUTED}
    assert not kept.keys() & disputed.keys() and len(disputed) == 11
    for name, author in (("ea", "EA"), ("eb", "EB")):
        review = [
            json.loads(raw)
            for raw in (EDGES / "reviews" / f"review-er-of-{name}.jsonl").read_text().splitlines()
        ]
        numbers = [int(row["id"].rsplit("-", 1)[1]) for row in review]
        assert numbers == list(range(1, numbers[-1] + 1, 3))
        for row in review:
            line = kept.get(row["id"]) or disputed[row["id"]]
            assert line["author"] == author
            # an agreeing line carries the reviewer; a disputed one both readings
            assert (line["reviewer"] == "ER") == (row["id"] in kept)
        assert {i for i in disputed if i.startswith(name)} <= {row["id"] for row in review}


def test_agreement_with_the_reviewer_is_what_the_readme_says() -> None:
    script = REPO / "corpus" / "reviews" / "agreement.py"
    readme = (EDGES / "README.md").read_text("utf-8")
    for name, agreed in (("ea", "67 of 71"), ("eb", "53 of 60")):
        review = EDGES / "reviews" / f"review-er-of-{name}.jsonl"
        out = subprocess.run(
            [sys.executable, str(script), str(review), str(EDGES)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        agreeing, reviewed = agreed.split(" of ")
        assert f"lines reviewed: {reviewed}; agreeing on every criterion: {agreeing}" in out
        assert agreed in readme
