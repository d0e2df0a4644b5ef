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

# What the trainee sees under the client's line (the "↳" note): what the client is reacting to,
# in words for the trainee. The scenario's own `reactions` text is direction for the client (often
# conditional: "If the non-answer is warm... if it sounds like a rule..."), never shown raw.
SEEN: dict[str, str] = {
    "helpful_disclosure": "you shared a little of yourself and handed the focus back",
    "therapist_centred_disclosure": "the focus moved onto your own life",
    "advice_through_disclosure": "your story turned into advice",
    "one_upping": "your experience was set beside theirs",
    # the moment invited disclosure; the client may not have asked ("Does everyone feel that?")
    "no_disclosure": "you kept your own experience out of it",
    # (the move is named for the rubric's 4-5; not every such reply is tentative, so the note
    # does not say it was)
    "tentative_immediacy": "you named what is happening between you",
    "accusatory_immediacy": "what you said about the two of you landed as blame",
    "missed_marker": "what just happened between you went unnamed",
    "held_back": "you held back and kept the focus on them",
    "boundary_held": "you kept the boundary",
    "boundary_crossed": "the boundary was crossed",
    "rupture_repaired": "you turned to the strain between you",
}


@dataclass(frozen=True)
class Step:
    """Where the session goes after a response, and what the client says on the way."""

    next_beat: str  # a beat id, or END
    line: str
    cue: str | None
    reaction: str | None = None  # the scenario's direction for how the client reacts (LLM only)
    reaction_key: str | None = None
    seen: str | None = None  # what the trainee is told the client is reacting to

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
    # The move that chose the branch comes first: the client's line answers it, so the reaction
    # and the note to the trainee must name it too (a number handed over, not the missed marker).
    routed = [m for m in (branch.moves or ()) if m in reading.moves]
    reaction_key = next(
        (m for m in [*routed, *reading.moves] if m in scenario.client.reactions), None
    )
    reaction = scenario.client.reactions.get(reaction_key) if reaction_key else None
    # The note names only what the fixed line answers. A move the scenario answers with lines
    # written for it (`moves:` branches, such as a crossed boundary) is named only where such a
    # line was taken; elsewhere the line answers something else (the LLM client still gets the
    # direction above).
    own_lines = {m for b in scenario.beats for branch in b.branches for m in branch.moves or ()}
    seen_key = next(
        (
            m
            for m in [*routed, *reading.moves]
            if m in scenario.client.reactions and m in SEEN and (m in routed or m not in own_lines)
        ),
        None,
    )
    seen = f"{scenario.client.name} is reacting to this: {SEEN[seen_key]}." if seen_key else None
    return Step(branch.next, line, cue, reaction, reaction_key, seen)
