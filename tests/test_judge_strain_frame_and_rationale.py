"""Faults and credits at moments of strain, frame and harm, and what the rationale says about
them (issues 10 and 13), each on fresh examples written for this file:
- defending one's conduct or lecturing on therapy after a complaint is defensive immediacy, and
  regret pinned on the rules hands the client the trainee's discomfort (Hill & Knox 2009);
- taking a strain up in plain words is repair;
- confidentiality promised without limits misleads (contracting 1), naming who else hears does
  not;
- a safety check after a disclosure of harm is not an answer left open;
- a fault that capped the level is named as what moved it, a credited move is never listed as
  taking away, and a disclosure with every mark of level 5 never scores below 4.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.criteria import READERS, build_context
from roleplay.offline.level_reasons import MIN_SAID, name_capping_faults
from roleplay.offline.reading import SkillReading
from roleplay.offline.scorer import feature_vectors, score_response
from roleplay.offline.text import split_sentences

DI = load_library().rubric("disclosure-immediacy").rubric
RB = load_library().rubric("relationship-boundaries").rubric
ORDINARY = Moment(client_line="The interview went better than I thought. Fingers crossed.")


def test_a_fault_that_capped_the_level_is_named_as_what_moved_it() -> None:
    # the rationale names what moved the score: a ceiling fault takes the levels it took off,
    # whatever its own fitted weight; one that did not bind is still named, at the least effect
    # the rationale says (a rubric-named fault is never left unsaid)
    reading = SkillReading(present=True, strength=1.0, score=3.0, spans=[])
    reading.add("dodges_question", "it steps around their question", -1.5, "How is it for you?")
    reading.add("invites_view", "it invites the client's view", 1.0, "How is it for you?")
    moved = [("it invites the client's view", 0.4, "How is it for you?")]
    capped = name_capping_faults("immediacy", reading, moved, fitted_level=5, level=3)
    assert capped[0] == ("it steps around their question", -2.0, "How is it for you?")
    assert ("it invites the client's view", 0.4, "How is it for you?") in capped
    assert name_capping_faults("immediacy", reading, moved, fitted_level=3, level=3) == [
        *moved,
        ("it steps around their question", -MIN_SAID, "How is it for you?"),
    ]


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
