"""The words the `contracting` reader (contracting.py) listens for: the limits of
confidentiality read out or left out, the terms put to the client or imposed, consent assumed or
pressed, terms waved away, a reason given, contact offered instead, a goodbye, and what a reply
that states no term does instead (reflects, wonders, asks)."""

from __future__ import annotations

import re

from roleplay.offline.text import Gated, Sentence, any_of

# The limits of confidentiality read out as a legal notice (obliged, duty, breach, agencies)
# rather than agreed: with no check on how it lands it is a recital (rubric v2, contracting 2).
RECITAL = any_of(
    r"\b(?:i have to|i must|i(?:'m| am) (?:obliged|required|bound|duty-bound) to) (?:tell|inform|"
    r"advise|make you aware|let you know)\b",
    r"\byou should (?:be aware|know) that\b|\bplease (?:be aware|note)\b",
    r"\b(?:a |my )?duty to (?:report|inform|notify|disclose)\b",
    r"\b(?:break|breach|breached|broken) (?:your )?confidentiality\b|\bconfidentiality (?:may|"
    r"will|would|can) be (?:broken|breached)\b",
    r"\b(?:relevant|appropriate|other|statutory) (?:agencies|authorities|services|bodies)\b",
    # the agreement quoted at the client: "our telehealth agreement says sessions must...",
    # "as set out in section 4 of the agreement"
    r"\b(?:the|our|your) (?:\w+ )?(?:agreement|policy|contract|terms) (?:says|states|requires|"
    r"stipulates)\b|\b(?:set out|stated|specified) in (?:section|clause|paragraph) \d+\b",
)
# Confidentiality stated as absolute ("it's all confidential") with no word anywhere in the
# response of its limits (risk to life, safeguarding): the client is told something untrue about
# the frame they are agreeing to (BACP Ethical Framework; the rubric's contracting level 1).
ABSOLUTE_CONFIDENTIALITY = any_of(
    r"\b(?:all|completely|totally|fully|entirely|100%|strictly|always|everything(?:'s| is)|"
    r"everythings) "
    r"(?:\w+ )?confidential\b",
    r"\bconfidential,? (?:always|no matter what|whatever happens)\b",
    # "what you say stays in here, full stop" with no limit named anywhere (checked where used)
    r"\b(?:stays?|kept|keep it|goes no further than) (?:in|inside|within)? ?(?:here|this room|the "
    r"room|these (?:four )?walls)\b",
    r"\bgoes no further\b",
    # "your secrets are safe with me"
    r"\bsecrets?(?:'s| is| are)? (?:\w+ )?safe\b|\bsafe with me\b",
    # "Nobody." in answer to who hears
    # (and with a reassurance after it: "honestly nobody, dont worry about it", "No one will,
    # promise")
    r"\b^(?:(?:honestly|no|nah|nope)[?,.!]* )?(?:nobody|no one|no-one)(?: else)?(?: at all| will| "
    r"would| does| hears| ever)?(?:[.!,]* (?:(?:don't|dont|do not) worry(?: about (?:it|that))?|"
    r"i promise|promise|honestly|ever))*[.!]*$",
)
CONFIDENTIALITY_LIMITS = any_of(
    r"\b(?:unless|except|apart from|the only time|limits?|exceptions?|if i(?:'m| am| was| were)? "
    # ("you're in safe hands" reassures; it names no limit)
    r"(?:\w+ )?(?:worried|concerned)|risk|safety|safe(?! hands\b)|harm|danger|court|safeguarding|"
    r"mostly|"
    # naming who else hears is a limit stated, if not all of them
    r"supervis\w*|only my|training team)\b",
)
CHECKS_CONSENT = any_of(
    # "would that work?" at the end of the sentence too, not only "does that work for you"
    # a place or time put to them: "Would the kitchen table work?"
    r"\b(?:would|could|does) (?:the |a |your |ur )?\w+(?: \w+)? (?:work|suit)(?: for "
    r"(?:you|u))?\s*\?",
    r"\b(?:does|would|could|will|can) (?:that|this|it) (?:work|sound|feel|suit|seem)(?: (?:ok|okay|"
    r"alright|right))?\b",
    # the plan put to them as a question: "is that safe with him checking it?", "want to try it for
    # a couple of months?", "you choose"
    r"\bis (?:that|this|it) (?:safe|ok|okay|alright|all right|fine)\b[^.!]*\?",
    r"\b(?:want|wanna|shall we|should we) (?:to )?try\b[^.!]*\?",
    r"\b(?:you|u) choose\b",
    # "Would that do?", "Will that do for you?"
    r"\b(?:would|will|does|could) (?:that|this|it) do(?: for (?:you|u))?\s*\?",
    r"\b(?:any|what) questions\b",
    r"\bquestions\s*\?",
    r"\bhow does that (?:sound|feel|land)\b",
    r"\b(?:are you|would you be) (?:ok|okay|comfortable|happy) (?:with|to)\b",
    # "your say", not "what you say in here"
    r"\b(?:your|you) (?:consent|agree|choice)\b|\byour say\b|\byou (?:have|get) (?:a |the )?say\b",
    r"\bup to (?:you|u)\b",
    # the choice left to them in few words: "ur call", "your decision"
    r"\b(?:your|ur) (?:call|decision)\b|\b(?:you|u) decide\b",
    # the choice named with its verb: "you can decide whether to carry on with me", "you're free
    # to choose someone qualified"
    r"\b(?:you|u) (?:can|could|may|get to|are free to|'re free to|re free to) (?:decide|choose)\b",
    r"\b(?:ok|okay|alright|fine|good) for (?:you|u)\s*\?",
    # understanding checked in a second-language or clipped form: "Is it clear for you?"
    r"\b(?:is|was) (?:it|that|this|all this|everything) clear\b[^.!]*\?|\b(?:do|did) (?:you|u) "
    r"understand\s*\?",
    r"\bis there anything you(?:'d| would) (?:want|like) to (?:change|add|ask)\b",
    # the terms put to the client to agree, not just told (rubric v2 contracting level 5)
    r"\b(?:would|does|did|will) (?:that|this|it) help\b",
    r"\bhow does (?:that|it|this) (?:sit|land|feel|sound)\b",
    r"\bhow do (?:you|u) feel (?:about|abt) (?:that|it|this)\b",
    r"\bwhat do (?:you|u) (?:think|make of)\b",
    r"\bwhat (?:would|wd|might|will) (?:work|suit|help)\b|\bwhat (?:would|wd) (?:you|u) like\b",
    r"\bwhich (?:bit|part|one|option|feels|would|matters)\b",
    # "shall we start?" moves on; it puts nothing to the client
    r"\b(?:shall we(?! (?:get )?(?:start\w*|begin|going|on|crack on|carry on|continue|move on|get "
    r"going|get on))|can we (?:agree|make|plan|write|look|talk|think|work (?:it |this |that |"
    r"something )?out))\b",
    r"\b(?:you|u) can (?:say no|stop|change your mind)\b",
    r"\bdoes (?:\w+ ){0,2}(?:that|this|it) change anything\b",
    # the plan put to them in other words: "What feels doable?", "Would that fit how your rota
    # runs?", "Does that answer it, or is there a bit you're still worried about?", "I'd like us
    # to agree what happens if...", "we can talk about how much detail I share"
    r"\b(?:what|which(?: of (?:those|these|them|the \w+))?) (?:feels|seems|sounds) (?:most )?"
    r"(?:doable|manageable|possible|right|fair|best|workable)\b",
    r"\b(?:would|does|could|will) (?:that|this|it) fit\b",
    r"\b(?:does|did) (?:that|this|it) answer\b|\bstill worried about\b[^.!]*\?",
    r"\bi(?:'d| would) like (?:us|for us) to (?:agree|decide|choose|work out)\b",
    r"\bwe can (?:talk about|decide|agree|look at) (?:how|what|whether|when|which)\b",
    # understanding checked after the limits are told: "Does that make sense?"
    r"\b(?:does|did) (?:that|this|it|all that) make sense\b",
    r"\bwhat(?:'s| is) (?:most important|your decision|(?:your|ur) first)\b|\bwhat matters most\b",
    # "ok?" after the terms, not "tonight, u ok?", which asks how the client is
    r"\b(?<!\bu )(?<!you )(?<!\bur )(?<!you're )(?<!youre )(?:ok|okay|alright|good|deal)\?",
    # questions invited: "fire away", "ask me anything", "what do you want to ask first?"
    r"\bwhat (?:do|would|else do|else would) (?:you|u) (?:want|like|wanna) to (?:ask|know)\b",
    r"\b(?:what(?:'s| is)|whats) (?:your|ur) (?:first|next|other) question\b",
    r"\bwhere (?:would|do) (?:you|u) (?:like|want) to (?:start|begin)\b",
    r"\b(?:fire away|ask (?:me )?(?:anything|away|whatever)|ask whatever)\b",
    # the client's own questions taken up: "which of your hundred do you want first?", "now the
    # other 99?"
    r"\bwhich (?:of (?:your|ur|them|those|these) (?:\w+ )?|one )?(?:do|would|shall) (?:you|u|we) "
    r"(?:want|like|start|take|do)\b[^.!?]{0,20}\bfirst\b",
    r"\bthe (?:other|rest of (?:your|ur|the)) (?:\d+|hundred|ninety-nine|questions)\b[^.!]*\?",
)
# Recording told as already settled, or its weight waved away ("...anonymised, so it's fine"):
# consent taken for granted unless something is put to the client (checked in the reader).
RECORDING_ASSUMED = Gated(
    (
        ("recording", "recorded", "filmed"),
        r"\bi(?:'m| am|'ll be| will be|'m going to be| am going to be) recording (?:this|the "
        r"session|us|today|our|you)\b|\b(?:this|the session|today|it)(?:'s| is| will be|'ll be) "
        r"(?:being )?(?:recorded|filmed)\b",
    ),
    (
        ("record", "anonymi", "watched", "listened"),
        r"\b(?:record\w*|anonymi[sz]ed|watched|listened to)\b[^.?!]*\b(?:so|but) (?:it's|its|"
        r"it is|that's) (?:fine|ok|okay|no big deal|nothing)\b",
    ),
)
# The weight of a term waved away: the helper's training or the recording played down as nothing
# ("I'm nearly qualified, so there's nothing to worry about", "it's no big deal"), so the client
# is reassured instead of informed (rubric v2, contracting 2: partial; the exemplar's ruling).
MINIMISES = any_of(
    # "basically qualified" waves the training away ("nearly qualified" alone is a fact told)
    r"\b(?:practically|basically|pretty much|as good as) qualified\b",
    r"\b(?:it's|its|it is|that's|thats|there's|theres|there is) (?:really |honestly )?(?:no big "
    r"deal|nothing to worry about|just a formality)\b",
    # ("recording's standard", "it's standard": the contraction has no space before it)
    r"\b(?:recording|recordings)(?: is| are|'s) (?:just |only |all )?(?:standard|routine)\b|"
    r"\brecord\w*\b[^.?!]*\bit(?: is|'s) (?:just |only |all )?(?:standard|routine)\b",
)
# The terms left vague where they are asked about ("we'll see how it goes", "it's pretty
# flexible", "don't worry about the details"): the client cannot know what will happen (rubric v2,
# contracting 2). "Let's work it out together" negotiates; it is not here.
VAGUE_TERMS = any_of(
    r"\b(?:see|seeing) how (?:it|things|we) (?:goes|go|get on)\b",
    r"\bplay (?:it|things) by ear\b",
    r"\b(?:pretty|really|very|quite|all|super|totally) (?:flexible|relaxed|loose|informal|"
    r"chilled)\b",
    r"\b(?:worry|stress|bother) (?:about|abt) (?:the )?(?:details|admin|rules|paperwork|small "
    r"print|formal (?:stuff|bits?))\b",
    r"\b(?:not sure|unsure) (?:of|about) (?:all )?the (?:details|rules|arrangements|terms)\b",
    r"\b(?:sort|figure|work) (?:it|that|this|things|stuff) out (?:later|as (?:we go|it comes "
    r"up))\b",
    # the terms waved away: "don't worry about any of that, it's just a chat"
    r"\b(?:don't|dont|do not) (?:worry|stress) (?:about|abt) (?:any of )?(?:that|this|all that)\b"
    r"[^?]{0,30}\b(?:just a chat|as we go|work it out|figure it out|sort it)\b",
)
VAGUE_LABEL = "the terms are left vague; they cannot know what happens"
# The answer put off to the supervisor or to later ("Can I check with her and come back to you
# next week?", "I'll need to discuss that with my supervisor"): no term is set out, and the client
# is left not knowing (the rubric's level 2). A deferral sentence sets out no term itself.
DEFERS_TERMS = any_of(
    r"\b(?:i'll|i will|ill|i'd|i would|i need to|i have to|let me|can i|i should|i must) (?:need "
    r"to |have to |just |first )?(?:check|discuss|talk|run)(?: (?:it|that|this|them))?(?: "
    r"(?:through|over|up))? (?:with|by|to) my supervisor\b",
    r"\b(?:check|ask) with (?:her|him|them)\b[^.?!]{0,40}\b(?:come|get) back to (?:you|u)\b",
    r"\b(?:good|great|fair) question for my supervisor\b",
)
# The terms answered by pointing at the paperwork ("It was in the leaflet", "It's in the
# agreement you signed", "set out in section 4 of the leaflet", "you should have read it"): the
# client is sent to a document instead of told, the rubric's level 2 (every such development
# line is labelled 2).
# The documents the terms are written in (rupture_harms.py reads them held up at a complaint).
PAPERWORK = r"leaflet|intake form|information sheet|info sheet|consent form|paperwork|website"
# "You should have...", "you could've..." (rupture_harms.py: the lapse put on the client)
YOU_SHOULD_HAVE = r"\b(?:you|u) (?:should|could)(?:'ve| have|ve) "
POINTS_TO_PAPERWORK = any_of(
    r"\b(?:it|that|this|everything|it's|its|that's|it was|that was)(?: all| clearly)? (?:in|on) "
    rf"the (?:information leaflet|{PAPERWORK}|agreement you signed|contract you signed)\b",
    r"\b(?:in|on) the (?:agreement|contract|consent form|form) (?:you|u) signed\b",
    r"\b(?:you|u) signed (?:the|a) (?:consent form|agreement|contract)\b",
    r"\bset out in (?:section|part|the leaflet|the agreement)\b",
    YOU_SHOULD_HAVE + r"(?:read|checked|looked at) (?:it|the (?:leaflet|form|agreement|website|"
    r"paperwork))\b",
)
# A term handed down as an instruction to the client ("please don't mention our sessions",
# "you'll need to find a private room", "we should keep our distance"): with no reason about
# their care and nothing put to them, a rule imposed (rubric v2 contracting 2; the exemplars
# "best not to come over" and "the policy says clients must be in a private room" are 2).
IMPOSES = any_of(
    r"\bplease (?:(?:don't|do not|dont) (?:mention|bring|contact|message|text|call|ring|come|say|"
    r"record|add|follow|use)|use|find|make sure)\b",
    r"\byou(?:'ll| will) (?:need|have) to\b|\byou (?:need|have) to (?:use|find|be (?:in|up|at)|"
    r"give|let|sit|go through|stick)\b|\byou (?:must|mustn't|must not|shouldn't|should not|can't "
    r"really)\b",
    r"\bwe (?:should|must|need to|have to) (?:keep|not|avoid|stay)\b",
    r"\b(?:it's|it is|it would be|it'd be) (?:probably )?(?:best|better) (?:if you|not to|that "
    r"you|if we don't)\b",
    r"\bclients (?:must|need to|have to|should)\b",
)
ANSWERS_ITSELF = re.compile(
    r"\?\s*(?:no|none|nope)\?\s*(?:good|great|right|ok(?:ay)?|fine|grand)\b"
)
PLAIN_REASON = any_of(
    r"\bso (?:that )?(?:i|we|you) can\b",
    # the client's care as the reason: "so you get good care", "so nothing gets lost"
    r"\bso (?:that )?(?:you|u) (?:get|keep|stay)\b|\bso nothing (?:gets|is) (?:lost|missed)\b",
    r"\bbecause\b",
    r"\bthe reason\b",
    r"\bto (?:keep you|make sure|help)\b",
)


