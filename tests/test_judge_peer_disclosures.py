"""One's own routines and circumstances told in passing, and a me-too of one's current life, are
self-disclosure; the helper's habits in the work and curiosity in the room are not.

Peer-support talk is full of them ("I usually walk before work", "I live on my own"), and the
ESConv development sets showed the judge missing them. Fresh examples written for this test;
none is a corpus line, a shipped exemplar or a development-set turn.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
CLIENT = "My sleep's all over the place since the exams started. I can't switch off."


def _disclosed(response: str) -> bool:
    evaluation = score_response(DI, Moment(client_line=CLIENT), response)
    return evaluation.criteria["self_disclosure"].applicable


@pytest.mark.parametrize(
    "response",
    [
        "Every night I leave my phone in the kitchen, it's the only way I switch off. "
        "What's the last thing you look at?",
        "I live with two nurses, so our flat keeps odd hours too. What does a bad night look like?",
        "That's what I did to get through my finals: one hour off, no revision. Could that fit?",
        "I personally went through a phase like that. What's keeping you up most?",
        "Sometimes I just get up and make toast at 3am, honestly. What do you do when you wake?",
    ],
)
def test_a_routine_or_circumstance_told_is_a_disclosure(response: str) -> None:
    assert _disclosed(response)


@pytest.mark.parametrize(
    "response",
    [
        "I'm also working nights at the moment, so I know that fog. What helps you most?",
        "I also take something to sleep, and it took a while to find the right one.",
        "I also find myself more anxious this time of year. What's the worst hour for you?",
    ],
)
def test_a_me_too_of_ones_current_life_is_a_disclosure(response: str) -> None:
    assert _disclosed(response)


@pytest.mark.parametrize(
    "response",
    [
        "I'm also curious what the nights have been like for you since we last met.",
        "I usually ask people what a good night would look like. What would yours be?",
        "I always start by checking how the week has been. How has it been?",
        "Sometimes I wonder whether the exams are only part of it. What else is going on?",
    ],
)
def test_the_helpers_habits_in_the_work_are_not(response: str) -> None:
    assert not _disclosed(response)


@pytest.mark.parametrize(
    "response",
    [
        "I can't imagine how heavy that is. What's the hardest part of the evenings?",
        "I've read that sleep often comes back in stages. What's one night been like?",
        "I don't really talk about my personal life here, but I'm glad you asked. How's today?",
        "My religion isn't really what matters here. What would it mean if I shared yours?",
        "Lots of people I've supported have resat exams. What would a resit ask of you?",
        "In my experience, exams usually feel worst the week before. How close is it?",
    ],
)
def test_empathy_information_boundaries_and_generalisations_tell_no_life(response) -> None:
    assert not _disclosed(response)
