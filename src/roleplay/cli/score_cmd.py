"""`roleplay score FILE.jsonl`: score standalone responses, one JSON line out per line in."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from roleplay.cli.shared import MAX_SCORE_LINE_BYTES, input_lines, services_from
from roleplay.domain.moment import Line, Moment
from roleplay.errors import ContentError, Problem, UsageError
from roleplay.factory import Services
from roleplay.judge.base import Judge, JudgeRequest
from roleplay.practice.feedback_view import feedback_view
from roleplay.practice.text import MAX_RESPONSE_CHARS
from roleplay.store.files import write_private

_SPEAKERS = {
    "client": "client",
    "seeker": "client",
    "user": "client",
    "usr": "client",
    "trainee": "trainee",
    "supporter": "trainee",
    "therapist": "trainee",
    "counsellor": "trainee",
    "counselor": "trainee",
    "sys": "trainee",
    "assistant": "trainee",
    "helper": "trainee",
}


class ContextLine(BaseModel):
    model_config = ConfigDict(extra="ignore")
    speaker: str
    text: str

    @field_validator("speaker")
    @classmethod
    def _known(cls, value: str) -> str:
        if value.lower() not in _SPEAKERS:
            raise ValueError(
                f"speaker '{value}' is not one of client, trainee (or seeker, supporter)"
            )
        return _SPEAKERS[value.lower()]


class ScoreInput(BaseModel):
    # Extra keys (labels, notes) are ignored so labelled files can be scored as they are.
    model_config = ConfigDict(extra="ignore")
    id: str | int
    client_line: str = ""
    response: str
    context: list[ContextLine] = Field(default_factory=list)
    invites: str | None = None


def parse_lines(lines: Iterable[tuple[int, str | None]], name: str) -> list[ScoreInput]:
    """Score inputs from (line number, text) pairs; lengths are checked before anything else
    (text None: the line was over MAX_SCORE_LINE_BYTES and was never read whole)."""
    items: list[ScoreInput] = []
    problems: list[Problem] = []
    for number, raw in lines:
        if raw is None:
            problems.append(
                Problem(
                    name,
                    number,
                    f"line longer than {MAX_SCORE_LINE_BYTES:,} bytes "
                    f"(a response is at most {MAX_RESPONSE_CHARS:,} characters)",
                )
            )
            continue
        if not raw.strip():
            continue
        try:
            item = ScoreInput.model_validate_json(raw)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(p) for p in first["loc"])
            message = (
                "not valid JSON"
                if first["type"] == "json_invalid"
                else _too_long(where, first)
                if first["type"] == "string_too_long"
                else f"{where}: {first['msg']}"
                if where
                else first["msg"]
            )
            problems.append(Problem(name, number, message))
            continue
        if len(item.response) > MAX_RESPONSE_CHARS:
            problems.append(
                Problem(
                    name,
                    number,
                    f"response longer than {MAX_RESPONSE_CHARS:,} characters "
                    f"({len(item.response):,})",
                )
            )
            continue
        items.append(item)
    if problems:
        raise ContentError(problems, "each line must be a JSON object with id and response")
    return items


def _too_long(where: str, error: Any) -> str:
    """A length cap in the model reads like the one checked here: `X longer than N characters`."""
    limit = (error.get("ctx") or {}).get("max_length", 0)
    return f"{where} longer than {limit:,} characters ({len(error.get('input') or ''):,})"


def run(args: argparse.Namespace) -> int:
    items = parse_lines(input_lines(args.file, MAX_SCORE_LINE_BYTES), args.file)
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    services = services_from(args)
    rubric = services.library.rubric(args.rubric).rubric
    rows = asyncio.run(_score_then_close(services, rubric, items, args.concurrency))
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if args.out:
        write_private(Path(args.out), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return 0


async def _score_then_close(
    services: Services, rubric, items: list[ScoreInput], concurrency: int
) -> list[dict[str, Any]]:
    try:
        return await _score_all(services.judge, rubric, items, concurrency)
    finally:
        await services.aclose()


async def _score_all(
    judge: Judge, rubric, items: list[ScoreInput], concurrency: int
) -> list[dict[str, Any]]:
    gate = asyncio.Semaphore(concurrency)

    async def one(item: ScoreInput) -> dict[str, Any]:
        moment = Moment(
            client_line=item.client_line,
            invites=item.invites,
            context=[Line(speaker=c.speaker, text=c.text) for c in item.context],
        )
        request = JudgeRequest.build(rubric, moment, item.response)
        async with gate:
            evaluation = await judge.evaluate(request)
        if evaluation.judge == "offline-fallback":  # the server gave up on this line
            print(
                f"roleplay: line {item.id}: {evaluation.fallback_reason}; scored offline",
                file=sys.stderr,
            )
        return {
            "id": item.id,
            "judge": evaluation.judge,
            "scores": score_fields(evaluation, rubric),
        }

    return list(await asyncio.gather(*(one(item) for item in items)))


def score_fields(evaluation, rubric) -> dict[str, dict[str, Any]]:
    """Per criterion, in the order feedback is shown everywhere (practice/feedback_view.py): the
    score, the reason, one thing to try, then the level descriptor and the quoted words."""
    views = {c.id: c for c in feedback_view(evaluation, rubric).criteria}
    fields: dict[str, dict[str, Any]] = {}
    for cid, r in evaluation.criteria.items():
        view = views.get(cid)
        fields[cid] = {
            "applicable": r.applicable,
            "score": r.score,
            "rationale": r.rationale,
            "suggestion": view.suggestion if view else r.suggestion,
            "level": view.level if view else None,
            "evidence": r.evidence,
        }
    return fields
