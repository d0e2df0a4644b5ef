"""Terms answered by pointing at the paperwork are the contracting rubric's level 2.

"It was in the leaflet", "It's in the agreement you signed", "set out in section 4 of the leaflet"
send the client to a document instead of telling them (every such development line is labelled
2); the judge had scored them 3, "You set out the terms", with no fault named, and tried in the
app, "Yes, I'm a trainee. It was all in the leaflet you were given, so you should have read it."
scored contracting 3. Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

EMPLOYER = "Will my employer find out what I say here? They're paying for it."


@pytest.mark.parametrize(
    "response",
    [
        "That's all set out in section 3 of the leaflet.",
        "No. It's on the consent form, which you signed at the start.",
        "Your employer is told you attend, nothing more. It was in the information sheet, so you "
        "should have read it.",
    ],
)
def test_the_paperwork_pointed_at_is_level_two_and_said(response: str) -> None:
    verdict = _score(RB, EMPLOYER, response, "contracting", "contracting")
    assert verdict.applicable and verdict.score <= 2
    assert "points them to the paperwork" in verdict.rationale
    assert "rather than sending them to the leaflet" in (verdict.suggestion or "")


def test_terms_told_in_full_are_not_pointing_at_paperwork() -> None:
    verdict = _score(
        RB,
        EMPLOYER,
        "They're told only that you're attending, never what you say, unless I were worried "
        "about your safety, and I'd talk to you first. Does that answer it?",
        "contracting",
        "contracting",
    )
    assert verdict.applicable and verdict.score >= 4
    assert "points them to the paperwork" not in verdict.rationale
