"""The words of a decline done well or badly, for the `declining` reader (declining.py).

A cold or shaming no, a question turned aside, a reason about the client's care, curiosity about
what the question means, a rule recited, an answer put off: each a pattern the reader notes as a
feature (Knox & Hill, 2003; Hill, 2020; Audet & Everall, 2010). Split from declining.py, which
kept the forms that make a decline present (DECLINES) and the reading itself.
"""

from __future__ import annotations

import re

from roleplay.offline.text import any_of

# A cold or shaming no (the rubric's levels 1-2): "that's inappropriate", "none of your
# business", "we're not here to talk about me", "my sexuality isn't relevant to our work".
SHAMING_NO = any_of(
    r"\b(?:that's|that is|it's|it is|this is) (?:an? )?(?:completely |really |quite |very |a bit |"
    r"totally |not )?(?:inappropriate|none of your business|rude|not an? appropriate)\b",
    # the rubric's own example: "you know I can't answer that" (the asking made wrong)
    r"\byou (?:know|knew|should know) (?:i|we)(?: can't| cannot| can not| couldn't|(?: am|'m| are|"
    r"'re) not allowed to) (?:answer|tell|say|share|discuss|talk about)\b",
    r"\byou know better than to ask\b",
    # "that's not really appropriate (to ask me)": the asking made wrong
    r"\b(?:that's|that is|it's|it is) not (?:really |very |quite )?(?:an? )?appropriate"
    r"(?! for me to)\b",
    r"\b(?:none of your|not your|not really your) business\b",
    r"\bnone of your (?:concern|affair)\b",
    r"\b(?:none of|not) ur (?:business|concern)\b",
    r"\bi can't believe you(?:'d| would) ask\b|\bhow dare (?:you|u) ask\b",
    r"\b(?:don't|do not) think (?:that's|that is|it's|it is) (?:really |any of )?(?:your|ur) "
    r"business\b",
    r"\bnice try\b",
    r"\b(?:that's|that is|it's|how) (?:really |quite |a bit |very )?offensive\b",
)
COLD_NO = any_of(
    # "That's not really relevant, but...": the question called beside the point
    r"\b(?:that's|thats|that is|it's|its|it is) not (?:really |very )?(?:relevant|important)"
    r"(?=[ ,.!]*(?:but\b|$))",
    # "that's my business": the no as the trainee's property, curt
    r"\b(?:that's|thats|that is|it's|its|it is) my (?:own )?(?:business|affair|concern)\b",
    r"\b(?:isn't|is not|aren't|are not|not) (?:really |very )?(?:relevant|important) (?:to|for|in|"
    r"here)\b",
    r"\b(?:isn't|is not) (?:something|a thing) (?:we|i) (?:discuss|talk about|share|go into)\b",
    r"\bwe(?:'re| are) not here to (?:talk|discuss|focus) (?:about|on) me\b",
    r"\bi (?:don't|do not) (?:really |usually )?(?:talk about|discuss|share|go into) my "
    r"(?:personal|private|own|family|relationships?|love life|partner|marriage|kids|children)\b",
    r"\bi (?:don't|do not|can't) see (?:how|why|what) (?:that's|that is|it's|it is|that|it) "
    r"(?:\w+ )?(?:relevant|matters?|important)\b",
    r"\bi (?:don't|do not) (?:really |usually )?(?:talk about|discuss|share|go into) (?:personal|"
    r"private) (?:things|"
    r"stuff|details|information|matters)\b",
    r"\bnot what we(?:'re| are) here for\b",
    # "My marriage isn't what we're here to talk about", "that's not something we can discuss",
    # "not something you need to know", "not rly relevant tbh"
    r"\b(?:isn't|is not|aren't|are not|not) what we(?:'re| are) here to (?:talk about|discuss|"
    r"focus on)\b",
    r"\b(?:that's|that is|it's|it is|thats|its) not (?:really )?(?:something|a thing|anything) "
    r"(?:we|i) (?:can |could )?(?:discuss|talk about|share|go into|answer)\b",
    r"\bnot (?:really )?(?:something|anything) (?:you|u) (?:need|have) to know\b",
    r"\bnot (?:rly|really) relevant\b",
    r"\bmy (?:wellbeing|welfare|life|feelings|health) (?:isn't|is not|aren't|are not) your "
    r"(?:responsibility|job|concern|problem|business)\b",
    r"\b(?:that's|thats|that is|it's|its|it is) (?:a bit |quite |rather |very |too )?(?:personal|"
    r"private|confidential)"
    r"(?: (?:information|question|matter))?\b",
    # the one-word no: "Private.", "Personal, sorry."
    r"\b^(?:very |too )?(?:private|personal)\b(?=[ ,.!]*(?:sorry|i'm afraid)?[ .!]*$)",
    r"\b(?:don't|do not) think (?:that's|that is|it's|it is) something i should (?:share|say|"
    r"answer)\b",
    r"\bnot allowed to (?:give|share|offer) (?:personal|my|advice)\b",
    r"\b(?:therapists|counsell?ors|we) (?:don't|do not) (?:give|offer) (?:advice|opinions)\b",
    # the no put down to a rule, whatever the question: "I'm not allowed to tell clients that"
    r"\b(?:not|isn't|aren't) (?:allowed|permitted|supposed) to (?:tell|share|say|answer|discuss|"
    r"talk about|go into)\b",
)
# Turning the question aside without warmth or reason: a decline, done poorly.
DEFLECTS = any_of(
    r"\b^(?:so,? )?why do you ask\b",
    r"\bdoes it matter (?:whether|if) i\b",
    # "Does it matter where I'm from?" ("Is it important to you what I get up to?" asks what it
    # means to them)
    r"\b^(?:and |but |so )?does it (?:really )?matter\?",
    r"\b^(?:and |but |so )?does it (?:really )?matter (?:to (?:you|u) )?(?:where|what|who|how) "
    r"(?:i|i'm|my)\b",
    r"\bsome (?:people|of us) do,? some (?:don't|do not)\b",
    r"\bi(?:'m| am) the one asking\b",
    r"\b(?:that's|it's) not my role\b",
    r"\blet'?s just say\b",
    r"\bit varies\b",
    r"\bno comment\b|\b(?:that's|thats|that is) for me to know\b",
    # the question handed back as someone else's: "What would you tell your sister, if she were in
    # your shoes?"; a cold why: "Why, does my accent bother you?"
    r"\bwhat would (?:you|u) (?:tell|say to|advise) (?:a friend|your (?:sister|brother|friend|"
    r"best friend|daughter|son|mum|mom|dad|kids?|child)|someone)\b",
    r"\b^why[,?!]* (?:does|do|is|would) (?:my|that|it)\b",
    r"\b(?:keep (?:you )?guessing|have to guess)\b",
    r"\b(?:it's a |that's a )?long story\b",
    # a tease or a why in text speak: "not telling :)", "why u need know?"
    r"\b^(?:(?:ha|haha|hehe|lol|oh|ooh|nope|nah)[,!.]* )?(?:i'm |im )?not telling\b",
    r"\b^why (?:do |would |d'you )?(?:you|u) (?:need|want|wanna)(?: to)? know\b",
    # an age or a time waved off: "Old enough, don't worry!", "A while, ha."
    r"\b^(?:(?:oh|ha|haha|well)[,.!]* )?(?:old enough|long enough|a while)\b(?=[ ,.!]*(?:$|don't|"
    r"dont|ha|haha|lol|trust me|i promise))",
    # a brush-off that makes the answer nothing worth telling ("Not much to tell really.",
    # "Nothing dramatic.")
    r"\b^(?:(?:oh|ha|honestly|well|eh|meh|nah)[,.!]? )?(?:not (?:much|a lot|a great deal) to "
    r"(?:tell|say|report)|nothing (?:much|dramatic|exciting|interesting|special|to (?:tell|"
    r"report))|nothing to worry about (?:there|here))\b",
    # a tease: "Ha, wouldn't you like to know!"
    r"\b^(?:(?:ha|haha|oh|ooh)[,!.]* )?(?:wouldn't|would) (?:you|u) like to know\b",
    # the relevance of the question questioned: "Is that relevant?", "How is that important?"
    # ("Is it important to you whether I know the area?" asks what it means to them)
    r"\b^(?:and |but |so )?(?:is|how is|how's|why is) (?:that|it|this) (?:really |even )?"
    r"(?:relevant|important)\b(?! to (?:you|u)\b)",
    # put aside with no reason: "Maybe another day.", "a story for another day", "I'll plead
    # the fifth on that one!", "That's hypothetical"
    r"\b^(?:maybe|perhaps) another (?:day|time)\b|\ba story for another (?:day|time)\b",
    r"\bplead the fifth\b|\b(?:that's|that is|it's|it is) (?:a )?hypothetical\b",
)
CARE_REASON = any_of(
    r"\b(?:focus|time|space|hour|attention|sessions?) (?:stays?|is|can stay|remains?) "
    r"(?:on |about |for )?(?:you|yours)\b",
    r"\bkeep (?:the|our) (?:focus|time|attention|space|sessions?) (?:on|about|for) you\b",
    r"\bso (?:that )?(?:we|i) can (?:stay|keep|focus|give)\b",
    r"\bthis (?:is|stays) your (?:time|space|hour)\b",
    # "This is yours." said of the hour, a sentence on its own
    r"\b^(?:but |and |so )?(?:this|the hour|this hour|the time) (?:is|stays) yours[.!]?$",
    r"\bthis (?:time|hour|space) is (?:for )?(?:you\b|yours|your)\b",
    r"\b(?:spend|use|keep) (?:our|the|this) (?:time|hour|session) (?:on|for|with) (?:you|yours)\b",
    # "I'd rather we used the time for you"
    r"\b(?:rather|prefer) (?:we|to) (?:used|use|spent|spend|kept|keep) (?:our|the|this) "
    r"(?:time|hour|session) (?:on|for|with) (?:you|u|yours)\b",
    r"\bfor your sake\b",
    r"\bso (?:that )?you (?:have|get|keep) (?:the|this|your) (?:whole |full )?(?:hour|time|space|"
    r"session)\b",
)
# Curiosity about the question asked in the flow of a sentence: "I'm curious what it would change
# for you", "what would knowing me give you?", "what prompted you to ask?". ("What you're hoping
# to see" counts toward a decline's quality, not its presence: in the corpus, said to "Do you
# have anxiety too?", it is relationship talk.)
IN_THE_FLOW = (
    r"\bwhat (?:it|knowing) (?:would|might|does|will) (?:mean|change|give you)\b",
    r"\bwhat would knowing (?:me|that|this|whether|if)\b",
    r"\bwhat (?:made|makes|has made) you (?:think of|wonder about|bring up) (?:it|that|this)\b",
    r"\bwhat prompted (?:you|the question|that question|that|this)\b",
    r"\bthat (?:makes|made) you (?:ask|wonder|want to know)\b",
    r"\b(?:(?:would|might|does|will) it|it (?:would|might|will)) (?:change|matter|make a "
    r"difference)\b[^.?!]{0,50}\b(?:if|whether) i\b",
    r"\bwhat not knowing\b",
    # "What would change if you knew?"
    r"\bwhat (?:would|might|does|will) (?:it )?change (?:for you )?(?:if|once|when) (?:you|u) "
    r"(?:knew|know|found out|had the answer)\b",
    # the asking itself explored: "What's it like, asking me that?"
    r"\b(?:what's|what is|how's|how is) it(?: like)?(?: for you)?,? (?:to ask|asking) (?:me )?"
    r"(?:that|this|about)\b",
    # "I notice you're asking about my life now... I wonder if it's easier to talk about me"
    r"\byou(?:'re| are) asking (?:me )?about (?:my|me)\b",
    r"\beasier to (?:talk|ask|think|wonder) about me\b",
    # "What's it like for you to wonder whether I get it?"
    r"\b(?:what's|what is|how's|how is) it(?: like)?(?: for you)?,? (?:to wonder|wondering) "
    r"(?:whether|if|about) (?:i|me|my)\b",
    r"\bwhat (?:makes|made) you (?:say|think) (?:that|so|i(?:'m| am| was|'d| would)?)\b",
)
CURIOUS = any_of(
    r"\bwhat (?:you're|you are|you were) hoping\b",
    r"\bwhat (?:makes|made|has made) you (?:ask|wonder|want to know)\b",
    r"\bwhat (?:would|might) it mean (?:to you|for you)? ?if\b",
    r"\bi(?:'m| am) (?:curious|wondering) (?:what|about what|why)\b",
    r"\bi wonder (?:what|whether|if)\b",
    r"\bwhat (?:are you|were you) (?:hoping|wanting|needing)\b",
    r"\bwhat's (?:behind|underneath) (?:the|that) question\b",
    r"\bwhat (?:would|might) (?:help|change)\b.{0,20}\bknow\b",
    *IN_THE_FLOW,
)


