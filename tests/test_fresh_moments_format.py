"""The fresh-moments development set (bench/data/fresh_moments/): corpus-format lines by authors
TC and TD, half at the shipped scenarios' training-side beats and half at standalone client lines
they wrote, blind-reviewed by TE, kept apart from the corpus (never fitted on) and read whole by
`roleplay calibrate --labelled`."""

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
from test_corpus import INVITES

MOMENTS = REPO / "bench" / "data" / "fresh_moments"
FILES = {"tc-01.jsonl": "TC", "td-01.jsonl": "TD"}
LIBRARY = load_library([])
LINES = load_set(MOMENTS, FILES)


def test_every_line_parses_and_is_read_whole() -> None:
    assert_read_whole(MOMENTS, LINES, LIBRARY, 469)


def test_lines_sit_on_the_training_side_and_copy_the_scenario_file() -> None:
    ids, standalone = [], 0
    for name, author in FILES.items():
        for line in LINES[name]:
            where = line["id"]
            assert_a_corpus_line(
                line, author, "TE", LIBRARY.rubric(line["rubric"]).rubric.criterion_ids
            )
            assert not in_holdout(line["moment"]), where
            if line["scenario"] is None:
                # a client line the author wrote: the author's own slug, no beat
                assert line["moment"].startswith(f"sa/{author.lower()}-"), where
                assert line["beat"] is None and line["invites"] in INVITES, where
                assert line["client_line"].strip(), where
                standalone += 1
            else:
                assert_copies_its_scenario_beat(line, LIBRARY)
            ids.append(where)
    assert len(ids) == len(set(ids))
    assert 200 <= standalone <= 250  # about half, as the README says


def test_the_review_sampled_every_third_line_and_the_disagreements_sit_apart() -> None:
    kept = {line["id"]: line for lines in LINES.values() for line in lines}
    assert_review_sampled_every_third_line(MOMENTS, {"tc": "TC", "td": "TD"}, "TE", kept, 12)


def test_agreement_with_the_reviewer_is_what_the_readme_says() -> None:
    assert_agreement_is_what_the_readme_says(MOMENTS, "TE", {"tc": "71 of 73", "td": "78 of 88"})
