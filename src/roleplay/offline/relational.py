"""Signals that a sentence is about the relationship between trainee and client, now.

Immediacy (Hill, 2014; Kasper, Hill & Kivlighan, 2008) is talk about the two of them in the
present: the relationship named; the trainee as the object of the client's feelings or acts ("angry
with me", "letting me see"); the trainee's own feelings or stance toward the client now ("I'm not
bored", "I'll miss our Tuesdays"); the trainee's part in what just happened ("I came across
sharper than I meant"); the client's behaviour in the session ("you've gone quiet again", "you
keep apologising to me"); or an answer to the client's question about the relationship ("Am I
boring you?" - "Not at all"). Each group is a named signal with a strength; the sentence's
immediacy is its strongest signal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from roleplay.offline import lexicon as lx
from roleplay.offline.relational_close import CLOSES_SESSION, SCHEDULES_SESSION
from roleplay.offline.relational_part import MY_PART
from roleplay.offline.relational_presence import ENDING_FEELING, LANDED, NOT_FRIENDS
from roleplay.offline.relational_questions import (
    DIRECT_ANSWER,
    FRAMING,
    PLAIN_ANSWER,
    RELATIONAL_QUESTION,
    about_someone_else,
    asks_third_party_view,
)
from roleplay.offline.relational_words import (
    BOUNDARY_TALK,
    IN_SESSION,
    IN_SESSION_NOW,
    ME,
    NOT_TOWARD_ME,
    NOW,
    PROCESS,
    RELATIONSHIP,
    STANCE,
    STORY_ELSEWHERE,
    TASK_TALK,
    THEIR_PEOPLE,
    TOWARD_ME,
    US,
    YOU,
)
from roleplay.offline.relational_work import (
    ASKS_ABOUT_THE_WORK,
    OWNS_LAPSE_IN_ROOM,
    asks_about_the_work,
)
from roleplay.offline.rupture_words import ASKS_ELSEWHERE, COMES_ACROSS, SYMPATHY_FOR_NEWS
from roleplay.offline.text import Findable, Sentence

# (family, partner and friends: the people "our relationship" is about in a helper's story; the
# wider list that sets aside "me" (relational_words.SOMEONE_OF_MINE) was tried here and moved a
# line no one had checked)
_SOMEONE_OF_MINE = re.compile(
    r"\bmy (?:best )?(?:friends?|partner|husband|wife|boyfriend|girlfriend|fianc\w*|ex|mum|mom|"
    r"mother|dad|father|parents?|brother|sister|son|daughter|family)\b"
)


@dataclass(frozen=True)
class Signal:
    name: str
    strength: float
    quote_pattern: Findable


def sentence_signals(sentence: Sentence, relational_question: bool, first: bool) -> list[Signal]:
    """The relationship signals in one sentence; `first`: the response's opening sentence."""
    norm = sentence.norm
    has_you, has_me = bool(YOU.search(norm)), bool(ME.search(norm))
    found: list[Signal] = []
    if lx.BOUNDARY_CROSSING.search(norm) and not lx.REFUSAL.search(norm):
        found.append(Signal("boundary_crossing", 0.85, lx.BOUNDARY_CROSSING))
    if lx.THERAPIST_NEED.search(norm):
        found.append(Signal("therapist_need", 0.85, lx.THERAPIST_NEED))
    # Looked for once, though more than one test below reads each.
    defensive = bool(lx.DEFENSIVE.search(norm))
    # "I spoke with my friend and it helped our relationship": the helper and someone in their
    # own life, not the two of them
    relationship = bool(RELATIONSHIP.search(norm)) and not (
        not has_you and _SOMEONE_OF_MINE.search(norm)
    )
    if (defensive or lx.ACCUSATORY.search(norm)) and (
        has_you or has_me or (defensive and NOT_FRIENDS.search(norm))
    ):
        found.append(Signal("charged", 0.8, lx.DEFENSIVE if defensive else lx.ACCUSATORY))
    if relationship:
        # Stating the frame ("I'd like these sessions to stay about you") is a boundary, and
        # talk of supervision is about the role; neither is about the two of them now.
        # The plan for the sessions ("your goals for these sessions") is the task, not the bond.
        weak = BOUNDARY_TALK.search(norm) or "supervis" in norm or TASK_TALK.search(norm)
        # Closing the hour ("we'll end the session there for today") names the session only
        # to end it: housekeeping, not the two of them (relational_close.py).
        # So does moving or booking one ("shall we move our session to Thursdays?").
        closes = (
            CLOSES_SESSION.search(norm) or SCHEDULES_SESSION.search(norm)
        ) and not _names_pair(norm)
        found.append(
            Signal("relationship_named", 0.3 if closes else 0.4 if weak else 0.9, RELATIONSHIP)
        )
    if (has_you or sentence.is_question) and _toward_me(norm):
        found.append(Signal("toward_me", 0.85, TOWARD_ME))
    if STANCE.search(norm):
        found.append(Signal("stance", 0.85, STANCE))
    elif ENDING_FEELING.search(norm):
        # the trainee's feeling about the ending of the work (relational_presence.py)
        found.append(Signal("stance", 0.85, ENDING_FEELING))
    if LANDED.search(norm) and not about_someone_else(sentence):
        # how the trainee's words landed, or what the client braces for from them
        found.append(Signal("toward_me", 0.85, LANDED))
    if MY_PART.search(norm):
        found.append(Signal("my_part", 0.8, MY_PART))
    elif OWNS_LAPSE_IN_ROOM.search(norm):
        found.append(Signal("my_part", 0.8, OWNS_LAPSE_IN_ROOM))
    elif sentence.is_question and COMES_ACROSS.search(norm):
        # how the trainee comes across, asked: "have I been sounding like a headteacher?"
        found.append(Signal("my_part", 0.8, COMES_ACROSS))
    if PROCESS.search(norm):
        found.append(Signal("process", 0.8, PROCESS))
    elif asks_about_the_work(sentence):
        # the client's view of the sessions, asked now (relational_work.py)
        found.append(Signal("asks_about_the_work", 0.8, ASKS_ABOUT_THE_WORK))
    if (
        IN_SESSION.search(norm)
        and has_you
        and (NOW.search(norm) or has_me or IN_SESSION_NOW.search(norm))
    ):
        found.append(Signal("in_session", 0.7, IN_SESSION))
    if (
        relational_question
        and first
        and (
            PLAIN_ANSWER.search(norm)
            or DIRECT_ANSWER.search(norm)
            # the trainee beyond their framing ("I'm wondering what your week looks like" has
            # only the framing); not the story led back to ("You were telling me about your
            # dad"), which leaves the remark untouched
            or (
                has_you
                and bool(ME.search(FRAMING.sub(" ", norm)))
                and not ASKS_ELSEWHERE.search(norm)
            )
        )
        # "I'm curious whether Meena makes you feel she's had enough of you" is about someone
        # else; "No, and I doubt Meena is either" still answers
        and (PLAIN_ANSWER.search(norm) or not about_someone_else(sentence))
        # "I'm sorry your days feel so empty now" to "Am I boring you?" is sorrow for their
        # life, and leaves the question untouched (rupture_words.py)
        and not SYMPATHY_FOR_NEWS.search(norm)
    ):
        found.append(Signal("answers_relational_question", 0.7, DIRECT_ANSWER))
    if found and not relationship:
        elsewhere = bool(STORY_ELSEWHERE.search(norm))
        their_people = bool(THEIR_PEOPLE.search(norm)) and not US.search(norm)
        here_now = (elsewhere or their_people) and bool(NOW.search(norm))
        if elsewhere and not here_now:
            # "Your sister was angry with me" is a story about elsewhere, not this room.
            found = [Signal(s.name, min(s.strength, 0.5), s.quote_pattern) for s in found]
        if their_people and not here_now:
            # A charge against the client ("you're avoiding it, like with your mother") stays.
            found = [
                s if s.name == "charged" else Signal(s.name, min(s.strength, 0.5), s.quote_pattern)
                for s in found
            ]
    if found and asks_third_party_view(sentence):
        # Someone else's view of the sessions asked ("What does Kerry think about you coming
        # here?", "How does your wife feel about you seeing me?") is about the client's other
        # relationship, not the two of them (relational_questions.py).
        found = [
            s if s.name == "charged" else Signal(s.name, min(s.strength, 0.5), s.quote_pattern)
            for s in found
        ]
    return found


