"""Bounds on what a server may send back: every response body passes through here.

The SDK reads whatever a server sends; a hostile or broken one can send a body of gigabytes, a
stream that never ends, or a compressed body that unpacks to far more than it weighs. Hooks on
the HTTP client (which keep the SDK's own transport, proxies included) ask for uncompressed
bodies, refuse a declared length or an encoding past what was asked for, and stop reading a body
once it passes the cap, so memory stays bounded whatever arrives.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx2

IDENTITY = "identity"


class ResponseTooLarge(Exception):
    """The server sent (or announced) more than `limit` bytes for one response."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"response larger than {limit} bytes")
        self.limit = limit


class UnaskedEncoding(Exception):
    """The server compressed a body it was asked to send plain (its size could not be bounded)."""

    def __init__(self, encoding: str) -> None:
        super().__init__(f"response encoded as {encoding!r}")
        self.encoding = encoding


class CappedStream(httpx2.AsyncByteStream):
    """A response body read only up to `limit` bytes; past it, reading stops with an error."""

    def __init__(self, inner: httpx2.AsyncByteStream, limit: int) -> None:
        self._inner = inner
        self._limit = limit

    async def __aiter__(self) -> AsyncIterator[bytes]:
        seen = 0
        async for chunk in self._inner:
            seen += len(chunk)
            if seen > self._limit:
                raise ResponseTooLarge(self._limit)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def guarded_hooks(
    max_bytes: int, scrub: Callable[[str], str]
) -> dict[str, list[Callable[..., object]]]:
    """Event hooks for an httpx2 client: uncompressed bodies of at most `max_bytes`, and
    response headers with `scrub` applied (a server echoing the key in a header would put it
    into the SDK's debug log)."""

    async def on_request(request: httpx2.Request) -> None:
        request.headers["Accept-Encoding"] = IDENTITY

    async def on_response(response: httpx2.Response) -> None:
        declared = response.headers.get("content-length", "")
        if declared.strip().isdigit() and int(declared) > max_bytes:
            raise ResponseTooLarge(max_bytes)
        encoding = response.headers.get("content-encoding", IDENTITY).strip().lower()
        if encoding not in ("", IDENTITY):
            raise UnaskedEncoding(encoding)
        items = response.headers.multi_items()
        clean = [(name, scrub(value)) for name, value in items]
        if clean != items:
            response.headers = httpx2.Headers(clean)
        response.stream = CappedStream(response.stream, max_bytes)  # type: ignore[arg-type]

    return {"request": [on_request], "response": [on_response]}
