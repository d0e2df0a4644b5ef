"""Fourth round of play as trainees: immediacy and rupture repair (found playing
complaint-about-last-session, just-like-everyone-else, late-and-gone-quiet, you-did-it-again,
cancelled-session-its-fine, this-isnt-working, how-was-today, am-i-boring-you,
do-you-think-about-me, fees-mid-therapy and the immediacy and rupture drills). Every example here
is fresh, written after the fix in other words than the ones the class was found with.

Classes:
1. Sorrow for the client's life or for someone else's doing ("I'm sorry your mum had such a hard
   time", "Sorry the GP was so useless", "I'm sorry you've had such a rough week") had read as an
   apology at a strain: rupture repair 2-3 "you turned to the strain" and immediacy 2-3 through
   the strain reader (immediacy_strain.py) or as an answer to "Am I boring you?". It is sympathy
   as for news (rupture_words.SYMPATHY_FOR_NEWS); said with the trainee, the sessions or the
   trainee's own tools in it, it is still an apology.
2. A session moved or booked ("Shall we move our session to Thursdays from now on?", "Thank you,
   I'm much better. Shall we book an extra session?") had read as immediacy 3: "our session" named
   only to schedule it is housekeeping (relational_close.SCHEDULES_SESSION).
3. Someone else's view of the therapy asked ("What does Kerry think about you coming here?") had
   read as immediacy 3: it asks after the client's other relationship (relational_questions).
4. The lateness put down to someone else ("Did your boss keep you late again?") had read as a
   charge: immediacy 1 and rupture repair 1, "it blames the client".
5. The trainee's part owned as "I've been the one with the pen", "I was the one who promised" or
   "I let you down by cancelling" had read as nothing: immediacy not used at the immediacy drill's
   cancelled session, repair not attempted.
6. The client asked to flag the trainee's misstep from now on ("would you tell me if I start
   sounding like an infographic again?") had read as no immediacy.
7. "What would you like to bring?" after a change of task had read as "you invited their
   experience of it" (rupture repair 5).
8. The trainee's conduct offered for change in the client's words ("I can put the notepad down")
   had read as repair not attempted.
"""

from __future__ import annotations

import pytest

from qa_frame_support import at, result_at
from roleplay.domain.moment import Moment

# the scenario moments and the scorer at them, shared with the frame tests
judged = result_at


# --- 1. sorrow for their life is not an apology -------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (at("you-did-it-again", "again"), "I'm sorry your landlord's been such a nightmare."),
        (at("just-like-everyone-else", "escalates"), "Sorry your old boss treated you that way."),
        (at("late-and-gone-quiet", "complaint"), "I'm sorry that happened to you growing up."),
        (at("this-isnt-working", "red-pen"), "sorry ur teachers were so harsh on u"),
        (at("how-was-today", "adjust"), "I'm sorry you've been feeling so run down lately."),
    ],
)
def test_sorrow_for_their_life_is_not_repair_or_immediacy(moment: Moment, response: str) -> None:
    repair = judged(moment, response, "rupture_repair")
    assert repair.applicable and repair.score is not None and repair.score <= 2
    assert "not attempted" in repair.rationale
    assert not judged(moment, response, "immediacy").applicable


def test_sorrow_for_their_days_does_not_answer_am_i_boring_you() -> None:
    moment = at("am-i-boring-you", "boring-you")
    assert not judged(
        moment, "I'm sorry retirement has left your days so quiet.", "immediacy"
    ).applicable


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (
            at("late-and-gone-quiet", "complaint"),
            "I'm sorry the way I put it felt like a diagnosis.",
        ),
        (at("this-isnt-working", "patronising"), "I'm sorry the worksheets have felt like school."),
        (at("you-did-it-again", "withdrawn"), "I'm sorry your time here has felt rushed by me."),
    ],
)
def test_near_miss_an_apology_for_the_work_is_still_repair(moment: Moment, response: str) -> None:
    repair = judged(moment, response, "rupture_repair")
    assert repair.applicable and "not attempted" not in repair.rationale
    assert judged(moment, response, "immediacy").applicable


def test_near_miss_sympathy_beside_an_apology_keeps_the_apology() -> None:
    moment = at("complaint-about-last-session", "you-said")
    response = "I'm sorry your family has had so much to carry, and I'm sorry I judged it so fast."
    repair = judged(moment, response, "rupture_repair")
    assert repair.applicable and repair.score is not None and repair.score >= 3


