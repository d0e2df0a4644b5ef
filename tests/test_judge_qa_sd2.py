"""Self-disclosure and declining verdicts a supervisor would not sign, found in the second QA round
(headless play of are-you-a-student, complaint-about-last-session, do-you-think-about-me,
follow-request-on-instagram, gift-and-christening-invite, you-saved-my-life,
dementia-carer-nobody-gets-it, my-father-drank, infertility-do-you-have-children, and the
self-disclosure and declining drills at intermediate and advanced level), in hurried, second-
language and very short voices. Each block names its class and where it was found; every example
here is fresh, written after the fix in other words, with a near miss that must not change.

1. A bare or hurried no ("Private.", "thats private sorry" at partner-question and your-mom) was
   read as a two-point disclosure ending on the trainee, and not as a decline.
2. A no said as what the trainee does not want or think right ("dont want to say sorry",
   "I don't think I should say", "im not gonna talk about my private life") was no decline; the
   last was even a disclosure scored 4.
3. Declining was awarded with no word that declines ("You don't ever fully get used to it, I
   don't think" at you-saved-my-life/turned-round scored declining 2-3).
4. A side of the trainee kept out of the sessions ("I keep that side of me out of our sessions")
   was not read as a decline. (The care reason in text speak, "this is ur time", was left out:
   train CV declining exact fell 0.607 -> 0.571 with it.)
5. A nod to the client's challenge ("That's a fair challenge.") was read as a disclosure.
6. A shaming no ("That's none of your concern.") and a rule recital ("I'm not allowed to tell
   clients things like that") were not read as declines at all (the declining drill).
7. The asking explored ("What's it like, asking me that?") was not read as a decline that gets
   curious, and the quote given was "Hmm.".
8. The helper's past told without its "I" ("Never had problem with drinking.", the
   self-disclosure drill) was not read as an answer.
9. The thing kept named first, as second-language English orders it ("My family I keep for
   outside", gift-and-christening-invite/your-family), was read as a disclosure scored 4.
10. "I prefer not to answer" without its "'d" (dementia-carer-nobody-gets-it) was no decline and
   a disclosure scored 2.
11. Once a decline needs words that decline (class 3), "This is yours." said of the hour (a
   reason about the client's care) was missing (found in the development probe set's exemplar
   table, you-saved-my-life/turned-round). Left out: "don't worry about me!" as a decline
   (instructors score it 3): read as one, train CV declining within one fell 0.948 -> 0.9435.
12. The trainee's own turn closed ("no more about me today, its ur session", infertility/your-story)
   was read as a disclosure scored 4 and no decline.
13. The question's relevance questioned ("Is that relevant?", do-you-think-about-me/seeing-
   anyone) was no decline; it is one done poorly, turned aside without a reason.
14. Short text-speak noes (a last round of one-to-four-word replies): "None of ur business lol",
   "that one stays with me", "not telling :)", "why u need know?" were no declines at all.
"""

from __future__ import annotations

import pytest

from qa_sd_support import at_beat, judge

MARRIED = "Are you married? You seem so settled."
KIDS = "Have you got children of your own?"


# 1. A bare or hurried no is a (cold) decline and discloses nothing.
@pytest.mark.parametrize("response", ["Personal.", "its private sorry", "Private, I'm afraid."])
def test_a_bare_no_declines_and_discloses_nothing(response: str) -> None:
    criteria = judge(MARRIED, response)
    assert criteria["declining"].applicable
    assert criteria["declining"].score is not None and criteria["declining"].score <= 2
    assert not criteria["self_disclosure"].applicable


def test_near_miss_a_short_answer_still_discloses() -> None:
    assert judge(MARRIED, "Married, yes. Eight years.")["self_disclosure"].applicable


# 2. Not wanting to say, not thinking one should, "not gonna": declines.
@pytest.mark.parametrize(
    "response",
    [
        "i dont really want to go into that, sorry",
        "I don't think I should answer that one. What's on your mind about it?",
        "not gonna get into my home life but i'm glad u asked",
    ],
)
def test_not_wanting_to_say_declines(response: str) -> None:
    criteria = judge(KIDS, response)
    assert criteria["declining"].applicable
    assert not criteria["self_disclosure"].applicable


