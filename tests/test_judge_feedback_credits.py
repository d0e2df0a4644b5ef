"""What the feedback credits: a sentence that harms earns no credit for its manner. "I notice you
always ..." is owned and has the words of tentativeness, but a label put on the client is not
made better by them, and a trainee told "What worked: it is tentative" learns the wrong thing.
Fresh examples written for this file."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "So then I made a joke about the funeral flowers, classic me. Ha. Sorry.",
            "I notice you always make jokes to deflect when it gets real. It's a defence.",
        ),
        (
            "Ha, anyway, enough about the divorce. Did you watch the match?",
            "I notice you tend to crack jokes to avoid the painful stuff with me.",
        ),
    ],
)
def test_a_label_on_the_client_earns_no_credit_for_its_manner(client: str, response: str) -> None:
    verdict = _score(DI, client, response, None, "immediacy")
    assert verdict.applicable and verdict.score <= 2
    assert "labels their reaction" in verdict.rationale
    assert "What worked" not in verdict.rationale


def test_owned_tentative_immediacy_is_still_credited() -> None:
    verdict = _score(
        DI,
        "So then I made a joke about the funeral flowers, classic me. Ha. Sorry.",
        "I notice you laughed just then, and I found myself feeling sad. I wonder what it's like "
        "to tell me this part?",
        None,
        "immediacy",
    )
    assert verdict.applicable and verdict.score >= 4
    assert "What worked" in verdict.rationale
