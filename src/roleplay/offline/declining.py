"""Reading the `declining` criterion (rubric v2): declining a personal question well.

Present when the client asked about the trainee's own life and the response does not answer it.
Done well (Knox & Hill, 2003; Hill, 2020), a decline is warm, brief, gives a reason about the
client's care, and is curious about what the question means to them; a policy recital, a
lecture, or coldness takes away. Relationship talk that steps past the question without saying so
is a dodge, not a decline.
"""

from __future__ import annotations

from roleplay.offline import lexicon as lx
from roleplay.offline.answer import POLICY_REFUSAL
from roleplay.offline.boundary_words import ACKNOWLEDGES, RIGID, TRAINEE_CENTRED
from roleplay.offline.declining_words import (
    ABOUT_THE_QUESTION,
    CARE_REASON,
    COLD_NO,
    CURIOUS,
    DEFLECTS,
    DISOWNS_A_RULE,
    HOUSE_RULE,
    LEAVES_DOOR_OPEN,
    RETURNS_FOCUS,
    SHAMING_NO,
)
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.text import Sentence, any_of

# The patterns that moved to declining_words.py stay importable from here.
__all__ = [
    "ABOUT_THE_QUESTION",
    "CARE_REASON",
    "COLD_NO",
    "CURIOUS",
    "DECLINES",
    "DECLINING",
    "DEFLECTS",
    "LEAVES_DOOR_OPEN",
    "SHAMING_NO",
    "read_declining",
    "turned_down",
]

DECLINING = "declining"

