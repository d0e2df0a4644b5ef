"""Value types shared by the fake server and the tests that drive it (no I/O here)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias, get_args

FaultKind = Literal[
    "rate_limit",
    "server_error",
    "hang_up",
    "truncated_json",
    "truncated_content",
    "stall",
    "timeout",
    "trickle",  # headers, then the body one byte at a time, `interval` apart
    "endless",  # a body that never ends: SSE words forever (ignoring max_tokens), or JSON
    "huge_body",  # a 200 announcing `size` bytes (Content-Length) and sending them
]
FAULT_KINDS: frozenset[str] = frozenset(get_args(FaultKind))


@dataclass(frozen=True)
class Reply:
    """What the fake model answers; `usage=None` means "count words as tokens"."""

    content: str
    finish_reason: str = "stop"
    usage: dict[str, int] | None = None


@dataclass(frozen=True)
class Fault:
    """One injected failure, so retry and error paths can be tested deterministically.

    - `status`: HTTP status for `rate_limit` (default 429) and `server_error` (default 500;
      any status works, e.g. 502, 503, or 401 to look like a rejected key).
    - `retry_after`: seconds for the `Retry-After` header of `rate_limit` (None: no header).
    - `after_chunks`: for streaming requests, content chunks sent before `hang_up` drops the
      socket or `stall` goes quiet; 0 means before the status line.
    - `duration`: how long `stall`/`timeout` waits; `close()` interrupts it. If it runs out,
      the full reply follows, so a short stall is just one slow response.
    - `reply`: content for faults that send words (truncated_*, mid-stream hang_up/stall);
      None asks the handler, as a normal request would.
    - `interval`: seconds between bytes for `trickle`, between events for `endless` (0: as
      fast as the socket takes them).
    - `size`: bytes announced and sent by `huge_body`.
    """

    kind: FaultKind
    status: int | None = None
    retry_after: float | None = 1.0
    after_chunks: int = 0
    duration: float = 30.0
    message: str | None = None
    reply: Reply | str | dict[str, Any] | None = None
    interval: float = 1.0
    size: int = 2 * 1024**3

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {FAULT_KINDS}")


class Headers(dict[str, str]):
    """HTTP header names are case-insensitive, so keys are stored and looked up lower-case."""

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__()
        for name, value in items:
            key = name.lower()
            self[key] = f"{self[key]}, {value}" if key in self else value

    def __setitem__(self, key: str, value: str) -> None:
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key: str) -> str:
        return super().__getitem__(key.lower())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(key.lower())

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        return super().get(key.lower(), default)


def text_of(content: Any) -> str:
    """Message content is a string or a list of typed parts; tests want the text either way."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [p.get("text", "") for p in content if isinstance(p, dict)]
        return "".join(p for p in parts if isinstance(p, str))
    return ""


@dataclass(frozen=True)
class RecordedRequest:
    """One HTTP request as the server saw it; `received_at` is `time.monotonic()`."""

    method: str
    path: str
    headers: Headers
    json: Any
    received_at: float
    query: str = ""

    @property
    def body(self) -> dict[str, Any]:
        """The JSON body if it is an object, else empty, so properties never raise."""
        return self.json if isinstance(self.json, dict) else {}

    @property
    def authorization(self) -> str | None:
        return self.headers.get("authorization")

    @property
    def model(self) -> str | None:
        model = self.body.get("model")
        return model if isinstance(model, str) else None

    @property
    def messages(self) -> list[dict[str, Any]]:
        messages = self.body.get("messages")
        return [m for m in messages if isinstance(m, dict)] if isinstance(messages, list) else []

    @property
    def stream(self) -> bool:
        return self.body.get("stream") is True

    @property
    def response_format(self) -> dict[str, Any] | None:
        fmt = self.body.get("response_format")
        return fmt if isinstance(fmt, dict) else None

    @property
    def wants_json(self) -> bool:
        """True for judge-style requests (json_object or json_schema response_format)."""
        fmt = self.response_format or {}
        return fmt.get("type") in ("json_object", "json_schema")

    @property
    def json_schema(self) -> dict[str, Any] | None:
        """The `schema` of a json_schema response_format, so handlers can answer to match."""
        fmt = self.response_format or {}
        spec = fmt.get("json_schema") if fmt.get("type") == "json_schema" else None
        schema = spec.get("schema") if isinstance(spec, dict) else None
        return schema if isinstance(schema, dict) else None

    def texts(self, role: str) -> list[str]:
        """The text of every message with this role, in order."""
        return [text_of(m.get("content")) for m in self.messages if m.get("role") == role]

    @property
    def last_user_text(self) -> str:
        users = self.texts("user")
        return users[-1] if users else ""


Answer: TypeAlias = Reply | str | dict[str, Any] | Fault
"""A handler's result: a Reply, plain text, a dict (sent as JSON text), or a Fault."""
Handler: TypeAlias = Callable[[RecordedRequest], Answer]
RouteAnswer: TypeAlias = Answer | Handler | list[Answer | Handler]


@dataclass
class Stats:
    """Counters; `completed` counts chat requests answered without a fault.

    Every counter is updated before the response's first byte is written, so a client that
    has its response always sees it counted.
    """

    requests: int = 0
    completed: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    hostile_bytes: int = 0  # body bytes written by trickle/endless/huge_body (what got out)

    def copy(self) -> Stats:
        return Stats(self.requests, self.completed, Counter(self.faults), self.hostile_bytes)
