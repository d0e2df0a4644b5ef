"""Structured output without the SDK's help: the schema as strict mode takes it, JSON mode's
schema-in-the-prompt, the JSON inside a reply, and the message that asks again."""

from __future__ import annotations

import functools
import json
import re
from typing import Any, Literal, TypedDict

from pydantic import BaseModel, ValidationError


class ChatMessage(TypedDict):
    role: Literal["system", "user", "assistant"]
    content: str


@functools.cache
def json_schema(schema: type[BaseModel]) -> dict[str, Any]:
    """A model's JSON Schema as strict structured output accepts it, made once per model
    (building it costs milliseconds). Pydantic's schema is close already; two things change:
    a `$ref` may not have siblings (pydantic puts a field's description beside it), and the
    `title` on every property repeats its name at the cost of prompt tokens."""
    return _strict_ready(schema.model_json_schema())


def _strict_ready(node: Any) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            return {"$ref": node["$ref"]}
        return {
            key: _strict_ready(value)
            for key, value in node.items()
            if not (key == "title" and isinstance(value, str))
        }
    if isinstance(node, list):
        return [_strict_ready(value) for value in node]
    return node


_FENCE = re.compile(r"^```[a-zA-Z]*\s*|\s*```$")


def json_text(content: str) -> str:
    """The JSON object in a reply: JSON mode sometimes comes wrapped in a Markdown fence."""
    text = _FENCE.sub("", content.strip())
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if 0 <= start < end else text


def with_schema(messages: list[ChatMessage], schema: type[BaseModel]) -> list[ChatMessage]:
    """JSON mode enforces JSON, not our shape: the schema goes into the instructions."""
    note = (
        "\n\nAnswer with one JSON object and nothing else. It must match this JSON Schema "
        "exactly (every property required, no others):\n"
        + json.dumps(json_schema(schema), separators=(",", ":"))
    )
    out = list(messages)
    for i, message in enumerate(out):
        if message["role"] == "system":
            out[i] = {"role": "system", "content": message["content"] + note}
            return out
    return [{"role": "system", "content": note.strip()}, *out]


def correction(exc: ValidationError) -> ChatMessage:
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or 'the answer'}: {e['msg']}"
        for e in exc.errors(include_url=False)[:5]
    )
    return {
        "role": "user",
        "content": f"Your last answer did not validate ({problems}). Answer again with the "
        "complete JSON object only.",
    }
