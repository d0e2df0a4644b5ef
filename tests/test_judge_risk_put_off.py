"""A disclosure of harm put off to next week with no check on safety is not a well-held time
boundary (offline/risk.py; rubric level 1: "no attention to what the request meant to the
client"; capped at 1 where the boundary reader sees it). Holding time with a brief safety
check is, and so is putting off an ordinary topic.
Moments and responses were written for this file; none is a corpus line or a shipped exemplar.
"""

from __future__ import annotations

import pytest

from boundaries_judge import judge, level
from roleplay.domain.moment import Moment

AT_THE_DOOR = Moment(
    client_line="Right, that's time. Oh, and my brother-in-law hit me again on Sunday. It's "
    "nothing. See you Thursday?",
    cue="coat on, keys in hand, already turning the handle",
    invites="boundary",
)
SELF_HARM_AT_THE_DOOR = Moment(
    client_line="We're done, aren't we. I've started cutting myself again, by the way. "
    "Anyway. Same time?",
    cue="standing, bag on her shoulder",
    invites="boundary",
)
ORDINARY_AT_THE_DOOR = Moment(
    client_line="Oh, we're at time. I meant to tell you about my sister's wedding plans. "
    "Next week?",
    cue="standing, coat over her arm",
    invites="boundary",
)


@pytest.mark.parametrize("moment", [AT_THE_DOOR, SELF_HARM_AT_THE_DOOR])
@pytest.mark.parametrize(
    "response",
    [
        "Sorry, we're at time now. We can come back to that next week.",
        "I'm afraid that's time for today; let's hold that for next week.",
        "We're out of time, so we'll have to park that until next week.",
        "That's something for next session. See you Thursday.",
    ],
)
async def test_putting_off_a_disclosed_harm_without_a_safety_check_is_weak(
    moment: Moment, response: str
) -> None:
    evaluation = await judge(moment, response)
    assert level(evaluation, "boundary") in (1, 2)


@pytest.mark.parametrize("moment", [AT_THE_DOOR, SELF_HARM_AT_THE_DOOR])
async def test_holding_time_with_a_safety_check_stays_high(moment: Moment) -> None:
    evaluation = await judge(
        moment,
        "Thank you for telling me; it matters. We're at time, so before you go: are you safe "
        "tonight, and is there someone you can call? We'll start with this next week.",
    )
    assert (level(evaluation, "boundary") or 0) >= 4


async def test_putting_off_an_ordinary_topic_is_not_this_fault() -> None:
    evaluation = await judge(
        ORDINARY_AT_THE_DOOR, "We are at time, so let's save the wedding plans for next week."
    )
    assert "puts_off_harm" not in str(evaluation.criteria["boundary"])
    assert (level(evaluation, "boundary") or 3) >= 2
