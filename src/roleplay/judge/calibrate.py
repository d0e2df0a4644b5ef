"""`roleplay calibrate`: run a judge on every instructor exemplar and measure agreement."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from roleplay.content.library import ContentLibrary
from roleplay.domain.moment import Moment
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Beat, Exemplar, Scenario
from roleplay.domain.session import Evaluation
from roleplay.judge.agreement import Agreement, agreement
from roleplay.judge.base import Judge
from roleplay.judge.offline import offline_request


@dataclass(frozen=True)
class Case:
    scenario: Scenario
    beat: Beat
    exemplar: Exemplar
    evaluation: Evaluation

    def judged(self, criterion: str) -> int | None:
        result = self.evaluation.criteria.get(criterion)
        return result.score if result and result.applicable else None


@dataclass(frozen=True)
class Calibration:
    rubric: Rubric
    cases: list[Case]
    by_criterion: dict[str, Agreement]

    def disagreements(self, criterion: str) -> list[Case]:
        return [
            c
            for c in self.cases
            if criterion in c.exemplar.scores
            and c.exemplar.scores[criterion] != c.judged(criterion)
        ]


def moment_for(scenario: Scenario, beat: Beat) -> Moment:
    return Moment(
        client_line=beat.client,
        cue=beat.cue,
        invites=beat.invites,
        intent=beat.intent,
        beat_id=beat.id,
        alliance=scenario.relationship.alliance,
        session_number=scenario.relationship.session_number,
    )


async def calibrate(
    library: ContentLibrary, rubric_id: str, judge: Judge, concurrency: int = 8
) -> Calibration:
    rubric = library.rubric(rubric_id).rubric
    work = [
        (entry.scenario, beat, exemplar)
        for entry in library.sorted_scenarios()
        if entry.scenario.rubric == rubric_id
        for beat in entry.scenario.beats
        for exemplar in beat.exemplars
    ]
    gate = asyncio.Semaphore(concurrency)

    async def one(scenario: Scenario, beat: Beat, exemplar: Exemplar) -> Case:
        request = offline_request(rubric, moment_for(scenario, beat), exemplar.response)
        async with gate:
            evaluation = await judge.evaluate(request)
        return Case(scenario, beat, exemplar, evaluation)

    cases = list(await asyncio.gather(*(one(*item) for item in work)))
    by_criterion = {}
    for criterion in rubric.criteria:
        scored = [c for c in cases if criterion.id in c.exemplar.scores]
        by_criterion[criterion.id] = agreement(
            [c.exemplar.scores[criterion.id] for c in scored],
            [c.judged(criterion.id) for c in scored],
            rubric.scale.min,
            rubric.scale.max,
        )
    return Calibration(rubric, cases, by_criterion)
