"""Feedback must not ask for what the reply already did. A supervisor reviewing the judge's
feedback found "the terms are told, not agreed" after a reply that ended "Would that do?", and a
boundary told to give a reason about the client's care after "so your therapy never turns up in
anyone's feed". Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score


def test_would_that_do_checks_the_terms_with_the_client() -> None:
    verdict = _score(
        RB,
        "If you have to cancel again, can you just text me yourself? The office is so slow.",
        "That's fair, you should hear sooner. It won't be from my own phone, but the office will "
        "ring you as soon as a cancellation is known and offer another time that week. Would "
        "that do?",
        "contracting",
        "contracting",
    )
    assert verdict.applicable
    assert "told, not agreed" not in verdict.rationale
    assert verdict.checks.get("seeks_consent") is True


def test_the_clients_privacy_given_as_the_reason_is_a_reason_about_their_care() -> None:
    verdict = _score(
        RB,
        "Can I follow you on Instagram? I follow all my friends.",
        "I don't follow anyone I see here, so your counselling stays off everyone's feed. What "
        "made you want to?",
        "boundary",
        "boundary",
    )
    assert verdict.applicable
    assert verdict.checks.get("care_rationale") is True
    assert "give a reason" not in (verdict.suggestion or "").lower()
