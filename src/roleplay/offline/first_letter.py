r"""An alternation's branches grouped by their first letter, so the engine tries fewer of them.

At each word start Python's engine walks an alternation's branches in order. A branch that starts
with a plain letter is passed over cheaply when the text has another letter there; one that starts
with a group ("\b(?:you|u) must") is entered every time. On the readers' lexicons (forty to a
hundred branches) that walk is most of a search's cost.

So a leading group of plain alternatives is written out, one branch per alternative ("(?:A|B)R"
is "AR|BR": the engine tries them in the same order, with the same backtracking), and branches
that start with the same letter are put under one branch for that letter. Only branches with
different first letters change places, and two such branches can never both match at the same
position, so every match, and the branch that makes it, is the plain alternation's. A leading
optional or repeated group is written out the same way ("(?:A)?R" is "AR|R", "(?:A)*R" is
"A(?:A)*R|R": the orders in which the engine tries them), and a lookbehind or "^" after the
boundary is asked one letter later with that letter added ("\b(?<!to )you" is
"\by(?<!(?:to )y)ou", the same test of the same text). A branch whose first letter is still not
certain (a class, an optional first letter, a lazy or counted repetition) stays where it is, and
nothing moves across it. Patterns with capturing groups or references to them are left as they
are (writing a branch out twice would renumber its groups).

Where every branch has been grouped and the first letters are rare ones, the boundary is moved
behind each first letter ("\bwould" is "w(?<!\ww)ould": a "w" with no word character before it,
the same test). The pattern then starts with a plain letter, and the engine skips straight over
every position holding none of those letters instead of testing the boundary there. Where the
letters are common the boundary test first stays cheaper, so the pattern is left as grouped.
"""

from __future__ import annotations

import re

# What leaves a pattern as written: a capturing or named group or a reference to one, a
# conditional, a comment, inline flags (and, to be safe, an escaped parenthesis).
_LEFT_AS_IS = re.compile(r"\((?!\?)|\(\?P|\(\?\(|\(\?#|\\\d|\(\?[aiLmsux]")
_QUANTIFIER = "?*+{"
_PLAIN_LETTER = re.compile(r"[a-z0-9' ]")
_LETTER_FIRST = re.compile(r"(\\ |[a-z0-9'])\(\?<([!=])\\w\1\)")  # as _led_by writes it
# What can open or close a group or a branch, and what hides one: a parenthesis or a bar, and an
# escape or a class (a "]" first in a class is a literal), passed over whole.
_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.DOTALL)


def by_first_letter(source: str) -> str:
    """`source`, an alternation, with its branches grouped by first letter."""
    if _LEFT_AS_IS.search(source):
        return source
    parts: list[str] = []
    run: dict[str, list[str]] = {}  # first letter -> what follows it, branch by branch
    ungrouped = False
    for branch in _branches(source):
        tails = _tails(branch)
        if tails is None:
            parts.extend(_grouped(run))
            run = {}
            parts.append(branch)
            ungrouped = True
            continue
        for letter, tail in tails.items():
            run.setdefault(letter, []).append(tail)
    if not ungrouped and sum(_SHARE_OF_TEXT.get(letter, 0.0) for letter in run) < _RARE_ENOUGH:
        return "|".join(f"(?:{part})" for part in _grouped(run, letter_first=True))
    parts.extend(_grouped(run))
    return "|".join(f"(?:{part})" for part in parts)


# How often each character comes up in English chat text, in percent (any other: well under
# one). Measured on the readers' patterns, the letter-first form is faster while the first
# letters hold under about a quarter of the text.
_SHARE_OF_TEXT = {
    " ": 19.4, "e": 9.1, "t": 7.2, "o": 6.9, "a": 6.1, "i": 5.9, "n": 5.0, "s": 4.4, "r": 4.1,
    "h": 4.0, "l": 3.3, "u": 2.9, "d": 2.8, "y": 2.6, "m": 2.1, "g": 1.8, "w": 1.8, "f": 1.7,
    "c": 1.6, "p": 1.3, "b": 1.2, "k": 0.9, "v": 0.9, "'": 0.4, "j": 0.2, "x": 0.1,
}  # fmt: skip
_RARE_ENOUGH = 27.0


def _grouped(run: dict[str, list[str]], letter_first: bool = False) -> list[str]:
    return [
        _led_by(letter, letter_first) + "(?:" + "|".join(f"(?:{tail})" for tail in tails) + ")"
        for letter, tails in run.items()
    ]


def _led_by(letter: str, letter_first: bool) -> str:
    r"""A word boundary and `letter`: "\bw", or with the letter first the same test written
    after it, "w(?<!\ww)" (for a letter that is no word character, "'(?<=\w')")."""
    if not letter_first:
        return r"\b" + re.escape(letter)
    behind = "(?<!" if re.match(r"\w", letter) else "(?<="
    return re.escape(letter) + behind + r"\w" + re.escape(letter) + ")"


def _tails(branch: str) -> dict[str, str] | None:
    r"""What `_after_first_letter` gives, for a \b-led branch or one already written letter first
    (an alternation built from grouped patterns' sources is grouped again as a whole)."""
    if branch.startswith(r"\b"):
        return _after_first_letter(branch)
    led = _LETTER_FIRST.match(branch)
    if led is None:
        return None
    letter = led.group(1)[-1]
    if led.group(2) != ("!" if re.match(r"\w", letter) else "="):
        return None  # a boundary test other than the one _led_by writes
    return {letter: branch[led.end() :]}


