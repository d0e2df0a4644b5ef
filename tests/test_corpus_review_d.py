"""D's review of C: `corpus/reviews/agreement.py` reports it, and its figures match what
`apply_review.py ... D` did (agreeing C lines carry reviewer D, disagreeing ones sit in
corpus/disputed with D's labels), and D's own lines are all in the frozen holdout."""

from __future__ import annotations

import importlib.util
import json
import re

from conftest import REPO

CORPUS = REPO / "corpus"
REVIEW = CORPUS / "reviews" / "review-d-of-c.jsonl"


def _module(name: str, path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lines(paths) -> list[dict]:
    return [json.loads(t) for p in paths for t in p.read_text("utf-8").splitlines() if t.strip()]


def test_ds_review_of_c_reports_and_matches_the_corpus(capsys) -> None:
    agreement = _module("corpus_agreement_d", CORPUS / "reviews" / "agreement.py")
    assert agreement.main([str(REVIEW), str(CORPUS)]) == 0
    found = re.search(
        r"lines reviewed: (\d+); agreeing on every criterion: (\d+)", capsys.readouterr().out
    )
    assert found
    reviewed, agreeing = int(found[1]), int(found[2])
    reviewed_ids = {line["id"] for line in _lines([REVIEW])}
    assert reviewed == len(reviewed_ids) and all(i.startswith("c-") for i in reviewed_ids)
    kept = [line for line in _lines(sorted(CORPUS.glob("*.jsonl"))) if line["reviewer"] == "D"]
    disputed = [
        line
        for line in _lines([CORPUS / "disputed" / "disputed.jsonl"])
        if line["review"]["by"] == "D"
    ]
    assert {line["id"] for line in kept} | {line["id"] for line in disputed} == reviewed_ids
    assert len(kept) == agreeing
    assert len(disputed) == reviewed - agreeing


def test_every_line_d_wrote_is_in_the_frozen_holdout() -> None:
    split = _module("corpus_split_d", CORPUS / "split.py")
    written = _lines(sorted(CORPUS.glob("d-*.jsonl")))
    assert written
    assert all(line["author"] == "D" and split.in_holdout(line["moment"]) for line in written)