# Curiosity about the question itself (not about their life elsewhere) declines by exploring it.
ABOUT_THE_QUESTION = any_of(
    r"\bwhat (?:makes|made|has made) you (?:ask|wonder|want to know)\b",
    r"\bwhat (?:would|might|does) it (?:mean|change)\b.{0,30}\b(?:if|whether) i\b",
    r"\bwhat (?:are|were) you hoping\b",
    r"\b(?:behind|underneath) (?:the|that|your) question\b",
    r"\bas you ask (?:me )?(?:that|this)\b",
    r"\b(?:whether|if) i(?:'d| would)? (?:get|understand|know|have|did|do)\b.{0,40}\bwonder\b",
    r"\bwonder what it would mean (?:to you )?if i\b",
    # "how much it matters to you which side I'm on", "you turned the spotlight onto me"
    r"\b(?:matters?|mattered) (?:so much |a lot )?to (?:you|u) (?:which|whether|if|what|where) i\b",
    r"\b(?:turned|turning|turn|put|putting|shone|shining) the (?:spotlight|focus|attention) "
    r"(?:on|onto) me\b",
    *IN_THE_FLOW,
)


# "Not because it's not allowed", "it's not a rule thing": the reason is given as something else.
DISOWNS_A_RULE = re.compile(
    r"\bnot because (?:it's|it is|i'm|i am)? ?(?:not allowed|not permitted|against|a rule|the "
    r"rules?|(?:of )?(?:a |the )?(?:rule|policy))|\bnot (?:a|about (?:a|the)) (?:rules?|policy)\b|"
    # "you'll have to keep guessing" teases; it lays down no rule
    r"\bhave to (?:keep )?guess"
)


