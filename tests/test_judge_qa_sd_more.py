"""More self-disclosure and declining verdicts a supervisor would not sign, from the later rounds
of play (the declining and self-disclosure drills, headless practice runs of coming-out-are-you-gay
and recovery-are-you-in-recovery, the scenario exemplars checked against their own scores, ESConv's
development set). The first round's classes are in test_judge_qa_sd.py; each block below names
what was found and where. Every example is fresh, written after the fix in other words.
"""

from __future__ import annotations

import pytest

from qa_sd_support import judge

# Found in the second round (declining drill: "I won't talk until you tell me one real thing about
# yourself", "My last therapist told me all about her divorce. Why won't you?"; a fresh "Is it
# still hard for you, after your divorce?"): the press and the question about the helper's own
# divorce were not read as personal questions, so the declines and answers to them went unscored;
# "It's a long way behind me, thanks for asking" lost its answer to the thanks at its end; "It's
# a fair question" read as an answer; "I keep myself out of it so you have the whole hour" read
# as a disclosure.


@pytest.mark.parametrize(
    ("client_line", "response"),
    [
        (
            "You never tell me a single thing about yourself. Not one.",
            "I keep myself out of it, so that you get the whole hour. What's that like for you?",
        ),
        ("You won't even say if you're married. Why won't you?", "Because this hour is yours."),
    ],
)
def test_a_press_for_the_helpers_life_is_declined(client_line: str, response: str) -> None:
    criteria = judge(client_line, response)
    assert criteria["declining"].applicable
    assert not criteria["self_disclosure"].applicable


SETTLED = "Is it still raw for you, after your own divorce?"


def test_an_answer_thanked_at_its_end_is_still_an_answer() -> None:
    sd = judge(SETTLED, "It's all settled now, thanks for asking. How's your week been?")
    assert sd["self_disclosure"].applicable


@pytest.mark.parametrize(
    "response",
    [
        "Fine, thanks for asking. How's your week been?",
        "It's a good question. What made you wonder?",
    ],
)
def test_a_courtesy_or_a_nod_to_the_question_is_no_answer(response: str) -> None:
    assert not judge(SETTLED, response)["self_disclosure"].applicable


# Third round (grief/asks, coming-out/are-you-gay, recovery/are-you-in-recovery): "Do you think it
# would change how you feel about talking to me, if I had?" was no decline; "not because it's not
# allowed" was called a policy recital; "no offence taken!" was quoted as the disclosure; "Ha,
# fair enough - I'm not, no" was not read as an answer; "That's confidential." read as a
# disclosure.
ASKED = "Have you ever been in hospital yourself? Like, properly?"


def test_wondering_whether_it_would_change_things_declines_with_curiosity() -> None:
    declining = judge(ASKED, "Would it make a difference to you, whether I have or not?")[
        "declining"
    ]
    assert declining.applicable
    assert "curious" in declining.rationale


def test_a_rule_named_only_to_disown_it_is_no_policy_recital() -> None:
    declining = judge(
        ASKED,
        "I won't answer that, and not because of a rule - I'd like this hour to stay yours. "
        "What's behind it?",
    )["declining"]
    assert declining.applicable
    assert "recites a rule" not in declining.rationale
    recited = judge(ASKED, "I won't answer that, I'm not allowed to.")["declining"]
    assert "recites a rule" in recited.rationale


def test_an_acknowledgement_before_the_answer_does_not_hide_it() -> None:
    sd = judge(
        ASKED, "Okay, fair question - I have, yes, years ago. What's it bringing up for you?"
    )["self_disclosure"]
    assert sd.applicable
    assert "I have, yes" in sd.rationale


def test_no_offence_is_not_the_answer_quoted() -> None:
    sd = judge(
        "Are you Muslim? No offence.",
        "No offence taken at all. I am, yes. What would it mean for you if I'm not?",
        "self_disclosure",
    )["self_disclosure"]
    assert sd.applicable
    assert "No offence taken" not in sd.rationale


def test_calling_ones_own_life_confidential_is_a_cold_decline() -> None:
    criteria = judge(ASKED, "That's confidential, I'm afraid.")
    assert not criteria["self_disclosure"].applicable
    assert criteria["declining"].applicable
    assert (criteria["declining"].score or 5) <= 2


# Fourth round (self-disclosure drill): "still not over the dog tbh", the story carried on
# without its "I", was left out of the disclosure, so "still" went unread; "Did yours?" was no
# personal question.


def test_a_story_carried_on_without_its_i_is_part_of_the_disclosure() -> None:
    sd = judge(
        "You can't know what redundancy does unless it's happened to you.",
        "Oh, it happened to me at forty. Still can't walk past that building, honestly.",
        "self_disclosure",
    )["self_disclosure"]
    assert sd.applicable
    assert (sd.score or 5) <= 2
    assert "still in the middle of" in sd.rationale


