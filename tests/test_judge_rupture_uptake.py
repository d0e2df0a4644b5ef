"""Rupture repair is in play once the reply answers the marker, and not when it walks past it
(corpus ruling; Safran & Muran 2000: attending to the marker is the first stage). The reader
used to miss most ways of answering it, leaving the fitted head to guess from single words:
brushing the strain off or telling the client off for it, explaining it away by the rules,
naming what the trainee did, checking an appeasing "fine", reflecting the strain, and changing
the task because of it. Fresh examples, written for this file.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric
SNAPPED = Moment(
    client_line="You didn't even look up when I said that. Honestly, why do I bother coming.",
    invites="rupture_repair",
)
APPEASES = Moment(
    client_line="No, it's fine. It's fine. You know best, I'll just do the diary thing.",
    invites="rupture_repair",
)


def rupture(moment: Moment, response: str):
    return score_response(RB, moment, response).criteria["rupture_repair"]


@pytest.mark.parametrize(
    "response",
    [
        "If you'd rather stop coming, that's your call.",
        "I don't appreciate being spoken to like that.",
        "It's just standard procedure to write things down, nothing personal.",
        "I didn't look away, I was listening the whole time.",
    ],
)
def test_brushing_the_strain_off_or_explaining_it_away_is_repair_done_badly(response: str) -> None:
    reading = rupture(SNAPPED, response)
    assert reading.applicable
    assert (reading.score or 0) <= 2


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (
            SNAPPED,
            "I skipped straight past what you said about your brother, and I think that stung. "
            "What was it like when I did that?",
        ),
        (
            APPEASES,
            "You've said fine twice, and you don't sound fine. Did something I said push you "
            "into the diary? I'd rather hear the no.",
        ),
    ],
)
def test_naming_what_the_trainee_did_and_asking_is_a_real_repair(
    moment: Moment, response: str
) -> None:
    reading = rupture(moment, response)
    assert reading.applicable
    assert (reading.score or 0) >= 4


@pytest.mark.parametrize(
    "response",
    ["Are you sure? That came out fast.", "We don't have to do the diary. Something lighter?"],
)
def test_checking_the_yes_or_changing_the_task_takes_the_marker_up(response: str) -> None:
    assert rupture(APPEASES, response).applicable
