"""The lexical extractor: which words of a small, fixed vocabulary the response uses.

The vocabulary is the language of the two skills, not of any topic: words for the speaker and
the client (I, me, my, you, we, us), for the room and the moment (here, now, today, session,
between), for feelings and noticing (feel, notice, wonder, sorry), hedges, negations and
modals. Each word found, and each adjacent pair of them, is a named feature ("w.me",
"w2.with_me") whose weight is fitted like any other; topic words (grief, money, mum) are left
out so the fitted weights learn how the skills are spoken, not what the examples were about.
"""

from __future__ import annotations

import re

from roleplay.offline.text import Sentence

VOCABULARY = frozenset(
    """
i i'm i've i'd i'll me my mine myself we we're we've us our ours you you're you've you'd
you'll your yours yourself
here now today tonight just right this that these session sessions hour room work therapy
between together again still moment time week
feel feels felt feeling notice noticed noticing wonder wondering curious sense sensing seems
seem seemed sounds sound aware imagine guess think thought
sorry apologise apologize glad sad worried angry hurt relief relieved moved touched frustrated
uncomfortable afraid scared protective
maybe perhaps might could if whether possibly
not no never don't didn't won't can't wouldn't isn't wasn't nothing
should must need have to
what how why when where who
did do does was were am is are be been
tell say said asked ask asking told hear heard listening understand
right wrong fair deserved missed rushed pushed
used ago years had lost went
yes yeah yep same too also
thank thanks kind lovely
""".split()  # noqa: SIM905 (reads best as a block of words)
)
_WORD = re.compile(r"[a-z']+")


def lexical_features(sentences: list[Sentence]) -> dict[str, float]:
    x: dict[str, float] = {}
    for sentence in sentences:
        tokens = [t for t in _WORD.findall(sentence.norm)]
        previous = None
        for token in tokens:
            if token in VOCABULARY:
                x[f"w.{token}"] = 1.0
                if previous is not None:
                    x[f"w2.{previous}_{token}"] = 1.0
                previous = token
            else:
                previous = None
        if sentence.is_question:
            x["w.?"] = 1.0
    return x
