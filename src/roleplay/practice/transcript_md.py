"""A session as a Markdown document the trainee can keep or bring to supervision. Pure text."""

from __future__ import annotations

import re

from roleplay.domain.counted import counted_attempt_index
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Session
from roleplay.practice.feedback_view import FeedbackView, beat_of, score_text, view_at
from roleplay.practice.review import review_session
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
        best = counted_attempt_index(turn, rubric.scale)
        beat = beat_of(scenario, turn.beat)
        live = [(i, a) for i, a in enumerate(turn.attempts) if not a.withdrawn]
        for shown, (index, attempt) in enumerate(live, start=1):
            label = "You" if len(live) == 1 else f"You, attempt {shown}"
            if index == best and len(live) > 1:
                label += " (best, counted)"
            out += ["", f"**{label}:**", "", _quote(attempt.response)]
            if attempt.evaluation is not None:
                view = view_at(attempt.evaluation, rubric, beat, attempt.self_rating)
                out += _feedback(view)
    out += [
        "",
        "## Summary",
        "",
        "Where a moment was tried more than once, the best attempt counts.",
        "",
    ]
    for row in review.turns:
        scores = ", ".join(f"{c.name} {_score(row.scores[c.id], rubric)}" for c in rubric.criteria)
        counted = f", attempt {row.best_attempt + 1} counted" if row.attempts > 1 else ""
        out.append(f"- Turn {row.number}: {scores} · {row.attempts} attempt(s){counted}")
    if review.strengths:
        out += ["", "**Strengths**", ""] + [f"- {md_text(n.text)}" for n in review.strengths]
    if review.growth_edges:
        out += ["", "**Growth edges**", ""] + [f"- {md_text(n.text)}" for n in review.growth_edges]
    out += ["", f"**Self-rating:** {md_text(review.calibration.verdict())}", ""]
    return "\n".join(out)


def _score(score: int | None, rubric: Rubric) -> str:
    return score_text(score, rubric)


def _feedback(view: FeedbackView) -> list[str]:
    """Score, reason and one thing to try first; the descriptor and details after."""
    lines = [
        "",
        f"*Feedback ({view.judge_label})*" + (f" {view.moment_note}" if view.moment_note else ""),
    ]
    for c in view.criteria:
        line = f"- **{c.name}:** {c.score_text}"
        if c.rating_note:
            line += f" ({md_text(c.rating_note)})"
        if c.reason:
            line += f" — {md_text(c.reason)}"
        lines.append(line)
        if c.suggestion:
            lines.append(f"  - Try: {md_text(c.suggestion)}")
        if c.exemplar:
            lines.append(f"  - Instructor's example: {md_text(c.exemplar)}")
        if c.level:
            lines.append(f"  - Level {c.score}: {md_text(c.level)}")
        if c.rationale and c.rationale.strip() != (c.reason or ""):
            lines.append(f"  - Why: {md_text(c.rationale)}")
        for quote in c.evidence:
            lines.append(f"  - Your words: “{md_text(quote)}”")
    if view.restraint_note:
        lines.append(f"- {md_text(view.restraint_note)}")
    if view.fallback_reason:
        lines.append(f"- (The server failed: {md_text(view.fallback_reason)})")
    return lines
