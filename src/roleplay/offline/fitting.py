"""Fitting the offline judge's weights (the `fit` extra: scikit-learn), for the development
script `scripts/fit_judge.py` and for `roleplay fit`, which refits on a course's reviews.

Per criterion: `used`, a logistic regression on whether the criterion was used (label not null);
`level`, a ridge regression of the 1-5 label on the rows where it was used, with ordinal cut
points fitted on top. Each head is compared with the rule reading by cross-validation grouped by
moment (paraphrases of one moment stay on one side) and kept only where it is no worse; the
result says which it chose ("source": "fitted" or "rule") with the cross-validated figures. The
frozen holdout is never passed in: callers read the train side only.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from roleplay.content.library import ContentLibrary
from roleplay.domain.moment import Moment
from roleplay.offline.level_bounds import BOUNDS_ONLY, bounded_level
from roleplay.offline.model import (
    STANDALONE_READ_THRESHOLDS,
    SURE_CANDIDATES,
    SURE_MIN_ROWS,
    SURE_PRECISION,
    sure_used,
    threshold_in_force,
    used_thresholds,
)
from roleplay.offline.scorer import gated_feature_vectors

MIN_ROWS = 40
# How far each criterion's level head may lean on the response's own words (the "w." and "w2."
# bag-of-words features) against the named readings. A word column is scaled by this before the
# ridge fit, which multiplies its penalty by 1 / scale^2; the saved weights are scaled back, so
# the judge at run time is the same code. Words written by the corpus's few authors carried the
# level where a named reading should (fresh text is worded differently): at 0.5, train CV within
# one rose for immediacy 0.936 -> 0.943 and rupture repair 0.926 -> 0.939, declining exact 0.557
# -> 0.628, and the development probe set's within one rose for immediacy, rupture repair,
# self-disclosure and declining. Boundary and contracting fell on the probe set, so they keep 1.
# Rupture repair reads them at 0.25 since rubric v2 scores replies that step past the strain
# (1-2): with those in the fit, the words any owned repair uses ("sorry", "I'm") rose and lifted
# defensive and collapsing repairs a level; at 0.25 train CV within one rose 0.929 -> 0.941 and
# the development probe set's 0.920 -> 0.938.
LEVEL_WORD_SCALE: dict[str, float] = {
    "immediacy": 0.5,
    "rupture_repair": 0.25,
    "self_disclosure": 0.5,
    "declining": 0.5,
}
WORD_FEATURES = ("w.", "w2.")
LEVEL_ALPHA = 2.0


def column_scales(criterion: str, names) -> list[float]:
    """Per feature column, the scale the level head's fit reads it at (LEVEL_WORD_SCALE)."""
    scale = LEVEL_WORD_SCALE.get(criterion, 1.0)
    return [scale if str(name).startswith(WORD_FEATURES) else 1.0 for name in names]


class FitUnavailable(RuntimeError):
    """scikit-learn is not installed (it is only needed to fit, never to judge)."""


@dataclass
class Row:
    group: str  # rows of one group (a moment, a reviewed session) stay on one side of a fold
    rubric: str
    moment: Moment
    response: str
    labels: dict[str, int | None]  # only the criteria this row labels


def weights_text(weights: dict) -> str:
    """The weights file: small, sorted and deterministic."""
    return json.dumps(weights, indent=0, sort_keys=True, separators=(",", ":")) + "\n"


# Told of each cross-validation mistake of the chosen heads: (criterion, row, label, used, level).
OnMistake = Callable[[str, "Row", int | None, bool, int], None]


