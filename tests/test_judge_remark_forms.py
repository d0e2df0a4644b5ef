"""More of the ways a client remarks on the trainee or the two of them (Hill 2020: the client's
comment on the helper is a marker for immediacy; rubric disclosure-immediacy, applies_when): the
trainee as the only one who bears with them, thanks for putting up with them, an apology for
their own verdict on the sessions, the room as the one place to speak. A reply that takes the
remark up is immediacy in play; a question about the next appointment invites no view of the
relationship. Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score
from roleplay.offline.immediacy_remarks import asks_about_trainee


@pytest.mark.parametrize(
    "client",
    [
        "You're the only one who doesn't really seem to mind me going quiet.",
        "Thanks for putting up with me, honestly.",
        "Maybe a four, for today. Sorry, that sounds harsh.",
        "This room is the only place where I can say it out loud.",
        "Nobody at work asks how I'm doing. Except you.",
    ],
)
def test_the_remark_about_the_trainee_is_heard(client: str) -> None:
    assert asks_about_trainee(client)


@pytest.mark.parametrize(
    "client",
    [
        "My sister's the only one who understands my mum.",
        "Work was awful this week, sorry, it was a bad one.",
        "Everyone came to the funeral except my dad.",
        "They all put up with him for years.",
    ],
)
def test_the_same_words_about_their_life_are_not_a_remark(client: str) -> None:
    assert not asks_about_trainee(client)


@pytest.mark.parametrize(
    ("client", "response", "invites"),
    [
        ("Thanks for putting up with me all these months.", "It's been no hardship.", None),
        (
            "Thanks for putting up with me all these months.",
            "It's been no hardship, honestly.",
            "immediacy",
        ),
        (
            "Maybe a four, for today. Sorry, that sounds harsh.",
            "Please don't apologise, a four tells me something useful.",
            None,
        ),
        (
            "Maybe a four, for today. Sorry, that sounds harsh.",
            "Please don't apologise, a four tells me something useful.",
            "immediacy",
        ),
        # (a bare "I don't mind" at a moment that invites nothing is left to the fitted head)
        (
            "You're the only one who doesn't seem to mind me crying.",
            "I don't mind at all.",
            "immediacy",
        ),
    ],
)
def test_a_reply_that_takes_the_remark_up_is_in_play(
    client: str, response: str, invites: str | None
) -> None:
    verdict = _score(DI, client, response, invites, "immediacy")
    assert verdict.applicable and 2 <= verdict.score <= 4


def test_a_question_about_the_next_appointment_invites_no_view_of_the_relationship() -> None:
    client = "If I'm honest, a six. Sorry, that sounds bad. It's probably just me."
    verdict = _score(
        DI, client, "No worries. So we're still on for Thursday?", "immediacy", "immediacy"
    )
    assert "invites the client's view" not in verdict.rationale
    assert not verdict.applicable or verdict.score <= 3


def test_the_story_led_back_to_leaves_the_remark_untouched() -> None:
    client = "Sorry, I've talked your ear off again. You must have someone after me."
    response = "You were telling me about the move. What happened when the van came?"
    assert not _score(DI, client, response, None, "immediacy").applicable
