"""Does the response answer the client's question about the helper? The answer and its forms.

"Are you married?" - "I am, yes." answers in its first words; "Cork, originally." and "Twenty-six."
answer without an "I"; "Married, one kid." without a verb; "If it were me, I'd..." answers "What
would you do?". A turn-down ("That's personal"), a deflection, a courtesy that opens the sentence
("I'm fine, thanks") or a nod to the question ("Fair question.") answers nothing. Split from
disclosure_presence.py, which re-exports answering_sentence and answers_personal_question.
"""

from __future__ import annotations

import re
from functools import lru_cache

from roleplay.offline import lexicon as lx
from roleplay.offline import relational
from roleplay.offline.casual import COURTESY
from roleplay.offline.client_line import asks_follow_up, asks_personal_question
from roleplay.offline.declining import DECLINES, DEFLECTS, LEAVES_DOOR_OPEN
from roleplay.offline.text import Sentence, any_of, normalise

# "I keep my own life out of our sessions" states a boundary; it discloses nothing.
BOUNDARY_STATEMENT = any_of(
    r"\b(?:i(?:'ll| will| am going to|'m going to)? (?:\w+ )?(?:tend to |try to |like to |"
    r"prefer to |usually |always |'d rather )?)?(?:keep|keeping|leave|leaving|hold|holding) "
    r"(?:my|details of my|things about my) "
    r"(?:own |personal |private )?(?:life|details|stuff|business|story|experiences?|family|"
    r"relationships?|personal life|social media|socials|accounts?|online life|numbers?|contact "
    r"details)\b[^.?!]*|\bkeep (?:that|this|it|that one) to myself\b[^.?!]*|"
    r"\b(?:something|things?|that's|that is) i (?:keep|like to keep|prefer to keep|tend to keep) "
    r"(?:to myself|private)\b|"
    # the hour kept for the client: "because I want this to stay about yours"
    r"\bi (?:want|'d like|would like) (?:this|it|the (?:time|hour|session|focus|space)) to (?:be|"
    r"stay) (?:about|on|for) (?:you|u|yours)\b[^.?!]*|"
    # a refusal of contact: "I don't give clients my number", "I can't give out my mobile"
    r"\b(?:can't|cannot|won't|don't|do not|not allowed to|not able to)\b.{0,25}\b(?:give|share)"
    r"\b.{0,20}\bmy (?:personal |private |own )?(?:number|mobile|phone|email|address|details)\b|"
    # "I don't really talk about my private life", "my faith isn't really relevant here"
    r"\bi (?:don't|do not) (?:really |usually |tend to )?(?:talk about|discuss|go into|bring) my "
    r"(?:own |private |personal )?(?:life|private life|personal life|mental health|history|stuff|"
    r"family|faith|story|relationships?)\b[^.?!]*|"
    r"\bi (?:don't|do not) (?:really |usually )?(?:talk about|discuss|share|go into) (?:personal|"
    r"private) (?:things|stuff|details|information|matters)\b[^.?!]*|"
    r"\bmy (?:own |private |personal )?(?:life|faith|beliefs?|religion|history|story|family|"
    r"relationships?|mental health)(?: (?:stuff|details))? (?:isn't|is not|aren't|are not) "
    r"(?:really |that |very )?(?:relevant|important|what matters)\b[^.?!]*"
)

