"""Found playing you-saved-my-life as a trainee would (fresh examples written for this file):
- "these sessions helped me get through it too", said to a client's "You saved my life", turns
  the work round to serve the trainee: the client is handed the helper's role. It read as
  immediacy 3, "you spoke to the relationship"; a supervisor reads the trainee's own need in
  the room (Hill 2014), immediacy 1-2;
- the client turning to ask after the trainee ("Tell me about you, then. How are you, actually?")
  was not read as a personal question, so declining said "the client did not ask about your own
  life" when she had just asked;
- "Look, I'm not here to be your friend. Let's just get through the worksheet." at
  late-and-gone-quiet's shut-down read as rupture repair 3, "you turned to the strain", and no
  immediacy: it defines the relationship coldly and confirms the client's fear, 1-2 on both;
- "Well, I'm paid to be patient!" (am-i-boring-you's harmful exemplar) read as immediacy 3.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
GRATEFUL = Moment(
    client_line="I mean it. Coming here every week is the only reason I got through the winter.",
    cue="eyes wet, smiling",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "Honestly, our sessions have been good for me as well. It's been a hard winter for me too.",
        "You know, you've helped me just as much, these last months.",
        "Seeing you each week has kept me going through my own stuff, so thank you.",
    ],
)
def test_the_work_turned_round_to_serve_the_trainee_is_immediacy_scored_low(
    response: str,
) -> None:
    immediacy = score_response(DI, GRATEFUL, response).criteria["immediacy"]
    assert immediacy.applicable
    assert (immediacy.score or 5) <= 2
    assert "your needs" in immediacy.rationale


def test_the_client_helped_by_the_work_is_not_the_trainees_need() -> None:
    response = (
        "I'm really moved to hear that. You did the getting through; I'm curious what it's like "
        "to say it to me."
    )
    immediacy = score_response(DI, GRATEFUL, response).criteria["immediacy"]
    assert "your needs" not in immediacy.rationale


@pytest.mark.parametrize(
    "client_line",
    [
        "Hang on, I never ask. How are you, really? What's your life like?",
        "Sorry, I've talked for an hour. Tell me about yourself for once.",
        "How have you been, though? You look tired.",
        "How's your week been? Anything nice happen?",
    ],
)
def test_asking_after_the_trainee_puts_declining_in_play(client_line: str) -> None:
    moment = Moment(client_line=client_line, invites="restraint")
    response = (
        "That's kind of you to ask. I'd like to keep this hour for you, though. What made you "
        "want to turn it round just now?"
    )
    declining = score_response(DI, moment, response).criteria["declining"]
    assert declining.applicable
    assert "did not ask" not in declining.rationale


BURDEN = Moment(
    client_line="Sorry, I've gone on and on. You must be sick of hearing about my divorce by now.",
    cue="sheepish, rubbing the back of his neck",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "Ha, that's what you pay me for!",
        "Don't worry, I get paid to sit through worse.",
    ],
)
def test_the_relationship_put_down_to_the_fee_is_immediacy_1_or_2(response: str) -> None:
    # found merging this round's readers: the am-i-boring-you harmful exemplar "Well, I'm paid
    # to be patient!" (instructor 1) had read as 3, with nothing named against it
    immediacy = score_response(DI, BURDEN, response).criteria["immediacy"]
    assert immediacy.applicable
    assert (immediacy.score or 5) <= 2


SHUT_DOWN = Moment(
    client_line="Fine. Forget it. Can we just do the homework sheet or whatever.",
    cue="arms folded, looking at the window",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "I'm your counsellor, not your buddy, so yes, let's do the sheet.",
        "Sorry, but I'm not here to be your mate, Dan. The sheet is the work.",
    ],
)
def test_the_relationship_defined_coldly_scores_low_on_repair_and_immediacy(
    response: str,
) -> None:
    result = score_response(
        load_library().rubric("relationship-boundaries").rubric, SHUT_DOWN, response
    )
    for criterion in ("rupture_repair", "immediacy"):
        verdict = result.criteria[criterion]
        assert verdict.applicable, criterion
        assert (verdict.score or 5) <= 2, criterion


APOLOGETIC = Moment(
    client_line="Sorry. I'll write it down beforehand next time so I don't waste your time.",
    cue="tidying his papers, not looking up",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "I don't think you're wasting my time at all. What made you feel you might be?",
        "Honestly, I never feel you're wasting anything in here. What's it like to worry that?",
    ],
)
def test_denying_the_clients_fear_blames_no_one(response: str) -> None:
    # qa-im found am-i-boring-you's strong exemplar ("I don't think you're wasting my time...",
    # instructor 5) read as "it blames the client", 2: the charge is the client's own fear
    immediacy = score_response(DI, APOLOGETIC, response).criteria["immediacy"]
    assert immediacy.applicable
    assert "blames" not in immediacy.rationale
    assert (immediacy.score or 0) >= 4


def test_asking_what_has_been_making_it_hard_blames_no_one() -> None:
    late = Moment(client_line="Sorry. Bus again. Anyway.", invites="immediacy")
    response = "What's been making it hard to get here, do you think? I'd like to understand."
    assert "blames" not in score_response(DI, late, response).criteria["immediacy"].rationale


def test_a_curt_no_to_a_question_asked_through_the_trainees_story_is_a_decline() -> None:
    # coming-out's your-mom asks "Did it work out? Because if yours did..."; qa2-sd found "That's
    # private, sorry." read as no decline, since the moment's cue does not count that as a
    # question about the trainee's life (as a cue it cost immediacy)
    moment = Moment(
        client_line="So did your brother come round in the end? Because if yours did, maybe mine",
        invites="declining",
    )
    declining = score_response(DI, moment, "That stays private, sorry.").criteria["declining"]
    assert declining.applicable
    # a supervisor gives a curt no like this 2; the judge gives 3 (it names no coldness here)
    assert (declining.score or 5) <= 3


@pytest.mark.parametrize(
    "response",
    [
        "You're kind to ask. I'm okay - I'd rather we spent the hour on you, though. What's "
        "brought that up?",
        "I'm alright, honestly. I'd prefer to keep our time for you. Can I ask what made you "
        "wonder?",
    ],
)
def test_the_hour_turned_back_to_the_client_declines(response: str) -> None:
    # found at the end, replaying you-saved-my-life's turned-round: "I'm fine - and I'd rather
    # we used the time for you" read as no decline once a decline needed declining words
    moment = Moment(
        client_line="Hang on, how are you doing, really? I never ask.", invites="restraint"
    )
    declining = score_response(DI, moment, response).criteria["declining"]
    assert declining.applicable
    assert (declining.score or 0) >= 3
