"""What a trainee is told to try when the moment invited the skill and the reply did not use it:
the example fits the marker this moment has (a remark about the trainee, a complaint, a question
about them), not always a silence; and the disclosure hint claims no history the trainee may not
have. A supervisor's review found "I notice you went quiet just now" offered after a remark and
after a complaint, and "I've been through something like that too" scripted for everyone."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score


@pytest.mark.parametrize(
    ("client", "hint"),
    [
        ("You must think I'm pathetic, going on about a cat.", "said something about you"),
        ("Last week you said I was overthinking it. That really stuck with me.", "strained"),
        ("Do you have a big family yourself?", "asking me that"),
        ("...", "something shifted"),
    ],
)
def test_the_immediacy_hint_fits_the_marker(client: str, hint: str) -> None:
    verdict = _score(DI, client, "Tell me more about the weekend.", "immediacy", "immediacy")
    assert not verdict.applicable
    assert verdict.suggestion and hint in verdict.suggestion
    assert "went quiet" not in verdict.suggestion


def test_the_disclosure_hint_claims_no_history() -> None:
    client = "Does everyone feel like this after a break-up, or is it just me?"
    verdict = _score(DI, client, "What's been hardest?", "self_disclosure", "self_disclosure")
    assert not verdict.applicable and verdict.suggestion
    assert "been through" not in verdict.suggestion
    assert "Declining warmly is a fair choice" in verdict.suggestion


def test_the_past_tense_is_never_said_to_be_what_worked() -> None:
    # rubric v2: the harm is unresolved or intimate material, not the present tense
    client = "Did you ever lose someone close? Be honest."
    response = "I did, my grandad, years ago. What has it been like for you?"
    verdict = _score(DI, client, response, "self_disclosure", "self_disclosure")
    assert verdict.applicable
    assert "in the past" not in verdict.rationale
