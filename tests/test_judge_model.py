"""The offline judge as data: named features with quotes, fitted weights loaded from a JSON file,
a registry of criterion readers, a rationale that names what moved the score, honest uncertainty."""

from __future__ import annotations

import json

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.answer import answer_to_request
from roleplay.offline.criteria import READERS, build_context
from roleplay.offline.model import parse_weights, shipped_weights
from roleplay.offline.scorer import feature_vectors, score_response
from roleplay.offline.text import split_sentences

LIBRARY = load_library()
DI = LIBRARY.rubric("disclosure-immediacy").rubric
ASKS = Moment(client_line="Did you ever lose a grandparent?", invites="self_disclosure")
GOOD = "I did, a long time ago, so I know a little of how heavy it is. What has it been like?"


def test_every_criterion_of_both_rubric_versions_has_a_reader() -> None:
    assert {
        "self_disclosure",
        "immediacy",
        "declining",
        "boundary",
        "rupture_repair",
        "contracting",
    } <= set(READERS)


def test_features_carry_their_name_and_the_exact_words_found() -> None:
    response = "That's kind of you. I'm not going to swap numbers, but the office can reach me."
    sentences = split_sentences(response)
    answer = answer_to_request(sentences)
    assert answer.kind == "refused" and answer.quote and answer.quote in response
    ctx = build_context(ASKS, split_sentences(GOOD))
    reading = ctx.reading("self_disclosure")
    assert reading.features
    for feature in reading.features:
        assert feature.name and feature.label
        assert feature.quote is None or feature.quote in GOOD


def test_the_vector_crosses_features_with_what_the_current_moment_invites() -> None:
    x = feature_vectors(DI, ASKS, GOOD)["self_disclosure"]
    assert x["rule.present"] == 1.0
    assert x["rule.present@invites.self_disclosure"] == 1.0
    assert x["cue.personal_question"] == 1.0


def test_the_evaluation_records_which_weights_file_judged_it() -> None:
    weights = shipped_weights()
    evaluation = score_response(DI, ASKS, GOOD)
    assert evaluation.weights == weights.label
    name, sha = weights.label.split("@")
    assert name and len(sha) == 12


def test_the_verdict_comes_from_the_weights_not_from_code() -> None:
    # The same response, judged by a file that says "never used" for self-disclosure.
    never = {
        "name": "never",
        "criteria": {
            "self_disclosure": {
                "source": "fitted",
                "used": {"bias": -20.0, "weights": {}},
                "level": {"bias": 3.0, "weights": {}},
            }
        },
    }
    weights = parse_weights(json.dumps(never).encode())
    assert score_response(DI, ASKS, GOOD).criteria["self_disclosure"].applicable
    judged = score_response(DI, ASKS, GOOD, weights)
    assert not judged.criteria["self_disclosure"].applicable
    assert judged.weights.startswith("never@")


def test_the_rationale_names_what_moved_the_score_with_the_words() -> None:
    result = score_response(DI, ASKS, GOOD).criteria["self_disclosure"]
    assert "Moved most by:" in result.rationale
    assert any(quote in result.rationale for quote in result.evidence)


def test_near_the_decision_line_the_judge_says_it_is_unsure() -> None:
    borderline = {
        "name": "borderline",
        "criteria": {
            "self_disclosure": {
                "source": "fitted",
                "used": {"bias": 0.1, "weights": {}},
                "level": {"bias": 3.0, "weights": {}},
            }
        },
    }
    result = score_response(DI, ASKS, GOOD, parse_weights(json.dumps(borderline).encode()))
    sd = result.criteria["self_disclosure"]
    assert sd.applicable and sd.unsure
    assert "unsure" in sd.rationale
    sure = json.loads(json.dumps(borderline).replace('"bias": 0.1', '"bias": 6.0'))
    sure["name"] = "sure"
    confident = score_response(DI, ASKS, GOOD, parse_weights(json.dumps(sure).encode()))
    sd = confident.criteria["self_disclosure"]
    assert sd.applicable and not sd.unsure and "unsure" not in sd.rationale


def test_scoring_is_deterministic() -> None:
    first = score_response(DI, ASKS, GOOD).model_dump(exclude={"evaluated_at"})
    second = score_response(DI, ASKS, GOOD).model_dump(exclude={"evaluated_at"})
    assert first == second


def test_the_shipped_weights_are_small_and_fitted_where_they_say_so() -> None:
    weights = shipped_weights()
    assert weights.model("self_disclosure") is not None  # fitted on the dev data
    for criterion in weights.criteria.values():
        assert len(criterion.used.weights) < 4000 and len(criterion.level.weights) < 4000
        assert list(criterion.cuts) == sorted(criterion.cuts)
