"""`roleplay score FILE.jsonl`: score standalone responses, one JSON line out per line in."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from roleplay.cli.shared import MAX_SCORE_LINE_BYTES, input_lines, services_from
from roleplay.content.library import ContentLibrary
from roleplay.domain.moment import (
    MAX_CONTEXT_LINES,
    MAX_LINE_CHARS,
    MAX_RESPONSE_CHARS,
    Line,
    Moment,
)
from roleplay.domain.rubric import Rubric
from roleplay.errors import ContentError, Problem, UsageError
from roleplay.factory import Services
from roleplay.judge.base import Judge
from roleplay.judge.calibrate import moment_for
from roleplay.judge.offline import offline_request
from roleplay.offline.feedback_text import PRACTICE_NOTE
from roleplay.practice.feedback_view import feedback_view
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
    cue: str | None = Field(None, max_length=MAX_LINE_CHARS)
    # The rubric a line without a scenario is scored under (--rubric is the default): labelled
    # sets mix lines of both rubrics in one file.
    rubric: str | None = Field(None, max_length=80)
    # A named moment: the client line, cue, what it invites and the rubric come from the file.
    scenario: str | None = Field(None, max_length=80)
    beat: str | None = Field(None, max_length=80)
    _line: int | None = PrivateAttr(None)  # where it was read, for `file:line` messages

    @property
    def line(self) -> int | None:
        return self._line


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
            item._line = number
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
    jobs = resolve_moments(services.library, items, args.rubric, args.file)
    rows = asyncio.run(_score_then_close(services, jobs, args.concurrency))
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if args.out:
        write_private(Path(args.out), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return 0


@dataclass(frozen=True)
class Job:
    item: ScoreInput
    rubric: Rubric
    moment: Moment


def resolve_moments(
    library: ContentLibrary, items: list[ScoreInput], rubric_id: str, name: str
) -> list[Job]:
    """Each line's moment and rubric: from the named scenario and beat when given, else from the
    line (its `rubric`, or `rubric_id`)."""
    default = library.rubric(rubric_id).rubric
    jobs: list[Job] = []
    problems: list[Problem] = []
    for item in items:
        context = [Line(speaker=c.speaker, text=c.text) for c in item.context]
        if item.rubric is not None and item.rubric not in library.rubrics:
            known = ", ".join(sorted(library.rubrics))
            problems.append(
                Problem(name, item.line, f"rubric '{item.rubric}' is not one of {known}")
            )
            continue
        if item.scenario is None and item.beat is None:
            moment = Moment(
                client_line=item.client_line, cue=item.cue, invites=item.invites, context=context
            )
            rubric = library.rubric(item.rubric).rubric if item.rubric else default
            jobs.append(Job(item, rubric, moment))
            continue
        if not (item.scenario and item.beat):
            problems.append(Problem(name, item.line, "give both scenario and beat, or neither"))
            continue
        if item.scenario not in library.scenarios:
            problems.append(
                Problem(name, item.line, f"scenario '{item.scenario}' is not in the library")
            )
            continue
        scenario = library.scenario(item.scenario).scenario
        try:
            beat = scenario.beat(item.beat)
        except KeyError:
            beats = ", ".join(b.id for b in scenario.beats)
            problems.append(
                Problem(name, item.line, f"beat '{item.beat}' is not in {scenario.id} ({beats})")
            )
            continue
        if item.rubric is not None and item.rubric != scenario.rubric:
            problems.append(
                Problem(
                    name,
                    item.line,
                    f"{scenario.id} is scored under its own rubric '{scenario.rubric}'; "
                    "drop `rubric` or name that one",
                )
            )
            continue
        moment = moment_for(scenario, beat).model_copy(update={"context": context})
        jobs.append(Job(item, library.rubric(scenario.rubric).rubric, moment))
    if problems:
        raise ContentError(problems, "run `roleplay scenarios` to see scenario and beat ids")
    return jobs


async def _score_then_close(
    services: Services, jobs: list[Job], concurrency: int
) -> list[dict[str, Any]]:
    try:
        return await _score_all(services.judge, jobs, concurrency)
    finally:
        await services.aclose()


async def _score_all(judge: Judge, jobs: list[Job], concurrency: int) -> list[dict[str, Any]]:
    gate = asyncio.Semaphore(concurrency)

    async def one(job: Job) -> dict[str, Any]:
        item, rubric, moment = job.item, job.rubric, job.moment
        request = offline_request(rubric, moment, item.response)
        async with gate:
            evaluation = await judge.evaluate(request)
        if evaluation.judge == "offline-fallback":  # the server gave up on this line
            print(
                f"roleplay: line {item.id}: {evaluation.fallback_reason}; scored offline",
                file=sys.stderr,
            )
        row: dict[str, Any] = {
            "id": item.id,
            "judge": evaluation.judge,
            "rubric": rubric.id,
            "scores": score_fields(evaluation, rubric),
        }
        if evaluation.judge != "llm":
            row["note"] = PRACTICE_NOTE
            row["weights"] = evaluation.weights
        return row

    return list(await asyncio.gather(*(one(job) for job in jobs)))


def score_fields(evaluation, rubric: Rubric) -> dict[str, dict[str, Any]]:
    """Per criterion, in the order feedback is shown everywhere (practice/feedback_view.py): the
    score, the reason, one thing to try, then the level descriptor and the quoted words; and
    whether the skill was in play at this moment and whether the judge is unsure."""
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
            "in_play": r.in_play,
            "unsure": r.unsure,
        }
    return fields
