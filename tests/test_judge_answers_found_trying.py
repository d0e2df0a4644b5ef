"""A plain answer to a personal question, found trying grief-have-you-lost-a-parent as a trainee
would (fresh examples written for this file):
- "I can't say I know" disclaims knowing; it was read as declining the question ("can't say"),
  so a brief honest "no" was scored as a decline and as a disclosure at once;
- "I'd like to understand yours" and "help me understand" hand the focus back as surely as a
  question does; the answer was marked down for a focus that drifts.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
KIDS = Moment(
    client_line="Sorry, can I just ask, do you have kids yourself? I need to know if you get it.",
    invites="self_disclosure",
)
RAISED = Moment(
    client_line="Were you brought up religious? Only it's hard to explain to people who weren't.",
    invites="self_disclosure",
)


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (
            KIDS,
            "I don't, no, so I can't say I know what it's like. I'd like to hear what it's been "
            "like for you.",
        ),
        (
            RAISED,
            "I wasn't, so I won't say I understand it from the inside. Help me understand what "
            "it was like growing up with it.",
        ),
    ],
)
def test_a_brief_answer_that_disclaims_knowing_is_an_answer_handed_back(
    moment: Moment, response: str
) -> None:
    result = score_response(DI, moment, response)
    assert not result.criteria["declining"].applicable
    disclosure = result.criteria["self_disclosure"]
    assert disclosure.applicable and (disclosure.score or 0) >= 4


def test_saying_it_will_not_be_said_is_still_a_decline() -> None:
    result = score_response(DI, KIDS, "That's not something I'm going to say, sorry.")
    assert result.criteria["declining"].applicable
    assert not result.criteria["self_disclosure"].applicable
