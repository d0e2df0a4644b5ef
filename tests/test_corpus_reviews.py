"""The blind cross-reviews of the corpus (D of C, E of D, I of G, J of H, L of K, N of M):
`corpus/reviews/agreement.py` reports each, and its figures match what `apply_review.py ...
REVIEWER` did (agreeing lines carry the reviewer, disagreeing ones were set aside with the
author's labels and the reviewer's beside them, and are now either still in corpus/disputed or
ruled by an adjudicator, F or O, and back in the corpus with both earlier label sets kept); E's
sample is the deterministic one (every third line of each D batch, as written); D's own lines are
all in the frozen holdout. Every adjudicator's rulings (`apply_rulings.py`) are all applied: a
ruled line is resolved, no longer disputed, and carries its ruling's labels."""

from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from conftest import REPO
from module_loader import load_module

CORPUS = REPO / "corpus"
REVIEWS = CORPUS / "reviews"


_module = load_module
CONVENTION = load_module("corpus_apply_convention_reviews", CORPUS / "apply_convention.py")


def _lines(paths) -> list[dict]:
    return [json.loads(t) for p in paths for t in p.read_text("utf-8").splitlines() if t.strip()]


def _set_aside_by(reviewer: str) -> list[dict]:
    """Lines the review disagreed on, as set aside: still disputed, or ruled since (then the
    author's labels and the review are under `dispute`); each with `labels` the author's and
    `review` the reviewer's."""
    disputed = _lines([CORPUS / "disputed" / "disputed.jsonl"])
    ruled = [
        {**line, "labels": line["dispute"]["author_labels"], "review": line["dispute"]["review"]}
        for line in _lines(sorted(CORPUS.glob("ruled-*.jsonl")))
    ]
    return [line for line in disputed + ruled if line["review"]["by"] == reviewer]


@pytest.mark.parametrize(
    ("reviewer", "author"),
    [("D", "c"), ("E", "d"), ("I", "g"), ("J", "h"), ("L", "k"), ("N", "m")],
)
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
    disputed = _set_aside_by(reviewer)
    assert {line["id"] for line in kept} | {line["id"] for line in disputed} == set(mine)
    assert len(kept) == agreeing
    assert len(disputed) == reviewed - agreeing
    assert all(line["review"]["labels"] == mine[line["id"]] for line in disputed)
    assert all(line["labels"] != line["review"]["labels"] for line in disputed)


def test_es_review_samples_every_third_line_of_each_d_batch() -> None:
    # D's lines as written: those still in the corpus plus those the review set aside.
    written = _lines(sorted(CORPUS.glob("d-*.jsonl"))) + [
        line for line in _set_aside_by("E") if line["author"] == "D"
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


ADJUDICATORS = ["F", "O"]


def _rulings(name: str = "F") -> dict[str, dict]:
    return {line["id"]: line for line in _lines([REVIEWS / f"rulings-{name.lower()}.jsonl"])}


def test_every_rulings_file_and_ruled_file_belongs_to_an_adjudicator_tested_here() -> None:
    names = {p.stem.removeprefix("rulings-") for p in REVIEWS.glob("rulings-*.jsonl")}
    ruled = {p.stem.removeprefix("ruled-") for p in CORPUS.glob("ruled-*.jsonl")}
    assert names == ruled == {name.lower() for name in ADJUDICATORS}


@pytest.mark.parametrize("name", ADJUDICATORS)
def test_every_ruling_is_applied_and_every_ruled_line_carries_its_ruling(name: str) -> None:
    rulings = _rulings(name)
    ruled = {
        line["id"]: CONVENTION.before_conventions(line)
        for line in _lines([CORPUS / f"ruled-{name.lower()}.jsonl"])
    }
    disputed = {line["id"] for line in _lines([CORPUS / "disputed" / "disputed.jsonl"])}
    assert rulings and set(ruled) == set(rulings)
    assert not disputed & set(ruled)  # resolved: no ruled line is still disputed
    for line_id, line in ruled.items():
        ruling = rulings[line_id]
        assert line["labels"] == ruling["labels"]
        assert line["reviewer"] == f"{name} (ruling)" and line["note"] == ruling["why"]
        # Both earlier label sets are kept, and the ruling says truly which it matches.
        author, review = line["dispute"]["author_labels"], line["dispute"]["review"]["labels"]
        assert (author, review) == (ruling["author_labels"], ruling["reviewer_labels"])
        side = (
            "author"
            if ruling["labels"] == author
            else "reviewer"
            if ruling["labels"] == review
            else "neither"
        )
        assert ruling["matches"] == side
        # The ruling names the author and reviewer the line itself records.
        assert (ruling["author"], ruling["reviewer"]) == (
            line["author"],
            line["dispute"]["review"]["by"],
        )


@pytest.mark.parametrize("name", ADJUDICATORS)
def test_the_ruled_file_is_what_applying_its_rulings_makes(name: str, tmp_path) -> None:
    # Put every ruled line back as it stood in disputed.jsonl, apply the rulings under the
    # adjudicator's name, and get the committed ruled-<name>.jsonl back byte for byte.
    apply_rulings = _module(f"corpus_apply_rulings_{name}", CORPUS / "apply_rulings.py")
    committed = CORPUS / f"ruled-{name.lower()}.jsonl"
    as_disputed = [
        {
            **{k: v for k, v in line.items() if k != "dispute"},
            "labels": line["dispute"]["author_labels"],
            "reviewer": None,
            "note": line["dispute"]["author_note"],
            "review": line["dispute"]["review"],
        }
        for line in map(CONVENTION.before_conventions, _lines([committed]))
    ]
    (tmp_path / "disputed").mkdir()
    disputed = tmp_path / "disputed" / "disputed.jsonl"
    disputed.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in as_disputed))
    counts = apply_rulings.apply(REVIEWS / f"rulings-{name.lower()}.jsonl", name, tmp_path)
    assert counts == {"ruled": len(as_disputed), "disputed": 0}
    # the committed file as the ruling left it, before any later convention pass
    as_ruled = "".join(
        json.dumps(CONVENTION.before_conventions(line), ensure_ascii=False) + "\n"
        for line in _lines([committed])
    )
    assert (tmp_path / committed.name).read_text("utf-8") == as_ruled


