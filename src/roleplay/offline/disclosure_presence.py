"""Is a sentence a disclosure of the helper's own life? Presence, clause by clause.

A first-person clause that is a helping act ("I'm sorry", "I hear", "I wonder", "I'd suggest")
reveals nothing; one that reports the helper's life ("I lost my mother", "I used to", "my kids",
"me too") does. Inside talk about the relationship, "I" is the helper in the room, so only a life
outside it counts. Quoted speech, terms of address and generalisations are set aside first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from roleplay.offline import lexicon as lx
from roleplay.offline import relational
from roleplay.offline.answering import (
    BOUNDARY_STATEMENT,
    answering_sentence,
    answers_personal_question,
)
from roleplay.offline.casual import (
    COURTESY,
    EMPATHIC,
    PLEASANTRY,
    casual_disclosure,
    courtesy,
    empathic,
)
from roleplay.offline.declining import DECLINES
from roleplay.offline.disclosure_past import conduct_in_talk, past_event
from roleplay.offline.text import Sentence, any_of

# Answering a question about the helper lives in answering.py; its readers are re-exported here,
# where the disclosure readers have always found them.
__all__ = [
    "PRESENCE_THRESHOLD",
    "STRONG_WEIGHT",
    "answering_sentence",
    "answers_personal_question",
    "courtesy_only",
    "declines_own_life",
    "sentence_strength",
    "tells_life",
]

# Quoted speech, in double quotes or in single quotes that are not apostrophes.
_QUOTED = re.compile(r"\"[^\"]*\"|(?<![\w])'(?:[^']|(?<=\w)'(?=\w))+'(?![\w])")
# "my sister", "my friend" said to the client as a term of address, not about a relative.
# (Opening a sentence, "my sister" or "my brother" is the helper's own: "My sister, some years
# ago now." answers "you lost someone too?"; only the plain endearments open one as address.)
_VOCATIVE = re.compile(
    # (not the first of a list of the helper's own family: "with you, my sister, niece, and
    # nephew live on the other side of the country")
    r", ?my (?:sister|brother|friend|dear|love|darling)(?=[.!?]|$|,(?! (?:\w+, )*(?:\w+,? )?and "
    r"\w+ (?:live|lives|are|were|have|had|got|went)\b))|"
    r"^my (?:friend|dear|love|darling)(?=[,.!?]|$)|"
    # the same without its comma, closing a wish or thanks: "have a great day my friend!"
    r"(?<![a-z'])(?:day|night|evening|weekend|week|luck|care|safe|well|you|again|too) my "
    r"(?:friend|dear|love|darling)(?= ?[.!?:;)(]|$)"
)
# "In my experience a lot of people..." generalises; it reveals nothing about a life.
# One's experience cited before a general remark about people: the remark is the content.
_GENERALISATION = any_of(
    r"\b(?:in my (?:own )?(?:experience|opinion|view)|from (?:what i(?:'ve| have)? (?:seen|heard|"
    r"read|found)|my (?:own )?experience))(?: before| so far)?,?(?: -+)? (?=(?:a lot of|lots of|"
    r"many|most|plenty of|some|people|clients|when (?:someone|people|you|we)|if (?:you|we|someone|"
    r"people)|it|there|we|you|being|talking|surrounding|getting|having|"
    # a doing, in general: "staying indoors for long does more harm than good"
    r"[a-z]{3,}ing (?!(?:my|me|i)\b)|"
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
_QUESTION_INVERSION = any_of(
    r"\b(?:can|could|may|should|do|did|am|shall|would|will|have|you and|me and|if|whether|"
    r"even if|as if|"
    # what the client makes of the trainee: "what did you imagine I was thinking?"
    r"(?:you|u) (?:imagine|imagined|think|thought|guess|expect|expected)) $"
)
STRONG_WEIGHT = 1.0
_WEAK_WEIGHT = 0.6
PRESENCE_THRESHOLD = 0.5
# "it helps me", "that gets me through": the helper's own coping, not talk about the client.
_ME_AS_OBJECT = any_of(
    r"\b(?<!you )(?<!you can )(?:helps|helped|gets|got|makes|made|keeps|keeping|kept|calms|"
    r"relaxes|reminds|taught|teaches|saved|took|takes|motivated|motivates|inspired|encouraged) "
    r"me\b"
    r"(?! (?:to )?(?:feel|think|wonder|curious|want|understand|see|hear|know|follow)\b.{0,20}\byou)"
)


def _blank_quotes(norm: str) -> str:
    """Quoted speech ("you said 'I give up'") is the client's words, not a disclosure."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), norm)


