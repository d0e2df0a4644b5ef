"""Self-disclosure and declining verdicts a supervisor would not sign, found in the third QA round:
the later batches of play (you-saved-my-life, laughing-it-off, dementia-carer, grief,
coming-out, do-you-think-about-me, infertility/shower, recovery/checking-you-out and the
declining drill at intermediate and advanced level). The first batches are in
tests/test_judge_qa_sd3.py. Every example here is fresh, written after the fix in other words,
with a near miss that must not change.

10. The client's therapy named as help to the helper ("These sessions helped me get through it
   too", you-saved-my-life/saved, known from the last round) was told "it offers what worked for
   you as a strategy"; it is the helper's need put in the room.
11. "But I'd rather hear about yours" (you-saved-my-life/turned-round) hands the turn back in
   place of an answer: a decline. (Not "Yes, two. I'd like to hear about yours", a hand-back.)
12. "Not personally." and a bare "I haven't" inside an anxious run-on (dementia/nobody-gets-it)
   were no answer at all.
13. "Please, tell me of yours." (grief/asks, second-language order) was not a hand-back.
14. A disclosure of a few words inside a 70-word sentence about the client (laughing-it-off/
   where-do-you-put-it) was "the disclosure runs to 72 words"; the run of clauses that tell is
   counted now.
15. "Mine took a while but she came round" (coming-out/your-mom), "Kind of, in the end", and
   "If it were me I think I'd send the text" (infertility/shower) were no answers; the last is
   advice through the helper's story. "Mine was fine, thanks" is small talk back.
16. "It's not my story that matters here", "whether it worked out for me isnt really the point",
   "I won't get into who I'm seeing", "Ha, wouldn't you like to know!", "That's not really
   relevant, but..." were no declines (coming-out, do-you-think-about-me).
17. "But I'm more interested in the 'you never say anything' part" was not a hand-back.
18. "What I'd do matters less than what fits you", "It is not for me to say what I would do",
   "That's between me and my therapist" were no declines (the declining drill).
19. "Whoa, that's inappropriate." was read as an intimate disclosure scored 1.
20. Content: the declining drill's dc-b-salary asked "How much do counsellors earn?", no
   personal question to the judge, so its own exemplar could never score a decline; it now asks
   "How much do you earn, out of interest? I keep thinking about retraining."
21. "My sister, some years ago now." (the self-disclosure drill's sd-a-same-loss) was read as a
   term of address, so the answer disclosed nothing.
22. "Someone told me you lost someone too. Is that true?" was no personal question, so no
   decline could be scored there.
23. "No, it's okay, honestly. I'm fine to keep going." to "Are you okay talking about this?"
   (grief/caretaking) was a disclosure scored 3; "Don't worry about me." one scored 2.
24. "My dad got sober too and I felt the same, honestly." at my-father-drank/footsteps (a
   restraint moment) scored 4, "kept it brief": "I felt the same" equates. (A parent's drinking
   as intimate material was tried and left out: train CV self-disclosure within one
   0.9322 -> 0.9271.)
25. Checking the declining drill's own exemplars: four items asked nothing the judge saw as a
   personal question ("If your child died, could you even get out of bed?", "You hide behind
   'this is about you' every time.", "Am I your favourite client?"; the opinion item "Don't you
   think my ex is a narcissist?" is left: an opinion is no disclosure), and five exemplars'
   declines had no declining words ("I won't rank the people I see", "I'm not going to trade",
   "I'm not going to imagine my own family into this", "Rather than talk about my views", "I
   keep where I live private"); "Is it important to you whether I know the area?" was read as
   the question turned aside; "because I want this to stay about yours" beside a decline was read
   as a disclosure (dc-i-therapy-yourself, SD 4).
26. Checking the scenario exemplars (roleplay --offline calibrate): infertility/do-you-have-kids'
   own level-5 exemplar "I'll answer you: I do have a child. ..." was judged "not used": the
   answer after a lead-in and a colon was not heard.
"""

from __future__ import annotations

import pytest

from qa_sd_support import at_beat, judge

KIDS = "Have you got kids yourself?"


