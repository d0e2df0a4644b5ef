"""Sentences with their offsets, so every quote we show is an exact substring of the response."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# Curly quotes and dashes are normalised for matching only; offsets stay those of the original.
_TRANSLATE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2014": "-",
        "\u2013": "-",
        "\u00a0": " ",
    }
)
# A closing quote or bracket after the full stop stays with its sentence (group 1), so a quoted
# sentence ("'I used to think I hid it.' That's a lot.") keeps both its quotes.
_SENTENCE_END = re.compile(r"(?<=[.!?…])([\"')\]]*)\s+|\n+|(?<=\.\.\.)\s*(?=[A-Z])")
_ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|e\.g|i\.e|etc|vs)\.$", re.IGNORECASE)


# Casual spellings ("im", "ive", "dont") are read as their contractions.
# "im", "ive", "ill", "dont"... typed without the apostrophe; "id" only before the words that
# make it "I'd" ("id rather not", "id say"), never the word "ID".
# "ill" is "I'll" only where it is not the adjective: "she was ill", "fell ill", "mentally ill".
_ILL_ADJECTIVE_AFTER = [
    "was",
    "is",
    "am",
    "are",
    "were",
    "be",
    "been",
    "being",
    "fell",
    "feel",
    "felt",
    "get",
    "got",
    "gets",
    "getting",
    "very",
    "really",
    "too",
    "mentally",
    "seriously",
    "terminally",
    "critically",
    "chronically",
    "quite",
    "became",
    "become",
    "look",
    "looked",
    "seem",
    "seemed",
    "falls",
    "falling",
]
_NOT_ILL = "".join(f"(?<!{word} i)" for word in _ILL_ADJECTIVE_AFTER) + "".join(
    f"(?<!{word} so i)"
    for word in ["was", "is", "am", "are", "were", "been", "feel", "felt", "got", "get"]
)
_CASUAL = re.compile(
    r"\b(i)(m|ve|" + _NOT_ILL + r"ll(?! (?:health|effects?|feeling|will)\b)|"
    r"d(?= (?:rather|prefer|like|love|say|be|have|never|probably|also|really|"
    r"just|want|imagine|guess|feel|think)\b))\b|\b(don|can|didn|won|isn|wasn|couldn|doesn|haven)"
    r"(t)\b"
)


@dataclass(frozen=True)
class Sentence:
    text: str  # exact slice of the original response
    start: int
    end: int
    norm: str  # lower-cased, quotes and casual contractions normalised, for matching
    offsets: tuple[int, ...] = ()  # offsets[i]: index in `text` of norm[i] (empty: identical)

    def original(self, start: int, end: int) -> str:
        """The slice of `text` that norm[start:end] was read from."""
        if not self.offsets:
            return self.text[start:end]
        first = self.offsets[start] if start < len(self.offsets) else len(self.text)
        last = self.offsets[end - 1] + 1 if end > 0 else first
        return self.text[first:last]

    @property
    def is_question(self) -> bool:
        return "?" in self.text

    @property
    def words(self) -> int:
        return len(self.text.split())


def any_of(*patterns: str) -> re.Pattern[str]:
    r"""One compiled pattern matching any of `patterns` (each kept as its own group).

    Start every pattern with \b: before any lookbehind ("\b(?<!i )stop", not "(?<!i )\bstop"),
    and before a start anchor where the branch can only begin with a letter ("\b^no\b", the same
    as "^no\b"). When every branch starts with \b, Python's parser moves it in front of the
    alternation, so the engine tests the boundary once per position instead of trying every
    branch at every position: several times faster on a lexicon of fifty branches, with the same
    matches (zero-width assertions at one position commute). tests/test_offline_pattern_shape.py
    keeps it so.
    """
    return re.compile("|".join(f"(?:{p})" for p in patterns))


class Gated:
    """Patterns each tried only when one of its words is in the text: a plain substring test
    costs far less than trying every branch of one big alternation at every position."""

    def __init__(self, *branches: tuple[tuple[str, ...], str]) -> None:
        self.branches = [(words, re.compile(pattern)) for words, pattern in branches]
        # One pass over the text for all the words at once: most sentences have none of them.
        every = sorted({word for words, _ in branches for word in words}, key=len, reverse=True)
        self.gate = re.compile("|".join(re.escape(word) for word in every))
        # Which branches each word opens: a text that passes the gate tests each word once,
        # not each branch's words in turn (several branches share a word).
        self.opened_by: dict[str, list[int]] = {}
        for index, (words, _) in enumerate(branches):
            for word in words:
                self.opened_by.setdefault(word, []).append(index)

    def _open_branches(self, norm: str) -> list[re.Pattern[str]]:
        """The patterns of the branches one of whose words is in `norm`, in branch order."""
        if not self.gate.search(norm):
            return []
        opened: set[int] = set()
        for word, indexes in self.opened_by.items():
            if word in norm:
                opened.update(indexes)
        return [self.branches[index][1] for index in sorted(opened)]

    def finditer(self, norm: str) -> Iterator[re.Match[str]]:
        for pattern in self._open_branches(norm):
            yield from pattern.finditer(norm)

    def search(self, norm: str) -> re.Match[str] | None:
        """The first match of the first open branch that matches (as `finditer` yields them)."""
        for pattern in self._open_branches(norm):
            match = pattern.search(norm)
            if match:
                return match
        return None

    def sub(self, replacement: str, norm: str) -> str:
        # Each branch is tried on the text the branches before it left, so its words are looked
        # for there too.
        if not self.gate.search(norm):
            return norm
        for words, pattern in self.branches:
            if any(word in norm for word in words):
                norm = pattern.sub(replacement, norm)
        return norm


@lru_cache(maxsize=512)
def normalise(text: str) -> str:
    # Cached: every reader normalises the same client line again for each response.
    return normalise_with_offsets(text)[0]


def normalise_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """Lower-case, straight quotes, "im" -> "i'm"; offsets map each output char to the input."""
    base = text.translate(_TRANSLATE).lower()
    if not _CASUAL.search(base):
        return base, ()
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in _CASUAL.finditer(base):
        out.append(base[pos : match.start()])
        offsets.extend(range(pos, match.start()))
        head = match.group(1) or match.group(3)
        tail = match.group(2) or match.group(4)
        out.append(head + "'" + tail)
        offsets.extend(range(match.start(), match.start() + len(head)))
        offsets.append(match.start() + len(head))  # the apostrophe stands for the join
        offsets.extend(range(match.start() + len(head), match.end()))
        pos = match.end()
    out.append(base[pos:])
    offsets.extend(range(pos, len(base)))
    return "".join(out), tuple(offsets)


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end(1) if match.group(1) else match.start()
        piece = text[start:end]
        if _ABBREVIATIONS.search(piece.rstrip()):
            continue
        _append(out, text, start, end)
        start = match.end()
    _append(out, text, start, len(text))
    return out


# Readers look back and ahead within a sentence, so a run-on "sentence" is cut into pieces of at
# most this many characters (at a space where there is one): the work per piece is bounded and the
# whole reading stays linear in the length of the response.
MAX_SENTENCE_CHARS = 400


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _append(out, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        piece = text[start:end]
        norm, offsets = normalise_with_offsets(piece)
        out.append(Sentence(piece, start, end, norm, offsets))


def words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", normalise(text))
