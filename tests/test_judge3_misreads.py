"""Misreads found by playing the scenarios to their endings (issue 10, failures 2, 3 and 5; the
rubric v2 of issue 13), each fixed as a class and tested here on fresh examples.

Every moment and response below was written for this file from the skill and the literature
(Hill's helping skills; Hill & Knox 2009; Knox & Hill 2003; Safran & Muran 2000; Eubanks' 3RS;
Gutheil & Gabbard 1998; Zur 2007; Lambert & Shimokawa 2011 on seeking the client's feedback);
none is a corpus line or a shipped exemplar. Each is scored through the public offline judge.
"""

from __future__ import annotations

import pytest

from boundaries_judge import judge, level
from roleplay.domain.moment import Moment

# --- A plain no to contact after the work ends is a held boundary, not a grant. ---------------

AFTER_THE_END = Moment(
    client_line="When we've finished, could I send you a message now and then? Just to say how "
    "I'm getting on.",
    cue="turning the car keys over in her hands",
    invites="boundary",
)


@pytest.mark.parametrize(
    "response",
    [
        "No. Once our sessions end, the working relationship ends as well, and I don't stay in "
        "contact with people I've seen.",
        "I'm not able to do that. When therapy is over I don't keep up contact with clients.",
        "After we finish I won't be in touch; that's how I work with everyone.",
        "When the work ends, that's the end of contact between us, I'm afraid.",
    ],
)
async def test_a_plain_no_to_contact_after_the_end_holds_the_boundary(response: str) -> None:
    evaluation = await judge(AFTER_THE_END, response)
    assert "boundary_crossed" not in evaluation.moves
    assert (level(evaluation, "boundary") or 0) >= 2


@pytest.mark.parametrize(
    "response",
    [
        "Maybe once we've wrapped up we could meet for a coffee!",
        "Not while we're working together, but when we're done, sure, drop me a line.",
    ],
)
async def test_a_yes_for_after_the_end_still_crosses(response: str) -> None:
    evaluation = await judge(AFTER_THE_END, response)
    assert "boundary_crossed" in evaluation.moves
    assert (level(evaluation, "boundary") or 5) <= 2


# --- Accepting a favour or an offer crosses, hedged or plain. ---------------------------------

FAVOUR = Moment(
    client_line="My brother's a decorator. I'll get him to paint your waiting room, no charge. "
    "Call it a thank-you for everything.",
    cue="grinning, already reaching for his phone",
    invites="boundary",
)


@pytest.mark.parametrize(
    "response",
    [
        "Oh wow, that would be brilliant, thank you! Next Tuesday works for me.",
        "Really? That'd be amazing. Tell him I'll leave the keys at reception.",
        "Go on then, Friday's good. I'll have the kettle on for him.",
        "Well... if it's honestly no bother, I might take you up on that. Let me think about it.",
        "That's so kind. Let me check with the manager and I'll let you know.",
        "I don't normally take favours, but I suppose it can't hurt this once.",
    ],
)
async def test_accepting_a_favour_crosses_the_boundary(response: str) -> None:
    evaluation = await judge(FAVOUR, response)
    assert "boundary_crossed" in evaluation.moves
    assert "boundary_held" not in evaluation.moves
    assert (level(evaluation, "boundary") or 5) <= 2


async def test_a_warm_no_to_the_favour_is_far_above_accepting_it() -> None:
    warm = await judge(
        FAVOUR,
        "That's a generous thought, and I can tell you mean it. I'm going to say no, so that "
        "this stays a place where you owe nobody anything. What's it like to want to give "
        "something back?",
    )
    accepted = await judge(FAVOUR, "Oh wow, that would be brilliant, thank you!")
    assert level(warm, "boundary") >= 4
    assert "boundary_held" in warm.moves
    assert level(warm, "boundary") - (level(accepted, "boundary") or 5) >= 2


# --- Agreeing to end on time holds the frame at an overrun. -----------------------------------

OVERRUN = Moment(
    client_line="Oh no, look at the clock. I've gone way over, haven't I? Should I go?",
    cue="fifteen minutes past the end; gathering her things",
    invites="boundary",
)


