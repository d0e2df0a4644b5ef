"""What the self-disclosure and declining play tests share: the rubric, a judge of one reply at
a bare moment (invites declining unless told), and a judge of one reply at a scenario's beat."""

from __future__ import annotations

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.domain.session import CriterionResult
from roleplay.judge.calibrate import moment_for
from roleplay.offline.scorer import score_response

LIBRARY = load_library()
DI = LIBRARY.rubric("disclosure-immediacy").rubric


def judge(
    client_line: str, response: str, invites: str = "declining"
) -> dict[str, CriterionResult]:
    moment = Moment(client_line=client_line, invites=invites)
    return score_response(DI, moment, response).criteria


def at_beat(scenario_id: str, beat_id: str, response: str) -> dict[str, CriterionResult]:
    scenario = LIBRARY.scenario(scenario_id).scenario
    rubric = LIBRARY.rubric(scenario.rubric).rubric
    return score_response(rubric, moment_for(scenario, scenario.beat(beat_id)), response).criteria
