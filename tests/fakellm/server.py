"""FakeLLM: a real OpenAI-compatible HTTP server on 127.0.0.1 for tests, with fault injection.

The app under test talks to it through the real `openai` SDK and HTTP stack, so retries,
timeouts and SSE parsing are exercised for real, without the network or monkeypatching.
"""

from __future__ import annotations

import json
import random
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from .httpd import FakeHTTPServer, Stopping
from .models import Answer, Fault, Handler, RecordedRequest, Reply, RouteAnswer, Stats

DEFAULT_TEXT = "Hello from the fake model."
DEFAULT_MODEL = "fake-model"
KEY_ECHO = "{authorization}"


def to_reply(answer: Reply | str | dict[str, Any]) -> Reply:
    """Plain text becomes a Reply; a dict becomes JSON text, handy for judge answers."""
    if isinstance(answer, Reply):
        return answer
    if isinstance(answer, dict):
        return Reply(json.dumps(answer))
    return Reply(answer)


@dataclass
class _Route:
    predicate: Callable[[RecordedRequest], bool]
    answer: Answer | Handler
    queue: deque[Answer | Handler] | None


class FakeLLM:
    """An OpenAI Chat Completions server for tests: `with FakeLLM() as llm: ...llm.base_url`.

    Answers come from `handler(request)`; the default handler tries routes (`route`), then the
    script (`script`), then the default reply (`reply_with`). Faults come first: `faults` (a
    queue, one per chat request), then `fault_rate` (seeded by `seed`), then a handler may
    return a `Fault` itself. All attributes may be changed while the server runs.
    """

    def __init__(
        self,
        *,
        reply: Reply | str | dict[str, Any] = DEFAULT_TEXT,
        models: tuple[str, ...] = (DEFAULT_MODEL,),
        latency: float = 0.0,
        chunk_words: int = 1,
        chunk_delay: float = 0.0,
        seed: int = 0,
    ) -> None:
        self.default_reply = to_reply(reply)
        self.models = list(models)
        self.latency = latency  # seconds before the first byte of every response
        self.chunk_words = chunk_words  # words per streamed content chunk
        self.chunk_delay = chunk_delay  # seconds between streamed events
        # Refuse json_schema requests: True answers 400 naming response_format (old vLLM); a
        # status answers every one with it and no reason (500: llama-cpp-python's server).
        self.refuse_json_schema: bool | int = False
        self.handler: Handler = self.default_handler
        self.faults: deque[Fault] = deque()
        self.fault_rate = 0.0
        self.random_faults: list[Fault] = [
            Fault("rate_limit", retry_after=0.01),
            Fault("server_error"),
            Fault("hang_up"),
        ]
        self.handler_errors: list[Exception] = []
        # Key echo: KEY_ECHO in a reply or an error message becomes the Authorization header the
        # request carried, and every response carries it in x-request-id (which the SDK logs).
        self.echo_key = False
        self.extra_headers: dict[str, str] = {}  # sent with every response, e.g. an encoding
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._seed = seed
        self._rng = random.Random(seed)
        self._script: deque[Answer | Handler] = deque()
        self._routes: list[_Route] = []
        self._requests: list[RecordedRequest] = []
        self._stats = Stats()
        self._stopping = threading.Event()
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._server: FakeHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> FakeLLM:
        """Bind an ephemeral port and serve from a background thread; returns self."""
        if self._server is None:
            self._stopping.clear()
            self._server = FakeHTTPServer(self)
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.02},
                name=f"fakellm:{self.port}",
                daemon=True,
            )
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop promptly: wake sleeping requests, stop accepting, drop open connections."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self._stopping.set()
        server.shutdown()
        server.server_close()
        with self._lock:
            connections = dict(self._connections)
        for conn in connections:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + 2.0
        for worker in (thread, *connections.values()):
            worker.join(max(0.0, deadline - time.monotonic()))
        self._server = self._thread = None

    def __enter__(self) -> FakeLLM:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeLLM is not running; use start() or `with FakeLLM()`")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # -- configuring answers ---------------------------------------------------------------

    @property
    def seed(self) -> int:
        return self._seed

    @seed.setter
    def seed(self, value: int) -> None:
        with self._lock:
            self._seed = value
            self._rng = random.Random(value)

    def reply_with(self, answer: Reply | str | dict[str, Any]) -> None:
        """Set the fallback reply used once routes and the script have nothing to say."""
        self.default_reply = to_reply(answer)

    def script(self, answers: list[Answer | Handler]) -> None:
        """Queue answers for the next chat requests, in order; then the default applies."""
        with self._lock:
            self._script.extend(answers)

    def route(self, predicate: Callable[[RecordedRequest], bool], answer: RouteAnswer) -> None:
        """Answer matching requests with `answer`; a list is consumed in order, after which
        the route stops matching. Earlier routes win. E.g. `llm.route(lambda r: r.wants_json,
        {"score": 3})` for judge calls and `llm.route(lambda r: r.stream, "Hi")` for chat."""
        queue = deque(answer) if isinstance(answer, list) else None
        with self._lock:
            self._routes.append(_Route(predicate, answer, queue))

    def reset(self) -> None:
        """Forget requests, stats, queued faults, scripts and routes (for shared fixtures)."""
        with self._lock:
            self._requests.clear()
            self._stats = Stats()
            self._script.clear()
            self._routes.clear()
            self._rng = random.Random(self._seed)
        self.faults.clear()
        self.handler_errors.clear()
        self.extra_headers.clear()
        self.echo_key = False
        self.handler = self.default_handler

    def default_handler(self, request: RecordedRequest) -> Answer:
        """Routes, then the script, then the default reply."""
        with self._lock:
            routes = list(self._routes)
        for route in routes:
            if not route.predicate(request):
                continue
            if route.queue is None:
                return self._resolve(route.answer, request)
            with self._lock:
                item = route.queue.popleft() if route.queue else None
            if item is not None:
                return self._resolve(item, request)
        with self._lock:
            item = self._script.popleft() if self._script else None
        return self.default_reply if item is None else self._resolve(item, request)

    @staticmethod
    def _resolve(item: Answer | Handler, request: RecordedRequest) -> Answer:
        return item(request) if callable(item) else item

    # -- observing -------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received, in arrival order."""
        with self._lock:
            return list(self._requests)

    @property
    def last_request(self) -> RecordedRequest:
        with self._lock:
            if not self._requests:
                raise LookupError("FakeLLM has not received any request yet")
            return self._requests[-1]

    @property
    def stats(self) -> Stats:
        """A snapshot: requests received, chat completions completed, faults by kind."""
        with self._lock:
            return self._stats.copy()

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> list[RecordedRequest]:
        """Block until `count` requests arrived (from async tests: `asyncio.to_thread`)."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self._requests) >= count, timeout):
                raise TimeoutError(f"FakeLLM got {len(self._requests)} of {count} requests")
            return list(self._requests)

    def wait_for_faults(self, kind: str, count: int, timeout: float = 60.0) -> None:
        """Block until `count` faults of `kind` were served: a client that gave up first (a
        timeout on a loaded machine) may do so before the request thread reaches the fault."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: self._stats.faults[kind] >= count, timeout):
                raise TimeoutError(f"FakeLLM served {self._stats.faults[kind]} of {count} {kind}")

    # -- called from request threads -------------------------------------------------------

    def _record(self, request: RecordedRequest) -> int:
        with self._lock:
            self._requests.append(request)
            self._stats.requests += 1
            self._arrived.notify_all()
            return self._stats.requests

    def _track(self, conn: socket.socket, add: bool) -> None:
        with self._lock:
            if add:
                self._connections[conn] = threading.current_thread()
            else:
                self._connections.pop(conn, None)

    def _pause(self, seconds: float) -> None:
        """Sleep that close() interrupts, so shutdown never waits for latency or stalls."""
        if self._stopping.wait(max(0.0, seconds)):
            raise Stopping

    def _next_fault(self) -> Fault | None:
        with self._lock:
            if self.faults:
                return self.faults.popleft()
            if self.fault_rate > 0 and self.random_faults and self._rng.random() < self.fault_rate:
                return self._rng.choice(self.random_faults)
        return None

    def _answer(self, request: RecordedRequest) -> Reply | Fault:
        answer = self.handler(request)
        return answer if isinstance(answer, Fault) else to_reply(answer)

    def _fault_reply(self, request: RecordedRequest, fault: Fault, *, ask_handler: bool) -> Reply:
        """Words for faults that send some: the fault's own, else the handler's if it was not
        asked yet, else the default reply."""
        if fault.reply is not None:
            return to_reply(fault.reply)
        if ask_handler:
            try:
                answer = self._answer(request)
            except Exception as exc:
                self.handler_errors.append(exc)
            else:
                if isinstance(answer, Reply):
                    return answer
        return self.default_reply

    def _count_fault(self, kind: str) -> None:
        with self._lock:
            self._stats.faults[kind] += 1
            self._arrived.notify_all()

    def _count_sent(self, size: int) -> None:
        with self._lock:
            self._stats.hostile_bytes += size

    def echoed(self, text: str, request: RecordedRequest) -> str:
        """`text` with KEY_ECHO replaced by the Authorization header received, when echo_key."""
        if not self.echo_key or KEY_ECHO not in text:
            return text
        return text.replace(KEY_ECHO, request.authorization or "")

    def _count_completed(self) -> None:
        with self._lock:
            self._stats.completed += 1
