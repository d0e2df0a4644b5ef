"""Supervision preparation: what a trainee brings to supervision from one session, as Markdown.

The moments they paused at (what they felt, wanted, and whose need it was), what they said and how
it was scored, how the client rated the session and why, their own reflection, and the moments
most worth discussing. Pure text, no I/O.
"""

from __future__ import annotations

from roleplay.domain.client_rating import ITEM_LABELS, ITEMS
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import PAUSE_QUESTIONS, Attempt, Session
from roleplay.practice.transcript_md import md_text


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in md_text(text).splitlines())


def _scores(attempt: Attempt, rubric: Rubric) -> str:
    if attempt.evaluation is None:
        return "not scored"
    parts = []
    for criterion in rubric.criteria:
        result = attempt.evaluation.criteria.get(criterion.id)
        if result is None:
            continue
        shown = (
            f"{result.score}/{rubric.scale.max}"
            if result.applicable and result.score is not None
            else "not used"
        )
        parts.append(f"{criterion.name} {shown}")
    return ", ".join(parts)


def _lowest(attempt: Attempt, rubric: Rubric) -> float | None:
    if attempt.evaluation is None:
        return None
    scores = [
        rubric.scale.to_unit(r.score)
        for r in attempt.evaluation.criteria.values()
        if r.applicable and r.score is not None
    ]
    return min(scores) if scores else None


def supervision_prep(session: Session, scenario: Scenario, rubric: Rubric) -> str:
    name = md_text(scenario.client.name)
    out = [
        f"# Supervision preparation: {md_text(scenario.title)}",
        "",
        f"- Trainee: {md_text(session.trainee)} · {session.started_at:%Y-%m-%d} · "
        f"client {name} · status: {session.status}",
        "",
        "## Moments I paused at",
    ]
    paused = [
        (number, turn, attempt)
        for number, turn in enumerate(session.turns, start=1)
        for attempt in turn.live_attempts
        if attempt.pause is not None
    ]
    if not paused:
        out += ["", "(No pauses were taken in this session.)"]
    for number, turn, attempt in paused:
        assert attempt.pause is not None
        out += ["", f"### Turn {number}", "", f"**{name}:** {md_text(turn.client.text)}", ""]
        for field, question in PAUSE_QUESTIONS.items():
            answer = getattr(attempt.pause, field)
            if answer:
                out.append(f"- *{question}* {md_text(answer)}")
        out += ["", "**What I said:**", "", _quote(attempt.response), ""]
        out.append(f"Scores: {_scores(attempt, rubric)}")

    rating = session.client_rating
    out += ["", f"## How {name} rated the session (0-10)", ""]
    if rating is None:
        out.append("(The session has not ended, so there is no rating yet.)")
    else:
        for item in ITEMS:
            if item in rating.scores:
                out.append(f"- {ITEM_LABELS[item]}: {rating.scores[item]}")
        if rating.moved_by:
            out += ["", "What moved it:", ""]
            for move in rating.moved_by:
                sign = f"+{move.delta}" if move.delta > 0 else str(move.delta)
                out.append(f"- Turn {move.turn + 1} ({move.item} {sign}): {md_text(move.why)}")

    out += ["", "## My reflection", ""]
    out.append(md_text(session.reflection) if session.reflection else "(No reflection written.)")

    ranked = [
        (score, number, attempt)
        for number, turn in enumerate(session.turns, start=1)
        for attempt in turn.live_attempts
        if (score := _lowest(attempt, rubric)) is not None
    ]
    ranked.sort(key=lambda row: row[0])
    out += ["", "## Worth discussing", ""]
    if not ranked:
        out.append("(Nothing was scored.)")
    for _, number, attempt in ranked[:3]:
        out.append(
            f"- Turn {number}: \u201c{md_text(attempt.response)}\u201d ({_scores(attempt, rubric)})"
        )
    return "\n".join(out) + "\n"
