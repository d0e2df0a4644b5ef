"""Plain-text rendering of a transcript and its feedback, for the headless commands."""

from __future__ import annotations

import textwrap

from roleplay.domain.client_rating import ITEM_LABELS, ClientRating
from roleplay.domain.rubric import Rubric
from roleplay.domain.session import ClientLine, Evaluation

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


def feedback(evaluation: Evaluation, rubric: Rubric) -> str:
    label = {
        "offline": "offline engine",
        "llm": "LLM judge",
        "offline-fallback": "offline engine (server failed)",
    }[evaluation.judge]
    out = [f"  Feedback ({label}):"]
    for criterion in rubric.criteria:
        result = evaluation.criteria.get(criterion.id)
        if result is None:
            continue
        if result.applicable and result.score is not None:
            head = f"{criterion.name}: {result.score}/{rubric.scale.max}"
            level = criterion.level(result.score)
            if level:
                head += f" — {level}"
        else:
            head = f"{criterion.name}: not used"
        out.append(_wrap(head, indent="    "))
        if result.rationale:
            out.append(_wrap(result.rationale, indent="      "))
        for quote in result.evidence:
            out.append(_wrap(f"\u201c{quote}\u201d", indent="      > "))
        if result.suggestion:
            out.append(_wrap(f"Try: {result.suggestion}", indent="      "))
    if evaluation.restraint:
        out.append(_wrap(evaluation.restraint.note, indent="    "))
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
