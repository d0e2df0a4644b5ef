"""Is a sentence a disclosure of the helper's own life? Presence, clause by clause.

A first-person clause that is a helping act ("I'm sorry", "I hear", "I wonder", "I'd suggest")
reveals nothing; one that reports the helper's life ("I lost my mother", "I used to", "my kids",
"me too") does. Inside talk about the relationship, "I" is the helper in the room, so only a life
outside it counts. Quoted speech, terms of address and generalisations are set aside first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from roleplay.offline import lexicon as lx
from roleplay.offline import relational
from roleplay.offline.casual import COURTESY, casual_disclosure
from roleplay.offline.declining import DECLINES, DEFLECTS
from roleplay.offline.text import Sentence, normalise

# Quoted speech, in double quotes or in single quotes that are not apostrophes.
_QUOTED = re.compile(r"\"[^\"]*\"|(?<![\w])'(?:[^']|(?<=\w)'(?=\w))+'(?![\w])")
# "my sister", "my friend" said to the client as a term of address, not about a relative.
_VOCATIVE = re.compile(r"(?:,|^) ?my (?:sister|brother|friend|dear|love|darling)(?=[,.!?]|$)")
# "In my experience a lot of people..." generalises; it reveals nothing about a life.
# One's experience cited before a general remark about people: the remark is the content.
_GENERALISATION = re.compile(
    r"\b(?:in my (?:experience|opinion|view)|from (?:what i(?:'ve| have)? (?:seen|heard|read|"
    r"found)|my experience))(?: before| so far)?,?(?: -+)? (?=(?:a lot of|lots of|many|most|"
    r"plenty of|some|people|clients|when (?:someone|people|you|we)|if (?:you|we|someone|people)|"
    r"it|there|we|you|being|talking|surrounding|getting|having|"
    # a general remark about things: "in my experience, friendships often survive this"
    r"\w+s (?:often|usually|tend|can|do|are|mostly|generally)\b)\b)"
    # people the helper has worked with, cited for a general remark about them
    r"|\b(?:lots of|many|most|some|a lot of|plenty of) (?:the )?(?:people|clients|folks) i(?:'ve| "
    r"have)? (?:worked with|seen|known|met|supported)\b"
    # the same said the other way round: "I've worked with a lot of people whose fathers drank"
    r"|\bi(?:'ve| have) (?:worked with|seen|met|supported|sat with) (?:a lot of|lots of|many|so many|"
    r"plenty of|other) (?:people|clients|families|folks|carers|parents)\b"
)
_CLAUSE_SPLIT = re.compile(r"[,;:]| - | but | and (?=i\b)")
_QUESTION_INVERSION = re.compile(
    r"\b(?:can|could|may|should|do|did|am|shall|would|will|have|you and|me and|if|whether|"
    r"even if|as if|"
    # what the client makes of the trainee: "what did you imagine I was thinking?"
    r"(?:you|u) (?:imagine|imagined|think|thought|guess|expect|expected)) $"
)
STRONG_WEIGHT = 1.0
_WEAK_WEIGHT = 0.6
PRESENCE_THRESHOLD = 0.5
# "I keep my own life out of our sessions" states a boundary; it discloses nothing.
_BOUNDARY_STATEMENT = re.compile(
    r"\b(?:i(?:'ll| will| am going to|'m going to)? (?:\w+ )?(?:tend to |try to |like to |prefer to "
    r"|usually |always |'d rather )?)?(?:keep|keeping|leave|leaving|hold|holding) (?:my|details of my|things about my) "
    r"(?:own |personal |private )?(?:life|details|stuff|business|story|experiences?|family|"
    r"relationships?|personal life|social media|socials|accounts?|online life|numbers?|contact "
    r"details)\b[^.?!]*|\bkeep (?:that|this|it|that one) to myself\b[^.?!]*|"
    r"\b(?:something|things?|that's|that is) i (?:keep|like to keep|prefer to keep|tend to keep) "
    r"(?:to myself|private)\b|"
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
# "it helps me", "that gets me through": the helper's own coping, not talk about the client.
_ME_AS_OBJECT = re.compile(
    r"\b(?<!you )(?<!you can )(?:helps|helped|gets|got|makes|made|keeps|keeping|kept|calms|"
    r"relaxes|reminds|taught|teaches|saved|took|takes|motivated|motivates|inspired|encouraged) "
    r"me\b"
    r"(?! (?:to )?(?:feel|think|wonder|curious|want|understand|see|hear|know|follow)\b.{0,20}\byou)"
)


def _blank_quotes(norm: str) -> str:
    """Quoted speech ("you said 'I give up'") is the client's words, not a disclosure."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), norm)