_SHORT_ANSWER = re.compile(
    # a laugh on its own answers nothing ("Ha! Don't you worry about me")
    r"^(?!(?:ha|haha|hahaha|lol|ha ha)[.!]*$)"
    # nor does a hesitation ("Ha, where to start.", "Gosh, good question.")
    r"(?!(?:(?:ha|haha|oh|well|gosh|god|hmm|um|erm)[,!.]? )?(?:where (?:to|do i|would i|should i) "
    r"(?:start|begin)|good question|gosh|blimey|goodness|wow)\b)"
    # nor a word on feelings at large ("Nervous is normal.", "Totally natural.")
    r"(?![a-z' ,-]*\b(?:normal|natural|common|usual|understandable|everyone|everybody)\b)"
    r"(?!(?:sorry|thanks|thank you|hmm|well|okay|ok|right|sure|good|great|oh|ah|mm|wow|yes|no|"
    r"long story|"
    r"i'd|i would|i'll|i will|i won't|i can't|i cannot|let's|rather|pass|not|"
    # a courtesy said alone: "Fine.", "Grand.", "All good." to "Are you alright?"
    r"fine|grand|alright|all good|all right|not bad|doing well|"
    # a prompt to go on: "Go on.", "Tell me."
    r"go on|carry on|tell me|say more|keep going|"
    # the concern waved off: "Don't worry about me.", "No worries."
    r"don't worry|dont worry|do not worry|no worries|never mind|"
    # time given, or words about the client: "Take your time.", "Your daughter."
    r"take (?:your|ur|all the) time|no rush|there'?s no rush|your|you|ur|u|"
    # the question acknowledged ("Fair question."), or people in general ("Everyone gets
    # nervous!"): neither says anything of the helper's own life
    r"fair|interesting|everyone|everybody|nobody|no one|people|most people|lots of people|"
    r"loads of people|many people)\b)"
    r"[a-z0-9'-]+(?:[ ,]+[a-z0-9'-]+){0,3}[.!]?$"
)


# Not an answer about oneself: a turn-down, a deflection or a courtesy ("That's very personal",
# "Long enough, don't worry", "I'm fine now, thanks": the corpus conventions), or words about
# the client ("You're torn.").
_NOT_AN_ANSWER = re.compile(
    # ("Oh, I'm fine, honestly": an interjection in front changes nothing)
    r"^(?:(?:oh|ah|aw|ha|well|honestly|yeah|nah|whoa|woah|wow|hey|um|erm|hmm|no|yes)[,!.]? )?"
    r"(?:(?:that|it)(?:'s| is) an? (?:fair|good|"
    r"great|reasonable|big|interesting|natural) (?:question|thing to ask|challenge|point|ask)|"
    # ("thats private": hurried typing drops the apostrophe; "Private." on its own)
    r"(?:private|personal)\b|"
    r"(?:that|it|this)(?:'s| is|s) (?:very |a bit |quite |really |rather |an? (?:very |rather |"
    r"quite )?)?(?:personal|private|"
    r"confidential|inappropriate|not appropriate|not relevant|"
    r"not (?:really )?(?:something|what|my))|"
    r"(?:old|long) enough|a while|you(?:'re| are|r)?\b|u\b|ur\b|"
    # thanks for the question or the compliment: "That's kind of you."
    r"(?:that's|that is|how|aw,? that's) (?:so |very |really )?(?:kind|sweet|nice|lovely|"
    r"thoughtful)\b|"
    # "Are you okay talking about this?" - "No, it's okay, honestly.": the courtesy back
    r"(?:it's|its|it is) (?:really |totally |honestly )?(?:okay|ok|fine|alright|all right)\b|"
    # "Are you okay?" - "I'm fine" is a courtesy, whatever follows it
    r"i(?:'m| am|m) (?:doing )?(?:very |really |pretty |quite |so )?(?:fine|okay|ok|alright|"
    r"all right|much better|better|well|good|"
    r"great|not bad)\b|(?:hi|hello|hey|hiya|morning|evening)\b|"
    # the trainee's stance toward the client, said to the fear beside the question ("Have you
    # had an abortion? I need to know you won't judge me" - "I don't judge anyone")
    r"i (?:don't|do not|dont|won't|will not|would never|'d never|never) (?:\w+ )?(?:judge|pity|"
    r"think (?:less|badly|worse)))"
)
# Questions about the trainee's role, the service or the call, not their life: the answer is
# contracting or a practical reply ("Are you a student?", "Are you recording this?", "Can you
# hear me?"); and questions about the two of them, whose answer is immediacy.
_ROLE_OR_PRACTICAL_QUESTION = re.compile(
    r"\b(?:qualified|trainee|training|student|practitioner|supervis\w*|recording|recorded|"
    r"camera|confidential|tell (?:my|anyone|anybody)|hear me|see me|hear you|did you see|"
    r"how long have you been doing this|doing this (?:long|job)|"
    # the helper's conduct with clients: "Would you ever date a client?" asks about the role
    r"(?:date|see|meet|marry|befriend|be friends with) (?:a |your )?clients?)\b"
)
# The helper's own past told without its "I", as hurried typing and second-language English drop
# it: "Never had problem with drinking.", "Been divorced, long time ago now.", "Lost my dad at 19."
# ("Got it", "Had enough?" and "Been a hard week for you" say nothing of the helper.)
_DROPPED_SUBJECT = re.compile(
    r"^(?:(?:yes|yeah|yep|no|nope|nah|honestly|well)[,.!]? )?(?:never |once |always |also )?"
    r"(?:had (?:one|my|problem|problems|trouble|kids|children)|been (?:divorced|married|"
    r"through|there|depressed|in (?:recovery|therapy))|lost (?:my|a|both)|grew up (?:with|in|"
    r"around)|went through)\b"
)
_CONTENT_WORD = re.compile(r"[a-z0-9']{3,}")
# The listener's nod in a few words ("i hear u.", "I get that."): no answer about their life.
_LISTENING = re.compile(
    r"^(?:(?:oh|ah|yeah|ok|okay)[,!.]? )?i (?:hear|understand|see|get|feel) (?:you|u|that|it|ya)\b"
)

