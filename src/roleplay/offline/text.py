"""Sentences with their offsets, so every quote we show is an exact substring of the response."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from roleplay.offline.first_letter import by_first_letter

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
    # (its branches grouped by first letter: the same matches, fewer branches tried; see
    # first_letter.py)
    return re.compile(by_first_letter("|".join(f"(?:{p})" for p in patterns)))


class MixedAlternation:
    r"""An alternation some of whose branches cannot start with \b (a sentence start inside the
    text, a bare "?", markup such as "[system"), searched as fast as one whose branches all do.

    The branches that start with \b are compiled together (the boundary is tested once per
    position), the others apart; the earlier of their first matches is where the whole
    alternation first matches, and the whole is asked there. So every match, group and quote is
    the whole alternation's own; only the scan for where to look is cheaper. Lookbehinds and \b
    still see the text before the start position (re's `pos` is not a slice).
    """

    def __init__(self, *patterns: str) -> None:
        self.whole = any_of(*patterns)
        self.pattern = self.whole.pattern
        led = [p for p in patterns if p.startswith(r"\b")]
        others = [p for p in patterns if not p.startswith(r"\b")]
        if not led or not others:
            raise ValueError("a mixed alternation needs branches of both kinds; use any_of")
        self._scans = (any_of(*led), any_of(*others))

    def _first_start(self, text: str) -> int | None:
        starts = [m.start() for scan in self._scans if (m := scan.search(text))]
        return min(starts) if starts else None

    def search(self, text: str) -> re.Match[str] | None:
        start = self._first_start(text)
        return None if start is None else self.whole.search(text, start)

    def match(self, text: str) -> re.Match[str] | None:
        return self.whole.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        start = self._first_start(text)
        return iter(()) if start is None else self.whole.finditer(text, start)

    def sub(self, replacement: str, text: str) -> str:
        return text if self._first_start(text) is None else self.whole.sub(replacement, text)


class Gated:
    """Patterns each tried only when one of its words is in the text: a plain substring test
    costs far less than trying every branch of one big alternation at every position."""

    def __init__(self, *branches: tuple[tuple[str, ...], str]) -> None:
        self.branches = [(words, any_of(pattern)) for words, pattern in branches]
        # Which branches each word opens: each word is looked for once, not once per branch
        # that needs it (several branches share a word).
        self.opened_by: dict[str, list[int]] = {}
        for index, (words, _) in enumerate(branches):
            for word in words:
                self.opened_by.setdefault(word, []).append(index)
        self.words = tuple(self.opened_by)
        # Whether any word is in the text at all (most texts hold none): with many words, one
        # search of them as a tree of their letters is cheaper than a test per word.
        self.any_word = re.compile(_letter_tree(self.words)) if len(self.words) >= 16 else None

    def _open_branches(self, norm: str) -> list[re.Pattern[str]]:
        """The patterns of the branches one of whose words is in `norm`, in branch order."""
        if self.any_word is not None and not self.any_word.search(norm):
            return []
        # Plain substring tests, one per word: measured faster than one alternation of all the
        # words (bench/bench_judge.py), since most words are short and common letters open it.
        found = [word for word in self.words if word in norm]
        if not found:
            return []
        opened = {index for word in found for index in self.opened_by[word]}
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
        for words, pattern in self.branches:
            if any(word in norm for word in words):
                norm = pattern.sub(replacement, norm)
        return norm


def _letter_tree(words: tuple[str, ...]) -> str:
    """A pattern that matches where one of `words` starts: the words' letters as a tree ("sa(?:me|
    fe)"), ending where a word ends (what follows it does not matter)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _branch_of(tree)


def _branch_of(node: dict[str, dict]) -> str:
    if "" in node:
        return ""
    branches = [re.escape(letter) + _branch_of(child) for letter, child in node.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# Anything a reader searches sentences with: a compiled pattern, or one of the faster forms above.
Findable = re.Pattern[str] | Gated | MixedAlternation


# What every match of _CASUAL holds, without its lookarounds and groups: most text has none of
# these words, and this rare-lettered alternation says so in a fraction of _CASUAL's time.
_CASUAL_WORD = any_of(
    r"\bi(?:m|ve|ll|d)\b", r"\b(?:don|can|didn|won|isn|wasn|couldn|doesn|haven)t\b"
)


@lru_cache(maxsize=512)
def normalise(text: str) -> str:
    # Cached: every reader normalises the same client line again for each response.
    return normalise_with_offsets(text)[0]


def normalise_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """Lower-case, straight quotes, "im" -> "i'm"; offsets map each output char to the input."""
    base = text.translate(_TRANSLATE).lower()
    if not _CASUAL_WORD.search(base) or not _CASUAL.search(base):
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
        if _ends_with_abbreviation(piece.rstrip()):
            continue
        _append(out, text, start, end)
        start = match.end()
    _append(out, text, start, len(text))
    return out


def _ends_with_abbreviation(piece: str) -> bool:
    # A match ends the piece and is at most four characters long ("Mrs.", "e.g."): searched from
    # there (\b still sees the character before), the long piece is not scanned.
    return bool(_ABBREVIATIONS.search(piece, max(0, len(piece) - 4)))


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
