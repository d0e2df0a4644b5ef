"""E's blind review of D's holdout lines: the sample is the deterministic one (every third line
of each D batch, as written), `corpus/reviews/agreement.py` reports it, and its figures match what
`apply_review.py ... E` did (agreeing D lines carry reviewer E, disagreeing ones sit in
corpus/disputed with E's labels)."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import defaultdict

from conftest import REPO

CORPUS = REPO / "corpus"
REVIEW = CORPUS / "reviews" / "review-e-of-d.jsonl"


def _lines(paths) -> list[dict]:
    return [json.loads(t) for p in paths for t in p.read_text("utf-8").splitlines() if t.strip()]


def _disputed_by(reviewer: str) -> list[dict]:
    return [
        line
        for line in _lines([CORPUS / "disputed" / "disputed.jsonl"])
        if line["review"]["by"] == reviewer
    ]


def test_es_review_samples_every_third_line_of_each_d_batch() -> None:
    # D's lines as written: those still in the corpus plus those the review set aside.
    written = _lines(sorted(CORPUS.glob("d-*.jsonl"))) + [
        line for line in _disputed_by("E") if line["author"] == "D"
    ]
    by_batch: dict[str, list[str]] = defaultdict(list)
    for line in written:
        by_batch[line["id"].rsplit("-", 1)[0]].append(line["id"])
    sample = {i for ids in by_batch.values() for i in sorted(ids)[::3]}
    review = _lines([REVIEW])
    assert [line["id"] for line in review] and {line["id"] for line in review} == sample
    criteria = {line["id"]: set(line["labels"]) for line in written}
    assert all(set(line["labels"]) == criteria[line["id"]] for line in review)


def test_es_review_of_d_reports_and_matches_the_corpus(capsys) -> None:
    spec = importlib.util.spec_from_file_location(
        "corpus_agreement_e", CORPUS / "reviews" / "agreement.py"
    )
    assert spec and spec.loader
    agreement = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(agreement)
    assert agreement.main([str(REVIEW), str(CORPUS)]) == 0
    found = re.search(
        r"lines reviewed: (\d+); agreeing on every criterion: (\d+)", capsys.readouterr().out
    )
    assert found
    reviewed, agreeing = int(found[1]), int(found[2])
    reviewed_ids = {line["id"] for line in _lines([REVIEW])}
    assert reviewed == len(reviewed_ids) and all(i.startswith("d-") for i in reviewed_ids)
    kept = [line for line in _lines(sorted(CORPUS.glob("*.jsonl"))) if line["reviewer"] == "E"]
    disputed = _disputed_by("E")
    assert {line["id"] for line in kept} | {line["id"] for line in disputed} == reviewed_ids
    assert len(kept) == agreeing
    assert len(disputed) == reviewed - agreeing
    # A disputed line keeps the author's labels and carries the reviewer's beside them.
    mine = {line["id"]: line["labels"] for line in _lines([REVIEW])}
    assert all(line["review"]["labels"] == mine[line["id"]] for line in disputed)
    assert all(line["labels"] != line["review"]["labels"] for line in disputed)
