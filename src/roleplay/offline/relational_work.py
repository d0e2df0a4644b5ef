"""Talk about the work between trainee and client, read as immediacy: asking the client's view of
the sessions now, and the trainee owning, in plain words, a lapse in how they have just worked.

The rubric's immediacy covers "asking how the client is experiencing the trainee or the therapy"
(Hill 2020; Hill & Knox 2009): "Was today okay for you?", "did you feel heard?". Seeking that
feedback is also a contracting move (contracting_feedback.py); the two criteria read the same
words for different things. A routine promised for later ("at the end of each session I'll ask
how it went") asks nothing now, and is left to contracting alone.

Owning a lapse ("I dodged it a minute ago", "that came out wrong", "I let us run on") is the
trainee's part in what just happened between them (Safran & Muran 2000; Hill et al. 2014).
"""

from __future__ import annotations

import re

from roleplay.offline.relational_close import SCHEDULES_SESSION
from roleplay.offline.text import Sentence, any_of

# What the question is about: the session, the therapy, the way the two of them work.
_WORK = (
    r"(?:today|today's session|this session|the session|our sessions?|these sessions|this work|"
    r"the work|our work|therapy|counsell?ing|this hour|the hour)"
)
_GOOD = (
    r"(?:ok|okay|alright|all right|useful|helpful|any good|any use|what you (?:wanted|needed|came "
    r"for))"
)
ASKS_ABOUT_THE_WORK = any_of(
    rf"\bhow(?:'s| is| was| has| did)? {_WORK}(?: (?:been|go|gone|going|feel|felt|was))?"
    r"(?: (?:for (?:you|u)|today|so far|generally))?\b[^.!]*\?",
    # "was today ok?", "was that useful today, do you think?", "was that okay for you today?"
    rf"\b(?:was|is|has) {_WORK}(?: been)? (?:\w+ )?{_GOOD}\b[^.!]*\?",
    # "that" only with the session beside it: "was that helpful, talking to your sister?" is not
    rf"\b(?:was|is|has) (?:that|this|it)(?: been)? (?:\w+ )?{_GOOD}\b"
    r"[^.!?]*\b(?:today|for (?:you|u)|this session|do you think)\b[^.!]*\?",
    rf"\bdid (?:(?:you|u) find )?(?:{_WORK}|that|this|it) (?:feel |seem )?(?:help\w*|useful|worth"
    r"\w*|okay|ok|right)\b[^.!]*\?",
    r"\bdid (?:you|u) feel (?:heard|listened to|understood)\b",
    r"\bdid we (?:work on|talk about|get to|focus on|cover) what (?:you|u) (?:wanted|came|"
    r"needed)\b",
    r"\b(?:the way|how) we (?:worked|work|are working|'re working)\b[^.!]*\b(?:fit|suit)\w*\b",
    # a rating asked about the session: "how was today out of 10?", "0 to 10 how much did today
    # feel like what u wanted?" (a rating of an urge or a mood is not about the work)
    r"\b(?:out of (?:ten|10)|scale of|(?:0|zero|nought|one|1) ?(?:-|to) ?(?:ten|10))\b"
    r"(?=[^.!]*\b(?:today|session|heard|we|us|our|therapy|(?:you|u) wanted)\b)[^.!]*\?",
    r"\b(?:today|session|heard|we|therapy)\b[^.!]*\b(?:out of (?:ten|10)|scale of|(?:0|zero|"
    r"nought|one|1) ?(?:-|to) ?(?:ten|10))\b[^.!]*\?",
    # after a rating: "what would make it an eight?", "what would move it up a couple of points?"
    r"\bwhat would (?:have )?(?:made|make|move|get|take) it (?:up|higher|an? (?:\d+|one|two|"
    r"three|four|five|six|seven|eight|nine|ten)|to (?:an? )?(?:\d+|six|seven|eight|nine|ten))\b",
    rf"\bwhat would (?:have )?(?:made|make) (?:{_WORK}|it|next (?:week|time)) (?:more (?:useful|"
    r"helpful)|better|work better)\b",
    r"\b(?:anything|something|what) (?:today |in here )?(?:that )?(?:didn't|did not|didnt|isn't|"
    r"wasn't) (?:fit|work|help)\w*\b[^.!]*\?",
    r"\b(?:anything|what) (?:you(?:'d| would)|would you) (?:want me to |like me to )?(?:change|do "
    r"differently|like (?:more|less) of)\b",
    r"\bi want to know what missed\b|\bwhat missed\b",
    # "What was missing for you?" after a rating (how-was-today/a-six), asked on its own
    r"\b^(?:(?:and|so|ok|okay|six|thank you|thanks)[,.]? )*what (?:was|felt) missing"
    r"(?: for (?:you|u))?(?: today)?\s*\?",
    r"\bwhat (?:was|has been|wasn't|was not) (?:most |least |not )?(?:useful|helpful|unhelpful)\b"
    r"[^.!?]*\b(?:today|this session|the session|in here|our sessions?)\b",
    # the client's experience of asking the trainee, or of sitting with them: "what was it like to
    # ask me?", "how is it for you, sitting with someone newer?"
    r"\bwhat(?:'s| is| was|s)? (?:it|that) (?:been )?like,? (?:for (?:you|u),? )?(?:to ask|"
    r"asking) me(?: (?:that|this|it))?\W*$",
    r"\bhow(?:'s| is| was)? (?:it|that) (?:for (?:you|u))?,? (?:sitting|being|working|talking) "
    r"(?:here )?(?:with|w|to) (?:me|someone|a (?:trainee|student|younger|newer))\b",
)
# Said as a question, or asked now in the trainee's words ("I'd like to check how today was").
_ASKS_NOW = re.compile(
    r"\b(?:can|could|may) i (?:ask|check)\b|\bi(?:'d| would) (?:like|love|want) to (?:ask|check|"
    r"hear|know)\b|\bi want to know\b"
)


