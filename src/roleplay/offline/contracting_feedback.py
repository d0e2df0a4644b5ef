"""Seeking the client's feedback on the sessions, a part of the `contracting` criterion (rubric
v2: how the client's feedback will be sought; Lambert & Shimokawa 2011; Duncan et al. 2003, the
Session Rating Scale): the questions that ask for it, what makes a check-in more than one bare
question, and telling a check on the terms just set out ("Is that okay with you?") from feedback
on the session. Read by contracting.py.
"""

from __future__ import annotations

import re

from roleplay.offline.boundary_words import RIGID
from roleplay.offline.contracting_terms import AGREED_TERM, PLAIN_TERM, TERMS
from roleplay.offline.reading import SkillReading
from roleplay.offline.text import Sentence, any_of

# Asking the client's feedback on the session or the work (rubric v2: how feedback is sought;
# Lambert & Shimokawa 2011; Duncan et al. 2003, the Session Rating Scale): a contracting move,
# not immediacy. "How was that for you?" after a moment in the room is left to immediacy.
_SESSION = (
    r"(?:today|today's session|this session|the session|our sessions?|this work|the work|"
    r"these sessions|this hour|the hour)"
)
SEEKS_FEEDBACK = any_of(
    rf"\bhow (?:was|has|did|is) {_SESSION}(?: (?:been|go|gone|going|feel|felt))? (?:for you|"
    r"today)\b",
    r"\bhow (?:was|did|has been) today\b",
    # "how was that, today, for you?", "1-10?" ("How was it for you, telling me?" asks about a
    # moment in the room: immediacy, not feedback on the session)
    r"\bhow (?:was|did) (?:that|it),? today,? for (?:you|u)\b|\bhow was today,? for (?:you|u)\b",
    r"\b(?:0|1|one) ?(?:-|to) ?(?:10|ten)\s*\?",
    # asked without a question mark: "I'd really value knowing how today felt for you"
    r"\bi(?:'d| would) (?:really )?(?:value|like|love|appreciate) (?:knowing|to know|to hear|"
    r"hearing) how (?:today|it|that|the session|this session)\b",
    # "how did you find today?", "did that feel helpful?" at the end of the hour
    rf"\bhow (?:did|do) (?:you|u) find (?:{_SESSION}|today|it today|that today)\b",
    r"\bdid (?:that|this|today|it) (?:feel|seem) (?:help\w*|useful|worth\w*|any good)\b",
    r"\bdid today help\b",
    # the check-in promised as a routine, either way round: "and check at the end whether that's
    # closer", "at the end of each session I'll ask how it went for you"
    r"\b(?:at the end of|after|end) (?:each|every) (?:session|week|time)\b[^.?!]{0,30}\b(?:i|"
    r"we)(?:'ll| will|'d like to| would like to| can)? (?:ask|check)\w*\b[^.?!]{0,30}\b(?:how|"
    r"whether|if|what)\b",
    # the check-in promised as a routine: "and check at the end whether that's closer"
    r"\b(?:check|ask)\w*(?: (?:in|you|with you|that|this|you that|you this))? (?:at the end|"
    r"after (?:each|every) (?:session|"
    r"time)|each (?:session|time|week)|every (?:session|time|week))\b[^.?!]{0,40}\b(?:whether|if|"
    r"how)\b",
    rf"\bdid {_SESSION} (?:feel |seem )?(?:help\w*|useful|worth\w*|okay|ok|right)\b",
    rf"\bdid you find (?:{_SESSION}|that) (?:helpful|useful|worth\w*)\b",
    r"\b(?:was|is) (?:today|that|this|the session|this session) (?:\w+ )?(?:ok|okay|alright|all "
    r"right|useful|helpful|any good|what you (?:wanted|needed))\b[^.!]*\?",
    r"\bwhat would (?:have )?(?:made|make|move|get|take) (?:it|today|that|the session) (?:up|"
    r"higher|a|an|to|into|better|more (?:useful|helpful))\b",
    r"\bwhat (?:missed|was missing|could have been better)\b",
    r"\bwhat (?:was|has been|is|wasn't|isn't) (?:useful|helpful|unhelpful|working|not working|"
    r"most useful|least useful)\b",
    r"\b(?:anything|what) (?:you(?:'d| would)|would you) (?:change|want (?:us )?to do differently|"
    r"like (?:more|less) of)\b",
    r"\bdo differently\b",
    # "Anything you'd want different next time?"
    r"\b(?:anything|something|what) (?:you(?:'d| would)|would you|u(?:'d| wd)) (?:want|like) "
    r"(?:\w+ )?different(?:ly)?\b",
    # "what's one thing that would make next week more useful for you?"
    r"\bwhat(?:'s| is)? (?:one thing |something |anything )?(?:that )?would make (?:next week|next "
    r"time|our sessions?|these sessions|the sessions|it|today) (?:more (?:useful|helpful)|better|"
    r"work better)\b",
    r"\b(?:out of|from (?:0|zero|nought|one|1) to) (?:ten|10)\b[^.!]*\?",
    # a rating asked another way: "on a scale of 1-10 how useful was today?"
    r"\b(?:scale of|from) (?:0|1|one|zero) ?(?:-|to) ?(?:10|ten|5|five)\b",
    rf"\bhow (?:useful|helpful|good|okay|ok) (?:was|has|did|is) (?:{_SESSION}|today)\b",
    r"\bhow (?:it|that|today) (?:was|went|felt|has been) for (?:you|u)(?: today)?\b[^.!]*\?",
    r"\bwhat (?:helped|worked)(?: for (?:you|u))? and what (?:didn't|did not|didnt)\b",
    r"\bwas it (?:helpful|useful|any help|worth it)\s*\?",
    # with the auxiliary dropped: "u found useful today?"
    r"\b(?:you|u) (?:found|find) (?:it |this |that )?(?:useful|helpful) today\b|\b(?:you|u) "
    r"(?:found|find) today (?:useful|helpful)\b",
    r"\b(?:ask|check|rate|score)\b.{0,60}\b(?:out of|(?:0|zero|nought|one|1) to) (?:ten|10)\b",
    r"\b(?:out of|(?:0|zero|nought|one|1) to) (?:ten|10)\b.{0,60}\b(?:how|whether|did|was)\b",
    r"\b(?:rate|rating|score) (?:today|the session|this session|how)\b",
    r"\bdid (?:you|u) feel (?:heard|listened to|understood)\b",
    r"\bhow (?:listened to|heard|understood) (?:you|did you)\b",
    r"\b(?:what we worked on|the way we (?:worked|work|are working)|how we(?:'re| are) working)\b"
    r".{0,40}\?",
)
# A full check-in: a rating, more than one question, a reason to be honest.
FEEDBACK_HONESTY = any_of(
    r"\b(?:honest\w*|truth\w*|not true|won't hurt)\b",
    # "it's okay to say if it missed the mark"
    r"\b(?:ok|okay|fine|alright|all right) to (?:say|tell me)\b",
    r"\b(?:low|lower) (?:number|score|rating|mark)s?\b|\b(?:mark|score|rate)\w* (?:\w+ )?lower\b",
    r"\bwhat (?:isn't|is not|wasn't|'s not) working\b|\b(?:rather|want to) (?:know|hear)\b",
    r"\bhelps? me\b",
    r"\b(?:fit|suit)s? you\b",
)
FEEDBACK_ROUTINE = any_of(
    r"\b(?:each|every|end of (?:each|every)) (?:session|time|week)\b",
    # "from now on I'll ask at the end how the session was for you"
    r"\b(?:from now on|going forward|from today on)\b",
    r"\b(?:as a |make (?:it|that|this) a )(?:routine|habit)\b|\bregularly\b",
)


