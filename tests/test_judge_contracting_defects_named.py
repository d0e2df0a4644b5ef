"""Contracting feedback names the defect the reply has, not only "the terms are told, not agreed":
confidentiality promised without limits beside a reassurance ("you're in safe hands. It's all
completely confidential") is the rubric's level 1, and a term resting on the trainee's comfort or
risk ("I'd get in trouble") fails its client_reason check. A supervisor reviewing the judge's
feedback found both given only the generic line. Fresh examples written for this file, none a
line of any labelled set."""

from __future__ import annotations

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

HOW_IT_WORKS = "So what happens to what I say in here? Who gets to hear it?"


def test_confidentiality_without_limits_beside_safe_hands_is_a_secrecy_promised() -> None:
    verdict = _score(
        RB,
        HOW_IT_WORKS,
        "You're in safe hands with me. Everything's totally confidential, so say anything.",
        "contracting",
        "contracting",
    )
    assert verdict.applicable
    assert verdict.score == 1
    assert "secrecy no helper can keep" in verdict.rationale


def test_near_miss_the_limit_named_is_no_promise_of_secrecy() -> None:
    verdict = _score(
        RB,
        HOW_IT_WORKS,
        "It stays between us, unless I'm worried about your safety or someone else's; then I'd "
        "talk to you first. How does that sound?",
        "contracting",
        "contracting",
    )
    assert verdict.applicable
    assert "secrecy no helper can keep" not in verdict.rationale


def test_a_term_resting_on_the_trainees_risk_is_named() -> None:
    verdict = _score(
        RB,
        "Can we do the session by phone while I'm on the bus? It's the only time I've got.",
        "Not on the bus, sorry. It has to be somewhere private, or I'd get in trouble.",
        "contracting",
        "contracting",
    )
    assert verdict.applicable
    assert "your comfort, not theirs" in verdict.rationale
    assert verdict.score <= 3
