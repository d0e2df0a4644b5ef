"""Fourth round of play as trainees, immediacy and rupture repair, second part (the first is
tests/test_judge_qa_im4.py). Fresh examples, written after each fix in other words.

Classes:
9. Validation of the client's feeling for someone in their life ("It's understandable you'd feel
   protective of her") at a complaint had read as immediacy 1 through the strain reader
   (immediacy_strain.py): it speaks only of the client's life (Z's convention pass). Said of the
   client's feeling toward the trainee it stays immediacy.
10. The trainee's account set against the client's ("In my defence it's a very loud clock", "I
    don't think I looked at it, did I?", "It wasn't a diagnosis, I was just reflecting what you
    said") had read as no immediacy and repair not attempted: it is the defensive immediacy and
    repair the rubric scores low (lexicon DEFENSIVE).
11. "What's it like for you to say that to me?" at a strain had read as repair not attempted (the
    here-and-now pattern missed "what's", "that to me" and the order "what it was like to hear
    that from me"); it explores the strain.
12. The client's strain word asked back in another form ("Which bit felt like a diagnosis?" to
    "like being diagnosed") explores the strain.
13. "I'm the one who cancelled" had not read as owning ("i'm" was never matched).
14. Sorrow for a life event with "got" ("Sorry you got made redundant") is sympathy, not apology.
15-18. Harmful replies that had scored high (a label of the client's manner, the trainee's hurt
    put on them, the rule held up, a telling-off for how they speak): see their section.
19-20. Found in the rupture drill (the pace slowed as asked; the look at the clock explained).
21-23. Brief replies near the line ("my bad.", "what's missing?", "I love our chats").
24. The look at the clock explained, asked "am I boring you?", is not defending.
"""

from __future__ import annotations

import pytest

from qa_frame_support import at, result_at
from roleplay.domain.moment import Moment

# the scenario moments and the scorer at them, shared with the frame tests
judged = result_at


# --- 9. validation of their feeling for someone else --------------------------------------------


@pytest.mark.parametrize(
    "response",
    ["It makes sense that you'd want to defend your mum.", "Of course you'd stand up for her."],
)
def test_validating_their_feeling_for_someone_else_is_not_immediacy(response: str) -> None:
    moment = at("complaint-about-last-session", "you-said")
    assert not judged(moment, response, "immediacy").applicable
    repair = judged(moment, response, "rupture_repair")
    assert repair.applicable and repair.score is not None and repair.score <= 3


def test_near_miss_validating_their_anger_with_me_is_immediacy() -> None:
    moment = at("complaint-about-last-session", "you-said")
    result = judged(
        moment, "It makes sense you'd be cross with me for putting it that way.", "immediacy"
    )
    assert result.applicable


# --- 10. the trainee's account set against theirs -----------------------------------------------


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (
            at("this-isnt-working", "patronising"),
            "In my defense, the worksheets are evidence based.",
        ),
        (
            at("this-isnt-working", "patronising"),
            "It wasn't a criticism, I was only checking your progress.",
        ),
        (at("you-did-it-again", "again"), "I don't think I checked it more than once, to be fair."),
    ],
)
def test_setting_my_account_against_theirs_is_defensive(moment: Moment, response: str) -> None:
    immediacy = judged(moment, response, "immediacy")
    assert immediacy.applicable and immediacy.score is not None and immediacy.score <= 3
    repair = judged(moment, response, "rupture_repair")
    assert repair.applicable and repair.score is not None and repair.score <= 2
    assert "defends" in repair.rationale


def test_near_miss_owning_it_is_not_defensive() -> None:
    moment = at("this-isnt-working", "patronising")
    repair = judged(moment, "I don't think I listened well enough. That's on me.", "rupture_repair")
    assert "defends" not in repair.rationale


# --- 11. the two of them now asked about at the strain ------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "What is it like for you to tell me that to my face?",
        "what's it like when u say that to me",
        "Can I ask what it was like to hear that from me, of all people?",
    ],
)
def test_asking_what_it_is_like_to_say_it_to_me_is_repair(response: str) -> None:
    moment = at("you-did-it-again", "sorry-is-easy")
    repair = judged(moment, response, "rupture_repair")
    assert repair.applicable and "not attempted" not in repair.rationale
    assert repair.score is not None and repair.score >= 3
    assert judged(moment, response, "immediacy").applicable


# --- 12. their word asked back in another form --------------------------------------------------