def fit(
    rows: list[Row],
    library: ContentLibrary,
    name: str,
    folds: int = 5,
    on_mistake: OnMistake | None = None,
) -> dict:
    try:
        import numpy as np
        from scipy.sparse import diags
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression, Ridge
        from sklearn.model_selection import GroupKFold
    except ImportError as exc:
        raise FitUnavailable("fitting needs scikit-learn: pip install 'roleplay[fit]'") from exc

    # Per criterion: (features, label, group, row, gate closed).
    by_criterion: dict[str, list[tuple[dict[str, float], int | None, str, Row, bool]]] = (
        defaultdict(list)
    )
    for row in rows:
        rubric = library.rubric(row.rubric).rubric
        vectors = gated_feature_vectors(rubric, row.moment, row.response)
        for cid, label in row.labels.items():
            if cid in vectors:
                x, closed = vectors[cid]
                by_criterion[cid].append((x, label, row.group, row, closed))

    def heads(data, x, x_level):
        """The fitted heads on `data`, whose feature matrices (a row per item) are `x` for the
        used head and `x_level` for the level head."""
        used = np.array([d[1] is not None for d in data])
        # The used head only ever sees rows whose gate is open: fit it on those alone.
        open_rows = [i for i, d in enumerate(data) if not d[4]]
        clf = LogisticRegression(C=0.5, max_iter=5000)
        clf.fit(x[open_rows], used[open_rows])
        rows_used = [i for i, d in enumerate(data) if d[1] is not None]
        reg = Ridge(alpha=LEVEL_ALPHA, solver="sparse_cg", tol=1e-6)
        level_x = x_level[rows_used]
        level_y = [data[i][1] for i in rows_used]
        reg.fit(level_x, np.array(level_y, dtype=float))
        cuts = cut_points(reg.predict(level_x), level_y)
        return clf, reg, cuts

    def precise_features(data) -> frozenset[str]:
        """The candidate features that, on these rows, nearly always mean "used"."""
        kept = set()
        for name in SURE_CANDIDATES:
            labels = [d[1] is not None for d in data if d[0].get(name) and not d[4]]
            if len(labels) >= SURE_MIN_ROWS and sum(labels) / len(labels) >= SURE_PRECISION:
                kept.add(name)
        return frozenset(kept)

    def rule_prediction(features):
        used = features.get("rule.present", 0.0) >= 1.0
        level = 3.0 + 2.0 * features.get("rule.level", 0.0)
        return used, level

    criteria = {}
    for cid, data in sorted(by_criterion.items()):
        used_count = sum(d[1] is not None for d in data)
        if len(data) < MIN_ROWS or used_count < 10 or used_count == len(data):
            criteria[cid] = {"source": "rule", "rows": len(data), "why": "too few labelled rows"}
            continue
        read_threshold, unread_threshold = used_thresholds(cid)
        standalone_threshold = STANDALONE_READ_THRESHOLDS.get(cid)
        groups = [d[2] for d in data]
        # One sparse matrix for every row, sliced per fold (most lexical features are zero on
        # any one response). A feature seen only in the held-out fold is a column of zeros on
        # the training side, and L2-penalised heads give it no weight: the same heads as a
        # vocabulary built per fold, without vectorising every row again for each fold.
        vec = DictVectorizer(sparse=True)
        x_all = vec.fit_transform(
            [{k: v for k, v in d[0].items() if k not in BOUNDS_ONLY} for d in data]
        ).tocsr()
        names = vec.get_feature_names_out()
        # The level head's view: the response's own words scaled down (LEVEL_WORD_SCALE).
        level_scale = np.array(column_scales(cid, names))
        x_level = (x_all @ diags(level_scale)).tocsr()
        n_folds = min(folds, len(set(groups)))
        # Out-of-fold predictions of each head, rule and fitted, for every row.
        oof: list[tuple[int | None, bool, float | None, bool, float]] = []
        oof_rows: list[Row] = []
        for train_idx, test_idx in GroupKFold(n_splits=n_folds).split(data, groups=groups):
            train = [data[i] for i in train_idx]
            if len({d[1] is not None for d in train if not d[4]}) < 2:
                continue
            clf, reg, cuts = heads(train, x_all[train_idx], x_level[train_idx])
            sure = precise_features(train)
            # The whole fold at once: one predict per head, not one per row.
            x_fold = x_all[test_idx]
            raw_levels = reg.predict(x_level[test_idx])
            used_probability = clf.predict_proba(x_fold)[:, 1]
            for position, i in enumerate(test_idx):
                features, label = data[i][0], data[i][1]
                rule_used, rule_level = rule_prediction(features)
                fitted_level = bounded_level(
                    cid, features, 1 + sum(float(raw_levels[position]) >= c for c in cuts)
                )
                threshold = threshold_in_force(
                    features, read_threshold, unread_threshold, standalone_threshold
                )
                fitted_used = not data[i][4] and (
                    bool(used_probability[position] >= threshold) or sure_used(features, sure, cid)
                )
                oof_rows.append(data[i][3])
                oof.append(
                    (
                        label,
                        rule_used,
                        rule_level if rule_used else None,
                        fitted_used,
                        float(fitted_level),
                    )
                )
        used_agreement = {
            "rule": sum(r == (y is not None) for y, r, _, _, _ in oof) / len(oof),
            "fitted": sum(f == (y is not None) for y, _, _, f, _ in oof) / len(oof),
        }
        labelled = [o for o in oof if o[0] is not None]

        def level_fit(pick, labelled=labelled):
            levels = [(o[0], round(min(5, max(1, pick(o) or 3.0)))) for o in labelled]
            within = sum(abs(a - b) <= 1 for a, b in levels) / len(levels)
            return round(within, 4), round(sum(a == b for a, b in levels) / len(levels), 4)

        level = {"rule": level_fit(lambda o: o[2]), "fitted": level_fit(lambda o: o[4])}
        used_source = (
            "fitted" if used_agreement["fitted"] >= used_agreement["rule"] - 0.005 else "rule"
        )
        level_source = "fitted" if level["fitted"][0] >= level["rule"][0] - 0.005 else "rule"

        def chosen(o, used_source=used_source, level_source=level_source):
            used = o[3] if used_source == "fitted" else o[1]
            lvl = o[4] if level_source == "fitted" else (o[2] or 3.0)
            return used, round(min(5, max(1, lvl)))

        both = [(o[0], chosen(o)[1]) for o in oof if o[0] is not None and chosen(o)[0]]
        if on_mistake is not None:
            for o, row in zip(oof, oof_rows, strict=True):
                used, lvl = chosen(o)
                wrong_use = used != (o[0] is not None)
                if wrong_use or (used and o[0] is not None and abs(lvl - o[0]) > 1):
                    on_mistake(cid, row, o[0], used, lvl)
        dev = {
            "used_agreement": {k: round(v, 4) for k, v in used_agreement.items()},
            "level_within_one_exact": level,
            "chosen": {
                "used_agreement": round(
                    sum(chosen(o)[0] == (o[0] is not None) for o in oof) / len(oof), 4
                ),
                "within_one": round(sum(abs(a - b) <= 1 for a, b in both) / len(both), 4)
                if both
                else None,
                "exact": round(sum(a == b for a, b in both) / len(both), 4) if both else None,
            },
        }
        clf, reg, cuts = heads(data, x_all, x_level)
        spec = {
            "source": "fitted" if "fitted" in (used_source, level_source) else "rule",
            "used_source": used_source,
            "level_source": level_source,
            "rows": len(data),
            "dev_cross_validated": dev,
            "threshold": read_threshold,
            "threshold_unread": unread_threshold,
            **(
                {"threshold_standalone": standalone_threshold}
                if standalone_threshold is not None
                else {}
            ),
            "cuts": cuts,
            "sure_used": sorted(precise_features(data)),
            "used": {
                "bias": round(float(clf.intercept_[0]), 4),
                "weights": _weights(names, clf.coef_[0]),
            },
            "level": {
                "bias": round(float(reg.intercept_), 4),
                # scaled back: at run time the level head reads the words unscaled
                "weights": _weights(names, reg.coef_ * level_scale),
            },
        }
        criteria[cid] = spec
    return {"name": name, "criteria": criteria}


