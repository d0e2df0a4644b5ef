"""The corpus's cross-reviews: after a review is applied, `corpus/reviews/agreement.py` still
reports it, and its figures match what `apply_review.py` did (agreeing lines carry the reviewer's
name, disagreeing ones sit in corpus/disputed with the reviewer's labels)."""

from __future__ import annotations

import importlib.util
import json
import re

import pytest

from conftest import REPO

CORPUS = REPO / "corpus"
REVIEWS = [("B", "review-b-of-a.jsonl"), ("C", "review-c-of-b.jsonl")]


def _agreement_main():
    spec = importlib.util.spec_from_file_location(
        "corpus_agreement", CORPUS / "reviews" / "agreement.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main


def _lines(paths) -> list[dict]:
    return [json.loads(t) for p in paths for t in p.read_text("utf-8").splitlines() if t.strip()]


@pytest.mark.parametrize(("reviewer", "review_file"), REVIEWS)
def test_an_applied_review_still_reports_and_matches_the_corpus(
    reviewer, review_file, capsys
) -> None:
    review = CORPUS / "reviews" / review_file
    assert _agreement_main()([str(review), str(CORPUS)]) == 0
    out = capsys.readouterr().out
    found = re.search(r"lines reviewed: (\d+); agreeing on every criterion: (\d+)", out)
    assert found, out
    reviewed, agreeing = int(found[1]), int(found[2])
    assert reviewed == len(review.read_text("utf-8").splitlines())
    kept = [line for line in _lines(sorted(CORPUS.glob("*.jsonl"))) if line["reviewer"] == reviewer]
    disputed = [
        line
        for line in _lines([CORPUS / "disputed" / "disputed.jsonl"])
        if line["review"]["by"] == reviewer
    ]
    assert len(kept) == agreeing
    assert len(disputed) == reviewed - agreeing
