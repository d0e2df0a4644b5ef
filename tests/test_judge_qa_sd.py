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

from qa_sd_support import judge

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
    # read as going on now: a life now, or (a partner still unwell) still in the middle of it
    assert "still going on in your life" in sd.rationale or "still in the middle of" in sd.rationale


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
