"""At a complaint, the lapse put on what the client failed to do is blame, not a defence.

"You should have read the leaflet" answers "everyone knew except me" by making the strain the
client's fault: the rupture repair rubric's level 1 ("blames or pathologises"), and relationship
talk done harmfully in immediacy too. The judge had read it as a defence (2), or as "Repair not
attempted" with no reason, and where the blame followed a defence immediacy named only the
defence. "You should have known from the start, and I'm sorry I didn't say" owns the lapse and
is no blame. Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

KEPT_IN_THE_DARK = "Nobody told me you'd be recording these. I only found out from the form today."
FAULT = "it makes the strain the client's fault"


def _both(response: str):
    repair = _score(RB, KEPT_IN_THE_DARK, response, "rupture_repair", "rupture_repair")
    immediacy = _score(RB, KEPT_IN_THE_DARK, response, "rupture_repair", "immediacy")
    return repair, immediacy


@pytest.mark.parametrize(
    "response",
    [
        "Honestly, you could've checked the form before you signed it.",
        "It was on the website, so you should've looked there first.",
    ],
)
def test_the_lapse_put_on_the_client_is_blame_in_both_criteria(response: str) -> None:
    repair, immediacy = _both(response)
    assert repair.applicable and repair.score == 1
    assert FAULT in repair.rationale
    assert immediacy.applicable and immediacy.score == 1
    assert FAULT in immediacy.rationale


def test_their_surprise_questioned_is_brushed_off() -> None:
    repair, _ = _both("It's all in the information sheet, so I don't see why you're surprised.")
    assert repair.applicable and repair.score == 1
    assert "brushes the strain off" in repair.rationale


def test_the_paperwork_held_up_is_a_defence() -> None:
    repair, _ = _both("To be honest it's on the consent form, which is why I didn't mention it.")
    assert repair.applicable and repair.score <= 2
    assert "defends or explains" in repair.rationale
    assert "Repair not attempted" not in repair.rationale


def test_owning_that_they_should_have_known_is_no_blame() -> None:
    repair, immediacy = _both(
        "You should have known that from the start, and I'm sorry I didn't make it clear. "
        "How was it, finding out from a form?"
    )
    assert repair.applicable and repair.score >= 4
    assert FAULT not in repair.rationale
    assert FAULT not in immediacy.rationale
