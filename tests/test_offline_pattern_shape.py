"""The offline readers' alternations keep the shape that makes them fast (text.any_of).

When every branch of an alternation starts with \\b, Python's parser moves the \\b in front of
the whole alternation and the engine tests it once per position; one branch that starts with a
lookbehind or a start anchor instead makes the engine try every branch at every position
(several times slower on the big lexicons, same matches). This test reads the parsed patterns,
never a clock: an alternation whose branches mostly start with \\b must start with it in all of
them, except the few listed here, whose odd branch cannot (it starts at punctuation or inside a
word, where \\b would change what matches).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import re._parser as sre_parse  # the stdlib's own parser: what the engine will run
import sys

import roleplay.offline
from roleplay.offline import answer, boundary_words, cues, guard
from roleplay.offline.lexicon import disclosure, relationship

# Branches that cannot start with \b without matching something else.
MIXED_ON_PURPOSE = {
    id(answer.NEGATION): "n't sits inside a word",
    id(boundary_words.ACCEPTS): "'(?:^|[.!?] )sure': a sentence start inside the text",
    id(boundary_words.RETURNS): "a bare question mark",
    id(cues.WITHDRAWAL): "an ellipsis",
    id(guard._ADDRESSED_TO_EVALUATOR): "markup such as [system] or <system>",
    id(disclosure.ADVICE): "'(?:^|[.!?] )do that': a sentence start inside the text",
    id(relationship.DEMANDING): "'(?:^|[.!?] )tell me': a sentence start inside the text",
    id(relationship.INVITES_VIEW): "a bare question mark",
}


def _module_patterns() -> dict[int, tuple[str, re.Pattern[str]]]:
    for info in pkgutil.walk_packages(roleplay.offline.__path__, "roleplay.offline."):
        importlib.import_module(info.name)
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for name in sorted(n for n in sys.modules if n.startswith("roleplay.offline")):
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern) and id(value) not in found:
                found[id(value)] = (f"{name}.{attr}", value)
    return found


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
