"""A session as a Markdown document the trainee can keep or bring to supervision. Pure text."""

from __future__ import annotations

import re

from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Attempt, Session
from roleplay.practice.review import best_attempt_index, review_session
from roleplay.practice.text import clean_response

# Characters that would turn the trainee's words into Markdown structure (emphasis, links, HTML),
# and the ones that only matter at the start of a line (headings, lists, quotes).
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*|\s*\d+)([#+\-=>]|(?<=\d)[.)])", re.MULTILINE)


def md_text(text: str) -> str:
    """Stored text, control characters removed and Markdown syntax escaped."""
    return _LINE_START.sub(r"\1\\\2", _INLINE.sub(r"\\\1", clean_response(text)))


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in md_text(text).splitlines())


def markdown_transcript(session: Session, scenario: Scenario, rubric: Rubric) -> str:
    review = review_session(session, scenario, rubric)
    rel = scenario.relationship
    out = [
        f"# {md_text(scenario.title)}",
        "",
        f"- Client: {md_text(scenario.client.name)} · session {rel.session_number}, "
        f"alliance {rel.alliance}",
        f"- Trainee: {md_text(session.trainee)}"
        + (f" · cohort {md_text(session.cohort)}" if session.cohort else ""),
        f"- Started: {session.started_at:%Y-%m-%d %H:%M} UTC · status: {session.status}",
        f"- Rubric: {rubric.id} v{rubric.version} · engine: {session.engine.mode}",
        "",
        "## Transcript",
    ]
    name = md_text(scenario.client.name)
    for number, turn in enumerate(session.turns, start=1):
        out += ["", f"### Turn {number}", "", f"**{name}:** {md_text(turn.client.text)}"]
        if turn.client.cue:
            out.append(f"*({md_text(turn.client.cue)})*")
        best = best_attempt_index(turn, rubric)
        live = [(i, a) for i, a in enumerate(turn.attempts) if not a.withdrawn]
        for shown, (index, attempt) in enumerate(live, start=1):
            label = "You" if len(live) == 1 else f"You, attempt {shown}"
            if index == best and len(live) > 1:
                label += " (best, counted)"
            out += ["", f"**{label}:**", "", _quote(attempt.response)]
            out += _feedback(attempt, rubric)
    out += ["", "## Summary", ""]
    for row in review.turns:
        scores = ", ".join(f"{c.name} {_score(row.scores[c.id], rubric)}" for c in rubric.criteria)
        out.append(f"- Turn {row.number}: {scores} · {row.attempts} attempt(s)")
    if review.strengths:
        out += ["", "**Strengths**", ""] + [f"- {md_text(n.text)}" for n in review.strengths]
    if review.growth_edges:
        out += ["", "**Growth edges**", ""] + [f"- {md_text(n.text)}" for n in review.growth_edges]
    out += ["", f"**Self-rating:** {md_text(review.calibration.verdict())}", ""]
    return "\n".join(out)


def _score(score: int | None, rubric: Rubric) -> str:
    return "not used" if score is None else f"{score}/{rubric.scale.max}"


def _feedback(attempt: Attempt, rubric: Rubric) -> list[str]:
    evaluation = attempt.evaluation
    if evaluation is None:
        return []
    lines = [""]
    for criterion in rubric.criteria:
        result = evaluation.criteria.get(criterion.id)
        if result is None:
            continue
        score = result.score if result.applicable else None
        line = f"- **{criterion.name}:** {_score(score, rubric)}"
        if attempt.self_rating and criterion.id in attempt.self_rating:
            line += f" (you rated {attempt.self_rating[criterion.id]})"
        if result.rationale:
            line += f" — {md_text(result.rationale)}"
        lines.append(line)
        if result.suggestion:
            lines.append(f"  - Try: {md_text(result.suggestion)}")
    if evaluation.restraint:
        lines.append(f"- {md_text(evaluation.restraint.note)}")
    return lines
