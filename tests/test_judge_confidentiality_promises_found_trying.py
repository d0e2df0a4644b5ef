"""Promises about confidentiality that no trainee can keep, found on the probe set (fresh
examples written for this file):
- "Honestly? Nobody. What you say in here stays in here, full stop, I promise you that." to
  "who listens to these?" scored contracting 4: "what you say" was read as checking consent, and
  neither "Nobody." nor "stays in here" was read as a promise of total secrecy;
- "just drop me an email in between" was not read as loosening the frame.
A trainee is supervised and confidentiality has limits: a promise otherwise misleads the client
about what they are agreeing to (contracting 1). Naming the limits still scores well.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric
WHO_HEARS = Moment(
    client_line="So who actually gets to hear what I say in here? Be straight with me.",
    invites="contracting",
)
WRAP_UP = Moment(
    client_line="Same time next week then? And what if something comes up before?",
    invites="contracting",
)


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (WHO_HEARS, "No one. What you tell me goes no further, you have my word."),
        (WHO_HEARS, "Nobody at all. Whatever you say stays within these four walls."),
        (WRAP_UP, "Same time next week! And if anything comes up, just shoot me an email."),
        (WRAP_UP, "Yes, same time. Drop me a line in between if you like, I don't mind at all."),
    ],
)
def test_a_promise_no_trainee_can_keep_scores_contracting_1(moment: Moment, response: str) -> None:
    contracting = score_response(RB, moment, response).criteria["contracting"]
    assert contracting.applicable and contracting.score == 1


def test_what_you_say_is_not_a_consent_check() -> None:
    response = "What you say here is confidential, full stop."
    contracting = score_response(RB, WHO_HEARS, response).criteria["contracting"]
    assert "you checked what they make of it" not in contracting.rationale


def test_naming_the_limits_still_scores_well() -> None:
    response = (
        "What you say stays in this room, with two exceptions: I talk my work through with my "
        "supervisor, and if I thought you or someone else were at serious risk I'd need to act. "
        "How does that sit with you?"
    )
    contracting = score_response(RB, WHO_HEARS, response).criteria["contracting"]
    assert contracting.applicable and (contracting.score or 0) >= 4
