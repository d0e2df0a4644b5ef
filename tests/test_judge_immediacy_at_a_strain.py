"""A complaint about the trainee taken up as something between the two of them is immediacy
(fresh examples, written for this file; Z's convention pass, corpus/README.md).

The immediacy applies_when counts "a lateness, silence or complaint treated as something
happening between them". Replies that own the trainee's part, promise, defend the trainee or the
therapy's rules, label the client's reaction, or ask about the strain in the client's own words
are in play, well or badly; replies that move on, set the complaint down ("Fair enough, we'll
leave it there") or offer sympathy for news are not. The rupture repair reader finds these
replies; immediacy reads its findings (offline/immediacy_strain.py).
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric
LET_DOWN = Moment(
    client_line="Honestly? I felt let down last week. You rushed me out the door.",
    invites="rupture_repair",
)


def criteria(response: str):
    return score_response(RB, LET_DOWN, response).criteria


def immediacy(response: str):
    return criteria(response)["immediacy"]


def test_owning_the_part_and_asking_scores_well() -> None:
    result = immediacy(
        "That's fair, and it's on me. I'm sorry. What was it like leaving like that?"
    )
    assert result.applicable and result.score is not None and result.score >= 4


@pytest.mark.parametrize(
    "response",
    [
        "Sorry. I'll make sure it doesn't happen again.",
        "That's just how the service works, I'm afraid.",
        "There's a lot of evidence behind the way we do it here.",
        "You seem quite touchy about this.",
    ],
)
def test_a_bare_promise_a_defence_or_a_label_is_in_play_and_scored_low(response: str) -> None:
    result = immediacy(response)
    assert result.applicable, result.rationale
    assert result.score is not None and result.score <= 2


def test_the_strain_asked_about_in_their_own_words_is_in_play() -> None:
    # "Put you off how?": the corpus scores such an echo 3 for both criteria
    found = criteria("Let down how?")
    assert found["immediacy"].applicable
    assert found["rupture_repair"].applicable and found["rupture_repair"].score == 3


@pytest.mark.parametrize(
    "response",
    [
        "Okay. How has your week been?",
        "Fair enough, we'll leave it there.",
        "I'm sorry to hear that. How's your mum?",
        "Right, so, your sister. Did she call?",
    ],
)
def test_moving_on_setting_it_down_or_sympathy_is_not_immediacy(response: str) -> None:
    assert not immediacy(response).applicable


def test_sympathy_as_for_news_is_no_repair() -> None:
    # "I'm sorry to hear that" had counted as an apology, and "How's your mum?" as exploring
    # the strain: rupture repair 4 for a reply that walks past it
    found = criteria("I'm sorry to hear that. How's your mum?")
    repair = found["rupture_repair"]
    assert repair.applicable and repair.score is not None and repair.score <= 2
    assert repair.rationale.startswith("Repair not attempted")
