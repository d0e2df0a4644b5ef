"""The client's question or remark about the trainee, and the replies that answer it.

Rubric disclosure-immediacy (applies_when; X's convention pass, corpus/README.md): a question or
remark, spoken or implied, about the trainee's reaction to the client, view of them or attention
now is a marker (Hill 2020), and any reply that answers it, reassures about it, explains the
trainee's state or declines to say is immediacy, a brief closed one in the middle. Split from
immediacy.py, which had passed 400 lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from roleplay.offline import relational
from roleplay.offline.client_line import remarks_on_trainee
from roleplay.offline.immediacy_faults import GENERIC_REASSURANCE
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.relational_questions import (
    DIRECT_ANSWER,
    PLAIN_ANSWER,
    TAKES_UP_REMARK,
)
from roleplay.offline.rupture_words import SYMPATHY_FOR_NEWS
from roleplay.offline.text import Sentence


@lru_cache(maxsize=512)  # one client line, read for every reply to it
def asks_about_trainee(client_line: str) -> bool:
    """The client's line asks about, or remarks on, the trainee's reaction to them or the two of
    them (relational_questions.py)."""
    client = client_line.lower().replace("\u2019", "'")
    return relational.asks_about_relationship(client_line) or remarks_on_trainee(client)


def takes_up(sentence: Sentence) -> bool:
    """The first sentence takes up the remark without a plain yes or no ("Don't worry about it",
    "Sorry, I was miles away", "What makes you ask?"). Sorrow for their life ("Sorry the GP was
    so useless") is not an apology to them and takes nothing up (rupture_words.py)."""
    return bool(TAKES_UP_REMARK.search(sentence.norm)) and not SYMPATHY_FOR_NEWS.search(
        sentence.norm
    )


def mark_answer(reading: SkillReading, sentences: list[Sentence]) -> None:
    """Named features for the heads where the reply opens by answering the client's remark about
    the trainee: a brief answer ("Not at all", "Don't be daft"), which the head, leaning on short
    length, had turned down; the remark taken up another way; and reassurance in general terms
    ("people do that all the time"), which X's labellers and the instructor score 2."""
    answer = quote_match(DIRECT_ANSWER, [sentences[0]]) or quote_match(PLAIN_ANSWER, [sentences[0]])
    if answer:
        reading.add("answers_them", "it answers their question about you", 0.0, answer)
    else:
        taken_up = quote_match(TAKES_UP_REMARK, [sentences[0]])
        if taken_up:
            reading.add("takes_up_remark", "it takes up what they said about you", 0.0, taken_up)
    generic = quote_match(GENERIC_REASSURANCE, sentences)
    if generic and not reading.has("invites_view"):
        reading.add(
            "normalises", "it reassures in general terms, not about the two of you", -0.75, generic
        )
        reading.score = max(1.0, reading.score - 0.75)


_WORD = re.compile(r"[a-z']+")


def echoes(sentence: Sentence, client: str) -> bool:
    """A short question made only of the client's own words ("Give up on you?", "Boring me?")."""
    words = _WORD.findall(sentence.norm)
    return (
        "?" in sentence.text
        and 0 < len(words) <= 6
        and all(re.search(rf"\b{re.escape(w)}\b", client) for w in words if w not in _SWAPS)
    )


# the pronouns an echo turns round ("me" for the client's "you")
_SWAPS = frozenset({"me", "you", "i", "my", "your", "u", "ur"})


# The remark itself handed back, anywhere in the reply: "What's it like, saying that?", "how was it
# to tell me?", "what was it like to ask?" (Hill & Knox 2009: inviting the client's experience of
# the exchange). Read only where the client's line was about the trainee (asks_about_trainee).
_SAYING_IT = re.compile(
    r"\b(?:what(?:'s| is| was|s)|how(?:'s| is| was| does it feel| did it feel|s)) (?:it )?(?:like"
    r",? )?(?:(?:for (?:you|u) )?to |for (?:you|u),? )?(?:say|saying|tell|telling|ask|asking|"
    r"share|sharing|admit|admitting|put|putting)(?: (?:that|it|this|so|me|to me))?\b"
    # the doubt about the trainee handed back: "What's it like, wondering if I get it?"
    r"|\b(?:what(?:'s| is|s)|how(?:'s| is|s)) (?:it )?(?:like,? )?(?:for (?:you|u),? )?"
    r"(?:wondering|worrying|not knowing) (?:if|whether) i\b"
)


def answers_remark(sentence: Sentence, first: bool) -> bool:
    """The sentence takes up the client's remark about the trainee: the reply's first sentence
    taking it up (takes_up), or any sentence handing the remark back (_SAYING_IT)."""
    return (first and takes_up(sentence)) or bool(_SAYING_IT.search(sentence.norm))
