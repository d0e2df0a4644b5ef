"""Plain-text rendering of a transcript and its feedback, for the headless commands."""

from __future__ import annotations

import textwrap

from roleplay.domain.client_rating import ITEM_LABELS, ClientRating
from roleplay.domain.session import ClientLine
from roleplay.practice.feedback_view import FeedbackView

WIDTH = 88


def client_line(name: str, line: ClientLine) -> str:
    out = [_wrap(f"{name}: {line.text}")]
    if line.cue:
        out.append(_wrap(f"({line.cue})", indent="  "))
    if line.reaction_note:
        out.append(_wrap(f"\u21b3 {line.reaction_note}", indent="  "))
    return "\n".join(out)


def trainee_line(text: str) -> str:
    return _wrap(f"You: {text}")


def feedback(view: FeedbackView) -> str:
    """Score, reason and one thing to try first; the level descriptor and details after."""
    head = f"  Feedback ({view.judge_label}):"
    out = [head + (f" {view.moment_note}" if view.moment_note else "")]
    for c in view.criteria:
        line = f"{c.name}: {c.score_text}"
        if c.rating_note:
            line += f" ({c.rating_note})"
        if c.reason:
            line += f" \u2014 {c.reason}"
        out.append(_wrap(line, indent="    "))
        if c.suggestion:
            out.append(_wrap(f"Try: {c.suggestion}", indent="      "))
        if c.exemplar:
            out.append(_wrap(f"Instructor's example: {c.exemplar}", indent="      "))
        if c.level:
            out.append(_wrap(f"Level {c.score}: {c.level}", indent="      "))
        if c.rationale and c.rationale.strip() != (c.reason or ""):
            out.append(_wrap(f"Why: {c.rationale}", indent="      "))
        for quote in c.evidence:
            out.append(_wrap(f"\u201c{quote}\u201d", indent="      > "))
    if view.restraint_note:
        out.append(_wrap(view.restraint_note, indent="    "))
    if view.fallback_reason:
        out.append(_wrap(f"(The server failed: {view.fallback_reason})", indent="    "))
    return "\n".join(out)


def _wrap(text: str, indent: str = "") -> str:
    return (
        textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=" " * len(indent))
        or indent
    )


def client_rating(name: str, rating: ClientRating) -> str:
    """The client's end-of-session rating: four 0-10 lines, their words, what moved it."""
    source = {
        "llm": "",
        "offline": " (offline engine)",
        "offline-fallback": " (offline engine, the server failed)",
    }[rating.source]
    out = [f"== {name}'s rating of the session, 0-10{source} =="]
    for item, label in ITEM_LABELS.items():
        if item in rating.scores:
            out.append(f"  {label}: {rating.scores[item]}")
    if rating.comment:
        out.append(_wrap(f"\u201c{rating.comment}\u201d", indent="  "))
    for move in rating.moved_by:
        sign = f"+{move.delta}" if move.delta > 0 else str(move.delta)
        out.append(_wrap(f"turn {move.turn + 1}, {move.item} {sign}: {move.why}", indent="  - "))
    return "\n".join(out)
