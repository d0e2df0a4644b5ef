"""The level cuts of a fitted head: the running-sum search finds exactly what trying every
candidate cut does (the plain search it replaced, kept here as the reference)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from roleplay.offline.fitting import cut_points


def _tried_one_by_one(raw, labels) -> list[float]:
    raw_values, truth = np.asarray(raw, dtype=float), np.asarray(labels)
    cuts = [1.5, 2.5, 3.5, 4.5]

    def exact(cs):
        return int(((1 + (raw_values[:, None] >= np.asarray(cs)).sum(axis=1)) == truth).sum())

    candidates = sorted(set(float(r) for r in raw))
    for _ in range(3):
        for k in range(4):
            low = cuts[k - 1] if k else -1e9
            high = cuts[k + 1] if k < 3 else 1e9
            best, best_score = cuts[k], exact(cuts)
            for c in candidates:
                if low < c < high:
                    score = exact([*cuts[:k], c, *cuts[k + 1 :]])
                    if score > best_score:
                        best, best_score = c, score
            cuts[k] = best
    return [round(c, 4) for c in cuts]


@pytest.mark.parametrize("seed", range(12))
def test_cuts_are_the_ones_trying_every_candidate_finds(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(5, 300)
    labels = [rng.randint(1, 5) for _ in range(n)]
    # Raw levels near the label with noise, some tied (rounded), some far out.
    raw = [
        round(y + rng.gauss(0, rng.choice([0.3, 0.8, 2.0])), rng.choice([1, 2, 4])) for y in labels
    ]
    assert cut_points(raw, labels) == _tried_one_by_one(raw, labels)


def test_cuts_are_ordered_and_separate_clean_levels() -> None:
    labels = [1, 2, 3, 4, 5] * 10
    raw = [y + 0.1 * ((i % 3) - 1) for i, y in enumerate(labels)]
    cuts = cut_points(raw, labels)
    assert cuts == sorted(cuts)
    levels = [1 + sum(r >= c for c in cuts) for r in raw]
    assert levels == labels
