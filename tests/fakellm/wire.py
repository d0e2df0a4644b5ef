"""OpenAI Chat Completions payloads, built from plain data so the HTTP layer stays thin."""

from __future__ import annotations

import json
import re
import time
from typing import Any

from .models import RecordedRequest, Reply, text_of

_WORD_BOUNDARY = re.compile(r"(?<=\s)(?=\S)")
_INVALID = ("invalid_request_error", "invalid_value")


def dumps(payload: Any) -> bytes:
    return json.dumps(payload, separators=(",", ":")).encode()


def error_body(message: str, type_: str, code: str | None, param: str | None = None) -> bytes:
    """OpenAI's error envelope, which the SDK unwraps into `APIStatusError.body`."""
    return dumps({"error": {"message": message, "type": type_, "param": param, "code": code}})


def split_words(text: str, words_per_chunk: int) -> list[str]:
    """Split after whitespace so that joining the pieces gives back `text` exactly."""
    words = [w for w in _WORD_BOUNDARY.split(text) if w]
    size = max(1, words_per_chunk)
    return ["".join(words[i : i + size]) for i in range(0, len(words), size)]


def usage_for(request: RecordedRequest, reply: Reply) -> dict[str, int]:
    """Whitespace-separated words stand in for tokens; exact counts don't matter to a fake."""
    if reply.usage is not None:
        return dict(reply.usage)
    prompt = sum(len(text_of(m.get("content")).split()) for m in request.messages)
    completion = len(reply.content.split())
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def validate_chat(
    request: RecordedRequest, refuse_json_schema: bool | int
) -> tuple[int, bytes] | None:
    """The status and error body for requests a real server would reject, else None.
    `refuse_json_schema`: True answers json_schema requests 400 (old vLLM, some proxies); a
    status answers them with it (500 is what llama-cpp-python's server does)."""
    if not isinstance(request.json, dict):
        return 400, error_body("We could not parse the JSON body of your request.", *_INVALID)
    if not request.model:
        return 400, error_body("you must provide a model parameter", *_INVALID, "model")
    if not request.messages:
        return 400, error_body("'messages' must be a non-empty array", *_INVALID, "messages")
    fmt = request.body.get("response_format")
    if fmt is None:
        return None
    kind = fmt.get("type") if isinstance(fmt, dict) else None
    if kind not in ("text", "json_object", "json_schema"):
        return 400, error_body(
            f"Invalid response_format type: {kind!r}", *_INVALID, "response_format"
        )
    if kind == "json_schema":
        spec = fmt.get("json_schema")
        if not isinstance(spec, dict) or not spec.get("name") or "schema" not in spec:
            msg = "response_format.json_schema needs 'name' and 'schema'"
            return 400, error_body(msg, *_INVALID, "response_format")
        if refuse_json_schema is True:
            msg = "response_format json_schema is not supported by this server"
            code = "unsupported_response_format"
            return 400, error_body(msg, "invalid_request_error", code, "response_format")
        if refuse_json_schema:  # a bare failure that does not say why, like llama-cpp-python
            msg = "Internal Server Error" if refuse_json_schema >= 500 else "Bad Request"
            return int(refuse_json_schema), error_body(msg, "server_error", None)
    return None


class Completion:
    """One response's identity (id, model, created) shared by the JSON body and all chunks."""

    def __init__(self, request: RecordedRequest, reply: Reply, number: int) -> None:
        self.request = request
        self.reply = reply
        self.id = f"chatcmpl-fake{number:06d}"
        self.created = int(time.time())
        self.model = request.model or "fake-model"

    def body(self) -> bytes:
        return dumps(
            {
                "id": self.id,
                "object": "chat.completion",
                "created": self.created,
                "model": self.model,
                "system_fingerprint": "fp_fakellm",
                "choices": [
                    {
                        "index": 0,
                        "message": {
                            "role": "assistant",
                            "content": self.reply.content,
                            "refusal": None,
                        },
                        "logprobs": None,
                        "finish_reason": self.reply.finish_reason,
                    }
                ],
                "usage": usage_for(self.request, self.reply),
            }
        )

    def _chunk(self, choices: list[dict[str, Any]], usage: Any = None) -> dict[str, Any]:
        chunk: dict[str, Any] = {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
            "system_fingerprint": "fp_fakellm",
            "choices": choices,
        }
        options = self.request.body.get("stream_options")
        if isinstance(options, dict) and options.get("include_usage"):
            chunk["usage"] = usage  # null on every chunk but the last, as OpenAI does
        return chunk

    def _delta(self, delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return self._chunk([choice])

    def stream_chunks(self, words_per_chunk: int) -> list[dict[str, Any]]:
        """Role chunk, content chunks, finish chunk, and the usage chunk if asked for."""
        chunks = [self._delta({"role": "assistant", "content": ""})]
        chunks += [
            self._delta({"content": piece})
            for piece in split_words(self.reply.content, words_per_chunk)
        ]
        chunks.append(self._delta({}, self.reply.finish_reason))
        if "usage" in chunks[0]:
            chunks.append(self._chunk([], usage_for(self.request, self.reply)))
        return chunks


def sse_event(data: bytes) -> bytes:
    return b"data: " + data + b"\n\n"


SSE_DONE = sse_event(b"[DONE]")


def models_body(names: list[str]) -> bytes:
    data = [{"id": n, "object": "model", "created": 0, "owned_by": "fakellm"} for n in names]
    return dumps({"object": "list", "data": data})
