"""Found scoring a blind probe set of fresh trainee responses at boundary moments:
- a no that keeps the door open for later is a grant with a date (Gutheil & Gabbard 1993; the
  rubric's level 1): "not while we're working together", "let's wait till we've finished",
  "not straight away, give it a few months", "I'll leave it pending" each read as a refusal;
- a policy recital ("I'm not permitted to discuss my personal relationships") is a cold no: it
  was read as granting the request (boundary 1) and, elsewhere, as a disclosure;
- "ill" typed for "I'll" was also read inside "my grandmother was ill", so a family story read as
  a promise.
Fresh examples, written for this file.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response
from roleplay.offline.text import normalise

RB = load_library().rubric("relationship-boundaries").rubric
COFFEE = Moment(
    client_line="Would you ever get a coffee with me? Like, as friends, not as my counsellor.",
    invites="boundary",
)
PARTNER = Moment(
    client_line="Do you have a partner? You never say. I bet you do.",
    invites="declining",
)


@pytest.mark.parametrize(
    "response",
    [
        "Not while we're still working together, anyway!",
        "Let's wait until the sessions have finished and see how you feel then.",
        "Not right away. Give it a couple of months after we end and we'll see.",
        "I'll keep it open for now, we can talk about it at the end.",
    ],
)
def test_a_no_for_now_is_a_grant_with_a_date(response: str) -> None:
    result = score_response(RB, COFFEE, response)
    assert result.criteria["boundary"].applicable
    assert result.criteria["boundary"].score == 1


@pytest.mark.parametrize(
    "response",
    [
        "I'm not allowed to discuss my personal life with clients, I'm afraid.",
        "Sorry, I can't share anything private about my own life here.",
    ],
)
def test_a_policy_recital_is_neither_a_grant_nor_a_disclosure(response: str) -> None:
    for moment in (COFFEE, PARTNER):
        result = score_response(RB, moment, response)
        assert "boundary_crossed" not in result.moves
        assert not result.criteria["self_disclosure"].applicable
        boundary = result.criteria["boundary"]
        assert not boundary.applicable or (boundary.score or 0) >= 2


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("when my dad was ill he", "when my dad was ill he"),
        ("she fell ill in may", "she fell ill in may"),
        ("she was so ill", "she was so ill"),
        ("ill text you", "i'll text you"),
        ("ok ill be there", "ok i'll be there"),
    ],
)
def test_ill_is_i_will_only_where_it_is_not_the_adjective(typed: str, read: str) -> None:
    assert normalise(typed) == read
