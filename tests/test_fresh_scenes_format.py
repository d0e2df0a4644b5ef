"""The fresh-scenes development set (bench/data/fresh_scenes/): corpus-format lines at the shipped
scenarios' training-side beats by authors TA and TB, blind-reviewed by TR, kept apart from the
corpus (never fitted on) and read whole by `roleplay calibrate --labelled`."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from conftest import REPO
from roleplay.content.library import load_library
from roleplay.judge.calibrate import moment_for
from roleplay.judge.holdout import in_holdout, parse_labelled
from test_corpus import FIELDS

SCENES = REPO / "bench" / "data" / "fresh_scenes"
FILES = {"ta-01.jsonl": "TA", "tb-01.jsonl": "TB"}
LIBRARY = load_library([])
LINES = {
    name: [json.loads(raw) for raw in (SCENES / name).read_text("utf-8").splitlines()]
    for name in FILES
}
DISPUTED = [
    json.loads(raw)
    for raw in (SCENES / "disputed" / "disputed.jsonl").read_text("utf-8").splitlines()
]


def test_every_line_parses_and_is_read_whole() -> None:
    for name, lines in LINES.items():
        parsed = parse_labelled((SCENES / name).read_text("utf-8"), name, LIBRARY, False)
        assert [p.id for p in parsed] == [line["id"] for line in lines]
    assert sum(map(len, LINES.values())) == 468


def test_lines_sit_at_training_side_beats_and_copy_the_scenario_file() -> None:
    ids = []
    for name, author in FILES.items():
        prefix = author.lower()
        for line in LINES[name]:
            where = line["id"]
            assert set(line) == FIELDS, where
            assert re.fullmatch(rf"{prefix}-01-\d{{3}}", where)
            assert line["author"] == author and line["reviewer"] in (None, "TR"), where
            assert line["moment"] == f"{line['scenario']}/{line['beat']}", where
            assert not in_holdout(line["moment"]), where
            scenario = LIBRARY.scenario(line["scenario"]).scenario
            moment = moment_for(scenario, scenario.beat(line["beat"]))
            assert line["rubric"] == scenario.rubric, where
            assert line["invites"] == moment.invites, where
            assert " ".join(line["client_line"].split()) == " ".join(moment.client_line.split())
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
    assert not kept.keys() & disputed.keys() and len(disputed) == 19
    for name, author in (("ta", "TA"), ("tb", "TB")):
        review = [
            json.loads(raw)
            for raw in (SCENES / "reviews" / f"review-tr-of-{name}.jsonl").read_text().splitlines()
        ]
        numbers = [int(row["id"].rsplit("-", 1)[1]) for row in review]
        assert numbers == list(range(1, numbers[-1] + 1, 3))
        for row in review:
            line = kept.get(row["id"]) or disputed[row["id"]]
            assert line["author"] == author
            # an agreeing line carries the reviewer; a disputed one both readings
            assert (line["reviewer"] == "TR") == (row["id"] in kept)
        assert {i for i in disputed if i.startswith(name)} <= {row["id"] for row in review}


def test_agreement_with_the_reviewer_is_what_the_readme_says() -> None:
    script = REPO / "corpus" / "reviews" / "agreement.py"
    readme = (SCENES / "README.md").read_text("utf-8")
    for name, agreed in (("ta", "76 of 86"), ("tb", "68 of 77")):
        review = SCENES / "reviews" / f"review-tr-of-{name}.jsonl"
        out = subprocess.run(
            [sys.executable, str(script), str(review), str(SCENES)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        agreeing, reviewed = agreed.split(" of ")
        assert f"lines reviewed: {reviewed}; agreeing on every criterion: {agreeing}" in out
        assert agreed in readme
