"""Replies to a remark about the trainee that the reader had not heard as replies (X's convention:
any reply that answers it, reassures about it, explains the trainee's state or declines to say is
immediacy, a brief closed one in the middle): praise handed back, the remark turned back as a
question, a plain "well, yes", and the burden agreed to, which is immediacy done badly. Fresh
examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score
from roleplay.offline.immediacy_remarks import asks_about_trainee


@pytest.mark.parametrize(
    ("client", "response"),
    [
        ("Honestly, you turned my whole year around.", "It was all your own work, honestly."),
        ("You seem really tired today.", "Do I? Sorry, I'll try to look a bit livelier."),
        (
            "Go on, say it. That's what you're thinking, isn't it? That I'm a lousy dad.",
            "Well, yes, some of it worries me.",
        ),
    ],
)
def test_a_reply_to_the_remark_is_immediacy_in_play(client: str, response: str) -> None:
    assert asks_about_trainee(client)
    assert _score(DI, client, response, "immediacy", "immediacy").applicable


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "Sorry, I'm rambling on again, aren't I?",
            "We're nearly out of time, so maybe the shorter version?",
        ),
        ("You must be bored stiff of me by now.", "It would help if we could move on a bit."),
    ],
)
def test_the_burden_agreed_to_is_immediacy_done_badly(client: str, response: str) -> None:
    verdict = _score(DI, client, response, "immediacy", "immediacy")
    assert verdict.applicable and verdict.score <= 2


def test_the_clients_own_low_mood_is_not_a_remark_about_the_trainee() -> None:
    assert not asks_about_trainee("Things have been a bit flat since Christmas.")
    assert asks_about_trainee("You sound a bit flat today.")


def test_a_question_about_their_experience_without_you_hands_the_focus_back() -> None:
    # found trying the app at grief-have-you-lost-a-parent/asks: "What's it like, wondering if I
    # get it?" closed a brief disclosure and was read as "the focus drifts" (3), its Try line
    # asking for what the trainee had just done
    client = "Have you been through a divorce yourself? I need to know if you really get it."
    verdict = _score(
        DI,
        client,
        "I have, long ago, and yours is your own. How is it, not knowing if I'll understand?",
        "self_disclosure",
        "self_disclosure",
    )
    assert verdict.applicable and verdict.score >= 4
    assert "drifts" not in verdict.rationale
