"""The offline readers' alternations keep the shape that makes them fast (text.any_of).

When every branch of an alternation starts with \\b, Python's parser moves the \\b in front of
the whole alternation and the engine tests it once per position; one branch that starts with a
lookbehind or a start anchor instead makes the engine try every branch at every position
(several times slower on the big lexicons, same matches). This test reads the parsed patterns,
never a clock: an alternation whose branches mostly start with \\b must start with it in all of
them, except the few listed here, whose odd branch cannot (it starts at punctuation or inside a
word, where \\b would change what matches). Those that are searched often are built with
text.MixedAlternation, which scans the \\b-led branches apart from the others and then asks the
whole alternation where the first of them matched: the same matches, without the slow scan.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import re._parser as sre_parse  # the stdlib's own parser: what the engine will run
import sys
from pathlib import Path

import pytest

import roleplay.offline
from roleplay.offline import answer, guard
from roleplay.offline.text import MixedAlternation, any_of, split_sentences

# Branches that cannot start with \b without matching something else, left as one pattern
# (short, or read only behind a cheaper test).
MIXED_ON_PURPOSE = {
    id(answer.NEGATION): "n't sits inside a word",
    id(guard._ADDRESSED_TO_EVALUATOR): "markup such as [system] or <system>, behind its triggers",
}


def _module_values() -> dict[int, tuple[str, object]]:
    for info in pkgutil.walk_packages(roleplay.offline.__path__, "roleplay.offline."):
        importlib.import_module(info.name)
    found: dict[int, tuple[str, object]] = {}
    for name in sorted(n for n in sys.modules if n.startswith("roleplay.offline")):
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if id(value) not in found:
                found[id(value)] = (f"{name}.{attr}", value)
    return found


def _module_patterns() -> dict[int, tuple[str, re.Pattern[str]]]:
    return {
        key: (name, value)
        for key, (name, value) in _module_values().items()
        if isinstance(value, re.Pattern)
    }


def _mixed_alternations() -> list[tuple[str, MixedAlternation]]:
    return [
        (name, value)
        for name, value in _module_values().values()
        if isinstance(value, MixedAlternation)
    ]


def _branch_starts(pattern: re.Pattern[str]) -> list[bool] | None:
    """Per top-level branch, whether it starts with \\b; None if the pattern is no alternation."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    if not parsed.data or parsed.data[0][0] is not sre_parse.BRANCH:
        return None
    _, branches = parsed.data[0][1]
    return [bool(b) and b[0] == (sre_parse.AT, sre_parse.AT_BOUNDARY) for b in branches]


def test_alternations_start_every_branch_with_a_word_boundary() -> None:
    offenders = []
    for key, (name, pattern) in _module_patterns().items():
        starts = _branch_starts(pattern)
        if starts is None or not any(starts) or key in MIXED_ON_PURPOSE:
            continue
        offenders.append(f"{name}: {starts.count(False)} of {len(starts)} branches")
    assert not offenders, offenders


def test_the_listed_exceptions_are_still_mixed() -> None:
    """An exception that no longer needs listing is taken off the list."""
    patterns = _module_patterns()
    for key, why in MIXED_ON_PURPOSE.items():
        starts = _branch_starts(patterns[key][1])
        assert starts is not None and any(starts) and not all(starts), (patterns[key][0], why)


def test_a_leading_boundary_is_moved_out_only_when_every_branch_has_it() -> None:
    shared = sre_parse.parse(r"(?:\bab)|(?:\b(?<!x )cd)|(?:\b^ef)")
    assert shared.data[0] == (sre_parse.AT, sre_parse.AT_BOUNDARY)
    odd = sre_parse.parse(r"(?:\bab)|(?:(?<!x )\bcd)")
    assert odd.data[0][0] is sre_parse.BRANCH


def test_the_mixed_alternations_are_still_mixed() -> None:
    """Each MixedAlternation's whole pattern really has branches of both kinds."""
    mixed = _mixed_alternations()
    assert len(mixed) >= 6
    for name, alternation in mixed:
        starts = _branch_starts(alternation.whole)
        assert starts is not None and any(starts) and not all(starts), name


# Texts that put each kind of branch first, second, alone and together, at the start of the
# text and inside it (a sentence start after ". ", a bare "?", an ellipsis).
_PROBES = [
    "sure, why not. maybe.",
    "well. maybe.",
    "i don't mind at all",
    "do that. you should really try it? let's think about it...",
    "tell me. you need to answer me now... whatever",
    "who knows, i'd love to. of course i will",
    "what do you think of me? i'd like to hear what you make of this",
    "right now. look at me. i'm fine",
    "nothing here at all",
    "",
]


def _corpus_sentences() -> list[str]:
    # a development set's lines (no labels are read; any realistic text would do)
    root = Path(__file__).resolve().parent.parent / "bench" / "data" / "probe_dev"
    texts = []
    for path in sorted(root.glob("*.jsonl")):
        for raw in path.read_text("utf-8").splitlines():
            if raw.strip():
                row = json.loads(raw)
                texts.append(row["response"])
                texts.append(row["client_line"])
    return [s.norm for text in texts for s in split_sentences(text)] + [
        " ".join(texts[i : i + 3]).lower() for i in range(0, len(texts), 3)
    ]


def test_a_mixed_alternation_finds_what_its_whole_pattern_finds() -> None:
    texts = _PROBES + _corpus_sentences()
    matched = 0
    for name, alternation in _mixed_alternations():
        whole = alternation.whole
        for text in texts:
            fast, slow = alternation.search(text), whole.search(text)
            assert (fast and (fast.span(), fast.groups())) == (
                slow and (slow.span(), slow.groups())
            ), (name, text)
            assert [m.span() for m in alternation.finditer(text)] == [
                m.span() for m in whole.finditer(text)
            ], (name, text)
            assert alternation.sub(" ", text) == whole.sub(" ", text), (name, text)
            assert bool(alternation.match(text)) == bool(whole.match(text)), (name, text)
            matched += slow is not None
    assert matched > 50  # the texts reach the patterns, not only their misses


def test_a_mixed_alternation_needs_both_kinds_of_branch() -> None:
    with pytest.raises(ValueError):
        MixedAlternation(r"\bab", r"\bcd")
    assert MixedAlternation(r"\bab", r"\?").search("x? ab").span() == (1, 2)
    assert any_of(r"\bab", r"\?").search("x? ab").span() == (1, 2)
