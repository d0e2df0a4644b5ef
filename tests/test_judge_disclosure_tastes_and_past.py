"""A taste of one's own and a past event told plainly are disclosures (fresh examples, written for
this file; the classes were found reading the ESConv development sets' missed disclosures).

Rubric v2 counts low-intimacy facts of the helper's life as disclosure: a taste ("I love hill
walking", "I do like a good thriller") and a past event told in the simple past ("I finally
went back to college", "I just got tired of arguing"). Both had been read as weak signs, which
the head turned down. A liking for the work, the client or what they said ("I love helping
people", "I like that idea", "I love the way you put that"), and the helping role's own past
("I noticed you went quiet", "I checked with the clinic", "I rushed you there") tell no life.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
COMMUTE = Moment(client_line="The commute is killing me. Two hours each way, every day.")


def disclosure(response: str):
    return score_response(DI, COMMUTE, response).criteria["self_disclosure"]


@pytest.mark.parametrize(
    "response",
    [
        "I love hill walking, honestly, it clears my head.",
        "I really enjoy a long train journey with a book.",
        "I do like a quiet carriage in the mornings.",
        "I just got tired of the driving, so the car went.",
        "I personally enjoyed the quiet of the early train.",
        "I travelled three hours a day for a year once, it wore me down.",
    ],
)
def test_a_taste_or_a_past_event_of_ones_own_is_a_disclosure(response: str) -> None:
    result = disclosure(response)
    assert result.applicable, result.rationale


@pytest.mark.parametrize(
    "response",
    [
        "I love helping people get their time back.",
        "I like that idea a lot.",
        "I love the way you put that.",
        "I noticed you sighed just then.",
        "I checked with the clinic and the evening slot is free.",
        "I rushed you there, sorry.",
        "I listened to what you said about the trains.",
    ],
)
def test_liking_the_work_or_the_helping_roles_past_is_no_disclosure(response: str) -> None:
    assert not disclosure(response).applicable
