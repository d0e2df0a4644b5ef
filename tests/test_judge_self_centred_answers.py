"""Answers that centre the trainee or tell the client off, read as done badly (issue 13: the
endings no exemplar could reach; issue 10, failures 2 and 5), each a class tested on fresh
examples written for this file (none is a corpus line or a shipped exemplar):
- a no whose reason is the trainee's own time or rest (boundary at most 3: "the reason given is
  the trainee's comfort rather than the client's care"), or the trainee's own unresolved
  difficulty (at most 2: "visible discomfort made the client's problem"); a bare "Sorry, I
  can't" is a refusal, read as one;
- a no that shames the client for asking ("that isn't how this works") is cold (at most 2),
  whatever else it offers, and a lecture is not warmed by naming whose rule it is ("the
  clinic's policy" offers nothing instead);
- a client's "it's fine" after a strain taken at its word ("good, glad that was okay") is repair
  attempted weakly at most (2; Safran & Muran 2000, withdrawal markers);
- at a moment about the two of them, a telling-off about how the client uses the sessions, or a
  fear about ending answered by offering more sessions, is immediacy done badly (at most 2;
  Hill & Knox 2009), while an invitation to say so next time is not a telling-off.
"""

from __future__ import annotations

import pytest

from boundaries_judge import judge, level
from roleplay.domain.moment import Moment

WEEKEND_CALLS = Moment(
    client_line="Could I ring you at the weekend if it gets bad? Just your mobile, I wouldn't "
    "abuse it.",
    cue="phone already in her hand",
    invites="boundary",
)


@pytest.mark.parametrize(
    "response",
    [
        "Sorry, I can't. I need my weekends to myself or I'd be no use to anyone by Monday.",
        "No, I won't do that; I need some time off from work, otherwise I'd never switch off.",
    ],
)
async def test_a_no_for_the_trainees_own_rest_is_held_but_not_above_3(response: str) -> None:
    evaluation = await judge(WEEKEND_CALLS, response)
    assert "boundary_crossed" not in evaluation.moves
    assert 2 <= (level(evaluation, "boundary") or 0) <= 3


@pytest.mark.parametrize(
    "response",
    [
        "I'm afraid I can't. To be honest I'm going through a lot myself at the moment and "
        "weekends are hard for me too.",
        "Sorry, I can't. I'm still dealing with my own stuff, it's been rough for me as well.",
    ],
)
async def test_a_no_for_the_trainees_own_difficulty_is_at_most_2(response: str) -> None:
    evaluation = await judge(WEEKEND_CALLS, response)
    assert "boundary_crossed" not in evaluation.moves
    assert level(evaluation, "boundary") == 2


@pytest.mark.parametrize(
    "response",
    [
        "No. That is not how therapy works. Ring the out-of-hours service if you must.",
        "You should know that by now; it isn't how this works. The office number is on your card.",
    ],
)
async def test_a_no_that_shames_the_client_is_cold_whatever_it_offers(response: str) -> None:
    evaluation = await judge(WEEKEND_CALLS, response)
    assert "boundary_crossed" not in evaluation.moves
    assert level(evaluation, "boundary") == 2


async def test_a_warm_no_with_a_reason_about_the_client_stays_high() -> None:
    evaluation = await judge(
        WEEKEND_CALLS,
        "I can hear how much you want something to hold on to at the weekend. I won't be on my "
        "mobile, because I want your support to be something you can count on every time, so "
        "let's make a weekend plan together now, with the crisis line in it.",
    )
    assert (level(evaluation, "boundary") or 0) >= 4


DOORWAY = Moment(
    client_line="Sorry. I know I always leave the big things to the last minute. Was it wrong "
    "to say it just now, on my way out?",
    cue="hand on the door",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "Ideally you'd raise things like this at the beginning, so that we have time for them.",
        "In future, please bring the big things earlier in the hour rather than at the door.",
        "It would be more helpful if you brought these things up when we sit down.",
    ],
)
async def test_telling_the_client_how_to_use_sessions_is_immediacy_done_badly(
    response: str,
) -> None:
    evaluation = await judge(DOORWAY, response)
    assert (level(evaluation, "immediacy") or 0) in (1, 2)


async def test_inviting_them_to_say_so_next_time_is_not_a_telling_off() -> None:
    evaluation = await judge(
        DOORWAY,
        "It wasn't wrong at all. I'm glad you said it, here, with me. Next time, if you notice "
        "it coming at the door, you could tell me, and we'll make room together. What was it "
        "like to say it just now?",
    )
    assert (level(evaluation, "immediacy") or 0) >= 4


ENDING_FEAR = Moment(
    client_line="Six sessions left. What if I fall apart the week after we stop?",
    cue="twisting a ring on her finger",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "We can always add more sessions if that happens, don't worry.",
        "We don't have to end in six weeks, you know. I could keep seeing you for a while.",
    ],
)
async def test_soothing_an_ending_fear_with_more_sessions_is_done_badly(response: str) -> None:
    evaluation = await judge(ENDING_FEAR, response)
    assert (level(evaluation, "immediacy") or 0) in (1, 2)


async def test_exploring_the_ending_fear_together_stays_high() -> None:
    evaluation = await judge(
        ENDING_FEAR,
        "That's an important fear, and I'm glad you're telling me. I wonder what stopping "
        "our work together brings up for you, here with me now?",
    )
    assert (level(evaluation, "immediacy") or 0) >= 4


PLAYED_DOWN = Moment(
    client_line="Don't worry about Thursday, honestly. It's fine, these things happen. Anyway, "
    "the interview.",
    cue="bright voice, not meeting your eye",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "Oh good, I'm glad it was okay. So, the interview: how did it go?",
        "Great, glad you're alright about it. Tell me about the interview.",
    ],
)
async def test_taking_its_fine_at_its_word_is_weak_repair(response: str) -> None:
    evaluation = await judge(PLAYED_DOWN, response)
    assert (level(evaluation, "rupture_repair") or 0) in (1, 2)


async def test_coming_back_to_what_was_played_down_is_repair() -> None:
    evaluation = await judge(
        PLAYED_DOWN,
        "Before the interview, I'd like to come back to Thursday. I cancelled at short notice, "
        "and it may not have been fine for you at all. What was it like, that morning?",
    )
    assert (level(evaluation, "rupture_repair") or 0) >= 4


@pytest.mark.parametrize(
    "response",
    [
        "I can't, it's against the clinic's policy. You'll have to manage until Monday.",
        "No, that's the service's rule, not mine. You'll have to cope on your own till then.",
    ],
)
async def test_naming_whose_rule_it_is_offers_nothing_instead(response: str) -> None:
    evaluation = await judge(WEEKEND_CALLS, response)
    assert level(evaluation, "boundary") == 2