# The client's own mood rated ("How are you feeling today, out of ten?", "how low is your mood,
# one to ten?"): a check on their state, not on the sessions, unless the sessions are named.
_MOOD_RATED = re.compile(
    r"\bhow (?:are|r) (?:you|u) (?:feeling|doing)\b|\b(?:your|ur) mood\b|\bhow (?:low|high|bad|"
    r"anxious|stressed|down|sad|strong)\b"
)
_SESSION_NAMED = re.compile(r"\b(?:sessions?|therapy|in here|we|us|our|with me)\b")


def asks_about_the_work(sentence: Sentence) -> bool:
    """The sentence asks, now, how the sessions are for the client."""
    norm = sentence.norm
    if not ASKS_ABOUT_THE_WORK.search(norm):
        return False
    if _MOOD_RATED.search(norm) and not _SESSION_NAMED.search(norm):
        return False
    return sentence.is_question or "?" in norm or bool(_ASKS_NOW.search(norm))


# The task of the sessions put forward: their plan, goals or agenda to go over ("Maybe we should
# review the goals for our sessions", "I'd like to go back over the plan for these sessions").
# It names the sessions but says nothing of how they are for the client: the work's task, not
# the relationship (rubric: "when ... is about something else").
TASK_OF_THE_WORK = any_of(
    r"\b(?:go (?:back )?over|review|look (?:again )?at|revisit|come back to|check in on|update|"
    r"set|agree|write down|make) (?:the |our |your |some |a )?(?:plan|goals?|agenda|targets?|"
    r"treatment plan|care plan|aims)\b"
)


# The trainee's health given back as a courtesy ("Thank you, I'm much better", "Yes, much better,
# thanks!"): the instructor's exemplar at cancelled-session-its-fine/its-fine leaves such an
# answer out of immediacy. The whole sentence, nothing else in it.
COURTESY = re.compile(
    r"^(?:(?:oh|ah|yes|yeah|yep|thanks|thank you|cheers)[,!.]? )*(?:i'm |i am |im |feeling )?"
    r"(?:much |a lot |loads |so much |all |way )?(?:better|fine|recovered|well again|back to "
    r"normal)(?: now)?(?:,? (?:thanks|thank you|cheers)(?: for asking)?)?[.!]*$"
)


