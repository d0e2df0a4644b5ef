"""What the helper does in their own life, told plainly ("I work nights", "I swim before work"),
is self-disclosure in peer talk however ordinary (Hill: disclosures of fact and of strategy). The
hand-made lists name the common forms; `lexicon/own_life.py` reads the open class by grammar and
keeps out stance, courtesy, the helper's craft and conduct in the room. Fresh examples, written
for this file."""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.criteria import build_context
from roleplay.offline.lexicon.own_life import OWN_LIFE
from roleplay.offline.scorer import score_response
from roleplay.offline.text import split_sentences

DI = load_library().rubric("disclosure-immediacy").rubric
# Plain talk: a line scored on its own, as peer-support text reaches the judge.
PLAIN = Moment(client_line="I can't switch off after work. My head just keeps going round.")


def _reading(response: str):
    return build_context(PLAIN, split_sentences(response)).reading("self_disclosure")


@pytest.mark.parametrize(
    "response",
    [
        "I play five-a-side on Thursdays, it clears my head.",
        "Honestly I cook a big batch on Sundays so the week feels easier.",
        "I volunteer at a food bank on Saturdays. Is there anything like that near you?",
        "i swim before my shift most days",
    ],
)
def test_what_the_helper_does_in_their_own_life_is_a_disclosure(response: str) -> None:
    assert _reading(response).has("own_life")
    assert score_response(DI, PLAIN, response).criteria["self_disclosure"].applicable


@pytest.mark.parametrize(
    "sentence",
    [
        # stance, courtesy and the helper's craft
        "I really think you should talk to her.",
        "I totally understand.",
        "I suggest writing it down before bed.",
        "I bet she'll come round.",
        "I appreciate you telling me.",
        "I honestly hope tonight's easier.",
        # conduct in the room, which names the client or the work
        "I rushed you there, and I'm sorry.",
        "I made it about my plan instead of yours.",
        # "I feels like..." is a typo for "It"
        "I feels like you're running on empty.",
        # the talk's own intensifiers and asides
        "I swear it gets easier after the first month.",
        "I dunno, maybe ask her straight out?",
    ],
)
def test_near_misses_are_not_the_helpers_own_life(sentence: str) -> None:
    assert not OWN_LIFE.search(split_sentences(sentence)[0].norm)


def test_near_miss_stance_talk_is_still_not_a_disclosure() -> None:
    response = "I really think a wind-down routine could help. Have you tried one?"
    assert not score_response(DI, PLAIN, response).criteria["self_disclosure"].applicable
