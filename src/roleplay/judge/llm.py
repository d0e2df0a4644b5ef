"""The LLM judge: the rubric's criteria, checks and levels, scored by a model at temperature 0.

The answer is validated against a model built from the rubric (see llm_schema); an answer that
does not validate is asked for again by the provider. Evidence the model quotes is kept only when
it is an exact substring of the response, so every quote shown to a trainee is their own words.
"""

from __future__ import annotations

from roleplay.domain.common import RESTRAINT
from roleplay.domain.rubric import Rubric
from roleplay.domain.session import CriterionResult, Evaluation, Restraint
from roleplay.judge.base import JudgeRequest
from roleplay.judge.llm_prompt import MOVES, PROMPT_VERSION, judge_messages
from roleplay.judge.llm_schema import VerdictBase, check_answers, schema_name, verdict_model
from roleplay.llm.provider import Provider

_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb`"


class LLMJudge:
    kind = "llm"

    def __init__(self, provider: Provider, model: str) -> None:
        self.provider = provider
        self.model = model

    def describe(self) -> str:
        return f"LLM judge ({self.model} at {self.provider.server})"

    async def aclose(self) -> None:
        await self.provider.aclose()

    async def evaluate(self, request: JudgeRequest) -> Evaluation:
        verdict = await self.provider.complete_json(
            judge_messages(request.rubric, request.moment, request.response),
            self.model,
            schema=verdict_model(request.rubric),
            name=schema_name(request.rubric),
            temperature=0.0,
        )
        return to_evaluation(verdict, request, self.model)


def to_evaluation(verdict: VerdictBase, request: JudgeRequest, model: str) -> Evaluation:
    rubric: Rubric = request.rubric
    verdicts = verdict.criterion_verdicts()
    criteria: dict[str, CriterionResult] = {}
    for criterion in rubric.criteria:
        answer = verdicts[criterion.id]
        applicable = bool(answer.applicable)
        criteria[criterion.id] = CriterionResult(
            applicable=applicable,
            score=answer.score if applicable else None,
            rationale=answer.rationale.strip(),
            evidence=exact_quotes(answer.evidence, request.response) if applicable else [],
            suggestion=(answer.suggestion or "").strip() or None,
            checks=check_answers(answer, criterion) if applicable else {},
        )
    moves = list(dict.fromkeys(m for m in verdict.moves if m in MOVES))  # type: ignore[attr-defined]
    return Evaluation(
        judge="llm",
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        criteria=criteria,
        model=model,
        prompt_version=PROMPT_VERSION,
        moves=moves,
        restraint=_restraint(bool(verdict.held_back), request),  # type: ignore[attr-defined]
    )


def exact_quotes(quotes: list[str], response: str) -> list[str]:
    """Quotes that are exact substrings of the response (after trimming the quotation marks and
    spaces a model tends to add around them); anything else is dropped, never repaired."""
    kept: list[str] = []
    for quote in quotes:
        for candidate in (quote.strip(), quote.strip().strip(_QUOTE_MARKS).strip()):
            if candidate and candidate in response:
                if candidate not in kept:
                    kept.append(candidate)
                break
    return kept


def _restraint(held_back: bool, request: JudgeRequest) -> Restraint | None:
    if request.moment.invites != RESTRAINT:
        return None
    if held_back:
        note = (
            "This moment called for holding back, and you did: nothing about your own life, "
            "the focus stayed on the client."
        )
    else:
        note = "This moment called for holding back, and you brought in something of your own."
    return Restraint(invited=True, held=held_back, note=note)