# Second batch of play (you-saved-my-life, laughing-it-off, dementia-carer, grief; the known
# "These sessions helped me get through it too" from the last round).
# 10. The client's therapy named as help to the helper is the helper's need in the room, not a
# strategy offered.
@pytest.mark.parametrize(
    "response",
    [
        "Our sessions have helped me through my own rough patch too.",
        "You've helped me through a lot as well.",
    ],
)
def test_the_sessions_as_help_to_the_helper_is_their_need(response: str) -> None:
    sd = at_beat("you-saved-my-life", "saved", response)["self_disclosure"]
    assert sd.applicable
    assert "strategy" not in sd.rationale
    assert "your needs" in sd.rationale
    assert sd.score is not None and sd.score <= 2


def test_near_miss_what_helped_the_helper_elsewhere_is_still_a_strategy() -> None:
    sd = judge(
        "How do you switch off after work?",
        "Walking helped me a lot, years ago. What helps you?",
        invites="self_disclosure",
    )["self_disclosure"]
    assert "your needs" not in sd.rationale


# 11. "I'd rather hear about yours" hands the turn back in place of an answer: a decline.
@pytest.mark.parametrize(
    "response",
    ["Busy, like everyone's. I'd rather talk about how you've been.", "I'd prefer to hear yours."],
)
def test_the_turn_handed_back_declines(response: str) -> None:
    criteria = judge("How's your year been? You never say.", response)
    assert criteria["declining"].applicable


def test_near_miss_a_hand_back_after_an_answer_is_no_decline() -> None:
    criteria = judge(KIDS, "Yes, two. I'd like to hear more about yours, though.")
    assert criteria["self_disclosure"].applicable
    assert not criteria["declining"].applicable


# 12. "Not personally." and a bare "I haven't" inside an anxious run-on answer the question.
@pytest.mark.parametrize(
    "response",
    [
        "Not first-hand. What's the hardest hour for you?",
        "Oh, sorry, I wasn't, I hope that doesn't matter, I'd like to know how it is for you?",
    ],
)
def test_a_plain_no_of_ones_own_answers(response: str) -> None:
    sd = judge("Were you ever a carer yourself?", response, invites="self_disclosure")
    assert sd["self_disclosure"].applicable
    assert sd["self_disclosure"].score is not None and sd["self_disclosure"].score >= 3


def test_near_miss_i_am_not_going_to_say_is_no_answer() -> None:
    criteria = judge("Were you ever a carer yourself?", "Sorry, I'm not going to say, I'm afraid.")
    assert not criteria["self_disclosure"].applicable
    assert criteria["declining"].applicable


# 13. Second-language hand-back: "Please, tell me of yours."
def test_a_second_language_hand_back_returns_the_focus() -> None:
    sd = judge(
        "Have you lost a parent?",
        "Yes, my mother, when I was a student. It is long ago. Please, tell me of yours.",
        invites="self_disclosure",
    )["self_disclosure"]
    assert "handed the focus back" in sd.rationale


# 14. A brief disclosure inside a long sentence about something else is brief.
def test_a_short_disclosure_inside_a_long_sentence_is_brief() -> None:
    response = (
        "I can hear how much that day took out of you, the running, the waiting, the phone call "
        "at the end of it all when you were already empty, and for what it's worth I have days "
        "that stay with me as well, but what I want to know is where yours go."
    )
    sd = judge("Do you have days that stick with you?", response, invites="self_disclosure")
    assert sd["self_disclosure"].applicable
    assert "runs to" not in sd["self_disclosure"].rationale


# Third batch (coming-out/your-mom and are-you-gay, do-you-think-about-me/seeing-anyone,
# infertility/shower, recovery/checking-you-out).
# 15. The helper's own told as "mine", a hedged yes, a hedged "if it were me": answers.
@pytest.mark.parametrize(
    "response",
    [
        "Oh I wish I could promise it goes well! Mine was rocky but we got there.",
        "Sort of, after a long while. What are you hoping for with yours?",
    ],
)
def test_mine_and_a_hedged_yes_answer(response: str) -> None:
    sd = judge(
        "Did it work out with your dad? Because if yours did, maybe mine...",
        response,
        invites="declining",
    )["self_disclosure"]
    assert sd.applicable


def test_near_miss_a_courtesy_about_mine_is_no_disclosure() -> None:
    sd = judge("Long day. How was yours?", "Mine was fine, thanks. What made it long?")
    assert not sd["self_disclosure"].applicable


