"""Second round of play for boundary and contracting: wrong verdicts found writing trainee replies
(hurried typing, English as a second language, one to four words, long mixed replies, the right
move at the wrong moment) at are-you-a-student, cancelled-session-its-fine, how-was-today,
telehealth-from-the-car, session-overrun, follow-request-on-instagram, gift-and-christening-invite,
do-you-think-about-me and the boundary drill (intermediate and advanced). Each class is a rule a
supervisor would sign; the examples here are fresh, written after the fix in other words, and each
class has a near miss that must not move.

Contracting (rubric v2 levels; APA 2017 10.01; APA 2013 on telepsychology):
1. A rating asked another way ("on a scale of 1-10 how useful was today?") was not read as
   feedback at all, so a full check-in at how-was-today was "not used".
2. Feedback asked as "how it was for you today, what helped and what didn't", and the routine
   promised as "I'd like to ask that at the end of every session", were not read, so the
   rationale said "the terms are told, not agreed" (how-was-today, check-in).
3. The telehealth terms in a trainee's words (the call drops and "I'll ring you back", "is it
   private enough", a word to say and "I'll end the call", "call 999") were not read, so the
   rationale quoted "Ok." or "He checks your phone." as the terms (telehealth car-park, dean).
4. Notice of a cancellation arranged through the service ("I'll ask the office to give you more
   notice next time") was not read as a term; the next-time exemplar's ruling is contracting 2
   (cancelled-session-its-fine; a known gap from the first round).
5. Where next week starts said "next week we start here" (no "we'll") was not read; the
   safety-step exemplars' ruling is contracting 4 (session-overrun).
6. The limits of confidentiality told ("the only time I'd need to share something is if...",
   "unless ...") and crisis contact with its condition ("if it ever gets unsafe, the Samaritans
   answer all weekend") were not read (the boundary drill, advanced and intermediate).
7. Frequency renegotiated at a press ("monthly is possible, let's review it in three months") was
   not read (the once-a-month drill).
8. "u ok?" asking after the client was read as "you checked what they make of it" (the terms put
   to the client); "Does that make sense?" after the limits was not read as a check at all.

Boundary (Gutheil & Gabbard 1993, 1998; Zur 2007):
9. A refusal to answer ("no im not going to answer that one") read as the detail given, boundary
   2 with "it grants what would change the relationship" (do-you-think-about-me, seeing-anyone).
10. A yes that confirms a fact ("yes they are waiting" answering "is that the next person?",
   "Yes, I'm in training") read as a grant, boundary 1 (session-overrun over-time; the trainee
   drill).
11. A rule-only no ("Physical contact with clients is not permitted") was told "the answer leaves
   the door open"; the rule is what answers, and the rationale now says so (the level is
   unchanged: the same feature, so the fitted weights read it as before) (hug, next-time).
12. Leave to go on ("It's fine, carry on, I don't mind") at the overrun read 2; the over-time
   exemplar's ruling for "Carry on, honestly" is 1 (session-overrun).
13. A follow request said to be accepted ("Accepted already lol") and a secret promised ("i
   promise, nobody will know") were not read as answers at all (follow-request, the promise drill).
14. The door left open with a shrug ("If we'd met in a pub? Who knows!") read 4 (do-you-think-
   about-me, feelings); "someone who knows" is not it.

And one more for contracting, typed in a hurry:
15. "everythings confidential dont worry" (no apostrophe) was not read as total secrecy promised,
   2; the rubric's level 1 (are-you-a-student, poster).

A last batch (how-was-today, are-you-a-student, gift-and-christening-invite):
16. A rating asked alone ("btw rate today 1 to 10?") was told "one bare question; a short rating
   check-in tells you more": it is the rating check-in.
17. "What's one thing that would make next week more useful for you?" was not read as feedback.
18. A clipped "Questions?" after the terms was not read as questions invited, so the rationale
   said "the terms are told, not agreed".
19. Thanks in the third sentence ("Oh, Eleni. Your mother's recipe. Thank you, I'll take them
   gladly.") was not read as the gift received, so the rationale said "the answer leaves the door
   open" (the-tin).
"""

