"""Bodies a hostile or broken server sends: a trickle, an endless stream, a huge body.

Each writes straight to the socket and stops when the client hangs up (an OSError, which the
handler treats as the end) or when the server closes (Stopping), so a test never waits on them.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .models import Fault

if TYPE_CHECKING:
    from .httpd import _Handler

PIECE = 64 * 1024


def trickle(handler: _Handler, body: bytes, stream: bool, fault: Fault, fast: int = 0) -> None:
    """Headers (and the first `fast` bytes) at once, then one byte every `fault.interval` s."""
    fake = handler.server.fake
    handler.send_response(200)
    if stream:
        handler.send_header("Content-Type", "text/event-stream; charset=utf-8")
        handler.send_header("Transfer-Encoding", "chunked")
    else:
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
    handler.send_header("x-request-id", handler.request_id)
    handler.end_headers()
    if fast:
        handler.wfile.write(b"%X\r\n%s\r\n" % (fast, body[:fast]) if stream else body[:fast])
        fake._count_sent(fast)
    handler.wfile.flush()
    for index in range(fast, len(body)):
        byte = body[index : index + 1]
        # Counted before it goes: a client that has read the last byte must find it counted
        # (counting after the write raced the test reading the count).
        fake._count_sent(1)
        handler.wfile.write(b"1\r\n%s\r\n" % byte if stream else byte)
        handler.wfile.flush()
        fake._pause(fault.interval)
    if stream:
        handler.wfile.write(b"0\r\n\r\n")


def endless(handler: _Handler, stream: bool, fault: Fault) -> None:
    """A chunked body that never ends: for a stream, one content word after another (as if
    max_tokens meant nothing; with `reply=""`, empty deltas: no words, only bytes); otherwise
    a JSON completion whose content never closes."""
    fake = handler.server.fake
    handler.send_response(200)
    kind = "text/event-stream; charset=utf-8" if stream else "application/json"
    handler.send_header("Content-Type", kind)
    handler.send_header("Transfer-Encoding", "chunked")
    handler.send_header("x-request-id", handler.request_id)
    handler.end_headers()
    if stream:
        role = {"choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]}
        word: dict[str, Any] = {"choices": [{"index": 0, "delta": {"content": "and "}}]}
        if fault.reply == "":  # no words at all, and bulky: a few KB of nothing per event
            word = {"choices": [{"index": 0, "delta": {"content": ""}}], "pad": " " * 4096}
        first = b"data: " + json.dumps(role).encode() + b"\n\n"
        piece = b"data: " + json.dumps(word).encode() + b"\n\n"
    else:
        first = b'{"id":"chatcmpl-endless","object":"chat.completion","choices":[{"index":0,'
        first += b'"message":{"role":"assistant","content":"'
        piece = b"and " * 2048
    _chunk(handler, first)
    while True:
        _chunk(handler, piece)
        if fault.interval > 0:
            fake._pause(fault.interval)
        elif fake._stopping.is_set():
            return


def huge_body(handler: _Handler, stream: bool, fault: Fault) -> None:
    """A 200 that announces `fault.size` bytes and sends them (a stream: chunked, no length)."""
    fake = handler.server.fake
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream" if stream else "application/json")
    if stream:
        handler.send_header("Transfer-Encoding", "chunked")
    else:
        handler.send_header("Content-Length", str(fault.size))
    handler.send_header("x-request-id", handler.request_id)
    handler.end_headers()
    left = fault.size
    pad = b" " * PIECE
    while left > 0 and not fake._stopping.is_set():
        piece = pad[: min(PIECE, left)]
        if stream:
            _chunk(handler, piece)
        else:
            handler.wfile.write(piece)
            fake._count_sent(len(piece))
        left -= len(piece)


def _chunk(handler: _Handler, data: bytes) -> None:
    handler.wfile.write(b"%X\r\n%s\r\n" % (len(data), data))
    handler.server.fake._count_sent(len(data))