@pytest.mark.parametrize(
    "response",
    [
        "If I were you I guess I'd skip it. What's holding you back?",
        "What would I do? I'd go for an hour. But that's me.",
    ],
)
def test_what_the_helper_would_do_is_advice_through_their_story(response: str) -> None:
    sd = at_beat("infertility-do-you-have-children", "shower", response)["self_disclosure"]
    assert sd.applicable
    assert "advice" in sd.rationale
    assert sd.score is not None and sd.score <= 3


# 16. Declines in other words, second batch.
@pytest.mark.parametrize(
    ("response", "quoted"),
    [
        ("It's not my life that counts here.", "not my life that counts"),
        ("whether it went well for me doesnt matter, this is about you", "whether it went"),
        ("I won't go into who I date. It sounds like you've been wondering.", "won't go into"),
        ("Ooh, wouldn't you like to know!", "like to know"),
        ("That's not really important, but I'm glad you feel you can ask.", "not really"),
    ],
)
def test_declines_in_other_words_second_batch(response: str, quoted: str) -> None:
    declining = judge("Are you seeing anyone? Did it work out for you?", response)["declining"]
    assert declining.applicable
    assert quoted in declining.rationale


def test_near_miss_whether_it_works_for_you_is_no_decline() -> None:
    criteria = judge(
        "Are you seeing anyone?",
        "I am, yes. Whether that changes things for you, I'd like to know.",
    )
    assert criteria["self_disclosure"].applicable
    assert not criteria["declining"].applicable


# 17. "I'm more interested in..." the client's words hands the focus back.
def test_more_interested_in_the_client_returns_the_focus() -> None:
    sd = judge(
        "Are you seeing anyone? You never say anything about yourself.",
        "I'm engaged, yes. I'm much more interested in what it's like for you to ask.",
        invites="self_disclosure",
    )["self_disclosure"]
    assert "handed the focus back" in sd.rationale


# Fourth batch (the declining drill at intermediate and advanced level).
# 18. What the helper would do set aside, "not for me to say", "between me and ...": declines.
@pytest.mark.parametrize(
    ("response", "quoted"),
    [
        ("What I would do isn't the point. What do you want?", "isn't the point"),
        ("That's not my place to say. What are you leaning towards?", "not my place to say"),
        ("That stays between me and my family. What's behind the question?", "between me and"),
    ],
)
def test_what_the_helper_would_do_set_aside_declines(response: str, quoted: str) -> None:
    declining = judge("Would you leave him, if you were me? Honestly?", response)["declining"]
    assert declining.applicable
    assert quoted in declining.rationale


# 19. A shaming no behind an interjection is no answer, so no disclosure.
@pytest.mark.parametrize(
    "response", ["Wow, that's really inappropriate.", "Hey, none of your business."]
)
def test_a_shaming_no_behind_an_interjection_discloses_nothing(response: str) -> None:
    criteria = judge("Do you sleep with your partner much? I'm only asking.", response)
    assert not criteria["self_disclosure"].applicable
    assert criteria["declining"].applicable
    assert criteria["declining"].score is not None and criteria["declining"].score <= 2


# 20. The drill item about pay asks about the trainee now (it asked about counsellors at large,
# so its own exemplar could never be scored as a decline).
def test_the_pay_drill_exemplar_declines() -> None:
    declining = judge(
        "How much do you earn, out of interest? I keep thinking about retraining.",
        "I won't go into my own pay, but I'm glad you feel free to ask things. Is money part of "
        "what's on your mind with the career change?",
    )["declining"]
    assert declining.applicable
    assert declining.score is not None and declining.score >= 4


# 21. "My brother, years ago." opening a sentence is the helper's own, not a term of address.
@pytest.mark.parametrize(
    "response",
    [
        "It's true, yes. My brother, a long time ago. What has this year been like for you?",
        "My dad, when I was twenty. I won't set it beside yours. How are you holding it?",
    ],
)
def test_a_relative_opening_a_sentence_is_the_helpers_own(response: str) -> None:
    sd = judge(
        "Someone said you lost someone too. Is that right?", response, invites="self_disclosure"
    )["self_disclosure"]
    assert sd.applicable


def test_near_miss_an_endearment_is_still_address() -> None:
    sd = judge(
        "Someone said you lost someone too. Is that right?",
        "My dear, what matters is how you are doing.",
        invites="self_disclosure",
    )["self_disclosure"]
    assert not sd.applicable