def only_the_task(sentences: list[Sentence]) -> bool:
    """Every sentence puts the task of the sessions forward or books a session (qa4: "Thank you,
    I'm much better. Shall we book an extra session to make up for it?" had read as immediacy 3
    at cancelled-session-its-fine/its-fine), or is a courtesy beside one, and none asks how the
    sessions are."""
    practical = [
        s
        for s in sentences
        if (TASK_OF_THE_WORK.search(s.norm) or SCHEDULES_SESSION.search(s.norm))
        and not asks_about_the_work(s)
    ]
    return bool(practical) and all(s in practical or COURTESY.search(s.norm) for s in sentences)


# A lapse in how the trainee has just worked, owned in plain words.
OWNS_LAPSE_IN_ROOM = any_of(
    r"\b(?:that|it|this)(?: one| bit)?(?:'s|s| is| was) (?:all )?on me\b",
    r"\b(?:that|it)(?:'s|s| is| was) my (?:fault|doing|mistake|bad)\b",
    r"\b^my (?:bad|mistake|fault)\b(?! (?:was|is|were))",
    r"\bi (?:\w+ )?(?:dodged|ducked|sidestepped|side-stepped|skirted|slid past|slid over|glossed "
    r"over|brushed off|batted away) (?:it|that|this|your|the|you)\b",
    r"\bi (?:\w+ )?avoided (?:your|the|that) question\b",
    r"\bi(?:'ve| have)? (?:just )?let (?:it|that|us|the time|the session) (?:\w+ )?(?:slip|slide|"
    r"run|drift|go on|overrun|get away)\b",
    r"\b(?:that|it) came out (?:all )?(?:wrong|badly|harsh\w*|sharp\w*|cold|clumsy|preachy)\b",
    r"\bi (?:put|said|phrased|worded|handled) (?:that|it|this) (?:really |very |so )?(?:badly|"
    r"wrong|clumsily|poorly)\b",
    r"\bi made (?:it|that|this) sound (?:like|as if)\b",
    r"\b(?:didn't|did not|didnt) mean (?:it|that) (?:like that|that way|to (?:sound|come))\b",
    # going past what the client said, owned or asked: "I went straight past it", "which bit did
    # I skip?", "what was the thing I skipped?" (just-like-everyone-else/escalates)
    r"\bi (?:\w+ )?(?:went|carried on|breezed|sailed|charged|rushed|ploughed|steamed) (?:straight "
    r"|right |clean )?past (?:it|that|this|what|something|your|u|you)\b",
    r"\bi (?:\w+ )?(?:skated|ploughed|steamrollered|steamrolled) (?:straight |right )?over (?:it|"
    r"that|this|what|something|your|u|you)\b",
    r"\bi (?:\w+ )?skipped (?:over |past )?(?:it|that|this|what (?:you|u)|something|your|a bit)\b",
    r"\bdid i (?:just )?(?:skip|skim|ignore|overlook|gloss over|skate over|brush (?:off|past)|"
    r"rush past|go past|steamroller|steamroll)\b",
    r"\b(?:thing|bit|part) i (?:just )?(?:skipped|skimmed|skated over|glossed over|rushed past|"
    r"went past|brushed past)\b",
    # the trainee's reaction just now, owned: "I'm sorry. I overreacted." (same-small-town/
    # refer-rupture), "I got defensive there", "I was short with you"
    r"\bi (?:\w+ )?(?:overreacted|over-reacted)(?= ?[,.!?]|$| just now| there| earlier| a moment "
    r"ago| today| when (?:you|u)| to (?:you|u|what (?:you|u)))",
    r"\bi (?:\w+ )?(?:got|was|went|became) (?:a bit |quite |really |a little |so )?(?:defensive|"
    r"short with (?:you|u)|sharp with (?:you|u)|abrupt with (?:you|u))\b",
    r"\bi (?:\w+ )?snapped at (?:you|u)\b",
    r"\bi (?:\w+ )?(?:panicked|froze|flinched|got flustered|was thrown|got thrown)(?: a bit| a "
    r"little)? (?:when|as) (?:you|u)\b",
    r"\b(?:that|it|this)(?:'s| is|s| was) (?:all )?mine,? not (?:yours|urs|you|u)\b",
    # a promise or a decision of the trainee's owned: "I said I would and I didn't", "I moved our
    # day without really asking you", "that was me making it about my work", "I've probably done
    # some of the nodding" (corpus lines labelled 3-5 that the reader found nothing in)
    r"\bi (?:said|told (?:you|u)|promised)(?: (?:you|u))? i(?:'d| would)(?: \w+){0,3},? "
    r"(?:and|but) (?:then )?i (?:didn't|did not|didnt|never)\b",
    r"\bi (?:\w+ )?(?:moved|changed|switched|swapped|shifted|cancelled|set|booked|rearranged|"
    r"picked|chose|decided|ended|dropped) "
    r"(?:\w+ ){0,4}without (?:really |even |properly )?(?:asking|checking with|consulting|"
    r"telling) (?:you|u)\b",
    r"\b(?:that|it) was (?:all |just )?me (?:making|being|getting|doing|taking|pushing|rushing|"
    r"putting)\b",
    r"\bi(?:'ve| have|ve)? (?:probably |maybe |definitely |certainly )?(?:done|been doing) (?:some|"
    r"a bit|a lot|plenty|my share) of (?:that|the|it)\b",
    # something of the client's not honoured, owned: "I did not respect your root" (a literal
    # second-language apology at complaint-about-last-session/you-said)
    r"\bi (?:didn't|did not|didnt) (?:\w+ )?(?:respect|honou?r|consider|take seriously|think "
    r"about) (?:your|ur|what (?:you|u))\b",
    # the trainee counted, now, among those the client complains of: "right now I'm one of them",
    # "I've probably been one of them today" (not "lots of people have it, I'm one of them")
    r"\b(?:right now|just now|today|in here|to (?:you|u)),? (?:i'm|i am|im|i've been|i have been|"
    r"ive been) (?:probably |maybe |just )?(?:one of|another one of|one more of) (?:them|those)\b",
    r"\b(?:i'm|i am|im|i've been|i have been|ive been) (?:probably |maybe |just )?(?:one of|"
    r"another one of|one more of) (?:them|those)\b(?=[^.?!]{0,20}\b(?:right now|just now|today|in "
    r"here|to (?:you|u)|in (?:your|ur) eyes|so far)\b)",
    r"\b(?:i'm|i am|im|i've been|i have been|ive been) (?:probably |maybe |just )?part of (?:that|"
    r"the problem)(?= ?[,.!?]|$| too| as well| today| here)",
)


