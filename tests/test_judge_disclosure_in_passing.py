"""Disclosures said in passing at moments that did not ask for one (fresh examples, written for
this file; the classes were found reading the development probe set's misses).

A supervisor flags these first: the trainee's own hardship now ("my brother's in hospital",
"money's tight for me at the moment"), an identity said in passing ("as a dad of three", "being
a nurse who worked nights"), a bare no to a personal question ("I'm not married, no"). The judge
had called them "not used" where the moment invited repair or a boundary, so the trainee heard
nothing about them. Near misses that speak of the client, or of hearing them, stay unread.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

LIBRARY = load_library()
RB = LIBRARY.rubric("relationship-boundaries").rubric
DI = LIBRARY.rubric("disclosure-immediacy").rubric

LATE_AGAIN = Moment(
    client_line="You were ten minutes late again. I sat in that corridor like an idiot.",
    invites="rupture_repair",
)
MONEY = Moment(
    client_line="I can't keep paying for this every week. Something has to give.",
    invites="contracting",
)
MARRIED = Moment(client_line="Are you married? You've got that look.", invites="declining")


def disclosure(rubric, moment: Moment, response: str):
    return score_response(rubric, moment, response).criteria["self_disclosure"]


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (LATE_AGAIN, "Sorry. My brother's in hospital again, so it's been a bit chaotic."),
        (
            LATE_AGAIN,
            "I know. My mum is going through chemo this month and I'm all over the place.",
        ),
        (MONEY, "Honestly, things are pretty tight for me right now as well."),
        (MONEY, "Work's been a nightmare for me lately too, so I get it."),
    ],
)
def test_a_hardship_of_ones_own_now_is_a_disclosure_scored_low(
    moment: Moment, response: str
) -> None:
    result = disclosure(RB, moment, response)
    assert result.applicable
    assert (result.score or 5) <= 2


@pytest.mark.parametrize(
    "response",
    [
        "Honestly, as a dad of three I've done that school run in tears more than once.",
        "Being a nurse who worked nights for years, I know that kind of tired.",
    ],
)
def test_an_identity_said_in_passing_is_a_disclosure(response: str) -> None:
    moment = Moment(client_line="Nobody understands how tired I am.", invites="restraint")
    assert disclosure(DI, moment, response).applicable


def test_a_bare_no_to_a_personal_question_is_a_disclosure() -> None:
    assert disclosure(DI, MARRIED, "I'm not married, no. What made you wonder?").applicable


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (MONEY, "As a parent, you want the best for them, and that costs."),
        (MONEY, "It's hard for me to hear that you're worried about money."),
        (MONEY, "As a counsellor in training, I can offer the reduced rate."),
    ],
)
def test_near_misses_about_the_client_or_the_role_are_not(moment: Moment, response: str) -> None:
    assert not disclosure(RB, moment, response).applicable


def test_the_clients_wondering_about_the_trainee_asked_about_is_immediacy() -> None:
    moment = Moment(client_line="Sometimes I'm not sure you get it. At all.", invites="immediacy")
    asked = score_response(DI, moment, "What's it like for you to wonder whether I get it?")
    assert asked.criteria["immediacy"].applicable
    elsewhere = score_response(
        DI, moment, "What's it like to wonder whether the job comes through?"
    )
    assert not elsewhere.criteria["immediacy"].applicable
