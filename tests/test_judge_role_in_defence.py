"""The trainee's role, training or life put forward to excuse or defend them ("I'm new at this",
"I'm trained not to judge", "I've been doing this for years", "a family thing came up") is a
personal fact the rubric names (training, history) used as its self_justifying check describes:
self-disclosure at 2 at most (O's ruling in corpus/README.md). A supervisor reviewing the judge's
feedback found each told "You did not disclose anything about yourself". Fresh examples written
for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score

DOUBT = "You're looking at me like I'm mad. You think I'm making it up, don't you?"
COMPLAINT = "You didn't turn up on Thursday. I sat in that waiting room for half an hour."


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (DOUBT, "Not at all. I'm a counsellor, I've been trained not to judge people."),
        (DOUBT, "Honestly, I've been doing this for years, I believe you."),
        (COMPLAINT, "I'm so sorry, I'm still new to this and I mixed up the rota."),
        (COMPLAINT, "Really sorry, I had a family emergency that morning. Anyway, how's the week?"),
    ],
)
def test_a_role_or_life_offered_in_defence_is_a_self_justifying_disclosure(
    client: str, response: str
) -> None:
    verdict = _score(DI, client, response, None, "self_disclosure")
    assert verdict.applicable
    assert verdict.score <= 2
    assert "excuse or defend you" in verdict.rationale
    assert verdict.checks.get("self_justifying") is True


def test_near_miss_asked_how_long_they_have_practised_the_answer_defends_nothing() -> None:
    client = "How long have you been doing this job, if you don't mind me asking?"
    verdict = _score(
        DI,
        client,
        "I've been doing this for eight years now. What made you wonder?",
        "self_disclosure",
        "self_disclosure",
    )
    assert verdict.applicable
    assert "excuse or defend you" not in verdict.rationale
