"""Looking back on a session: per-turn scores, strengths and growth edges, and how well the
trainee's self-ratings matched the judge. Pure functions, no I/O, no UI.

Which attempt counts for a moment, and so every score shown here, is decided once in
`roleplay.domain.counted`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import mean

from roleplay.domain.common import END, RESTRAINT
from roleplay.domain.counted import counted_turn
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Session

# A criterion whose counted scores average at least this (0..1 on the scale) is a strength.
STRENGTH_AT = 0.75


@dataclass(frozen=True)
class TurnSummary:
    number: int  # 1-based
    beat: str
    client: str
    invites: str | None
    attempts: int  # answered attempts (withdrawn ones are not counted)
    best_attempt: int  # index into the turn's attempts of the one that counts
    scores: dict[str, int | None]  # the counted attempt's score per criterion; None = not used
    restraint_held: bool | None  # the counted attempt's; None when restraint was not invited


def summarise_turns(session: Session, scenario: Scenario, rubric: Rubric) -> list[TurnSummary]:
    """One row per answered turn (the closing line of the client has nothing to score)."""
    rows: list[TurnSummary] = []
    for number, turn in enumerate(session.turns, start=1):
        counted = counted_turn(turn, rubric.scale)
        if counted is None:
            continue
        rows.append(
            TurnSummary(
                number=number,
                beat=turn.beat,
                client=turn.client.text,
                invites=_invites(scenario, turn.beat),
                attempts=sum(1 for a in turn.attempts if a.counts),
                best_attempt=counted.attempt,
                scores={c.id: counted.scores.get(c.id) for c in rubric.criteria},
                restraint_held=counted.restraint_held,
            )
        )
    return rows


def _invites(scenario: Scenario, beat_id: str) -> str | None:
    if beat_id == END:
        return None
    try:
        return scenario.beat(beat_id).invites
    except KeyError:
        return None


@dataclass(frozen=True)
class Note:
    """One strength or growth edge, in a sentence, with the turn it comes from if any."""

    text: str
    criterion: str | None = None
    turn: int | None = None


@dataclass(frozen=True)
class Review:
    turns: list[TurnSummary]
    strengths: list[Note]
    growth_edges: list[Note]
    attempts: int
    retried_turns: int
    calibration: Calibration


def review_session(session: Session, scenario: Scenario, rubric: Rubric) -> Review:
    turns = summarise_turns(session, scenario, rubric)
    strengths: list[Note] = []
    edges: list[Note] = []
    for criterion in rubric.criteria:
        scored = [(t, t.scores[criterion.id]) for t in turns if t.scores[criterion.id] is not None]
        missed = [t for t in turns if t.invites == criterion.id and t.scores[criterion.id] is None]
        if scored:
            values = [s for _, s in scored if s is not None]
            unit = rubric.scale.to_unit(round(mean(values)))
            best_turn, best = max(scored, key=lambda ts: ts[1] or 0)
            worst_turn, worst = min(scored, key=lambda ts: ts[1] or 0)
            if unit >= STRENGTH_AT:
                strengths.append(
                    Note(
                        f"{criterion.name}: {mean(values):.1f} on average over {len(values)} "
                        f"turn(s); best {best}/{rubric.scale.max} at turn {best_turn.number}.",
                        criterion.id,
                        best_turn.number,
                    )
                )
            elif best is not None and rubric.scale.to_unit(best) >= STRENGTH_AT:
                # Not yet steady, but the trainee should hear what went right, and where.
                strengths.append(
                    Note(
                        f"{criterion.name}: {best}/{rubric.scale.max} at turn {best_turn.number}, "
                        "your best moment; that is the way to do it again.",
                        criterion.id,
                        best_turn.number,
                    )
                )
            if worst is not None and rubric.scale.to_unit(worst) < STRENGTH_AT:
                tip = _suggestion(session, worst_turn, criterion.id)
                edges.append(
                    Note(
                        f"{criterion.name}: {worst}/{rubric.scale.max} at turn "
                        f"{worst_turn.number}." + (f" Next time: {tip}" if tip else ""),
                        criterion.id,
                        worst_turn.number,
                    )
                )
        if missed:
            numbers = ", ".join(str(t.number) for t in missed)
            edges.append(
                Note(
                    f"{criterion.name} was invited at turn {numbers} and not used; "
                    "the exemplars show what it could sound like.",
                    criterion.id,
                    missed[0].number,
                )
            )
    restraint = [t for t in turns if t.invites == RESTRAINT and t.restraint_held is not None]
    held = [t for t in restraint if t.restraint_held]
    if held:
        strengths.append(
            Note(f"Held back in {len(held)} of {len(restraint)} moment(s) that called for it.")
        )
    if len(held) < len(restraint):
        numbers = ", ".join(str(t.number) for t in restraint if not t.restraint_held)
        edges.append(
            Note(
                f"Turn {numbers} called for holding back and you brought yourself in; "
                "staying with the client was the skill there."
            )
        )
    answered = [a for t in session.turns for a in t.attempts if a.counts]
    return Review(
        turns=turns,
        strengths=strengths,
        growth_edges=edges,
        attempts=len(answered),
        retried_turns=sum(1 for t in turns if t.attempts > 1),
        calibration=calibrate(session),
    )


def _suggestion(session: Session, row: TurnSummary, criterion: str) -> str | None:
    """What the judge suggested on the attempt that counts for that moment."""
    evaluation = session.turns[row.number - 1].attempts[row.best_attempt].evaluation
    result = evaluation.criteria.get(criterion) if evaluation else None
    return result.suggestion if result else None


# --- self-rating calibration -----------------------------------------------------------------


@dataclass(frozen=True)
class RatingGap:
    turn: int  # 1-based
    attempt: int  # 1-based
    criterion: str
    self_rating: int
    judged: int | None  # None: the judge found the skill not used

    @property
    def gap(self) -> int | None:
        """Positive when the trainee rated themself higher than the judge did."""
        return None if self.judged is None else self.self_rating - self.judged


@dataclass(frozen=True)
class Calibration:
    gaps: list[RatingGap]

    @property
    def rated(self) -> int:
        return len(self.gaps)

    def comparable(self, criterion: str | None = None) -> list[RatingGap]:
        return [
            g
            for g in self.gaps
            if g.gap is not None and (criterion is None or g.criterion == criterion)
        ]

    def mean_gap(self, criterion: str | None = None) -> float | None:
        gaps = [g.gap for g in self.comparable(criterion) if g.gap is not None]
        return mean(gaps) if gaps else None

    def mean_abs_gap(self, criterion: str | None = None) -> float | None:
        gaps = [abs(g.gap) for g in self.comparable(criterion) if g.gap is not None]
        return mean(gaps) if gaps else None

    def verdict(self) -> str:
        """One sentence a trainee can act on."""
        if not self.gaps:
            return "No self-ratings yet: turn self-rating on to practise judging your own work."
        signed = self.mean_gap()
        if signed is None:
            return "You rated skills the judge found not used; compare with the exemplars."
        spread = self.mean_abs_gap() or 0.0
        if spread <= 0.5:
            return f"Well calibrated: your ratings were within {spread:.1f} of the judge's."
        if signed > 0:
            return f"You rated yourself {signed:+.1f} above the judge on average."
        if signed < 0:
            return f"You rated yourself {-signed:.1f} below the judge on average: be fairer."
        return f"Your ratings were off by {spread:.1f} in both directions on average."


def calibrate(session: Session) -> Calibration:
    gaps: list[RatingGap] = []
    for t, turn in enumerate(session.turns, start=1):
        for a, attempt in enumerate(turn.attempts, start=1):
            if not attempt.self_rating or not attempt.counts or attempt.evaluation is None:
                continue
            for criterion, rating in attempt.self_rating.items():
                result = attempt.evaluation.criteria.get(criterion)
                judged = (
                    result.score
                    if result is not None and result.applicable and result.score is not None
                    else None
                )
                gaps.append(RatingGap(t, a, criterion, rating, judged))
    return Calibration(gaps)


# --- the trainee's own words, highlighted -------------------------------------------------------


def evidence_spans(response: str, quotes: list[str]) -> list[tuple[int, int]]:
    """Where each quoted piece of evidence sits in the response, as (start, end) offsets.

    Quotes from a judge may differ in case or spacing, so matching ignores both; a quote that is
    not in the response is skipped (it is not the trainee's words). Overlaps are merged.
    """
    spans: list[tuple[int, int]] = []
    for quote in quotes:
        words = quote.strip().strip("\"'\u201c\u201d").split()
        if not words:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words)
        match = re.search(pattern, response, flags=re.IGNORECASE)
        if match:
            spans.append(match.span())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
