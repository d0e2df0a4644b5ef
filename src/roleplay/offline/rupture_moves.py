"""Whether a reply at a strain walks past it, and whether it takes the marker up on the way: the
frame criteria's test for "repair not attempted" (frame_criteria.py). Split from rupture.py,
which had passed 400 lines."""

from __future__ import annotations

import re

from roleplay.offline.text import Sentence, any_of

# Steering back to the agenda: with nothing said about the strain, this walks past it.
MOVES_PAST = any_of(
    r"\b(?:go|get|come|going|getting) back to\b|\breturn(?:ing)? to\b|\bmove on to\b|"
    r"\b(?:look at|get on with|carry on with|pick up)\b.{0,40}\b(?:again|now|where)\b|"
    r"\b^(?:anyway|so|right|okay|ok)\b|"
    r"\b^let'?s (?:see|look at|start with|go through|check)\b.{0,40}\bfirst\b|"
    # ...or asking for next session's topic as if nothing had been said.
    r"\bwhat (?:would|do) you (?:like|want) to (?:talk about|focus on|work on|cover) "
    r"(?:next (?:week|time|session)|from now on)\b|"
    # ...or on to the end of the session.
    r"\b(?:leave it there|out of time|same time next week)\b"
)


# Words that take a rupture marker up, however briefly, before moving on: agreeing, thanking,
# changing the task because of it ("something else", "we don't have to"); not a bare "then",
# which closes any question ("What would you like to talk about, then?").
TAKES_UP_MARKER = re.compile(
    r"\b(?:sure|no problem|not at all|great|cool|thanks|thank you|noted|fair enough|"
    r"if you'?re sure|we can|(?:don'?t|do not) have to|something else|different|skip|"
    # complying with what the complaint asked ("Fine, I won't"), however curtly
    r"i won'?t|i'?ll stop|point taken|got it|understood)\b"
)


def moves_past(sentences: list[Sentence]) -> bool:
    return any(MOVES_PAST.search(s.norm) for s in sentences)


def takes_marker_up(sentences: list[Sentence]) -> bool:
    return any(TAKES_UP_MARKER.search(s.norm) for s in sentences)