def _after_first_letter(branch: str) -> dict[str, str] | None:
    r"""Per letter a match of the \b-led `branch` can start with, the pattern for the rest of such
    a match ("\b(?:you|u) must" -> {"y": "(?:ou) must", "u": "(?:) must"}); None where the first
    letter is not certain."""
    body = branch[2:]
    if body[:1] and _PLAIN_LETTER.match(body[0]):
        if body[1:2] and body[1] in _QUANTIFIER:
            return None
        return {body[0]: body[1:]}
    if body.startswith(("(?<!", "(?<=")):
        end = _group_end(body, 0)
        return _behind_first_letter(body[:4], body[4 : end - 1], body[end:])
    if body.startswith("^"):
        return _behind_first_letter("(?<=", "^", body[1:])  # the start of the text, asked after
    if not body.startswith("(?:"):
        return None
    end = _group_end(body, 0)
    group, rest = body[:end], body[end:]
    if rest[:1] in ("?", "*", "+") and rest[1:2] not in ("?", "+"):
        return _repeated_group_first(group, rest[0], rest[1:])
    if rest[:1] and rest[0] in _QUANTIFIER:
        return None  # a counted, lazy or possessive repetition
    alternatives = _split(group[3:-1])
    by_letter: dict[str, list[str]] = {}
    for alternative in alternatives:
        tails = _after_first_letter(r"\b" + alternative) if alternative else None
        if tails is None:
            # an alternative with no letter of its own ("(?:^|i )rather"): each one is written
            # out with what follows it ("^rather|i rather")
            return _written_out([alternative + rest for alternative in alternatives])
        for letter, tail in tails.items():
            by_letter.setdefault(letter, []).append(tail)
    return {letter: "(?:" + "|".join(tails) + ")" + rest for letter, tails in by_letter.items()}


def _behind_first_letter(kind: str, behind: str, after: str) -> dict[str, str] | None:
    r"""`_after_first_letter` for a branch whose boundary a lookbehind or "^" follows. Before a
    known letter the lookbehind is the same test one character later with that letter added to
    it ("\b(?<!to )you" -> {"y": "(?<!(?:to )y)ou"}, "\b^so" -> {"s": "(?<=(?:^)s)o"}): the widths
    stay fixed, and the lookbehind sees the same text before the branch as it did."""
    if not after or after[0] in _QUANTIFIER:
        return None
    tails = _after_first_letter(r"\b" + after)
    if tails is None:
        return None
    return {
        letter: f"{kind}(?:{behind}){re.escape(letter)})" + tail for letter, tail in tails.items()
    }


def _repeated_group_first(group: str, quantifier: str, rest: str) -> dict[str, str] | None:
    r"""`_after_first_letter` for "\b(?:A)?R", "\b(?:A)*R" or "\b(?:A)+R", written out in the
    order in which the engine tries them: "AR|R", "A(?:A)*R|R" and "A(?:A)*R". Only where every
    match of A starts with a letter (so takes one)."""
    if _after_first_letter(r"\b" + group) is None:
        return None
    again = "" if quantifier == "?" else group + "*"
    return _written_out([group + again + rest] + ([] if quantifier == "+" else [rest]))


def _written_out(branches: list[str]) -> dict[str, str] | None:
    r"""`_after_first_letter` for the alternation of \b-led `branches`, in their order."""
    by_letter: dict[str, list[str]] = {}
    for branch in branches:
        tails = _after_first_letter(r"\b" + branch) if branch else None
        if tails is None:
            return None
        for letter, tail in tails.items():
            by_letter.setdefault(letter, []).append(tail)
    return {
        letter: tails[0] if len(tails) == 1 else "(?:" + "|".join(f"(?:{t})" for t in tails) + ")"
        for letter, tails in by_letter.items()
    }


def _branches(source: str) -> list[str]:
    """The top-level branches, with groups that wrap a whole branch opened up."""
    out = []
    for branch in _split(source):
        inner = _unwrapped(branch)
        out.extend(_branches(inner) if inner is not None else [branch])
    return out


def _unwrapped(branch: str) -> str | None:
    """What "(?:X)" holds, when the group is the whole branch."""
    if branch.startswith("(?:") and _group_end(branch, 0) == len(branch):
        return branch[3:-1]
    return None


def _group_end(source: str, start: int) -> int:
    """Just past the ")" that closes the group opening at source[start]."""
    depth = 0
    for token in _TOKEN.finditer(source, start):
        if token.group() == "(":
            depth += 1
        elif token.group() == ")":
            depth -= 1
            if depth == 0:
                return token.end()
    raise ValueError(f"unbalanced group in {source!r}")


def _split(source: str) -> list[str]:
    """`source` cut at its top-level "|" (not inside a group, a class or an escape)."""
    parts = []
    depth = 0
    start = 0
    for token in _TOKEN.finditer(source):
        if token.group() == "(":
            depth += 1
        elif token.group() == ")":
            depth -= 1
        elif token.group() == "|" and depth == 0:
            parts.append(source[start : token.start()])
            start = token.end()
    parts.append(source[start:])
    return parts
