"""Keep only the client's spoken words from a model's reply, as it streams.

Models playing a part add things: a name label ("Dana:"), quotation marks around the line, stage
directions ("*looks away*", "(pauses)"), and sometimes they carry on and write the therapist's
next line too. The cue is shown separately and the trainee speaks for themself, so all of that
goes. Cleaning works on the whole text so far and only ever releases a prefix that later text
cannot change, so the words streamed to the screen are exactly the words recorded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

THERAPIST_LABELS = (
    "therapist",
    "trainee",
    "counsellor",
    "counselor",
    "psychotherapist",
    "helper",
    "you",
)
# Text a label could still turn out to be: hold back this much of a line with no colon yet.
LABEL_WINDOW = 40
_QUOTES = '"\u201c\u201d\u00ab\u00bb'
_ASIDES = re.compile(r"\*[^*]*\*|\([^()]*\)|\[[^\[\]]*\]")
_OPENERS = {"*": "*", "(": ")", "[": "]"}
_SPACE = re.compile(r"\s+")


def _label(names: Iterable[str]) -> str:
    alternatives = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n)
    return r"[ \t]*[*_]{0,2}(?:" + alternatives + r")[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*"


class ReplyCleaner:
    """Feed the pieces of a streamed reply; get back the cleaned pieces to show and keep."""

    def __init__(self, client_names: Iterable[str]) -> None:
        names = [n.strip() for n in client_names if n and n.strip()]
        self._client = re.compile(r"(?im)^" + _label([*names, "client"]))
        self._therapist = re.compile(r"(?im)^" + _label(THERAPIST_LABELS))
        self._raw = ""
        self._sent = ""
        self.done = False  # the model began writing someone else's line: stop reading

    def feed(self, piece: str) -> str:
        self._raw += piece
        return self._release(final=False)

    def finish(self) -> str:
        return self._release(final=True)

    @property
    def text(self) -> str:
        return self._sent

    def _release(self, final: bool) -> str:
        cleaned = self.clean(self._raw, final=final)
        if not cleaned.startswith(self._sent):  # pragma: no cover - held-back text prevents it
            return ""
        piece, self._sent = cleaned[len(self._sent) :], cleaned
        return piece

    def clean(self, raw: str, *, final: bool = True) -> str:
        text = raw
        cut = self._therapist.search(text)
        if cut:
            text, self.done, final = text[: cut.start()], True, True
        if not final:
            text = _settled(text)
        text = self._client.sub("", text)
        text = _ASIDES.sub(" ", text)
        text = _SPACE.sub(" ", text).strip()
        opened = text[:1] in _QUOTES and bool(text[:1])
        if opened:
            text = text[1:].lstrip()
        if not final:
            return text.rstrip(_QUOTES + " ")
        text = "".join(ch for ch in text if ch not in _OPENERS and ch not in ")]")
        if opened:
            text = text.rstrip(" ").rstrip(_QUOTES)
        return _SPACE.sub(" ", text).strip()


def _settled(text: str) -> str:
    """The part of unfinished text that more text cannot change the cleaning of."""
    last_line = text.rfind("\n") + 1
    tail = text[last_line:]
    if ":" not in tail and len(tail) < LABEL_WINDOW:
        text = text[:last_line]  # this line may yet turn out to start with a label
    depth_at = _open_aside(text)
    if depth_at is not None:
        text = text[:depth_at]  # an aside is open: wait for it to close
    return text


def _open_aside(text: str) -> int | None:
    """Where an unclosed *...*, (...) or [...] begins, if one does."""
    closing: str | None = None
    start = None
    for i, ch in enumerate(text):
        if closing is None and ch in _OPENERS:
            closing, start = _OPENERS[ch], i
        elif closing is not None and ch == closing:
            closing, start = None, None
    return start