def test_did_yours_asks_about_the_helpers_life() -> None:
    criteria = judge(
        "My mum hid bottles in the airing cupboard. Did yours?",
        "I'd rather keep my mum out of it. What was it like finding them?",
    )
    assert criteria["declining"].applicable
    assert not criteria["self_disclosure"].applicable


# Fifth round (declining drill, beginner statements): "Not far, yeah! Why?" answered "Do you live
# round here?" but read as nothing; "I can't tell you that, sorry." no decline; "That's kind of
# you." read as the disclosure; "you'll have to keep guessing" a rule recited; "All the time
# honestly, I live alone" not read as the helper's life now.


def test_a_short_not_answers_the_question() -> None:
    # (At a moment that invites declining the fitted head still calls this "not used": see the
    # report. The reader's answer is what is tested here.)
    criteria = judge(
        "Do you go to the gym much? You look fit.",
        "Not much, sadly! What's your routine?",
        "self_disclosure",
    )
    assert criteria["self_disclosure"].applicable
    assert not criteria["declining"].applicable


def test_cannot_tell_you_is_a_decline_but_cannot_tell_you_how_is_not() -> None:
    assert judge("Where do you go on holiday?", "I can't tell you that one, sorry.")[
        "declining"
    ].applicable
    criteria = judge(
        "Where do you go on holiday?", "I can't tell you how much I'd love a holiday right now!"
    )
    assert not criteria["declining"].applicable


def test_thanks_for_a_compliment_is_not_the_disclosure() -> None:
    sd = judge(
        "Is that your dog on your lanyard? So cute!",
        "How sweet of you. I'll leave my own pets out of our hour, though - how's Biscuit?",
    )["self_disclosure"]
    assert not sd.applicable


def test_a_teasing_non_answer_turns_the_question_aside_without_a_rule() -> None:
    declining = judge(
        "Are you a morning person? I bet you are.", "Ha, you'll have to guess! Why do you bet that?"
    )["declining"]
    assert declining.applicable
    assert "recites a rule" not in declining.rationale


def test_all_the_time_is_the_helpers_life_now() -> None:
    sd = judge(
        "Do you ever get anxious? Or is it just me?",
        "All the time, honestly, I barely sleep before a big day. So you're in good company!",
        "self_disclosure",
    )["self_disclosure"]
    assert sd.applicable
    assert (sd.score or 5) <= 2


def test_what_the_helper_would_do_set_aside_is_a_decline() -> None:
    criteria = judge(
        "Would you take the job, if you were me?",
        "What I would do doesn't count for much here; you're the one who'd be moving. What pulls "
        "you each way?",
    )
    assert criteria["declining"].applicable
    assert not criteria["self_disclosure"].applicable


def test_the_helpers_wellbeing_put_off_limits_is_cold() -> None:
    declining = judge(
        "Are you alright, though? Who looks after you?",
        "My welfare isn't your concern in here.",
    )["declining"]
    assert declining.applicable
    assert (declining.score or 5) <= 2


# Sixth round (self-disclosure drill, intermediate and advanced statements): "Compared to that
# yours sounds like it was handled quite well" not read as one-upping; "God has a plan for you"
# not read as the helper's beliefs pressed on the client; "Have you ever cheated on anyone?" -
# "Honestly yes, once" scored 5, its intimacy unread because the words are the question's.


def test_measuring_the_clients_trouble_against_ones_own_is_one_upping() -> None:
    sd = judge(
        "Have you ever lost a pet? Everyone says it's just a cat.",
        "I lost two dogs in one year. Compared with that, yours is a lot to bear but you'll cope.",
        "self_disclosure",
    )["self_disclosure"]
    assert sd.applicable
    assert (sd.score or 5) <= 2
    assert "compares your hardship" in sd.rationale


def test_faith_pressed_on_the_client_brings_the_helpers_beliefs_in() -> None:
    sd = judge(
        "Do you believe in anything? I stopped going to mosque.",
        "I do, I'm Muslim, and Allah will guide you back when you're ready.",
        "self_disclosure",
    )["self_disclosure"]
    assert sd.applicable
    assert (sd.score or 5) <= 2
    assert "your own beliefs" in sd.rationale


def test_a_yes_to_an_intimate_question_is_an_intimate_disclosure() -> None:
    sd = judge(
        "Have you ever self-harmed? You can tell me.",
        "I have, yes, as a teenager. What's been happening for you?",
        "self_disclosure",
    )["self_disclosure"]
    assert sd.applicable
    assert (sd.score or 5) <= 3
    assert "intimate" in sd.rationale