def _names_pair(norm: str) -> bool:
    """The sentence names the two of them beyond the session it closes ("between us")."""
    rest = SCHEDULES_SESSION.sub(" ", CLOSES_SESSION.sub(" ", norm))
    return bool(RELATIONSHIP.search(rest) or (US.search(rest) and ME.search(rest)))


def _toward_me(text: str) -> bool:
    """Words toward the trainee ("with me", "about us") once the phrases that only look so ("let
    me", "tell me more") are set aside; the setting aside is done only where it could matter."""
    if not TOWARD_ME.search(text):
        return False
    return bool(TOWARD_ME.search(NOT_TOWARD_ME.sub(lambda m: " " * len(m.group(0)), text)))


def clause_is_relational(text: str) -> bool:
    """Whether a piece of a sentence speaks about the two of them (used to set disclosure aside)."""
    return bool(
        RELATIONSHIP.search(text)
        or _toward_me(text)
        or STANCE.search(text)
        or MY_PART.search(text)
        or IN_SESSION.search(text)
        or lx.THERAPIST_NEED.search(text)
        or lx.BOUNDARY_CROSSING.search(text)
        or lx.DEFENSIVE.search(text)
    )


def strength(sentence: Sentence, relational_question: bool = False, first: bool = False) -> float:
    return max(
        (s.strength for s in sentence_signals(sentence, relational_question, first)), default=0.0
    )


def asks_about_relationship(client_text: str) -> bool:
    return _relational_question(client_text.lower().replace("\u2019", "'"))


# Cached on the lowered line: the cues ask it of the normalised line, other readers of the line as
# typed, and both come to the same text unless the line has casual spellings ("im", "dont").
@lru_cache(maxsize=512)
def _relational_question(client_lowered: str) -> bool:
    return bool(RELATIONAL_QUESTION.search(client_lowered))