# The client's question said back as a question ("Do I have kids?", "How's my year been?", "Are
# you asking me if I'm gay?"): the mirror names nothing the client did not say, so it tells no
# life. What is left after the lead-in and the small words must all be the client's own words.
_MIRROR_LEAD_IN = re.compile(
    r"^(?:(?:so|hmm|oh|wait|sorry)[,!.]? )?(?:are (?:you|u)|you're|you are|ur) (?:asking|wondering)"
    r"(?: me)? (?:if|whether|about)\b|^(?:do |d')?(?:you|u) want to know (?:if|whether)\b"
)
_SMALL_WORDS = frozenset(
    """
the and but for with about from are was were been has had have did does not you your yours
you're you've you'd i'm i've i'd i'll me my mine myself this that these those its it's what
when how why who where there here than then too also like just really very can could would
should will
""".split()  # noqa: SIM905 (reads best as a block of words)
)


def _content(text: str) -> set[str]:
    return {w.strip("'") for w in _CONTENT_WORD.findall(text)} - _SMALL_WORDS


def mirrors_question(sentence: Sentence, client_text: str) -> bool:
    """A question that only says the client's question back ("Do I have kids?", "If it were my
    mum?"): no word in it is the helper's own, so it answers nothing and reveals nothing."""
    if not sentence.is_question:
        return False
    norm = _MIRROR_LEAD_IN.sub(" ", sentence.norm)
    own = _content(norm)
    theirs = _content(normalise(client_text))
    if not own:
        # "What would I do?" to "What would you do?": small words only, the helper's "I" for the
        # client's "you"
        return bool(re.search(r"\b(?:i|me|my)\b", norm)) and bool(
            re.search(r"\b(?:you|your)\b", normalise(client_text))
        )
    return own <= theirs


# "What would you do?" - "If it were me I think I'd send the text.": the helper's own choice, a
# hedge between the conditional and the "I'd"
_IF_IT_WERE_ME = re.compile(
    r"^(?:(?:honestly|well|hmm|um+)[,.]? )?(?:if (?:it|that) (?:were|was) me|if i (?:were|was) you|"
    r"in your (?:shoes|position|place)),? (?:(?:i think|i guess|i suppose|probably|honestly|"
    r"personally),? )?i(?:'d| would)\b"
)
# "Did it work out?" - "Kind of, in the end.": a hedged yes
_HEDGED_YES = re.compile(
    r"^(?:(?:yes|yeah|well|honestly|hmm)[,.]? )?(?:kind of|sort of|kinda|sorta|mostly|more or "
    r"less|eventually|in the end|partly)\b(?![^.?!]*\b(?:you|your)\b)"
)

_LEAD_IN = re.compile(r"^(?:[\w']+ ){0,4}[\w']+: (?=\S)")

# "Will you tell me about yourself when we've finished?" asks to be told: its no refuses, and
# tells nothing ("No. I won't be telling you then either.", "Nah. Sorry.")
_ASKS_TO_BE_TOLD = any_of(
    r"\b(?:will|would|can|could) (?:you|u) (?:ever |one day |maybe |please )?(?:tell|share with|"
    r"talk to) me (?:more )?(?:about )?(?:yourself|you|your (?:own )?(?:life|story|past))\b"
)
_A_NO = re.compile(r"^(?:no|nope|nah|not really|probably not|no way)\b")

