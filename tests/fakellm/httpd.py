"""The HTTP side of FakeLLM: stdlib threads writing OpenAI responses, faults and all.

One thread per connection keeps latency sleeps concurrent and leaves the test's event loop
alone. Bodies are written by hand (Content-Length or chunked) so faults can cut them anywhere.
"""

from __future__ import annotations

import json
import socketserver
import sys
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from . import hostile
from .models import Fault, Headers, RecordedRequest, Reply
from .wire import SSE_DONE, Completion, dumps, error_body, models_body, sse_event, validate_chat

if TYPE_CHECKING:
    from .server import FakeLLM

CHAT_PATH = "/v1/chat/completions"
MODELS_PATH = "/v1/models"
_STALLS = ("stall", "timeout")
_HOSTILE = ("trickle", "endless", "huge_body")


class Stopping(Exception):
    """Raised inside a request thread when close() interrupts a sleep: drop the connection."""


def format_seconds(value: float) -> str:
    """Whole seconds as "2", fractions as "0.05" (the SDK accepts non-standard floats)."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class FakeHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer bound to 127.0.0.1:0, with a deep accept backlog for bursts."""

    daemon_threads = True
    block_on_close = False
    request_queue_size = 128

    def __init__(self, fake: FakeLLM) -> None:
        self.fake = fake
        super().__init__(("127.0.0.1", 0), _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS lookup (getfqdn) that can stall offline.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return  # clients hang up, time out, or close() shut the socket: all expected
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive and chunked streaming, like real servers
    disable_nagle_algorithm = True  # small SSE writes must not wait for delayed ACKs
    server: FakeHTTPServer
    number = 0
    request_id = ""

    def setup(self) -> None:
        super().setup()
        self.server.fake._track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.fake._track(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:
        """Silence per-request logging; tests assert on `FakeLLM.requests` instead."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    do_PUT = do_DELETE = do_PATCH = do_POST

    def _serve(self) -> None:
        fake = self.server.fake
        url = urlsplit(self.path)
        raw = self._read_body()
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        headers = Headers(self.headers.items())
        now = time.monotonic()
        request = RecordedRequest(self.command, url.path, headers, body, now, url.query)
        self.number = fake._record(request)
        self.request_id = f"req_fake{self.number:06d}"
        if fake.echo_key:  # a server that repeats what it was sent, in a header the SDK logs
            self.request_id += f" {request.authorization}"
        route = url.path.rstrip("/")
        try:
            if self.command == "POST" and route == CHAT_PATH:
                self._chat(request)
            elif self.command == "GET" and route == MODELS_PATH:
                fake._pause(fake.latency)
                self._send(200, models_body(list(fake.models)))
            else:
                fake._pause(fake.latency)
                message = f"Invalid URL ({self.command} {url.path})"
                self._send(404, error_body(message, "invalid_request_error", "unknown_url"))
        except (Stopping, OSError):
            self.close_connection = True

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            parts = []
            while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(parts)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _chat(self, request: RecordedRequest) -> None:
        """Faults first (they model the proxy/rate limiter in front), then validation, then
        the handler."""
        fake = self.server.fake
        fault = fake._next_fault()
        answer: Reply | Fault | None = None
        asked = fault is None  # faults from the queue or the rate never consulted the handler
        if asked:
            error = validate_chat(request, fake.refuse_json_schema)
            if error is not None:
                fake._pause(fake.latency)
                self._send(*error)
                return
            try:
                answer = fake._answer(request)
            except Exception as exc:
                fake.handler_errors.append(exc)
                fake._pause(fake.latency)
                self._send(500, error_body(f"fakellm handler raised {exc!r}", "fakellm", None))
                return
            if isinstance(answer, Fault):
                fault, answer = answer, None
        fake._pause(fake.latency)
        if fault is not None:
            fake._count_fault(fault.kind)
            self._fault(request, fault, ask_handler=not asked)
            return
        assert isinstance(answer, Reply)
        fake._count_completed()  # before writing, so a client holding the reply sees it counted
        self._reply(request, answer, None)

    def _fault(self, request: RecordedRequest, fault: Fault, *, ask_handler: bool) -> None:
        fake = self.server.fake
        streaming_cut = request.stream and fault.after_chunks > 0
        if fault.kind in _HOSTILE:
            self.close_connection = True
            if fault.kind == "endless":
                hostile.endless(self, request.stream, fault)
            elif fault.kind == "huge_body":
                hostile.huge_body(self, request.stream, fault)
            else:
                reply = fake._fault_reply(request, fault, ask_handler=ask_handler)
                completion = Completion(request, reply, self.number)
                fast = 0  # bytes sent at full speed first: the role and `after_chunks` events
                if request.stream:
                    chunks = completion.stream_chunks(fake.chunk_words)
                    events = [sse_event(dumps(c)) for c in chunks] + [SSE_DONE]
                    body = b"".join(events)
                    if fault.after_chunks:
                        fast = len(b"".join(events[: 1 + fault.after_chunks]))
                else:
                    body = completion.body()
                hostile.trickle(self, body, request.stream, fault, fast)
            return
        if fault.kind == "rate_limit":
            headers = {}
            if fault.retry_after is not None:
                headers["Retry-After"] = format_seconds(fault.retry_after)
            message = fake.echoed(fault.message or "Rate limit reached for requests", request)
            body = error_body(message, "requests", "rate_limit_exceeded")
            self._send(fault.status or 429, body, headers)
            return
        if fault.kind == "server_error":
            message = fake.echoed(
                fault.message or "The server had an error while processing your request.", request
            )
            self._send(fault.status or 500, error_body(message, "server_error", "server_error"))
            return
        if fault.kind == "hang_up" and not streaming_cut:
            self.close_connection = True  # nothing written: the client sees EOF
            return
        if fault.kind in _STALLS and not streaming_cut:
            fake._pause(fault.duration)
        reply = fake._fault_reply(request, fault, ask_handler=ask_handler)
        if fault.kind == "truncated_content":
            reply = replace(reply, content=reply.content[: len(reply.content) // 2])
        self._reply(request, reply, fault)

    def _reply(self, request: RecordedRequest, reply: Reply, fault: Fault | None) -> None:
        reply = replace(reply, content=self.server.fake.echoed(reply.content, request))
        completion = Completion(request, reply, self.number)
        if not request.stream:
            body = completion.body()
            if fault is not None and fault.kind == "truncated_json":
                body = body[: len(body) // 2]  # Content-Length matches: a clean, short 200
            self._send(200, body)
            return
        chunks = completion.stream_chunks(self.server.fake.chunk_words)
        events = [sse_event(dumps(chunk)) for chunk in chunks] + [SSE_DONE]
        cut_at = len(events)  # index of the event before which the fault strikes
        if fault is not None and fault.kind == "truncated_json":
            middle = 1 + (len(chunks) - 2) // 2
            data = dumps(chunks[middle])
            events = [*events[:middle], sse_event(data[: len(data) // 2]), SSE_DONE]
        elif fault is not None and fault.kind in ("hang_up", *_STALLS):
            cut_at = min(1 + fault.after_chunks, len(events) - 1)
        self._stream(events, fault, cut_at)

    def _stream(self, events: list[bytes], fault: Fault | None, cut_at: int) -> None:
        fake = self.server.fake
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("x-request-id", self.request_id)
        self._extra_headers()
        self.end_headers()
        for index, event in enumerate(events):
            if index == cut_at and fault is not None:
                if fault.kind == "hang_up":
                    self.close_connection = True  # unterminated chunked body: a broken stream
                    return
                fake._pause(fault.duration)
            elif index:
                fake._pause(fake.chunk_delay)
            self.wfile.write(b"%X\r\n%s\r\n" % (len(event), event))
        self.wfile.write(b"0\r\n\r\n")

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-request-id", self.request_id)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self._extra_headers()
        self.end_headers()
        self.wfile.write(body)

    def _extra_headers(self) -> None:
        for name, value in self.server.fake.extra_headers.items():
            self.send_header(name, value)
