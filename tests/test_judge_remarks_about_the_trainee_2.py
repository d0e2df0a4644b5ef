"""More remarks about the trainee (X's convention: any answer to one is immediacy in play), and
the trainee's own feeling toward the client named with "I'm noticing" or "I'm aware". Fresh
examples, written for this file; the forms were found on the fresh-edges development set
(bench/data/fresh_edges/)."""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.immediacy import strengths
from roleplay.offline.immediacy_remarks import asks_about_trainee
from roleplay.offline.scorer import score_response
from roleplay.offline.text import split_sentences

DI = load_library().rubric("disclosure-immediacy").rubric


@pytest.mark.parametrize(
    "client_line",
    [
        "Ugh, I've gone on and on again, sorry.",
        "I swore I wouldn't cry in front of you this week.",
        "sorry that turned into a novel, you don't have to read it all",
        "You probably think I'm ridiculous, getting this worked up over a parking ticket.",
        "You've probably got someone else waiting, I'll be quick.",
        "Bet you can't wait to go home after a day of this.",
        "How old are you? Sorry, is that too personal?",
        "Is it strange that I find it easier to tell you than my sister?",
    ],
)
def test_the_remark_about_the_trainee_is_read(client_line: str) -> None:
    assert asks_about_trainee(client_line)


@pytest.mark.parametrize(
    "client_line",
    [
        "My dad goes on and on about the allotment.",
        "She cried in front of the whole class.",
        "You don't have to read the terms and conditions, nobody does.",
        "My boss probably thinks I'm lazy.",
        "Is it strange that I miss the old house?",
    ],
)
def test_the_same_words_about_someone_else_are_not_a_remark_about_the_trainee(
    client_line: str,
) -> None:
    assert not asks_about_trainee(client_line)


@pytest.mark.parametrize(
    ("client_line", "response"),
    [
        ("Ugh, I've gone on and on again, sorry.", "Not at all. We've got plenty of time."),
        ("I swore I wouldn't cry in front of you this week.", "Don't apologise. I'm right here."),
    ],
)
def test_a_brief_answer_to_the_remark_is_immediacy_in_the_middle(
    client_line: str, response: str
) -> None:
    moment = Moment(client_line=client_line, invites="immediacy")
    result = score_response(DI, moment, response).criteria["immediacy"]
    assert result.applicable, result.rationale
    assert 2 <= (result.score or 0) <= 3


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm noticing I feel quite tender toward you as you say that.",
        "I'm aware I feel a bit protective of you right now.",
        "I feel really worried for you reading this.",
    ],
)
def test_a_feeling_toward_the_client_now_is_relationship_talk(sentence: str) -> None:
    assert strengths(split_sentences(sentence), "I don't know why I'm telling you this.")[0] >= 0.5


def test_near_miss_sadness_about_their_story_is_not_relationship_talk() -> None:
    sentence = "I feel so sad reading about what happened to your brother."
    assert strengths(split_sentences(sentence), "He died in March.")[0] < 0.5


def test_the_trainees_attention_owned_answers_the_remark_and_is_no_disclosure() -> None:
    # found trying the app: "I read every word!" to "you dont have to read it all" scored
    # self-disclosure 2 ("You disclosed: 'I read every word!'") and no immediacy
    moment = Moment(client_line="ugh sorry, that was a novel. you don't have to read it all")
    result = score_response(DI, moment, "I read all of it, honestly. Not too much at all.")
    assert result.criteria["immediacy"].applicable
    assert not result.criteria["self_disclosure"].applicable


@pytest.mark.parametrize(
    "response",
    [
        "Not at all, honestly. I'd like to hear the rest of it.",
        "No, you're fine. I'd love to hear more about your brother.",
    ],
)
def test_asking_for_more_of_the_story_is_no_invitation_of_their_view(response: str) -> None:
    # found trying the app: "I'd like to hear the rest" read as "it invites the client's view"
    # and lifted a closed answer to 4, "Well judged" (rubric: a brief closed answer is the middle)
    moment = Moment(client_line="Am I boring you? You've gone very quiet.", invites="immediacy")
    result = score_response(DI, moment, response).criteria["immediacy"]
    assert result.applicable
    assert "invites the client's view" not in result.rationale
    assert (result.score or 0) <= 3


def test_near_miss_asking_for_their_view_of_the_two_of_you_still_invites_it() -> None:
    moment = Moment(client_line="Am I boring you? You've gone very quiet.", invites="immediacy")
    response = "Not at all. I'd like to hear what made you wonder that, just now, with me."
    result = score_response(DI, moment, response).criteria["immediacy"]
    assert result.applicable and "invites the client's view" in result.rationale
