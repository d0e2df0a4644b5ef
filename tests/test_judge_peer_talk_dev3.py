"""Peer-support talk read on its own (no scenario: what the moment invites is unknown), the
classes the third ESConv development set showed the judge misreading.

- A shared experience in other words ("I've been where you are", "went through the same thing",
  "in the same position") is self-disclosure, with typos and with a generic "you" after it.
- "me" in a story of the helper's own life ("my brother stopped speaking to me") is disclosure,
  not talk about the two of them.
- Courtesies of a chat ("I hope I was some help", "sleep well my friend"), a general remark
  prefaced by one's experience (bench/data/README.md: not disclosure), someone else who "has been
  there", and an answer to a request for tips are not disclosure.
- Sympathy ("I really feel for you"), a way of coping ("something I've done when..."), thanks for
  the chat, "trust me" and "as I said" as ways of speaking, a lockdown "closing down again",
  people in general "not meant to be alone", and reassurance about someone else ("you're not
  trying to replace her") are not immediacy.

Fresh examples written for this test; none is a corpus line, a shipped exemplar or a development
set turn.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
CLIENT = "Everything's fallen apart since the flat went. I don't know who to talk to any more."


def _used(response: str, criterion: str, client: str = CLIENT) -> bool:
    evaluation = score_response(DI, Moment(client_line=client), response)
    return evaluation.criteria[criterion].applicable


@pytest.mark.parametrize(
    "response",
    [
        "I have been where you are, and it took me a long time to climb out of it.",
        "I've been were you are right now and I know it hurts.",
        "I've been in your exact shoes and trust me, it gets lighter, so keep talking.",
        "I have also went through the same thing with my landlord last year, so I get it.",
        "Honestly I'm kind of going through the same situation at work right now.",
        "I am in the same position with my own family, so you're not alone.",
        "I was let go in the past and it really knocks your confidence for a while.",
        "My brother stopped speaking to me after I moved away, so I know how lonely it gets.",
    ],
)
def test_a_shared_experience_in_other_words_is_a_disclosure(response: str) -> None:
    assert _used(response, "self_disclosure")


def test_me_in_a_story_of_ones_own_life_is_not_talk_about_the_two_of_them() -> None:
    response = "My brother stopped speaking to me after I moved away, so I know how lonely it gets."
    assert not _used(response, "immediacy")


@pytest.mark.parametrize(
    ("response", "client"),
    [
        ("I hope I've been of some help tonight.", CLIENT),
        ("That's what I'm here for :) Sleep well my friend!", "Thanks, this really helped."),
        ("Do the ones who have been there longest get kept on, do you think?", CLIENT),
        (
            "From my own experience, keeping busy in the evenings does more good than harm.",
            CLIENT,
        ),
        (
            "Yes, I'd suggest writing it all down before bed so it's out of your head.",
            "Do you have any tips for getting to sleep?",
        ),
    ],
)
def test_chat_courtesies_and_general_remarks_are_not_disclosures(
    response: str, client: str
) -> None:
    assert not _used(response, "self_disclosure", client)


@pytest.mark.parametrize(
    "response",
    [
        "I really feel for you, losing the flat like that.",
        "Something I've done when I felt that low was to walk to the sea every morning.",
        "Thanks for chatting with me tonight, take care of yourself.",
        "And trust me, you are not on your own with this.",
        "As I said, from what I've seen, a routine helps more than anything.",
        "Could you talk to your sister so she knows you're not trying to replace her?",
        "I feel you, with everything closing down again.",
        "We are not meant to be alone with thoughts like that.",
    ],
)
def test_sympathy_coping_and_ways_of_speaking_are_not_immediacy(response: str) -> None:
    assert not _used(response, "immediacy")


@pytest.mark.parametrize(
    "response",
    [
        "You're not trying, are you? That's frustrating for me.",
        "Was it something I said just now?",
        "I feel protective toward you right now, hearing that.",
        "Thank you for telling me. It means a lot that you'd share this with me.",
    ],
)
def test_talk_about_the_two_of_them_still_reads_as_immediacy(response: str) -> None:
    assert _used(response, "immediacy")


def test_the_client_faulted_for_closing_down_again_is_still_immediacy_done_badly() -> None:
    moment = Moment(client_line="...Whatever. It's fine.", invites="immediacy")
    result = score_response(DI, moment, "There you go, closing down again.").criteria["immediacy"]
    assert result.applicable and result.score is not None and result.score <= 2


# The fourth development set's classes (fresh examples of each).


@pytest.mark.parametrize(
    "response",
    [
        "I know exactly what that feels like, and it's a horrible few weeks.",
        "I know what it's like to lose a place you loved.",
        "I'm also a bit tired today but doing all right.",
        "The rain is really getting me down as well, if I'm honest.",
        "I've actually been on both sides of that argument with my own sister.",
        "I personally understand how hard a move like that is.",
        "What keeps me going is a long walk with the dog every morning.",
        "A good friend once told me that the first month is always the worst.",
        "What was really helpful for me was writing a list before bed.",
    ],
)
def test_more_shared_experience_and_own_ways_are_disclosures(response: str) -> None:
    assert _used(response, "self_disclosure")


@pytest.mark.parametrize(
    ("response", "client"),
    [
        ("Oh my goodness, that's a lot to carry.", CLIENT),
        ("Hello, my name is Priya and I'm here to listen. How are you?", "Hi."),
        ("yes", "Are you there?"),
        ("Yes, try writing it all down first thing.", "Do you have other suggestions?"),
        ("Normally I would ring them first, then put it in writing.", CLIENT),
        ("I am a firm believer that people do better with a routine.", CLIENT),
        ("That's lovely that you get out and have lunch in the park.", CLIENT),
    ],
)
def test_exclamations_introductions_and_advice_are_not_disclosures(
    response: str, client: str
) -> None:
    assert not _used(response, "self_disclosure", client)


@pytest.mark.parametrize(
    "response",
    [
        "He sounds like a real piece of work if you ask me!",
        "I was ghosted by someone I thought was my soulmate, so I know that sting.",
        "I feel your pain and I empathize with you completely.",
        'You could say something like, "I need you to see that I am trying my best with you."',
        "Thanks for opening up and sharing your story and your feelings with me tonight.",
    ],
)
def test_ways_of_speaking_and_suggested_words_are_not_immediacy(response: str) -> None:
    assert not _used(response, "immediacy")


def test_a_meal_together_offered_is_still_a_contact_offer() -> None:
    rubric = load_library().rubric("relationship-boundaries").rubric
    moment = Moment(
        client_line="I'll miss these chats. Could we stay in touch?", invites="boundary"
    )
    result = score_response(rubric, moment, "We could grab a coffee sometime, I'd like that.")
    assert result.criteria["boundary"].applicable
    assert result.criteria["boundary"].score is not None and result.criteria["boundary"].score <= 2


@pytest.mark.parametrize(
    "response",
    [
        "Honestly I'm kind of going through the same thing with my own mum right now. How are you?",
        "I'm actually in the same position with my family at the moment. What's hardest for you?",
    ],
)
def test_a_struggle_the_helper_is_still_in_is_no_well_judged_disclosure(response: str) -> None:
    """Found trying the app: "I'm kind of going through the same situation with my own dad" at
    a grief moment had scored 4, "Well judged". Rubric v2: unresolved material is the harm."""
    result = score_response(DI, Moment(client_line=CLIENT, invites="self_disclosure"), response)
    sd = result.criteria["self_disclosure"]
    assert sd.applicable and sd.score is not None and sd.score <= 3