def _helping_at(norm: str, start: int) -> bool:
    if lx.HELPING_CLAUSE.match(norm[start:]):
        return True
    return bool(_QUESTION_INVERSION.search(norm[max(0, start - 16) : start]))


# A first-person clause about this session or this client is process talk, not a life disclosure.
_ABOUT_THE_SESSION = re.compile(
    # ("here in Dublin" is a place in the helper's life, not this room)
    r"\byou(?:'re|'ve|r(?! age\b))?\b|\bhere\b(?! in (?!this\b|the\b|our\b|these\b)\w)|\btoday\b|\bright now\b|\bjust now\b|\bin this room\b|"
    r"\bour (?:session|sessions|work|time|relationship)\b|\bbetween us\b|\bthis session\b|"
    # the trainee's own conduct a moment ago, owned: "I did it again", "I went past it"
    r"\bjust then\b|\bpast it\b|\b(?:did|doing|done) it again\b|\bwent (?:quiet|silent)\b|"
    r"\bquiet too long\b|\bto conclusions\b|\bthat's on me\b|"
    r"\blost (?:my|the) (?:thread|train of thought|place)\b"
)
# "we" as the two of them in the work: "we tried the breathing last time", "we went over it"
_WE_IN_SESSION = re.compile(
    r"\blast (?:week|time|session)\b|\bin here\b|\bthe (?:breathing|exercise|homework|worksheet|"
    r"plan|session)\b|\bwent (?:over|through) (?:this|that|it)\b|\btoo (?:fast|far|quickly)\b"
)
_CLAUSE_END = re.compile(r"[,;:!?.]| - | and (?=i\b)| but | so (?=i\b)")
# Facts of a life outside the room: these count even inside a sentence about the session.
_LIFE_OUTSIDE = re.compile(
    r"\bmy (?:own |late |dear |older |younger )?(?:mom|mum|mother|dad|father|parents?|brothers?|"
    r"sisters?|sons?|daughters?|kids?|children|husband|wife|partner|nan|gran\w*|family)\b|"
    r"\bwhen i was\b|\bat your age\b|\bi used to\b|\b(?:years|months) ago\b|\b(?<!to )me too\b|"
    r"\b(?<!find )(?<!found )(?<!finding )myself\b|"
    r"\bi lost\b(?! (?:my|the) (?:thread|train|place)\b)|\bbeen through\b|"
    r"\bi(?:'ve| have) (?:had|lost)\b(?! (?:my|the) (?:thread|train|place)\b)|"
    r"\b(?:by|near|outside|behind|at|in) my (?:house|home|flat|street|garden|town|village)\b|"
    # another client, elsewhere: "I had a client last year whose story I still think about"
    r"\bi (?:had|saw|worked with|nursed|lost) (?:a|another|one) (?:client|patient)\b"
)
# How the helper is, said back to a greeting.
_HOW_I_AM = re.compile(
    r"^(?:(?:oh|yes|yeah|hi|hello|hey|thanks|thank you)[,!.]? )*i(?:'m| am|m) (?:doing )?"
    r"(?:very |really |pretty |quite |so |all )?(?:well|good|fine|great|okay|ok|alright|not bad)\b"
)
# A sentence that is only sympathy: "I feel so bad for you.", "Oh, I'm so sorry to hear that."
_SYMPATHY = re.compile(
    r"^(?:(?:oh|aw|gosh|wow)[,!]? )?i(?:'m| am)? (?:feeling |feel )?(?:so |very |really |pretty |"
    r"quite |truly )?(?:bad|sad|sorry|awful|terrible|upset|gutted)(?: (?:for you|about (?:that|"
    r"this|it|what happened)|to hear (?:that|this|it)))?[.!]*$"
)
_FEELING_NOW = re.compile(
    r"^i(?:'m| am)? ?(?:feel|felt|was feeling|'m feeling|am feeling|notice|"
    r"noticed|find myself|became aware|found|find|realised|realized|caught myself)\b"
)


_ANY_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|we|our|ours)\b")


def _clause(norm: str, start: int) -> str:
    end = _CLAUSE_END.search(norm, start + 1)
    return norm[start : end.start() if end else len(norm)]


# "as you describe", "just like you": the client is the measure of a comparison, not the
# subject of relationship talk ("some nights I have felt as you describe").
_COMPARED_WITH_YOU = re.compile(
    r"\b(?:just |exactly |a lot |much )?like you(?:rs)?\b(?! (?:said|say|mentioned))|"
    r"\bas you (?:describe|described|do|did|are|were|feel|felt)\b|\bthe same as you\b|"
    r"\b(?:(?:the|what) (?:\w+ ){0,2})?you(?:'re| are)? describ(?:e|ed|ing)\b|\bin your shoes\b"
)


