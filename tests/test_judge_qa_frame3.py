"""Third round of play for contracting and boundary: wrong verdicts found writing trainee replies
(the anxious over-explainer, the jokey trainee, the clipped professional, the over-warm friend,
a literal second-language voice, question-only and mirroring replies) at first-session-agreement,
fees-mid-therapy, session-overrun, gift-and-christening-invite, ill-fix-your-car,
hug-after-the-diagnosis, follow-request-on-instagram, telehealth-from-the-car, same-small-town,
how-was-today, are-you-a-student and the boundary drill. Each class is a rule a supervisor would
sign; the examples here are fresh, written after the fix in other words, and each class has a near
miss that must not move.

Contracting (rubric v2 applies_when and levels; APA 2017 10.01; APA 2013 on telepsychology):
1. A reply that only reflects or explores the worry about the terms ("Would I ever tell your
   work? That's a big worry", "That must have felt like a surprise. What's it like to find out
   now?") was read as contracting 3: no agreement is stated or discussed, so it is not in play.
   "I notice you're..." was read as a notice period (the cancellation term).
2. Terms set out unprompted in one breath after owning a lapse ("I'm a trainee, my supervisor
   hears about our sessions, and recording only happens if you say yes") were not read at all
   (are-you-a-student/tricked; a known gap from the last round).
3. The terms put to the client in clipped or second-language words ("ur call", "You decide. Okay
   for you?", "Is it clear for you?", "does that seem fair?", "Would the kitchen table work?",
   "which of your hundred do you want first?") were told "the terms are told, not agreed".
4. Training hidden in two words ("I'm actually fully qualified") was not read as concealed (2,
   not the rubric's 1).
5. Total secrecy promised as "your secrets are safe with me" (the word "safe" counted as a limit),
   as "promise. they'll never know." at a secret-keeping press, and as "ok i promise, no notes",
   was not read as the misleading term.
6. "is that all okay?" closing a long sentence of terms was read as feedback on the session, with
   "every week" among the terms as the feedback routine.
7. Terms waved away ("don't worry about any of that, it's just a chat, we'll work it out as we
   go") were not read as vague.
8. Feedback asked briefly ("Anything you'd want different next time?", "what worked and what
   didn't", "1-10?", "I'd really value knowing how today felt for you") was not read.
9. A fee waived for what the client cannot control (the rota exemplar: "If it's the hospital
   changing your shift ... we won't charge") was read as the frame loosened, contracting 1.
10. The fee kept on the books ("it has to go through the clinic"), the record kept for the
   client's care and a court asking for notes were not read as terms; a client asking that
   nothing be written down now puts the terms in question.
11. The wish named as an offence ("a serious breach of the therapeutic relationship, and I'll
   need to take it to my supervisor and record it") was read as terms set out, 3; the rubric's
   level 1 (terms imposed in a way that shames); found in the development probe set.

The boundary classes of this round (12-18) are in tests/test_judge_qa_frame3_boundary.py.
Boundary (Gutheil & Gabbard 1993, 1998; Zur 2007):
12. An offer taken up by naming the day ("Saturday then, cheers boss") and the over-warm "aw babe
   course u can" were not read as answers at all, and "omg yes" as no yes.
13. "Of course you want to be held right now" (the wish found understandable) read as a yes,
   boundary 1.
14. "My number is not for clients" read as the number offered; "I keep LinkedIn for colleagues
   only" was no answer.
15. A yes confirming a fact ("Yes, someone is waiting", "Yes, you'd be charged") read as a grant.
16. A review point on a renegotiated frequency ("review in a couple of months") read as "a yes
   for later", boundary 1.
17. Only questions handed back ("Would it really be easier?", "Can't we?") were scored as
   answers; "I'd rather you were sitting up somewhere private" and "Can't do cash" were not read
   as holding; "those are the rules" was not read as rule-bound.
18. "Could you text the clinic line instead?" was no answer; "I won't be coming" was not read as
   the no, so the rationale quoted "Oh Eleni, a great-granddaughter!" as the answer.
"""

from __future__ import annotations

import pytest

from qa_frame_support import (
    CONFIDENTIALITY,
    FIRST,
    OFF_BOOKS,
    POSTER,
    ROTA,
    WHO_HEARS,
    at,
    drill,
    result_at,
    score_at,
)

MONTHLY = at("fees-mid-therapy", "monthly")
TRICKED = at("are-you-a-student", "tricked")
CHECK_IN = at("how-was-today", "check-in")
CAR_PARK = at("telehealth-from-the-car", "car-park")
SECRET = drill("Swear you won't tell my teacher what I'm about to say. Promise?")
NOTES = drill("Can you promise not to write anything down about what I'm going to tell you?")
LAWYER = drill("My ex's lawyer wants your notes. You'll say I'm a good mum, won't you?")


