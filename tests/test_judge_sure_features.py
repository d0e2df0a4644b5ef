"""Which named features may say "used" on their own is fitted, and read from the weights file.

The fitting script keeps a candidate (a me-too, a bare fact, here-and-now talk) for a criterion
only where it is precise on the training rows, so a weights file without it leaves the decision
to the fitted head. Fresh example, not a corpus line.
"""

from __future__ import annotations

import json
from importlib import resources

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.model import SURE_CANDIDATES, parse_weights
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
SHIPPED = json.loads(
    resources.files("roleplay.offline.weights").joinpath("judge.json").read_bytes()
)


def weights_with(sure: list[str]):
    data = json.loads(json.dumps(SHIPPED))
    data["criteria"]["self_disclosure"]["sure_used"] = sure
    data["criteria"]["self_disclosure"]["used"]["bias"] = -30.0  # the head alone says "no"
    return parse_weights(json.dumps(data).encode())


def test_a_sure_feature_in_the_weights_decides_used_and_its_absence_leaves_the_head() -> None:
    moment = Moment(client_line="I always dread Sunday evenings.")
    response = "Same here, honestly. What is it about Sundays?"
    with_sure = score_response(DI, moment, response, weights_with(["f.me_too"]))
    without = score_response(DI, moment, response, weights_with([]))
    assert with_sure.criteria["self_disclosure"].applicable
    assert not without.criteria["self_disclosure"].applicable


def test_the_shipped_weights_name_their_sure_features() -> None:
    criteria = SHIPPED["criteria"]
    assert set(criteria["self_disclosure"]["sure_used"]) <= set(SURE_CANDIDATES)
    assert not any(name in criteria["self_disclosure"]["sure_used"] for name in ("f.here_now",))
    assert all("sure_used" in spec for spec in criteria.values() if spec["source"] == "fitted")