def test_near_miss_not_wanting_for_the_client_is_no_decline() -> None:
    criteria = judge(KIDS, "I have two, yes. I don't want to say it's the same for you, though.")
    assert criteria["self_disclosure"].applicable
    assert not criteria["declining"].applicable


# 3. With no word that declines, defers or explores the question, there is no decline to score.
@pytest.mark.parametrize(
    "response",
    ["It's a lot, the end of something. It takes a while to land.", "mm. endings are strange"],
)
def test_no_declining_words_no_decline(response: str) -> None:
    criteria = at_beat("you-saved-my-life", "turned-round", response)
    assert not criteria["declining"].applicable


def test_near_miss_a_real_decline_at_the_same_beat() -> None:
    criteria = at_beat(
        "you-saved-my-life",
        "turned-round",
        "I'm going to leave my year out of it, kindly as you mean it. Where did you go just then?",
    )
    assert criteria["declining"].applicable


# 4. A part of the trainee kept out of the work; a care reason in text speak.
@pytest.mark.parametrize(
    ("response", "quoted"),
    [
        ("I leave that part of my life out of our work, but I'm moved you asked.", "leave that"),
        ("ah thats kind. I keep this side of me out of the room tho. how's today?", "this side"),
    ],
)
def test_a_part_kept_out_declines(response: str, quoted: str) -> None:
    criteria = judge("Do you have a big family? Are your parents still around?", response)
    assert criteria["declining"].applicable
    assert quoted in criteria["declining"].rationale


def test_near_miss_keeping_a_promise_out_of_the_work_is_not_about_the_question() -> None:
    criteria = judge(MARRIED, "Yes, I am. What makes you ask?")
    assert criteria["self_disclosure"].applicable
    assert not criteria["declining"].applicable


# 5. A nod to the client's challenge discloses nothing.
@pytest.mark.parametrize(
    "response",
    ["That's a fair point. Go on, I'm listening.", "It's a reasonable ask. Tell me more."],
)
def test_a_nod_to_the_challenge_is_no_disclosure(response: str) -> None:
    criteria = judge(KIDS, response, invites="self_disclosure")
    assert not criteria["self_disclosure"].applicable


def test_known_gaps_from_round_one_stay_closed() -> None:
    for response in (
        "I hear you want something back from me.",
        "That's a fair challenge. I'd rather hear it than have you sit there thinking it.",
    ):
        assert not at_beat("infertility-do-you-have-children", "do-you-have-kids", response)[
            "self_disclosure"
        ].applicable


# 6. A shaming no and a rule recital are declines done badly.
@pytest.mark.parametrize(
    ("response", "ceiling"),
    [
        ("Honestly that's none of your affair.", 1),
        ("We aren't permitted to discuss that with clients, it's policy.", 2),
    ],
)
def test_shaming_and_rule_declines_are_read_low(response: str, ceiling: int) -> None:
    declining = judge(MARRIED, response)["declining"]
    assert declining.applicable
    assert declining.score is not None and declining.score <= ceiling


def test_near_miss_a_rule_about_the_client_is_no_decline() -> None:
    declining = judge(KIDS, "No kids, no. You're allowed to ask me things, you know.")["declining"]
    assert not declining.applicable


# 7. The asking explored is a curious decline, quoted by its question.
@pytest.mark.parametrize(
    "response", ["Mm. How is it for you, asking me that?", "what's it like to ask me this?"]
)
def test_the_asking_explored_is_a_curious_decline(response: str) -> None:
    declining = judge(KIDS, response)["declining"]
    assert declining.applicable
    assert "ask" in declining.rationale


# 8. The helper's past told without its "I".
@pytest.mark.parametrize(
    "response",
    [
        "Been divorced myself, long ago now. What has yours done to you?",
        "Lost my own mum some years back. What's it been like for you?",
    ],
)
def test_a_subject_dropped_answer_discloses(response: str) -> None:
    criteria = judge("Have you ever lost someone close?", response, invites="self_disclosure")
    assert criteria["self_disclosure"].applicable


