"""A disclosure told in the same breath as empathy is still a disclosure (fresh examples, written
for this file; the class was found reading the ESConv development set's missed disclosures).

Peer helpers often open with empathy and tell their own story in the same sentence ("I can see
why that hurts - the same thing happened to me at uni"). The empathy opener had marked the whole
sentence "a courtesy or empathy about them, not your life", and the head turned it down. Empathy
alone ("I can only imagine how hard that is"), and the helper's opinion with an adverb ("I
definitely think that could help"), tell no life and stay unread; so does a first-person frame
put round a general claim ("I've learned in life that people who...", "I was told that..."),
which the ESConv development set's hand labels call ordinary talk, unless the helper's own life
follows in it ("I find that I sleep better without my phone").
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
DAMP = Moment(client_line="My landlord keeps ignoring my emails about the damp.")


def disclosure(response: str):
    return score_response(DI, DAMP, response).criteria["self_disclosure"]


@pytest.mark.parametrize(
    "response",
    [
        "I can see why that hurts - the same thing happened to me when I was at uni.",
        "I can imagine how hard that is. It keeps happening to me with my neighbours too.",
        "I hear you, that happened with me and my brother last year.",
        "I once felt exactly the same after my divorce.",
    ],
)
def test_a_life_told_beside_empathy_is_a_disclosure(response: str) -> None:
    result = disclosure(response)
    assert result.applicable, result.rationale
    assert "courtesy or empathy" not in (result.rationale or "")


@pytest.mark.parametrize(
    "response",
    [
        "I can only imagine how hard that is.",
        "I understand, that sounds really frustrating.",
        "I definitely think that could help.",
        "I really believe you can get through this.",
    ],
)
def test_empathy_or_an_opinion_alone_is_no_disclosure(response: str) -> None:
    assert not disclosure(response).applicable


@pytest.mark.parametrize(
    "response",
    [
        "I've learned in life that people who shout the loudest are often the most scared.",
        "I was told that grief comes in waves rather than stages.",
        "I do know there are a few charities that help with rent arrears.",
        "I find if you write the worry down, it shrinks a bit.",
    ],
)
def test_a_frame_round_a_general_claim_is_no_disclosure(response: str) -> None:
    assert not disclosure(response).applicable


@pytest.mark.parametrize(
    "response",
    [
        "I find that I sleep much better since I put my phone in another room.",
        "I've learnt not to take it personally when my own landlord ignores me.",
    ],
)
def test_the_same_frame_with_the_helpers_own_life_in_it_is_a_disclosure(response: str) -> None:
    assert disclosure(response).applicable


def test_the_helpers_family_listed_after_empathy_is_not_read_as_a_form_of_address() -> None:
    # ", my sister," had been set aside as a vocative ("Stay strong, my sister")
    result = disclosure(
        "I can sympathise with you, my sister, niece and nephew live on the other side of the "
        "country."
    )
    assert result.applicable
    assert not disclosure("Hang in there, my sister, you'll get through this.").applicable
