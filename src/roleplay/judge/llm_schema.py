"""The judge's answer as a pydantic model built from the rubric: one model per rubric.

Every criterion of the rubric is a required property (an answer that leaves one out, or adds one,
does not validate), scores are limited to the rubric's scale, and every check is a yes/no. The
JSON Schema pydantic derives from it is strict-mode ready (all properties required, no others),
so it goes to the server as a json_schema response format as it is.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator

from roleplay.domain.rubric import Criterion, Rubric
from roleplay.domain.scenario import REACTIONS

MAX_NAME = 64  # OpenAI's limit on a response format's name


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class CriterionVerdictBase(Strict):
    """Fields in the order a careful judge works: does it apply, what was said, then a score."""

    @model_validator(mode="after")
    def _score_matches_applicable(self) -> CriterionVerdictBase:
        applicable, score = getattr(self, "applicable", None), getattr(self, "score", None)
        if applicable and score is None:
            raise ValueError("score is required when applicable is true")
        if not applicable and score is not None:
            raise ValueError("score must be null when applicable is false")
        return self


class VerdictBase(Strict):
    """The whole answer: `criteria` (one entry per rubric criterion), `moves`, `held_back`."""

    def criterion_verdicts(self) -> dict[str, Any]:
        criteria = getattr(self, "criteria")  # noqa: B009 - a dynamic field
        return {
            field.alias or name: getattr(criteria, name)
            for name, field in type(criteria).model_fields.items()
        }


_CACHE: dict[str, type[VerdictBase]] = {}


def verdict_model(rubric: Rubric) -> type[VerdictBase]:
    """The model for `rubric`, built once per distinct rubric."""
    key = rubric.model_dump_json()
    model = _CACHE.get(key)
    if model is None:
        model = _CACHE[key] = _build(rubric)
    return model


def schema_name(rubric: Rubric) -> str:
    return f"evaluation_{rubric.id.replace('-', '_')}_v{rubric.version}"[:MAX_NAME]


def _build(rubric: Rubric) -> type[VerdictBase]:
    # Literal types built at run time: Any to the checker, real Literals to pydantic.
    scores: Any = Literal.__getitem__(tuple(rubric.scale.points))
    criteria_fields: dict[str, Any] = {}
    for index, criterion in enumerate(rubric.criteria):
        # Python-safe field names with the criterion id as the JSON name, so an id like
        # "schema" or "model_fit" can never collide with pydantic's own attributes.
        criteria_fields[f"c{index}"] = (
            _criterion_model(criterion, scores, index),
            Field(alias=criterion.id, description=criterion.name),
        )
    criteria = create_model("Criteria", __base__=Strict, **criteria_fields)
    moves: Any = Literal.__getitem__(REACTIONS)
    return create_model(
        schema_name(rubric),
        __base__=VerdictBase,
        criteria=(criteria, Field(description="One verdict per rubric criterion.")),
        moves=(
            list[moves],
            Field(description="The moves the trainee made, from the listed vocabulary."),
        ),
        held_back=(
            bool,
            Field(
                description="True when the response shares nothing of the trainee's own life "
                "and crosses no boundary."
            ),
        ),
    )


def _criterion_model(criterion: Criterion, scores: Any, index: int) -> type[BaseModel]:
    checks = create_model(  # type: ignore[call-overload]  # fields passed as **dict
        f"Checks{index}",
        __base__=Strict,
        **{
            f"k{i}": (bool, Field(alias=check.id, description=check.question))
            for i, check in enumerate(criterion.checks)
        },
    )
    return create_model(
        f"Verdict{index}",
        __base__=CriterionVerdictBase,
        applicable=(bool, Field(description="Does the criterion apply to this response?")),
        evidence=(
            list[str],
            Field(description="Exact quotes from the trainee response, copied verbatim."),
        ),
        checks=(checks, Field(description="Each check answered true or false.")),
        rationale=(str, Field(description="Why, in two or three sentences to the trainee.")),
        score=(scores | None, Field(description="A point of the scale; null if not applicable.")),
        suggestion=(
            str | None,
            Field(description="One concrete thing to try, ideally a rewritten sentence."),
        ),
    )


def check_answers(verdict: BaseModel, criterion: Criterion) -> dict[str, bool]:
    """check id -> the judge's yes/no."""
    checks = getattr(verdict, "checks")  # noqa: B009 - a dynamic field
    return {check.id: bool(getattr(checks, f"k{i}")) for i, check in enumerate(criterion.checks)}
