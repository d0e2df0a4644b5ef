"""text.py's shortcuts give what the patterns they stand before would give.

normalise_with_offsets asks _CASUAL only where _CASUAL_WORD finds one of its words, and
split_sentences asks _ABBREVIATIONS only about a piece's last four characters. Both are checked
against the plain searches over the probe texts and the corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

from roleplay.offline.text import (
    _ABBREVIATIONS,
    _CASUAL,
    _CASUAL_WORD,
    _ends_with_abbreviation,
    normalise_with_offsets,
)

REPO = Path(__file__).resolve().parent.parent

_TEXTS = [
    "im fine, ive been worse and ill be ok. id rather not. dont, cant, didnt, wont",
    "she was ill. i feel ill. id card. i'm fine. don't",
    "Mr. Smith and Mrs. Jones, e.g. this one. Dr. No. etc. vs. St.",
    "Ms.",
    "rs.",
    "",
]


def _texts() -> list[str]:
    texts = list(_TEXTS)
    paths = sorted((REPO / "bench" / "data" / "probe_dev").glob("*.jsonl"))
    paths += sorted((REPO / "corpus").glob("*.jsonl"))[::4]
    for path in paths:
        for raw in path.read_text("utf-8").splitlines():
            if raw.strip():
                row = json.loads(raw)
                texts.extend(row.get(key) or "" for key in ("response", "client_line"))
    return texts


def test_casual_spellings_are_found_only_where_their_words_are() -> None:
    casual = 0
    for text in _texts():
        base = text.lower().replace("\u2019", "'")
        if _CASUAL.search(base):
            casual += 1
            assert _CASUAL_WORD.search(base), base
    assert casual > 20  # the texts reach the pattern


def test_normalising_casual_spellings() -> None:
    assert normalise_with_offsets("Im sure ill manage") == (
        "i'm sure i'll manage",
        (0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 16, 17),
    )
    assert normalise_with_offsets("She was ill.") == ("she was ill.", ())


def test_an_abbreviation_is_looked_for_at_the_end_only() -> None:
    found = 0
    for text in _texts():
        for end in range(len(text) + 1):
            if text[end - 1 : end] == "." or end == len(text):
                piece = text[:end].rstrip()
                expected = bool(_ABBREVIATIONS.search(piece))
                assert _ends_with_abbreviation(piece) == expected, piece[-20:]
                found += expected
    assert found > 5
