"""The headless commands' output boundary: nothing they print can drive the terminal.

Scenario titles, client lines, LLM rationales, server error text and stored records all reach
stdout and stderr. Rather than trusting every print site to remember, a command runs with both
streams (and their byte buffers, which `export` writes to) passed through `strip_controls`.
Progress bars that draw with escapes on purpose write to `unwrapped(sys.stderr)`.
"""

from __future__ import annotations

import codecs
import contextlib
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO, TextIO

from roleplay.controls import strip_controls


class _StrippedBytes:
    """A binary stream whose UTF-8 text is stripped; chunks may split a character anywhere."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")

    def write(self, data: bytes) -> int:
        text = self._decoder.decode(bytes(data))
        self._raw.write(strip_controls(text).encode("utf-8", "surrogateescape"))
        return len(data)

    def flush(self) -> None:
        self._raw.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


class StrippedText:
    """A text stream that writes `strip_controls(text)` to the stream it wraps."""

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw
        self._buffer: _StrippedBytes | None = None

    def write(self, text: str) -> int:
        self.raw.write(strip_controls(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self.raw.flush()

    @property
    def buffer(self) -> _StrippedBytes:
        if self._buffer is None:  # one decoder, so a character split across writes survives
            self._buffer = _StrippedBytes(self.raw.buffer)
        return self._buffer

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


def unwrapped(stream: Any) -> Any:
    """The stream under a `StrippedText`, for output that is escapes by design (a progress bar)."""
    return stream.raw if isinstance(stream, StrippedText) else stream


@contextlib.contextmanager
def stripped_output() -> Iterator[None]:
    """Run a command with stdout and stderr stripped of control sequences."""
    saved = sys.stdout, sys.stderr
    sys.stdout = StrippedText(unwrapped(sys.stdout))
    sys.stderr = StrippedText(unwrapped(sys.stderr))
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        sys.stdout, sys.stderr = saved
