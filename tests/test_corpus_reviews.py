"""The blind cross-reviews of the corpus (D of C, E of D): `corpus/reviews/agreement.py` reports
each, and its figures match what `apply_review.py ... REVIEWER` did (agreeing lines carry the
reviewer, disagreeing ones sit in corpus/disputed with the author's labels and the reviewer's
beside them); E's sample is the deterministic one (every third line of each D batch, as written);
D's own lines are all in the frozen holdout."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import defaultdict

import pytest

from conftest import REPO

CORPUS = REPO / "corpus"
REVIEWS = CORPUS / "reviews"


def _module(name: str, path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lines(paths) -> list[dict]:
    return [json.loads(t) for p in paths for t in p.read_text("utf-8").splitlines() if t.strip()]


def _disputed_by(reviewer: str) -> list[dict]:
    return [
        line
        for line in _lines([CORPUS / "disputed" / "disputed.jsonl"])
        if line["review"]["by"] == reviewer
    ]


@pytest.mark.parametrize(("reviewer", "author"), [("D", "c"), ("E", "d")])
def test_a_review_reports_and_matches_the_corpus(reviewer: str, author: str, capsys) -> None:
    review = REVIEWS / f"review-{reviewer.lower()}-of-{author}.jsonl"
    agreement = _module(f"corpus_agreement_{reviewer}", REVIEWS / "agreement.py")
    assert agreement.main([str(review), str(CORPUS)]) == 0
    found = re.search(
        r"lines reviewed: (\d+); agreeing on every criterion: (\d+)", capsys.readouterr().out
    )
    assert found
    reviewed, agreeing = int(found[1]), int(found[2])
    mine = {line["id"]: line["labels"] for line in _lines([review])}
    assert reviewed == len(mine) and all(i.startswith(f"{author}-") for i in mine)
    corpus = _lines(sorted(CORPUS.glob("*.jsonl")))
    kept = [line for line in corpus if line["reviewer"] == reviewer]
    disputed = _disputed_by(reviewer)
    assert {line["id"] for line in kept} | {line["id"] for line in disputed} == set(mine)
    assert len(kept) == agreeing
    assert len(disputed) == reviewed - agreeing
    assert all(line["review"]["labels"] == mine[line["id"]] for line in disputed)
    assert all(line["labels"] != line["review"]["labels"] for line in disputed)


def test_es_review_samples_every_third_line_of_each_d_batch() -> None:
    # D's lines as written: those still in the corpus plus those the review set aside.
    written = _lines(sorted(CORPUS.glob("d-*.jsonl"))) + [
        line for line in _disputed_by("E") if line["author"] == "D"
    ]
    by_batch: dict[str, list[str]] = defaultdict(list)
    for line in written:
        by_batch[line["id"].rsplit("-", 1)[0]].append(line["id"])
    sample = {i for ids in by_batch.values() for i in sorted(ids)[::3]}
    review = _lines([REVIEWS / "review-e-of-d.jsonl"])
    assert [line["id"] for line in review] and {line["id"] for line in review} == sample
    criteria = {line["id"]: set(line["labels"]) for line in written}
    assert all(set(line["labels"]) == criteria[line["id"]] for line in review)


def test_every_line_d_wrote_is_in_the_frozen_holdout() -> None:
    split = _module("corpus_split_d", CORPUS / "split.py")
    written = _lines(sorted(CORPUS.glob("d-*.jsonl")))
    assert written
    assert all(line["author"] == "D" and split.in_holdout(line["moment"]) for line in written)
