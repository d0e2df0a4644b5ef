"""Rubric v2, rupture repair: every reply to a strain marker is scored (fresh examples, written
for this file, in no corpus or probe set).

Independent raters and the instructors' own exemplars score a reply that steps past a complaint
or a withdrawal as repair not attempted (1-2); the rubric had called it "not in play", so a
trainee who ignored "you always look at the clock" was told the skill was not used, and the
gradebook showed nothing. Now: the low end of the scale, said as "Repair not attempted", the move
`missed_marker` for the client to react to, and the Try line to turn to the strain first. A repair
the reader cannot name is never told it attempted none, and the markers of appeasing and of
apologising as a burden open the criterion where a scenario did not mark the moment.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.cues import read_cues
from roleplay.offline.scorer import score_response

LIBRARY = load_library()
RB = LIBRARY.rubric("relationship-boundaries").rubric

SNAPPED = Moment(
    client_line="You've mixed up my kids' names three times now. It's like you don't listen.",
    cue="arms folded",
    invites="rupture_repair",
)
GONE_FLAT = Moment(
    client_line="Fine. If you say so. Can we move on?",
    cue="voice flat after you suggested the letter to her brother",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (SNAPPED, "How did the school meeting go on Thursday?"),
        (SNAPPED, "Right, let's pick up the budget plan from last time."),
        (GONE_FLAT, "Sure. What's been happening at the allotment?"),
        (GONE_FLAT, "Okay. Tell me about the weekend."),
    ],
)
def test_a_reply_that_steps_past_the_strain_is_scored_low_and_said_so(
    moment: Moment, response: str
) -> None:
    evaluation = score_response(RB, moment, response)
    repair = evaluation.criteria["rupture_repair"]
    assert repair.applicable and repair.in_play
    assert (repair.score or 5) <= 2
    assert repair.rationale.startswith("Repair not attempted")
    assert "missed_marker" in evaluation.moves
    assert "rupture_repaired" not in evaluation.moves
    assert repair.suggestion and "between you" in repair.suggestion


@pytest.mark.parametrize(
    "response",
    [
        # the reader may not name every repair: one that speaks of the two of them is left to
        # the heads, never told it attempted none
        "When you said that, I felt I'd let you down. What was it like sitting there?",
        "Three times is a lot. I'd be fed up with me too. What's it been like?",
    ],
)
def test_a_reply_in_the_first_person_is_never_told_it_attempted_no_repair(response: str) -> None:
    repair = score_response(RB, SNAPPED, response).criteria["rupture_repair"]
    assert not repair.rationale.startswith("Repair not attempted: it leaves the strain untouched")


@pytest.mark.parametrize(
    "response",
    [
        "I put that badly, and I'm sorry. It's your choice. What would you like to do?",
        "That came across like I was telling you off, and I didn't mean it to. How did it land?",
    ],
)
def test_owning_how_ones_words_landed_is_not_brushing_the_strain_off(response: str) -> None:
    repair = score_response(RB, GONE_FLAT, response).criteria["rupture_repair"]
    assert repair.applicable and (repair.score or 0) >= 3
    assert "brushes the strain off" not in repair.rationale


@pytest.mark.parametrize(
    "client_line",
    [
        "Sorry. I'm taking up all your time with this, aren't I.",
        "You know best. I'll just do the diary thing.",
        "I've ruined everything now, haven't I. You'll want to pass me on.",
        "I'll try harder next week, I promise. I know I'm hard going.",
    ],
)
def test_appeasing_and_apologising_as_a_burden_are_strain_markers(client_line: str) -> None:
    moment = Moment(client_line=client_line, invites="immediacy")
    assert read_cues(moment).appeasing
    repair = score_response(RB, moment, "What's been happening at work?").criteria["rupture_repair"]
    assert repair.in_play


@pytest.mark.parametrize(
    "client_line",
    [
        "Sorry, can I grab a tissue?",
        "I'll try the breathing before bed, see if it helps.",
        "You know, my sister said the same thing.",
    ],
)
def test_near_misses_of_appeasing_are_not_markers(client_line: str) -> None:
    assert not read_cues(Moment(client_line=client_line)).appeasing


@pytest.mark.parametrize(
    "client_line",
    [
        "Hang on, you're a student? Nobody told me that.",
        "I think I want to stop coming after this one.",
        "Wait, you're leaving at Easter?",
    ],
)
def test_feeling_misled_or_a_wish_to_stop_is_a_strain_marker(client_line: str) -> None:
    assert read_cues(Moment(client_line=client_line)).let_down


def test_the_rubric_says_a_reply_that_moves_past_the_strain_is_scored() -> None:
    criterion = next(c for c in RB.criteria if c.id == "rupture_repair")
    assert "Every response to such a marker is scored" in criterion.applies_when
    assert "repair not attempted" in criterion.applies_when


@pytest.mark.parametrize(
    "response",
    [
        "I wonder if you could be avoiding what's underneath the names.",
        "Interesting that it's the names you've picked up on. Often when people feel unheard "
        "they latch on to details.",
    ],
)
def test_the_complaint_read_as_a_symptom_worsens_the_rupture(response: str) -> None:
    repair = score_response(RB, SNAPPED, response).criteria["rupture_repair"]
    assert repair.applicable and (repair.score or 5) <= 2
    assert "the client's problem" in repair.rationale


def test_the_client_answers_a_stepped_past_strain_with_its_own_line() -> None:
    # every rupture beat gives the stepped-past reply its own reaction, above the defensive one
    for entry in LIBRARY.sorted_scenarios():
        for beat in entry.scenario.beats:
            if beat.invites != "rupture_repair" or not beat.branches:
                continue
            moved_past = beat.route({"rupture_repair": "weak"}, ["missed_marker"])
            defended = beat.route({"rupture_repair": "weak"}, [])
            assert moved_past.client != defended.client, (entry.scenario.id, beat.id)


LUKEWARM = Moment(
    client_line="Out of ten? ...A five, maybe. Sorry. It's not you. It's probably me.",
    invites="immediacy",
)
LEAVING = Moment(
    client_line="I think I'll just go. This isn't doing anything.",
    cue="standing, bag on shoulder",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "What would make next week more useful for you?",
        "Thanks for being straight with me. What would you want to be different?",
    ],
)
def test_asking_what_would_lift_a_lukewarm_verdict_takes_the_strain_up(response: str) -> None:
    repair = score_response(RB, LUKEWARM, response).criteria["rupture_repair"]
    assert repair.applicable and (repair.score or 0) >= 3
    assert not repair.rationale.startswith("Repair not attempted")


def test_a_client_walking_out_thanked_and_let_go_is_not_repair() -> None:
    repair = score_response(RB, LEAVING, "Okay then. Thanks for coming in.").criteria[
        "rupture_repair"
    ]
    assert repair.applicable and (repair.score or 5) <= 2
