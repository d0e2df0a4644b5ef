"""Found trying hurried, text-speak answers as a trainee types them (fresh examples written for
this file):
- "id rather not get into my own stuff" declines, as "I'd rather not..." does: "id" before
  "rather", "say", "prefer"... is "I'd" (the word ID is left alone); it was read as a disclosure;
- "my next one can wait" is the trainee's diary, not their life: no self-disclosure (the boundary
  it crosses is read by the boundary criterion).
"""

from __future__ import annotations

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response
from roleplay.offline.text import normalise

DI = load_library().rubric("disclosure-immediacy").rubric
RB = load_library().rubric("relationship-boundaries").rubric


def test_id_before_rather_is_i_would() -> None:
    assert normalise("id rather not say tbh") == "i'd rather not say tbh"
    assert normalise("bring your ID card") == "bring your id card"


def test_a_typed_decline_is_a_decline_not_a_disclosure() -> None:
    moment = Moment(client_line="Have you ever been divorced? Sorry. Just wondering.")
    response = "id rather not get into my own stuff tbh but i hear u, what makes u wonder"
    result = score_response(DI, moment, response)
    assert not result.criteria["self_disclosure"].applicable
    assert result.criteria["declining"].applicable


def test_the_next_client_is_not_a_disclosure() -> None:
    moment = Moment(
        client_line="Anyway, time's up. ...He grabbed my arm on Friday. Same time next week?",
        invites="boundary",
    )
    response = "omg no, sit back down, we can run over, my next one can wait"
    result = score_response(RB, moment, response)
    assert not result.criteria["self_disclosure"].applicable
    assert result.criteria["boundary"].applicable and (result.criteria["boundary"].score or 5) <= 2
