"""A strain between client and trainee taken up: immediacy at a complaint, a let-down or a
withdrawal from the trainee.

Rubric disclosure-immediacy (applies_when): "a lateness, silence or complaint treated as
something happening between them" is immediacy (Hill & Knox 2009; Z's convention pass,
corpus/README.md). A reply that owns or apologises for the trainee's part, defends or explains
the trainee's conduct or the therapy's rules, promises to do differently, names or asks about the
client's reaction to the trainee, or labels that reaction is in play, well or badly; one that
only goes along with what was asked, takes "it's fine" at its word or moves on is not. The
rupture repair reader already finds these replies (rupture.py); immediacy reads its findings.
"""

from __future__ import annotations

import re

from roleplay.offline import lexicon as lx
from roleplay.offline.contracting_words import TIME_LEFT_TODAY
from roleplay.offline.model import HARM
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.relational_questions import about_someone_else
from roleplay.offline.relational_words import ME, THEIR_PEOPLE, US
from roleplay.offline.rupture import BLAMING
from roleplay.offline.rupture_harms import LEAVES_IT_TO_THEM, TAKES_AT_FACE_VALUE
from roleplay.offline.rupture_quotes import says_back
from roleplay.offline.rupture_words import (
    ACCEPTS,
    CHANGES_TASK,
    SYMPATHY_FOR_NEWS,
    WHAT_WOULD_LIFT,
)
from roleplay.offline.text import Sentence

# "Fair enough, we'll leave it there": the complaint accepted and set down, nothing owned
_SETS_IT_DOWN = re.compile(r"\bfair enough\b|\bleave it (?:there|for now|at that)\b")
# What takes a strain up without a word about the two of them: going along ("Fair enough, we'll
# drop the worksheets"), a practical change, "if you're sure", leaving it to them or setting it
# down, sympathy. Z's labellers left these null.
_GOES_ALONG = (
    ACCEPTS,
    CHANGES_TASK,
    WHAT_WOULD_LIFT,
    TAKES_AT_FACE_VALUE,
    LEAVES_IT_TO_THEM,
    SYMPATHY_FOR_NEWS,
    _SETS_IT_DOWN,
)


def _between_you(sentence: Sentence) -> bool:
    return (
        not any(p.search(sentence.norm) for p in _GOES_ALONG)
        # the time left named to hold to the task ("We've only got ten minutes left, so let's
        # leave that"): the clock, not the two of them (the corpus's trap "I notice the time")
        and not TIME_LEFT_TODAY.search(sentence.norm)
        and not _only_their_life(sentence)
        # the strain said back ("You feel stupid, like everyone knew except you", "It sounds like
        # more than only a Saturday") acknowledges it for rupture repair, but says nothing of the
        # two of them: Z's labellers left such replies out of immediacy
        and not (says_back(sentence) and not (ME.search(sentence.norm) or US.search(sentence.norm)))
    )


def _only_their_life(sentence: Sentence) -> bool:
    """The sentence speaks of someone in the client's life and of nothing between the two of
    them: "It's understandable you'd feel protective of her" validates her feeling for her
    mother, not the strain (Z's convention pass: a reply that "speaks only of the client's life"
    is not immediacy; qa4 at complaint-about-last-session/you-said it had read as immediacy 1)."""
    norm = sentence.norm
    return bool(about_someone_else(sentence) or THEIR_PEOPLE.search(norm)) and not (
        ME.search(norm) or US.search(norm) or _THE_WORK.search(norm)
    )


# The sessions, the trainee's words or the therapy's tools named: the strain is in the sentence.
_THE_WORK = re.compile(
    r"\b(?:sessions?|therapy|counsell?ing|last (?:week|time)|what (?:was|got) said|that comment|"
    r"(?:the|that|this) (?:advice|suggestion|idea|word|worksheets?|clock|notes?|notepad))\b"
)


def strain_taken_up(rupture: SkillReading) -> SkillReading | None:
    """An immediacy reading where the rupture reader found the strain taken up as something
    between the two of them (None where it did not)."""
    if not rupture.present:
        return None
    spans = [s for s in rupture.spans if _between_you(s)]
    if not spans:
        return None
    reading = SkillReading(present=True, strength=0.6, score=rupture.score, spans=spans)
    reading.add("takes_up_strain", "you took up the strain between you", 0.0, spans[0].text)
    # What the rupture reader found took away (a defence, a promise, a threat) is what makes this
    # talk about the two of them low: said here too, so a low score comes with its reason. The
    # score is the rupture reader's own, which already counts them. A defence or explanation
    # with no blame in it is immediacy done badly (2), not harm: said, but not as a harm.
    explains_only = not any(rupture.has(name) for name in BLAMING)
    for f in rupture.features:
        if f.effect < 0:
            effect = max(f.effect, HARM / 2) if explains_only else f.effect
            reading.add(f.name, f.label, effect, f.quote)
    if explains_only and any(rupture.has(n) for n in ("explains_first", "excuse", "corrects")):
        # the rubric's level 2, "defensive or explaining" (a floor in level_bounds.py)
        reading.add("defends_only", "it defends you instead of exploring", 0.0)
    return reading


def add_defence_at_strain(reading: SkillReading, rupture: SkillReading, complaint: bool) -> None:
    """The defence, explanation or correction the rupture reader found at a complaint, added to
    relationship talk the immediacy reader read in its own terms ("I'm afraid I need to take
    notes, it's required by the service", an answer to the remark): defensive there too, the
    rubric's level 2 ("defensive or explaining"). Only at a `complaint`: at a withdrawal, or
    asked "am I boring you?", explaining the trainee's state is no defence; blame is, anywhere."""
    add_blame_at_strain(reading, rupture)
    if reading.has("defensive") or not complaint:
        return
    quote = next((f.quote for f in rupture.features if f.name in _DEFENDS and f.quote), None)
    if quote:
        reading.add("defensive", "it defends you instead of exploring", -1.5, quote)
        reading.score = max(1.0, reading.score - 1.5)


def add_blame_at_strain(reading: SkillReading, rupture: SkillReading) -> None:
    """The blame or pathologising the rupture reader found at a complaint or a withdrawal
    ("..., so you should have read it", "this silence might be how you handled your dad"), said
    in immediacy too with its weight: the rubric's level 1, whatever the "I notice" around it."""
    for f in rupture.features:
        if f.name in _BLAMES and f.effect < 0 and not reading.has(f.name):
            reading.add(f.name, f.label, HARM, f.quote)
            reading.score = max(1.0, reading.score - 2.0)


_DEFENDS = frozenset({"defends_or_blames", "excuse", "corrects"})
# (a sanction or the choice left to them, beside a defence, is labelled 2-3 in immediacy)
_BLAMES = frozenset({"blames_client", "pathologises"})


def mark_defence_only(reading: SkillReading, sentences: list[Sentence]) -> None:
    """Defensive or explaining, with no blame, need or coldness in it: the rubric's level 2, not
    its "harmful" 1 (65 of the 81 such development lines labelled 1-2 are 2; the floor is in
    level_bounds.py). "I'm paid to be patient" or "I'm the therapist here, not you" stays 1."""
    if (
        reading.has("defensive")
        and not any(f.effect <= HARM for f in reading.features if f.name != "defensive")
        and not quote_match(lx.COLD_DEFENCE, sentences)
    ):
        reading.add("defends_only", "it defends you instead of exploring", 0.0)
