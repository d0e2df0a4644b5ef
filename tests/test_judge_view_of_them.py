"""The client asking how the trainee sees them, or how far apart the two of them are, is the
rubric's marker ("a question or remark, spoken or implied, about the trainee's reaction to the
client, view of them or attention now"): a reply that answers it, reassures about it or asks what
it means is immediacy in play. Fresh examples written for this file, none a line of any labelled
set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score
from roleplay.domain.moment import Moment
from roleplay.offline.cues import read_cues
from roleplay.offline.immediacy_remarks import asks_about_trainee


@pytest.mark.parametrize(
    "client",
    [
        "Before I say it, I need to know you won't judge me.",
        "You're judging me right now, I can tell.",
        "Will you think less of me if I tell you the rest?",
        "Be honest, are you shocked?",
        "Does that disgust you?",
        "I just need to know how different we are before I go on.",
        "How could you possibly understand? You've never been inside.",
        "Can you even relate to any of this, at your age?",
        "I bet you sit there thinking I'm a lost cause.",
        "You must be looking down on me now.",
    ],
)
def test_the_trainees_view_of_them_asked_is_a_remark_about_the_trainee(client: str) -> None:
    assert asks_about_trainee(client)


@pytest.mark.parametrize(
    "client",
    [
        "My dad judges me for everything.",
        "Can you understand what I mean, or shall I say it again?",
        "The neighbours look down on us because of the car.",
        "The judge gave him two years.",
    ],
)
def test_judging_and_understanding_elsewhere_are_not(client: str) -> None:
    assert not asks_about_trainee(client)


def test_a_reply_that_takes_up_the_question_of_judgement_is_immediacy() -> None:
    verdict = _score(
        DI,
        "Will you think less of me if I tell you the rest?",
        "No, I won't think less of you. I'm wondering what makes you brace for that with me.",
        "immediacy",
        "immediacy",
    )
    assert verdict.applicable and verdict.score >= 3


@pytest.mark.parametrize(
    ("client", "remark"),
    [
        ("You must be sick of me by now.", True),
        ("Honestly, you saved my life.", True),
        ("Will you think less of me?", True),
        ("Do you think about me between sessions?", False),  # a question about the two of them
        ("My sister never listens to me.", False),
    ],
)
def test_a_remark_about_the_trainee_is_a_cue_the_heads_read(client: str, remark: bool) -> None:
    # the fitted heads see it as cue.remark, beside the relationship question
    assert read_cues(Moment(client_line=client)).remark is remark