# How the helper feared coming across, not a report of a life: "I didn't want to sound like I was
# lecturing", "in case it seemed as if I was judging"
_CAME_ACROSS = any_of(
    r"\b(?:sound|sounded|seem|seemed|look|looked|come across|came across)(?: (?:like|as if|as "
    r"though))? $"
    # or what the helper checks: "I want to be sure I understood", "to check I had it right"
    r"|\b(?:be sure|make sure|check|checking|see if|know if) $"
)


def _helping_at(norm: str, start: int) -> bool:
    if lx.HELPING_CLAUSE.match(norm[start:]):
        return True
    before = norm[max(0, start - 22) : start]
    return bool(_QUESTION_INVERSION.search(before) or _CAME_ACROSS.search(before))


# A first-person clause about this session or this client is process talk, not a life disclosure.
_ABOUT_THE_SESSION = any_of(
    # ("here in Dublin" is a place in the helper's life, not this room)
    # ("I live here too": the helper's town, not this room)
    r"\byou(?:'re|'ve|r(?! age\b))?\b|\b(?<!live )(?<!lived )(?<!grew up )(?<!born )(?<!live round )"
    r"here\b(?! in (?!this\b|the\b|our\b|these\b)\w)|\btoday\b|\bright now\b|\bjust now\b|"
    r"\bin this room\b|"
    r"\bour (?:session|sessions|work|time|relationship)\b|\bbetween us\b|\bthis session\b|"
    # the trainee's own conduct a moment ago, owned: "I did it again", "I went past it"
    r"\bjust then\b|\bpast it\b|\b(?:did|doing|done) it again\b|\bwent (?:quiet|silent)\b|"
    r"\bquiet too long\b|\bto conclusions\b|\bthat's on me\b|"
    r"\blost (?:my|the) (?:thread|train of thought|place)\b|"
    # a reaction to what the client just said ("struggling to hold it together hearing that")
    r"\b(?:hearing|listening to) (?:that|this|all (?:that|this))\b|"
    # what the trainee was doing while quiet ("No, I was just thinking"): conduct in the room
    # (not "thinking about something of my own", a life leaking in)
    r"\bi was (?:just |only )?(?:thinking|listening|taking (?:it|that|this) in|reflecting|"
    r"processing|mulling)\b(?! (?:about|of) (?!(?:you|what you|that|this|it|how you)\b))"
)
# "we" as the two of them in the work: "we tried the breathing last time", "we went over it"
_WE_IN_SESSION = re.compile(
    r"\blast (?:week|time|session)\b|\bin here\b|\bthe (?:breathing|exercise|homework|worksheet|"
    r"plan|session)\b|\bwent (?:over|through) (?:this|that|it)\b|\btoo (?:fast|far|quickly)\b"
)
_CLAUSE_END = re.compile(r"[,;:!?.]| - | and (?=i\b)| but | so (?=i\b)")
# Facts of a life outside the room: these count even inside a sentence about the session.
_LIFE_OUTSIDE = any_of(
    r"\bmy (?:own |late |dear |older |younger )?(?:mom|mum|mother|dad|father|parents?|brothers?|"
    r"sisters?|sons?|daughters?|kids?|children|husband|wife|partner|nan|gran\w*|family|"
    r"(?:best )?friends?|boyfriend|girlfriend|fianc\w*|ex)\b|"
    r"\bwhen i was\b|\bat your age\b|\bi used to\b|\b(?:years|months) ago\b|"
    # ("me too" as a reply, not the object of a verb: "you're asking me too", "watch me too")
    r"\b(?:^|(?<=[,;.!?:-] )|(?<=[,;.!?:-])|(?<=\band )|(?<=\bbut )|(?<=\bso )|(?<=\boh )|"
    r"(?<=yeah )|(?<=\byes ))me too\b|"
    r"\bin (?:the )?past\b|\bbeen in (?:your|ur) (?:same |exact |very )?shoes\b|"
    r"\bbeen (?:where|were) (?:you|u)(?:'re| are| r)\b|"
    # (not a feeling of the trainee's now: "I'm feeling a bit anxious myself as you talk")
    r"\b(?<!find )(?<!found )(?<!finding )(?<!felt )(?<!feel )(?<!feeling )myself\b(?! (?:as (?:you|u)|here|in here|listening|"
    r"hearing|watching|sitting)\b)|"
    r"\bi lost\b(?! (?:my|the) (?:thread|train|place)\b)|\bbeen through\b|"
    r"\bi(?:'ve| have) (?:had|lost)\b(?! (?:my|the) (?:thread|train|place)\b)|"
    r"\b(?:by|near|outside|behind|at|in) my (?:house|home|flat|street|garden|town|village)\b|"
    # another client, elsewhere: "I had a client last year whose story I still think about"
    r"\bi (?:had|saw|worked with|nursed|lost) (?:a|another|one) (?:client|patient)\b|"
    # the helper's own troubles, even when the sessions are named: "our sessions have helped me
    # through my own rough patch too"
    r"\bmy own (?:rough patch|stuff|struggles?|problems?|issues|demons|difficulties|hard time|"
    r"grief|loss|recovery|mental health|divorce|breakup|illness)\b"
)
# The helper's own said as "mine", opening a sentence: "Mine took a while but she came round",
# "Mine's still going through" (a life outside the room, though no "I" is said; no kind of its
# own for the heads: it carries whatever the story is)
_MINE_OPENS = re.compile(
    r"^(?:(?:but|and|well|honestly|oh|ha)[,]? )?mine(?:'s| is| was| took| went| did| didn't| came| "
    r"worked| turned| got)\b"
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


_ANY_FIRST_PERSON = any_of(r"\b(?:i|me|my|mine|myself|we|our|ours)\b")


def _clause(norm: str, start: int) -> str:
    end = _CLAUSE_END.search(norm, start + 1)
    return norm[start : end.start() if end else len(norm)]


# "as you describe", "just like you": the client is the measure of a comparison, not the
# subject of relationship talk ("some nights I have felt as you describe").
_COMPARED_WITH_YOU = re.compile(
    r"\b(?:just |exactly |a lot |much )?like you(?:rs)?\b(?! (?:said|say|mentioned))|"
    # "I once felt the same you are feeling" (peer typing drops the "as")
    r"\bthe same (?:as )?(?:what )?(?:you|u)(?:'re| are)? (?:feeling|going through|felt|feel)\b|"
    r"\bthe same way as (?:you|u)\b|"
    r"\bas you (?:describe|described|do|did|are|were|feel|felt)\b|\bthe same as you\b|"
    r"\b(?:(?:the|what) (?:\w+ ){0,2})?you(?:'re| are)? describ(?:e|ed|ing)\b|"
    r"\bin (?:your|ur) (?:same |exact |very )?shoes\b"
)


def _about_session(norm: str, start: int, in_session_sentence: bool) -> bool:
    clause = _clause(norm, start)
    if _LIFE_OUTSIDE.search(clause):  # (before the comparison goes: "been in your shoes")
        return False
    if "you" in clause:  # only a clause naming the client can compare with them
        clause = _COMPARED_WITH_YOU.sub(lambda m: " " * len(m.group(0)), clause)
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
            if (
                _helping_at(norm, i_pos)
                or _about_session(norm, i_pos, False)
                or conduct_in_talk(norm[i_pos:])
            ):
                continue
        if "ago" in text and not (personal or lx.MY_NOUN.search(norm)):
            continue
        return True
    return False


def tells_life(norm: str) -> bool:
    """A plain report of the helper's life somewhere in the (normalised) text, with or without
    the "I" it hangs on ("...and have been in your shoes")."""
    return _strong_match(norm, True) or casual_disclosure(norm) is not None


def courtesy_only(span: Sentence) -> bool:
    """A courtesy or empathy about the client, with no life told beside it ("I can understand
    that - this has been happening to me all of my life" tells one after the empathy)."""
    if not (courtesy(span) or empathic(span)):
        return False
    rest = span.norm
    for pattern in (COURTESY, EMPATHIC):
        rest = pattern.sub(lambda m: " " * len(m.group(0)), rest)
    return not tells_life(rest)


def sentence_strength(sentence: Sentence, in_session: bool = False) -> float:
    """0 (nothing personal) .. 1 (clearly the helper's own life).

    `in_session`: the sentence talks about the relationship now, so feelings in it are the
    helper's reactions in the room (immediacy), not news of their life.
    """
    norm = _blank_quotes(sentence.norm)
    hypothetical_feeling = bool(lx.HYPOTHETICAL_FEELING.search(norm))
    if lx.HYPOTHETICAL.search(norm):
        norm = lx.HYPOTHETICAL.sub(lambda m: " " * len(m.group(0)), norm)
    norm = BOUNDARY_STATEMENT.sub(lambda m: " " * len(m.group(0)), norm)
    norm = _VOCATIVE.sub(lambda m: " " * len(m.group(0)), norm)
    norm = _GENERALISATION.sub(lambda m: " " * len(m.group(0)), norm)
    if _HOW_I_AM.match(norm) and sentence.words <= 6:
        return 0.0  # "I am doing pretty well." answers a greeting; it tells no life
    if PLEASANTRY.search(norm) and sentence.words <= 6:
        return 0.0  # "Mine was fine, thanks." is small talk back; it tells no life
    if _SYMPATHY.match(norm):
        return 0.0  # "I feel so sad for you." is sympathy with them; it tells no life
    if (
        casual_disclosure(norm)
        or _MINE_OPENS.match(norm)
        or lx.HINTED_LIFE.search(norm)
        or lx.ROLE_IN_DEFENCE.search(norm)
    ):
        # "same here", "been there", "being a dad myself", "I'm 26", "I'm new at this"
        return STRONG_WEIGHT
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
        if past_event(clause):
            weight = STRONG_WEIGHT
        elif conduct_in_talk(clause):
            weight = 0.3  # "I jumped in too fast", "I copied the number above": the role's past
        if addressed and (sentence.is_question or not lx.WEAK_DISCLOSURE.match(clause)):
            weight = 0.3  # "what happens for you when I do that?" is about the two of them
        strength = max(strength, weight)
    for match in re.finditer(r"\bmy \w+", norm):
        if (
            not lx.MY_NOT_PERSONAL.match(norm, match.start())
            and not lx.TO_ME_NOT_PERSONAL.search(
                norm[max(0, match.start() - 20) : match.end() + 20]
            )
            and (
                # "the park by my house has lovely leaves right now": a life, whatever the time
                _LIFE_OUTSIDE.search(_clause(norm, match.start()))
                or not _ABOUT_THE_SESSION.search(_clause(norm, match.start()))
            )
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


# What a decline names runs to the end of its clause ("rather not talk about my dad, though").
_DECLINE_END = re.compile(r"[,;.!?]|$")


_DECLINE_SUBJECT = re.compile(
    # ("I'm still going to keep that to myself": the "I" of the decline, however it runs on)
    r"\bi(?:'m|'ll|'d| am| will| would)? (?:(?:really|just|honestly|simply|also|still|going to|"
    r"gonna) )*$"
)


def _decline_end(norm: str, start: int) -> int:
    found = _DECLINE_END.search(norm, start)
    return found.start() if found else len(norm)


def declines_own_life(sentence: Sentence) -> bool:
    """The sentence declines to talk about the helper's life and reveals nothing else. Every
    decline in it is set aside, with what it names ("I'd rather not go into how mine went,
    because I don't want my story to set up a prediction for yours")."""
    # (the reason kept whole first: "because I want this to stay about yours")
    rest = BOUNDARY_STATEMENT.sub(lambda m: " " * len(m.group(0)), sentence.norm)
    declined = False
    for match in DECLINES.finditer(sentence.norm):
        declined = True
        end = _decline_end(sentence.norm, match.end())
        subject = _DECLINE_SUBJECT.search(sentence.norm, 0, match.start())  # "I" of "I don't..."
        start = subject.start() if subject else match.start()
        rest = rest[:start] + " " * (end - start) + rest[end:]
    if not declined:
        return False
    return sentence_strength(replace(sentence, norm=rest, offsets=())) < PRESENCE_THRESHOLD