def _about_session(norm: str, start: int, in_session_sentence: bool) -> bool:
    clause = _clause(norm, start)
    if "you" in clause:  # only a clause naming the client can compare with them
        clause = _COMPARED_WITH_YOU.sub(lambda m: " " * len(m.group(0)), clause)
    if _LIFE_OUTSIDE.search(clause):
        return False
    if _ABOUT_THE_SESSION.search(clause):
        return True
    return in_session_sentence and bool(_FEELING_NOW.match(clause))


def _strong_match(norm: str, personal: bool) -> bool:
    """A clause that plainly reports the helper's life ("I lost my mother", "me too")."""
    for match in lx.STRONG_DISCLOSURE.finditer(norm):
        text = match.group(0)
        if text.startswith("my ") and lx.MY_NOT_PERSONAL.match(norm, match.start()):
            continue
        if re.match(r"(?:when |in )?i\b", text):
            i_pos = match.start() + text.index("i")
            if _helping_at(norm, i_pos) or _about_session(norm, i_pos, False):
                continue
        if "ago" in text and not (personal or lx.MY_NOUN.search(norm)):
            continue
        return True
    return False


def sentence_strength(sentence: Sentence, in_session: bool = False) -> float:
    """0 (nothing personal) .. 1 (clearly the helper's own life).

    `in_session`: the sentence talks about the relationship now, so feelings in it are the
    helper's reactions in the room (immediacy), not news of their life.
    """
    norm = _blank_quotes(sentence.norm)
    hypothetical_feeling = bool(lx.HYPOTHETICAL_FEELING.search(norm))
    if lx.HYPOTHETICAL.search(norm):
        norm = lx.HYPOTHETICAL.sub(lambda m: " " * len(m.group(0)), norm)
    norm = _BOUNDARY_STATEMENT.sub(lambda m: " " * len(m.group(0)), norm)
    norm = _VOCATIVE.sub(lambda m: " " * len(m.group(0)), norm)
    norm = _GENERALISATION.sub(lambda m: " " * len(m.group(0)), norm)
    if _HOW_I_AM.match(norm) and sentence.words <= 6:
        return 0.0  # "I am doing pretty well." answers a greeting; it tells no life
    if _SYMPATHY.match(norm):
        return 0.0  # "I feel so sad for you." is sympathy with them; it tells no life
    if casual_disclosure(norm):
        return STRONG_WEIGHT  # "same here", "been there", "being a dad myself", "I'm 26"
    if not _ANY_FIRST_PERSON.search(norm):
        # Beyond the casual forms above, a life is told in the first person; most sentences
        # have none ("same time next week", "that must have been hard as a child"), and this
        # one search spares them every test below.
        return 0.0
    if in_session:
        # Relationship talk: only a life outside the room counts, in clauses not about the room.
        if _LIFE_OUTSIDE.search(norm):
            return STRONG_WEIGHT
        for clause in _CLAUSE_SPLIT.split(norm):
            if (
                clause.strip()
                and not relational.clause_is_relational(clause)
                and not _FEELING_NOW.match(clause.strip())
                and _strong_match(clause, False)
            ):
                return STRONG_WEIGHT
        return 0.0
    addressed = bool(re.search(r"\byou(?:'re|'ve|r)?\b", norm))
    personal_starts = [
        m.start()
        for m in lx.FIRST_PERSON.finditer(norm)
        if not _helping_at(norm, m.start()) and not _about_session(norm, m.start(), in_session)
    ]
    if _strong_match(norm, bool(personal_starts)):
        return STRONG_WEIGHT
    for match in lx.WE_STORY.finditer(norm):
        clause = _clause(norm, match.start())
        if not (_ABOUT_THE_SESSION.search(clause) or _WE_IN_SESSION.search(clause)):
            return STRONG_WEIGHT
    strength = 0.0
    for start in personal_starts:
        clause = norm[start:]
        if re.match(
            r"i(?:'d| would|'ll| will|'m not going to| am not going to| won't| will not) ", clause
        ):
            continue  # conditional, promise or refusal: "I'd be glad to", "I won't accept it"
        weight = _WEAK_WEIGHT if lx.WEAK_DISCLOSURE.match(clause) else 0.5
        if addressed and (sentence.is_question or not lx.WEAK_DISCLOSURE.match(clause)):
            weight = 0.3  # "what happens for you when I do that?" is about the two of them
        strength = max(strength, weight)
    for match in re.finditer(r"\bmy \w+", norm):
        if (
            not lx.MY_NOT_PERSONAL.match(norm, match.start())
            and not lx.TO_ME_NOT_PERSONAL.search(
                norm[max(0, match.start() - 20) : match.end() + 20]
            )
            and not _ABOUT_THE_SESSION.search(_clause(norm, match.start()))
        ):
            strength = max(strength, _WEAK_WEIGHT)
    if hypothetical_feeling:
        strength = max(strength, _WEAK_WEIGHT)
    if _ME_AS_OBJECT.search(norm) and not (addressed and sentence.is_question):
        strength = max(strength, _WEAK_WEIGHT)
    for match in re.finditer(r"\b(?:for|to) me\b", norm):
        window = norm[max(0, match.start() - 30) : match.end() + 30]
        if not lx.TO_ME_NOT_PERSONAL.search(window) and not addressed:
            strength = max(strength, 0.5)
    return strength