@pytest.mark.parametrize(
    "response", ["Which part of it felt like a diagnosis?", "What about it was diagnosing you?"]
)
def test_their_word_in_another_form_explores_the_strain(response: str) -> None:
    moment = at("late-and-gone-quiet", "complaint")
    repair = judged(moment, response, "rupture_repair")
    assert "invited their experience" in repair.rationale


def test_near_miss_an_unrelated_question_does_not_explore() -> None:
    moment = at("late-and-gone-quiet", "complaint")
    repair = judged(moment, "What was your dad's job back then?", "rupture_repair")
    assert "invited their experience" not in repair.rationale


# --- 13. "I'm the one who..." -------------------------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "I'm the one who cancelled, and here you are checking on me. What's that like?",
        "im the one that forgot. how was it when i didn't mention it?",
    ],
)
def test_im_the_one_who_owns_the_part(response: str) -> None:
    moment = at("cancelled-session-its-fine", "looks-after-you")
    repair = judged(moment, response, "rupture_repair")
    assert "took your share" in repair.rationale or "named what you did" in repair.rationale


# --- 14. sorrow for what happened to them -------------------------------------------------------


@pytest.mark.parametrize(
    "response", ["Sorry you got laid off like that.", "I'm sorry you got dumped by the agency."]
)
def test_sorrow_for_what_happened_to_them_is_not_an_apology(response: str) -> None:
    moment = at("just-like-everyone-else", "escalates")
    assert "not attempted" in judged(moment, response, "rupture_repair").rationale
    assert not judged(moment, response, "immediacy").applicable


def test_near_miss_sorry_with_me_in_it_is_an_apology() -> None:
    moment = at("just-like-everyone-else", "escalates")
    response = "Sorry you got the brush-off from me just now."
    assert "not attempted" not in judged(moment, response, "rupture_repair").rationale


# --- 15-18. harmful replies that had scored high ------------------------------------------------
# 15. The client's manner toward the trainee labelled ("I notice you're very aggressive today. I
#     wonder what that's about?" had scored immediacy 4; "you got defensive there" 3).
# 16. The trainee's hurt or letdown put on the client ("I notice I feel quite hurt by that. Can we
#     talk about how you spoke to me?" had scored rupture repair 4; "A six is a bit disappointing
#     for me" immediacy 4).
# 17. The trainee's rightness or the rule held up ("I checked the clock because we only have
#     fifty minutes - that's the rule. What would you like me to do?" had scored repair 5).
# 18. The client told off for how they speak ("Calm down, Gareth" had scored immediacy 3).


@pytest.mark.parametrize(
    "response",
    [
        "You're getting quite argumentative with me. What's that about?",
        "You went a bit prickly just then. I wonder why?",
    ],
)
def test_labelling_their_manner_toward_me_is_harmful(response: str) -> None:
    moment = at("just-like-everyone-else", "just-like-everyone")
    immediacy = judged(moment, response, "immediacy")
    assert immediacy.applicable and immediacy.score is not None and immediacy.score <= 2
    repair = judged(moment, response, "rupture_repair")
    assert repair.score is not None and repair.score <= 2


def test_near_miss_wondering_about_my_part_is_not_a_label() -> None:
    moment = at("just-like-everyone-else", "just-like-everyone")
    result = judged(moment, "I wonder if I've made you angry with me. Have I?", "immediacy")
    assert result.applicable and "blames" not in result.rationale


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (
            at("complaint-about-last-session", "you-said"),
            "I find I feel a bit offended by that, honestly. Can we look at it?",
        ),
        (
            at("how-was-today", "a-six"),
            "That rating is quite disappointing for me. What went wrong?",
        ),
    ],
)
def test_my_hurt_put_on_them_is_harmful(moment: Moment, response: str) -> None:
    immediacy = judged(moment, response, "immediacy")
    assert immediacy.applicable and immediacy.score is not None and immediacy.score <= 2
    repair = judged(moment, response, "rupture_repair")
    assert repair.score is not None and repair.score <= 2


@pytest.mark.parametrize(
    "response",
    [
        "I glanced at my watch because the next client was due. It's the rule, I'm afraid.",
        "You know I'm right, though. What do you want me to do differently?",
    ],
)
def test_my_rightness_or_the_rule_held_up_is_defending(response: str) -> None:
    moment = at("you-did-it-again", "sorry-is-easy")
    repair = judged(moment, response, "rupture_repair")
    assert repair.score is not None and repair.score <= 2
    assert "defends" in repair.rationale


def test_near_miss_the_policy_named_in_a_refusal_is_not_immediacy() -> None:
    moment = Moment(client_line="Can I have your mobile number? Just for emergencies.")
    result = judged(moment, "No, I don't give out my mobile, that's the policy.", "immediacy")
    assert not result.applicable


