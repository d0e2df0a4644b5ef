"""Routing: where a session goes after a response, and the scenario's words for that step.

`plan_step` is how every session moves between beats, whichever engine speaks: the branch is
picked from a reading of the response (the offline judge's: instant and deterministic), and the
LLM client, when on, says the chosen line in its own words. Pure domain logic, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from roleplay.domain.common import END
from roleplay.domain.rubric import Scale
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Evaluation


@dataclass(frozen=True)
class Step:
    """Where the session goes after a response, and what the client says on the way."""

    next_beat: str  # a beat id, or END
    line: str
    cue: str | None
    reaction: str | None = None  # the scenario's description of how the client reacts
    reaction_key: str | None = None

    @property
    def ends(self) -> bool:
        return self.next_beat == END


def plan_step(scenario: Scenario, beat_id: str, reading: Evaluation, scale: Scale) -> Step:
    beat = scenario.beat(beat_id)
    branch = beat.route(reading.outcomes(scale), reading.moves)
    target = None if branch.next == END else scenario.beat(branch.next)
    line = branch.client or (target.client if target else None)
    if line is None:  # `next: end` with no closing words: the client ends simply
        line = "Okay. I think that's where I'll leave it for today."
    cue = branch.cue if branch.client else (branch.cue or (target.cue if target else None))
    reaction_key = next((m for m in reading.moves if m in scenario.client.reactions), None)
    reaction = scenario.client.reactions.get(reaction_key) if reaction_key else None
    return Step(branch.next, line, cue, reaction, reaction_key)
