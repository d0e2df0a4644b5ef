"""At a moment of strain, wondering aloud whether one's own part is in it is taking up the marker
(Safran & Muran 2000: acknowledging one's contribution), even said as a guess: "I suspect I've
been missing something", "it might be about me rather than you". Fresh examples written for this
file; none is a corpus line or a shipped exemplar.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.criteria import build_context
from roleplay.offline.text import split_sentences

RB = load_library().rubric("relationship-boundaries").rubric
LOW_RATING = Moment(
    client_line="Honestly? About a five today. Sorry. It's probably me.",
    cue="looking at the floor",
    invites="rupture_repair",
)


def _repair(response: str):
    return build_context(LOW_RATING, split_sentences(response)).reading("rupture_repair")


@pytest.mark.parametrize(
    "response",
    [
        "A five is worth hearing. I suspect I've been missing what you came in wanting.",
        "It might be about me rather than you. What did today need that it didn't get?",
        "I think I let us wander off into the week. What would have made it a seven?",
        "Fair. I set the topic again without asking you. Where would you have started?",
    ],
)
def test_ones_own_part_wondered_aloud_takes_up_the_strain(response: str) -> None:
    assert _repair(response).present


def test_moving_past_the_rating_is_still_not_repair() -> None:
    assert not _repair("Okay. Shall we book the same time next week?").present
