"""A client line reached by a branch must fit every answer that can reach it, including "no".

Branches follow how the response scored, not what it said, so a hesitant or over-long "no" to a
personal question can take the same branch as a long "yes". The client's next line must not then
presume the answer was yes (Dana asking how the trainee cried "when yours died" after hearing
that the trainee has not lost a parent).
"""

from __future__ import annotations

import re

import pytest

from roleplay.content.library import load_library
from roleplay.domain.routing import plan_step
from roleplay.judge.calibrate import moment_for
from roleplay.offline.scorer import score_response

LIBRARY = load_library()

PRESUMES_A_LOSS = re.compile(
    r"\byours died\b|\bwhen your (?:mum|mom|dad|mother|father) died\b", re.I
)
PRESUMES_AN_AGE = re.compile(r"\bnineteen\b", re.I)


def next_line(scenario_id: str, beat_id: str, response: str) -> str:
    scenario = LIBRARY.scenario(scenario_id).scenario
    rubric = LIBRARY.rubric(scenario.rubric).rubric
    beat = scenario.beat(beat_id)
    reading = score_response(rubric, moment_for(scenario, beat), response)
    step = plan_step(scenario, beat.id, reading, rubric.scale)
    return step.line


@pytest.mark.parametrize(
    "no",
    [
        "no, i havent. im lucky i guess. but i can imagine",
        "No, both my parents are alive, so I can't say I know. But I'd like to understand yours.",
        "No, I haven't. Both of mine are still going, touch wood. I've sat with a lot of grief.",
    ],
)
def test_a_no_about_losing_a_parent_is_never_answered_as_if_a_parent_died(no: str) -> None:
    assert not PRESUMES_A_LOSS.search(next_line("grief-have-you-lost-a-parent", "asks", no))


@pytest.mark.parametrize(
    "answer",
    [
        "I'm straight, but honestly so many of my friends are gay, so I totally get it.",
        "I am, yes. It took me a long time to say that out loud, so I really do know it's scary.",
    ],
)
def test_an_answer_about_identity_is_never_answered_with_an_age_nobody_gave(answer: str) -> None:
    assert not PRESUMES_AN_AGE.search(next_line("coming-out-are-you-gay", "are-you-gay", answer))
