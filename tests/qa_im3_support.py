"""Shared helpers for the third round of immediacy and rupture repair play tests
(tests/test_judge_qa_im3.py and tests/test_judge_qa_im3_more.py)."""

from __future__ import annotations

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.domain.session import CriterionResult
from roleplay.offline.criteria import build_context
from roleplay.offline.scorer import score_response
from roleplay.offline.text import split_sentences

RB = load_library().rubric("relationship-boundaries").rubric


def judged(moment: Moment, response: str, criterion: str) -> CriterionResult:
    return score_response(RB, moment, response).criteria[criterion]


def features(moment: Moment, response: str, criterion: str) -> set[str]:
    ctx = build_context(moment, split_sentences(response))
    return {f.name for f in ctx.reading(criterion).features}


def present(moment: Moment, response: str, criterion: str) -> bool:
    return build_context(moment, split_sentences(response)).reading(criterion).present
