"""Where the moment asked for the focus on the client (restraint) or followed a declaration of
feelings, relationship talk held at 3 or below is not told "Finish with an invitation: 'How is it
for you to hear that?'", which would deepen talk of the trainee's own feeling. A supervisor
reviewing the judge's feedback found that Try after "I'm flattered, honestly. But it can't happen
while I'm your therapist." Fresh examples written for this file, none a line of any labelled
set."""

from __future__ import annotations

from judge_at_moment import DI, RB
from judge_at_moment import criterion_at as _score


def test_after_a_declaration_the_try_keeps_the_trainees_feelings_out() -> None:
    verdict = _score(
        RB,
        "I think I'm falling for you. If we'd met anywhere else... would you have?",
        "I'm flattered, truly. But it can't happen while I'm your counsellor.",
        "boundary",
        "immediacy",
    )
    assert verdict.applicable and verdict.score <= 3
    assert "How is it for you to hear that" not in (verdict.suggestion or "")
    assert "leave your own feelings out of it" in (verdict.suggestion or "")


def test_near_miss_at_a_moment_for_immediacy_the_invitation_stands() -> None:
    verdict = _score(
        DI,
        "Sorry. I've gone quiet again.",
        "I notice it's gone quiet, and I feel a bit unsure what's happening for you.",
        "immediacy",
        "immediacy",
    )
    assert verdict.applicable
    assert "leave your own feelings out of it" not in (verdict.suggestion or "")
