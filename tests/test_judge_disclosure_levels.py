"""Levels the rubric fixes whatever the fitted head says: a personal question answered briefly
with the focus handed straight back is a well-judged disclosure (4 or more), a struggle the
trainee is still in is harmful or poor (2 at most), and a disclosure that keeps the focus on the
trainee is mediocre at best (3 at most). Fresh examples written for this file.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.criteria import build_context
from roleplay.offline.scorer import score_response
from roleplay.offline.text import split_sentences

DI = load_library().rubric("disclosure-immediacy").rubric
ASKS = Moment(
    client_line="Do you have brothers or sisters? Sorry, random question.",
    invites="self_disclosure",
)


def _level(moment: Moment, response: str) -> int | None:
    return score_response(DI, moment, response).criteria["self_disclosure"].score


@pytest.mark.parametrize(
    "response",
    [
        "One brother, yes. What made you wonder, just now?",
        "I do, an older sister. What's on your mind about yours?",
    ],
)
def test_a_brief_answer_that_hands_the_focus_back_is_well_judged(response: str) -> None:
    reading = build_context(ASKS, split_sentences(response)).reading("self_disclosure")
    assert reading.has("answers_and_returns")
    assert (_level(ASKS, response) or 0) >= 4


def test_a_struggle_the_trainee_is_still_in_scores_two_at_most() -> None:
    moment = Moment(client_line="My brother's stopped speaking to me since the funeral.")
    response = "I'm going through exactly that with my sister right now and it's tearing me apart."
    level = _level(moment, response)
    assert level is not None and level <= 2