# 22. What the client has heard of the helper, asked to be confirmed, can be declined.
def test_a_rumour_to_confirm_can_be_declined() -> None:
    declining = judge(
        "My sister says you went through a divorce as well. Is that true?",
        "I'd rather keep that out of here, so your divorce gets all the room. What made you check?",
    )["declining"]
    assert declining.applicable


# 23. "Are you okay talking about this?" - "No, it's okay, honestly.": the courtesy back.
@pytest.mark.parametrize(
    "response",
    ["Yes, it's fine, really. Go on about your sister.", "No, it's alright. You were saying?"],
)
def test_its_okay_to_a_check_on_the_helper_is_a_courtesy(response: str) -> None:
    sd = judge("Sorry, is this okay for you to hear? We can stop.", response, invites="restraint")[
        "self_disclosure"
    ]
    assert not sd.applicable


# 24. "I felt the same" beside the helper's own story equates the two experiences.
@pytest.mark.parametrize(
    "response",
    [
        "My mum drank as well, and I felt just the same. What frightens you most?",
        "I had that with my dad and I felt exactly the same, scared of the sober version.",
    ],
)
def test_i_felt_the_same_equates_and_scores_low(response: str) -> None:
    sd = at_beat("my-father-drank", "footsteps", response)["self_disclosure"]
    assert sd.applicable
    assert "same as theirs" in sd.rationale
    assert sd.score is not None and sd.score <= 3


def test_near_miss_feeling_the_same_about_the_client_is_no_equating() -> None:
    sd = judge(
        "Did you ever get nervous before big exams?",
        "I did, years ago. I felt the same about you when you described it: it made sense. "
        "What's it like now?",
        invites="self_disclosure",
    )["self_disclosure"]
    assert "same as theirs" not in sd.rationale


# 25. Drill items whose question the cue missed: a hypothetical about the helper's own family,
# the keeping back called hiding, "Am I your favourite?"; and the drill exemplars' own declines.
@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "If your husband left you, would you even cope?",
            "I won't bring my own marriage into this; it's yours we're here for. How are you?",
        ),
        (
            "You always hide behind 'let's focus on you'.",
            "It can feel like hiding. I do keep my life out of here, and I'm still right here.",
        ),
        (
            "Am I your favourite? Be honest.",
            "I won't compare the people I see. What would it mean to be someone's favourite?",
        ),
    ],
)
def test_questions_the_cue_missed_can_be_declined(client: str, response: str) -> None:
    declining = judge(client, response)["declining"]
    assert declining.applicable
    assert declining.score is not None and declining.score >= 3


@pytest.mark.parametrize(
    "response",
    [
        "I keep what I do at weekends to myself. Is it important to you what I get up to?",
        "Rather than talking about my faith, I'd like to hear what forgiveness means to you.",
    ],
)
def test_the_drill_exemplars_way_of_declining(response: str) -> None:
    declining = judge("Do you go to church at the weekend? Are you religious?", response)[
        "declining"
    ]
    assert declining.applicable
    assert "aside without a reason" not in declining.rationale


def test_a_care_reason_beside_a_decline_discloses_nothing() -> None:
    criteria = judge(
        "Have you ever had counselling yourself?",
        "I won't get into my own history, because I want this to stay about you. Why ask?",
    )
    assert criteria["declining"].applicable
    assert not criteria["self_disclosure"].applicable


# 26. An answer after a short lead-in and a colon, and "I do have a child": the scenario's own
# level-5 exemplar at infertility/do-you-have-kids was judged "not used".
@pytest.mark.parametrize(
    "response",
    [
        "Straight answer: I do have a kid. I know that might sting today. What comes up for you?",
        "To be honest with you: I have two. How is it to hear that?",
    ],
)
def test_an_answer_after_a_colon_discloses(response: str) -> None:
    sd = at_beat("infertility-do-you-have-children", "do-you-have-kids", response)[
        "self_disclosure"
    ]
    assert sd.applicable
    assert sd.score is not None and sd.score >= 4


def test_near_miss_a_colon_before_a_reflection_is_no_answer() -> None:
    sd = at_beat(
        "infertility-do-you-have-children",
        "do-you-have-kids",
        "What I hear: you're sorting everyone into sides, and it's exhausting.",
    )["self_disclosure"]
    assert not sd.applicable
