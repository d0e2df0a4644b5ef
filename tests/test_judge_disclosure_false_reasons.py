"""Self-disclosure reasons a supervisor found false.

"I'd never..." was read as comparing hardship ("No! I'd never pity a client" told "Drop the
comparison"); "don't worry" beside a story as turning it into advice (the corpus labels such
lines 2-3; the judge gave 1); and the trainee's stance toward the client ("I don't judge
anyone"), said to the fear beside an intimate question, as an intimate answer about the
trainee's life. Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score


def test_i_would_never_is_not_a_comparison_of_hardship() -> None:
    verdict = _score(
        DI,
        "You keep looking at me like you feel sorry for me.",
        "No, I'd never feel sorry for a client like that. I'm trained to stay alongside people.",
        "immediacy",
        "self_disclosure",
    )
    assert "compares your hardship" not in verdict.rationale
    assert verdict.suggestion is None or "comparison" not in verdict.suggestion


def test_dont_worry_beside_a_story_is_not_advice() -> None:
    verdict = _score(
        DI,
        "I failed my theory test again. Third time.",
        "I failed mine three times too, so don't worry.",
        "self_disclosure",
        "self_disclosure",
    )
    assert verdict.applicable
    assert "into advice" not in verdict.rationale
    assert verdict.score >= 2


def test_near_miss_advice_through_the_story_is_still_advice() -> None:
    verdict = _score(
        DI,
        "I failed my theory test again. Third time.",
        "I failed mine three times too. You should just book it again straight away.",
        "self_disclosure",
        "self_disclosure",
    )
    assert verdict.applicable
    assert "into advice" in verdict.rationale


def test_a_stance_toward_the_client_is_not_an_intimate_answer() -> None:
    verdict = _score(
        DI,
        "Have you ever had an affair? I need to know you won't judge me.",
        "I don't judge anyone.",
        "declining",
        "self_disclosure",
    )
    assert "very intimate" not in verdict.rationale
    assert not verdict.applicable