# What the client can have instead of what they asked outside the frame: the terms of contact
# between sessions and in a crisis (rubric v2: between-session contact and risk).
CONTACT_TERMS = any_of(
    r"\bthe (?:office|clinic|service|reception|duty team|team)\b.{0,40}\b(?:ring|call|text|"
    r"contact|email|line|number|phone|pass|reach)\w*\b",
    r"\b(?:clinic|service|office|work|duty|crisis|24-hour|text|befriending|centre|center) (?:line|"
    r"number|phone|email)\b",
    r"\bout of hours\b|\bday (?:and|or) night\b",
)


# A leave-taking: "take care", "see you then", "safe home".
GOODBYE = any_of(
    r"\b(?:take care|see (?:you|u)|bye|goodbye|have a (?:good|lovely|nice|safe)|safe home|"
    r"on the way home|get home safe)\b"
)


# What a reply that states no term does instead at a moment about the terms: it reflects the
# worry ("That must be stressful with the rent due", "It sounds like privacy matters a lot"),
# wonders ("I wonder what Dean is looking for") or asks about the client's life ("How often does
# he check it?"). No agreement is stated or discussed, so contracting is not in play (rubric v2,
# applies_when). A question that proposes an arrangement ("can we make a plan?") is not this.
_REFLECTS = any_of(
    # "Nights sound like the hardest time", "Your mum finding out feels like a big worry"; not
    # "that sounds like a plan", which agrees
    r"\b^(?:[\w']+,? ){0,4}(?:sounds?|feels?|seems?) (?:like|as if|as though)\b(?![^.?!]*\b(?:"
    r"plan|idea|fine|good|great|deal|sensible|option)\b)",
    r"\b^(?:so,? |oh,? |hm+,? )?(?:it |that |this )?sounds? (?:really |so |very |quite )?(?:hard|"
    r"tough|difficult|stressful|scary|rough|awful|painful|worrying|frightening|exhausting|brutal|"
    r"heavy)\b",
    r"\b^(?:so,? |oh,? )?(?:that|this|it)(?:'s| has| is)? (?:must|come as|came as)\b",
    r"\b^(?:so,? )?(?:you're|youre|you are|ur|you sound|you seem|you feel|you've been) (?:\w+ )?"
    r"(?:worried|scared|anxious|afraid|concerned|unsure|stressed|nervous|caught|torn)\b",
    r"\b^(?:so,? )?i (?:wonder|notice|hear|sense|imagine|can (?:hear|see|imagine))\b",
    r"\b^(?:so,? )?i'm (?:struck|noticing|wondering|aware)\b",
    r"\b^(?:oh,? )?(?:that's|thats|that is|what a|how) (?:(?:a|so|such|really|very|quite|come as "
    r"a) )?(?:lot|big|hard|tough|rough|shock|worry|stressful|scary|difficult|brutal|awful)\b",
    # an acknowledgement and nothing more before the question: "Good question. What's making you
    # worry about that?"
    r"\b^(?:(?:that's |thats |that is |it's |a )?(?:a )?(?:really )?(?:good|great|fair|important|"
    r"reasonable) (?:question|thing to ask)|fair enough|i see|ok(?:ay)?|right|mm+|hm+)[.!]*$",
)
_PROPOSES = any_of(
    # "Can we?" alone, the client's words handed back, proposes nothing
    r"\b(?:can|could|shall|should) we \w|\blet'?s\b|\bplan\b|\bagree\w*\b",
    # a change offered or an explanation offered: "What if we met every other week instead?",
    # "How about a lower fee?", "Shall I go through who hears what?"
    r"\bwhat if we\b|\bhow about\b|\binstead\b|\b(?:shall|should|can|could) i (?:go through|"
    r"explain|run through|talk you through|tell you)\b|\bwould (?:\w+ ){1,3}be (?:easier|better|"
    r"simpler|more manageable)\b",
    r"\bwhat (?:would|wd|might|will) (?:help|work|suit)\b|\bwould (?:it|that|this) help\b",
    r"\b(?:do|would) (?:you|u) (?:want|like) (?:me|us) to\b|"
    r"\b(?:is|would) (?:that|it) (?:be )?(?:ok|"
    r"okay|alright|all right)\b",
)


