"""The client's questions about the helper's own life, and the helper's answers to them."""

from __future__ import annotations

import re

from roleplay.offline.text import any_of

# The client asks about the helper's own life ("Have you ever...?", "Are you married?").
PERSONAL_QUESTION = any_of(
    r"\b(?:have|are|do|did|were|was|would|will|can) you (?:ever |also |yourself |actually |even )?"
    r"(?!think|mean|want to|feel like|need|mind|remember when|know what|see what|understand|"
    r"get what|agree|believe me|like me|pity|judge|hate|care|recommend|suggest|advise|"
    # ("do you have any suggestions?" asks for advice, not about the helper's life)
    r"(?:have|got|know) (?:any |some |a few |an? |other |more |any other |any more )?(?:\w+ )?"
    r"(?:suggestions?|advice|ideas?|tips?|recommendations?|resources|pointers)\b|"
    # ("are you there?" checks the chat, not the helper's life)
    r"(?:still )?there\b)\w+[^?]*\?|\bhow old are you\b|"
    r"\bwhere are you from\b|\bwhat about you\b|\byou too\?|\byour (?:own )?(?:kids|children|"
    r"family|partner|husband|wife|parents|age|faith|religion)\b[^?]*\?|"
    r"\b(?:did|do|have|are|were|would|will|can) you\?|\b(?:for|about) you\?|\byourself\?|"
    r"\bwhat would you do\b|\bwhat did you do\b|\bhow do you (?:cope|manage|deal)\b|"
    # how the helper's own story ended: "Did it all work out for you in the end?"
    r"\b(?:work(?:ed)?|turn(?:ed)?|pan(?:ned)?) out (?:for|with) you\b|"
    r"\bhow did (?:it|that|things) go (?:for|with) you\b|"
    # Small-talk questions about the helper's life: name, sign, home, age, background.
    r"\bwhat(?:'s| is| are) your (?:first |real )?(?:name|star sign|sign|age|background|"
    r"religion|accent|nationality|hobbies|plans|favourite \w+)\b|"
    r"\bwhere (?:do|did) you (?:live|grow up|come from|go|train|study)\b|"
    r"\bwhere(?:'s| is) your accent from\b|"
    # asked sideways: "can I ask how old you are?", "You get it, don't you?", "Is that a wedding
    # ring?", "what would you know about any of this?"
    r"\bhow old you are\b|"
    # peer typing drops the "have" ("How long you been doing yoga?"); the helper's own story asked
    # after ("was that what happened in your case?")
    r"\bhow long (?:have )?(?:you|u) been\b|\bin (?:your|ur) (?:own )?case\b[^.?]*\?|\byou (?:get it|know what it's like),? don't you\b|"
    r"\byou(?:'ve| have) been (?:there|through (?:it|this|that)),? (?:haven't|have) you\b|"
    r"\bis that an? (?:wedding |engagement )?ring\b|\bwhat would you know\b|"
    # the helper's own wellbeing and life, asked in earnest: "How are you, actually?", "tell me
    # about you", "How's your year been?" ("how are you feeling about..." is not about them)
    r"\bhow are you(?:,? (?:actually|really|doing|yourself)|\?)|\bhow(?:'ve| have) you been\b|"
    r"\btell me (?:(?:a bit |something )?about )?(?:you|yourself)\b(?! (?:think|mean|want|feel))|"
    r"\bhow(?:'s| is| has) (?:your|life for you) (?:own )?(?:year|week|day|life|summer|christmas|"
    r"weekend|holiday)\b|"
    # pressed after a decline, or asked outright: "Why won't you?", "You never tell me anything
    # about yourself", "Is it still hard for you, after your divorce?"
    r"\babout yourself\b|\bwhy (?:won't|wont|don't|can't) you (?:tell|say|share|answer|talk)\b|"
    r"\bwhy won't you\?|\b(?:did|does|do|has|have|is) yours\b[^.?]*\?|"
    r"\byour (?:own )?(?:divorce|marriage|wedding|childhood|mum|mom|dad|mother|father)\b[^?]*\?"
)
# How the helper's own story went, asked as a follow-up: "Did it work out? Because if yours did,
# maybe mine..." An answer to it tells of the helper's life. (Kept out of PERSONAL_QUESTION, the
# moment's cue, whose every change refits the immediacy heads.)
FOLLOW_UP_QUESTION = any_of(
    r"\bif yours (?:did|does|was|is|went|worked|had)\b|"
    # pressed after a no, without a question mark: "So you won't even tell me if you have kids."
    r"\b(?:you|u) (?:won't|wont|will not|can't|don't|do not) (?:even |ever )?tell me (?:if|whether|"
    r"about|what|where|how|anything)\b|"
    # what the client has heard of the helper's life, asked to be confirmed: "Someone told me you
    # lost someone too. Is that true?"
    r"\b(?:you|u) (?:\w+ ){1,5}(?:too|as well)\b[^?]{0,20}\bis (?:that|it) (?:true|right)\b|"
    # the helper's own family put in the client's place: "If your child died, could you even get
    # out of bed?"
    r"\bif (?:your|ur) (?:own )?(?:child|kid|son|daughter|partner|wife|husband|mum|mom|dad|mother|"
    r"father|parents?|brother|sister) (?:\w+ ){0,3}(?:died|passed|left|cheated|was|were|had|got)\b"
    r"[^?]{0,60}\b(?:could|would|will|do|did) (?:you|u)\b|"
    # the keeping back called hiding, pressed after a no: "You hide behind 'this is about you'"
    r"\b(?:you|u) (?:always |just |keep )?(?:hide|hiding) behind\b|"
    # the helper's feelings about their clients: "Am I your favourite client?"
    r"\bam i (?:your|ur) (?:favou?rite|best|least favou?rite)\b"
)
# The helper's own family named in the client's question ("after your dad?"): it asks about
# the helper's life even when it is phrased as a question about the two of them ("Do you
# remember your first year, after your dad?").
HELPERS_FAMILY = re.compile(
    r"\byour (?:own )?(?:mum|mom|dad|mother|father|parents?|brothers?|sisters?|kids|children|"
    r"husband|wife|partner|family|son|daughter)\b"
)
# A reply that answers such a question about oneself, in its first words.
PERSONAL_ANSWER = re.compile(
    # ("Ha, fair enough - I'm not, no": a word or two of acknowledgement may come first)
    r"^(?:(?:ha|haha|oh|ah|well|honestly|okay|ok|right|sure|fair enough|good question|fair question|"
    r"great question|um+|erm|hmm+)[,!.]?(?: -)? ){0,2}"
    # the question's own word echoed first, or denied: "Married, yes.", "Not married, no."
    r"(?:(?:not |no )?(?:an? )?\w+, )?"
    # "What would you do?" - "If it were me, I'd...", "In your shoes I'd...": the helper's own
    # choice handed over, whatever the conditional in front of it
    r"(?:(?:if (?:it|that) (?:were|was) me|if i (?:were|was) you|in your (?:shoes|position|place))"
    r"[,.]? (?:honestly,? |personally,? )?)?"
    r"(?:yes|yeah|yep|no|nope|i am|i'm not|i have|i haven't|i do|i don't|i did|"
    r"of course (?:not|i am|i'm not|i do|i don't|i have|i haven't)|"
    r"i didn't|i was|i wasn't|i've been|i'm|same|me too|me neither|\d+|twenty|thirty|forty|"
    # "How long have you been doing yoga?" - "About 10 years"
    r"(?:about|around|nearly|almost|over|roughly|just over) (?:\d+|a (?:year|decade)|two|three|"
    r"four|five|ten|twenty)|"
    # "Did it work out in the end?" - "It did, yes."; "Do you have kids?" - "We do, two."
    r"it did|it didn't|it worked|it has|it hasn't|we did|we didn't|we do|we don't|we have|"
    r"we haven't|we were|we are|we're|"
    # "Where did you train?" - "I trained in Leeds"; "A parent who drank?" - "My parents didn't"
    r"i trained|i qualified|i studied|i grew up|i'm from|i come from|"
    # "What would you do?" - "I'd keep her at home": what the helper would do is about them
    r"i'd (?!like|love|be\b(?! gone| out of| off\b)|want|rather|prefer|say|suggest|wonder|"
    r"imagine|guess|hate|need)|"
    r"i would (?!like|love|be\b(?! gone| out of| off\b)|want|rather|prefer|say|suggest|wonder|"
    r"imagine|guess|hate|need)|"
    r"i (?:probably|definitely|honestly|really|think i) would(?:n't)?|"
    # a verbless answer: "Married, one kid.", "One older brother.", "Trained in Leeds."
    r"(?:one|two|three|four|an?|no|just the one) (?:older |younger |big |little |twin |half-)?"
    r"(?:brothers?|sisters?|siblings?|kids?|children|sons?|daughters?|boys|girls)|"
    r"trained|qualified|studied|grew up|married|single|divorced|engaged|separated|widowed|"
    # "Do you live round here?" - "Not far, yeah!"; "Do you earn much?" - "Not a lot, sadly."
    r"not (?:far|a lot|much|often|anymore|any more)|"
    # "Did you ever...?" - "Once, years ago." (not "once you've decided")
    r"once(?=,| or twice| years| a long| yes)|"
    # "Where's your family from?" - "My family's from Lahore"
    r"my (?:family|parents|mum|mom|dad|folks)(?:'s| is| are| were| was) (?:from|originally)|"
    # how the helper's own matter stands: "It's been a long road", "It's not still going on"
    r"it(?:'s| is| was|'s been| has been)(?: (?:not|really|honestly|all|long|pretty|quite))* "
    r"(?:still going on|going on|settled|sorted|behind me|over now|all over|a long (?:road|time|"
    r"way)|rough|tough|horrendous|easier now|better now|fine now|in the past|healed|long gone)|"
    r"my (?:parents?|mum|mom|dad|mother|father|family) (?:did|didn't|do|don't|were|weren't|was|"
    r"wasn't)|"
    r"fifty|sixty)\b(?!,? (?:i (?:don't )?think|not at all|of course))"
    # "No offence taken!", "No worries" turn nothing of the helper's life up
    r"(?! (?:offen[cs]e|worries|problem|pressure|need|bother)\b)"
    # "Good, I'm glad that was okay" is pleasure at their news, not an answer about oneself
    r"(?! (?:so |really )?(?:glad|pleased|happy|sorry) (?:that|to hear|you|it|about)\b)"
)
