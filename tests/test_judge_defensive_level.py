"""Relationship talk that defends or explains, with no blame in it, is immediacy level 2.

The rubric's level 2 names "defensive or explaining, a lecture about the therapy"; level 1 is
"accusatory, labelling or shaming", a retaliation, the trainee's own need. The judge had read
every defence as harm and scored it 1 ("I'm only doing my job" beside "you're being resistant"):
of the development lines labelled 1 or 2 where it found a defence, 65 of 81 were labelled 2.
A defence with a charge against the client in it stays at 1. Fresh examples written for this
file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score

NOT_LISTENING = "You were miles away just then. Are you even listening to me?"


@pytest.mark.parametrize(
    "response",
    [
        "That's not what I said at all. I'm just doing my job.",
        "You misheard me. I was listening the whole time.",
    ],
)
def test_a_defence_alone_is_level_two(response: str) -> None:
    verdict = _score(DI, NOT_LISTENING, response, "immediacy", "immediacy")
    assert verdict.applicable
    assert verdict.score == 2
    assert "defends you" in verdict.rationale


def test_near_miss_a_defence_with_a_charge_against_the_client_stays_at_one() -> None:
    verdict = _score(
        DI,
        NOT_LISTENING,
        "You misheard me. Frankly, you're being very difficult today.",
        "immediacy",
        "immediacy",
    )
    assert verdict.applicable
    assert verdict.score == 1


@pytest.mark.parametrize(
    "response",
    [
        # transactional: the closeness he offered turned into a fee
        "Well, I'm paid to listen, so.",
        # a rebuke of his concern for the trainee
        "Don't worry about me, I'm the counsellor here, not you.",
        # the silence put on him
        "I can't help you if you won't talk to me.",
    ],
)
def test_a_cold_defence_or_blame_is_level_one(response: str) -> None:
    verdict = _score(DI, NOT_LISTENING, response, "immediacy", "immediacy")
    assert verdict.applicable
    assert verdict.score == 1


def test_a_defence_read_at_a_strain_is_named_in_immediacy_too() -> None:
    # the rupture reader's explanation at the strain is the immediacy reading's defence: named,
    # with its fix, not "Finish with an invitation"
    from judge_at_moment import RB

    verdict = _score(
        RB,
        "Every time I talk you scribble something down. What are you writing about me?",
        "Don't worry, it's required by the placement.",
        "rupture_repair",
        "immediacy",
    )
    assert verdict.applicable and verdict.score == 2
    assert "defends you" in verdict.rationale
    assert verdict.suggestion and "Finish with an invitation" not in verdict.suggestion


def test_relationship_talk_in_place_of_answering_the_terms_is_a_dodge() -> None:
    # asked who hears about them, the trainee only notices the client's manner: the question
    # about the terms is stepped around (the ruling on dodges: immediacy at most 3)
    from judge_at_moment import RB

    verdict = _score(
        RB,
        "Hang on, is this being recorded? And who gets to listen to it?",
        "I notice you've gone very still. I wonder what's happening for you right now, with me?",
        "contracting",
        "immediacy",
    )
    assert verdict.applicable and verdict.score <= 3
    assert "instead of answering" in verdict.rationale
