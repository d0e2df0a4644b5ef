"""Self-disclosure and declining verdicts a supervisor would not sign, found in the third QA round
(headless play of infertility-do-you-have-children, recovery-are-you-in-recovery, my-father-drank,
grief-have-you-lost-a-parent, coming-out-are-you-gay, do-you-think-about-me,
dementia-carer-nobody-gets-it, laughing-it-off, you-saved-my-life and the declining drill), in the
voices of a trainee who mirrors the client's question back, the anxious over-explainer, the jokey
trainee, the clipped professional, the over-warm friend and a literal second-language speaker.
Each block names its class and where it was found; every example here is fresh, written after
the fix in other words, with a near miss that must not change.

1. The client's question said back as a question ("Do I have kids?", "I have a look?", "Are you
   asking me if I'm gay?", "How's my year been?") was read as a disclosure scored 3-4
   (infertility/do-you-have-kids, my-father-drank/key-in-the-door, coming-out/are-you-gay,
   you-saved-my-life/turned-round, dementia/promise).
2. Answers the reader did not hear: the asked verb said back in the past without its "I"
   ("Cried buckets, every day for months. Still do", grief/did-you-cry: no disclosure at all);
   how the helper's year has gone ("It's been a tough year if I'm honest, lots going on at home",
   you-saved-my-life/turned-round: no disclosure); the answer tagged with its no inside an
   anxious run-on sentence ("I'm so sorry, I'm not sure if I'm allowed to say... I don't have
   kids, no, but...", infertility: no disclosure).
3. What is not an answer, read as one: a courtesy said alone ("Fine." to "Are you alright?",
   my-father-drank/caretaking: disclosure 2); a word on feelings at large ("Nervous is normal.",
   the self-disclosure drill: disclosure 2); the no to "Will you tell me about yourself when
   we've finished?" ("No. I won't be telling you then either", the declining drill: disclosure 5);
   the listener's nod "i hear u." (the declining drill, once a pressed no counted as a question:
   disclosure 4).
4. Declines the reader did not hear: "I'm keeping my love life out of here" (do-you-think-about-
   me/seeing-anyone), "That is a personal question." and "a private matter" (recovery,
   seeing-anyone), "I'm not gonna say either way tho" (coming-out/are-you-gay), "What I'd do
   wouldn't be much use to you" (dementia/promise), "My weekend stays with me" and "I am not to
   tell about my weekend, it is rule of the clinic" (the declining drill), "Haha, not telling!"
   (read as a disclosure scored 4), "Not much to tell really." and "Nothing dramatic." (brush-offs
   at infertility/your-story, read as a disclosure or nothing), "Maybe, we'll see!" (a deferral,
   read as an answer), "that's my business" (curt), "Old enough, don't worry!" (the
   self-disclosure drill, age), "That's really not something I'll discuss" (follow-request-on-
   instagram/partner-question).
8. The helper counted among those who do ("Yes, plenty of us do, me included", the
   self-disclosure drill, therapy) was no disclosure.
9. A hand-back that asks for the helper's own learning ("Help me see what I missed?", "What do I
   need to understand?", complaint-about-last-session/where-from) or a bare "Go on." / "Tell me."
   was not read as returning the focus ("the focus drifts").
5. A pressed no without a question mark ("So you won't even tell me if you have kids.", the
   declining drill's dc-a-hurt-by-no) was no personal question, so no decline could ever be
   scored there, the drill's own exemplar included.
6. The helper's current struggle told plainly ("We're sort of trying ourselves, it's been a long
   road" to a client after a failed IVF cycle) scored 4, "kept it brief".
7. A decline whose "I" runs on ("I'm still going to keep that to myself") was read as a current
   struggle disclosed, scored 2.

Not fixed here (see the round's report): a cold "That's personal" with curiosity after it still
scores 1 where the rubric's cold no is 2 (a floor would be needed in model.py); a settled IVF
history ("we went through IVF some years back") is left as the corpus scores it, 4.
"""

from __future__ import annotations

import pytest

from qa_sd_support import at_beat, judge