DECLINES = any_of(
    # the hour turned back to the client in place of an answer: "I'd rather we used the time for
    # you"
    r"\b(?:rather|prefer) (?:we|to) (?:used|use|spent|spend|kept|keep) (?:our|the|this) "
    r"(?:time|hour|session) (?:on|for|with) (?:you|u|yours)\b",
    # (and as what the trainee is doing: "I'm keeping my love life out of here")
    r"\b(?:leave|keep|put|leaving|keeping|putting) (?:my (?:own )?[\w'-]+(?: [\w'-]+)?|mine|that|"
    r"this|it|the rest|myself) "
    r"(?:out of (?:it|this|here|the room|(?:our|this|the) (?:[\w'-]+ )?(?:hour|session|time|"
    r"room))|there|to one side|aside|at the door|outside)\b",
    # "I'll keep the photo and who's in it to myself", "I'm going to hold off on what I'd do",
    # "I'm going to stop my story there"
    r"\b(?:i'll|i will|i'm going to|i am going to|i'm gonna|i'd rather|i would rather|let me|i'm|"
    r"i am) (?:just )?(?:keep|keeping|leave|leaving) (?:[\w'-]+ ){1,6}?(?:to myself|private)\b",
    r"\bhold(?:ing)? off on (?:what i|my|answering|that|saying)\b",
    r"\b(?:stop|end|leave|pause) my (?:own )?(?:part of the story|story|bit|side) (?:there|here)\b",
    r"\bi (?:can't|cannot|cant|can not) (?:really )?answer (?:that|this)(?: one)?\b",
    # the answer said to be only about the trainee's own: "It would only be my mum and my family"
    r"\b(?:it|that|mine)(?: would|'d) only (?:be|tell (?:you|u)) (?:about )?(?:my|me)\b",
    # the trainee's own said not to be the client's: "my mom isn't yours and I don't want mine
    # steering you", "how it went with my mum can't tell us how it'll go with yours"
    r"\bmy (?:own )?[\w'-]+ (?:isn't|is not|wasn't|was not|isnt) (?:yours|your [\w'-]+)\b",
    r"\b(?:don't|do not|dont|wouldn't|would not) want (?:mine|my (?:own )?[\w'-]+|it|that) (?:to )?"
    r"(?:steer|shape|colou?r|become|turn into|set up)\w*\b",
    r"\bhow (?:it|things) (?:went|worked out|turned out|goes) (?:with|for) (?:me|my (?:own )?"
    r"[\w'-]+)\b[^.?!;]{0,20}\b(?:can't|cannot|won't|wouldn't|doesn't|can not) (?:tell|say|"
    r"predict|show)\b",
    r"\b(?:^|i(?:'d| would)? )(?:rather|prefer)(?: not| to not)? (?:to )?(?:go into|get into|"
    r"talk about|say|share|answer|discuss|make (?:it|this) about)\b",
    # "I can't really say much about myself", "i cant really say what i'd do, i'm not u!", "that's
    # not really something I can answer"
    r"\bi (?:can't|cannot|cant|can not) (?:really )?(?:say|share|tell (?:you|u)) (?:much|a lot|"
    r"anything|too much) about (?:myself|me|my (?:own )?(?:life|family|private))\b",
    r"\bi (?:can't|cannot|cant|can not) (?:really )?(?:say|tell (?:you|u)) what i(?:'d| would|d)? "
    r"do\b",
    # the caretaking question turned back: "you don't need to look after me in here"
    r"\b(?:you|u) (?:don't|do not|dont) (?:need|have) to (?:look after|nurse|worry about|take care "
    r"of|check on|mind) me\b",
    # the turn handed back in place of an answer: "But I'd rather hear about yours.", "I'd like to
    # hear about yours first" (not "Yes, two. I'd like to hear about yours", a hand-back)
    r"\b(?:rather|prefer to) (?:hear|talk|know|think) (?:more )?(?:about )?(?:yours|you|how you|"
    r"what you)\b",
    r"\b(?:i'd|i would) (?:like|love|want) to hear (?:about )?yours first\b",
    # the answer set aside as beside the point: "whatever my history is", "whether I'm gay or
    # not", "does it matter to you whether I'm..." (Hill 2020: the question's meaning, not its
    # answer)
    r"\bwhatever (?:my (?:own )?[\w'-]+(?: [\w'-]+)?|i(?:'ve| have)? (?:been through|lived|had))"
    r"\b",
    r"\b^(?:and |but |so )?whether (?:or not )?i(?:'m| am|'ve| have| do| did| was)\b",
    r"\bwhether i(?:'m| am|'ve| have| do| did| was)\b[^.?!]{0,30}\bor not\b",
    r"\bdoes it matter (?:to you |so much |that much )?(?:whether|if) i\b",
    # the no said as what the trainee will not do: "I'm not going to give you my playbook", "I
    # won't go into my own marriage" (not "I won't tell anyone": confidentiality, not a decline)
    # ("I'm not going to say it's the same as yours" says something; it declines nothing)
    r"\bi(?:'m| am|m) not (?:going to|gonna) (?:tell|give|share|say(?! (?:it's|its|it is|that|"
    r"you|i)\b)|answer|go into)(?! (?:anyone|anybody|your|them|him|her|the|up)\b)",
    r"\bi (?:won't|will not|wont) (?:be )?(?:tell|telling|give|giving|share|sharing|answer|"
    r"answering|go into|going into)(?! (?:anyone|anybody|your|them|him|her|the|up)\b)",
    # a plain no to "will you tell me?", closed for good: "I won't, not even after we finish"
    r"\b^(?:no,? )?i (?:won't|will not)(?:[,.!]| -|$)",
    r"\bnot even (?:after|when|once) (?:we|therapy|the (?:sessions?|work))\b",
    # the trainee's own discomfort as the reason (a decline the rubric scores at level 2)
    r"\b(?:not|n't) (?:really )?(?:comfortable|happy) (?:sharing|answering|talking about|going "
    r"into|saying)\b",
    r"\b(?:feels|is|that's|it's) (?:a bit |rather |far |much )?too personal\b",
    # keeping the focus, said as what the trainee chose: "so this stays about you", "that's on
    # purpose"
    r"\b(?:this|it|the (?:focus|time|hour|space)) (?:stays|can stay|gets to stay) (?:about|on|with|"
    r"for) (?:you|yours)\b",
    r"\blet'?s (?:focus|stay|keep (?:it|this)|talk|get back) (?:on|with|about|to) (?:you|yours)\b",
    # "Whether I believe isn't what matters here": the answer set aside as beside the point
    r"\b^(?:and |but |so )?whether (?:or not )?i \w+\b(?=[^.?!]{0,40}\b(?:isn't|is not|doesn't|"
    r"does not|won't|matters? less|not what matters)\b)",
    r"\bnot (?:really )?(?:appropriate|right|helpful) for me to\b",
    r"\b(?:not|won't|never|can't|cannot) (?:going to |gonna )?tell (?:you|u)\b"
    # (not "I can't tell you how much that means", "I won't tell you what to do")
    r"(?! (?:what to do|how to|how (?:much|glad|happy|sorry|pleased|proud|grateful|moved|good|"
    r"nice|lovely|hard|sad))\b)",
    # ("I'd better not while you're my client" puts off a request: a boundary matter)
    r"\bi(?:'d| had) better not\b(?! (?:while|whilst|until|till|yet)\b)",
    # what the helper would do, said to be beside the point: "What I'd do wouldn't get you far"
    r"\bwhat i(?:'d| would) do(?: [\w'-]+){0,5}? (?:wouldn't|won't|doesn't|isn't going to|would "
    r"not|can't) "
    r"(?:help|matter|get you|tell you|say|count|be (?:much |any |a lot of |of (?:much |any )?)?"
    r"(?:use|help|good))\b",
    # "What I'd do matters less than what fits you", "It is not for me to say what I would do"
    r"\bwhat i(?:'d| would) do (?:matters? less|isn't what matters|is not what matters|doesn't "
    r"matter|isn't the point|is not the point)\b",
    r"\bwhat i (?:feel|think|believe) (?:isn't|is not) (?:really )?(?:the point|what matters)\b",
    r"\b(?:it's|it is|that's|that is) not (?:for me|my place) to say\b",
    # "That's between me and my therapist": kept, and who it is kept with
    r"\b(?:that's|that is|it's|it is|that stays) between me and (?:my|me)\b",
    r"\b(?:leave|stop) (?:it )?at that\b",
    # declines said in passing: "That's not really something I'll go into", "Let's not get into
    # my side of things", "That's about me, and this is about you", "It's not my place to tell
    # you what to do"
    r"\blet'?s not (?:get|go) into (?:my|me)\b",
    r"\bnot (?:really )?something i(?:'ll| will|'d| would)? (?:go into|get into|talk about|"
    r"share|answer)\b",
    r"\b(?:that's|that is|it's|it is) about me,? (?:and|but|whereas) (?:this|today|the hour|"
    r"here) is about (?:you|u)\b",
    r"\bnot (?:my place|for me) to tell (?:you|u) what to do\b",
    # what the trainee would do, said not to help: "i dont think what id do would help", "I'd be
    # wary of saying what I'd do"
    r"\b(?:don't|dont|do not) think what i(?:'d| would|d) do (?:would|will|could) (?:help|"
    r"matter)\b|\bwary of (?:saying|telling (?:you|u)) what i(?:'d| would|d) do\b",
    # part answered, the rest kept back: "the rest I'll keep to myself"
    r"\b(?:the rest|that part|the other (?:bits|questions|stuff)) i(?:'ll| will|'d| would)? "
    r"(?:keep|leave|hold) (?:to myself|private|back|out of (?:it|here))\b",
    r"\bi (?:don't|do not) (?:really )?(?:talk about|go into|discuss) (?:it|that)\b",
    r"\bmy (?:own )?(?:answer|story|experience|playbook|choices?|loss(?:es)?|history|past|life|"
    r"situation)s? (?:wouldn't|won't|doesn't|don't|would not|isn't going to|aren't going to|would|"
    r"will) (?:not )?(?:tell|help|matter|say)\b",
    # the reason for not telling: "I don't want my story to set up a prediction for yours"
    r"\b(?:don't|do not|wouldn't|would not) want my (?:own )?(?:story|experience|history|life|"
    r"answer|past)s? to\b",
    r"\b(?:keep|stay)(?:ing)? (?:this|it|the focus|our time|the hour|things)? ?(?:about|on|with) "
    r"(?:you|u|yours)\b",
    # the question named for what it is, a no without the cold of "that's personal": "That is a
    # personal question.", "It's a private matter, I'm afraid."
    r"\b(?:that's|thats|that is|it's|its|it is) an? (?:very |rather |quite |bit )?(?:personal|"
    r"private) (?:question|matter|thing|one|area)\b",
    # the thing kept named first, as second-language English orders it: "My family I keep for
    # outside", "my private life i leave at home"
    r"\b^(?:but |and )?my (?:own )?[\w'-]+(?: [\w'-]+)? i (?:keep|leave|hold) (?:for outside|"
    r"outside|private|to myself|at (?:home|the door)|out\b|aside|back\b|separate|apart|for "
    r"(?:myself|home))",
    # "that one stays with me": kept, said of the answer
    r"\b(?:that|this|it|my (?:own )?[\w'-]+(?: [\w'-]+)?)(?: one)? stays (?:with me|private|"
    r"personal|between me and me)\b",
    # second-language English: "I am not to tell about my weekend"
    r"\bi(?:'m| am) not (?:to|supposed to|meant to|permitted to) (?:tell|say|share|answer|talk)\b",
    # the trainee's own turn closed: "no more about me today", "enough about me"
    r"\b(?:no more|enough) (?:about|of) me\b",
    # a side of the trainee kept out of the sessions: "I keep that part of me out of here"
    r"\b(?:keep|leave|keeping|leaving) (?:that|this|those|my (?:own )?\w+) (?:side|part|bit)s? of "
    r"(?:me|my life|myself)\b",
    r"\b(?:keep|leave|keeping|leaving) [^.?!]{1,30} out of (?:our|the|these|my) (?:sessions?|"
    r"work|room|hour|time)\b",
    # the no said as what the trainee does not want or think right: "I don't want to say",
    # "I don't think I should answer", "I'm not gonna talk about my private life"
    # ("I don't want to say it's the same for you" says something: the bare verb must end the
    # clause, or take only "that", "it", "this one")
    r"\b(?:don't|do not|wouldn't|would not) (?:really )?want to (?:talk about|go into|get into)\b",
    r"\b(?:(?:don't|do not|wouldn't|would not) (?:really )?want to|(?:don't|do not) think i "
    r"(?:should|ought to|can|will)) (?:say|answer|share|tell|go into)(?: (?:you|u))?"
    r"(?: (?:that|it|this))?(?: one)?"
    r"(?=[ ,]*(?:sorry|tbh|right now|here|just now)?[ ,]*(?:[.!?;-]|$))",
    r"\b(?:not|won't|never) (?:going to|gonna) (?:talk about|discuss|go into|get into|share|"
    r"answer)\b",
    # "I'm not gonna say either way", "not going to tell you, sorry" (not "I'm not going to say
    # it's easy": the bare verb ends the clause, or "either way", "which", "whether" follow it)
    r"\b(?:not|won't|never) (?:going to|gonna) (?:say|tell(?: (?:you|u))?)(?: (?:that|it|this))?"
    r"(?= (?:either way|which|whether|one way or the other)\b|[ ,]*(?:tho|though|sorry|here|"
    r"today|right now)?[ ,]*(?:[.!?;-]|$))",
    r"\bnot something i(?:'ll| will| would|'m going to| am going to)? (?:talk about|share|"
    r"go into|get into|say|answer|discuss|get into here)\b",
    r"\b(?:something|things?|that's|that is) i(?: keep|'ll keep| will keep|'d keep| like to keep| "
    r"prefer to keep| tend to keep) (?:to myself|private|out of (?:here|it|the room))\b",
    r"\bmy (?:answer|story|experience) (?:wouldn't|won't|doesn't|would not) (?:tell|help|matter)\b",
    r"\b(?:before i answer|the more useful question)\b",
    r"\bi can't tell you what i(?:'d| would) do\b",
    r"\bnot (?:your job|about me|what we're here for)\b",
    # the question named as about the trainee and turned back: "That's a question about me, and
    # we're here to talk about you" (curt, but a decline)
    r"\b(?:that's|thats|that is|it's|its) a question about me\b",
    r"\bwe(?:'re| are) here to (?:talk about|focus on|look at) (?:you|u)\b",
    r"\b(?:another|some other) time\b",
    r"\bi(?:'d| would) (?:rather|prefer to|like to) (?:keep|leave|not|hold)\b",
    r"\bi(?:'m| am) (?:going to|gonna) (?:leave|keep|hold|not answer|pass)\b",
    r"\b(?:leave|keep|hold) (?:that|this|it|my (?:own )?\w+(?: \w+)?)(?: one)? (?:to one side|"
    r"aside|out|private|to myself|back)\b",
    # "I can't say I know" disclaims knowing, and "I'm not going to say it's the same as yours"
    # says something: neither turns anything down
    r"\b(?:not|won't|don't|can't) (?:going to )?(?:answer|say|share|go into|talk about)\b"
    r"(?! (?:that )?(?:i|it's|it is|it was|it'll|it will|that's|you|you're|your|this is|there's|"
    r"everything|anything)\b)",
    r"\bkeep (?:the|our) (?:focus|time|attention|space|sessions?) (?:on|about|for) you\b",
    # the no in the trainee's own going-on words: "I'm not answering that one", "I won't be
    # answering that", "not one I'll answer", "I'll pass on that one"
    r"\b(?:i(?:'m| am) not|(?:won't|will not|not) be) (?:answering|going into|getting into|"
    r"sharing)\b",
    r"\bnot one i(?:'ll| will|'m going to| am going to)? (?:answer|go into|share|talk about)\b",
    r"\bi(?:'ll| will|'m going to| am going to) (?:pass|skip)(?: on)? (?:that|this)(?: one| "
    r"question)?\b|\b^(?:that|this)(?: one| question)? i(?:'ll| will)? (?:skip|pass on)\b",
    r"\bmy (?:own )?(?:life|answer|story|situation|experience)s? (?:isn't|is not|doesn't|matters? "
    r"less)\b",
    # "It's not my story that matters here."
    r"\b(?:it's|it is) not my (?:own )?(?:story|life|experience|answer|history) that (?:matters|"
    r"counts|we're here for)\b",
    # "whether it worked out for me isn't really the point"
    r"\b^(?:and |but |so )?whether (?:or not )?(?:it|things|mine) (?:\w+ ){0,4}(?:for|with) "
    r"(?:me|mine)\b(?=[^.?!]{0,40}\b(?:isn't|is not|isnt|doesn't|doesnt|not the point|matters? "
    r"less)\b)",
    # the drill's own declines of a ranking, a swap, an imagined loss, a view: "I won't rank the
    # people I see", "I'm not going to trade", "I'm not going to imagine my own family into
    # this", "I won't put my beliefs in the middle of this", "Rather than talk about my views"
    r"\b(?:won't|will not|not going to) (?:rank|compare) (?:the people|people|clients|anyone|"
    r"you)\b",
    r"\b(?:won't|will not|not going to) trade\b",
    r"\b(?:won't|will not|not going to) (?:imagine|put|bring) my (?:own )?\w+(?: \w+)? (?:into|in "
    r"the middle of|in)\b",
    r"\brather than (?:talk(?:ing)? about|get(?:ting)? into|shar(?:e|ing)) my\b",
    # "I keep where I live private"
    r"\bkeep (?:where|what|who|how) i \w+(?: \w+){0,3} (?:private|to myself)\b",
    # "I won't get into who I'm seeing."
    r"\b(?:won't|will not|wont) (?:get into|go into|talk about|discuss)\b",
    r"\bwhether (?:or not )?i (?:have|am|do|did)\b",
    r"\b(?:that's|it's) (?:not|less) (?:what matters|important|the point)\b",
)


