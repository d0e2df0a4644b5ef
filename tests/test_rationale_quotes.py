"""The rupture-repair rationale quotes the sentence that holds the repair's strongest step, not an
opening acknowledgement. Found replaying how-was-today headless: "That makes sense. I've been
steering us toward feelings when you came for tools, and that's on me." was told "You turned to
the strain: 'That makes sense.'" Wording only; no score changes. Fresh examples."""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric
COMPLAINT = Moment(
    client_line="Honestly? These sessions feel like a lecture. I came for help with my temper.",
    invites="rupture_repair",
)


def test_the_repair_rationale_quotes_the_owning_over_an_opening_acknowledgement() -> None:
    result = score_response(
        RB,
        COMPLAINT,
        "Fair enough. I've been doing most of the talking, and that's on me. What would help?",
    ).criteria["rupture_repair"]
    assert result.applicable
    assert "\u201cI've been doing most of the talking, and that's on me.\u201d" in result.rationale


def test_near_miss_a_single_sentence_repair_is_quoted_as_it_is() -> None:
    result = score_response(
        RB, COMPLAINT, "You're right, I've been lecturing you, and I'm sorry."
    ).criteria["rupture_repair"]
    assert result.applicable
    assert "\u201cYou're right, I've been lecturing you, and I'm sorry.\u201d" in result.rationale


# Found trying the practice room at are-you-a-student: a repair that owned the lapse and ended
# "How is it to hear that now?" was told "it moves on without exploring what happened" and to
# "ask how it was for them". Asking how the owning lands invites their experience.
@pytest.mark.parametrize(
    "response",
    [
        "You're right, I should have said so at the start, that's on me. How is it to hear that?",
        "I didn't tell you, and I should have. How does it feel to hear that now?",
    ],
)
def test_asking_how_the_owning_lands_invites_their_experience(response: str) -> None:
    result = score_response(RB, COMPLAINT, response).criteria["rupture_repair"]
    assert result.applicable
    assert "moves on without exploring" not in result.rationale


def test_near_miss_the_owning_alone_still_explores_nothing() -> None:
    result = score_response(
        RB, COMPLAINT, "You're right, I should have said so at the start, that's on me."
    ).criteria["rupture_repair"]
    assert "you invited their experience" not in result.rationale
