"""Answers a fake model gives the app: judge verdicts built from the schema the app sent.

The verdict is read off the request itself (the json_schema response format, or in JSON mode
the schema the app put into the system message), so these answers follow whatever rubric the
app is judging against, and quote the trainee's actual words as evidence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from fakellm import FakeLLM, RecordedRequest

RESPONSE = re.compile(r"<trainee_response>\n(.*)\n</trainee_response>", re.DOTALL)
CLIENT_WORDS = "I suppose that's true. It has been a strange few months, if I'm honest."


# A small structured answer for provider tests: what complete_json validates against.
class Verdict(BaseModel):
    model_config = ConfigDict(extra="forbid")
    score: Literal[1, 2, 3, 4, 5]
    reason: str


GOOD = {"score": 4, "reason": "kept the focus on the client"}


def schema_of(request: RecordedRequest) -> dict[str, Any]:
    if request.json_schema is not None:
        return request.json_schema
    system = request.texts("system")[0]
    return json.loads(system[system.index("{", system.index("JSON Schema")) :])


def response_of(request: RecordedRequest) -> str:
    for text in request.texts("user"):
        match = RESPONSE.search(text)
        if match:
            return match.group(1)
    raise AssertionError("the judge request carries the response between tags")


def criterion_ids(schema: dict[str, Any]) -> list[str]:
    return list(_resolve(schema, schema["properties"]["criteria"])["properties"])


def verdict(
    request: RecordedRequest,
    *,
    scores: dict[str, int | None] | None = None,
    evidence: dict[str, list[str]] | None = None,
    moves: list[str] | None = None,
    held_back: bool = False,
) -> dict[str, Any]:
    """A valid answer: criteria in `scores` are applicable with that score (default: the first
    criterion scores 4), the rest not applicable; evidence defaults to the response's opening."""
    schema = schema_of(request)
    response = response_of(request)
    criteria_def = _resolve(schema, schema["properties"]["criteria"])
    ids = list(criteria_def["properties"])
    scores = scores if scores is not None else {ids[0]: 4}
    out: dict[str, Any] = {}
    for cid, ref in criteria_def["properties"].items():
        checks = list(_resolve(schema, _resolve(schema, ref)["properties"]["checks"])["properties"])
        score = scores.get(cid)
        applicable = score is not None
        quotes = (evidence or {}).get(cid, [" ".join(response.split()[:4])] if applicable else [])
        out[cid] = {
            "applicable": applicable,
            "evidence": quotes,
            "checks": {check: applicable for check in checks},
            "rationale": f"Rationale for {cid}.",
            "score": score,
            "suggestion": f"Suggestion for {cid}." if applicable else None,
        }
    return {"criteria": out, "moves": moves or [], "held_back": held_back}


# The client's end-of-session rating (simulate/llm_rating.py): a JSON request of its own.
RATING = {
    "heard": 7,
    "goals": 7,
    "approach": 7,
    "overall": 7,
    "comment": "It helped to say it out loud.",
    "moments": [],
}


def is_rating(request: RecordedRequest) -> bool:
    return request.wants_json and "feedback form" in " ".join(request.texts("user"))


def judge_and_client(
    llm: FakeLLM,
    *,
    client: str | Callable[[RecordedRequest], Any] = CLIENT_WORDS,
    **verdict_options: Any,
) -> None:
    """Route judge requests to a valid verdict, the client's end-of-session rating to a valid
    rating, and streamed chat to the client's words."""
    llm.route(is_rating, RATING)
    llm.route(lambda r: r.wants_json, lambda r: verdict(r, **verdict_options))
    llm.route(lambda r: r.stream, client)


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref is None:
        return node
    return schema["$defs"][ref.rsplit("/", 1)[1]]
