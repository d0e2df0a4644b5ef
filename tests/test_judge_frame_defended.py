"""The profession's or the service's rule held up, the decision put elsewhere, or the therapy's
course lectured on, in answer to a strain between the two of them: immediacy done badly (rubric
level 2, "defensive or explaining, a lecture about the therapy"). The same words declining a gift
answer no strain. Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI, RB
from judge_at_moment import criterion_at as _score


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "You walked straight past me in the supermarket. Did you not see me?",
            "Counsellors aren't allowed to say hello outside sessions.",
        ),
        (
            "Twelve pounds more a session? Nobody even asked me.",
            "The fee rise is the clinic's decision, not mine.",
        ),
        (
            "I've felt worse since I started coming here, if anything.",
            "Things often get worse before they get better in therapy.",
        ),
    ],
)
def test_the_frame_held_up_at_a_strain_is_immediacy_done_badly(client: str, response: str) -> None:
    verdict = _score(DI, client, response, "rupture_repair", "immediacy")
    assert verdict.applicable and verdict.score <= 2
    assert "defends you" in verdict.rationale


def test_the_same_words_declining_a_gift_answer_no_strain() -> None:
    client = "I made you a little something. It's nothing really. Just to say thanks."
    response = "Thank you, but I can't accept gifts; it's the clinic's rule."
    assert not _score(RB, client, response, "boundary", "rupture_repair").applicable
    assert not _score(RB, client, response, "boundary", "immediacy").applicable
