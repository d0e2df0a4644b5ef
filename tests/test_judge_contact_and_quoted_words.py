"""Contact details given, the client's words quoted back, and the trainee's own conduct in the
room (issues 10 and 13), on fresh examples written for this file:
- personal contact details given are self-disclosure 1 on either rubric (the rubric's "personal
  contact details"; the corpus ruling), so a trainee who hands over a number on a scenario
  without a boundary criterion is still told; a service's number is not the trainee's;
- a sentence quoted from the client keeps its quotes, so its "I" is the client's;
- losing one's thread and asking what the client imagined of the trainee are the room, not a
  life; nor is how the trainee is, said back to a greeting, or their own suggestions.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.criteria import build_context
from roleplay.offline.scorer import score_response
from roleplay.offline.text import split_sentences

LIBRARY = load_library()
DI = LIBRARY.rubric("disclosure-immediacy").rubric
RB = LIBRARY.rubric("relationship-boundaries").rubric
ASKS_FOR_CONTACT = Moment(
    client_line="Could I message you if Sunday goes badly? Just so I've got someone.",
    invites="boundary",
)


def _disclosure(moment: Moment, response: str):
    return build_context(moment, split_sentences(response)).reading("self_disclosure")


@pytest.mark.parametrize(
    "response",
    [
        "Course you can, it's 07911 123456.",
        "Yes, email me: sam.okoro@outlook.com",
        "Sure, my insta's easiest, it's on my profile.",
        "Of course, here's my mobile. Any time.",
        # a number said as "my number's": found at a moment that did not ask for it (below)
        "Sure, my mobile's 07700 900456, text me whenever.",
        "Take my number, 07911 123456, in case.",
    ],
)
@pytest.mark.parametrize("rubric", [DI, RB], ids=["disclosure-immediacy", "boundaries"])
def test_personal_contact_details_given_are_disclosure_at_level_one(rubric, response) -> None:
    evaluation = score_response(rubric, ASKS_FOR_CONTACT, response)
    assert evaluation.criteria["self_disclosure"].applicable
    assert evaluation.criteria["self_disclosure"].score == 1


def test_a_number_handed_over_unasked_is_disclosure_at_an_immediacy_moment() -> None:
    # Found by a headless run of am-i-boring-you: "my number's ..." was not read as a number
    # given, and the head alone called the offer "not used".
    moment = Moment(
        client_line="Am I boring you? You must see more interesting people.", invites="immediacy"
    )
    evaluation = score_response(DI, moment, "Course not! My number's 07911 123456 if you need me.")
    assert evaluation.criteria["self_disclosure"].score == 1


@pytest.mark.parametrize(
    "response",
    [
        "Samaritans are there on 116 123, any hour. I'd like you to put that in your phone.",
        "I won't be giving you my number, but the duty team will answer on Sunday.",
        "My number is the office one: the team's on 0161 496 0000 in the week.",
    ],
)
def test_a_services_number_or_a_refusal_gives_no_details(response: str) -> None:
    assert not _disclosure(ASKS_FOR_CONTACT, response).has("contact_details")


def test_a_sentence_quoted_from_the_client_keeps_its_quotes() -> None:
    moment = Moment(client_line="I used to tell myself I was just tired. For years.")
    response = "'I used to tell myself I was just tired.' What was under the tired?"
    assert split_sentences(response)[0].text.endswith(".'")
    assert not _disclosure(moment, response).present


@pytest.mark.parametrize(
    "response",
    [
        "Hang on, I've lost the thread. Your aunt said what, exactly?",
        "what did u think i was going to say when u told me?",
    ],
)
def test_the_trainees_conduct_and_the_clients_picture_of_them_are_not_a_life(response) -> None:
    moment = Moment(client_line="And then my aunt said the thing, and I just left.")
    assert not _disclosure(moment, response).present


@pytest.mark.parametrize(
    "response",
    [
        "I'm doing really well, thanks! What's on your mind tonight?",
        "Have a go at one of my ideas and see how it lands.",
    ],
)
def test_a_greeting_answered_or_ones_own_suggestions_tell_no_life(response: str) -> None:
    moment = Moment(client_line="hi, how are you? I need to talk about my flatmate")
    assert not _disclosure(moment, response).present


def test_a_number_handed_over_is_a_boundary_crossed_for_the_client_to_react_to() -> None:
    # the client reacts to what the trainee did (issue 10, failure 8): a number handed over is
    # the move scenarios branch on, not a raw story told
    moment = Moment(client_line="Have you ever been this low yourself?", invites="self_disclosure")
    evaluation = score_response(DI, moment, "Here's my mobile, 07911 123456, text me any time.")
    assert "boundary_crossed" in evaluation.moves
    assert "therapist_centred_disclosure" not in evaluation.moves


def test_the_thing_to_try_fits_a_number_handed_over() -> None:
    # the suggestion is the worst fault's own fix, not a generic "hand the focus back"
    moment = Moment(client_line="Have you ever been this low yourself?", invites="self_disclosure")
    evaluation = score_response(DI, moment, "Here's my mobile, 07911 123456, text me any time.")
    suggestion = evaluation.criteria["self_disclosure"].suggestion or ""
    assert "contact" in suggestion and "service" in suggestion


@pytest.mark.parametrize(
    "response",
    [
        "No, I don't give clients my number, but the service line is there any weekday.",
        "I can't give out my mobile, sorry, but the office can always get a message to me.",
    ],
)
def test_a_refused_number_at_a_personal_question_is_no_number_given(response: str) -> None:
    # issue 10, failure 2: a refusal must never read as a grant, at any moment, or the client
    # reacts to a number nobody gave
    moment = Moment(client_line="Have you ever lost someone close?", invites="self_disclosure")
    evaluation = score_response(DI, moment, response)
    assert not evaluation.criteria["self_disclosure"].applicable
    assert "boundary_crossed" not in evaluation.moves