from __future__ import annotations

import pytest

from qa_frame_support import (
    CHECK_IN,
    HUG,
    NEXT_TIME,
    SAFETY_STEP,
    at,
    drill,
    result_at,
    score_at,
)

CAR_PARK = at("telehealth-from-the-car", "car-park")
DEAN = at("telehealth-from-the-car", "dean")
OVER_TIME = at("session-overrun", "over-time")
SEEING_ANYONE = at("do-you-think-about-me", "seeing-anyone")
FOLLOW = at("follow-request-on-instagram", "follow-request")
PROMISE = drill("You can't tell my parents I'm seeing my boyfriend. Promise me.")
SUNDAYS = drill("Weekends are so long. Could we have a quick call on Sundays?")
MONTHLY = drill("Can we go down to once a month? Money's tight and I'm doing better.")
TRAINEE = drill("Wait, you're a trainee? Why didn't anyone tell me? Who else hears about me?")

# --- 1-2. feedback asked in other words ---------------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "Same time, yes. Quick one first: scale of 0-10, where would you put today?",
        "Yes, next Tuesday. How helpful was this session, honestly? It's fine to say not very.",
    ],
)
def test_a_rating_asked_another_way_is_feedback(response: str) -> None:
    found = result_at(CHECK_IN, response, "contracting")
    assert found.applicable and (found.score or 0) >= 3
    assert "feedback" in found.rationale


@pytest.mark.parametrize(
    "response",
    [
        "Yes, same time. Before you go, could you tell me how it went for you today?",
        "Next week, yes. What helped and what didn't, this time? I'll ask you that after every "
        "session, so we can steer it together.",
    ],
)
def test_feedback_in_other_words_is_read(response: str) -> None:
    found = result_at(CHECK_IN, response, "contracting")
    assert found.applicable and (found.score or 0) >= 3
    assert "feedback" in found.rationale or "their view" in found.rationale


def test_asking_how_someone_else_helped_is_not_feedback() -> None:
    assert (
        score_at(CHECK_IN, "How helpful was your sister when you told her?", "contracting") is None
    )


# --- 3. the telehealth terms in a trainee's words -----------------------------------------------


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        (
            "car",
            "If the video freezes, I'll call you back on your mobile. Can you talk freely there?",
        ),
        (
            "dean",
            "Shall we have a code word, so if he comes near you say it and I'll end the call?",
        ),
    ],
)
def test_telehealth_terms_in_own_words_are_contracting(moment_name: str, response: str) -> None:
    moment = CAR_PARK if moment_name == "car" else DEAN
    found = result_at(moment, response, "contracting")
    assert found.applicable and (found.score or 0) >= 3
    quoted = found.rationale.split("“", 1)[1].split("”", 1)[0]
    assert any(word in quoted for word in ("call", "code word"))


def test_small_talk_at_the_car_park_sets_no_term() -> None:
    assert score_at(CAR_PARK, "Ha, I know that pinging sound well.", "contracting") is None


# --- 4. notice of a cancellation through the service ------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "I'll make sure the clinic gives you more notice than that.",
        "You'll be given notice by phone next time, not just a text.",
    ],
)
def test_notice_arranged_through_the_service_is_a_term(response: str) -> None:
    found = result_at(NEXT_TIME, response, "contracting")
    assert found.applicable and 2 <= (found.score or 0) <= 3


def test_noticing_the_bus_stop_is_no_term() -> None:
    assert (
        score_at(NEXT_TIME, "I noticed you sat at the bus stop a long time.", "contracting") is None
    )


# --- 5. where next week starts ------------------------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "yes its fine. next session we begin with this",
        # (expected to fail from the third round's refit, P = 0.49 against 0.50, until the
        # sixteenth landing's refit on X's labels)
        "Of course it was. Next week we pick it up from there.",
    ],
)
def test_next_week_we_start_here_is_a_term(response: str) -> None:
    found = result_at(SAFETY_STEP, response, "contracting")
    assert found.applicable and (found.score or 0) >= 3