def turned_down(sentences: list[Sentence]) -> bool:
    """Every statement turns the question down ("Private.", "That's personal, sorry. Why do you
    ask?"): a question back to the client may stand beside the no, nothing else."""
    statements = [s for s in sentences if not s.is_question]
    return bool(statements) and all(
        DECLINES.search(s.norm) or COLD_NO.search(s.norm) or SHAMING_NO.search(s.norm)
        for s in statements
    )


def read_declining(
    sentences: list[Sentence], personal_question: bool, answered: bool
) -> SkillReading:
    """`answered`: the response answers the question directly ("I did, yes")."""
    reading = SkillReading(present=False, strength=0.0, score=0.0)
    if not personal_question or not sentences:
        return reading
    # cold refusals decline too: a policy recital, a shaming or a curt no (rubric levels 1-2)
    shaming = quote_match(SHAMING_NO, sentences)
    cold = quote_match(COLD_NO, sentences)
    declines = (
        quote_match(DECLINES, sentences)
        or quote_match(CARE_REASON, sentences)
        or quote_match(POLICY_REFUSAL, sentences)
        or quote_match(HOUSE_RULE, sentences)
        or shaming
        or cold
    )
    deflects = quote_match(DEFLECTS, sentences)
    curious = quote_match(ABOUT_THE_QUESTION, sentences)
    # "We'll see when we get there" puts the answer off: a decline that holds the door open
    door_open = quote_match(LEAVES_DOOR_OPEN, sentences)
    # (an answer beside "back to you" is still an answer: read as a redirect only without one)
    returns = None if answered else quote_match(RETURNS_FOCUS, sentences)
    if answered and not declines:
        if any(lx.PERSONAL_ANSWER.search(s.norm) for s in sentences[:2]):
            # A plain answer ("I'd go, but only for the ceremony") is scored under
            # self-disclosure, not here (the rubric's applies_when).
            reading.veto = "they answered it"
        return reading
    if not (declines or deflects or curious or door_open or returns):
        # the question was walked past (or dodged), not declined: with no word that turns it
        # down, defers it or asks what it means, the rubric has no decline to score ("You don't
        # ever fully get used to it, I don't think" at a question about the trainee's year)
        reading.veto = "nothing in it declines"
        return reading
    reading.present, reading.strength = True, 1.0
    reading.spans = [
        s
        for s in sentences
        if DECLINES.search(s.norm)
        or DEFLECTS.search(s.norm)
        or LEAVES_DOOR_OPEN.search(s.norm)
        or CARE_REASON.search(s.norm)
        or ABOUT_THE_QUESTION.search(s.norm)
        or (returns and RETURNS_FOCUS.search(s.norm))
    ] or sentences[:1]
    if declines:
        reading.add("declines", "you declined clearly", 0.25, declines)
    if returns and not declines:
        reading.add("returns_focus", "you turned the hour back to them", 0.25, returns)
    if deflects:
        reading.add("deflects", "it turns the question aside without a reason", -1.0, deflects)
    reading.note(ACKNOWLEDGES, sentences, "warm", "you acknowledged the question warmly", 0.5)
    reading.note(CARE_REASON, sentences, "care_rationale", "the reason is about their care", 0.75)
    reading.note(CURIOUS, sentences, "curious", "you got curious about what it means", 1.0)
    # a rule named only to disown it ("not because it's not allowed") recites nothing
    ruled = [s for s in sentences if not DISOWNS_A_RULE.search(s.norm)]
    reading.note(RIGID, ruled, "policy", "it recites a rule instead of a reason", -1.5)
    if not reading.has("policy"):
        reading.note(HOUSE_RULE, ruled, "policy", "it recites a rule instead of a reason", -1.5)
    if shaming:
        reading.add("shaming", "it makes them feel wrong for asking", -2.5, shaming)
    elif cold and not reading.has("policy"):
        reading.add("cold", "it shuts the question down without warmth or reason", -1.5, cold)
    reading.note(TRAINEE_CENTRED, sentences, "trainee_centred", "it centres your comfort", -1.0)
    reading.note(
        LEAVES_DOOR_OPEN,
        sentences,
        "leaves_door_open",
        "it promises an answer later, so the question stays open",
        -2.0,
    )
    reading.note(lx.DEFENSIVE, sentences, "defensive", "it sounds defensive", -1.0)
    if reading.has("policy") and not any(
        reading.has(n) for n in ("leaves_door_open", "defensive", "trainee_centred")
    ):
        # The rubric's level 2 names the policy recital; level 1 is shaming or a door held open
        # (level_bounds.LEVEL_FLOORS keeps a plain recital at 2).
        reading.add("plain_policy", "a rule given as the reason", 0.0)
    words = sum(s.words for s in sentences)
    if words > 70:
        reading.add("long", "the decline becomes a speech", -0.75)
    elif words <= 8 and not any(
        reading.has(n)
        for n in (
            "warm",
            "care_rationale",
            "curious",
            "shaming",
            "cold",
            "policy",
            "deflects",
            "leaves_door_open",
        )
    ):
        # "That's really not something I'll discuss.", "Long enough, don't worry.": a few words
        # with nothing warm, no reason and no interest in the asking (the rubric's curt no, 2-3)
        reading.add("curt", "it is curt, with no warmth, reason or curiosity", -0.5)
    reading.score = max(1.0, min(5.0, 2.5 + sum(f.effect for f in reading.features)))
    return reading
