"""What went wrong on a call to the server, in one plain sentence, and whether to try again.

The SDK's exceptions (and the bare `json.JSONDecodeError` it lets escape on a cut-off body) are
mapped to a small set of fault kinds here, so the retry loop and the user-facing messages never
depend on SDK classes. Nothing here ever sees or prints the API key.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Literal

import openai

from roleplay.llm.guard import ResponseTooLarge, UnaskedEncoding

FaultKind = Literal[
    "rate_limit",  # 429
    "server_error",  # 5xx
    "timeout",  # no answer (or no next chunk) within the timeout
    "unreachable",  # nothing listening, DNS, refused
    "dropped",  # the connection broke before the reply was complete
    "truncated",  # a 200 whose JSON body or event was cut off
    "invalid_output",  # the model answered, but not with what was asked for
    "auth",  # 401/403: the key
    "not_found",  # 404: usually the model name or the base URL's path
    "refused",  # any other 4xx
    "too_large",  # a body (or a stream) past the size cap, or compressed when asked not to be
]
RETRYABLE: frozenset[str] = frozenset(
    {
        "rate_limit",
        "server_error",
        "timeout",
        "unreachable",
        "dropped",
        "truncated",
        "invalid_output",
    }
)
# Longest Retry-After we take literally; beyond it the time budget decides.
MAX_RETRY_AFTER = 600.0


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    status: int | None = None
    retry_after: float | None = None
    detail: str = ""  # server's own words for refusals, scrubbed of the key, then clipped

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE

    def once(self, timeout: float | None = None) -> str:
        """What happened, as the predicate of 'the server at HOST ...'."""
        match self.kind:
            case "rate_limit" | "server_error":
                return f"answered {_status(self.status)}"
            case "timeout":
                return f"did not answer within {_seconds(timeout)}" if timeout else "timed out"
            case "unreachable":
                return "could not be reached"
            case "dropped":
                return "dropped the connection"
            case "truncated":
                return "sent a cut-off reply"
            case "invalid_output":
                return "returned an answer that does not fit the rubric's form"
            case "too_large":
                return f"sent {self.detail}"
            case "auth":
                return f"rejected the API key ({_status(self.status)})"
            case "not_found":
                return f"answered {_status(self.status)}"
            case _:
                detail = f": {self.detail}" if self.detail else ""
                return f"refused the request ({_status(self.status)}){detail}"

    def midway(self) -> str:
        """The same, after part of a streamed reply had arrived."""
        match self.kind:
            case "timeout":
                return "went quiet in the middle of a reply"
            case "dropped" | "unreachable":
                return "dropped the connection in the middle of a reply"
            case "truncated":
                return "sent a cut-off event in the middle of a reply"
            case "too_large":
                return self.once()
            case _:
                return f"{self.once()} in the middle of a reply"

    def repeated(self, timeout: float | None = None) -> str:
        """The same, happening on every try."""
        match self.kind:
            case "rate_limit" | "server_error":
                return f"kept answering {_status(self.status)}"
            case "timeout":
                per_try = f" ({_seconds(timeout)} per try)" if timeout else ""
                return f"kept timing out{per_try}"
            case "unreachable":
                return "could not be reached"
            case "dropped":
                return "kept dropping the connection"
            case "truncated":
                return "kept sending cut-off replies"
            case "invalid_output":
                return "kept returning answers that do not fit the rubric's form"
            case _:
                return self.once(timeout)


def classify(exc: BaseException, scrub: Callable[[str], str] = str) -> Fault | None:
    """The fault behind an exception from the SDK, or None when it is not a server fault.
    `scrub` takes the key out of the server's own words before they are clipped (clipping
    first could cut the key short of what the scrubber recognises)."""
    guarded = exc.__cause__ if isinstance(exc, openai.APIConnectionError) else exc
    if isinstance(guarded, ResponseTooLarge):
        return Fault("too_large", detail=f"a reply larger than {_size(guarded.limit)}")
    if isinstance(guarded, UnaskedEncoding):
        return Fault("too_large", detail=f"a compressed reply ({guarded.encoding}) unasked")
    if isinstance(exc, openai.APITimeoutError | TimeoutError):
        # TimeoutError: the whole try (a stream included) ran past its deadline.
        return Fault("timeout")
    if isinstance(exc, openai.APIConnectionError):
        cause = type(exc.__cause__).__name__ if exc.__cause__ else ""
        # httpx/httpx2 ConnectError and friends: nothing answered at all.
        return Fault("unreachable" if "Connect" in cause else "dropped")
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status == 429:
            return Fault("rate_limit", status, retry_after_seconds(exc.response.headers))
        if status >= 500:
            return Fault("server_error", status, retry_after_seconds(exc.response.headers))
        if status in (401, 403):
            return Fault("auth", status)
        if status == 404:
            return Fault("not_found", status)
        if status == 408:
            return Fault("timeout", status)
        body = exc.body if isinstance(exc.body, dict) else {}
        said = body.get("message") if isinstance(body.get("message"), str) else exc.message
        return Fault("refused", status, detail=_clip(scrub(str(said))))
    if isinstance(exc, json.JSONDecodeError):
        # openai 3.x lets a cut-off 200 body (or SSE event) escape as a bare JSONDecodeError.
        return Fault("truncated")
    if isinstance(exc, openai.APIResponseValidationError):
        return Fault("truncated")
    return None


def refuses_structured_output(exc: BaseException) -> bool:
    """A 400/422 about `response_format`: the server cannot do json_schema (old vLLM, some
    proxies) or rejected our schema. Either way JSON mode plus validation is the way on."""
    if not isinstance(exc, openai.BadRequestError | openai.UnprocessableEntityError):
        return False
    text = f"{exc.param or ''} {exc.code or ''} {exc.message}".lower()
    return "response_format" in text or "json_schema" in text


def retry_after_seconds(headers: object) -> float | None:
    """Seconds from `retry-after-ms` or `retry-after` (seconds or an HTTP date), if present."""
    get = getattr(headers, "get", None)
    if get is None:
        return None
    millis = get("retry-after-ms")
    if millis:
        try:
            return _bounded(float(millis) / 1000)
        except ValueError:
            pass
    value = get("retry-after")
    if not value:
        return None
    try:
        return _bounded(float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return _bounded(when.timestamp() - time.time())


def _bounded(seconds: float) -> float | None:
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _status(status: int | None) -> str:
    if status is None:
        return "an error"
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def _size(limit: int) -> str:
    if limit >= 1024 * 1024 and limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MiB"
    if limit >= 1024 and limit % 1024 == 0:
        return f"{limit // 1024} KiB"
    return f"{limit:,} bytes"


def _seconds(value: float | None) -> str:
    return f"{value:g} s" if value is not None else "the time allowed"


_SPACE = re.compile(r"\s+")


def _clip(text: str, limit: int = 160) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
