"""What the consistency-pass tests share: the corpus scripts loaded as modules (they live outside
the package) and every corpus line by id, read once per test process."""

from __future__ import annotations

import importlib.util
import json
import shutil

import pytest

from conftest import REPO

CORPUS = REPO / "corpus"


def _module(name: str, path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path) -> list[dict]:
    return [json.loads(t) for t in path.read_text("utf-8").splitlines() if t.strip()]


SPLIT = _module("corpus_split_consistency", CORPUS / "split.py")
APPLY = _module("corpus_apply_consistency", CORPUS / "apply_consistency.py")
CLASSES = _module("corpus_consistency_classes", CORPUS / "reviews" / "consistency_classes.py")
CONVENTION = _module("corpus_apply_convention_support", CORPUS / "apply_convention.py")
# Every line as the consistency passes left it: a later convention pass (W's, on rupture repair)
# is undone here and checked on its own in test_corpus_convention_w.py.
LINES = {
    line["id"]: CONVENTION.before_conventions(line)
    for p in sorted(CORPUS.glob("*.jsonl"))
    for line in read_jsonl(p)
}


def copy_corpus(tmp_path):
    """The corpus's line files copied to `tmp_path`/corpus, free to change."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in CORPUS.glob("*.jsonl"):
        shutil.copy(path, corpus / path.name)
    return corpus


# The checks every two-sided pass (U's, V's) is held to; `by` is the adjudicator, `classes` the
# classes its rules select.


def check_rulings_on_their_side(rows, holdout: bool, classes: str) -> None:
    """Every ruling is what its line carries, on the side the ruling file is for."""
    assert rows
    for row in rows:
        line = LINES[row["id"]]
        assert SPLIT.in_holdout(line["moment"]) == holdout, row["id"]
        assert line["labels"][row["criterion"]] == row["label"], row["id"]
        assert row["class"] in set(classes)
        assert row["criterion"] == CLASSES.CRITERION[row["class"]] and row["why"].strip()


def check_ruled_exactly_the_selected_lines(rows, holdout: bool, classes: str) -> None:
    """The pass ruled exactly the lines its classes' rules select on its side, and none of the
    other side's."""
    found = CLASSES.classes(list(LINES.values()), holdout=holdout)
    ruled: dict[str, list[str]] = {}
    for row in rows:
        ruled.setdefault(row["class"], []).append(row["id"])
    assert set(ruled) == set(classes)
    for name, ids in ruled.items():
        assert ids == [line["id"] for line in found[name]], name
    other = CLASSES.classes(list(LINES.values()), holdout=not holdout)
    assert not {line["id"] for n in classes for line in other[n]} & {row["id"] for row in rows}


def check_changed_lines_keep_their_old_label(rows, holdout: bool, by: str) -> None:
    """A line the pass changed keeps its old label and note, and the ruling's reason."""
    ruled = {(row["id"], row["criterion"]): row for row in rows}
    changed = [
        line
        for line in LINES.values()
        if line.get("consistency", {}).get("by") == by
        and SPLIT.in_holdout(line["moment"]) == holdout
    ]
    assert changed
    for line in changed:
        record = line["consistency"]
        assert line["note"].startswith(record["note_before"])
        for criterion, old in record["before"].items():
            assert old != line["labels"][criterion]
            assert record["whys"][criterion] == ruled[(line["id"], criterion)]["why"]
            assert f"{by}, consistency pass ({criterion}): " in line["note"]
    moved = {k for k in ruled if LINES[k[0]].get("consistency", {}).get("by") != by}
    assert all(APPLY.before(LINES[i], c) == ruled[(i, c)]["label"] for i, c in moved)


def check_applying_again_changes_nothing(tmp_path, path, holdout: bool, by: str, classes: str):
    """Applying the pass again changes no byte, and its file is refused on the other side."""
    corpus = copy_corpus(tmp_path)
    tally = APPLY.apply(path, corpus, holdout=holdout, by=by)
    assert set(tally) == set(classes)
    assert sum(sum(found.values()) for found in tally.values()) == len(read_jsonl(path))
    for source in CORPUS.glob("*.jsonl"):
        assert (corpus / source.name).read_bytes() == source.read_bytes(), source.name
    with pytest.raises(APPLY.ConsistencyError, match=r"holdout line|training line"):
        APPLY.apply(path, corpus, holdout=not holdout, by=by)
