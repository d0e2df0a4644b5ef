"""Alternations grouped by first letter (offline/first_letter.py) match exactly as written.

The rewrite is checked twice: on small alternations built to reach each of its cases, and on
every alternation the offline readers build with text.any_of, each against its plain form, over
the probe texts and the corpus (in a fresh interpreter, which records what any_of was given as
the readers are imported).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from roleplay.offline.first_letter import _split, by_first_letter

REPO = Path(__file__).resolve().parent.parent

_TEXTS = [
    "you must be sick of me",
    "u must be tired. you'll think i'm mad",
    "would you still listen if you weren't paid?",
    "what do you make of this? how i feel about you",
    "i don't mind at all, really",
    "it's fine. maybe. you know",
    "you. u. yo. y",
    "i want to you must. i you must, to you must",
    "i think so. i feel it. think",
    "i'm so sorry. im really sorry. i am sorry, so sorry. really sorry. sorry",
    "ok, just calm down. calm down",
    "just ok calm down, so ok calm",
    "so so calm. ok so calm",
    "rather not. i'd rather not, i rather. prefer",
    "must you? youmust. you must",
    "",
]


def _same(plain: re.Pattern[str], fast: re.Pattern[str], text: str) -> bool:
    one, two = plain.search(text), fast.search(text)
    return (one and (one.span(), one.group(0))) == (two and (two.span(), two.group(0))) and [
        m.span() for m in plain.finditer(text)
    ] == [m.span() for m in fast.finditer(text)]


@pytest.mark.parametrize(
    "branches",
    [
        # a leading group written out per letter; the same letter shared with a later branch
        [r"\b(?:you|u) must\b", r"\bwould (?:you|u)\b", r"\byou'll think\b"],
        # the first of two branches that match at the same place wins, as written
        [r"\byou\b", r"\byou must\b", r"\bu\b"],
        [r"\byou must\b", r"\byou\b"],
        # nested leading groups
        [r"\b(?:(?:what|how) i|you) (?:feel|make)\b", r"\bwhat do\b"],
        # a branch whose first letter is not certain stays where it is
        [r"\byou\b", r"\b(?<!do )you\b", r"\bu\b", r"\b^it's\b", r"\bi\b"],
        [r"\b[iy]\w*", r"\byou\b"],
        # an optional first letter, an optional or repeated group, an empty alternative
        [r"\by?ou\b", r"\byou\b"],
        [r"\b(?:you )?must\b", r"\bmust\b"],
        [r"\b(?:you|)\b", r"\bu\b"],
        [r"\b(?:yo)+u\b", r"\byou\b"],
        # branches without a boundary mixed in
        [r"\byou\b", r"\?", r"\bu\b"],
        # lookbehinds after the boundary, negative and positive, before a letter or a group
        [r"\b(?<!to )(?<!i )you must\b", r"\byou\b", r"\bwould\b"],
        [r"\b(?<=\bi )(?:think|feel)\b", r"\bthink\b", r"\bi\b"],
        # leading optional groups (greedy), one after another; a lazy one is left as it is
        [r"\b(?:i'?m |i am )?(?:so |really )?sorry\b", r"\bso\b", r"\bi\b"],
        [r"\b(?:i )??think\b", r"\bi\b"],
        # the start of the text after the boundary; repeated groups; an anchor as an alternative
        [r"\b^(?:(?:ok|just)[,.]? )*calm down\b", r"\bcalm\b", r"\bjust\b"],
        [r"\b(?:so |ok )+calm\b", r"\bso\b", r"\b^ok\b"],
        [r"\b(?:^|i(?:'d| would)? )(?:rather|prefer)\b", r"\bi\b", r"\brather\b"],
        [r"\b(?:you|)must\b", r"\bmust\b", r"\byou\b"],
    ],
)
def test_grouped_alternations_match_as_written(branches: list[str]) -> None:
    source = "|".join(f"(?:{b})" for b in branches)
    plain, fast = re.compile(source), re.compile(by_first_letter(source))
    for text in _TEXTS:
        assert _same(plain, fast, text), (source, text)


def test_branches_are_grouped_by_first_letter() -> None:
    # (common first letters: the boundary stays in front)
    grouped = by_first_letter(r"(?:\b(?:to|a) must)|(?:\bis it)|(?:\bto go)|(?:\bor so)|(?:\bend)")
    assert grouped.count(r"\bt") == 1 and grouped.count(r"\ba") == 1
    assert grouped.count(r"\bi") == 1 and grouped.count(r"\bo") == 1


def test_rare_first_letters_are_written_first() -> None:
    grouped = by_first_letter(r"(?:\b(?:you|u) must)|(?:\bwould you)|(?:\byou'll)")
    assert r"\b" not in grouped
    assert grouped.count(r"y(?<!\wy)") == 1 and grouped.count(r"u(?<!\wu)") == 1
    assert grouped.count(r"w(?<!\ww)") == 1
    # the engine skips to those letters: the parsed pattern starts with them, not a boundary
    assert re.compile(grouped).search("a b c d e f you must") is not None


def test_a_lookbehind_or_an_optional_group_leaves_the_first_letter_certain() -> None:
    # the lookbehind is asked one letter later, with that letter added
    grouped = by_first_letter(r"(?:\b(?<!to )you)|(?:\bthe)|(?:\bi)|(?:\ba)|(?:\bso)|(?:\bon)")
    assert r"\by(?:(?:(?<!(?:to )y)ou))" in grouped
    # "\b(?:so )?sorry" is "\bso sorry" then "\bsorry", both under "s"
    grouped = by_first_letter(r"(?:\b(?:so )?sorry)|(?:\bthe)|(?:\bi)|(?:\ba)|(?:\bon)")
    assert grouped.count(r"\bs") == 1 and "?" not in grouped.replace("(?", "")


def test_nothing_moves_across_a_branch_with_no_certain_first_letter() -> None:
    grouped = by_first_letter(r"(?:\byou)|(?:\b[yY]ou)|(?:\byou must)")
    assert grouped.count(r"\by") == 2
    assert grouped.index(r"\b[yY]ou") < grouped.rindex(r"\by")


def test_a_boundary_before_a_character_that_is_no_word_character_is_kept_too() -> None:
    source = r"(?:\b'd like)|(?:\b you)|(?:\bwould)"
    plain, fast = re.compile(source), re.compile(by_first_letter(source))
    assert r"\b" not in fast.pattern
    for text in ["i'd like you", "' you", " you'd like", "he'd liked it", "x  you", "would'd like"]:
        assert _same(plain, fast, text), text


@pytest.mark.parametrize(
    "branches",
    [
        [r"\byou\b", r"\bwould\b", r"\byes\b"],  # rare letters: written first
        [r"\byou\b", r"\bthe\b", r"\bi\b", r"\ba\b", r"\bso\b", r"\bon\b"],  # common ones
    ],
)
def test_an_alternation_of_grouped_sources_is_grouped_again(branches: list[str]) -> None:
    first = by_first_letter("|".join(f"(?:{b})" for b in branches[:1]))
    rest = by_first_letter("|".join(f"(?:{b})" for b in branches[1:]))
    again = by_first_letter(f"(?:{first})|(?:{rest})")
    # one branch per first letter, none left as it was
    assert len(_split(again)) == len({b[2] for b in branches})
    plain = re.compile("|".join(f"(?:{b})" for b in branches))
    for text in _TEXTS:
        assert _same(plain, re.compile(again), text), text


@pytest.mark.parametrize(
    "source",
    [
        r"(?:\b(you|u) must)|(?:\byou)",  # a capturing group: written out, it would be renumbered
        r"(?:\b(?P<who>you|u) must)|(?:\byou)",
        r"(?:\b(?:you|u) (\w+) \1)|(?:\byou)",
    ],
)
def test_patterns_with_groups_or_references_are_left_as_they_are(source: str) -> None:
    assert by_first_letter(source) == source


_RECORD = """
import json, re, sys
from pathlib import Path
import roleplay.offline.text as text
given = []
fast_any_of = text.any_of
def recording(*patterns):
    given.append(patterns)
    return fast_any_of(*patterns)