# --- 6-7. the limits told, crisis contact, frequency renegotiated -------------------------------


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        ("promise", "That stays here. Unless you were in danger, I wouldn't tell anyone."),
        (
            "promise",
            "I'll keep it private. The only reason I'd ever break that is if your safety "
            "was at risk.",
        ),
        (
            "sundays",
            "I can't do Sunday calls. If things ever feel unsafe over the weekend, ring "
            "111 or go to A&E.",
        ),
        ("monthly", "Fortnightly could work. Let's review it after six sessions, okay?"),
    ],
)
def test_limits_crisis_and_frequency_are_terms(moment_name: str, response: str) -> None:
    moment = {"promise": PROMISE, "sundays": SUNDAYS, "monthly": MONTHLY}[moment_name]
    found = result_at(moment, response, "contracting")
    assert found.applicable and (found.score or 0) >= 2


def test_unless_about_the_talk_is_no_term() -> None:
    response = "Unless you want to, we don't have to talk about him today."
    assert score_at(PROMISE, response, "contracting") is None


# --- 8. "u ok?" asks after the client; "does that make sense?" checks ----------------------------


def test_asking_if_they_are_ok_is_no_consent_check() -> None:
    response = "We've gone over, so next week we begin here. Getting home tonight, you ok?"
    found = result_at(OVER_TIME, response, "contracting")
    assert "you checked what they make of it" not in found.rationale


def test_ok_after_the_terms_still_checks() -> None:
    found = result_at(SAFETY_STEP, "It was. Next week we start there, ok?", "contracting")
    assert found.applicable and "you checked what they make of it" in found.rationale


def test_does_that_make_sense_checks_the_limits() -> None:
    response = (
        "I won't tell them. The only time I'd share anything is if you were at serious risk, and "
        "I'd talk to you first. Did that make sense?"
    )
    found = result_at(PROMISE, response, "contracting")
    assert found.applicable and "you checked what they make of it" in found.rationale


# --- 9-10. a no to answering; a yes that confirms a fact -----------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "Im not gonna answer that but im curious why now?",
        "I won't answer that one, but I'd like to understand what's behind it.",
    ],
)
def test_a_refusal_to_answer_gives_nothing(response: str) -> None:
    found = result_at(SEEING_ANYONE, response, "boundary")
    assert found.applicable and (found.score or 0) >= 3
    assert "grants" not in found.rationale


def test_the_detail_given_is_still_a_grant() -> None:
    assert (score_at(SEEING_ANYONE, "Yes I am, why do you ask?", "boundary") or 5) <= 2


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        (
            "over",
            "Yeah, she is. We've gone over and that's on me too; next week we start with "
            "this. Are you safe tonight?",
        ),
        (
            "trainee",
            "Yep, I'm a trainee, and I'm sorry nobody said. My supervisor hears about our "
            "work and no one else.",
        ),
    ],
)
def test_a_yes_confirming_a_fact_grants_nothing(moment_name: str, response: str) -> None:
    moment = OVER_TIME if moment_name == "over" else TRAINEE
    found = result_at(moment, response, "boundary")
    assert "grants" not in found.rationale
    assert not found.applicable or (found.score or 0) >= 2


def test_a_yes_to_the_wedding_is_still_a_grant() -> None:
    wedding = drill("I'd love you to come to my wedding. You helped me get here.")
    assert (score_at(wedding, "Yes, I'll come to the wedding.", "boundary") or 5) <= 2


# --- 11. a rule-only no is named as the rule ----------------------------------------------------


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        ("hug", "Hugging clients isn't permitted here."),
        ("next", "Texting clients is not allowed by the service."),
    ],
)
def test_a_rule_only_no_is_not_called_a_door_left_open(moment_name: str, response: str) -> None:
    found = result_at(HUG if moment_name == "hug" else NEXT_TIME, response, "boundary")
    assert found.applicable and (found.score or 5) <= 3
    assert "leaves the door open" not in found.rationale


