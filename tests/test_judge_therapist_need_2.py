"""More of the trainee's own needs laid on the client, read as immediacy done badly (Hill 2014:
immediacy that serves the helper): setting oneself apart from the client's other helpers to be
liked, one's own doubt about being any good, one's own letdown at the client's news. Found at
just-like-everyone-else's "It's not [rubbish]. Don't let it go to your head", where "See, I told
you I'm not like the others!" (the instructor's harmful exemplar, immediacy 1) read as mixed
once the level head leaned less on words. Fresh examples written for this file."""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
PRAISE = Moment(
    client_line="Honestly? This is the first time counselling hasn't felt like a waste of time.",
    cue="half a smile, then looks away",
    invites="immediacy",
)
SLIPPED = Moment(
    client_line="I drank again on Friday. The whole bottle. I know. I know.",
    cue="staring at the carpet",
    invites="immediacy",
)


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (PRAISE, "Ha, see? I'm not like your last counsellor. I did tell you."),
        (PRAISE, "That means a lot, because I've been doubting whether I'm any good at this."),
        (SLIPPED, "Honestly, I'm a bit deflated. I really thought this week would be different."),
    ],
)
def test_the_trainees_own_need_is_immediacy_scored_low(moment: Moment, response: str) -> None:
    immediacy = score_response(DI, moment, response).criteria["immediacy"]
    assert immediacy.applicable
    assert (immediacy.score or 0) <= 2


def test_the_clients_letdown_named_is_not_the_trainees_need() -> None:
    response = "You must feel so let down. What happened on Friday, before the bottle?"
    immediacy = score_response(DI, SLIPPED, response).criteria["immediacy"]
    assert "your needs" not in immediacy.rationale
    assert "your own distress" not in immediacy.rationale
