"""The level head's fit reads the response's own words at a smaller scale (fitting.LEVEL_WORD_SCALE)
and saves its weights scaled back, so the judge at run time reads the words unscaled and gets
the fit's own predictions: the same model as a ridge whose penalty on a word column is
alpha / scale^2 (the named readings keep the plain penalty)."""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import Ridge

from roleplay.offline.fitting import LEVEL_ALPHA, LEVEL_WORD_SCALE, column_scales

NAMES = ["f.owned", "w.sorry", "w2.i_notice", "rule.level"]


def test_only_word_columns_are_scaled_and_only_for_the_listed_criteria() -> None:
    scaled = next(iter(LEVEL_WORD_SCALE))
    word = LEVEL_WORD_SCALE[scaled]
    assert word < 1.0
    assert column_scales(scaled, NAMES) == [1.0, word, word, 1.0]
    assert column_scales("a-criterion-not-listed", NAMES) == [1.0, 1.0, 1.0, 1.0]


def test_weights_scaled_back_are_a_ridge_with_a_heavier_penalty_on_words() -> None:
    rng = np.random.default_rng(7)
    x = rng.integers(0, 2, size=(60, len(NAMES))).astype(float)
    y = 1 + 2 * x[:, 0] + 1.5 * x[:, 1] + rng.normal(0, 0.3, size=60)
    scale = np.array(column_scales(next(iter(LEVEL_WORD_SCALE)), NAMES))

    reg = Ridge(alpha=LEVEL_ALPHA).fit(x * scale, y)
    saved = reg.coef_ * scale  # what the weights file keeps

    # The run time's reading, unscaled features times saved weights, is the fit's prediction.
    assert np.allclose(reg.intercept_ + x @ saved, reg.predict(x * scale))
    # And it is the generalised ridge: penalty alpha / scale^2 per column, on centred data.
    xc, yc = x - x.mean(axis=0), y - y.mean()
    penalty = np.diag(LEVEL_ALPHA / scale**2)
    closed_form = np.linalg.solve(xc.T @ xc + penalty, xc.T @ yc)
    assert np.allclose(saved, closed_form)
    # The word that carries the label gets less of it than with the plain penalty.
    plain = Ridge(alpha=LEVEL_ALPHA).fit(x, y).coef_
    assert abs(saved[1]) < abs(plain[1])
