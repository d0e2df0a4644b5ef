"""Scoring one response at a moment through the public offline judge, on the
`relationship-boundaries` rubric (every criterion in play), for the misread-class tests."""

from __future__ import annotations

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.domain.session import Evaluation
from roleplay.judge.offline import OfflineJudge, offline_request

RB = load_library().rubric("relationship-boundaries").rubric


async def judge(moment: Moment, response: str) -> Evaluation:
    return await OfflineJudge().evaluate(offline_request(RB, moment, response))


def level(evaluation: Evaluation, criterion: str) -> int | None:
    """The criterion's level, or None when the judge read it as not used."""
    result = evaluation.criteria[criterion]
    return result.score if result.applicable else None
