"""One response scored at a bare moment (a client line and what it invites) by the offline judge,
for the tests of harms read by class (test_judge_unseen_harms_*.py)."""

from __future__ import annotations

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.domain.session import CriterionResult
from roleplay.offline.scorer import score_response

LIBRARY = load_library()
DI = LIBRARY.rubric("disclosure-immediacy").rubric
RB = LIBRARY.rubric("relationship-boundaries").rubric


def criterion_at(
    rubric, client: str, response: str, invites: str | None, criterion: str
) -> CriterionResult:
    moment = Moment(client_line=client, invites=invites)
    return score_response(rubric, moment, response).criteria[criterion]
