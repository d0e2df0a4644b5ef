"""The beat's exemplars travel with the moment as calibration anchors, never the one scored."""

from __future__ import annotations

import asyncio

from roleplay.content.library import load_library
from roleplay.domain.replay import anchors_of, moment_at
from roleplay.domain.session import ClientLine, Turn
from roleplay.judge.base import JudgeRequest
from roleplay.judge.calibrate import calibrate
from roleplay.judge.offline import OfflineJudge

LIBRARY = load_library()


class RecordingJudge:
    kind = "offline"

    def __init__(self) -> None:
        self.seen: list[JudgeRequest] = []
        self._inner = OfflineJudge()

    def describe(self) -> str:
        return "recording"

    async def aclose(self) -> None:
        return None

    async def evaluate(self, request: JudgeRequest):
        self.seen.append(request)
        return await self._inner.evaluate(request)


def test_calibrate_scores_each_exemplar_with_the_others_as_anchors() -> None:
    judge = RecordingJudge()
    asyncio.run(calibrate(LIBRARY, "disclosure-immediacy", judge))
    assert judge.seen
    for request in judge.seen:
        responses = [a.response for a in request.moment.anchors]
        assert request.response not in responses
    beat = LIBRARY.scenario("grief-have-you-lost-a-parent").scenario.first_beat
    scored_here = [r for r in judge.seen if r.moment.beat_id == beat.id]
    assert len(scored_here) == len(beat.exemplars)
    assert all(len(r.moment.anchors) == len(beat.exemplars) - 1 for r in scored_here)


def test_a_practice_moment_carries_its_beats_exemplars_with_scores() -> None:
    scenario = LIBRARY.scenario("grief-have-you-lost-a-parent").scenario
    beat = scenario.first_beat
    turns = [Turn(beat=beat.id, client=ClientLine(text=beat.client))]
    moment = moment_at(scenario, turns, 0)
    assert [a.response for a in moment.anchors] == [e.response for e in beat.exemplars]
    assert moment.anchors[0].scores == dict(beat.exemplars[0].scores)
    assert len(anchors_of(beat, leave_out=beat.exemplars[0])) == len(beat.exemplars) - 1
