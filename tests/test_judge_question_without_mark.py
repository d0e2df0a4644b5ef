"""A question typed in a hurry without its question mark still asks the client's view.

"ok thats fair, i jumped in... sorry. what was it like hearing it from me" ends on a question;
the judge had told the trainee "it tells rather than asks the client's view" (and kept immediacy
a point lower) because only a "?" counted. Fresh examples written for this file, none a line of
any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

COMPLAINT = "Last week you told me to just 'be more assertive' with my boss. Like it's that easy."


@pytest.mark.parametrize(
    "response",
    [
        "ur right, i made it sound easy and it isnt. sorry. how did it feel when i said that",
        "fair, that was too quick of me. what was it like hearing it from me",
    ],
)
def test_an_unmarked_question_is_an_invitation(response: str) -> None:
    verdict = _score(RB, COMPLAINT, response, "rupture_repair", "immediacy")
    assert verdict.applicable
    assert "tells rather than asks" not in verdict.rationale
    repair = _score(RB, COMPLAINT, response, "rupture_repair", "rupture_repair")
    assert "you invited their experience" in repair.rationale


def test_a_statement_is_still_no_invitation() -> None:
    verdict = _score(
        RB,
        COMPLAINT,
        "I'm sorry I made it sound easy when it isn't.",
        "rupture_repair",
        "rupture_repair",
    )
    assert "you invited their experience" not in verdict.rationale
