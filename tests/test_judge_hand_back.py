"""Immediacy: handing back the act of telling the trainee is relationship talk (Hill & Knox
2009: processing an immediacy event); asking what else the client wants to bring to the session
is ordinary agenda-setting, even when it says "for me" or "to me". Fresh examples."""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric

# A client who has just said something they usually keep to themselves.
EXPOSED = Moment(
    client_line="I've never said that out loud before. Not even to my husband.",
    cue="looks at the floor",
    invites="immediacy",
)
ORDINARY = Moment(client_line="Work's been busy and the kids have had colds all week.")


@pytest.mark.parametrize(
    "response",
    [
        "What's it like to tell me this?",
        "How does it feel to have said that to me, here?",
        "What was it like just now, sharing that with me?",
    ],
)
def test_the_act_of_telling_handed_back_is_immediacy(response: str) -> None:
    reading = score_response(DI, EXPOSED, response).criteria["immediacy"]
    assert reading.applicable and reading.score is not None and reading.score >= 3


@pytest.mark.parametrize(
    "response",
    [
        "Any other worries you have for me before we start on that?",
        "Is there anything else you want to bring to me today?",
        "Were there any questions for me about the homework?",
        "Tell me more about the week.",
    ],
)
def test_agenda_questions_are_not_immediacy(response: str) -> None:
    assert not score_response(DI, ORDINARY, response).criteria["immediacy"].applicable
