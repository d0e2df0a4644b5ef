"""A question or remark about the trainee's reaction is a marker, and any answer to it is
immediacy (rubric disclosure-immediacy, applies_when; X's convention pass in corpus/README.md).

Fresh examples, written for this file. The client asks or remarks, in many words, about the
trainee's reaction to them, view of them or attention now, or apologises as a burden; a brief
answer ("Not even close", "Ha, no, you're fine"), a reassurance ("Don't worry about it") or the
trainee's own state owned ("Sorry, I was miles away") is in play and scores in the middle, not 4
or 5: it asks nothing of the client's view. A reply that leaves the remark untouched (the
client's sister, the interview) is not immediacy, and neither is a plain "No" where the client's
line was about someone else.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.immediacy_remarks import asks_about_trainee
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric

REMARKS = [
    "Did you just roll your eyes at me?",
    "You look miles away today.",
    "I bet you can't wait for me to leave.",
    "Sorry, I'm going on and on at you again.",
    "I've talked your ear off, haven't I.",
    "You keep sighing. Am I doing your head in?",
    "You'll think I'm an idiot for still caring about him.",
    "Are you still there? You went quiet on me.",
]


@pytest.mark.parametrize("client_line", REMARKS)
def test_the_remark_about_the_trainee_is_read(client_line: str) -> None:
    assert asks_about_trainee(client_line)


@pytest.mark.parametrize(
    "client_line",
    [
        "I can't wait to leave this job.",
        "My sister keeps going on about the wedding.",
        "He looked miles away at dinner.",
        "Sorry about the rain, it's grim out there.",
        "Did you see the match last night?",
    ],
)
def test_the_same_words_about_someone_else_are_not_a_remark_about_the_trainee(
    client_line: str,
) -> None:
    assert not asks_about_trainee(client_line)


def immediacy(client_line: str, response: str):
    moment = Moment(client_line=client_line, invites="immediacy")
    return score_response(DI, moment, response).criteria["immediacy"]


@pytest.mark.parametrize(
    ("client_line", "response"),
    [
        ("Did you just roll your eyes at me?", "No, not at all. Go on."),
        ("Did you just roll your eyes at me?", "Ha, no! You're fine."),
        ("You look miles away today.", "Sorry, I was miles away. Go on."),
        ("I bet you can't wait for me to leave.", "No, I'm with you. I'm listening."),
        ("I've talked your ear off, haven't I.", "Don't worry about it, honestly."),
        ("Sorry, I'm going on and on at you again.", "Ha, no! You're fine."),
    ],
)
def test_a_brief_answer_to_the_remark_is_immediacy_in_the_middle(
    client_line: str, response: str
) -> None:
    result = immediacy(client_line, response)
    assert result.applicable, result.rationale
    assert 2 <= (result.score or 0) <= 3


@pytest.mark.parametrize("client_line", REMARKS[:4])
@pytest.mark.parametrize(
    "response", ["What happened with your sister after that?", "How did the interview go?"]
)
def test_a_reply_that_leaves_the_remark_untouched_is_not_immediacy(
    client_line: str, response: str
) -> None:
    assert not immediacy(client_line, response).applicable


def test_a_plain_no_to_a_line_about_someone_else_is_not_immediacy() -> None:
    assert not immediacy("Did my brother seem annoyed to you at the funeral?", "No.").applicable


def test_an_answer_that_invites_their_view_scores_above_a_brief_one() -> None:
    brief = immediacy("You look miles away today.", "Sorry, I was miles away. Go on.")
    inviting = immediacy(
        "You look miles away today.",
        "You're right, I drifted for a moment, and I'm sorry. I'm here now. What was it like "
        "for you to notice that?",
    )
    assert inviting.applicable and brief.applicable
    assert (inviting.score or 0) > (brief.score or 0)


@pytest.mark.parametrize(
    ("client_line", "invites"),
    [
        ("Do you have kids? Sorry, that's probably too personal.", "self_disclosure"),
        ("It's been a long week. I don't really know where to start.", "restraint"),
    ],
)
def test_immediacy_with_every_mark_of_level_five_is_read_at_any_moment(
    client_line: str, invites: str
) -> None:
    # the moment invited disclosure or restraint, which the head had leant on to turn it down
    response = (
        "I notice you glanced at me and then away just now. I wonder what you imagine I'm "
        "thinking of you right now?"
    )
    result = score_response(DI, Moment(client_line=client_line, invites=invites), response)
    assert result.criteria["immediacy"].applicable