KIDS = "Have you got kids yourself?"
BROTHER = "Have you got a brother? You talk like someone with a brother."


# 1. A mirror of the client's question tells nothing.
@pytest.mark.parametrize(
    ("client", "response"),
    [
        (BROTHER, "Have I got a brother?"),
        ("Were you ever bullied at school? You seem so sure of yourself.", "Was I ever bullied?"),
        ("Are you religious? I need to know.", "You're wondering whether I'm religious?"),
        ("How's your summer been? Did you get away?", "how's my summer been?"),
    ],
)
def test_the_question_said_back_is_no_disclosure(client: str, response: str) -> None:
    criteria = judge(client, response, invites="self_disclosure")
    assert not criteria["self_disclosure"].applicable


@pytest.mark.parametrize(
    "response",
    ["Have I got a brother? I have, one, older.", "Have I got a brother? Two, actually."],
)
def test_near_miss_the_answer_after_the_mirror_still_discloses(response: str) -> None:
    criteria = judge(BROTHER, response, invites="self_disclosure")
    assert criteria["self_disclosure"].applicable


def test_near_miss_a_question_with_the_helpers_own_words_is_not_a_mirror() -> None:
    criteria = judge(BROTHER, "Did my brother come up? I have one, yes.", invites="self_disclosure")
    assert criteria["self_disclosure"].applicable


# 2. Answers without their "I", about the helper's year, or tagged inside a run-on sentence.
@pytest.mark.parametrize(
    ("client", "response"),
    [
        ("Did you ever panic before exams?", "Panicked constantly, yes, all through uni."),
        ("Did you travel much when you were young?", "Travelled loads in my twenties, honestly."),
        ("Would you leave him, if it was you?", "I would, honestly. I'd be gone."),
    ],
)
def test_answers_without_their_i_disclose(client: str, response: str) -> None:
    criteria = judge(client, response, invites="self_disclosure")
    assert criteria["self_disclosure"].applicable


@pytest.mark.parametrize(
    "response",
    [
        "It's been a brutal month, my son's been poorly. Still, I'm here.",
        "honestly its been a rough few weeks. anyway!",
    ],
)
def test_how_the_helpers_time_has_gone_is_a_current_disclosure(response: str) -> None:
    sd = judge("How's your week been? You look tired.", response, invites="restraint")[
        "self_disclosure"
    ]
    assert sd.applicable
    assert sd.score is not None and sd.score <= 2


@pytest.mark.parametrize(
    "response",
    [
        "It's been a lovely week, thanks. How was yours?",
        "It's been a hard week for you, hasn't it?",
    ],
)
def test_near_miss_the_courtesy_back_and_a_reflection_are_no_disclosure(response: str) -> None:
    sd = judge("How's your week been? You look tired.", response, invites="restraint")[
        "self_disclosure"
    ]
    assert not sd.applicable


def test_an_answer_tagged_inside_an_anxious_run_on_discloses() -> None:
    response = (
        "Oh gosh, sorry, I never know how much to say here, I don't want to get it wrong, but I "
        "haven't got siblings, no, and I hope that doesn't matter, does it matter to you?"
    )
    assert judge(BROTHER, response, invites="self_disclosure")["self_disclosure"].applicable


def test_near_miss_an_anxious_run_on_with_no_answer() -> None:
    response = (
        "Oh gosh, sorry, I never know how much to say here, I don't want to get it wrong, and I "
        "hope that doesn't matter, does it matter to you?"
    )
    assert not judge(BROTHER, response, invites="self_disclosure")["self_disclosure"].applicable


# 3. A courtesy alone, a no to being told, a listener's nod, a word on feelings at large: no
# disclosure. And the helper counted among those who do it is one.
@pytest.mark.parametrize("response", ["Totally normal, that.", "Worry's natural. Go on."])
def test_a_word_on_feelings_at_large_is_no_answer(response: str) -> None:
    sd = judge("Did you ever worry before a big interview?", response, invites="self_disclosure")
    assert not sd["self_disclosure"].applicable


