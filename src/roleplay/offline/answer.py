"""How a response answers a request: refused, deferred, granted with a hedge, or granted.

Negation decides the verdict, not the words of the request: "I don't give clients my personal
number" names a number and refuses it; "Maybe once we've finished working together!" promises it
later (a deferral is a grant with a date); "I don't see why not" is a yes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from roleplay.offline import lexicon as lx
from roleplay.offline.reading import quote_match
from roleplay.offline.text import Sentence, any_of

Answer = Literal["refused", "deferred", "hedged_grant", "granted", "none"]

# A negated yes: the hedge is the grant ("I don't see why not", "can't see a problem").
HEDGED_GRANT = any_of(
    r"\b(?:don't|do not|can't|cannot) (?:really |honestly )?see (?:why not|a problem|any "
    r"(?:harm|problem|reason not)|the harm)\b",
    r"\bi (?:suppose|guess) (?:that'?s|it'?s|it would be|that would be|we could|i could)\b",
    r"\b(?:should|would) be (?:fine|okay|ok|alright)\b",
    r"\bwhy not\b",
    r"\bno harm in\b",
    r"\bjust (?:this once|the once|a quick one)\b",
    r"\bi(?:'ll| will) (?:make an exception|bend the rules)\b",
    r"\bas long as (?:you )?(?:don't tell|keep it)\b",
    r"\bdon't tell anyone\b",
    # a no undone in the same breath: "I'd rather not, but I suppose in an emergency..."
    # ("..., but maybe we could sit together" offers an alternative, so "maybe" is left out)
    r"\bbut (?:i suppose|i guess|okay|ok|fine|if it's|in an emergency)\b",
    # a yes fenced round: "Okay, but only for real emergencies, yeah?"
    r"\b^(?:(?:oh|um+|hm+)[,.]? )?(?:okay|ok|alright|fine|sure|yes|yeah|go on)[,.!]* but (?:only|"
    r"just) (?:for|if|in|when)\b",
    # a tentative yes to coming: "I'll see if I can make the ceremony", "maybe I could pop in"
    r"\bi(?:'ll| will) (?:see if|try to|try and) (?:i can )?(?:make|come|pop|get|be there|fit|"
    r"drop)\b",
    r"\b(?:maybe|perhaps) i (?:could|can|might) (?:just )?(?:pop|come|drop|make|stop|join|be there|"
    r"get there|swing)\b",
    r"\bi (?:could|might) (?:pop|drop|stop) (?:in|by)\b",
    r"\bif i(?:'m| am) free\b",
    r"\bcheck (?:my|the) (?:diary|calendar|schedule|rota)\b",
    # a rule named, then bent in the same breath: "I'm not really supposed to... maybe just for
    # cancellations, then?", "I probably shouldn't... leave it with me", "we'll square it later",
    # "the office never really chases those fees, so I'd just ignore that bit"
    r"\b(?:i(?:'m| am) not (?:really )?supposed to|i (?:probably |really )?shouldn't(?: really)?)"
    r"\b[^?!]{0,40}\b(?:maybe|but|let me|leave it with me|just (?:for|this|the once)|okay|ok)\b",
    r"\blet me (?:have a )?think (?:about )?what i can do\b|\bleave it with me\b",
    # the same when the rule trails off into its own sentence: "I'm not really supposed to...
    # maybe just for cancellations, then? But only if it's urgent."
    r"\b^(?:but |so |okay,? |ok,? )?(?:maybe|perhaps) (?:just )?(?:for|in) (?:emergencies|"
    r"cancellations|urgent (?:things|stuff)|an emergency|real emergencies)\b",
    r"\bbut only if (?:it's|its|it is) (?:urgent|an emergency|really important)\b",
    r"\bwe(?:'ll| will) (?:square|sort) it (?:out )?later\b",
    r"\b(?:never|don't|doesn't) (?:really )?(?:chase|chases|charge|charges|check|checks)\b"
    r"[^.!?]{0,40}\b(?:just )?ignore (?:that|it|this)\b",
    # an exception made out loud: "I don't usually..., but", "I suppose it doesn't matter"
    r"\b(?:don't|do not) (?:usually|normally|generally)\b[^.!?]*\bbut\b",
    r"\bi (?:suppose|guess) (?:it )?(?:doesn't|does not|won't|wouldn't|can't) (?:matter|hurt)\b",
    # "a quick WhatsApp wouldn't hurt", "one text won't hurt"
    r"\b(?:a|one|the odd|an) (?:quick |little |short |single )?[\w']+ (?:wouldn't|won't|can't|"
    r"couldn't|shouldn't) (?:hurt|do any harm)\b",
    # taking up an offer tentatively, or keeping it open: "I might take you up on that", "if it's
    # really no bother", "let me think about it" (Gutheil & Gabbard 1993: the slope starts here)
    r"\b(?:might|may|could|will|'ll) take you up on\b",
    r"\bif (?:it's|it is) (?:\w+ )?no (?:trouble|bother)\b",
    r"\b(?:let me|i(?:'ll| will)|i(?:'d| would) (?:have|need) to) (?:think about it|check with|"
    r"get back to you|let you know)\b",
)
# Yes later: a promise of the relationship once the work ends, or some day.
DEFERRAL = any_of(
    r"\b(?:once|when|after) (?:we|our|this|therapy|the (?:sessions?|work)|counsel+ing)\b"
    r"[^.!?]{0,30}\b(?:finish\w*|end(?:s|ed)?|over|done|stop\w*|wrap\w* up)\b",
    r"\bmaybe (?:one day|some day|someday|later|down the line|in the future|another (?:time|week|"
    r"day)|next (?:time|week|month))\b",
    r"\b(?:ask me|let's see|we'll see) (?:again )?(?:later|then|after|when)\b",
    r"\bnot (?:yet|right now|for now)\b(?![^.!?]*\b(?:never|ever)\b)",
    r"\bin a (?:few|couple of) (?:months|weeks)\b",
    # "not while we're working together", "let's wait till we've finished", "after our last
    # session, who knows", "not straight away; give it a few months": the door kept open
    r"\bnot (?:while|whilst|as long as) (?:we(?:'re| are)|i(?:'m| am)) (?:still )?(?:working "
    r"together|in therapy|your (?:counsel+or|therapist))\b",
    r"\b(?:till|until) (?:we(?:'ve| have)|the (?:sessions?|work|therapy) (?:has|have|is|are)) "
    r"(?:finished|ended|stopped|done|over)\b",
    r"\bafter (?:our|the|your) (?:last|final) (?:session|appointment|meeting)\b",
    r"\bnot (?:straight away|right away|immediately|just yet)\b",
    r"\bgive it (?:a few|a couple of|some|a) (?:months?|weeks?|while)\b",
    r"\b(?:leave|keep) (?:it|that|the request) (?:pending|open)\b",
)
# "Okay, same time next week then" agrees to end on time: it keeps the frame, whatever else it
# misses (a disclosure of harm left unchecked is read on its own). Not "see you at the
# christening next week", which is a yes.
AGREES_TO_END = re.compile(
    r"\b(?:same time|see you|until|till) next (?:week|time|session)\b|\bsee you then\b"
)


def ends_on_time(yes: str, sentences: list[Sentence]) -> bool:
    """A bare "Okay." to "same time next week?" with "See you then." beside it: the session
    ended on time, nothing granted."""
    return len(yes.split()) <= 2 and any(AGREES_TO_END.search(s.norm) for s in sentences)


# Keeping to the agreed time at an overrun: a yes to "should I go?" holds the frame.
ENDS_ON_TIME = any_of(
    r"\b(?:need|have|ought|got|going) to (?:stop|end|finish|wrap (?:up|it up)|leave it)\b",
    r"\bwe should (?:stop|end|finish|wrap up|leave it)\b",
    r"\b(?:it's|that's|it is) time (?:for us )?to (?:stop|end|finish|wrap up)\b",
    r"\bwe(?:'re| are) (?:at|out of|over) (?:time|our time)\b",
)
# Letting the session run on past the agreed end (Zur 2007: a boundary of time, crossed kindly).
RUNS_ON = any_of(
    r"\ball the time (?:you need|in the world)\b",
    r"\b(?:don't|do not|never) (?:you )?worry about the time\b",
    r"\b(?:my )?next (?:client|person|appointment|one) can wait\b",
    r"\bi(?:'ve| have) got (?:time|ages|plenty of time)\b",
    r"\bstay (?:a (?:bit|while|little)|on) longer\b|\bstay as long as\b|\b^(?:no,? )*stay\b",
    r"\b(?:sit|stay) (?:back )?down for a (?:bit|while|minute|moment)\b",
)
GRANT = any_of(
    # "Of course you want to be held" grants nothing: it says the wish makes sense
    r"\b^(?:(?:oh|omg|aw+|ah|ooh),? )?(?:sure|of course(?! (?:you|u)(?:'d| would)? (?:want|"
    r"wanted|need|needed|feel|felt|wish|miss)\b)|absolutely|yes|yeah|okay|ok|go on then|why not|"
    r"happy to|definitely)\b(?![^.!?]*\b(?:but|though|however|not|stop|end|finish|wrap|time)\b)",
    r"\bi(?:'d| would) (?:love|be happy|be glad) to\b(?! (?:hear|know|understand|think|talk))"
    r"(?![^.!?]*\b(?:but|though|however)\b)",
    r"\bhere'?s my\b",
    r"\bcome here\b",
    r"\bi(?:'ll| will) (?:add|follow(?! (?:your|ur|yr) lead)|text|call|message|ring|come|be there|"
    r"send you my)\b",
    r"\b(?:that|it)(?:'d| would) be (?:lovely|nice|great|brilliant|amazing|perfect|fantastic|"
    r"wonderful|a (?:real |huge |great )?help)\b(?![^.!?]*\b(?:but|though|however|not)\b)",
    # accepting an offer by naming when ("Saturday's fine", "Tuesday works for me") or by
    # arranging the hand-over ("I'll bring it round", "I'll leave the keys at reception")
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the weekend)"
    r"(?:'s| is)?"
    r" (?:fine|good|great|perfect|works|suits|is good)\b",
    # the offered day taken up: "Saturday then, cheers", "Sunday it is"
    r"\b(?:saturday|sunday|tomorrow|the weekend) (?:then|it is)\b",
    r"\bi(?:'ll| will) (?:bring|drop|pop) (?:it|them|the \w+) (?:round|over|in|off|by)\b",
    r"\bi(?:'ll| will) leave the keys\b",
    # the number handed over: "I'll write it on the back of your card"
    r"\bi(?:'ll| will) (?:write|jot|put|scribble) (?:it|my number|them|my (?:mobile|email)) "
    r"(?:down )?(?:on|for|in) (?:the back|your|you)\b",
    r"\b(?:count me in|you're on|it's a deal)\b",
    # "aw babe course u can": the yes with an endearment before it
    r"\b(?:of )?course (?:you|u) (?:can|may)\b(?!'t| not|n't)",
    # the promise asked for, given: "promise.", "ok i promise"
    r"\b^(?:ok,? |okay,? |yes,? |yeah,? |sure,? )?(?:i )?promise\b(?! (?:to|i'll|i will) "
    r"(?:listen|try|be honest|think))",
)
NEGATION = re.compile(
    r"\b(?:no|not|never|can't|cannot|won't|don't|do not|doesn't|isn't|wouldn't|shouldn't|"
    r"unable|decline|say no|rather not|prefer not|going to pass|keep (?:\w+ )?(?:private|separate|"
    r"to (?:our|these|the) sessions?))\b|n't\b"
)
# A policy recital is a cold no, never a grant and never a disclosure ("I'm not permitted to
# discuss my personal relationships with clients", "I can't discuss my personal life").
POLICY_REFUSAL = any_of(
    r"\b(?:not (?:allowed|permitted|able) to|unable to|can(?:'t|not)) (?:discuss|disclose|talk "
    r"about|share|answer)\b.{0,12}\b(?:personal|private|my (?:own )?(?:life|relationships?))\b",
)
# Kept for others: "My number isn't for clients", "I keep LinkedIn for colleagues only".
KEPT_FOR_OTHERS = any_of(
    r"\b(?:isn't|is not|aren't|are not) for (?:clients|patients)\b|\bfor (?:colleagues|family|"
    r"friends|work|people i work with) only\b",
)
REFUSAL = any_of(
    r"\b(?:can't|cannot|won't|don't|do not|am not going to|'m not going to|wouldn't|not able to|"
    r"will not|shouldn't|not going to)\b.{0,50}\b(?:(?:accept|giv|shar|hand|connect|follow|add|"
    r"meet|com|text|call|email|contact|hug|tak|go|becom|swap|exchang|us(?:e|ing))\w*|"
    r"be (?:friends|in touch)|"
    r"do (?:that|cash|favou?rs|deals)|reachable|see you)\b",
    r"\b(?:the answer|it) (?:has to|needs to|will|is going to) be (?:a )?no\b",
    r"\b(?:i'm going to|i have to|i need to|i'll have to|i'd like to|let me) (?:say no|decline|"
    r"pass|keep)\b",
    r"\b^no\b",
    r"\b(?:couldn't|can't|won't|isn't going to|is not going to|could never) happen\b",
    r"\bi(?:'d| would) (?:rather|prefer) (?:not|we didn't|to keep)\b",
    # the no as a wish that the client not ("I'd rather you didn't WhatsApp me", "I'd prefer you
    # didn't."), as the boundary reader reads it
    r"\bi(?:'d| would) (?:rather|prefer) (?:you|u) (?:didn't|did not|don't|do not|wouldn't|"
    r"would not)\b",
    r"\b(?:stays?|keep|keeping) (?:\w+ ){0,4}(?:to|within|in) (?:our|these|the) "
    r"(?:sessions?|hour|room|work)\b",
    r"\bnot (?:something|a thing) i (?:do|can do|offer)\b",
    KEPT_FOR_OTHERS.pattern,
    POLICY_REFUSAL.pattern,
)


@dataclass(frozen=True)
class RequestAnswer:
    kind: Answer
    quote: str | None = None

    @property
    def grants(self) -> bool:
        """Granted now, with a hedge, or promised for later: each changes the relationship."""
        return self.kind in {"granted", "hedged_grant", "deferred"}


def negated_before(norm: str, start: int) -> bool:
    """A no in the clause before `start` ("I don't think you need to see someone else")."""
    clause_start = max(norm.rfind(sep, 0, start) for sep in (",", ";", ".", " but "))
    return bool(NEGATION.search(norm[clause_start + 1 : start]))


# What follows "once we finish" in a plain no: the contact itself negated or ended.
_ENDS_AFTER = re.compile(r"\b(?:end of|no more|ends? (?:too|as well|there)|that's it)\b")


def _negated_after(norm: str, start: int, end: int) -> bool:
    """ "Once we finish, I don't keep in touch": the words after the time say no (up to a "but",
    which may turn it back into a yes)."""
    turn = norm.find(" but ", start)
    stop = len(norm) if turn < 0 else turn
    return bool(NEGATION.search(norm, end, stop) or _ENDS_AFTER.search(norm, start, stop))


def negated_in_sentence(sentences: list[Sentence], quote: str) -> bool:
    """ "We won't become friends after we finish", "After we finish I won't be in touch": the
    words found are said under a no."""
    for sentence in sentences:
        at = sentence.text.find(quote)
        if at >= 0:
            return negated_before(sentence.norm, at) or _negated_after(
                sentence.norm, at, at + len(quote)
            )
    return False


def offers_contact(sentences: list[Sentence]) -> str | None:
    """An un-negated offer of personal contact ("here's my number"), quoted."""
    for sentence in sentences:
        for match in lx.CONTACT_OFFER.finditer(sentence.norm):
            if not (
                negated_before(sentence.norm, match.start())
                or lx.REFUSAL.search(sentence.norm)
                or KEPT_FOR_OTHERS.search(sentence.norm)
            ):
                return quote_match(lx.CONTACT_OFFER, [sentence])
    return None


# "Why don't you text me tonight?" suggests; its "don't" negates nothing.
_SUGGESTION = re.compile(r"\bwhy (don't|do not) (?:you|we)\b")


def without_suggestions(sentence: Sentence) -> Sentence:
    if "why" not in sentence.norm:
        return sentence
    # Blanked to the same length, so the offsets back into the original text still hold.
    norm = _SUGGESTION.sub(
        lambda m: m.group(0).replace(m.group(1), " " * len(m.group(1))), sentence.norm
    )
    return sentence if norm == sentence.norm else replace(sentence, norm=norm)


# The service offering something of its own ("the service can book you a review in a few
# months") puts a time on the alternative, not on what was asked.
_THE_SERVICE_OFFERS = re.compile(
    r"\bthe (?:service|office|clinic|team|reception|practice) (?:can|could|will|would)\b|"
    r"\b(?:book|refer) you (?:in|for|to)\b"
)


def _offered_by_the_service(sentences: list[Sentence], quote: str) -> bool:
    return any(quote in s.text and _THE_SERVICE_OFFERS.search(s.norm) for s in sentences)


# A review point on a term renegotiated ("monthly, and review in a couple of months") puts a date
# on looking again together, not on what was asked.
_REVIEW = re.compile(r"\b(?:review|revisit|look (?:at it |at this |at that )?again|check in)\b")


def _reviews(sentences: list[Sentence], quote: str) -> bool:
    return any(quote in s.text and _REVIEW.search(s.norm) for s in sentences)


EXPLORES_WISH = re.compile(
    r"\bwhat (?:would|might|could|does|did|will) (?:it|that|this) "
    r"(?:mean|be like|give you|change)\b|"
    r"\bhow (?:would|might|could|will) (?:it|that|this) (?:feel|be|help)\b|"
    r"\bwhat (?:do|did) you (?:imagine|picture|hope|hope for|wish)\b|"
    r"\bwhat(?:'s| is| was) it about\b|\bwhat makes? (?:you|u) (?:want|wish|ask)\b|"
    r"\bwhat(?:'s| is) (?:behind|underneath|under) (?:the|that|this|it)\b"
)


def answering_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences that can answer a request. A question about what the wish means ("What
    would it mean to you, to be able to email me?") explores it and answers nothing (corpus
    ruling O: a question that explores a press leaves boundary null)."""
    return [s for s in sentences if not (s.is_question and EXPLORES_WISH.search(s.norm))]