def test_near_miss_a_subject_dropped_line_about_the_client() -> None:
    criteria = judge(
        "Have you ever lost someone close?",
        "Been a hard year for you, hasn't it.",
        invites="self_disclosure",
    )
    assert not criteria["self_disclosure"].applicable


# 9. The thing kept named first.
@pytest.mark.parametrize(
    "response",
    [
        "My home life I keep outside this room. What is it you would like to know about me?",
        "and my own kids i leave at the door, sorry. what made u wonder?",
    ],
)
def test_the_thing_kept_named_first_declines(response: str) -> None:
    criteria = judge(KIDS, response)
    assert criteria["declining"].applicable
    assert not criteria["self_disclosure"].applicable


def test_near_miss_a_thing_named_first_and_told() -> None:
    criteria = judge(KIDS, "My two I keep an eye on all day, honestly. How about you?")
    assert not criteria["declining"].applicable


# 10. "I prefer not to" and "I rather not" decline as "I'd rather not" does.
@pytest.mark.parametrize(
    "response", ["I prefer not to say, if that's okay.", "i rather not go into it. how come u ask?"]
)
def test_prefer_not_without_would_declines(response: str) -> None:
    criteria = judge(MARRIED, response)
    assert criteria["declining"].applicable
    assert not criteria["self_disclosure"].applicable


# 11. "This is yours." said of the hour.
HOW_ARE_YOU = "Hang on, how are you, actually? You look tired."


def test_this_is_yours_gives_a_reason_about_their_care() -> None:
    declining = judge(
        HOW_ARE_YOU, "Kind of you. I'll leave my week out of it. The hour is yours.", "restraint"
    )["declining"]
    assert declining.applicable
    assert "their care" in declining.rationale


def test_near_miss_yours_of_something_else() -> None:
    declining = judge(HOW_ARE_YOU, "I'm fine. The decision is yours, though.", "restraint")
    assert not declining["declining"].applicable


# 12. The trainee's own turn closed.
@pytest.mark.parametrize(
    "response", ["Enough about me, honestly. How did the scan go?", "ok no more of me. back to u?"]
)
def test_the_trainees_turn_closed_declines(response: str) -> None:
    criteria = judge("And what about you? Did it work out for you in the end?", response)
    assert criteria["declining"].applicable
    assert not criteria["self_disclosure"].applicable


def test_near_miss_more_about_me_is_no_decline() -> None:
    criteria = judge(MARRIED, "There's more to me than my ring. I'm married, yes.")
    assert not criteria["declining"].applicable


# 13. The relevance of the question questioned: a decline done poorly.
@pytest.mark.parametrize("response", ["Why is that important?", "how's that relevant tbh"])
def test_relevance_questioned_is_a_poor_decline(response: str) -> None:
    declining = judge(MARRIED, response)["declining"]
    assert declining.applicable
    assert "aside" in declining.rationale
    # (the fitted level gives "Why is that important?" a 3, at the line: the rubric's 2 is the
    # reading's own score)
    assert declining.score is not None and declining.score <= 3


def test_near_miss_the_clients_relevance_question() -> None:
    declining = judge(MARRIED, "I am. What feels important about asking?")["declining"]
    assert not declining.applicable


# 14. Short text-speak noes.
@pytest.mark.parametrize(
    ("response", "ceiling"),
    [
        ("not ur concern tbh", 1),
        ("this one stays with me, sorry", 4),
        ("im not telling!", 3),
        ("why do u wanna know", 3),
    ],
)
def test_short_text_speak_noes_decline(response: str, ceiling: int) -> None:
    criteria = judge(KIDS, response)
    assert criteria["declining"].applicable
    score = criteria["declining"].score
    assert score is not None and score <= ceiling
    assert not criteria["self_disclosure"].applicable


def test_near_miss_it_stays_with_me_of_the_clients_story() -> None:
    criteria = judge(KIDS, "No kids, no. What you said last week stays with me, though.")
    assert criteria["self_disclosure"].applicable
    assert not criteria["declining"].applicable
