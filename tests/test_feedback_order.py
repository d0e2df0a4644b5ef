"""The feedback leads with what the trainee did or what the moment asked for: a skill used, or
the one the moment invited, comes before the skills neither touched, on every surface (they all
build from feedback_view). Found in tmux at 80x24: a boundary held at 4/5 sat under three "not
used" lines, below the fold."""

from __future__ import annotations

from roleplay.content.library import load_library
from roleplay.domain.session import CriterionResult, Evaluation
from roleplay.practice.feedback_view import feedback_view

RB = load_library().rubric("relationship-boundaries").rubric


def _evaluation(scores: dict[str, int | None]) -> Evaluation:
    return Evaluation(
        judge="offline",
        rubric_id=RB.id,
        rubric_version=RB.version,
        criteria={
            cid: CriterionResult(applicable=score is not None, score=score, rationale="Because.")
            for cid, score in scores.items()
        },
    )


ALL_UNUSED = {c.id: None for c in RB.criteria}


def test_a_used_skill_comes_before_those_not_used() -> None:
    view = feedback_view(_evaluation({**ALL_UNUSED, "boundary": 4}), RB, invites="boundary")
    assert view.criteria[0].id == "boundary"
    assert all(c.score is None for c in view.criteria[1:])


def test_the_invited_skill_comes_first_even_when_missed() -> None:
    view = feedback_view(_evaluation(ALL_UNUSED), RB, invites="rupture_repair")
    assert view.criteria[0].id == "rupture_repair"


def test_otherwise_the_rubric_order_is_kept() -> None:
    scores = {**ALL_UNUSED, "immediacy": 3, "contracting": 2}
    view = feedback_view(_evaluation(scores), RB, invites=None)
    used = [c.id for c in view.criteria if c.score is not None]
    assert used == ["immediacy", "contracting"]
    assert [c.id for c in view.criteria[:2]] == used
    rest = [c.id for c in RB.criteria if c.id not in used]
    assert [c.id for c in view.criteria[2:]] == rest
