"""Immediacy at a moment that asks for restraint (offline/immediacy_timing.py). Where the client
has turned to look after the trainee, or is deep in their own material, the scenarios ask for the
focus handed back: owning the shift in a sentence and returning to the client is the intended
move; opening up the relationship instead ("What's that like for you, looking after me?") is the
skill at the wrong moment, mixed at best (rubric level 2-3). Fresh examples written for this
file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI, RB
from judge_at_moment import criterion_at as _score
from roleplay.domain.moment import Moment
from roleplay.offline.immediacy_timing import HANDS_BACK
from roleplay.offline.scorer import gated_feature_vectors, score_response
from roleplay.offline.text import normalise

CARETAKING = "Hang on, are you alright though? That sounded like a lot. Sorry, I shouldn't pry."
DEEP = "He never came to one parents' evening. Not once. I still set a place for him at Christmas."

OPENS_UP = [
    "I notice you've stopped to check on me. I wonder what it's like for you, taking care of me "
    "in here?",
    "I'm noticing you watching me really closely right now. What are you hoping to see in my face?",
]


@pytest.mark.parametrize("response", OPENS_UP)
@pytest.mark.parametrize("rubric", [DI, RB])
def test_opening_up_the_relationship_at_restraint_is_mixed_at_best(rubric, response) -> None:
    verdict = _score(rubric, CARETAKING, response, "restraint", "immediacy")
    assert verdict.applicable and verdict.score <= 3
    assert "hand the focus back" in verdict.rationale or "hand the focus back" in (
        verdict.suggestion or ""
    )


@pytest.mark.parametrize("response", OPENS_UP)
def test_the_same_words_where_the_moment_invites_immediacy_are_not_capped(response) -> None:
    verdict = _score(RB, CARETAKING, response, "immediacy", "immediacy")
    assert verdict.applicable and verdict.score >= 4
    assert "hand the focus back" not in verdict.rationale


HANDS_IT_BACK = [
    "I'm fine, honestly, and I think I said more about me than you needed. Can we come back to "
    "the parents' evenings?",
    "That's kind of you. I notice I've made you the one looking after me, so I'll put my bit "
    "down there. You were telling me about Christmas.",
]


@pytest.mark.parametrize("response", HANDS_IT_BACK)
def test_owning_the_shift_and_handing_back_is_not_held_down(response: str) -> None:
    moment = Moment(client_line=CARETAKING, invites="restraint")
    x, _ = gated_feature_vectors(DI, moment, response)["immediacy"]
    assert x.get("f.owned") and not x.get("f.opens_up_at_restraint")


def test_owning_the_shift_and_handing_back_scores_well() -> None:
    verdict = _score(DI, CARETAKING, HANDS_IT_BACK[0], "restraint", "immediacy")
    assert verdict.applicable and verdict.score >= 4
    assert "hand the focus back" not in verdict.rationale


def test_relationship_talk_with_no_marker_at_all_keeps_its_own_reason() -> None:
    verdict = _score(
        DI,
        DEEP,
        "I wonder what it's like to tell me this, here, with me?",
        "restraint",
        "immediacy",
    )
    assert verdict.applicable and verdict.score <= 3
    assert "hand the focus back" not in verdict.rationale


@pytest.mark.parametrize(
    ("text", "hands_back"),
    [
        ("Let's go back to your sister's text.", True),
        ("This hour is yours, though.", True),
        ("This is your time.", True),
        ("I'll not go into any more about me.", True),
        ("I'm going to leave my story there.", True),
        ("What's that like, being the one who checks?", False),
        ("I wonder where you go when you look after people.", False),
    ],
)
def test_what_counts_as_handing_the_focus_back(text: str, hands_back: bool) -> None:
    assert bool(HANDS_BACK.search(normalise(text))) is hands_back


def test_the_restraint_note_does_not_praise_holding_back_when_the_talk_turned_to_you_two() -> None:
    # found trying the app: immediacy 3, "it opens up talk about you two where the moment asked
    # you to hand the focus back", beside "you did [hold back]: the focus stayed on the client"
    moment = Moment(client_line=CARETAKING, invites="restraint")
    evaluation = score_response(DI, moment, OPENS_UP[0])
    assert "held_back" not in evaluation.moves
    assert evaluation.restraint is not None and not evaluation.restraint.held
    assert "turned to the two of you" in evaluation.restraint.note
    plain = score_response(DI, moment, "That sounds like a lot. What have the evenings been like?")
    assert plain.restraint is not None and plain.restraint.held