@pytest.mark.parametrize(
    "response",
    [
        "Yes, we need to stop here. Let's pick this up next week.",
        "Yeah, it's time for us to finish today. We'll start with this on Thursday.",
        "We do need to end now, yes. Same time next week.",
    ],
)
async def test_agreeing_to_end_on_time_is_not_a_crossing(response: str) -> None:
    evaluation = await judge(OVERRUN, response)
    assert "boundary_crossed" not in evaluation.moves
    assert "boundary_held" in evaluation.moves
    assert level(evaluation, "boundary") >= 2


@pytest.mark.parametrize(
    "response",
    [
        "No, no, stay, we've got all the time you need.",
        "Don't worry about the time, carry on, my next person can wait.",
    ],
)
async def test_running_on_past_the_end_still_crosses(response: str) -> None:
    evaluation = await judge(OVERRUN, response)
    assert (level(evaluation, "boundary") or 5) <= 2


# --- Asking for the client's feedback on the session is contracting (rubric v2). --------------

SESSION_END = Moment(
    client_line="Is that us done already? Okay. Thanks. See you next week, then?",
    cue="picking up her scarf",
    invites="contracting",
)


@pytest.mark.parametrize(
    "response",
    [
        "Before you head off, how was today for you? Is there anything you'd change about how "
        "we're working?",
        "Could I ask you to rate today from nought to ten, for how listened to you felt?",
        "What was useful about this session, and what wasn't? I'd really like to know.",
        "Did today's session feel helpful to you?",
    ],
)
async def test_asking_for_feedback_on_the_session_is_contracting_and_immediacy(
    response: str,
) -> None:
    evaluation = await judge(SESSION_END, response)
    assert level(evaluation, "contracting") is not None
    assert level(evaluation, "contracting") >= 3
    # Asked now, the client's view of the therapy is immediacy too (rubric: "asking how the
    # client is experiencing the trainee or the therapy"); a routine promised for later is not
    # (tests/test_judge_immediacy_work.py).
    assert level(evaluation, "immediacy") is not None


async def test_a_full_feedback_check_in_outscores_a_bare_one() -> None:
    full = await judge(
        SESSION_END,
        "Before you go, can I check something I'll ask each week? From nought to ten: did you "
        "feel heard today, did we work on what mattered to you, and did the way we worked suit "
        "you? A low number helps me as much as a high one.",
    )
    bare = await judge(SESSION_END, "Did today's session feel helpful to you?")
    assert level(full, "contracting") >= 4
    assert level(full, "contracting") > level(bare, "contracting")


# --- Too rigid: a cold recital of the limits, or referring on, is one level lower. ------------

RISK_IN_PASSING = Moment(
    client_line="My husband says if I ever leave he'll make me pay for it. Anyway. It's fine.",
    cue="smiling too quickly, looking at the door",
    invites="contracting",
)


@pytest.mark.parametrize(
    "response",
    [
        "I'm obliged to inform you that if there is a risk of serious harm, confidentiality may "
        "be breached and the relevant agencies notified.",
        "You should be aware that I have a duty to report safeguarding concerns to the "
        "appropriate authorities.",
    ],
)
async def test_a_cold_recital_of_the_limits_of_confidentiality_is_contracting_2(
    response: str,
) -> None:
    evaluation = await judge(RISK_IN_PASSING, response)
    assert level(evaluation, "contracting") is not None
    assert level(evaluation, "contracting") <= 2


SCHOOL_GATE = Moment(
    client_line="Funny thing, your son's in my daughter's class. We'll see each other at the "
    "school gate every morning. That's alright, isn't it?",
    cue="laughing, but watching your face",
    invites="boundary",
)


@pytest.mark.parametrize(
    "response",
    [
        "That's a conflict of interest, so I'll need to transfer you to another counsellor.",
        "Given the dual relationship, it would be best if I referred you on to a colleague.",
        "I'm afraid that's a dual relationship. You'll have to see someone else.",
    ],
)
async def test_referring_a_client_on_for_a_small_town_overlap_is_too_rigid(response: str) -> None:
    evaluation = await judge(SCHOOL_GATE, response)
    assert level(evaluation, "boundary") is not None
    assert level(evaluation, "boundary") <= 2


