"""The fresh-scenes development set (bench/data/fresh_scenes/): corpus-format lines at the shipped
scenarios' training-side beats by authors TA and TB, blind-reviewed by TR, kept apart from the
corpus (never fitted on) and read whole by `roleplay calibrate --labelled`."""

from __future__ import annotations

from conftest import REPO
from labelled_set_checks import (
    assert_a_corpus_line,
    assert_agreement_is_what_the_readme_says,
    assert_copies_its_scenario_beat,
    assert_read_whole,
    assert_review_sampled_every_third_line,
    load_set,
)
from roleplay.content.library import load_library
from roleplay.judge.holdout import in_holdout

SCENES = REPO / "bench" / "data" / "fresh_scenes"
FILES = {"ta-01.jsonl": "TA", "tb-01.jsonl": "TB"}
LIBRARY = load_library([])
LINES = load_set(SCENES, FILES)


def test_every_line_parses_and_is_read_whole() -> None:
    assert_read_whole(SCENES, LINES, LIBRARY, 468)


def test_lines_sit_at_training_side_beats_and_copy_the_scenario_file() -> None:
    ids = []
    for name, author in FILES.items():
        for line in LINES[name]:
            where = line["id"]
            assert_a_corpus_line(
                line, author, "TR", LIBRARY.rubric(line["rubric"]).rubric.criterion_ids
            )
            assert not in_holdout(line["moment"]), where
            assert_copies_its_scenario_beat(line, LIBRARY)
            ids.append(where)
    assert len(ids) == len(set(ids))


def test_the_review_sampled_every_third_line_and_the_disagreements_sit_apart() -> None:
    kept = {line["id"]: line for lines in LINES.values() for line in lines}
    assert_review_sampled_every_third_line(SCENES, {"ta": "TA", "tb": "TB"}, "TR", kept, 19)


def test_agreement_with_the_reviewer_is_what_the_readme_says() -> None:
    assert_agreement_is_what_the_readme_says(SCENES, "TR", {"ta": "76 of 86", "tb": "68 of 77"})