# --- 1. reflecting or exploring the worry states no term --------------------------------------


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        ("who-hears", "It sounds like word getting round at work is the real fear."),
        ("who-hears", "I wonder what it would be like for you if she did find out?"),
        ("monthly", "That must be a real worry on top of everything, losing two shifts."),
        ("monthly", "I notice you're not quite looking at me. Is it hard to ask?"),
    ],
)
def test_reflecting_the_worry_about_the_terms_is_not_contracting(
    moment_name: str, response: str
) -> None:
    moment = WHO_HEARS if moment_name == "who-hears" else MONTHLY
    assert score_at(moment, response, "contracting") is None


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        ("monthly", "It sounds like a big change. Could we try monthly and look again after two?"),
        ("monthly", "Would every two weeks be more manageable?"),
        ("monthly", "How about we look at the reduced fee instead?"),
        ("who-hears", "Shall I explain who hears about our work?"),
        ("car", "Could anybody overhear you there?"),
    ],
)
def test_a_term_put_as_a_question_still_counts(moment_name: str, response: str) -> None:
    # near misses: a change or an explanation of the terms offered, not only the worry explored
    moment = {"monthly": MONTHLY, "who-hears": WHO_HEARS, "car": CAR_PARK}[moment_name]
    assert score_at(moment, response, "contracting") is not None


# --- 2. terms set out in one breath, unprompted -------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "I'm sorry, that's on me. To be clear now: I'm in training, and my supervisor listens to "
        "recordings only if you agree to them.",
        "soz, shd have said. im a student counsellor n my supervisor hears abt our sessions",
    ],
)
def test_terms_restated_after_owning_the_lapse_are_contracting(response: str) -> None:
    found = result_at(TRICKED, response, "contracting")
    assert found.applicable and (found.score or 0) >= 3


def test_one_term_named_in_passing_is_not_contracting() -> None:
    assert (
        score_at(TRICKED, "I'm sorry you feel stupid about the training bit.", "contracting")
        is None
    )


# --- 3. the terms put to the client in few words ------------------------------------------------


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        (
            "poster",
            "Yes, I'm a trainee and I'm supervised. Recording is optional. Totally ur call.",
        ),
        (
            "poster",
            "Yes I am trainee. My supervisor hears some of our work. Recording, you choose. "
            "You decide. Is this clear?",
        ),
        (
            "first",
            "Fifty minutes a week, I'm supervised, and it's confidential unless you're at "
            "risk. Which of those do you want to ask about first?",
        ),
        (
            "monthly",
            "Ok, monthly for now, and we'll look again after two sessions. Does that seem "
            "fair to you?",
        ),
    ],
)
def test_terms_put_to_the_client_in_few_words_are_a_check(moment_name: str, response: str) -> None:
    moment = {"poster": POSTER, "first": FIRST, "monthly": MONTHLY}[moment_name]
    found = result_at(moment, response, "contracting")
    assert found.applicable and found.checks.get("seeks_consent") is True
    assert "told, not agreed" not in found.rationale


def test_terms_only_told_are_still_told() -> None:
    found = result_at(POSTER, "Yes, I'm a trainee. Recording is for my supervisor.", "contracting")
    assert found.applicable and found.checks.get("seeks_consent") is False


# --- 4. training hidden in two words ------------------------------------------------------------


def test_qualified_said_with_two_adverbs_hides_the_training() -> None:
    found = result_at(
        POSTER, "I'm already fully registered, so it doesn't apply to me.", "contracting"
    )
    assert found.applicable and found.score == 1
    assert "in training" in found.rationale


def test_nearly_qualified_is_a_fact_told() -> None:
    found = result_at(POSTER, "I'm nearly qualified; I'm a trainee, supervised.", "contracting")
    assert found.applicable and "hides" not in found.rationale


# --- 5. total secrecy promised ------------------------------------------------------------------


def test_a_secret_said_to_be_safe_is_total_secrecy() -> None:
    found = result_at(CONFIDENTIALITY, "Your secret's safe with me, honestly.", "contracting")
    assert found.applicable and (found.score or 5) <= 2
    assert "secrecy" in found.rationale


def test_a_promise_of_silence_at_a_secret_press_misleads() -> None:
    found = result_at(SECRET, "i promise, nobody will know", "contracting")
    assert found.applicable and found.score == 1
    assert score_at(SECRET, "i promise, nobody will know", "boundary") == 1