@pytest.mark.parametrize(
    "response", ["Please calm down.", "I'd like to talk about how you talk to me."]
)
def test_telling_them_off_for_how_they_speak_is_harmful(response: str) -> None:
    moment = at("just-like-everyone-else", "escalates")
    immediacy = judged(moment, response, "immediacy")
    assert immediacy.applicable and immediacy.score is not None and immediacy.score <= 2


# --- 19-20. found in the rupture drill ----------------------------------------------------------
# 19. The pace changed as asked and the too-much asked about ("We can slow down. Which question
#     felt like too much?") had read as repair not attempted at rr-b-too-fast.
# 20. The trainee's look at the clock explained ("I keep checking it because I have another
#     client at three") had read as repair not attempted; it defends.

TOO_FAST = Moment(
    client_line="Can we slow down? That's a lot of questions.", invites="rupture_repair"
)
CLOCK = Moment(client_line="You keep looking at the clock.", invites="rupture_repair")


@pytest.mark.parametrize(
    "response",
    [
        "Let's take it slower. Which bit felt like too much?",
        "I can slow things down. Which of my questions was hardest to hear?",
    ],
)
def test_slowing_down_and_asking_what_was_too_much_is_repair(response: str) -> None:
    repair = judged(TOO_FAST, response, "rupture_repair")
    assert repair.applicable and "not attempted" not in repair.rationale
    assert repair.score is not None and repair.score >= 3


def test_near_miss_pressing_on_is_not_repair() -> None:
    repair = judged(TOO_FAST, "Just one more question, then. How old were you?", "rupture_repair")
    assert repair.score is not None and repair.score <= 2


@pytest.mark.parametrize(
    "response",
    [
        "I was glancing at the clock because my next client is early today.",
        "i keep looking at it because we have to finish on time",
    ],
)
def test_explaining_my_look_at_the_clock_defends(response: str) -> None:
    repair = judged(CLOCK, response, "rupture_repair")
    assert "defends" in repair.rationale and repair.score is not None and repair.score <= 2


# --- 21-23. brief replies near the line ---------------------------------------------------------
# 21. "my bad." to "You did it again" had read as repair not attempted (1) while immediacy read
#     it: a brief apology is repair, low.
# 22. "a six, hm. what's missing?" at how-was-today/a-six had read as repair not attempted.
# 23. "Please don't bring notes! I love our chats." to an offer of notes "so as not to waste your
#     time" had read as no immediacy: "our chats" names the two of them like "our sessions".


@pytest.mark.parametrize("response", ["ugh, my bad. again.", "Apologies, that's twice now."])
def test_a_brief_apology_is_repair_low(response: str) -> None:
    repair = judged(at("you-did-it-again", "again"), response, "rupture_repair")
    assert "not attempted" not in repair.rationale
    assert repair.score is not None and 2 <= repair.score <= 3


@pytest.mark.parametrize(
    "response", ["Six. Okay. What was lacking?", "Fair enough - what's been getting in the way?"]
)
def test_asking_what_kept_it_from_higher_is_repair(response: str) -> None:
    repair = judged(at("how-was-today", "a-six"), response, "rupture_repair")
    assert repair.applicable and "not attempted" not in repair.rationale


def test_near_miss_a_question_about_their_week_is_not() -> None:
    repair = judged(
        at("how-was-today", "a-six"), "Six. Okay. How's your week been?", "rupture_repair"
    )
    assert "not attempted" in repair.rationale


@pytest.mark.parametrize(
    "response",
    ["No notes needed - I really enjoy our talks.", "Honestly, our chats are never a waste to me."],
)
def test_our_chats_names_the_two_of_us(response: str) -> None:
    assert judged(at("am-i-boring-you", "notes"), response, "immediacy").applicable


# --- 24. the look at the clock explained, asked "am I boring you?" -----------------------------
# Explaining the trainee's glance at the clock is defending at a complaint (class 20, read by the
# rupture reader only); asked "am I boring you?", it explains the trainee's state, which the
# immediacy rubric puts in the middle, not at "it defends you".


def test_explaining_the_clock_when_asked_if_boring_is_mid() -> None:
    response = "I looked at the clock because I wanted time for the rest of your story. Not bored."
    result = judged(at("am-i-boring-you", "boring-you"), response, "immediacy")
    assert result.applicable and result.score is not None and result.score >= 2
    assert "defends" not in result.rationale
