"""The look-back on a session, without a terminal: summary, best attempt, notes, calibration,
history and the Markdown transcript, all over sessions played by the real offline engine."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from practice_helpers import (
    GOOD_DISCLOSURE,
    GRIEF,
    HELD_BACK,
    NO_DISCLOSURE,
    POOR_DISCLOSURE,
    answer,
    good_disclosure_score,
)
from roleplay.domain.counted import attempt_quality, counted_attempt_index
from roleplay.domain.session import (
    Attempt,
    ClientLine,
    CriterionResult,
    Evaluation,
    Restraint,
    Turn,
)
from roleplay.factory import Services
from roleplay.practice.history import criterion_series, done_scenarios, history
from roleplay.practice.review import evidence_spans, review_session
from roleplay.practice.transcript_md import markdown_transcript, md_text


def _evaluation(scores: dict[str, int | None], restraint: Restraint | None = None) -> Evaluation:
    return Evaluation(
        judge="offline",
        rubric_id="disclosure-immediacy",
        rubric_version=1,
        criteria={
            cid: CriterionResult(applicable=score is not None, score=score)
            for cid, score in scores.items()
        },
        restraint=restraint,
    )


def test_best_attempt_is_the_highest_scoring_and_later_wins_a_tie(services: Services) -> None:
    rubric = services.library.rubric("disclosure-immediacy").rubric
    turn = Turn(
        beat="asks",
        client=ClientLine(text="hi"),
        attempts=[
            Attempt(
                response="a", evaluation=_evaluation({"self_disclosure": 2, "immediacy": None})
            ),
            Attempt(
                response="b", evaluation=_evaluation({"self_disclosure": 4, "immediacy": None})
            ),
            Attempt(response="c", evaluation=_evaluation({"self_disclosure": 5}), withdrawn=True),
            Attempt(
                response="d", evaluation=_evaluation({"self_disclosure": 4, "immediacy": None})
            ),
            Attempt(response="e"),  # never answered
        ],
    )
    assert counted_attempt_index(turn, rubric.scale) == 3
    assert attempt_quality(turn.attempts[2], rubric.scale) is None
    assert attempt_quality(turn.attempts[4], rubric.scale) is None


def test_holding_back_when_asked_beats_an_unscored_or_failed_restraint(services: Services) -> None:
    rubric = services.library.rubric("disclosure-immediacy").rubric
    held = Attempt(
        response="x",
        evaluation=_evaluation(
            {"self_disclosure": None}, Restraint(invited=True, held=True, note="")
        ),
    )
    failed = Attempt(
        response="y",
        evaluation=_evaluation(
            {"self_disclosure": None}, Restraint(invited=True, held=False, note="")
        ),
    )
    neutral = Attempt(response="z", evaluation=_evaluation({"self_disclosure": None}))
    assert attempt_quality(held, rubric.scale) == 1.0
    assert attempt_quality(failed, rubric.scale) == 0.0
    assert attempt_quality(neutral, rubric.scale) == 0.5


async def test_review_of_a_played_session(services: Services) -> None:
    session = services.start(GRIEF)
    await answer(session, GOOD_DISCLOSURE, {"self_disclosure": 3})
    await answer(session, POOR_DISCLOSURE, {"self_disclosure": 5, "immediacy": 2})
    await answer(session, NO_DISCLOSURE)
    session.retry()
    await answer(
        session, "It isn't awful. When my grandmother died I felt relief too. How is it for you?"
    )

    review = review_session(session.record, session.scenario, session.rubric)
    assert [t.number for t in review.turns] == [1, 2, 3]
    first, second, third = review.turns
    assert (
        first.invites == "self_disclosure"
        and first.scores["self_disclosure"] == good_disclosure_score()
    )
    assert second.invites == "restraint" and second.restraint_held is False
    assert second.scores["self_disclosure"] is not None and second.scores["self_disclosure"] <= 2
    assert third.attempts == 2 and third.best_attempt == 1
    assert third.scores["self_disclosure"] is not None  # the retry disclosed; it counts
    assert review.attempts == 4 and review.retried_turns == 1

    strengths = " ".join(n.text for n in review.strengths)
    edges = " ".join(n.text for n in review.growth_edges)
    assert "Self-disclosure" in strengths
    assert "turn 2" in edges and "holding back" in edges
    assert "Next time:" in edges  # the judge's suggestion for the weakest turn

    cal = review.calibration
    assert cal.rated == 3
    sd = cal.comparable("self_disclosure")
    assert [g.gap for g in sd] == [
        3 - good_disclosure_score(),
        5 - second.scores["self_disclosure"],
    ]
    assert cal.comparable("immediacy") == []  # rated 2, judged not used: no number to compare
    assert cal.mean_gap("self_disclosure") == sum(g.gap for g in sd) / 2
    mean = cal.mean_gap("self_disclosure")
    assert mean is not None and mean > 0  # one rating 2 below the judge, one 3 or 4 above
    assert cal.verdict() == f"You rated yourself {mean:+.1f} above the judge on average."


def test_calibration_verdicts() -> None:
    from roleplay.practice.review import Calibration, RatingGap

    assert "No self-ratings" in Calibration([]).verdict()
    assert "not used" in Calibration([RatingGap(1, 1, "immediacy", 3, None)]).verdict()
    assert "Well calibrated" in Calibration([RatingGap(1, 1, "x", 4, 4)]).verdict()
    assert "+2.0 above" in Calibration([RatingGap(1, 1, "x", 5, 3)]).verdict()
    assert "2.0 below" in Calibration([RatingGap(1, 1, "x", 1, 3)]).verdict()
    mixed = Calibration([RatingGap(1, 1, "x", 5, 3), RatingGap(2, 1, "x", 1, 3)])
    assert "both directions" in mixed.verdict()


def test_evidence_spans_match_loosely_and_skip_words_not_said() -> None:
    response = "I did lose my mother.  Some years ago,\nso I know. What is it like?"
    spans = evidence_spans(response, ["i did LOSE my mother", "years ago, so I", "not there"])
    assert [response[a:b] for a, b in spans] == ["I did lose my mother", "years ago,\nso I"]
    overlapping = evidence_spans(response, ["lose my mother", "my mother.  Some", "", '"'])
    assert [response[a:b] for a, b in overlapping] == ["lose my mother.  Some"]


async def test_history_rows_series_and_done_marks(services: Services) -> None:
    first = services.start(GRIEF)
    await answer(first, POOR_DISCLOSURE.replace("Honestly", "Well"))
    first.record.started_at = datetime(2026, 1, 1, tzinfo=UTC)
    first.finish("abandoned")
    second = services.start(GRIEF)
    await answer(second, GOOD_DISCLOSURE)
    await answer(second, HELD_BACK)
    second.record.started_at = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=3)
    second.finish()
    other = services.start("am-i-boring-you", trainee="someone-else")
    sessions = [s.session for s in services.store.iter_sessions()]

    rows = history(sessions, trainee="t-001")
    assert [r.session_id for r in rows] == [second.record.id, first.record.id]  # newest first
    assert rows[0].turns == 2 and rows[0].attempts == 2
    assert rows[0].means["self_disclosure"] == good_disclosure_score()
    series = criterion_series(rows)
    values = [p.value for p in series["self_disclosure"]]
    assert len(values) == 2 and values[0] < values[1]  # oldest first, and it improved
    assert series["immediacy"] == []
    assert history(sessions, scenario="am-i-boring-you") == history(
        sessions, trainee="someone-else"
    )
    assert done_scenarios(sessions, "t-001") == {GRIEF: "done"}
    assert done_scenarios(sessions, "someone-else") == {other.scenario.id: "in progress"}


async def test_markdown_transcript_has_turns_feedback_summary_and_escapes(
    services: Services,
) -> None:
    session = services.start(GRIEF)
    await answer(session, "[link](http://x) *bold* <b>hi</b>\n# not a heading")
    session.retry()
    await answer(session, GOOD_DISCLOSURE, {"self_disclosure": 4})
    text = markdown_transcript(session.record, session.scenario, session.rubric)
    assert text.startswith("# Have you ever lost a parent?")
    assert "### Turn 1" in text and "### Turn 2" in text
    assert "**You, attempt 2 (best, counted):**" in text
    assert "\\[link\\](http://x) \\*bold\\* \\<b\\>hi\\</b\\>" in text
    assert "> \\# not a heading" in text
    level = good_disclosure_score()
    rated = f"(you rated 4, {4 - level:+d})" if level != 4 else "(you rated 4: spot on)"
    assert rated in text and f"**Self-disclosure:** {level}/5" in text
    assert "## Summary" in text and "- Turn 1:" in text
    assert md_text("12. x\n- y\x1b[31m") == "12\\. x\n\\- y"


async def test_a_single_strong_moment_is_named_as_a_strength(services: Services) -> None:
    session = services.start(GRIEF)
    await answer(session, GOOD_DISCLOSURE)
    await answer(session, "When my dad died I fell apart and I still cry about it most nights.")
    review = review_session(session.record, session.scenario, session.rubric)
    assert any("turn 1" in note.text and "best moment" in note.text for note in review.strengths)
    assert any("turn 2" in note.text for note in review.growth_edges)
