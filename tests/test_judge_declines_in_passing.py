"""A personal question turned down in passing, or by handing the hour back, is a decline.

The rubric scores any reply that does not answer a question about the trainee's life as
declining, warm or cold. The judge had said "You did not decline their question (you answered
it, or stepped past it)" to declines said in passing ("That's not really something I'll get
into", "It's not my place to tell you what to do"), to a question put aside with no reason
("Maybe another day", "Does it matter where I'm from?") and to the hour handed back in place of
an answer ("im fine thanks - this is ur time tho"). An answer with "back to you" after it is
still an answer. Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score

KIDS = "Do you have kids yourself? You're good with this stuff."
IF_YOU_WERE_ME = "If you were me, would you take the job in Leeds? Just tell me what you'd do."
ALRIGHT = "Are you alright yourself? You look shattered today, honestly."
ACCENT = "Where are you from, with that accent? Sorry, is that nosy?"


@pytest.mark.parametrize(
    "client, response",
    [
        (KIDS, "That's not really something I'll get into. Let's stay with you."),
        (KIDS, "That's about me, and today is about you. What's made you wonder?"),
        (IF_YOU_WERE_ME, "It's not my place to tell you what to do. Which way are you leaning?"),
        (IF_YOU_WERE_ME, "i dont think what id do would help, its ur life. what does ur gut say?"),
        (
            IF_YOU_WERE_ME,
            "i cant really answer that one, but i can hear how stuck u are. whats hardest?",
        ),
        (KIDS, "I'm going to stop my part of the story there; this hour's for you. Where were we?"),
    ],
)
def test_a_decline_in_passing_is_read(client: str, response: str) -> None:
    verdict = _score(DI, client, response, "declining", "declining")
    assert verdict.applicable and verdict.score >= 3
    assert "You did not decline" not in verdict.rationale


@pytest.mark.parametrize(
    "client, response",
    [
        (KIDS, "Maybe another day. What made you ask?"),
        (ACCENT, "Does it matter where I'm from?"),
        ("How old are you, if you don't mind me asking?", "Does it matter? I'm fully qualified."),
    ],
)
def test_a_question_put_aside_without_a_reason_is_a_low_decline(client: str, response: str):
    verdict = _score(DI, client, response, "declining", "declining")
    assert verdict.applicable and verdict.score <= 3
    assert "turns the question aside" in verdict.rationale


def test_the_hour_handed_back_is_a_decline_by_redirection() -> None:
    # (at the moment for restraint where a client looks after the trainee, as the scenes put it)
    verdict = _score(
        DI,
        ALRIGHT,
        "im fine thanks - this is ur time tho. hows the week been?",
        "restraint",
        "declining",
    )
    assert verdict.applicable
    assert "you turned the hour back to them" in verdict.rationale


def test_an_answer_then_back_to_you_is_still_an_answer() -> None:
    verdict = _score(DI, KIDS, "Yes, two girls. Anyway, back to you.", "declining", "declining")
    assert not verdict.applicable