text.any_of = recording
import importlib, pkgutil, roleplay.offline
for info in pkgutil.walk_packages(roleplay.offline.__path__, "roleplay.offline."):
    importlib.import_module(info.name)
texts = json.loads(sys.stdin.read())
differ, matched = [], 0
for patterns in given:
    plain = re.compile("|".join(f"(?:{p})" for p in patterns))
    fast = fast_any_of(*patterns)
    for t in texts:
        one, two = plain.search(t), fast.search(t)
        if (one and (one.span(), one.groups())) != (two and (two.span(), two.groups())) or [
            m.span() for m in plain.finditer(t)
        ] != [m.span() for m in fast.finditer(t)]:
            differ.append([plain.pattern[:80], t])
            break
        matched += one is not None
print(json.dumps({"alternations": len(given), "differ": differ, "matched": matched}))
"""


def _texts() -> list[str]:
    from roleplay.offline.text import split_sentences

    texts = list(_TEXTS)
    paths = sorted((REPO / "bench" / "data" / "probe_dev").glob("*.jsonl"))
    paths += sorted((REPO / "corpus").glob("*.jsonl"))[::8]
    for path in paths:
        for raw in path.read_text("utf-8").splitlines():
            if raw.strip():
                row = json.loads(raw)
                for key in ("response", "client_line"):
                    texts.extend(s.norm for s in split_sentences(row.get(key) or ""))
    return list(dict.fromkeys(texts))


def test_every_reader_alternation_matches_as_its_plain_form() -> None:
    texts = _texts()
    done = subprocess.run(
        [sys.executable, "-c", _RECORD],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    found = json.loads(done.stdout)
    assert found["alternations"] > 150
    assert not found["differ"], found["differ"][:5]
    assert found["matched"] > 5000  # the texts reach the patterns, not only their misses