_RATING = re.compile(
    r"\b(?:out of (?:ten|10|five|5)|(?:0|1|one|zero) ?(?:-|to) ?(?:10|ten|5|five)|scale of|rate|"
    r"rating|score)\b"
)


# Words of the feedback check itself ("a quick check-in", "out of ten"), not a term beside it.
_FEEDBACK_WORDS = re.compile(
    r"\b(?:feedback|check(?:ing)?[ -]in|rat(?:e|ing)|score|out of (?:ten|10)|"
    r"end of (?:each|every))\b"
)


def terms_beside(sentences: list[Sentence], feedback: list[Sentence]) -> bool:
    """Terms of the work stated in a sentence of their own beside the question that looked like
    feedback: then "Is that okay with you?" or "Is that what you needed to know?" checks the
    terms just set out (consent sought, rubric v2 contracting 4-5), not the session."""
    if any(_terms_before_question(s) for s in feedback):
        return True
    if any(re.search(rf"\b(?:{_SESSION}|today)\b", s.norm) for s in feedback):
        return False  # "Was today okay for you?" asks about the session, whatever sits beside it
    return any(
        s not in feedback
        and (
            (TERMS.search(s.norm) and not _FEEDBACK_WORDS.search(s.norm))
            or PLAIN_TERM.search(s.norm)
            or AGREED_TERM.search(s.norm)
        )
        for s in sentences
    )


