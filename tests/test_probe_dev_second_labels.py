"""The probe set's blind second labels (bench/data/probe_dev/second/): one line per probe line,
labelling exactly the criteria of that line's rubric, so bench.probe_agreement compares like
with like."""

from __future__ import annotations

import json

from conftest import REPO

PROBE = REPO / "bench" / "data" / "probe_dev"


def _lines(path) -> list[dict]:
    return [json.loads(raw) for raw in path.read_text("utf-8").splitlines() if raw.strip()]


def test_every_probe_line_has_one_second_label_over_the_same_criteria() -> None:
    first = {line["id"]: line for path in PROBE.glob("*.jsonl") for line in _lines(path)}
    second = [line for path in (PROBE / "second").glob("*.jsonl") for line in _lines(path)]
    assert sorted(line["id"] for line in second) == sorted(first)
    for line in second:
        assert set(line) == {"id", "labels", "note"}
        assert list(line["labels"]) == list(first[line["id"]]["labels"]), line["id"]
        for value in line["labels"].values():
            assert value is None or (type(value) is int and 1 <= value <= 5), line["id"]
        assert line["note"].strip()
