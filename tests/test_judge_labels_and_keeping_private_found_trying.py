"""Found trying immediacy and personal-question moments as a trainee would (fresh examples written
for this file):
- "I notice you've gone quiet on me, which is what happens when you feel judged" explains the
  client's reaction for them: immediacy done badly (issue 10, failure 5), not 3;
- "That's something I keep to myself, but..." declines the personal question; it is not a
  disclosure (it scored self-disclosure 3 and declining "not used");
- "if you ever need me, I'm just an email away" at an ending promises availability past the
  frame: immediacy done badly, with the boundary named.
"""

from __future__ import annotations

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
RB = load_library().rubric("relationship-boundaries").rubric


def test_explaining_their_reaction_for_them_is_a_label() -> None:
    moment = Moment(client_line="...Fine. Whatever.", cue="arms folded", invites="immediacy")
    response = "I notice you've gone quiet on me, which is what happens when you feel judged."
    result = score_response(DI, moment, response).criteria["immediacy"]
    assert result.applicable and (result.score or 5) <= 2


def test_keeping_it_to_oneself_declines() -> None:
    moment = Moment(
        client_line="Are you married? Sorry. You never tell me anything about you.",
        invites="boundary",
    )
    response = (
        "That's something I keep to myself, but I'm curious what it's like to tell me so much "
        "and hear so little back."
    )
    result = score_response(RB, moment, response)
    assert not result.criteria["self_disclosure"].applicable
    assert result.criteria["declining"].applicable


def test_an_email_away_is_availability_past_the_frame() -> None:
    moment = Moment(
        client_line="Three sessions left. What if I'm only okay because of you?",
        invites="immediacy",
    )
    response = "You'll be fine! And if you ever need me, I'm only an email away."
    result = score_response(DI, moment, response).criteria["immediacy"]
    assert result.applicable and (result.score or 5) <= 2