def test_applying_rulings_moves_a_ruled_line_once_and_leaves_the_unruled(tmp_path) -> None:
    apply_rulings = _module("corpus_apply_rulings", CORPUS / "apply_rulings.py")
    ruled = _lines([CORPUS / "ruled-f.jsonl"])[:2]
    # The two lines as they stood in disputed.jsonl before F ruled them.
    as_disputed = [
        {
            **{k: v for k, v in line.items() if k != "dispute"},
            "labels": line["dispute"]["author_labels"],
            "reviewer": None,
            "note": line["dispute"]["author_note"],
            "review": line["dispute"]["review"],
        }
        for line in ruled
    ]
    (tmp_path / "disputed").mkdir()
    disputed = tmp_path / "disputed" / "disputed.jsonl"
    disputed.write_text("".join(json.dumps(x) + "\n" for x in as_disputed), "utf-8")
    rulings = tmp_path / "rulings.jsonl"
    rulings.write_text(json.dumps(_rulings()[ruled[0]["id"]]) + "\n", "utf-8")

    assert apply_rulings.apply(rulings, "F", tmp_path) == {"ruled": 1, "disputed": 1}
    first = (tmp_path / "ruled-f.jsonl").read_text("utf-8")
    assert json.loads(first) == ruled[0]
    assert [json.loads(t)["id"] for t in disputed.read_text("utf-8").splitlines()] == [
        ruled[1]["id"]
    ]
    assert apply_rulings.apply(rulings, "F", tmp_path) == {"ruled": 1, "disputed": 1}
    assert (tmp_path / "ruled-f.jsonl").read_text("utf-8") == first


def test_a_ruling_with_a_bad_label_names_its_file_and_line(tmp_path) -> None:
    apply_rulings = _module("corpus_apply_rulings_bad", CORPUS / "apply_rulings.py")
    line = _lines([CORPUS / "ruled-f.jsonl"])[0]
    (tmp_path / "ruled-f.jsonl").write_text(json.dumps(line) + "\n", "utf-8")
    bad = {**_rulings()[line["id"]], "labels": {**line["labels"], "immediacy": 6}}
    rulings = tmp_path / "rulings.jsonl"
    rulings.write_text(json.dumps(bad) + "\n", "utf-8")
    with pytest.raises(apply_rulings.RulingError, match=r"rulings\.jsonl:1: label 6"):
        apply_rulings.apply(rulings, "F", tmp_path)


def test_reviews_given_together_are_pooled(capsys) -> None:
    # the pooled figures are every review's lines at once: two trained labellers' agreement,
    # blind, the ceiling the README quotes beside the judge's figures
    agreement = _module("corpus_agreement_pooled", REVIEWS / "agreement.py")
    reviews = sorted(REVIEWS.glob("review-*.jsonl"))
    counts = []
    for review in reviews:
        assert agreement.main([str(review), str(CORPUS)]) == 0
        counts.append(int(re.search(r"lines reviewed: (\d+)", capsys.readouterr().out)[1]))
    assert agreement.main([*map(str, reviews), str(CORPUS)]) == 0
    pooled = re.search(r"lines reviewed: (\d+)", capsys.readouterr().out)
    assert pooled and int(pooled[1]) == sum(counts) and len(counts) > 1
