"""Rupture repair at withdrawal moments, as U's pass now labels the corpus (corpus/README.md,
"Exemplar rulings carried into the corpus, U"): lateness, a coat kept on and silence are
withdrawal markers (Eubanks' 3RS), so naming them is repair, and a bare "Okay." to "it's fine,
honestly" before moving on accepts the withdrawal (2 at most; ruling O). Fresh examples."""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric
LATE = Moment(
    client_line="Traffic. ...Yeah. Nothing much to say this week, really.",
    cue="twenty minutes late, jacket still zipped, looking at the floor",
    invites="immediacy",
)
FINE = Moment(
    client_line="Honestly, it's fine, it doesn't matter. Things happen.",
    cue="polite smile, sitting very upright",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "I'm glad you came. You've kept your jacket zipped, and I'm wondering how it's been, "
        "getting here today.",
        "You were late today, and that's not like you. No telling off; I'm curious what made "
        "it hard to come.",
    ],
)
def test_naming_the_withdrawal_is_repair(response: str) -> None:
    repair = score_response(RB, LATE, response).criteria["rupture_repair"]
    assert repair.applicable


@pytest.mark.parametrize("response", ["Okay. So how has the week been?", "Sure! Shall we start?"])
def test_a_bare_acceptance_of_its_fine_is_at_most_2(response: str) -> None:
    repair = score_response(RB, FINE, response).criteria["rupture_repair"]
    assert repair.applicable and (repair.score or 5) <= 2


def test_an_accepted_withdrawal_is_not_called_turning_to_the_strain() -> None:
    # The rationale opened "You turned to the strain: 'Okay.'" for a reply that took the
    # client's "it's fine" at its word and moved on.
    repair = score_response(RB, FINE, "Okay. So how has the week been?").criteria["rupture_repair"]
    assert repair.rationale.startswith("You took their word for it")
    assert "turned to the strain" not in repair.rationale
