"""A rule that trails off into a yes is a hedged grant, whichever sentence the yes is in.

"I'm not really supposed to... maybe just for cancellations, then? But only if it's urgent."
gives the client the trainee's WhatsApp: the boundary rubric's level 1 (a hedged yes). The
sentence split at the dots left the rule and the yes in different sentences, and the judge
scored 3 with no reason it could quote. Fresh examples written for this file, none a line of
any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

TEXT_ME = "Could I just text your own phone if I'm running late? The office never picks up."


@pytest.mark.parametrize(
    "response",
    [
        "We're not really meant to... maybe just in an emergency, then?",
        "Hmm, I'm not supposed to. But only if it's urgent, okay?",
    ],
)
def test_a_yes_after_the_rule_is_a_hedged_grant(response: str) -> None:
    verdict = _score(RB, TEXT_ME, response, "boundary", "boundary")
    assert verdict.applicable and verdict.score <= 2
    assert "a yes with a hedge" in verdict.rationale


def test_a_refusal_with_the_office_offered_is_no_grant() -> None:
    verdict = _score(
        RB,
        TEXT_ME,
        "I'm not going to give you my own number, so that one's a no. The office line takes "
        "messages for lateness, and I'll always check it before we start.",
        "boundary",
        "boundary",
    )
    assert verdict.applicable and verdict.score >= 3
    assert "a yes with a hedge" not in verdict.rationale
