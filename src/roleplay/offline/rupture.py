"""Reading the `rupture_repair` criterion (relationship-boundaries rubric).

After a complaint or a withdrawal, the response names the strain, explores the client's
experience, validates it, takes the trainee's share without collapsing, and opens an adjustment
(Safran & Muran, 2000); defending, blaming or pathologising take away. A response that moves past
the strain is "not used", as the rubric's applies_when says.
"""

from __future__ import annotations

import re

from roleplay.offline import lexicon as lx
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.text import Sentence, any_of, normalise

RUPTURE = "rupture_repair"

RUPTURE_MARKER = any_of(
    r"\byou said\b",
    r"\blast (?:week|session)\b",
    r"\blast time (?:you|we|i)\b",
    r"\byou (?:don't|didn't) (?:get|listen|"
    r"understand|care|hear)\b",
    r"\bjust like (?:everyone|all)\b",
    r"\bwhatever\b",
    # the client's own "it's fine", not someone else's view reported ("he thinks it's fine")
    r"(?<!thinks )(?<!think )(?<!says )(?<!said )\bit'?s fine\b",
    r"\bpointless\b",
    r"\bcancel\w*\b",
    r"\bfelt like\b.{0,30}\b(?:diagnosed|judged|lectured|"
    r"criticised|criticized)\b",
    r"\bwhy (?:did|do) you\b",
    r"\byou (?:always|never)\b",
    r"\bnot (?:helping|working)\b",
    r"\bwaste of time\b",
    r"\bi (?:want|think i want) to stop\b",
)

NAMES = any_of(
    r"\bi think i\b",
    r"\bi (?:may|might) have\b",
    r"\bi (?:got|came|went|pushed|rushed|missed|"
    r"cancelled|said)\b",
    r"\b(?:when|after) i (?:said|cancelled|suggested|asked)\b",
    r"\bsomething (?:happened|shifted|changed)\b",
    r"\bbetween us\b",
    r"\blast (?:week|session)\b",
    r"\bit came across\b",
    r"\bi wasn't (?:there|here|available)\b",
    r"\bit was me\b",
    r"\bi(?:'m| am) sorry (?:that )?(?:i|it was me)\b",
    r"\b(?:that|it) (?:hurt|landed|felt)\b",
    r"\bthe (?:cancellation|"
    r"complaint|comment)\b",
    r"\bi can see (?:that|how|why)\b",
)

VALIDATES = any_of(
    r"\byou(?:'re| are) right\b",
    r"\b(?:it|that) makes sense\b",
    r"\bof course you\b",
    r"\bi can (?:see|understand) why\b",
    r"\bfair\b",
    r"\bthank you for (?:telling|saying|"
    r"bringing)\b",
    r"\bunderstandabl[ey]\b",
    r"\bi(?:'m| am) glad you (?:said|told|brought)\b",
)

ADJUSTS = any_of(
    r"\bdifferently\b",
    r"\bwhat would (?:help|work|be more)\b",
    r"\btell me (?:if|when) i\b",
    r"\bwork out together\b",
    r"\bfrom now on\b",
    r"\bslow (?:down|it down)\b",
    r"\bby your values\b",
    r"\bhow (?:should|could|would) we\b",
    r"\bwhat (?:do|would) you (?:want|need) from\b",
    r"\blet'?s\b",
    r"\bcan we (?:try|do|find|make)\b",
)

# Going along with what the client asked for instead ("Okay, I'll bring some worksheets"):
# accepting is uptake, rupture repair 2-3 by the corpus ruling, however little it explores.
ACCEPTS = any_of(
    r"\bi(?:'ll| will) (?:bring|try|change|swap|switch|send) (?:some|a|an|the|that|it|them)\b",
)

# Lecturing on the method in answer to the strain ("CBT works best when you stick with the
# structure; it's what the research shows"): a rationale before any exploration defends the
# therapist's choice (Safran & Muran 2000; Eubanks et al. 2018: a rationale after exploring).
LECTURES = any_of(
    r"\bworks best (?:when|if)\b",
    r"\bwhat the (?:research|evidence|studies) (?:shows?|says?|suggests?)\b",
    r"\bthe (?:foundation|basis) (?:of|for) (?:any|all|the|every)\b",
    r"\bevidence[- ]based\b",
)

COLLAPSES = any_of(
    r"\bi(?:'m| am) so(?: so)? sorry\b.{0,60}\b(?:terrible|awful|useless|failure|learning)\b",
    r"\bi feel (?:terrible|awful|so bad|dreadful|like a failure)\b",
    r"\bi(?:'m| am) (?:still "
    r"learning|useless|a terrible)\b",
    r"\bi(?:'m| am) always doing this\b",
    r"\bthat was (?:awful|terrible|unforgivable) of me\b",
)