def test_no_notes_promised_misleads_but_refused_does_not() -> None:
    found = result_at(NOTES, "fine, I promise, no notes at all", "contracting")
    assert found.applicable and found.score == 1
    kept = result_at(
        NOTES,
        "I can't promise no notes; I write brief records for your care and they're stored "
        "securely. What worries you about them?",
        "contracting",
    )
    assert kept.applicable and (kept.score or 0) >= 3 and "secrecy" not in kept.rationale


def test_the_limits_named_beside_a_safe_still_count() -> None:
    response = "It's safe with me unless I'm worried about your safety; then I'd talk to you first."
    found = result_at(CONFIDENTIALITY, response, "contracting")
    assert found.applicable and "secrecy" not in found.rationale


# --- 6. "is that all okay?" after a long sentence of terms -------------------------------------


def test_a_check_after_terms_in_one_long_sentence_is_consent_not_feedback() -> None:
    response = (
        "Right, so, um, sorry, it's fifty minutes every week, and I'm in training so there's a "
        "supervisor I talk to, about the work not your name, and, gosh, is that all right?"
    )
    found = result_at(FIRST, response, "contracting")
    assert found.applicable
    assert "feedback" not in found.rationale and "their view" not in found.rationale


def test_a_question_about_the_session_stays_feedback() -> None:
    found = result_at(CHECK_IN, "Same time, yes. Was today okay for you?", "contracting")
    assert found.applicable and "feedback" in found.rationale


# --- 7. terms waved away ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        ("first", "oh don't worry about all that, it's just a chat, we'll work it out as we go"),
        ("car", "ah don't stress about that stuff hun, we'll figure it out as we go x"),
    ],
)
def test_terms_waved_away_are_vague(moment_name: str, response: str) -> None:
    moment = FIRST if moment_name == "first" else CAR_PARK
    found = result_at(moment, response, "contracting")
    assert found.applicable and (found.score or 5) <= 2


# --- 8. feedback asked briefly -----------------------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "Yes. Anything you'd like done differently next week?",
        "Same time. Quick one before you go: what worked for you and what didn't?",
        "Yeah, same time. how was it, today, for you? 1-10?",
        "Same time. And I'd love to hear how today felt for you, it's fine to say it missed.",
    ],
)
def test_feedback_asked_briefly_is_read(response: str) -> None:
    found = result_at(CHECK_IN, response, "contracting")
    assert found.applicable and (found.score or 0) >= 3
    assert "feedback" in found.rationale


def test_asking_how_saying_it_felt_is_not_feedback_on_the_session() -> None:
    safety_step = at("session-overrun", "safety-step")
    assert (
        score_at(safety_step, "It's all right. How was it for you, telling me?", "contracting")
        is None
    )


# --- 9. a fee waived for what the client cannot control -----------------------------------------


def test_a_waiver_for_what_they_cannot_control_is_renegotiated() -> None:
    response = (
        "That sounds exhausting. For rota changes you can't control, I won't charge; just tell "
        "the office as soon as you know. Does that feel workable?"
    )
    found = result_at(ROTA, response, "contracting")
    assert found.applicable and (found.score or 0) >= 3
    assert "loosens" not in found.rationale


def test_a_waiver_for_anything_still_loosens() -> None:
    found = result_at(ROTA, "Oh I won't charge you, just come whenever.", "contracting")
    assert found.applicable and found.score == 1


# --- 10. the fee on the books, the record, the court -------------------------------------------


@pytest.mark.parametrize(
    ("moment_name", "response"),
    [
        (
            "books",
            "Ah, sorry love, I can't, the money has to go through the clinic. Let's look "
            "at the reduced fee instead.",
        ),
        (
            "lawyer",
            "That sounds frightening. If a court asked for my notes I'd speak to my "
            "supervisor, and I'd tell you first. What worries you most?",
        ),
    ],
)
def test_the_fee_and_the_record_are_terms(moment_name: str, response: str) -> None:
    moment = OFF_BOOKS if moment_name == "books" else LAWYER
    found = result_at(moment, response, "contracting")
    assert found.applicable and (found.score or 0) >= 3


# --- 11. the wish named as an offence -----------------------------------------------------------

ROMANTIC = drill("I know it's not allowed, but I think we could be something. Don't you feel it?")


def test_a_wish_named_as_a_breach_shames() -> None:
    response = (
        "What you're saying is a violation of our professional boundaries; it goes in your notes "
        "and to my supervisor."
    )
    found = result_at(ROMANTIC, response, "contracting")
    assert found.applicable and (found.score or 5) <= 2


def test_the_limits_told_with_the_supervisor_are_no_breach() -> None:
    response = "My supervisor hears about our work, and I keep brief notes. Does that sound okay?"
    found = result_at(ROMANTIC, response, "contracting")
    assert found.applicable and (found.score or 0) >= 3
