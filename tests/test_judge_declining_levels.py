"""Declining levels held to the rubric's own words (disclosure-immediacy, declining):

1. A cold or curt no ("I don't go into my home life.", "Not one I'll answer.") could score 1, the
   level the rubric keeps for a shaming, punitive or mocking refusal; the rubric puts "cold, curt
   or bureaucratic" at 2. Cold and curt readings now floor the level at 2
   (level_bounds.LEVEL_FLOORS).
2. The rubric's own example of a shaming no, "you know I can't answer that", and "that's an
   inappropriate question" were read as a plain policy (2), not as making the asking wrong (1).
3. A "refusal" that promises the answer later leaves the door open: level 1 at most.
4. A no in the trainee's own going-on words ("I won't be answering that", "not one I'll
   answer", "I'll pass on that one") was no decline at all.

Found by the third round of self-disclosure and declining play; every example here is fresh.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
ASKED = Moment(
    client_line="Do you have a boyfriend? You never say anything about yourself.",
    invites="self_disclosure",
)


def declining(response: str) -> int | None:
    result = score_response(DI, ASKED, response).criteria["declining"]
    return result.score if result.applicable else None


@pytest.mark.parametrize(
    "response",
    [
        "I don't talk about my home life here.",
        "Not one I'll answer.",
        "That's private, so I'll pass. Is it on your mind a lot?",
    ],
)
def test_a_cold_or_curt_no_is_level_two_not_one(response: str) -> None:
    level = declining(response)
    assert level is not None
    assert 2 <= level <= 3


@pytest.mark.parametrize(
    "response",
    [
        "You know I can't answer that.",
        "That's a really inappropriate question to ask me.",
        "you know i'm not allowed to discuss that lol",
    ],
)
def test_making_the_asking_wrong_is_level_one(response: str) -> None:
    assert declining(response) == 1


def test_a_no_that_promises_the_answer_later_is_level_one() -> None:
    assert declining("Maybe I'll tell you once we've finished our sessions!") == 1


def test_near_miss_a_warm_decline_with_a_reason_and_curiosity_scores_high() -> None:
    level = declining(
        "Fair question. I keep my own relationships out of here so the hour stays yours. I "
        "wonder what it would mean to you to know?"
    )
    assert level is not None
    assert level >= 4


@pytest.mark.parametrize(
    "response",
    ["I'm not answering that one, sorry.", "That one I'll skip.", "I'll pass on this question."],
)
def test_a_no_in_going_on_words_is_a_decline(response: str) -> None:
    assert declining(response) is not None


def test_near_miss_passing_on_a_message_declines_nothing() -> None:
    assert declining("I'll pass on your message to the office, and yes, she's lovely.") is None