_SHORT_ANSWER = re.compile(
    # a laugh on its own answers nothing ("Ha! Don't you worry about me")
    r"^(?!(?:ha|haha|hahaha|lol|ha ha)[.!]*$)"
    r"(?!(?:sorry|thanks|thank you|hmm|well|okay|ok|right|sure|good|great|oh|ah|mm|wow|yes|no|"
    r"long story|"
    r"i'd|i would|i'll|i will|i won't|i can't|i cannot|let's|rather|pass|not|"
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
    r"^(?:(?:oh|ah|aw|ha|well|honestly|yeah|nah)[,!.]? )?(?:(?:that|it)(?:'s| is) an? (?:fair|good|"
    r"great|reasonable|big|interesting|natural) (?:question|thing to ask)|"
    r"(?:that|it|this)(?:'s| is) (?:very |a bit |quite |really |rather )?(?:personal|private|"
    r"confidential|inappropriate|not appropriate|not relevant|not (?:really )?(?:something|what|my))|"
    r"(?:old|long) enough|a while|you(?:'re| are|r)?\b|u\b|ur\b|"
    # thanks for the question or the compliment: "That's kind of you."
    r"(?:that's|that is|how|aw,? that's) (?:so |very |really )?(?:kind|sweet|nice|lovely|"
    r"thoughtful)\b|"
    # "Are you okay?" - "I'm fine" is a courtesy, whatever follows it
    r"i(?:'m| am|m) (?:doing )?(?:very |really |pretty |quite |so )?(?:fine|okay|ok|alright|"
    r"all right|much better|better|well|good|"
    r"great|not bad)\b|(?:hi|hello|hey|hiya|morning|evening)\b)"
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
_CONTENT_WORD = re.compile(r"[a-z0-9']{3,}")


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


def answering_sentence(sentences: list[Sentence], client_text: str) -> int | None:
    """Which of the first two sentences answers the client's question about the helper, if one
    does ("Honestly? Yes, in a heartbeat." answers in the second)."""
    client_norm = normalise(client_text)
    if not sentences or not (
        lx.PERSONAL_QUESTION.search(client_norm) or lx.FOLLOW_UP_QUESTION.search(client_norm)
    ):
        return None
    if not _asks_about_helper(client_text):
        return None
    for index, sentence in enumerate(sentences[:2]):
        first = _BOUNDARY_STATEMENT.sub(lambda m: " " * len(m.group(0)), sentence.norm).strip()
        if first != sentence.norm.strip() and re.match(r"(?:no|nope|sorry)\b", first):
            return None  # "No, I don't give clients my number": the "no" refuses, not answers
        if _turns_it_down(sentence, first):
            return None
        if lx.PERSONAL_ANSWER.search(first) and not lx.HELPING_CLAUSE.match(first):
            return index
        if (
            _SHORT_ANSWER.match(first)
            and not sentence.is_question
            and not _echoes(first, client_norm)
        ):
            return index  # "Cork, originally." "Twenty-six." answer the question asked
        if len(sentence.text.split()) > 2:
            break
    return None


# What a decline names runs to the end of its clause ("rather not talk about my dad, though").
_DECLINE_END = re.compile(r"[,;.!?]|$")


_DECLINE_SUBJECT = re.compile(
    r"\bi(?:'m|'ll|'d| am| will| would)? (?:really |just |honestly |simply |also )?$"
)


def _decline_end(norm: str, start: int) -> int:
    found = _DECLINE_END.search(norm, start)
    return found.start() if found else len(norm)


def declines_own_life(sentence: Sentence) -> bool:
    """The sentence declines to talk about the helper's life and reveals nothing else. Every
    decline in it is set aside, with what it names ("I'd rather not go into how mine went,
    because I don't want my story to set up a prediction for yours")."""
    rest = sentence.norm
    for match in DECLINES.finditer(sentence.norm):
        end = _decline_end(sentence.norm, match.end())
        subject = _DECLINE_SUBJECT.search(sentence.norm, 0, match.start())  # "I" of "I don't..."
        start = subject.start() if subject else match.start()
        rest = rest[:start] + " " * (end - start) + rest[end:]
    if rest == sentence.norm:
        return False
    return sentence_strength(replace(sentence, norm=rest, offsets=())) < PRESENCE_THRESHOLD