# "Did you cry?" - "Cried buckets.": the asked verb said back in the past, without its "I".
_ASKED_VERB = re.compile(r"\bdid (?:you|u)[?,.]? (?:ever |actually |really )?([a-z]+)\b")
# "Would you?" - "I would, yeah, if it came to that.": the asked verb's own yes or no.
_WOULD_ASKED = any_of(r"\bwould (?:you|u)\b")
_WOULD_ANSWER = re.compile(
    r"^(?:(?:yes|yeah|no|nah|honestly|probably|maybe|hmm|well)[,.!]? )?i (?:would|wouldn't|"
    r"would not|'d not)(?=[,.!]|$| (?:yes|yeah|yep|no|not|too|honestly|probably|definitely|if)\b)"
)
# "How's your year been?" - "It's been a tough year, lots going on at home.": how the helper's
# own time has gone, told without an "I" (not "It's been a hard year for you").
_HOW_HAS_IT_BEEN = any_of(
    r"\bhow(?:'s| is| has|s) (?:your|ur) (?:year|week|month|weekend|summer|christmas|holiday|"
    r"day|life) (?:been|going)\b|\bhow have (?:you|u) been\b"
)
_BEEN_A = re.compile(
    r"^(?:(?:oh|honestly|well|ha|um+|erm)[,.!]? )?(?:(?:it's|its|it has|it was)(?: been)?|been) "
    # ("It's been a good year, thanks" is the courtesy back)
    r"(?!(?:been )?(?:an? )?(?:really |pretty |very )?(?:good|great|nice|lovely|fine|okay|ok|"
    r"decent|alright|not bad)\b)(?:an? )?(?:\w+ ){0,3}(?:years?|weeks?|months?|weekends?|days|one|"
    r"time)\b"
    r"(?![^.?!]{0,20}\b(?:for (?:you|u)|you(?:'ve| have))\b)"
)
# The answer tagged with its yes or no inside a longer, hedged sentence: "I'm so sorry, I'm not
# sure I'm allowed to say, but, um, I don't have kids, no, but..." (not "I'm sorry, no"); or a
# bare "I haven't" as a clause of its own ("I'm sorry, I haven't, I hope that's okay, ...");
# or "Not personally." (the experience is not the helper's: an honest difference)
_TAGGED_ANSWER = re.compile(
    r"\b(?:^|, )i(?: haven't| have not| didn't| did not|'m not| am not| wasn't| was not)"
    r"(?=[,.!]| sorry\b)|"
    r"\b^(?:(?:um+|erm|well|honestly|oh|ah|sorry)[,.]? )?not (?:personally|myself|first[- ]hand|"
    r"directly|in my own life|from my own life)\b|"
    r"\bi (?:don't|do not|haven't|have not|didn't|did not|do|did|have)(?: have| got)? "
    r"(?!(?:know|think|mind|see|remember|blame|agree|understand|want|mean|sorry|afraid|sure|"
    r"fine|okay|ok|good|well|alright|glad|happy)\b)(?:\w+ ){0,2}?\w+, (?:no|yes|yeah|nope)\b"
)


def _past_of_asked(first: str, client_norm: str) -> bool:
    asked = _ASKED_VERB.search(client_norm)
    if not asked:
        return False
    verb = asked.group(1)
    # "cried", "loved", "stopped", "panicked"
    forms = {verb + "ed", verb + "d", verb + verb[-1:] + "ed", verb + "ked"}
    if verb.endswith("y"):
        forms.add(verb[:-1] + "ied")
    opening = re.match(r"(?:(?:yes|yeah|no|honestly|oh)[,.!]? )?([a-z]+)\b", first)
    return opening is not None and opening.group(1) in forms


def _echoes(answer: str, client_norm: str) -> bool:
    """ "Four hours." after "...only four hours' sleep": a reflection of their words."""
    found = _CONTENT_WORD.findall(answer)
    return bool(found) and all(word in client_norm for word in found)


# What may stand before a courtesy that opens a sentence ("Oh, I'm fine, thanks").
_INTERJECTION = re.compile(r"^(?:(?:oh|ah|aw|ha|well|honestly|yeah|yes|no)[,!.]? )?$")