# "I wonder" put to the client's life, past or plans, with nothing of the two of them or the
# present moment in it: "I wonder why you stopped with the other two counsellors", "I wonder
# what an accountant's diary used to look like", "I wonder how old you were when you went into
# care". A question about content, whatever its opening (Hill 2020: immediacy is about the
# relationship now); the "I wonder what it's like when your brother texts".
_WONDERS = re.compile(
    r"^(?:\w+[,.!]? ){0,3}i(?:'m| am)? (?:just )?wonder(?:ing)? (?:what|why|how|where|"
    r"when|who|if|whether)\b"
)
_IN_THE_ROOM = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|im|me|my|us|we|our|here|now|today|this room|in here|just then|"
    r"feel|feeling|felt|sessions?|therapy|counsel+ing)\b"
)


def wonders_about_their_life(sentences: list[Sentence]) -> bool:
    """Every sentence is an "I wonder" about the client's life with nothing of the two of them,
    the present or feeling in it (the opening "I wonder" aside), or a courtesy or a word or two
    ("Hm.") beside one."""
    wondered = [
        s
        for s in sentences
        if _WONDERS.search(s.norm) and not _IN_THE_ROOM.search(_WONDERS.sub("", s.norm, count=1))
    ]
    return bool(wondered) and all(
        s in wondered or COURTESY.search(s.norm) or s.words <= 2 for s in sentences
    )
