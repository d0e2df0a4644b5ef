"""Agreement figures and `roleplay calibrate`."""

from __future__ import annotations

import re

import pytest

from roleplay.cli import main
from roleplay.judge.agreement import agreement, quadratic_weighted_kappa


def test_kappa_is_one_for_perfect_agreement() -> None:
    assert quadratic_weighted_kappa([1, 2, 3, 4, 5], [1, 2, 3, 4, 5], 1, 5) == pytest.approx(1.0)


def test_kappa_matches_a_hand_computed_example() -> None:
    # Ratings 1..3, weights w_ij = (i-j)^2/4. Observed: one item off by one of four, so the
    # weighted disagreement is (1/4)(1/4) = 1/16. Expected from the marginals a=(1,2,1)/4 and
    # b=(1,1,2)/4: sum w_ij*pa_i*pb_j = 20/64. kappa = 1 - (1/16)/(20/64) = 0.8.
    assert quadratic_weighted_kappa([1, 2, 2, 3], [1, 2, 3, 3], 1, 3) == pytest.approx(0.8)


def test_kappa_undefined_without_variance() -> None:
    assert quadratic_weighted_kappa([3, 3], [3, 3], 1, 5) is None


def test_agreement_counts_presence_separately() -> None:
    result = agreement([None, 4, 2, None], [None, 5, 2, 3], 1, 5)
    assert result.items == 4 and result.pairs == 2
    assert result.presence == pytest.approx(0.75)
    assert result.exact == pytest.approx(0.5)
    assert result.within_one == pytest.approx(1.0)


def test_calibrate_offline_prints_agreement_per_criterion(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["calibrate", "--offline", "--show", "2"]) == 0
    out = capsys.readouterr().out
    assert "QW kappa" in out
    header = re.search(r"(\d+) exemplars", out)
    assert header
    exemplars = int(header[1])
    for criterion in ("self_disclosure", "immediacy"):
        # A table row per criterion, counting the exemplars that name it...
        row = re.search(rf"^{criterion}\s+(\d+)\s", out, re.MULTILINE)
        assert row and 0 < int(row[1]) <= exemplars
        # ...and its disagreements: as many shown as --show asks, then how many more.
        section = re.search(
            rf"^Disagreements on {criterion} \((\d+)\):\n((?:  .*\n?)+)", out, re.MULTILINE
        )
        assert section, f"no disagreements listed for {criterion}"
        count, lines = int(section[1]), section[2].splitlines()
        examples = [line for line in lines if not line.startswith("  ... and ")]
        assert len(examples) == min(2, count)
        assert all("instructor" in line and "judge" in line for line in examples)
        if count > 2:
            assert lines[-1] == f"  ... and {count - 2} more (--show N)"


def test_calibrate_unknown_rubric_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calibrate", "--offline", "--rubric", "nope"]) == 2
    assert "no rubric" in capsys.readouterr().err
