"""Immediacy is talk about the two people in the room now; invitations to go on are not.

Fresh examples written for this test (Hill's immediacy; Safran & Muran's metacommunication),
none of them a corpus line or a shipped exemplar. The moments name no invitation, as in
ordinary helping talk, so the words alone must carry the reading.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric


def immediacy(client_line: str, response: str) -> bool:
    evaluation = score_response(DI, Moment(client_line=client_line), response)
    return evaluation.criteria["immediacy"].applicable


@pytest.mark.parametrize(
    ("client_line", "response"),
    [
        # what is happening between the two of them
        (
            "Whatever. Let's just do the worksheet.",
            "Something shifted between us just then. Could we stay with it a moment?",
        ),
        # how the client experiences the helper and the sessions
        ("It's hard to explain.", "What's it like for you, telling me this?"),
        ("I suppose it's going okay.", "How have you been finding our sessions, honestly?"),
        ("You asked that last week too.", "How do I come across when I ask you that?"),
        # the helper's own feeling toward the client, as it arises
        (
            "(laughs) It's fine, it's fine.",
            "I notice I'm feeling a bit sad as you laugh that off. What's that like to hear?",
        ),
        (
            "Sorry, I'm rambling.",
            "Just now, as you spoke, I found myself really wanting to hear the rest.",
        ),
        # the helper's part in what just happened
        (
            "Okay. Fine. I'll try the breathing thing.",
            "I think I rushed you toward the exercise. Was that how it felt?",
        ),
    ],
)
def test_here_and_now_relationship_talk_is_immediacy(client_line: str, response: str) -> None:
    assert immediacy(client_line, response)


@pytest.mark.parametrize(
    ("client_line", "response"),
    [
        ("My dad's back in hospital.", "Talk to me. When did he go in?"),
        ("My dad's back in hospital.", "Tell me more about what the doctors said."),
        ("I've had the worst week.", "I'm here for you. What's been the hardest bit?"),
        ("I've had the worst week.", "I'm listening, take all the time you need."),
        ("I've had the worst week.", "You can always talk to me about it."),
        (
            "My flatmate leaves notes on the fridge.",
            "I wonder what it's like when your flatmate leaves those notes.",
        ),
        (
            "My flatmate leaves notes on the fridge.",
            "Thanks for sharing that. How long has it been going on?",
        ),
    ],
)
def test_ordinary_invitations_are_not_immediacy(client_line: str, response: str) -> None:
    assert not immediacy(client_line, response)


def test_the_rationale_quotes_the_here_and_now_words() -> None:
    result = score_response(
        DI,
        Moment(client_line="Forget it. It doesn't matter."),
        "It feels like something just happened between us. Can we look at it together?",
    ).criteria["immediacy"]
    assert result.applicable
    assert any("between us" in quote for quote in result.evidence)


@pytest.mark.parametrize(
    ("client_line", "response"),
    [
        ("Oh great, another question. Brilliant.", "There's no need to be so snippy with me."),
        (
            "(laughing) Anyway, he left me at the station.",
            "It bothers me when you laugh at things like that.",
        ),
    ],
)
def test_rebuking_the_client_in_the_room_is_immediacy_done_badly(
    client_line: str, response: str
) -> None:
    result = score_response(DI, Moment(client_line=client_line), response).criteria["immediacy"]
    assert result.applicable and result.score is not None and result.score <= 2
