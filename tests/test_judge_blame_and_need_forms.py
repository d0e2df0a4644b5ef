"""Two forms of immediacy done harmfully that had scored 3: the client's silence made the work's
problem ("It's hard to do therapy when you go silent like this", blame) and the trainee's own
failure put in the client's hands ("Please don't. I'd feel like I'd failed you", the trainee's
need). Both are the rubric's level 1. Found by a second supervisor's review. Fresh examples written
for this file, none a line of any labelled set."""

from __future__ import annotations

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score


def test_the_silence_made_the_works_problem_blames_the_client() -> None:
    verdict = _score(
        DI,
        "...I don't know.",
        "Priya, it's really difficult to help you when you shut down like this.",
        "immediacy",
        "immediacy",
    )
    assert verdict.applicable
    assert verdict.score <= 2
    assert "blames the client" in verdict.rationale


def test_the_trainees_failure_put_in_the_clients_hands_is_their_need() -> None:
    verdict = _score(
        DI,
        "Maybe I should stop coming. I always quit about now anyway.",
        "Oh please don't. I'd honestly feel like I'd failed.",
        "immediacy",
        "immediacy",
    )
    assert verdict.applicable
    assert verdict.score <= 2
    assert "about your needs" in verdict.rationale


def test_near_miss_naming_the_silence_tentatively_blames_no_one() -> None:
    verdict = _score(
        DI,
        "...I don't know.",
        "It's gone quiet between us. I wonder what's happening for you right now?",
        "immediacy",
        "immediacy",
    )
    assert verdict.applicable
    assert "blames the client" not in verdict.rationale
    assert verdict.score >= 4
