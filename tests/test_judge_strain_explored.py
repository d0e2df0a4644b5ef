"""A repair that explores the strain is read as one, with the words that did it quoted.

Asking what made it hard to say, what would have made the session better, whether the trainee
made it sound a certain way, or what the client imagines goes on in the trainee, and welcoming
the complaint ("I'd rather you told me"), are the stages of repair the rubric names (Safran &
Muran 2000; Eubanks' 3RS: exploring the rupture and what made it hard to raise). The reader had
found no repair in such replies: a fine repair was told the judge "reads the skill in the reply
as a whole... without a phrase it can point to", and its level came from word counts alone.
Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

LUKEWARM = "Honestly? I'd give today maybe a five. It was okay."
NOTES = "You were scribbling the whole time I talked about Mum. It put me right off."
PERSONAL = "How old are you, anyway? Have you got kids? I'm only asking."
NO_PHRASE = "without a phrase it can point to"


@pytest.mark.parametrize(
    ("client", "response", "quoted"),
    [
        (LUKEWARM, "Thanks for being straight. What would have made it a seven?", "seven"),
        (
            NOTES,
            "I'd much rather you told me than sat on it. What made it hard to say until now?",
            "What made it hard to say",
        ),
        (
            NOTES,
            "The notes can wait. Did I make it feel like I wasn't listening to you?",
            "Did I make it feel",
        ),
        (
            NOTES,
            "I want to know how that was for you, watching me write while you talked about her.",
            "I want to know how",
        ),
    ],
)
def test_exploring_the_strain_is_read_and_quoted(client: str, response: str, quoted: str) -> None:
    verdict = _score(RB, client, response, "rupture_repair", "rupture_repair")
    assert verdict.applicable
    assert verdict.score >= 4
    assert NO_PHRASE not in verdict.rationale
    assert "invited their experience" in verdict.rationale
    assert quoted in verdict.rationale


def test_the_question_is_quoted_as_the_invitation_not_the_welcome_before_it() -> None:
    verdict = _score(
        RB,
        NOTES,
        "I'd rather you said so than kept it to yourself. What was it like, watching me write?",
        "rupture_repair",
        "rupture_repair",
    )
    assert "you validated their reaction" in verdict.rationale
    assert "(+" in verdict.rationale and "What was it like, watching me write?" in verdict.rationale


def test_near_miss_asking_why_they_want_to_know_is_not_repair() -> None:
    # a personal question turned back is declining, not the exploration of a strain
    verdict = _score(
        RB,
        PERSONAL,
        "I'd rather keep the focus on you, if that's okay. What made you want to know?",
        "declining",
        "rupture_repair",
    )
    assert not verdict.applicable
