"""`roleplay calibrate`: run a judge on every instructor exemplar and measure agreement."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from roleplay.content.library import ContentLibrary
from roleplay.domain.common import END
from roleplay.domain.moment import Line, Moment
from roleplay.domain.replay import CONTEXT_LINES, anchors_of
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
        anchors=anchors_of(beat),
    )


def _model_answer(beat: Beat) -> Exemplar | None:
    """The exemplar a strong trainee would have given: labelled strong, else the best scored."""
    strong = [e for e in beat.exemplars if e.label == "strong"]
    if strong:
        return strong[0]
    scored = [e for e in beat.exemplars if any(v is not None for v in e.scores.values())]
    return max(
        scored, key=lambda e: max(v for v in e.scores.values() if v is not None), default=None
    )


def intended_path(scenario: Scenario, beat: Beat) -> list[Line]:
    """The conversation before `beat` along the shortest way there from the first beat, with the
    instructor's strong answer at each earlier beat (what `calibrate` scores exemplars after)."""
    previous: dict[str, str | None] = {scenario.first_beat.id: None}
    queue = [scenario.first_beat.id]
    while queue and beat.id not in previous:
        current = queue.pop(0)
        for target in scenario.beat(current).targets:
            if target != END and target not in previous:
                previous[target] = current
                queue.append(target)
    path: list[str] = []
    step = previous.get(beat.id) if beat.id in previous else None
    while step is not None:
        path.append(step)
        step = previous[step]
    lines: list[Line] = []
    for beat_id in reversed(path):
        earlier = scenario.beat(beat_id)
        lines.append(Line(speaker="client", text=earlier.client))
        answer = _model_answer(earlier)
        if answer is not None:
            lines.append(Line(speaker="trainee", text=answer.response))
    return lines[-CONTEXT_LINES:]


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
        # Every other exemplar of the beat anchors the judge; the one being scored never does.
        moment = moment_for(scenario, beat).model_copy(
            update={
                "context": intended_path(scenario, beat),
                "anchors": anchors_of(beat, leave_out=exemplar),
            }
        )
        request = offline_request(rubric, moment, exemplar.response)
        async with gate:
            evaluation = await judge.evaluate(request)
        return Case(scenario, beat, exemplar, evaluation)

    cases = list(await asyncio.gather(*(one(*item) for item in work)))
    return Calibration(rubric, cases, _agreements(rubric, cases))


def _agreements(rubric: Rubric, cases: list[Case]) -> dict[str, Agreement]:
    by_criterion = {}
    for criterion in rubric.criteria:
        scored = [c for c in cases if criterion.id in c.exemplar.scores]
        by_criterion[criterion.id] = agreement(
            [c.exemplar.scores[criterion.id] for c in scored],
            [c.judged(criterion.id) for c in scored],
            rubric.scale.min,
            rubric.scale.max,
        )
    return by_criterion


@dataclass(frozen=True)
class HoldoutCalibration:
    lines: int
    moments: int
    by_criterion: dict[str, Agreement]


async def calibrate_labelled(
    library: ContentLibrary, lines: list, judge: Judge, concurrency: int = 8
) -> HoldoutCalibration:
    """Agreement with the labels of corpus lines (e.g. the frozen holdout), per criterion."""
    gate = asyncio.Semaphore(concurrency)

    async def one(line) -> Evaluation:
        rubric = library.rubric(line.rubric).rubric
        async with gate:
            return await judge.evaluate(offline_request(rubric, line.moment, line.response))

    evaluations = await asyncio.gather(*(one(line) for line in lines))
    pairs: dict[str, tuple[list[int | None], list[int | None]]] = {}
    scale = (1, 5)
    for line, evaluation in zip(lines, evaluations, strict=True):
        scale = (
            library.rubric(line.rubric).rubric.scale.min,
            library.rubric(line.rubric).rubric.scale.max,
        )
        for criterion, label in line.labels.items():
            result = evaluation.criteria.get(criterion)
            if result is None:
                continue
            want, got = pairs.setdefault(criterion, ([], []))
            want.append(label)
            got.append(result.score if result.applicable else None)
    by_criterion = {
        criterion: agreement(want, got, *scale) for criterion, (want, got) in sorted(pairs.items())
    }
    return HoldoutCalibration(len(lines), len({line.moment_id for line in lines}), by_criterion)
