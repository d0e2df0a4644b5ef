"""The third ESConv development set's draw (`DEV3`) and `bench.esconv_dev --show`, the labellers'
view of drawn turns, on synthetic split files of our own words (ESConv itself is never needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.esconv_dev import (
    DEV,
    DEV2,
    DEV2_LABELS,
    DEV3,
    DEV3_LABELS,
    DEV4,
    DEV4_LABELS,
    DEV_LABELS,
    DRAW_SETS,
    EVALUATION_LABELS,
    SECOND_LABELS,
)
from tests.test_esconv_dev2 import ids_of, run, splits_in


def test_dev3_is_a_named_draw_that_keeps_out_every_earlier_label_file() -> None:
    assert DRAW_SETS["dev3"] is DEV3
    assert DEV3.seed not in (DEV.seed, DEV2.seed, 2026, 2028)
    assert DEV3.natural == DEV2.natural and DEV3.extra == DEV2.extra
    assert set(DEV3.excluded) == {EVALUATION_LABELS, DEV_LABELS, SECOND_LABELS, DEV2_LABELS}
    assert DEV3.labels == DEV3_LABELS


@pytest.fixture
def splits(tmp_path: Path) -> Path:
    return splits_in(tmp_path)


def test_set_dev3_draws_no_turn_of_an_earlier_set(splits: Path) -> None:
    result = run("--splits", str(splits), "--set", "dev3", "--ids")
    assert result.returncode == 0, result.stderr
    drawn = result.stdout.split()
    assert len(drawn) == 750 and len(set(drawn)) == 750
    earlier = set().union(*(ids_of(p) for p in DEV3.excluded))
    assert not set(drawn) & earlier
    dev2 = run("--splits", str(splits), "--set", "dev2", "--ids").stdout.split()
    assert drawn != dev2


def test_show_prints_the_numbered_turns_asked_for_with_context_and_writes_no_file(
    splits: Path, tmp_path: Path
) -> None:
    drawn = run("--splits", str(splits), "--set", "dev3", "--ids").stdout.split()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = run("--splits", str(splits), "--set", "dev3", "--show", "2", "3")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"#2 {drawn[1]}  writers: " in out and f"#3 {drawn[2]}  writers: " in out
    assert drawn[0] not in out and drawn[3] not in out
    assert out.count("RESPONSE: Practice line") == 2
    # a turn past the first has its preceding turns, named by speaker
    assert "    supporter: Practice line" in out
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    # a range past the end prints what there is
    tail = run("--splits", str(splits), "--set", "dev3", "--show", "749", "900").stdout
    assert tail.count("RESPONSE:") == 2


def test_dev4_keeps_out_every_earlier_set_including_dev3(splits: Path) -> None:
    assert DRAW_SETS["dev4"] is DEV4 and DEV4.labels == DEV4_LABELS
    assert DEV4.seed not in (DEV.seed, DEV2.seed, DEV3.seed, 2026, 2028)
    assert set(DEV4.excluded) == set(DEV3.excluded) | {DEV3_LABELS}
    drawn = run("--splits", str(splits), "--set", "dev4", "--ids").stdout.split()
    assert len(drawn) == 750
    dev3 = run("--splits", str(splits), "--set", "dev3", "--ids").stdout.split()
    assert drawn != dev3