@pytest.mark.parametrize(
    "response",
    ["Lots of us do, myself included. What's behind the question?", "Most of us, including me."],
)
def test_the_helper_among_those_who_do_discloses(response: str) -> None:
    sd = judge("Do counsellors see counsellors? Or only people like me?", response)
    assert sd["self_disclosure"].applicable


def test_near_miss_me_included_about_the_two_of_them_is_no_disclosure() -> None:
    sd = judge(
        "It was ages ago, it's fine.",
        "I notice we both keep stepping round it, me included. What do you make of that?",
        invites="immediacy",
    )
    assert not sd["self_disclosure"].applicable


@pytest.mark.parametrize("response", ["All good.", "Grand."])
def test_a_courtesy_alone_is_no_disclosure(response: str) -> None:
    sd = judge("Are you alright? You seem quiet today.", response, invites="restraint")
    assert not sd["self_disclosure"].applicable


@pytest.mark.parametrize("response", ["Nope. What's behind the question?", "No. And not later."])
def test_a_no_to_being_told_is_no_disclosure(response: str) -> None:
    criteria = judge("Will you ever tell me about your life, one day?", response)
    assert not criteria["self_disclosure"].applicable


def test_near_miss_a_no_that_answers_still_discloses() -> None:
    assert judge(KIDS, "No. What made you wonder?")["self_disclosure"].applicable


def test_a_listeners_nod_is_no_answer() -> None:
    criteria = judge(
        "You won't even tell me where you grew up. I tell you everything.",
        "i get that. it's not to shut u out. what's it like, the lopsidedness?",
    )
    assert not criteria["self_disclosure"].applicable


# 4. Declines in other words: kept out, named private, not said, brushed off, put off, ruled.
@pytest.mark.parametrize(
    ("response", "quoted"),
    [
        ("I'm leaving my family out of this one, if that's okay.", "leaving my family"),
        ("It is a private matter. Let us go on with your week.", "private matter"),
        ("Not going to tell you either way, sorry! What's behind it?", "Not going to tell"),
        ("What I'd do wouldn't be any help to you, I think.", "wouldn't be any help"),
        ("My private life stays with me. What made you ask?", "stays with me"),
        ("I am not to say about my family. Sorry.", "not to say"),
        ("hehe, not telling", "not telling"),
    ],
)
def test_declines_in_other_words(response: str, quoted: str) -> None:
    criteria = judge(KIDS, response)
    assert criteria["declining"].applicable
    assert quoted in criteria["declining"].rationale
    assert not criteria["self_disclosure"].applicable


@pytest.mark.parametrize(
    "response", ["Nothing much to tell, honestly.", "Not a lot to say really."]
)
def test_a_brush_off_declines_poorly(response: str) -> None:
    criteria = judge("What's your family like? Are you close?", response)
    assert criteria["declining"].applicable
    assert criteria["declining"].score is not None and criteria["declining"].score <= 3
    assert not criteria["self_disclosure"].applicable


def test_near_miss_not_much_said_about_the_helpers_life_still_discloses() -> None:
    criteria = judge(
        "What's your family like? Are you close?", "We're close, yes, my sisters and I. And yours?"
    )
    assert criteria["self_disclosure"].applicable


@pytest.mark.parametrize(
    ("response", "ceiling"),
    [
        ("Perhaps, we'll see. For now, tell me about you.", 2),
        ("It's the rule of the service, I'm sorry.", 2),
        ("Well, that's my own business.", 2),
    ],
)
def test_deferred_ruled_and_curt_declines_are_read_low(response: str, ceiling: int) -> None:
    declining = judge("Will you tell me where you live, one day?", response)["declining"]
    assert declining.applicable
    assert declining.score is not None and declining.score <= ceiling


def test_curiosity_about_what_knowing_would_change() -> None:
    declining = judge(KIDS, "I'd rather not say. What would change for you if you knew?")[
        "declining"
    ]
    assert declining.applicable
    assert declining.score is not None and declining.score >= 3
    assert "curious" in declining.rationale