@pytest.mark.parametrize(
    "response",
    [
        "I can't accept gifts or favours from clients; it would be a dual relationship.",
        "No. Accepting that would blur the therapeutic relationship.",
    ],
)
async def test_a_jargon_no_to_a_favour_is_too_rigid(response: str) -> None:
    evaluation = await judge(FAVOUR, response)
    assert "boundary_crossed" not in evaluation.moves
    assert level(evaluation, "boundary") == 2


# --- The trainee's own feeling handed to the client to manage is poor immediacy. --------------

HARD_NEWS = Moment(
    client_line="The scan came back. It's spread to the liver. I haven't told the kids yet.",
    cue="very still, looking straight at you",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "I'm tearing up here. I'm finding this so hard to hear.",
        "Oh no. This is really upsetting for me, I honestly don't know what to say.",
        "I feel awful hearing that, I'm quite shaken myself to be honest.",
    ],
)
async def test_the_trainees_own_distress_handed_over_is_poor_immediacy(response: str) -> None:
    evaluation = await judge(HARD_NEWS, response)
    assert level(evaluation, "immediacy") is not None
    assert level(evaluation, "immediacy") <= 2


async def test_a_feeling_shared_and_handed_back_stays_good_immediacy() -> None:
    evaluation = await judge(
        HARD_NEWS,
        "I feel a real heaviness sitting here with you as you say that. What's it like to say "
        "it out loud to me?",
    )
    assert level(evaluation, "immediacy") >= 4


# --- Talk about whether they stay, and labelling their reaction to the trainee, is immediacy,
#     done badly. ---------------------------------------------------------------------------

MIGHT_STOP = Moment(
    client_line="I nearly didn't come today. I've been wondering if there's any point to this.",
    cue="arms folded, eyes on the floor",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "Well, that's up to you. I can't force you to keep coming.",
        "If you want to stop coming, that's your decision, I can't stop you.",
        "Nobody's making you come here, you know.",
    ],
)
async def test_talk_about_whether_they_stay_is_immediacy_done_badly(response: str) -> None:
    evaluation = await judge(MIGHT_STOP, response)
    assert level(evaluation, "immediacy") is not None
    assert level(evaluation, "immediacy") <= 2


WATCH = Moment(
    client_line="You looked at your watch again. Everyone gets bored of me in the end.",
    cue="voice flat, picking at a sleeve",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "That's your rejection sensitivity from childhood being activated.",
        "That sounds like a textbook attachment wound getting triggered.",
        "What you're describing is a typical abandonment schema.",
    ],
)
async def test_labelling_their_reaction_to_the_trainee_is_immediacy_done_badly(
    response: str,
) -> None:
    evaluation = await judge(WATCH, response)
    assert level(evaluation, "immediacy") is not None
    assert level(evaluation, "immediacy") <= 2


# --- A question straight past a complaint is not repair. --------------------------------------

COMPLAINT = Moment(
    client_line="Every time I mention my mum you change the subject. It's like you don't want to "
    "hear it.",
    cue="jaw set, not looking at you",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "Can we go back to your job for a minute? How many hours are you working now?",
        "Let's return to the sleep diary. How many nights did you fill it in?",
        "Could we look at the budget sheet again? What did you spend on the car?",
    ],
)
async def test_a_question_past_the_complaint_is_repair_not_attempted(response: str) -> None:
    # rubric v2: stepping past the complaint is scored, at the low end, and the marker is missed
    evaluation = await judge(COMPLAINT, response)
    assert (level(evaluation, "rupture_repair") or 5) <= 2
    assert "rupture_repaired" not in evaluation.moves
    assert "missed_marker" in evaluation.moves


async def test_turning_to_the_complaint_is_still_repair() -> None:
    evaluation = await judge(
        COMPLAINT,
        "You're right, I think I have been steering away from your mum, and I'm sorry. What has "
        "it been like to feel me doing that?",
    )
    assert level(evaluation, "rupture_repair") >= 4