def explores_only(sentences: list[Sentence]) -> bool:
    """Every sentence reflects, wonders or asks about the client, and none proposes terms."""
    return bool(sentences) and all(
        not _PROPOSES.search(s.norm) and (s.is_question or bool(_REFLECTS.search(s.norm)))
        for s in sentences
    )


# Words of a term said of something else: a plea not to cancel ("pls dont cancel!!"), the rules
# owned as the trainee's own conduct ("I launched into rules"), confidentiality as a stance
# ("Confidentiality is really important to me"). Blanked before the terms are looked for.
# The time left today named ("We've only got ten minutes left", "We've only done twenty
# minutes"): neither a term of the work nor talk about the two of them (immediacy_strain.py); not
# "me telling you when we've ten minutes left", a way of keeping time offered.
TIME_LEFT_TODAY = re.compile(
    r"\b(?<!when )(?:we've|we have|we|there's|there is|there are|you've|you have) "
    r"(?:[\w-]+ ){0,3}(?:minutes?|mins?) (?:left|to go)\b|\bonly (?:got|done|had|been) "
    r"(?:[\w-]+ ){0,2}(?:minutes?|mins?)\b"
)
NOT_A_TERM = any_of(
    r"\b(?:please|pls|plz) (?:don't|dont|do not) (?:cancel|quit|stop|leave)\b",
    r"\b(?:launched|went|jumped|dived|rushed) (?:straight )?(?:into|on about|through) (?:the )?"
    r"(?:rules|terms|paperwork|confidentiality)\b",
    r"\bconfidentiality (?:is|really is) (?:really |very |so )?important to me\b",
    # the trainee's manner owned: "i was way too rule-y at the start"
    r"\b(?:too|so|a bit|bit|very|really) rule-?y\b|\btoo (?:strict|rigid) (?:about|with) (?:the )?"
    r"rules\b",
    # "I came across a bit rigid about the rules just now"
    r"\b(?:came|come|coming|sounded|sound|was being|been) (?:across )?(?:as )?(?:a bit |quite |"
    r"too |very |so |really |rather )?(?:rigid|strict|harsh|cold|formal|rule-?y) (?:about|with|"
    r"over) (?:the )?(?:rules|terms|policy|cancellations?|fees?)\b",
    # the time left today, not the length of the sessions: "we've only got ten minutes left"
    TIME_LEFT_TODAY.pattern,
    # the trainee's lapse excused or the decision put elsewhere, at a complaint: "I did email the
    # office in plenty of time", "the fee change was decided by the service, not me"
    r"\bi did (?:email|ring|call|phone|text|tell|ask|let) (?:the )?(?:office|admin|reception|"
    r"clinic|service|team)\b",
    r"\b(?:the )?(?:\w+ )?(?:\w+ )?(?:was|were|is|are|got|has been) (?:decided|set|chosen|changed|"
    r"made) by (?:the )?(?:service|clinic|centre|center|office|university|management|admin)\b",
)