# The service's rule as the reason, in second-language word order too: "it is rule of the
# clinic", "that's the clinic's rule", "the rules here say"
HOUSE_RULE = any_of(
    r"\b(?:it is|it's|its|that is|that's|is) (?:a |the )?rules? (?:of|at|in|for) "
    r"(?:the |this |our )?(?:clinic|service|centre|center|practice|agency|organi[sz]ation|course|"
    r"training)\b",
    r"\b(?:the )?(?:clinic|service|centre|center|practice|agency)(?:'s)? rules?\b",
    r"\bthe rules? (?:here|say|says|are)\b",
)


# A yes for later leaves the door open: the client will ask again.
LEAVES_DOOR_OPEN = any_of(
    r"\b(?:maybe|perhaps) (?:i'll|i will|i can|i could) tell you\b",
    r"\b(?:we'll|we will|let's) see (?:when|later|after|once|how)\b",
    # the answer promised once something has happened: "I'll tell you what I think once you've
    # decided"; or hinted at: "I understand more than you'd think"
    r"\bi(?:'ll| will) tell you (?:\w+ ){0,3}(?:once|when|after)\b",
    r"\b(?:understand|know|get) (?:it |this |that )?more than you(?:'d| would|'ll) (?:think|know|"
    r"guess)\b",
    r"\bmaybe (?:one day|some day|someday|later|down the line|when we(?:'re| are) further)\b",
    # "Maybe, we'll see!": the answer left for later
    r"\b(?:maybe|perhaps|possibly)[,!.]* we(?:'ll| will) see\b",
    r"\b(?:tell|ask) (?:you|me) (?:another time|later|after|some other time|one day)\b",
    # "I'll tell you at our last session", "when we've finished working together I can tell you",
    # "if you're still curious when we finish, ask me again", "not while we're working together"
    r"\bi(?:'ll| will| can| could) tell (?:you|u) (?:all )?(?:about (?:it|them|that|me) )?"
    r"(?:at|in) (?:our|the) (?:last|final|end)\b",
    r"\bwhen (?:we(?:'ve| have)?|you(?:'re| are)) (?:finished|done|further along)\b.{0,30}\btell "
    r"(?:you|u)\b",
    r"\bask me again\b|\bnot while we(?:'re| are) (?:working together|in therapy)\b",
    r"\b(?<!not )(?<!not even )(?<!never )(?<!even )after (?:saturday|the weekend|we finish|"
    r"therapy|our sessions)\b",
)

# The hour handed back in place of an answer ("im fine! back to u", "this is ur time", "you're
# the one I'm interested in today", "now you're looking after me"): a decline by redirection,
# the corpus's 3-4 where nothing personal was told (declining.py reads it only then).
RETURNS_FOCUS = any_of(
    r"\b(?:back to (?:you|u|yours)|(?:come|go|get) back to (?:you|u|yours))\b(?! (?:on|about) "
    r"(?:that|this|it)\b)",
    r"\b(?:this|it)(?:'s| is) (?:your|ur) (?:time|hour|space|session)\b",
    r"\b(?:you're|ur|you are) the one i(?:'m| am|m) interested in\b",
    r"\b(?:i'd|i would) (?:like|love) to hear more about (?:you|u)\b",
    r"\b(?:the one )?(?:looking|look) after me\b",
)