def cut_points(raw, labels) -> list[float]:
    """Four ordered cuts on the raw level that maximise exact agreement (coordinate search).

    Moving one cut k to c changes a row's level only by [raw >= c], so with the others fixed
    the agreement at every candidate c is two running sums over the rows sorted by raw
    level: rows below c keep their level without cut k, rows at or above it gain one."""
    import numpy as np  # the fit extra, like the rest of fitting

    raw_values = np.asarray(raw, dtype=float)
    truth = np.asarray(labels)
    order = np.argsort(raw_values, kind="stable")
    sorted_raw = raw_values[order]
    candidates = np.array(sorted(set(float(r) for r in raw)))
    below = np.searchsorted(sorted_raw, candidates, side="left")  # rows with raw < c
    cuts = [1.5, 2.5, 3.5, 4.5]
    for _ in range(3):
        for k in range(4):
            low = cuts[k - 1] if k else -1e9
            high = cuts[k + 1] if k < 3 else 1e9
            others = [c for j, c in enumerate(cuts) if j != k]
            without_k = 1 + (raw_values[:, None] >= np.asarray(others)).sum(axis=1)
            keep = (without_k == truth)[order]  # right when below the cut
            gain = (without_k + 1 == truth)[order]  # right when at or above it
            keep_sum = np.concatenate(([0], np.cumsum(keep)))
            gain_sum = np.concatenate(([0], np.cumsum(gain)))
            scores = keep_sum[below] + (gain_sum[-1] - gain_sum[below])
            current = int((without_k + (raw_values >= cuts[k]) == truth).sum())
            inside = (candidates > low) & (candidates < high)
            if inside.any():
                best_score = int(scores[inside].max())
                if best_score > current:  # the first (lowest) cut reaching it, as before
                    cuts[k] = float(candidates[inside][scores[inside] == best_score][0])
    return [round(c, 4) for c in cuts]


def _weights(names, coefs) -> dict[str, float]:
    """Weights worth keeping (|w| >= 0.01), rounded: the file stays small and readable."""
    return {
        n: round(float(c), 3) for n, c in sorted(zip(names, coefs, strict=True)) if abs(c) >= 0.01
    }