# --- 12-13. leave to run on; a request accepted; a secret promised -------------------------------


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        ("over", "No worries, keep going, take your time."),
        ("over", "Please, carry on, it's fine."),
        ("follow", "I've already accepted it haha"),
        ("follow", "followed u back!"),
        ("promise", "i swear, no one will find out"),
    ],
)
def test_leave_to_go_on_and_grants_are_read(moment_name: str, response: str) -> None:
    moment = {"over": OVER_TIME, "follow": FOLLOW, "promise": PROMISE}[moment_name]
    assert (score_at(moment, response, "boundary") or 5) <= 2


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        (
            "over",
            "We need to stop here; let's carry on next week, same time. Are you safe tonight?",
        ),
        ("follow", "I haven't accepted it, and I won't, so this space stays yours."),
        ("promise", "I can't promise that, but I can tell you what stays private."),
    ],
)
def test_near_misses_still_hold(moment_name: str, response: str) -> None:
    moment = {"over": OVER_TIME, "follow": FOLLOW, "promise": PROMISE}[moment_name]
    found = result_at(moment, response, "boundary")
    assert found.applicable and (found.score or 0) >= 2
    assert "grants" not in found.rationale


# --- 14. the door left open with a shrug --------------------------------------------------------

FEELINGS = at("do-you-think-about-me", "feelings")


@pytest.mark.parametrize(
    "response",
    ["Ha, who knows, in another life!", "Honestly? Who knows."],
)
def test_who_knows_leaves_the_door_open(response: str) -> None:
    assert (score_at(FEELINGS, response, "boundary") or 5) <= 2


def test_someone_who_knows_is_no_shrug() -> None:
    response = (
        "I can hear you want someone who knows you. I wouldn't, no; what we have here works "
        "because it stays this. What's it like to say it?"
    )
    found = result_at(FEELINGS, response, "boundary")
    assert found.applicable and (found.score or 0) >= 3


# --- 15. total secrecy typed in a hurry ---------------------------------------------------------

POSTER = at("are-you-a-student", "poster")


@pytest.mark.parametrize(
    "response",
    [
        "yeah im a trainee sorry. everythings totally confidential tho",
        "Trainee, yes. But everything's confidential, so don't worry about the recording.",
    ],
)
def test_total_secrecy_typed_in_a_hurry_is_contracting_one(response: str) -> None:
    assert score_at(POSTER, response, "contracting") == 1


# --- 16-19. the last batch ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "yep same time. quick score for today out of 10?",
        "Same time. Could you rate this session 0-10?",
    ],
)
def test_a_rating_alone_is_not_a_bare_question(response: str) -> None:
    found = result_at(CHECK_IN, response, "contracting")
    assert found.applicable and "one bare question" not in found.rationale


def test_a_plain_question_about_today_is_still_bare() -> None:
    found = result_at(CHECK_IN, "Yes, same time. Was today okay?", "contracting")
    assert found.applicable and "one bare question" in found.rationale


@pytest.mark.parametrize(
    "response",
    [
        "Yes, Tuesday. What's something that would make our sessions more useful for you?",
        "Same time. what would make next time better for u?",
    ],
)
def test_what_would_make_it_more_useful_is_feedback(response: str) -> None:
    found = result_at(CHECK_IN, response, "contracting")
    assert found.applicable and "feedback" in found.rationale


@pytest.mark.parametrize(
    "response",
    [
        "In training, yes. My supervisor hears about our work. Recording only if you agree. "
        "Questions?",
        "yes im a student, supervised weekly, recording is up to u. questions ?",
    ],
)
def test_a_clipped_questions_invites_them(response: str) -> None:
    found = result_at(POSTER, response, "contracting")
    assert found.applicable and "the terms are told, not agreed" not in found.rationale


THE_TIN = at("gift-and-christening-invite", "the-tin")


@pytest.mark.parametrize(
    "response",
    [
        "Koulourakia. From the village. Thank you, Eleni, I'd be glad to have them.",
        "Oh! The smell of them. I'll share them with the team, that's so kind of you.",
    ],
)
def test_thanks_after_a_line_about_the_gift_receives_it(response: str) -> None:
    found = result_at(THE_TIN, response, "boundary")
    assert found.applicable and (found.score or 0) >= 3
    assert "leaves the door open" not in found.rationale
