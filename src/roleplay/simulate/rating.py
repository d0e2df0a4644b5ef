"""The client's end-of-session rating, asked of whichever client played the session.

The offline client answers with the rating computed from what the trainee did
(`domain.client_rating`); the LLM client answers in character (`simulate.llm_rating`); the
fallback wrapper gives the offline answer, labelled, when the server fails.
"""

from __future__ import annotations

from dataclasses import dataclass

from roleplay.domain.client_rating import ClientRating
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Session


@dataclass(frozen=True)
class RatingRequest:
    scenario: Scenario
    session: Session
    offline: ClientRating  # what the offline engine reads from the trainee's moves
