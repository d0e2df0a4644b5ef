"""A promise of secrecy refused is the honest answer, not the promise (issue 10's "refusals read as
grants", for contracting): "I can't promise nobody hears" names the limit the rubric's level 5
asks for. Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

CLIENT = (
    "Who else hears about this? Promise me it's nobody. My brother-in-law works at the surgery."
)


@pytest.mark.parametrize(
    "response",
    [
        "I can't promise you it's nobody. My supervisor hears about our work, in confidence, and "
        "if I thought someone was at serious risk I'd have to share that, but I'd tell you first.",
        "i cant promise nobody tbh - my supervisor hears abt our sessions, and if someone was in "
        "danger id have to pass that on. does that feel ok?",
    ],
)
def test_refusing_to_promise_secrecy_is_not_promising_it(response: str) -> None:
    verdict = _score(RB, CLIENT, response, "contracting", "contracting")
    assert verdict.applicable and verdict.score >= 4
    assert "promises a secrecy" not in verdict.rationale


def test_the_promise_itself_still_misleads() -> None:
    verdict = _score(
        RB, CLIENT, "I promise nobody will ever hear a word of it.", "contracting", "contracting"
    )
    assert verdict.applicable and verdict.score == 1
