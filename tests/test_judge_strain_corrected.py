"""At a strain, the client's account corrected or the therapy explained before their experience is
heard ("I think there's been a bit of a misunderstanding", "it's a very normal technique in
CBT", "I hope you understand, it's just that...") is the rubric's rupture repair level 2:
"explains or justifies first, corrects the client's account". A supervisor reviewing the judge's
feedback found such replies told "Repair not attempted: you did not turn to the strain between
you", which is false: they answered it, defensively. Fresh examples written for this file, none a
line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

COMPLAINT = (
    "Last week you told me to 'sit with the feeling'. I went home and sat with it and it was "
    "horrible. I don't think you understood what you were asking."
)


@pytest.mark.parametrize(
    "response",
    [
        "I think there's been a bit of a misunderstanding. Sitting with a feeling doesn't mean "
        "wallowing in it.",
        "It's a very normal technique in therapy, and it does get easier with practice.",
        "I hope you understand, it's just that avoiding feelings tends to keep them going.",
    ],
)
def test_a_strain_answered_by_correcting_or_explaining_is_repair_done_defensively(
    response: str,
) -> None:
    verdict = _score(RB, COMPLAINT, response, "rupture_repair", "rupture_repair")
    assert verdict.applicable
    assert verdict.score == 2
    assert "corrects or explains before hearing them" in verdict.rationale
    assert "did not turn to the strain" not in verdict.rationale


def test_near_miss_hearing_them_first_is_not_a_correction() -> None:
    verdict = _score(
        RB,
        COMPLAINT,
        "That sounds like it was a horrible week, and I asked it of you. What was it like, "
        "sitting with it on your own?",
        "rupture_repair",
        "rupture_repair",
    )
    assert verdict.applicable
    assert "corrects or explains" not in verdict.rationale
    assert verdict.score >= 3
