"""The readers follow who does what in a sentence, not which words sit side by side (issue 10:
false immediacy and missed disclosure on ordinary helping talk). Each class is tested on fresh
examples written for this file (none is an ESConv turn, a corpus line or an exemplar):
- "nice talking to you and I hope..." joins two clauses: "you and I" there is not the pair;
- "I think you will love it" is the client's feeling, not the trainee's stance toward them;
- a relationship of the client's that "wasn't meant to be" is no romantic overture;
- "you need to get some proper rest" is advice, not a charged demand on the client;
- "I had forgotten" is a thought, not an event of the helper's life, while "mine are..." is;
- "I'd be furious too, in your shoes" is a disclosure of feeling (Hill, 2014), though weak,
  and "I'd be glad to" is not.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline import relational
from roleplay.offline.criteria import READERS, build_context
from roleplay.offline.disclosure_presence import (
    PRESENCE_THRESHOLD,
    answers_personal_question,
    sentence_strength,
)
from roleplay.offline.reading import SkillReading
from roleplay.offline.scorer import feature_vectors, name_capping_faults, score_response
from roleplay.offline.text import split_sentences

DI = load_library().rubric("disclosure-immediacy").rubric
RB = load_library().rubric("relationship-boundaries").rubric
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


def test_a_fault_that_capped_the_level_is_named_as_what_moved_it() -> None:
    # the rationale names what moved the score: a ceiling fault takes the levels it took off,
    # whatever its own fitted weight; a ceiling that did not bind is left as the weights say
    reading = SkillReading(present=True, strength=1.0, score=3.0, spans=[])
    reading.add("dodges_question", "it steps around their question", -1.5, "How is it for you?")
    reading.add("invites_view", "it invites the client's view", 1.0, "How is it for you?")
    moved = [("it invites the client's view", 0.4, "How is it for you?")]
    capped = name_capping_faults("immediacy", reading, moved, fitted_level=5, level=3)
    assert capped[0] == ("it steps around their question", -2.0, "How is it for you?")
    assert ("it invites the client's view", 0.4, "How is it for you?") in capped
    assert name_capping_faults("immediacy", reading, moved, fitted_level=3, level=3) == moved


@pytest.mark.parametrize(
    "response",
    [
        "Don't worry, it's all confidential. Nothing leaves this room.",
        "Everything is strictly confidential, always.",
    ],
)
def test_confidentiality_promised_without_limits_misleads(response: str) -> None:
    # the rubric's contracting level 1: "promises total confidentiality"
    moment = Moment(
        client_line="Who gets to hear what I say in here? Be straight with me.",
        invites="contracting",
    )
    evaluation = score_response(RB, moment, response)
    assert evaluation.criteria["contracting"].applicable
    assert evaluation.criteria["contracting"].score == 1


def test_confidentiality_with_its_limits_is_not_read_as_a_promise() -> None:
    moment = Moment(client_line="Who gets to hear what I say in here?", invites="contracting")
    response = (
        "It stays between us and my supervisor, except if I were worried about your safety; "
        "I'd talk to you first. Does that sit okay?"
    )
    features = feature_vectors(RB, moment, response)["contracting"]
    assert not features.get("f.promises_secrecy")


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


@pytest.mark.parametrize(
    "response",
    [
        "I really shouldn't have done that. We're not allowed to, strictly.",
        "I shouldn't have said that, honestly, it could get me in trouble.",
    ],
)
def test_regret_pinned_on_the_rules_hands_the_client_the_trainees_discomfort(
    response: str,
) -> None:
    # Hill & Knox (2009): immediacy about the trainee's needs, not the client's, harms
    moment = Moment(
        client_line="Oh no, I've cried all over you. I'm so embarrassed.", invites="immediacy"
    )
    features = feature_vectors(DI, moment, response)["immediacy"]
    assert features.get("rule.present") and features.get("f.therapist_need")


def test_owning_a_misstep_without_the_rules_is_not_that_fault() -> None:
    moment = Moment(client_line="Why did you say that about my mum?", invites="immediacy")
    features = feature_vectors(
        DI, moment, "I shouldn't have said that, and I'm sorry. How did it land?"
    )["immediacy"]
    assert features.get("rule.present") and not features.get("f.therapist_need")


def test_plain_talk_crosses_the_reading_with_no_cue() -> None:
    # the heads may trust a first-person reading more where nothing puts the trainee in question
    plain = feature_vectors(DI, ORDINARY, "I had a nightmare interview once, years back.")
    asked = feature_vectors(
        DI, Moment(client_line="Have you ever failed an interview?"), "I have, years back."
    )
    assert plain["self_disclosure"].get("rule.present@cue.none") == 1.0
    assert "rule.present@cue.none" not in asked["self_disclosure"]


@pytest.mark.parametrize(
    "response",
    [
        "It's not personal, it's just the guidelines.",
        "Therapy takes time, you have to trust the process.",
        "I was only making a suggestion.",
    ],
)
def test_defending_ones_conduct_after_a_complaint_is_defensive_immediacy(response: str) -> None:
    moment = Moment(client_line="You never listen. This isn't helping.", invites="rupture_repair")
    features = feature_vectors(RB, moment, response)["immediacy"]
    assert features.get("rule.present") and features.get("f.defensive")


def test_the_same_words_in_plain_talk_are_not_relationship_talk() -> None:
    features = feature_vectors(DI, ORDINARY, "Change takes time, so go easy on yourself.")
    assert not features["immediacy"].get("rule.present")


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


def test_naming_who_else_hears_is_a_limit_stated_not_a_promise_of_secrecy() -> None:
    moment = Moment(client_line="Who hears what I say in here?", invites="contracting")
    features = feature_vectors(
        RB, moment, "Only my supervisor, and it's all confidential otherwise. Does that help?"
    )["contracting"]
    assert not features.get("f.promises_secrecy")


def test_a_disclosure_with_every_mark_of_level_five_is_never_scored_below_four() -> None:
    moment = Moment(client_line="Have you ever been made redundant?", invites="self_disclosure")
    response = "I have, years ago, so I know a little of how unsettling it is. What's it been like?"
    features = feature_vectors(DI, moment, response)["self_disclosure"]
    assert features.get("f.meets_level_five")
    assert (score_response(DI, moment, response).criteria["self_disclosure"].score or 0) >= 4


@pytest.mark.parametrize(
    "response",
    [
        "Nope, thats on me. What would help now?",
        "I'm not moving you on. Shall we turn the clock round?",
        "I should have said that at the start, and I'm not going anywhere.",
    ],
)
def test_taking_up_the_strain_in_plain_words_is_repair(response: str) -> None:
    moment = Moment(
        client_line="You always look at the clock when I talk about Dad.",
        invites="rupture_repair",
    )
    assert feature_vectors(RB, moment, response)["rupture_repair"].get("rule.present")


HARM_AT_THE_DOOR = Moment(
    client_line="Anyway, it's probably nothing, but he shoved me into the wall on Sunday. "
    "Same time next week?",
    cue="coat on, hand on the door",
    invites="boundary",
)


def test_a_safety_check_after_a_disclosure_of_harm_is_not_an_answer_left_open() -> None:
    response = "I'm glad you told me. Before you go, are you safe at home tonight?"
    features = feature_vectors(RB, HARM_AT_THE_DOOR, response)["boundary"]
    assert features.get("f.checks_safety") and not features.get("f.unclear")
    rationale = score_response(RB, HARM_AT_THE_DOOR, response).criteria["boundary"].rationale
    assert "leaves the door open" not in rationale
    assert "checked their safety" not in rationale.partition("What took away")[2]


@pytest.mark.parametrize(
    "response",
    [
        "I'm glad you told me. Before you go, are you safe at home tonight?",
        "Thank you for trusting me with that. We're at time, but who could you ring tonight?",
        "Let's pick that up next week.",
    ],
)
def test_the_rationale_never_lists_a_credited_move_as_taking_away(response: str) -> None:
    evaluation = score_response(RB, HARM_AT_THE_DOOR, response)
    ctx = build_context(HARM_AT_THE_DOOR, split_sentences(response))
    for cid, result in evaluation.criteria.items():
        took_away = result.rationale.partition("What took away:")[2].partition(".")[0]
        credited = [f.label for f in READERS[cid].read(ctx).features if f.effect > 0]
        assert not any(label in took_away for label in credited), (cid, took_away)
