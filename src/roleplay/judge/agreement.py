"""Agreement between a judge and instructors: exact, within one point, quadratic-weighted kappa."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Agreement:
    pairs: int  # exemplars where both gave a score
    exact: float
    within_one: float
    kappa: float | None  # None when undefined (fewer than two pairs, or no variance)
    presence: float  # agreement on whether the skill was used at all
    items: int


def quadratic_weighted_kappa(
    a: Sequence[int], b: Sequence[int], low: int, high: int
) -> float | None:
    """Cohen's kappa with quadratic weights (Cohen 1968) for ratings on low..high."""
    if len(a) != len(b) or len(a) < 2:
        return None
    k = high - low + 1
    observed = [[0.0] * k for _ in range(k)]
    for x, y in zip(a, b, strict=True):
        observed[x - low][y - low] += 1
    n = float(len(a))
    hist_a = [sum(row) for row in observed]
    hist_b = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    num = den = 0.0
    for i in range(k):
        for j in range(k):
            weight = ((i - j) ** 2) / ((k - 1) ** 2)
            num += weight * observed[i][j] / n
            den += weight * hist_a[i] * hist_b[j] / (n * n)
    if den == 0:
        return None
    return 1.0 - num / den


def agreement(
    expected: Sequence[int | None], judged: Sequence[int | None], low: int, high: int
) -> Agreement:
    both = [
        (e, j) for e, j in zip(expected, judged, strict=True) if e is not None and j is not None
    ]
    presence = sum((e is None) == (j is None) for e, j in zip(expected, judged, strict=True))
    items = len(expected)
    if not both:
        return Agreement(0, 0.0, 0.0, None, presence / items if items else 0.0, items)
    exact = sum(e == j for e, j in both) / len(both)
    within = sum(abs(e - j) <= 1 for e, j in both) / len(both)
    kappa = quadratic_weighted_kappa([e for e, _ in both], [j for _, j in both], low, high)
    return Agreement(len(both), exact, within, kappa, presence / items, items)
