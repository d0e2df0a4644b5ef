"""`roleplay score FILE.jsonl`: score standalone responses, one JSON line out per line in."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from roleplay.cli.shared import read_input, services_from
from roleplay.domain.moment import (
    MAX_CONTEXT_LINES,
    MAX_LINE_CHARS,
    MAX_RESPONSE_CHARS,
    Line,
    Moment,
)
from roleplay.errors import ContentError, Problem, ProviderError, UsageError
from roleplay.factory import Services
from roleplay.judge.base import Judge
from roleplay.judge.offline import offline_request
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
    text: str = Field(max_length=MAX_LINE_CHARS)

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
    client_line: str = Field("", max_length=MAX_LINE_CHARS)
    response: str = Field(min_length=1, max_length=MAX_RESPONSE_CHARS)
    context: list[ContextLine] = Field(default_factory=list, max_length=MAX_CONTEXT_LINES)
    invites: str | None = None


def parse_lines(text: str, name: str) -> list[ScoreInput]:
    items: list[ScoreInput] = []
    problems: list[Problem] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            items.append(ScoreInput.model_validate_json(raw))
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(p) for p in first["loc"])
            message = (
                "not valid JSON"
                if first["type"] == "json_invalid"
                else f"{where}: {first['msg']}"
                if where
                else first["msg"]
            )
            problems.append(Problem(name, number, message))
    if problems:
        raise ContentError(problems, "each line must be a JSON object with id and response")
    return items


def run(args: argparse.Namespace) -> int:
    items = parse_lines(read_input(args.file), args.file)
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
        request = offline_request(rubric, moment, item.response)
        async with gate:
            try:
                evaluation = await judge.evaluate(request)
            except ProviderError as exc:  # the server gave up: this line, offline and labelled
                print(f"roleplay: line {item.id}: {exc.message}; scored offline", file=sys.stderr)
                evaluation = request.offline.model_copy(
                    update={"judge": "offline-fallback", "fallback_reason": exc.message}
                )
        return {
            "id": item.id,
            "judge": evaluation.judge,
            "scores": {
                cid: {
                    "applicable": r.applicable,
                    "score": r.score,
                    "rationale": r.rationale,
                    "evidence": r.evidence,
                }
                for cid, r in evaluation.criteria.items()
            },
        }

    return list(await asyncio.gather(*(one(item) for item in items)))
