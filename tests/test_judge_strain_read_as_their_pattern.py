"""A strain read as the client's own pattern is pathologising, the rubric's level 1.

"I think this silence might be how you handled your mum too... Is that what's happening with
me?" to a client gone quiet, and "I notice you're very focused on the time today" to "You
looked at your watch again", turn the strain back on the client (Safran & Muran: interpreting a
rupture as the client's pathology deepens it). The judge had credited both as relationship talk
and repair at 4-5 because of their "I notice", "I wonder" and closing question. Fresh examples
written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

WATCH = "You looked at your watch again. Twice. I saw you."


@pytest.mark.parametrize(
    "response",
    [
        "I notice you're really focused on the time today. I wonder what that's about for you?",
        "Maybe this is how you dealt with your father too, watching for signs. What do you think?",
    ],
)
def test_the_complaint_turned_back_on_the_client_is_low(response: str) -> None:
    repair = _score(RB, WATCH, response, "rupture_repair", "rupture_repair")
    immediacy = _score(RB, WATCH, response, "rupture_repair", "immediacy")
    assert repair.applicable and repair.score <= 2
    assert "the client's problem" in repair.rationale
    # (read as talk about the two of them or not at all, never as good relationship talk)
    assert not immediacy.applicable or immediacy.score <= 2


def test_a_withdrawal_read_as_their_history_is_low_in_immediacy() -> None:
    moment = Moment(
        client_line="Dunno. Nothing, really.",
        cue="shrugs; hasn't taken her coat off; looks at the floor",
        invites="immediacy",
    )
    result = score_response(
        RB,
        moment,
        "I think going quiet might be how you handled your mum too, so nothing can be used "
        "against you. Is that what's happening with me?",
    )
    assert result.criteria["immediacy"].score <= 2
