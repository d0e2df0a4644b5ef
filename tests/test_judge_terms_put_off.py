"""Terms put off to the supervisor or to later are not terms set out.

Asked who hears about the sessions, "That's a good question for my supervisor. Can I check with
her and come back to you next week?" leaves the client not knowing: the contracting rubric's
level 2 (the terms left vague). The judge had quoted "supervisor" as a term set out and scored
4. Saying how supervision works ("I talk to my supervisor about our sessions") is a term, and
"I'll take it to my supervisor and record it" is a sanction, not a deferral. Fresh examples
written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

WHO_IS_TOLD = "Does anyone else get told what I say in here? My GP, my work?"


@pytest.mark.parametrize(
    "response",
    [
        "Good question. Let me run that by my supervisor and I'll let you know next time.",
        "That's a fair question for my supervisor, actually. Can I ask with her and get back to "
        "you on it?",
    ],
)
def test_terms_put_off_are_vague(response: str) -> None:
    verdict = _score(RB, WHO_IS_TOLD, response, "contracting", "contracting")
    assert verdict.applicable and verdict.score <= 2
    assert "puts the terms off to later" in verdict.rationale


def test_how_supervision_works_is_a_term() -> None:
    verdict = _score(
        RB,
        WHO_IS_TOLD,
        "Your GP and your work aren't told anything unless I'm worried about your safety, and I'd "
        "talk that through with you first. I talk to my supervisor about our sessions, without "
        "your name. How does that sit with you?",
        "contracting",
        "contracting",
    )
    assert verdict.applicable and verdict.score >= 4
    assert "puts the terms off" not in verdict.rationale
