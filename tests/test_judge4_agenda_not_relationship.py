"""Issue 13: a question about the work set last week ("any thoughts for me from last week's
homework?") pairs "me" with "last week" but is about the task, not the relationship; it must not
read as immediacy. Talk about last week's session between the two of them still does.

Every response was written for this file (Hill's helping skills: immediacy is talk about the
relationship in the present), scored through the public offline judge.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.judge.offline import OfflineJudge, offline_request

RUBRIC = load_library().rubric("disclosure-immediacy").rubric

MOMENT = Moment(
    client_line="I did some of it, I suppose. It was a strange week.",
    cue="looking at the folded sheet in her lap",
)


async def immediacy_level(response: str) -> int | None:
    evaluation = await OfflineJudge().evaluate(offline_request(RUBRIC, MOMENT, response))
    result = evaluation.criteria["immediacy"]
    return result.score if result.applicable else None


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "response",
    [
        "Any thoughts for me from last week's homework?",
        "What did you make of last week's worksheet? Tell me how it went.",
        "Could you walk me through the diary from last week's plan?",
        "Can you show me what you noticed with last week's exercise?",
    ],
)
async def test_agenda_question_about_last_week_is_not_immediacy(response: str) -> None:
    assert (await immediacy_level(response) or 0) <= 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "response",
    [
        "I wonder whether something I said last week left you feeling unheard by me.",
        "Last week I pushed you harder than I meant to, and I'd like us to talk about it.",
    ],
)
async def test_last_week_between_us_is_still_immediacy(response: str) -> None:
    assert (await immediacy_level(response) or 0) >= 2