def _opens_with_courtesy(norm: str) -> bool:
    """ "I'm fine, thanks" answers with a courtesy; "It's a long way behind me, thanks for asking"
    answers, and thanks them after."""
    found = COURTESY.search(norm)
    return bool(found and _INTERJECTION.match(norm[: found.start()]))


def _turns_it_down(sentence: Sentence, first: str) -> bool:
    return bool(
        _NOT_AN_ANSWER.match(first)
        or lx.REFUSAL.search(first)
        or DECLINES.search(first)
        or DEFLECTS.search(first)
        # an answer put off is none: "Maybe, we'll see!"
        or LEAVES_DOOR_OPEN.search(first)
        or _opens_with_courtesy(sentence.norm)
    )


def answers_personal_question(sentences: list[Sentence], client_text: str) -> bool:
    """ "Are you married?" - "I am, yes." is a disclosure, though it names nothing else."""
    return answering_sentence(sentences, client_text) is not None


_CLIENT_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


@lru_cache(maxsize=256)  # the same client line is read for every reader and response
def _asks_about_helper(client_text: str) -> bool:
    """One of the client's sentences asks about the helper's own life, and is not a question
    about their role or about the two of them: "Are you in recovery yourself? The last one was a
    lovely girl..." asks about the helper, whatever the next sentence says of the last one."""
    for part in _CLIENT_SENTENCE_END.split(client_text):
        norm = normalise(part)
        if (
            (lx.PERSONAL_QUESTION.search(norm) or lx.FOLLOW_UP_QUESTION.search(norm))
            and not _ROLE_OR_PRACTICAL_QUESTION.search(norm)
            and (not relational.asks_about_relationship(part) or lx.HELPERS_FAMILY.search(norm))
        ):
            return True
    return False


@lru_cache(maxsize=256)  # asked by several readers of every response to the same line
def _asks_personal(client_norm: str) -> bool:
    return asks_personal_question(client_norm) or asks_follow_up(client_norm)


def answering_sentence(sentences: list[Sentence], client_text: str) -> int | None:
    """Which of the first two sentences answers the client's question about the helper, if one
    does ("Honestly? Yes, in a heartbeat." answers in the second)."""
    client_norm = normalise(client_text)
    if not sentences or not _asks_personal(client_norm):
        return None
    if not _asks_about_helper(client_text):
        return None
    for index, sentence in enumerate(sentences[:2]):
        if mirrors_question(sentence, client_text):
            continue  # "Do I have kids? Yes, two." answers in the second sentence
        if _ASKS_TO_BE_TOLD.search(client_norm) and _A_NO.match(sentence.norm):
            return None
        first = BOUNDARY_STATEMENT.sub(lambda m: " " * len(m.group(0)), sentence.norm).strip()
        # a lead-in of a few words before a colon: "I'll answer you: I do have a child."
        first = _LEAD_IN.sub("", first)
        if first != sentence.norm.strip() and re.match(r"(?:no|nope|sorry)\b", first):
            return None  # "No, I don't give clients my number": the "no" refuses, not answers
        if _turns_it_down(sentence, first):
            return None
        if lx.PERSONAL_ANSWER.search(first) and not lx.HELPING_CLAUSE.match(first):
            return index
        if _DROPPED_SUBJECT.match(first) and not sentence.is_question:
            return index  # "Never had problem with drinking." answers without its "I"
        if not sentence.is_question and (
            _past_of_asked(first, client_norm)
            or (_WOULD_ASKED.search(client_norm) and _WOULD_ANSWER.match(first))
        ):
            return index  # "Cried buckets." to "Did you cry?"; "I would, yeah." to "Would you?"
        if _IF_IT_WERE_ME.match(first) or (_HEDGED_YES.match(first) and not sentence.is_question):
            return index  # "If it were me I think I'd...", "Kind of, in the end."
        if _HOW_HAS_IT_BEEN.search(client_norm) and _BEEN_A.match(first):
            return index  # "It's been a tough year, if I'm honest."
        if _TAGGED_ANSWER.search(first):
            return index  # "..., but, um, I don't have kids, no, but..."
        if (
            _SHORT_ANSWER.match(first)
            and not _LISTENING.match(first)  # "i hear u." answers nothing
            and not sentence.is_question
            and not _echoes(first, client_norm)
        ):
            return index  # "Cork, originally." "Twenty-six." answer the question asked
        if len(sentence.text.split()) > 2:
            break
    return None
