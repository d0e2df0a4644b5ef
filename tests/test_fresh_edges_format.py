"""The fresh-edges development set (bench/data/fresh_edges/): corpus-format lines at standalone
client lines by authors EA and EB, blind-reviewed by ER, kept apart from the corpus (never fitted
on) and read whole by `roleplay calibrate --labelled`."""

from __future__ import annotations

from conftest import REPO
from labelled_set_checks import (
    assert_a_corpus_line,
    assert_agreement_is_what_the_readme_says,
    assert_read_whole,
    assert_review_sampled_every_third_line,
    load_set,
)
from roleplay.content.library import load_library

EDGES = REPO / "bench" / "data" / "fresh_edges"
FILES = {"ea-01.jsonl": "EA", "eb-01.jsonl": "EB"}
LIBRARY = load_library([])
LINES = load_set(EDGES, FILES)


def test_every_line_parses_and_is_read_whole() -> None:
    assert_read_whole(EDGES, LINES, LIBRARY, 380)


def test_lines_are_corpus_lines_of_their_author_at_standalone_moments() -> None:
    ids = []
    for name, author in FILES.items():
        for line in LINES[name]:
            criteria = LIBRARY.rubric(line["rubric"]).rubric.criterion_ids
            assert_a_corpus_line(line, author, "ER", criteria)
            assert line["moment"].startswith(f"sa/{author.lower()}-"), line["id"]
            assert line["scenario"] is None and line["beat"] is None, line["id"]
            ids.append(line["id"])
    assert len(ids) == len(set(ids))


def test_the_review_sampled_every_third_line_and_the_disagreements_sit_apart() -> None:
    kept = {line["id"]: line for lines in LINES.values() for line in lines}
    assert_review_sampled_every_third_line(EDGES, {"ea": "EA", "eb": "EB"}, "ER", kept, 11)


def test_agreement_with_the_reviewer_is_what_the_readme_says() -> None:
    assert_agreement_is_what_the_readme_says(EDGES, "ER", {"ea": "67 of 71", "eb": "53 of 60"})
