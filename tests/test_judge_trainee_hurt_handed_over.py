"""The trainee's own hurt or shock handed to the client is immediacy done badly.

"That's a bit hurtful, honestly", "That's quite disturbing to hear", "I need a minute" and "It's
made things awkward" put the trainee's reaction in the room for the client to deal with: the
rubric's level 1-2 (the trainee's own need; Hill & Knox 2009). The judge had left such replies
out of immediacy altogether. Sympathy for what happened to the client ("that must have been so
hurtful") is not the trainee's hurt. Fresh examples written for this file, none a line of any
labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score

CRITICISM = "Honestly, I'm not sure you've helped me at all these last few weeks."
DISCLOSURE = "I've never said this out loud. I hit him. More than once. He was only four."


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (CRITICISM, "Well, that's quite hurtful to hear, actually."),
        (DISCLOSURE, "That's honestly pretty disturbing to hear."),
        (DISCLOSURE, "Okay. I just need a moment."),
        (CRITICISM, "That's made this a bit awkward, if I'm honest."),
    ],
)
def test_the_trainees_hurt_handed_over_is_immediacy_done_badly(client: str, response: str) -> None:
    verdict = _score(DI, client, response, "immediacy", "immediacy")
    assert verdict.applicable
    assert verdict.score <= 2


def test_near_miss_sympathy_for_what_happened_to_them_is_not_the_trainees_hurt() -> None:
    verdict = _score(
        DI,
        "My dad didn't come to my graduation. He said he was busy.",
        "That must have been really hurtful, him not being there.",
        "restraint",
        "immediacy",
    )
    assert not verdict.applicable
