"""Rebuilding what a judge saw for a recorded turn: the session's own scenario, rubric and moment.

The engine, `roleplay export --verify` and `roleplay rescore` all call these, so a re-judged or
re-checked attempt sees exactly the moment the trainee answered.
"""

from __future__ import annotations

from collections.abc import Sequence

from roleplay.domain.common import END
from roleplay.domain.moment import Anchor, Line, Moment
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Beat, Exemplar, Scenario
from roleplay.domain.session import Session, Turn

# How many earlier lines of the conversation a judge sees.
CONTEXT_LINES = 8


def thaw(record: Session) -> tuple[Scenario, Rubric]:
    """The scenario and rubric exactly as they were when the session started."""
    scenario = Scenario.model_validate(record.scenario.frozen)
    if record.rubric.frozen is None:
        raise ValueError("session record has no frozen rubric")
    return scenario, Rubric.model_validate(record.rubric.frozen)


def transcript_before(turns: Sequence[Turn], upto: int) -> list[Line]:
    """Client lines and the trainee's latest counted answer, for turns before `upto`."""
    lines: list[Line] = []
    for turn in turns[:upto]:
        lines.append(Line(speaker="client", text=turn.client.text))
        live = turn.live_attempts
        if live:
            lines.append(Line(speaker="trainee", text=live[-1].response))
    return lines


def moment_at(scenario: Scenario, turns: Sequence[Turn], turn_index: int) -> Moment:
    """The moment the trainee answered at `turns[turn_index]`."""
    turn = turns[turn_index]
    beat = scenario.beat(turn.beat) if turn.beat != END else None
    return Moment(
        client_line=turn.client.text,
        cue=turn.client.cue,
        invites=beat.invites if beat else None,
        intent=beat.intent if beat else None,
        context=transcript_before(turns, turn_index)[-CONTEXT_LINES:],
        beat_id=turn.beat,
        alliance=scenario.relationship.alliance,
        session_number=scenario.relationship.session_number,
        anchors=anchors_of(beat) if beat else [],
    )


def anchors_of(beat: Beat, leave_out: Exemplar | None = None) -> list[Anchor]:
    """The beat's exemplars as calibration anchors, leaving out the one being scored."""
    return [
        Anchor(response=e.response, scores=dict(e.scores), why=e.why, label=e.label)
        for e in beat.exemplars
        if e is not leave_out and e.response != (leave_out.response if leave_out else None)
    ]
