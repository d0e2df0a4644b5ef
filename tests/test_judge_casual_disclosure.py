"""Casual and elliptical self-disclosure is disclosure; courtesies and empathy are not.

Fresh examples written for this test (Hill's definition: any statement revealing something
personal about the helper, however brief). None is a corpus line or a shipped exemplar.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.domain.session import Evaluation
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric


def disclosed(client_line: str, response: str, invites: str | None = None) -> bool:
    evaluation: Evaluation = score_response(
        DI, Moment(client_line=client_line, invites=invites), response
    )
    return evaluation.criteria["self_disclosure"].applicable


@pytest.mark.parametrize(
    ("client_line", "response"),
    [
        # me-too statements
        ("I always freeze when the phone rings.", "Same here, to be honest. Who rings the most?"),
        ("Job interviews make me shake.", "Me too, honestly. What happens in your body?"),
        (
            "I hate the drive to my in-laws.",
            "So do I, mine are three hours away. How long's yours?",
        ),
        ("I keep replaying that argument.", "I know the feeling. Which bit comes back most?"),
        ("Failing my driving test twice was humiliating.", "Been there myself. What went wrong?"),
        (
            "My cat hid under the bed for a week after we moved.",
            "I had a cat just like that. Did she come round?",
        ),
        # facts of one's life without "I" as the subject, or as a bare number
        (
            "My daughter won't talk to me.",
            "Being a mum myself, that silence sounds awful. When did it start?",
        ),
        (
            "Everyone at the wedding asked when we'd have kids.",
            "Married eight years, and I still get asked. What did you say?",
        ),
        ("How old are you, if that's okay to ask?", "Thirty-one. Does it matter to you?"),
        ("What's your first name? I never caught it.", "Priya. What made you ask now?"),
        (
            "I'm worried I'm too old to retrain.",
            "I'm 52 and started my degree last year. What draws you to it?",
        ),
    ],
)
def test_casual_disclosures_count_as_disclosure(client_line: str, response: str) -> None:
    assert disclosed(client_line, response)


@pytest.mark.parametrize(
    ("client_line", "response"),
    [
        # courtesies of the helping role
        ("How are you doing today?", "I'm good, thanks. How has your week been?"),
        ("Thanks for today, it helped.", "Glad to help. Same time next week?"),
        ("Thanks for today, it helped.", "I love hearing that. What helped most?"),
        ("Sorry for going on.", "Not at all, that's what this time is for."),
        # empathy about the client's experience
        ("My brother died in March.", "I can only imagine how hard these months have been."),
        (
            "I've been up with the baby every night.",
            "That sounds exhausting. How are you holding up?",
        ),
        # look-alikes: not a me-too, not a fact about oneself
        ("I messed up again.", "That's not the same as being a failure. What happened?"),
        ("How old are you?", "Old enough! But I'm curious what's behind the question."),
        ("It helps when someone just listens.", "Talking helps me understand you too. Go on."),
    ],
)
def test_courtesies_and_empathy_are_not_disclosure(client_line: str, response: str) -> None:
    assert not disclosed(client_line, response)


def test_the_rationale_quotes_the_casual_words() -> None:
    evaluation = score_response(
        DI,
        Moment(client_line="I get so nervous before exams.", invites="self_disclosure"),
        "Same here, I used to be sick before every one. What helps you?",
    )
    result = evaluation.criteria["self_disclosure"]
    assert result.applicable
    assert result.evidence and any("Same here" in quote for quote in result.evidence)


@pytest.mark.parametrize(
    "response",
    [
        "I'd rather not go into my own family, if that's okay. What's on your mind about yours?",
        "I'm going to keep my marriage out of it, so this stays about you.",
    ],
)
def test_declining_to_talk_about_ones_life_is_not_disclosing_it(response: str) -> None:
    assert not disclosed("Do you have a family of your own?", response)


def test_a_decline_beside_a_disclosure_still_discloses() -> None:
    assert disclosed(
        "Have you ever lost anyone?",
        "I won't go into the details, but I lost my brother when I was young. What's it been "
        "like for you?",
    )


@pytest.mark.parametrize(
    ("client_line", "response", "expected"),
    [
        # Status and identity are disclosures however briefly said (Henretty & Levitt 2010).
        ("Are you even married? Do you get it?", "I'm divorced, as it happens. Say more?", True),
        (
            "You can't know what it's like to come out at forty.",
            "I'm straight, so help me understand what it was like for you.",
            True,
        ),
        (
            "I bet you've got a lovely family.",
            "I'm single, actually. What made you think of that?",
            True,
        ),
        # The same words not about the helper's life.
        ("Should we go for the bigger flat?", "I'm not married to the idea either way.", False),
    ],
)
def test_status_and_identity_are_disclosures(
    client_line: str, response: str, expected: bool
) -> None:
    assert disclosed(client_line, response) is expected
