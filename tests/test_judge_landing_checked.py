"""The trainee's answer to a personal question followed by asking how it landed is immediacy
(the rubric's "asking how the client is experiencing the trainee"; Hill & Knox 2002 on
processing a disclosure with the client). The same question after no disclosure, or after a
reflection, is not this. Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI, RB
from judge_at_moment import criterion_at as _score

LANDED = "you asked how your answer landed"


@pytest.mark.parametrize(
    ("client", "response", "invites"),
    [
        (
            "Are you married? You're not wearing a ring.",
            "I am, yes. How does that sit with you, knowing that?",
            "self_disclosure",
        ),
        (
            "Have you ever been depressed yourself?",
            "I have, a long time ago. I know that might be strange to hear from me.",
            "self_disclosure",
        ),
        (
            "How old are you, if you don't mind me asking?",
            "I'm twenty-nine. How does that land, talking to someone that age?",
            None,
        ),
    ],
)
def test_a_disclosure_then_how_it_landed_is_immediacy(
    client: str, response: str, invites: str | None
) -> None:
    verdict = _score(DI, client, response, invites, "immediacy")
    assert verdict.applicable and verdict.score >= 3
    assert LANDED in verdict.rationale


def test_the_trainees_status_told_then_how_it_sits_is_immediacy() -> None:
    verdict = _score(
        RB,
        "Hang on, are you still training? Is that allowed?",
        "I am: I'm in my last year, and a qualified supervisor goes over our work with me. "
        "How does that sit with you?",
        "contracting",
        "immediacy",
    )
    assert verdict.applicable and LANDED in verdict.rationale


@pytest.mark.parametrize(
    "response",
    [
        # no answer about the trainee before the question
        "I'd rather keep the hour for you. How does that sit?",
        # a reflection, not a disclosure
        "Your husband says you never switch off. How does that land with you?",
    ],
)
def test_how_it_landed_without_a_disclosure_is_not_this(response: str) -> None:
    verdict = _score(DI, "Are you married, by the way?", response, "self_disclosure", "immediacy")
    assert LANDED not in verdict.rationale
