"""The readers follow who does what in a sentence, not which words sit side by side (issue 10:
false immediacy and missed disclosure on ordinary helping talk). Each class is tested on fresh
examples written for this file (none is an ESConv turn, a corpus line or an exemplar):
- "nice talking to you and I hope..." joins two clauses: "you and I" there is not the pair;
- "I think you will love it" is the client's feeling, not the trainee's stance toward them;
- a relationship of the client's that "wasn't meant to be" is no romantic overture;
- "you need to get some proper rest" is advice, not a charged demand on the client;
- "I had forgotten" is a thought, not an event of the helper's life, while "mine are..." is;
- "I'd be furious too, in your shoes" is a disclosure of feeling (Hill, 2014), though weak,
  and "I'd be glad to" is not;
- what counts as answering a personal question, the helper's household as "we", the helper's
  role in the chat, and a hand-back after an answer.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline import relational
from roleplay.offline.disclosure_presence import (
    PRESENCE_THRESHOLD,
    answers_personal_question,
    sentence_strength,
)
from roleplay.offline.scorer import feature_vectors, score_response
from roleplay.offline.text import split_sentences

DI = load_library().rubric("disclosure-immediacy").rubric
ORDINARY = Moment(client_line="The interview went better than I thought. Fingers crossed.")


def _strongest(text: str, reader) -> float:
    return max(reader(sentence) for sentence in split_sentences(text))


@pytest.mark.parametrize(
    "response",
    [
        "It was lovely to talk with you and I hope the job comes through.",
        "I have faith in you and I think you'll get it.",
        "Thanks for sharing this with you and I really hope it goes well.",
        "I think you will love the new team, and good luck.",
        "I reckon they will like you a lot.",
        "Maybe that job wasn't meant to be, and something better is coming.",
        "You need to get some proper rest before Monday.",
    ],
)
def test_clauses_joined_or_about_the_client_are_not_relationship_talk(response: str) -> None:
    assert _strongest(response, relational.strength) < 0.55
    assert not score_response(DI, ORDINARY, response).criteria["immediacy"].applicable


@pytest.mark.parametrize(
    "response",
    [
        "You and I have been circling this for weeks.",
        "I really like you, and I'd hate for you to think I don't.",
        "I think I enjoy our time more than you realise.",
    ],
)
def test_the_pair_and_the_trainees_own_stance_still_count(response: str) -> None:
    assert _strongest(response, relational.strength) >= 0.55


@pytest.mark.parametrize(
    "response",
    [
        "Oh, I had forgotten you'd moved. How's the new flat?",
        "I had assumed the results were due next week.",
    ],
)
def test_a_pluperfect_thought_is_not_a_life_event(response: str) -> None:
    assert _strongest(response, sentence_strength) < PRESENCE_THRESHOLD


@pytest.mark.parametrize(
    "response",
    [
        "Honestly, mine are the same, they never call either.",
        "Getting that rejection letter motivated me to apply everywhere.",
    ],
)
def test_possessive_and_object_forms_of_the_helpers_life_are_disclosure(response: str) -> None:
    assert _strongest(response, sentence_strength) >= PRESENCE_THRESHOLD


@pytest.mark.parametrize(
    "response",
    [
        "I'd be furious too, in your shoes.",
        "If I were in your position I would be really anxious as well.",
        "I'd feel exactly the same, given what he said.",
    ],
)
def test_a_feeling_in_the_clients_place_is_a_weak_disclosure(response: str) -> None:
    assert _strongest(response, sentence_strength) >= PRESENCE_THRESHOLD
    features = feature_vectors(DI, ORDINARY, response)["self_disclosure"]
    assert features.get("f.hypothetical_feeling")


@pytest.mark.parametrize(
    "response",
    [
        "I'd be glad to go through it with you.",
        "I would be careful about signing anything yet.",
        "If I were you, I'd ring them on Monday.",
    ],
)
def test_offers_and_advice_in_the_conditional_are_not(response: str) -> None:
    assert _strongest(response, sentence_strength) < PRESENCE_THRESHOLD


@pytest.mark.parametrize(
    "response",
    [
        "No, I don't. What's it like hearing that?",
        "I am, yes. What happens in you, hearing it?",
        "I'd rather not say. Does it matter to you either way?",
        "A few years. What made you wonder?",
    ],
)
def test_a_hand_back_after_an_answer_asks_about_the_two_of_them(response: str) -> None:
    # the corpus rulings: asking the client's experience of the trainee's answer is immediacy
    assert _strongest(response, relational.strength) >= 0.55


@pytest.mark.parametrize(
    "response",
    [
        "What's it like hearing that from your consultant?",
        "What made you wonder about retraining?",
        "Could you write a bit more, so that I can help you better?",
        "You obviously care about this team a great deal.",
    ],
)
def test_look_alikes_of_a_hand_back_or_a_charge_are_not(response: str) -> None:
    assert _strongest(response, relational.strength) < 0.55


# --- What counts as answering a personal question (the corpus conventions: a plain answer about
# oneself is disclosure; a turn-down, a deflection, a courtesy, a reflection of the client's own
# words, a reply about the trainee's role or about the two of them is not) -----------------------


@pytest.mark.parametrize(
    ("client", "response"),
    [
        ("Have you ever been in debt? Be honest.", "That's quite personal. What's behind asking?"),
        ("Do you have a boyfriend?", "Long enough with this job to know that's not our focus!"),
        ("Are you okay? You look tired.", "I'm fine. So, the landlord?"),
        ("Are you a trainee? The letter didn't say.", "Yes, in my final year, supervised weekly."),
        ("Can you hear me alright? The signal's bad.", "Yep, loud and clear."),
        ("Do you even like me, honestly?", "I do. What makes it hard to believe?"),
        ("Did you see the match? Three goals in ten minutes.", "Three goals."),
        ("Would you ever forgive him, if you were me?", "You sound really torn."),
    ],
)
def test_replies_that_are_not_an_answer_about_oneself(client: str, response: str) -> None:
    assert not answers_personal_question(split_sentences(response), client)


@pytest.mark.parametrize(
    ("client", "response"),
    [
        ("Have you ever been in debt? Be honest.", "I have, yes, in my twenties. It passed."),
        ("Do you have kids?", "No, I don't. What's it like to hear that?"),
        ("Where are you from, anyway?", "Galway, originally."),
    ],
)
def test_plain_answers_about_oneself_still_count(client: str, response: str) -> None:
    assert answers_personal_question(split_sentences(response), client)


@pytest.mark.parametrize(
    "response",
    [
        "You're right, I did it again.",
        "I went straight past it, and I'm sorry.",
        "I think I went quiet too long, and you were left guessing.",
    ],
)
def test_owning_what_the_trainee_just_did_is_not_news_of_their_life(response: str) -> None:
    assert _strongest(response, sentence_strength) < PRESENCE_THRESHOLD


@pytest.mark.parametrize(
    "response",
    [
        "We had to rehome our greyhound last spring, and it broke my heart a bit.",
        "Ours went missing for a week once.",
        "We gave up on the diet after a fortnight, honestly.",
    ],
)
def test_the_helpers_household_as_we_is_their_life(response: str) -> None:
    assert _strongest(response, sentence_strength) >= PRESENCE_THRESHOLD


@pytest.mark.parametrize(
    "response",
    [
        "We tried the breathing last week and you said it felt silly.",
        "We went over this when you first came, didn't we?",
        "I'm always happy to listen, that's what I'm here for.",
        "I wish I could have done more for you tonight.",
        "I'm not allowed to recommend a particular pill, sorry.",
    ],
)
def test_we_in_the_work_and_the_helping_role_are_not_their_life(response: str) -> None:
    assert _strongest(response, sentence_strength) < PRESENCE_THRESHOLD


def test_naming_a_favourite_when_asked_is_a_fact_of_ones_life() -> None:
    features = feature_vectors(
        DI, Moment(client_line="What's your favourite band, then?"), "Fleetwood Mac, always."
    )["self_disclosure"]
    assert features.get("rule.present")


def test_plain_talk_crosses_the_reading_with_no_cue() -> None:
    # the heads may trust a first-person reading more where nothing puts the trainee in question
    plain = feature_vectors(DI, ORDINARY, "I had a nightmare interview once, years back.")
    asked = feature_vectors(
        DI, Moment(client_line="Have you ever failed an interview?"), "I have, years back."
    )
    assert plain["self_disclosure"].get("rule.present@cue.none") == 1.0
    assert "rule.present@cue.none" not in asked["self_disclosure"]


def test_an_answer_that_stays_with_other_people_is_named_for_the_head() -> None:
    moment = Moment(
        client_line="My wife says I've gone quiet at home. You don't seem to mind it.",
        invites="immediacy",
    )
    elsewhere = feature_vectors(DI, moment, "Your wife said that, and you didn't reply to her.")
    about_us = feature_vectors(DI, moment, "I don't mind it at all. What's it like, here with me?")
    assert elsewhere["immediacy"].get("f.elsewhere_only")
    assert not about_us["immediacy"].get("f.elsewhere_only")


@pytest.mark.parametrize(
    "response",
    [
        "I've seen that happen to lots of people after a layoff.",
        "I have seen things improve for many couples in your spot.",
        "Sorry, it won't load on my end.",
    ],
)
def test_what_the_helper_has_seen_of_others_or_their_end_of_the_chat_is_not_their_life(
    response: str,
) -> None:
    assert _strongest(response, sentence_strength) < PRESENCE_THRESHOLD


def test_what_happened_to_the_helper_themselves_still_counts() -> None:
    assert _strongest("I've seen my own dad go through this.", sentence_strength) >= (
        PRESENCE_THRESHOLD
    )