def test_a_no_to_an_intimate_question_reveals_nothing_intimate() -> None:
    sd = judge(
        "Have you ever self-harmed? You can tell me.",
        "No, I haven't. What's been happening for you?",
        "self_disclosure",
    )["self_disclosure"]
    assert "intimate" not in sd.rationale


# Found on ESConv's development set (ordinary peer-support text): a sentence of sympathy and
# nothing else ("I feel so sad for you.") is empathy with the client, not news of the helper's
# life (the rubric's applies_when).


@pytest.mark.parametrize(
    "response", ["Aw, I feel really sad about that.", "I'm so gutted for you."]
)
def test_a_sentence_of_sympathy_alone_is_no_disclosure(response: str) -> None:
    sd = judge("My nan died on Sunday.", response, "restraint")["self_disclosure"]
    assert not sd.applicable


def test_sympathy_with_a_life_in_it_is_still_a_disclosure() -> None:
    sd = judge(
        "My nan died on Sunday.",
        "I feel so sad, I lost my own nan last spring and I'm still a mess.",
        "restraint",
    )["self_disclosure"]
    assert sd.applicable


# Found checking the scenario exemplars (laughing-it-off/where-do-you-put-it, recovery/
# worried-about-you): the helper's reaction to another client, elsewhere, read as talk about this
# relationship and so as no disclosure; "I'm a bit scared to, to be honest. What would you do?"
# scored 4, its current fear unread ("a bit") and its request for the client's advice counted as
# handing the focus back.


def test_another_client_elsewhere_is_the_helpers_life_not_this_relationship() -> None:
    sd = judge(
        "Do you ever take it home with you? The sad ones?",
        "I worked with a patient on the ward once who I still think about every night. I'm still "
        "figuring out where to put her.",
        "self_disclosure",
    )["self_disclosure"]
    assert sd.applicable
    assert (sd.score or 5) <= 2


def test_asking_the_client_to_advise_on_ones_own_struggle_reverses_the_roles() -> None:
    sd = judge(
        "Are you alright yourself? You look tired.",
        "Not really, I'm a little overwhelmed with my own family at the moment. Any advice?",
        "restraint",
    )["self_disclosure"]
    assert sd.applicable
    assert (sd.score or 5) <= 2
    assert "your needs" in sd.rationale
    assert "handed the focus back" not in sd.rationale


def test_what_would_you_do_after_a_settled_story_is_not_called_the_helpers_need() -> None:
    sd = judge(
        "Did you ever have to choose between two jobs?",
        "Once, years ago, and it worked out fine in the end. What would you do, if money didn't "
        "matter?",
        "self_disclosure",
    )["self_disclosure"]
    assert sd.applicable
    assert "your needs" not in sd.rationale


def test_where_the_helpers_family_is_from_answers_and_is_no_decline() -> None:
    criteria = judge(
        "Where's your family from, originally? I need to know how much to explain.",
        "My parents were from Accra, and I was born in Leeds. What matters most for me to "
        "understand about yours?",
        "self_disclosure",
    )
    assert criteria["self_disclosure"].applicable
    assert not criteria["declining"].applicable


# Found playing coming-out-are-you-gay headlessly: "I'm not going to tell you how mine went." read
# as a disclosure (the decline's "I'm" was left behind when the decline was set aside, and "tell
# you how" was taken for "I can't tell you how much...").


def test_a_decline_said_with_im_is_set_aside_whole() -> None:
    criteria = judge(
        "How did your mum take it, when you came out?",
        "I'm not going to tell you how mine reacted; yours is yours. What are you expecting?",
    )
    assert not criteria["self_disclosure"].applicable
    assert criteria["declining"].applicable


def test_telling_them_how_glad_one_is_declines_nothing() -> None:
    criteria = judge(
        "How did your mum take it, when you came out?",
        "I can't tell you how glad I am that you're planning this. What's the plan?",
    )
    assert not criteria["declining"].applicable


# Found playing recovery-are-you-in-recovery headlessly: "I trained here in Dublin, and the rest
# I'll keep to myself." - "here in Dublin" was taken for this room, so the fact went unread, and
# "the rest I'll keep to myself" was not read as the decline.


def test_part_answered_and_the_rest_kept_back_is_both() -> None:
    criteria = judge(
        "Where did you study? Are you married? Kids?",
        "I studied here in Glasgow, and the rest I'll keep to myself. What would knowing tell you?",
        "self_disclosure",
    )
    assert criteria["self_disclosure"].applicable
    assert criteria["declining"].applicable
    assert "keep to myself" in criteria["declining"].rationale