PATHOLOGISES = any_of(
    r"\binteresting that you(?:'re| are)\b",
    r"\bpart of the pattern\b",
    r"\b(?:you (?:might )?do|you did|you are|you treat \w+|same (?:thing|pattern)) (?:with|like) "
    r"your (?:mother|father|mum|dad|ex)\b",
    r"\btransference\b",
    r"\byou(?:'re| are) (?:\w+ )?"
    r"(?:avoiding|deflecting|resisting|projecting)\b",
)

# Responses that deepen a rupture (Safran & Muran, 2000; Eubanks, Muran & Safran's 3RS):
# making the strain the client's fault, holding to the task against the client, and pressure.
# Each answers the strain, badly: the criterion is in use and scored low, not "not used".
EXACERBATES = (
    (
        "blames_client",
        "it makes the strain the client's fault",
        any_of(
            r"\byou(?:'re| are) being (?:very |a bit |so |really )?\w+",
            r"\byou (?:always|do tend to|tend to|keep) (?!\w+ me\b)\w+",
            r"\bthinking (?:error|trap)\b|\ball-or-nothing\b|\bcatastrophi[sz]\w*\b",
            r"\bit would help if you\b|\byou need to (?:engage|try|meet|trust|stop)\b",
            r"\bmeet me halfway\b|\btaking it out on me\b|\bthat's not fair\b(?! (?:on|to) (?:you|u)\b)",
            r"\bi can't be responsible\b|\bi(?:'m| am) only trying to help\b",
        ),
    ),
    (
        "holds_to_task",
        "it holds to the task instead of turning to what happened",
        any_of(
            # "let's just carry on" glosses (a smaller fault, named "glosses"); these insist
            r"\bpush through\b|\b(?:is|are) the (?:method|approach|model)\b",
            r"\bneeds? the structure\b|\bwe've only (?:done|had|got)\b",
        ),
    ),
    (
        "pressures",
        "it pressures the client to stay or comply",
        any_of(
            r"\b(?:you'll|you will) (?:be charged|still pay|lose)\b",
            r"\bif you(?:'re| are) going to be (?:difficult|like that)\b",
            r"\bif you (?:leave|stop|go) now\b",
            r"\bi(?:'ve| have) (?:already )?said sorry\b",
        ),
    ),
)


# The client plays the strain down ("it's no problem, things happen"): a withdrawal marker
# (Safran & Muran 2000; Eubanks' 3RS: minimising, appeasing). Taking it at its word and moving on
# ("good, glad that was okay") leaves the rupture where it was: repair attempted at most weakly
# (the rubric's check: does it treat a withdrawal "rather than accepting it at face value?").
MINIMISES = any_of(
    r"\b(?:it's|it is|that's|that is) (?:fine|okay|ok|alright|all right|nothing)\b",
    r"\bno problem\b",
    r"\bthings happen\b",
    r"\bdon't worry\b",
    r"\b(?:not|no) a big deal\b",
    r"\bforget (?:it|about it)\b",
)
TAKES_AT_FACE_VALUE = any_of(
    r"\b(?:good|great|glad|phew|lovely)\b.{0,30}\b(?:(?:was|is|were|are) (?:okay|ok|fine|alright|"
    r"all right|no problem)|you(?:'re| are) (?:okay|ok|fine|alright))\b",
    r"\b(?:no worries|no harm done)\b",
)


# Owning the lapse in plain words: "that was my doing", "thats on me", "I should have".
OWNS_LAPSE = any_of(
    r"\bthats on me\b|\bmy (?:fault|doing|mistake)\b", r"\bi (?:should|shd|shld) have\b"
)


# The trainee taking up the strain in words the lists above miss: owning it in text-speak,
# reassuring about their own conduct ("I'm not moving you on", "I'm staying"), asking what they
# did, wondering whether it is harder with them now, or whether their part is in it ("I suspect
# I've been missing something you came for", "it might be about me rather than you").
TAKES_UP = any_of(
    OWNS_LAPSE.pattern,
    r"\bi(?:'m| am|m)? not (?:moving|rushing|pushing|hurrying) (?:you|u) on\b",
    r"\bi(?:'m| am|m) (?:staying|not going anywhere)\b",
    r"\bwhat (?:have|did) i (?:done|do|said|say)\b",
    r"\bharder to (?:talk|say it|be here) (?:to|with) me\b",
    r"\bi (?:think|suspect|wonder if|wonder whether|guess) i(?:'ve| have|ve)? (?:been )?(?:missing|"
    r"going somewhere|let (?:that|it|us|this)|made (?:it|that|this) (?:sound|feel|seem)|came across|"
    r"come across|been (?:pushing|rushing|talking|going))\b",
    r"\bi(?:'ve| have)? let (?:that|it|us|this) (?:happen|slide|slip|drift)\b",
    r"\babout me(?:,)? (?:rather than|not) (?:about )?(?:you|u)\b",
    r"\bi deserved that\b",
    r"\bwithout asking (?:you|u|what (?:suits|works for) (?:you|u))\b",
)


