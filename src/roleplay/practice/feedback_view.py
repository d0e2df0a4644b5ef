"""What the trainee is shown about one judged response, decided once for every surface.

The CLI renderer, the Markdown transcript, the TUI feedback card and `roleplay score` all build
their feedback from `feedback_view`, so "not used", "x/max", the judge's label and the order of
things cannot drift apart. The order is the one a trainee can take in at a glance: per criterion
the score, the reason in one clause, one thing to try (the judge's rewrite where it gave one, the
instructor's exemplar beside it); then, on demand, the rubric's level descriptor, the whole
rationale and the quoted words. Pure: no I/O, no UI.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from roleplay.domain.common import END, RESTRAINT, SELF_DISCLOSURE
from roleplay.domain.rubric import Criterion, Rubric
from roleplay.domain.scenario import Beat, Exemplar, Scenario
from roleplay.domain.session import CriterionResult, Evaluation, JudgeKind

NOT_USED = "not used"

JUDGE_LABELS: dict[str, str] = {
    "llm": "LLM judge",
    "offline": "offline practice feedback",
    "offline-fallback": "offline practice feedback \u2014 the server failed",
}

# Closing quotation marks: a sentence ending inside a quote does not end the reason.
_OPEN, _CLOSE = '\u201c"', '\u201d"'


@dataclass(frozen=True)
class CriterionView:
    id: str
    name: str
    score: int | None  # None: the skill was not used
    score_text: str  # "4/5" or "not used"
    reason: str | None  # the rationale's first clause
    suggestion: str | None  # one thing to try (often a rewrite of the trainee's own words)
    exemplar: str | None  # the instructor's exemplar for this moment, beside the suggestion
    level: str | None  # the rubric's descriptor of this score (details)
    rationale: str  # the whole rationale (details)
    evidence: list[str]  # the trainee's own words the judge quoted (details)
    self_rating: int | None
    rating_note: str | None  # how the trainee's own rating compares, when they gave one


@dataclass(frozen=True)
class FeedbackView:
    judge: JudgeKind
    judge_label: str
    moment_note: str | None  # what the moment invited, in a sentence
    criteria: list[CriterionView]
    restraint_note: str | None
    fallback_reason: str | None

    @property
    def quotes(self) -> list[str]:
        return unique([q for c in self.criteria for q in c.evidence])


def feedback_view(
    evaluation: Evaluation,
    rubric: Rubric,
    *,
    invites: str | None = None,
    exemplars: Sequence[Exemplar] = (),
    self_rating: dict[str, int] | None = None,
) -> FeedbackView:
    """The feedback on one response, in the order it is shown. `invites` and `exemplars` come
    from the moment (the scenario's beat); both are optional for standalone scoring."""
    criteria = []
    for criterion in rubric.criteria:
        result = evaluation.criteria.get(criterion.id)
        if result is not None:
            rated = self_rating.get(criterion.id) if self_rating else None
            criteria.append(_criterion_view(criterion, result, rubric, exemplars, invites, rated))
    # What the trainee did, or what the moment asked for, before the skills neither touched: at
    # 80x24 a boundary held at 4/5 must not sit under three "not used" lines (issue 10, item 7).
    criteria.sort(key=lambda view: view.score is None and view.id != invites)
    return FeedbackView(
        judge=evaluation.judge,
        judge_label=JUDGE_LABELS[evaluation.judge],
        moment_note=invites_text(invites, rubric),
        criteria=criteria,
        restraint_note=restraint_note(evaluation),
        fallback_reason=evaluation.fallback_reason,
    )


def beat_of(scenario: Scenario, beat_id: str) -> Beat | None:
    """The moment a turn answered (None for the closing line or a beat no longer there)."""
    if beat_id == END:
        return None
    try:
        return scenario.beat(beat_id)
    except KeyError:
        return None


def view_at(
    evaluation: Evaluation,
    rubric: Rubric,
    beat: Beat | None,
    self_rating: dict[str, int] | None = None,
) -> FeedbackView:
    """`feedback_view` with the moment taken from the scenario's beat."""
    return feedback_view(
        evaluation,
        rubric,
        invites=beat.invites if beat else None,
        exemplars=beat.exemplars if beat else (),
        self_rating=self_rating,
    )


def _criterion_view(
    criterion: Criterion,
    result: CriterionResult,
    rubric: Rubric,
    exemplars: Sequence[Exemplar],
    invites: str | None,
    rated: int | None,
) -> CriterionView:
    score = result.score if result.applicable else None
    return CriterionView(
        id=criterion.id,
        name=criterion.name,
        score=score,
        score_text=score_text(score, rubric),
        reason=reason_of(result.rationale, score, rubric),
        suggestion=(result.suggestion or "").strip() or None,
        exemplar=exemplar_for(criterion.id, score, exemplars, invites, rubric),
        level=criterion.level(score),
        rationale=result.rationale,
        evidence=unique(result.evidence),
        self_rating=rated,
        rating_note=None if rated is None else rating_gap(rated, score),
    )


def score_text(score: int | None, rubric: Rubric) -> str:
    return NOT_USED if score is None else f"{score}/{rubric.scale.max}"


# The offline judge ends its rationale with "What worked: a; b." and "What took away: c; d.";
# below full marks the first thing that took away is the reason, said in one clause.
_TOOK_AWAY = "What took away:"


def reason_of(rationale: str, score: int | None, rubric: Rubric) -> str | None:
    """The reason for the score in one clause: what cost marks where the judge names it, else
    the rationale's first sentence."""
    if score is not None and score < rubric.scale.max:
        text = " ".join(rationale.split())
        at = text.find(_TOOK_AWAY)
        if at >= 0:
            clause = first_clause(text[at + len(_TOOK_AWAY) :])
            if clause:
                return clause[0].upper() + clause[1:] + ("" if clause[-1] in ".!?" else ".")
    return first_clause(rationale)


def first_clause(text: str) -> str | None:
    """The rationale's first sentence or clause, never cut inside a quotation of the trainee."""
    text = " ".join(text.split())
    if not text:
        return None
    depth = 0
    for index, char in enumerate(text):
        if char in _OPEN and (char != '"' or depth == 0):
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
            # A quotation that ends its sentence ("... every day.") ends the clause too.
            ended = text[index - 1 : index] in (".", "!", "?")
            if depth == 0 and ended and text[index + 1 : index + 2] in (" ", ""):
                return text[: index + 1]
        elif depth == 0 and char in ".;!?" and text[index + 1 : index + 2] in (" ", ""):
            return text[: index + 1].rstrip(";") if char == ";" else text[: index + 1]
    return text


def exemplar_for(
    criterion: str,
    score: int | None,
    exemplars: Sequence[Exemplar],
    invites: str | None,
    rubric: Rubric,
) -> str | None:
    """The instructor's model answer for this moment, when it shows what the response did not.

    Only exemplars the instructor offers as models (not the mixed or harmful ones) are shown. At a
    moment that called for restraint, a response that used the skill gets a model answer that
    does without it (or uses it better); elsewhere, the best-scored model answer for the
    criterion, when it scores higher than the response, or when the moment invited the skill and
    the response did not use it.
    """
    models = [e for e in exemplars if e.label in (None, "strong", "restraint")]

    def better(value: int | None) -> bool:
        return (
            value is not None
            and rubric.scale.to_unit(value) >= 0.75
            and (score is None or value > score)
        )

    if invites == RESTRAINT:
        if score is None:
            return None
        fits = [e for e in models if e.scores.get(criterion) is None or better(e.scores[criterion])]
        return fits[0].response if fits else None
    strong = [(v, e) for e in models if better(v := e.scores.get(criterion))]
    if not strong or (score is None and invites != criterion):
        return None
    return max(strong, key=lambda pair: pair[0] or 0)[1].response


def invites_text(invites: str | None, rubric: Rubric) -> str | None:
    if invites == RESTRAINT:
        return "This moment called for holding back (restraint)."
    criterion = rubric.criterion(invites) if invites else None
    if criterion is not None:
        return f"This moment invited {criterion.name.lower()}."
    return None


def restraint_note(evaluation: Evaluation) -> str | None:
    """The restraint line, in words that agree with the scores shown above it.

    The stored note is written by the offline reading ("you did: nothing about your own life");
    under an LLM judge's scores it could contradict them, so for an LLM evaluation the line is
    said from the LLM judge's own verdict, and a disclosure it scored is never called held back.
    """
    restraint = evaluation.restraint
    if restraint is None or not restraint.invited:
        return None
    if evaluation.judge != "llm":
        return restraint.note
    disclosure = evaluation.criteria.get(SELF_DISCLOSURE)
    disclosed = disclosure is not None and disclosure.applicable and disclosure.score is not None
    if restraint.held and not disclosed:
        return "This moment called for holding back; the LLM judge found you did."
    return "This moment called for holding back; the LLM judge found you brought yourself in."


def rating_gap(rated: int, score: int | None) -> str:
    if score is None:
        return f"you rated {rated}; the judge found it not used"
    gap = rated - score
    if gap == 0:
        return f"you rated {rated}: spot on"
    return f"you rated {rated}, {gap:+d}"


def unique(quotes: list[str]) -> list[str]:
    seen: list[str] = []
    for quote in quotes:
        if quote.strip() and quote not in seen:
            seen.append(quote)
    return seen
