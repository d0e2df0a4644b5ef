"""P's blind second labelling of the frozen holdout (`corpus/reviews/holdout-second-p.jsonl`):
every labelled id is a holdout line of the corpus, drawn by the fixed sample rule
(`corpus/reviews/holdout_sample.py`: holdout lines by id, every third), in sample order, and
labels exactly its rubric's criteria with null or 1-5; the reading sheet the labels were made
from shows the moment and the response and none of the line's labels, notes or voice."""

from __future__ import annotations

import json

from conftest import REPO
from module_loader import load_module
from roleplay.content.library import load_library

CORPUS = REPO / "corpus"
SECOND = CORPUS / "reviews" / "holdout-second-p.jsonl"


_module = load_module


SAMPLE = _module("holdout_sample_for_test", CORPUS / "reviews" / "holdout_sample.py")
SPLIT = _module("corpus_split_for_second", CORPUS / "split.py")
CORPUS_LINES = {line["id"]: line for line in SPLIT.read_lines(SPLIT.corpus_files(CORPUS))}
SECOND_LINES = [json.loads(t) for t in SECOND.read_text("utf-8").splitlines() if t.strip()]


def test_the_sample_is_every_third_holdout_line_by_id() -> None:
    holdout = sorted(i for i, line in CORPUS_LINES.items() if SPLIT.in_holdout(line["moment"]))
    assert SAMPLE.sample_ids() == holdout[::3]
    assert len(SAMPLE.sample_ids()) >= 400


def test_every_labelled_id_is_a_sampled_holdout_line_in_sample_order() -> None:
    ids = [line["id"] for line in SECOND_LINES]
    assert ids, "the second labelling is empty"
    assert len(ids) == len(set(ids))
    for i in ids:
        assert i in CORPUS_LINES, f"{i} is not a corpus line"
        assert SPLIT.in_holdout(CORPUS_LINES[i]["moment"]), f"{i} is not in the holdout"
    # A prefix of the sample, in its order (all of it when the labelling is complete).
    assert ids == SAMPLE.sample_ids()[: len(ids)]


def test_every_line_labels_exactly_its_rubrics_criteria() -> None:
    library = load_library([])
    for line in SECOND_LINES:
        rubric = library.rubric(CORPUS_LINES[line["id"]]["rubric"]).rubric
        assert list(line["labels"]) == rubric.criterion_ids, line["id"]
        for score in line["labels"].values():
            assert score is None or (isinstance(score, int) and 1 <= score <= 5), line["id"]
        assert line["note"].strip(), line["id"]


def test_the_reading_sheet_shows_the_moment_and_no_labels(tmp_path) -> None:
    paths = SAMPLE.write_blind(tmp_path)
    sheet = "\n".join(path.read_text("utf-8") for path in paths)
    assert len(paths) == -(-len(SAMPLE.sample_ids()) // SAMPLE.CHUNK)
    for i in SAMPLE.sample_ids()[::25]:
        line = CORPUS_LINES[i]
        assert f" {i}\n" in sheet and line["response"] in sheet and line["client_line"] in sheet
        if len(line["note"]) >= 30:  # a short note ("open question") may occur by chance
            assert line["note"] not in sheet, f"{i}: the sheet shows the line's note"
    for hidden in ('"labels"', "voice:", "note:", "author:", "reviewer:", "self_disclosure: "):
        assert hidden not in sheet
