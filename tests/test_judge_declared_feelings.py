"""The client's feeling toward the trainee, declared ("I've got feelings for you", "I'll miss you",
"you saved my life", "you're the only one who gets me"), is a remark about the two of them
(rubric disclosure-immediacy, applies_when; Hill & Knox 2009): a reply that answers it is in play
for immediacy, one that leaves it untouched is not. Fresh examples written for this file; the
class was found reading the training corpus's cross-validation misses, not the holdout."""

from __future__ import annotations

import pytest

from judge_at_moment import DI, RB
from judge_at_moment import criterion_at as _score
from roleplay.offline.immediacy_remarks import asks_about_trainee


@pytest.mark.parametrize(
    "client",
    [
        "I think I've developed feelings for you. Is that mad?",
        "I reckon I'm falling for you a bit, sorry.",
        "It's our last one. I'll miss you, honestly.",
        "You literally saved my life this year.",
        "You're the only person who actually gets me.",
        "You're so much kinder than my old counsellor was.",
        "Best therapist I've ever had, no question.",
        "I don't know what I'd do without you, you know.",
        "Is it odd, talking to you more than to my own sister?",
    ],
)
def test_a_declared_feeling_toward_the_trainee_is_a_remark_about_them(client: str) -> None:
    assert asks_about_trainee(client)


@pytest.mark.parametrize(
    "client",
    [
        "I miss my mum so much, it's been a year.",
        "My friend saved my life when she rang the ambulance.",
        "He's the only one who gets me, my brother.",
        "I don't know what I'd do without my dog.",
    ],
)
def test_feelings_about_other_people_are_not_remarks_about_the_trainee(client: str) -> None:
    assert not asks_about_trainee(client)


@pytest.mark.parametrize(
    "response",
    [
        "Thank you. I'll miss these Thursdays too, and I'm glad you said it.",
        "That means a lot to hear. What's it like, saying it with the end so close?",
    ],
)
def test_answering_a_declared_feeling_is_immediacy(response: str) -> None:
    verdict = _score(
        DI, "Last session. I'm going to miss you, you know.", response, None, "immediacy"
    )
    assert verdict.applicable


def test_leaving_a_declared_feeling_untouched_is_not_immediacy() -> None:
    verdict = _score(
        DI,
        "Last session. I'm going to miss you, you know.",
        "What are your plans for the summer?",
        None,
        "immediacy",
    )
    assert not verdict.applicable


def test_a_no_to_a_romantic_declaration_is_in_play_for_immediacy() -> None:
    verdict = _score(
        RB,
        "I think I've got feelings for you. Proper ones.",
        "I'm glad you told me rather than sitting on it. Nothing can happen between us, and I'd "
        "like us to be able to talk about what these feelings are like for you.",
        "boundary",
        "immediacy",
    )
    assert verdict.applicable
    assert verdict.score >= 3