# --- 2. a session moved or booked is housekeeping -----------------------------------------------


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (
            at("complaint-about-last-session", "you-said"),
            "Could we shift next week's session to the afternoon?",
        ),
        (at("you-did-it-again", "again"), "Shall I book you a double session on Monday?"),
        (
            at("cancelled-session-its-fine", "its-fine"),
            "Yes, fine now, thank you. Can we fit in a make-up session this week?",
        ),
    ],
)
def test_booking_a_session_is_not_immediacy(moment: Moment, response: str) -> None:
    assert not judged(moment, response, "immediacy").applicable


def test_near_miss_asking_how_the_sessions_are_is_immediacy() -> None:
    moment = at("complaint-about-last-session", "you-said")
    result = judged(
        moment, "I'd like to hear how our sessions have been for you, since then.", "immediacy"
    )
    assert result.applicable


# --- 3. someone else's view of the therapy ------------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "How did your daughter react when you said you were coming here?",
        "What do your lads at the club reckon about you seeing me?",
        "I wonder what your ex would make of you coming to these sessions.",
    ],
)
def test_someone_elses_view_of_the_therapy_is_not_immediacy(response: str) -> None:
    moment = at("just-like-everyone-else", "kerry")
    assert not judged(moment, response, "immediacy").applicable


def test_near_miss_their_own_view_of_coming_here_is_immediacy() -> None:
    moment = at("just-like-everyone-else", "kerry")
    assert judged(
        moment, "What's it been like for you, coming here to see me?", "immediacy"
    ).applicable


# --- 4. lateness put down to something else -----------------------------------------------------


@pytest.mark.parametrize(
    "response", ["Did the trains make you late again?", "Has your shift been running late again?"]
)
def test_lateness_put_down_to_something_else_is_no_charge(response: str) -> None:
    moment = at("late-and-gone-quiet", "arrives-late")
    immediacy = judged(moment, response, "immediacy")
    assert "blames" not in immediacy.rationale
    repair = judged(moment, response, "rupture_repair")
    assert "fault" not in repair.rationale


def test_near_miss_late_again_said_to_them_is_a_charge() -> None:
    moment = at("late-and-gone-quiet", "arrives-late")
    result = judged(moment, "You're late again, which makes this hard.", "immediacy")
    assert result.applicable and result.score is not None and result.score <= 2


# --- 5. the trainee's part owned in other words -------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (
            at("you-did-it-again", "sorry-is-easy"),
            "I'm the one who broke the promise. What's that left you feeling about me?",
        ),
        (
            Moment(
                client_line="You cancelled on me twice this month. I get it, you're busy.",
                invites="immediacy",
            ),
            "I've let you down twice now. How has that been for you?",
        ),
        (
            at("this-isnt-working", "red-pen"),
            "And I've been the one doing all the marking. What's that been like for you?",
        ),
    ],
)
def test_owning_the_part_in_other_words_is_read(moment: Moment, response: str) -> None:
    immediacy = judged(moment, response, "immediacy")
    assert immediacy.applicable and immediacy.score is not None and immediacy.score >= 3
    repair = judged(moment, response, "rupture_repair")
    assert repair.applicable and "not attempted" not in repair.rationale


def test_near_miss_being_the_one_in_their_own_life_is_no_immediacy() -> None:
    moment = Moment(
        client_line="Money's tight and my mates keep going out. I feel daft.", invites="immediacy"
    )
    response = (
        "That's not daft. I've been the one who couldn't afford a night out, too. "
        "What would you like to say to them?"
    )
    assert not judged(moment, response, "immediacy").applicable


# --- 6. asked to flag the trainee's misstep from now on -----------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "Please tell me if I'm pushing too hard again.",
        "Let me know whenever I come across like I'm marking you.",
    ],
)
def test_asking_them_to_flag_my_misstep_is_immediacy(response: str) -> None:
    moment = at("complaint-about-last-session", "what-now")
    assert judged(moment, response, "immediacy").applicable


def test_near_miss_tell_me_if_im_wrong_after_a_reflection_is_not() -> None:
    moment = at("complaint-about-last-session", "what-now")
    response = "It sounds like you miss your mum's old life. Tell me if I'm wrong."
    assert not judged(moment, response, "immediacy").applicable


# --- 7. the agenda asked for is not the strain explored -----------------------------------------


def test_asking_what_to_bring_does_not_explore_the_strain() -> None:
    moment = at("this-isnt-working", "red-pen")
    result = judged(
        moment, "No worksheets then. What would you like to discuss this week?", "rupture_repair"
    )
    assert "invited their experience" not in result.rationale


# --- 8. the trainee's conduct offered for change ------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "I'll put my notes away. How has it been, watching me scribble?",
        "I could put the pen down if that helps.",
    ],
)
def test_offering_to_put_the_notes_away_is_repair(response: str) -> None:
    moment = at("just-like-everyone-else", "the-notepad")
    result = judged(moment, response, "rupture_repair")
    assert result.applicable and "not attempted" not in result.rationale
