"""Measures of a disclosure for the self-disclosure reader (disclosure.py): how many words it
runs to, which of the client's own words it shares, and whether the focus is handed back after
it. Split from disclosure.py, which had passed 400 lines.
"""

from __future__ import annotations

import re

from roleplay.offline import lexicon as lx
from roleplay.offline.disclosure_presence import PRESENCE_THRESHOLD, sentence_strength
from roleplay.offline.lexicon.disclosure_focus import HELPING_IDIOMS
from roleplay.offline.text import Sentence, any_of, words

_CLAUSES = re.compile(r"[,;:]| - | but | and | so ")


def told_words(span: Sentence) -> int:
    """How long a disclosure runs. A long sentence about something else counts only the run of
    clauses that tell of the helper's life ("...how much you've been carrying, and for what it's
    worth I have things that stay with me too, but I'm more interested in yours")."""
    if span.words <= 35:
        return span.words
    clauses = _CLAUSES.split(span.norm)
    told = [
        i
        for i, clause in enumerate(clauses)
        if clause.strip()
        and sentence_strength(Sentence(clause, 0, len(clause), clause)) >= PRESENCE_THRESHOLD
    ]
    if not told:
        return span.words
    # from the first clause that tells to the last: a story runs on through its other clauses
    return sum(len(clause.split()) for clause in clauses[told[0] : told[-1] + 1])


# Words too common to say two texts are about the same thing.
_STOP = frozenset(
    """
a an the and or but so to of in on at for with about from by as is are was were be been
being it its this that these those i me my you your we our they them their he she his her
him not no yes do does did have has had just really very can could would should will what
when how why who where there here than then too also like get got feel felt know think one
some any all more much out up down over into after before still even because if now
""".split()  # noqa: SIM905 (reads best as a block of words)
)


def similarity(spans: list[Sentence], client_text: str) -> str:
    theirs = {w for w in words(client_text) if len(w) > 3 and w not in _STOP}
    mine = {w for s in spans for w in words(s.text) if len(w) > 3 and w not in _STOP}
    shared = sorted(theirs & mine)
    return ", ".join(shared[:3])


# After one's own story, asking the client to advise the helper ("What would you do?")
ASKS_THEIR_ADVICE = any_of(
    r"\bwhat (?:would|should|do) (?:you|u) (?:do|say|suggest)\??$|\bany (?:advice|tips)\?$|"
    r"\bwhat do you think i should\b"
)


# A question about the client's own experience with no "you" in it: "What's it like, wondering if
# I get it?" (the one wondering is the client, however the clause ends)
_THEIR_EXPERIENCE = re.compile(
    r"^(?:(?:and|so|but)[,]? )?(?:what(?:'s| is|s) (?:it|that) like|how(?:'s| is|s) (?:it|that)"
    r"(?: feel| been)?),? (?:not )?\w+ing\b"
)


_YOU = any_of(r"\b(?:you(?:r|rs|rself)?|u|ur)\b")
_ME = any_of(r"\b(?:i|me|my|i'm|i've)\b")


# A question typed without its mark, last in the reply: "how are u holding up", "how r u finding
# the hand-checking" (hurried typing drops the "?"; a supervisor's review found them read as the
# focus drifting).
_UNMARKED_QUESTION = re.compile(
    r"^(?:(?:and|so|but|anyway|ok|okay)[,.]? )?(?:how|what|how's|what's|hows|whats|are|r|do|did|"
    r"have|has|is|were|would|will|can|could)\b"
)


def _asks(sentence: Sentence, last: bool) -> bool:
    return sentence.is_question or (
        last
        and not sentence.text.rstrip().endswith((".", "!"))
        and bool(_UNMARKED_QUESTION.match(sentence.norm))
    )


def focus_returned(sentences: list[Sentence]) -> str | None:
    """The sentence that hands the focus back to the client after a disclosure, if one does."""
    for sentence in sentences:
        has_you = _YOU.search(sentence.norm)
        plain = HELPING_IDIOMS.sub(" ", sentence.norm)
        about_me = _ME.search(plain)
        if lx.TAG_QUESTION.search(sentence.norm) or lx.ABRUPT_RETURN.search(sentence.norm):
            continue  # "It's horrible, isn't it?" seeks agreement, it does not hand over
        if ASKS_THEIR_ADVICE.search(sentence.norm):
            continue  # "What would you do?" after one's own story asks them to advise the helper
        asks = _asks(sentence, sentence is sentences[-1])
        if asks and (has_you or not about_me or _THEIR_EXPERIENCE.match(plain)):
            return sentence.text
        if lx.RETURN_INVITE.search(sentence.norm) and (has_you or not about_me):
            return sentence.text
    return None