def read_rupture(sentences: list[Sentence], client_text: str, invites: str | None) -> SkillReading:
    client = normalise(client_text)
    strained = invites == RUPTURE or bool(RUPTURE_MARKER.search(client))
    if not strained:
        # A request that carries an earlier strain ("next time, message me directly") is still
        # the rupture when the trainee owns their part in it ("that was my doing"): the repair
        # is in the response's own words, not read into the moment from its history.
        strained = any(TAKES_UP.search(s.norm) or lx.OWNS_PART.search(s.norm) for s in sentences)
    reading = SkillReading(present=False, strength=0.0, score=0.0)
    if not strained or not sentences:
        return reading
    addressed = [
        s
        for s in sentences
        if NAMES.search(s.norm)
        or VALIDATES.search(s.norm)
        or lx.OWNS_PART.search(s.norm)
        or re.search(r"\bsorry\b", s.norm)
        or PATHOLOGISES.search(s.norm)
        or lx.DEFENSIVE.search(s.norm)
        or LECTURES.search(s.norm)
        or TAKES_UP.search(s.norm)
        or ACCEPTS.search(s.norm)
        or any(pattern.search(s.norm) for _, _, pattern in EXACERBATES)
    ]
    face_value = (
        next((s for s in sentences if TAKES_AT_FACE_VALUE.search(s.norm)), None)
        if MINIMISES.search(client)
        else None
    )
    if face_value is not None and face_value not in addressed:
        addressed.append(face_value)
    if not addressed:
        return reading  # moved past the strain
    reading.present, reading.strength, reading.spans = True, 1.0, addressed
    score = 2.5
    reading.note(NAMES, sentences, "names_rupture", "you named what happened between you", 0.75)
    invite = next(
        (
            s.text
            for s in sentences
            if lx.INVITES_VIEW.search(s.norm) and re.search(r"\byou(?:r)?\b", s.norm)
        ),
        None,
    )
    if invite:
        reading.add("explores_experience", "you invited their experience of it", 0.75, invite)
    reading.note(VALIDATES, sentences, "validates", "you validated their reaction", 0.5)
    reading.note(lx.OWNS_PART, sentences, "takes_responsibility", "you took your share", 0.75)
    if not reading.has("takes_responsibility"):
        reading.note(OWNS_LAPSE, sentences, "takes_responsibility", "you took your share", 0.75)
    reading.note(ADJUSTS, sentences, "adjusts_work", "you opened a change in how you work", 0.5)
    reading.note(ACCEPTS, sentences, "goes_along", "you went along with what they asked", 0.0)
    blame = (
        quote_match(PATHOLOGISES, sentences)
        or quote_match(lx.DEFENSIVE, sentences)
        or quote_match(LECTURES, sentences)
    )
    if blame:
        reading.add(
            "defends_or_blames", "it defends you or makes it the client's problem", -1.5, blame
        )
    if face_value is not None:
        reading.add(
            "takes_at_face_value",
            "it takes their 'it's fine' at its word and moves on",
            -1.5,
            face_value.text,
        )
    for name, label, pattern in EXACERBATES:
        reading.note(pattern, sentences, name, label, -2.0)
    reading.note(
        COLLAPSES,
        sentences,
        "collapses",
        "the apology is so heavy the client may have to look after you",
        -1.5,
    )
    if not invite and not reading.has("names_rupture"):
        reading.add("glosses", "it moves on without exploring what happened", -0.75)
    reading.score = max(1.0, min(5.0, score + sum(f.effect for f in reading.features)))
    return reading


# Steering back to the agenda: with nothing said about the strain, this walks past it.
MOVES_PAST = re.compile(
    r"\b(?:go|get|come|going|getting) back to\b|\breturn(?:ing)? to\b|\bmove on to\b|"
    r"\b(?:look at|get on with|carry on with|pick up)\b.{0,40}\b(?:again|now|where)\b|"
    r"^(?:anyway|so|right|okay|ok)\b|"
    r"^let'?s (?:see|look at|start with|go through|check)\b.{0,40}\bfirst\b|"
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
    r"if you'?re sure|we can|(?:don'?t|do not) have to|something else|different|skip)\b"
)


def moves_past(sentences: list[Sentence]) -> bool:
    return any(MOVES_PAST.search(s.norm) for s in sentences)


def takes_marker_up(sentences: list[Sentence]) -> bool:
    return any(TAKES_UP_MARKER.search(s.norm) for s in sentences)