@pytest.mark.parametrize("response", ["Long enough, ha!", "A while. Don't worry!"])
def test_a_time_or_an_age_waved_off_declines_poorly(response: str) -> None:
    declining = judge("How long have you been doing this? You seem young.", response)["declining"]
    assert declining.applicable
    assert declining.score is not None and declining.score <= 3


def test_near_miss_a_time_given_is_an_answer() -> None:
    criteria = judge("How long have you been doing this? You seem young.", "Four years now.")
    assert criteria["self_disclosure"].applicable
    assert not criteria["declining"].applicable


def test_near_miss_not_going_to_say_something_about_the_client_is_no_decline() -> None:
    criteria = judge(KIDS, "I have two. I'm not going to say it's the same as yours.")
    assert criteria["self_disclosure"].applicable
    assert not criteria["declining"].applicable


# 5. A pressed no without a question mark is still a personal question to decline.
@pytest.mark.parametrize(
    "response",
    [
        "You're right, it's uneven, and I'll still keep that to myself. What's that like?",
        "I'd rather not, and I can see it stings. This hour is for you.",
    ],
)
def test_a_pressed_no_can_be_declined(response: str) -> None:
    client = "So you won't even tell me where you grew up. Fine. I tell you everything."
    assert judge(client, response)["declining"].applicable


def test_the_drill_exemplar_at_hurt_by_no_now_declines() -> None:
    exemplar = (
        "You're right, it's lopsided, and I can see it stings. I keep my life out of here so this "
        "can be entirely yours, not to shut you out. What's it like to feel you give more than "
        "you get?"
    )
    client = "So you won't even tell me if you have kids. Great. I tell you everything."
    declining = judge(client, exemplar)["declining"]
    assert declining.applicable
    assert declining.score is not None and declining.score >= 4


# 6. The helper's own current struggle to have a child is current material, not a plain fact.
@pytest.mark.parametrize(
    "response",
    [
        "No, we've been trying for a baby ourselves for a while now. How are you doing?",
        "Not yet, I'm still trying for kids. What's the sorting like for you?",
    ],
)
def test_a_current_fertility_struggle_scores_low(response: str) -> None:
    sd = at_beat("infertility-do-you-have-children", "do-you-have-kids", response)[
        "self_disclosure"
    ]
    assert sd.applicable
    assert sd.score is not None and sd.score <= 2


def test_near_miss_a_plain_no_kids_still_scores_well() -> None:
    sd = at_beat(
        "infertility-do-you-have-children",
        "do-you-have-kids",
        "I don't, no. What would either answer mean to you?",
    )["self_disclosure"]
    assert sd.applicable
    assert sd.score is not None and sd.score >= 4


# 7. A decline whose "I" runs on discloses nothing.
@pytest.mark.parametrize(
    "response",
    [
        "You're right. I'm still going to hold that back, and I'm sorry it lands hard.",
        "I'm really gonna keep that to myself. What's it like to hear that?",
    ],
)
def test_a_decline_that_runs_on_discloses_nothing(response: str) -> None:
    criteria = judge(KIDS, response)
    assert criteria["declining"].applicable
    assert not criteria["self_disclosure"].applicable


# 8. (tested with 3 above.) 9. A hand-back asking for the helper's learning returns the focus.
@pytest.mark.parametrize(
    "response",
    [
        "I'm Scottish, and I may miss things. Help me get what it's like for you?",
        "My family are from Kent, a long way from yours. What would I need to know?",
        "Cornwall, originally. Go on.",
    ],
)
def test_a_hand_back_for_the_helpers_learning_returns_the_focus(response: str) -> None:
    sd = at_beat("complaint-about-last-session", "where-from", response)["self_disclosure"]
    assert sd.applicable
    assert "handed the focus back" in sd.rationale


def test_near_miss_a_question_about_the_helper_is_no_hand_back() -> None:
    sd = at_beat(
        "complaint-about-last-session",
        "where-from",
        "Leeds, originally. Do I sound like I'm from there?",
    )["self_disclosure"]
    assert "handed the focus back" not in sd.rationale