def answer_to_request(sentences: list[Sentence]) -> RequestAnswer:
    """The response's answer to a request outside the frame. Hedges and deferrals are grants."""
    sentences = answering_sentences(sentences)
    if not sentences:
        return RequestAnswer("none")
    sentences = [without_suggestions(s) for s in sentences]
    hedged = quote_match(HEDGED_GRANT, sentences)
    if hedged:
        return RequestAnswer("hedged_grant", hedged)
    deferred = quote_match(DEFERRAL, sentences)
    refused = quote_match(REFUSAL, sentences)
    if (
        deferred
        and not re.search(r"\b(?:even|never)\b", deferred.lower())
        and not _reviews(sentences, deferred)
        and not negated_in_sentence(sentences, deferred)
        and not _offered_by_the_service(sentences, deferred)
    ):
        return RequestAnswer("deferred", deferred)
    offer = offers_contact(sentences) or quote_match(RUNS_ON, sentences)
    if offer:
        return RequestAnswer("granted", offer)
    refused = refused or quote_match(ENDS_ON_TIME, sentences)
    if refused:
        return RequestAnswer("refused", refused)
    granted = quote_match(GRANT, [s for s in sentences[:2] if not AGREES_TO_END.search(s.norm)])
    if granted and ends_on_time(granted, sentences):
        granted = None
    if granted:
        return RequestAnswer("granted", granted)
    return RequestAnswer("none")