def _terms_before_question(sentence: Sentence) -> bool:
    """ "...it's a fifty minute thing, every week, and I'm a trainee..., is that all okay?": terms
    set out earlier in the same long sentence, so the question checks them."""
    found = SEEKS_FEEDBACK.search(sentence.norm)
    if not found or re.search(rf"\b(?:{_SESSION}|today)\b", found.group(0)):
        return False  # the question names the session: feedback, whatever came before
    before = sentence.norm[: found.start()]
    return bool(
        (TERMS.search(before) and not _FEEDBACK_WORDS.search(before))
        or PLAIN_TERM.search(before)
        or AGREED_TERM.search(before)
    )


def routine_near(sentence: Sentence) -> bool:
    """How feedback will be sought, said with the question itself ("at the end of each session
    I'll ask how it went"), not "every week" among terms set out far earlier in the sentence."""
    found = SEEKS_FEEDBACK.search(sentence.norm)
    if not found:
        return bool(FEEDBACK_ROUTINE.search(sentence.norm))
    near = sentence.norm[max(0, found.start() - 60) : found.end() + 60]
    return bool(FEEDBACK_ROUTINE.search(near))


def read_feedback(sentences: list[Sentence], feedback: list[Sentence]) -> SkillReading:
    """Seeking the client's view of the session: better with a rating, more than one angle and a
    reason to answer honestly (Duncan et al. 2003; Lambert & Shimokawa 2011)."""
    reading = SkillReading(present=True, strength=1.0, score=0.0, spans=feedback)
    reading.add("seeks_feedback", "you asked for their feedback on the work", 0.5, feedback[0].text)
    asked = sum(s.text.count("?") or 1 for s in feedback)
    if asked >= 2 or any(s.norm.count(",") >= 2 for s in feedback):
        reading.add("feedback_angles", "you asked about more than one part of it", 0.5)
    reading.note(
        FEEDBACK_HONESTY,
        sentences,
        "invites_honesty",
        "you made it safe to give an honest answer",
        0.75,
    )
    # How feedback will be sought from now on (rubric v2 contracting 5: "the client is told how
    # their own feedback on the work will be sought"): more than one bare question.
    reading.note(
        FEEDBACK_ROUTINE,
        sentences,
        "feedback_routine",
        "you made asking for their view part of the work",
        0.5,
    )
    # A rating is the short check-in itself ("rate today 1 to 10?"): not one bare question.
    rated = any(_RATING.search(s.norm) for s in feedback)
    if not (
        rated
        or reading.has("feedback_angles")
        or reading.has("invites_honesty")
        or reading.has("feedback_routine")
    ):
        reading.add(
            "feedback_bare", "one bare question; a short rating check-in tells you more", -0.5
        )
    reading.note(RIGID, sentences, "legalistic", "it reads out rules rather than agreeing them", -1)
    reading.score = max(1.0, min(5.0, 3.0 + sum(f.effect for f in reading.features)))
    return reading
