"""Self-disclosure and declining verdicts a supervisor would not sign, found by playing the
scenarios and drills as trainees do (grief-have-you-lost-a-parent,
infertility-do-you-have-children, my-father-drank, dementia-carer-nobody-gets-it,
coming-out-are-you-gay, recovery-are-you-in-recovery, you-saved-my-life, do-you-think-about-me,
laughing-it-off, hug-after-the-diagnosis, follow-request-on-instagram and the self-disclosure and
declining drills). Every example here is fresh, written after the fix in other words than the
ones found.

Classes (where found):
- A decline whose reason names the helper's own life ("My own losses wouldn't tell us much about
  yours", "I don't want my story to set up a prediction for yours", "leave my love life at the
  door") read as a disclosure (grief/asks, coming-out/your-mom, declining drill). Not a disclosure:
  declining (Hill & Knox 2002; the rubric's applies_when).
- Declines in phrasings the reader missed: "I'd prefer not to get into my family"
  (my-father-drank), "Whatever my history is, it's the key in your door I want to hear about"
  (my-father-drank), "Does it matter to you whether I'm gay?" (coming-out), "Whether I'm seeing
  someone or not..." (do-you-think-about-me), "so this stays about you" (do-you-think-about-me),
  "I won't, not even after we finish" and "I'm not comfortable sharing that" (declining drill).
  The last also read as a disclosure.
- A curt or shaming no the reader missed: "That's not really appropriate to ask me" (recovery,
  declining drill) makes the asking wrong (level 1); "I don't share personal things" and "that's not
  what we're here for" are cold (level 2).
- A door held open is a decline, at level 1: "We'll see when we get there!" (declining drill) was
  not read as declining at all.
- Curiosity about the question in the flow of a sentence ("what it would change, for you, knowing
  whether I've been through it") was not read (grief/asks).
- "If it were me I'd skip it", "If I were you I'd look at homes", "In your shoes I'd leave": the
  helper's own choice, answering "What would you do?", read as no disclosure (and once as a
  decline, with no declining words). It answers: self-disclosure, low, advice through the helper's
  stance (infertility/shower, dementia/promise, declining drill). An answer is not a decline.
- Answers said without "I" the reader missed: "Trained in Leeds, married, one kid"
  (recovery/checking-you-out), "One older brother" (self-disclosure drill), "It's been a long road
  but I'm in a good place now" (infertility/your-story), and the client's follow-up "Did it work
  out? Because if yours did, maybe mine..." was not read as a question about the helper
  (coming-out/your-mom), so an answer to it ("Yeah it's all great now!") was no disclosure.
- Not a disclosure: "Fair question." (dementia), "Everyone gets nervous!" (self-disclosure drill:
  normalising in general terms), "Lovely, thanks. How was yours?" (a courtesy, per the rubric).
- Wrong words in the rationale: "Let's just say I've been around grief" and "Don't worry about
  me!" called advice; "I've been stretched", "we've been trying for three years" called "in the
  past"; "It's softened" not read as worked through; "I think about that a lot", of the
  trainee's own loss, not read as unresolved (you-saved-my-life, infertility, laughing,
  hug-after-the-diagnosis).
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.domain.session import CriterionResult
from roleplay.offline.scorer import score_response

LIBRARY = load_library()
DI = LIBRARY.rubric("disclosure-immediacy").rubric


def judge(
    client_line: str, response: str, invites: str = "declining"
) -> dict[str, CriterionResult]:
    moment = Moment(client_line=client_line, invites=invites)
    return score_response(DI, moment, response).criteria


DIVORCED = "Have you ever been divorced? Be honest."
RELIGIOUS = "Are you religious? I need to know."


@pytest.mark.parametrize(
    "response",
    [
        "My own history wouldn't say much about yours, honestly. What would it tell you if I had?",
        "I'll keep my own past out of the room, because I don't want my experience to crowd "
        "yours. What's the hardest bit this week?",
    ],
)
def test_a_decline_that_names_the_helpers_life_is_no_disclosure(response: str) -> None:
    criteria = judge(DIVORCED, response)
    assert not criteria["self_disclosure"].applicable
    assert criteria["declining"].applicable
    assert (criteria["declining"].score or 0) >= 3


def test_a_real_disclosure_of_the_same_life_is_still_one() -> None:
    criteria = judge(
        DIVORCED,
        "My own divorce was a long time ago and it taught me a lot. What's yours been like?",
    )
    assert criteria["self_disclosure"].applicable
    assert not criteria["declining"].applicable


@pytest.mark.parametrize(
    "response",
    [
        "Whatever my own story is, it's your faith we're here for. What's changed for you?",
        "I'd prefer not to get into my own beliefs here, but I'm with you. What happened at "
        "church?",
        "I'd like the time to stay about you, so I'll leave that one. What's made it matter today?",
        "Interesting question - I'll keep that one to myself. What's behind it?",
        "Does it matter to you if I'm Catholic?",
    ],
)
def test_declines_in_other_words_are_declines_not_disclosures(response: str) -> None:
    criteria = judge(RELIGIOUS, response)
    assert criteria["declining"].applicable
    assert not criteria["self_disclosure"].applicable


def test_a_no_closed_for_good_is_a_clear_decline() -> None:
    declining = judge(
        "Will you tell me one day? When we've stopped?",
        "No, I won't - not even once we've stopped meeting. I know that can sting. What would it "
        "mean to you to know?",
    )["declining"]
    assert declining.applicable
    assert (declining.score or 0) >= 3
    assert "stays open" not in declining.rationale


def test_a_door_held_open_is_a_decline_at_level_one() -> None:
    declining = judge(
        "Will you tell me one day? When we've stopped?", "We'll see how things go later on."
    )["declining"]
    assert declining.applicable
    assert (declining.score or 5) <= 2
    assert "stays open" in declining.rationale


def test_the_trainees_discomfort_as_the_reason_is_a_decline() -> None:
    criteria = judge(RELIGIOUS, "I'm not really comfortable answering that one.")
    assert criteria["declining"].applicable
    assert (criteria["declining"].score or 5) <= 3
    assert not criteria["self_disclosure"].applicable


@pytest.mark.parametrize(
    "response",
    ["It's not very appropriate to ask me that.", "That's not really an appropriate thing to ask."],
)
def test_making_the_asking_wrong_is_shaming(response: str) -> None:
    declining = judge(RELIGIOUS, response)["declining"]
    assert declining.applicable
    assert (declining.score or 5) <= 2
    assert "wrong for asking" in declining.rationale


def test_not_appropriate_for_me_is_no_shaming() -> None:
    declining = judge(
        RELIGIOUS, "It's not appropriate for me to share that, but I'm curious what's behind it."
    )["declining"]
    assert declining.applicable
    assert "wrong for asking" not in declining.rationale


def test_a_cold_rule_about_private_things_is_cold_and_no_disclosure() -> None:
    criteria = judge(RELIGIOUS, "I don't discuss private matters with clients.")
    assert criteria["declining"].applicable
    assert (criteria["declining"].score or 5) <= 2
    assert not criteria["self_disclosure"].applicable


@pytest.mark.parametrize(
    "response",
    [
        "Can I ask first what it might change for you, knowing that?",
        "Before anything else, I'd love to hear what prompted the question.",
    ],
)
def test_curiosity_about_the_question_in_the_flow_of_a_sentence_declines(response: str) -> None:
    declining = judge(RELIGIOUS, response)["declining"]
    assert declining.applicable
    assert "curious" in declining.rationale


WHAT_WOULD_YOU_DO = "What would you do? Honestly. If it was your dad?"


@pytest.mark.parametrize(
    "response", ["If I was you, I'd ring him tonight.", "I'd go, but only for the ceremony."]
)
def test_the_helpers_own_choice_answers_what_would_you_do(response: str) -> None:
    criteria = judge(WHAT_WOULD_YOU_DO, response)
    sd = criteria["self_disclosure"]
    assert sd.applicable
    assert (sd.score or 5) <= 2
    assert "advice" in sd.rationale
    assert not criteria["declining"].applicable


def test_saying_one_cannot_say_what_one_would_do_is_a_decline() -> None:
    criteria = judge(
        WHAT_WOULD_YOU_DO, "I can't say what I'd do in your position; what feels right to you?"
    )
    assert criteria["declining"].applicable
    assert not criteria["self_disclosure"].applicable


@pytest.mark.parametrize(
    "response",
    [
        "Two kids, both grown up now. What about your two?",
        "Divorced, years ago, no grandkids yet. How is it for you, with the little ones around?",
    ],
)
def test_a_verbless_answer_about_ones_family_is_a_disclosure(response: str) -> None:
    sd = judge("Have you got kids? Grandkids?", response, "self_disclosure")["self_disclosure"]
    assert sd.applicable
    assert (sd.score or 0) >= 4


FOLLOW_UP = "Did it get better, though? Because if yours did, maybe mine will."


@pytest.mark.parametrize(
    "response",
    [
        "Mostly, yes. But mine isn't yours - what are you hoping for?",
        "It did, yeah, we're close now. So I reckon yours will too.",
    ],
)
def test_an_answer_to_a_follow_up_about_the_helpers_own_story_is_a_disclosure(
    response: str,
) -> None:
    assert judge(FOLLOW_UP, response)["self_disclosure"].applicable


def test_a_reflection_after_such_a_follow_up_is_no_disclosure() -> None:
    sd = judge(FOLLOW_UP, "You're hoping there's a map in someone else's story.")
    assert not sd["self_disclosure"].applicable


def test_how_the_helpers_matter_stands_answers_the_question() -> None:
    sd = judge(
        "Is it all still going on for you? Sorry, I shouldn't ask.",
        "It's settled now, mostly. How are you finding this week?",
        "restraint",
    )["self_disclosure"]
    assert sd.applicable


@pytest.mark.parametrize(
    ("client_line", "response"),
    [
        (
            "Do you get nervous before a big talk? I'm dreading Friday.",
            "Most people do at some point. What's the dread like?",
        ),
        ("Did you enjoy your holiday?", "Not bad, thanks! How about you?"),
        (
            "Have you ever lost anyone? Be straight with me.",
            "Interesting question. What's making you ask today?",
        ),
    ],
)
def test_generalities_courtesies_and_acknowledging_the_question_are_no_disclosure(
    client_line: str, response: str
) -> None:
    assert not judge(client_line, response, "self_disclosure")["self_disclosure"].applicable


def test_a_hedge_is_not_called_advice() -> None:
    sd = judge(
        "Have you ever moved house with kids? It's chaos.",
        "Let's just say I know a bit about moving house. What's the worst of it for you?",
        "self_disclosure",
    )["self_disclosure"]
    assert "advice" not in sd.rationale
    told = judge(
        "Have you ever moved house with kids? It's chaos.",
        "Just say no to the removal firm, that's what I did.",
        "self_disclosure",
    )["self_disclosure"]
    assert "advice" in told.rationale


def test_an_illness_going_on_now_is_not_praised_as_past() -> None:
    sd = judge(
        "You look shattered. Are you alright?",
        "It's been a tough few months, my partner's been unwell. But I'm here. Where were we?",
        "restraint",
    )["self_disclosure"]
    assert sd.applicable
    assert "in the past" not in sd.rationale
    assert "your life now" in sd.rationale


def test_a_feeling_that_has_eased_reads_as_worked_through() -> None:
    sd = judge(
        "Do you remember your own mum's funeral? Does it ever leave you?",
        "I do, though it's a long time ago now and it's eased a lot over the years. What's "
        "coming back for you today?",
        "self_disclosure",
    )["self_disclosure"]
    assert sd.applicable
    assert (sd.score or 0) >= 4
    assert "worked through" in sd.rationale


def test_a_loss_still_turned_over_reads_as_unresolved() -> None:
    sd = judge(
        "Have you lost someone like that? To cancer?",
        "My own dad went the same way, and I think about it often. Tell me about her.",
        "self_disclosure",
    )["self_disclosure"]
    assert sd.applicable
    assert (sd.score or 5) <= 3
    assert "still in the middle of" in sd.rationale


GOD = "Do you think God will forgive me? Do you even believe in God?"


@pytest.mark.parametrize(
    "response",
    [
        "That's something I'd keep to myself, if that's okay. What's behind the question?",
        "No comment! What's new with you?",
        "Whether I pray or not doesn't change how seriously I take this. What do you fear?",
        "This hour is for you, so I'll leave mine out. What would forgiveness look like?",
        "I'm guessing something happened that made you ask?",
    ],
)
def test_more_declines_in_other_words(response: str) -> None:
    criteria = judge(GOD, response)
    assert criteria["declining"].applicable
    assert not criteria["self_disclosure"].applicable


def test_a_belief_named_is_a_disclosure() -> None:
    sd = judge(
        GOD,
        "I'm Catholic myself, for what it's worth. What's the forgiveness question like for you?",
    )["self_disclosure"]
    assert sd.applicable


def test_a_no_about_conduct_with_clients_is_no_disclosure_and_no_door_held_open() -> None:
    criteria = judge(
        "Would you ever be friends with a client? After, I mean.",
        "No, never - not after therapy either, it wouldn't be fair on them. What's the question "
        "about for you?",
    )
    assert not criteria["self_disclosure"].applicable
    assert "stays open" not in criteria["declining"].rationale


def test_calling_the_question_offensive_is_shaming() -> None:
    declining = judge(GOD, "That's quite offensive, actually.")["declining"]
    assert declining.applicable
    assert "wrong for asking" in declining.rationale


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
